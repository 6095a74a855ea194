"""The benchmark: studyctl's commands on generated records of three sizes, against their floors.

    python bench/run.py --sizes S,M,L [--runs 5] [--write-docs]

For each size it generates the records once (`bench/out/<size>`, reused while size, seed and
generator match) and measures, each command as a fresh process, the median of `--runs` rounds
(a round runs every floor and command once, in turn, so that a busy moment of a shared machine
falls on all of them alike):
- `studyctl --help`;
- the loading alone (what a check reads, no rules), cold and warm;
- `check --quarter <last year>Q2` cold (the cache deleted before each run), warm, and with
  `--no-cache`; `check --year <last year>` cold and warm;
- `report --year <last year>` cold and warm;
- `log-session --no-commit` in a warm folder (the session it writes is removed after each run);
- `hook run`, the pre-commit hook, on a commit staging one edited session (the records committed
  once into a repository kept beside the folder, `bench/out/<size>.git`, so that the checks above
  run without git as before);
- the peak memory of each command: the memory of its process and its workers together (their
  proportional set sizes, so that pages a forked worker shares with its parent count once),
  sampled every 20 ms.
In the same run it measures the floors:
- (a) `python -c "import typer, rich, yaml, pydantic"`, and the `--help` of a one-command Typer
  hello-world;
- (b) reading the bytes of the files a check (or report) of the last year needs, in one process;
- (c) parsing those files with PyYAML's CSafeLoader in one process (front matter only for the
  Markdown records).
(b) and (c) time the loop alone, not the interpreter's start. For L it also checks a copy of L
that holds only its last year, to show that the cost follows the period, not the archive.

It prints each figure with its ratios to the floors and, for L, each target of the performance
issue as met or missed by how much. `--write-docs` puts the tables into docs/performance.md.
Wall-clock times depend on what else the machine runs: the CPU seconds (user + system, workers
included) are printed alongside. studyctl is byte-compiled first, as `pip install` does, so that
no run pays for compiling its modules (where PYTHONDONTWRITEBYTECODE is set, none would be cached).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import generate  # noqa: E402  (bench/ is this script's folder)

DOCS = REPO / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PYTHON = sys.executable
STUDYCTL = [PYTHON, "-m", "studyctl"]
TIMEOUT = 1800

HELLO = '''\
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"Hello {name}")


if __name__ == "__main__":
    app()
'''

# the floors (b) and (c), run as `python bench/run.py --floor read|parse ROOT YEAR`
FLOOR_MODES = ("read", "parse")

LOAD = """\
from pathlib import Path
from studyctl.records import load_records
load_records(Path({root!r}), {years!r})
"""


def years_for_check(year: int) -> set[int]:
    from studyctl.check import years_for
    from studyctl.periods import Period

    return years_for(Period(year, 2))


@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mb: float
    code: int


@dataclass
class Measure:
    label: str
    samples: list[Sample] = field(default_factory=list)
    note: str = ""

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def peak_mb(self) -> float:
        return max(s.peak_mb for s in self.samples)


# --- running a process -----------------------------------------------------------------------------


def _tree_memory_kb(pid: int) -> int:
    """The memory of `pid` and all its descendants, in kB (0 once it is gone): the sum of their
    proportional set sizes, where each page shared by forked workers counts once in all, else of
    their resident sizes."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            total += _memory_kb(current)
            with open(f"/proc/{current}/task/{current}/children", "rb") as children:
                pending.extend(int(p) for p in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def _memory_kb(pid: int) -> int:
    for name, field_name in (("smaps_rollup", b"Pss:"), ("status", b"VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as info:
                for line in info:
                    if line.startswith(field_name):
                        return int(line.split()[1])
        except FileNotFoundError:
            continue
    return 0


def run_once(
    argv: Sequence[str],
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
) -> Sample:
    """Run `argv` once: wall time, CPU time of it and its waited-for workers, peak memory."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=None if env is None else {**os.environ, **env},
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_memory_kb(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate(stdin, timeout=TIMEOUT)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    # communicate() reaped the process; its usage is in this process's children's usage
    code = process.returncode
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited {code}:\n{err.decode(errors='replace')[-2000:]}")
    return Sample(wall, 0.0, peak[0] / 1024, code)


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def interleaved(commands: dict[str, tuple[str, list[str]]], runs: int) -> dict[str, Measure]:
    """Measure quick commands in turn, run after run, so that a busy moment of the machine falls
    on all of them alike."""
    results = {key: Measure(label) for key, (label, _) in commands.items()}
    for _ in range(runs):
        for key, (_, argv) in commands.items():
            cpu_before = _children_cpu()
            sample = run_once(argv)
            sample.cpu = _children_cpu() - cpu_before
            results[key].samples.append(sample)
    for result in results.values():
        print(f"  {result.label:<44} {result.wall:8.3f} s  cpu {result.cpu:7.3f} s  {result.peak_mb:7.1f} MB")
    return results


def floor_sample(mode: str, root: Path, year: int) -> tuple[Sample, str]:
    """A floor timed inside its own process: the loop alone, not the interpreter's start; and
    what it read."""
    out = subprocess.run(
        [PYTHON, str(BENCH / "run.py"), "--floor", mode, str(root), str(year)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    )
    seconds, cpu, files, megabytes = out.stdout.split()
    return Sample(float(seconds), float(cpu), 0.0, 0), f"{int(files):,} files, {float(megabytes):.0f} MB"


# --- the floors (b) and (c), inside their own process ----------------------------------------------


def run_floor(mode: str, root: Path, year: int) -> None:
    """Print the seconds it takes to read (or parse) the files a check of `year` loads."""
    from studyctl.check import years_for
    from studyctl.periods import Period
    from studyctl.records import RecordFile, walk_records

    files = [
        str(root / item.rel)
        for item in walk_records(root, years_for(Period(year, 2)))
        if isinstance(item, RecordFile)
    ]
    total = 0
    if mode == "read":
        started, cpu_started = time.perf_counter(), time.process_time()
        for path in files:
            with open(path, "rb") as handle:
                total += len(handle.read())
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    else:
        import yaml

        started, cpu_started = time.perf_counter(), time.process_time()
        for path in files:
            with open(path, "rb") as handle:
                raw = handle.read()
            total += len(raw)
            text = raw.decode("utf-8")
            if path.endswith(".md"):
                text = text.split("---\n", 2)[1] if text.startswith("---\n") else text
            with contextlib.suppress(yaml.YAMLError, ValueError):  # the lapses the generator put in
                yaml.load(text, Loader=yaml.CSafeLoader)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{elapsed:.6f} {cpu:.6f} {len(files)} {total / 1e6:.3f}")


# --- one size --------------------------------------------------------------------------------------


@dataclass
class SizeResult:
    size: str
    files: int
    megabytes: float
    year: int
    measures: dict[str, Measure] = field(default_factory=dict)


def prepare(size: str, out: Path, seed: int) -> Path:
    folder = out / size
    if not generate.is_current(folder, size, seed):
        print(f"generating {size} into {folder} …", flush=True)
        generate.generate(size, folder, seed)
    return folder


def folder_size(root: Path) -> tuple[int, float]:
    count, total = 0, 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.endswith((".yaml", ".md")):
                count += 1
                total += os.stat(os.path.join(folder, name)).st_size
    return count, total / 1e6


def copy_last_year(root: Path, year: int, dest: Path) -> Path:
    """A copy of `root` with only what a check of `year` reads: the same files, none of the archive."""
    from studyctl.records import RecordFile, walk_records

    stamp = dest / generate.STAMP
    wanted = (root / generate.STAMP).read_text()
    if stamp.is_file() and stamp.read_text() == wanted:
        return dest
    if dest.exists():
        shutil.rmtree(dest)
    for item in walk_records(root, {year}):
        if isinstance(item, RecordFile):
            target = dest / item.rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / item.rel, target)
    stamp.write_text(wanted)
    return dest


def clear_cache(root: Path) -> Callable[[], None]:
    def clear() -> None:
        shutil.rmtree(root / ".studyctl" / "cache", ignore_errors=True)

    return clear


def touch_one(root: Path, year: int) -> Callable[[], None]:
    """Rewrite one session of `year` with the bytes it has: a change for the caches (its ctime
    moves), none for the records, as when a clerk saves a file."""
    folder = root / "sessions" / str(year)
    session = folder / sorted(os.listdir(folder))[0]

    def touch() -> None:
        session.write_bytes(session.read_bytes())
        time.sleep(2.1)  # past the two seconds in which a change is not yet trusted to be settled

    return touch


def log_session_argv(root: Path, year: int) -> tuple[list[str], Callable[[], None]]:
    """`log-session` of a unit study in the last year, and what removes the session it wrote."""
    from studyctl.records import load_records

    records = load_records(root, years=(), kinds=("config", "units", "members"))
    day = dt.date(year, 6, 14)  # a Saturday: no generated session falls on it
    unit = sorted(records.units)[0]
    members = [m for m in records.members.values() if m.unit == unit and m.active_on(day)]
    host = next(m.id for m in members if m.role != "staff")
    recorder = next(m.id for m in members if m.role == "staff")
    minutes = root.parent / f".{root.name}-minutes.txt"
    minutes.write_text("会议传达学习了上级有关文件精神，与会同志结合各自岗位谈了认识和体会。" * 8 + "\n")
    folder = root / "sessions" / str(year)
    before = set(os.listdir(folder))
    argv = [
        *STUDYCTL,
        "log-session",
        "-C",
        str(root),
        "--date",
        day.isoformat(),
        "--kind",
        "unit-study",
        "--units",
        unit,
        "--host",
        host,
        "--topic",
        "学习《行政许可法》",
        "--area",
        "law",
        "--recorder",
        recorder,
        "--minutes-file",
        str(minutes),
        "--all-present",
        "--no-commit",
    ]

    def remove_written() -> None:
        for name in set(os.listdir(folder)) - before:
            (folder / name).unlink()

    return argv, remove_written


@dataclass
class Step:
    """One measured command of a round: what to run, and what to do just before and after it."""

    key: str
    label: str
    argv: list[str]
    before: Callable[[], None] | None = None
    after: Callable[[], None] | None = None
    env: dict[str, str] | None = None


def bench_size(size: str, root: Path, runs: int, commands: set[str]) -> SizeResult:
    """Measure `size` in `runs` rounds; each round runs every step once, in order, so that a busy
    moment of a shared machine falls on the floors and the commands alike."""
    year = generate.LAST_YEAR
    files, megabytes = folder_size(root)
    result = SizeResult(size, files, megabytes, year)
    print(f"\n{size}: {files:,} record files, {megabytes:.0f} MB in {root}", flush=True)
    steps = plan_steps(size, root, year, commands)
    m = result.measures
    m["floor_b"] = Measure("floor (b): read the files")
    m["floor_c"] = Measure("floor (c): parse them with CSafeLoader")
    for _ in range(runs):
        for key, mode in (("floor_b", "read"), ("floor_c", "parse")):
            sample, m[key].note = floor_sample(mode, root, year)
            m[key].samples.append(sample)
        for step in steps:
            if step.before is not None:
                step.before()
            cpu_before = _children_cpu()
            sample = run_once(step.argv, env=step.env)
            sample.cpu = _children_cpu() - cpu_before
            m.setdefault(step.key, Measure(step.label)).samples.append(sample)
            if step.after is not None:
                step.after()
    for key in ("floor_b", "floor_c", *(step.key for step in steps if step.key != "warm_up")):
        measured = m[key]
        cpu = f"cpu {measured.cpu:7.3f} s  {measured.peak_mb:7.1f} MB" if measured.peak_mb else measured.note
        print(f"  {measured.label:<44} {measured.wall:8.3f} s  {cpu}", flush=True)
    return result


def plan_steps(size: str, root: Path, year: int, commands: set[str]) -> list[Step]:
    """The commands of one round. A cold run deletes the cache first and leaves it full, so the
    warm run that follows it finds it warm."""
    quarter = f"{year}Q2"
    clear = clear_cache(root)
    steps = []
    if "check" in commands:
        # the loading alone, as a check does it: what the cache and the workers answer for
        load = [PYTHON, "-c", LOAD.format(root=str(root), years=years_for_check(year))]
        check = [*STUDYCTL, "check", "-C", str(root), "--quarter", quarter]
        check_year = [*STUDYCTL, "check", "-C", str(root), "--year", str(year)]
        steps += [
            Step("load_cold", "load the records a check reads, cold", load, before=clear),
            Step("load_warm", "load the records a check reads, warm", load),
            Step("check_cold", f"check --quarter {quarter}, cold", check, before=clear),
            Step("check_warm", f"check --quarter {quarter}, warm", check),
            Step(
                "check_edit",
                f"check --quarter {quarter}, one file edited",
                check,
                before=touch_one(root, year),
            ),
            Step("check_nocache", f"check --quarter {quarter} --no-cache", [*check, "--no-cache"]),
            Step("check_year_cold", f"check --year {year}, cold", check_year, before=clear),
            Step("check_year_warm", f"check --year {year}, warm", check_year),
        ]
        if size == "L":
            last = copy_last_year(root, year, root.parent / f"{size}-last")
            last_check = [*STUDYCTL, "check", "-C", str(last), "--quarter", quarter]
            steps.append(
                Step(
                    "check_cold_last",
                    "check, cold, a copy of only the last year",
                    last_check,
                    clear_cache(last),
                )
            )
    if "report" in commands:
        report = [*STUDYCTL, "report", "-C", str(root), "--year", str(year)]
        steps += [
            Step("report_cold", f"report --year {year}, cold", report, before=clear),
            Step("report_warm", f"report --year {year}, warm", report),
        ]
    if "log-session" in commands:
        argv, remove_written = log_session_argv(root, year)
        warm_up = [*STUDYCTL, "check", "-C", str(root), "--quarter", quarter, "schema"]
        steps += [
            Step("warm_up", "(a check, to leave the folder warm)", warm_up),
            Step("log_session", "log-session, warm folder", argv, after=remove_written),
        ]
    if "hook" in commands:
        # last in the round: staging a change touches a file, which the next cold runs do not mind
        env, stage, unstage = hook_repository(root, root.parent / f"{size}.git", year)
        hook = [*STUDYCTL, "hook", "run", "-C", str(root)]
        steps.append(Step("hook", "pre-commit hook, a one-file commit", hook, stage, unstage, env))
    return steps


def hook_repository(
    root: Path, git_dir: Path, year: int
) -> tuple[dict[str, str], Callable[[], None], Callable[[], None]]:
    """A git repository of `root` kept outside it (so that the checks measured above run without
    git, as before), every record committed: the environment that points git at it, and what
    stages a one-file change (a session's topic edited) and takes it back."""
    env = {
        "GIT_DIR": str(git_dir),
        "GIT_WORK_TREE": str(root),
        "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "bench@example.org",
        "GIT_COMMITTER_NAME": "bench",
        "GIT_COMMITTER_EMAIL": "bench@example.org",
    }
    full_env = {**os.environ, **env}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], env=full_env, cwd=root, check=True, capture_output=True)

    stamp = git_dir / "bench-stamp"
    wanted = (root / generate.STAMP).read_text()
    if not (stamp.is_file() and stamp.read_text() == wanted):
        print(f"committing {root} into {git_dir} for the hook …", flush=True)
        shutil.rmtree(git_dir, ignore_errors=True)
        git("init", "-q")
        git("add", "-A", ".")
        git("commit", "-q", "-m", "records")
        stamp.write_text(wanted)
    folder = root / "sessions" / str(year)
    session = folder / sorted(os.listdir(folder))[len(os.listdir(folder)) // 2]
    original = session.read_bytes()

    def stage() -> None:
        session.write_bytes(original.replace(b"topic: ", "topic: 再次".encode(), 1))
        git("add", str(session.relative_to(root)))

    def unstage() -> None:
        session.write_bytes(original)
        git("reset", "-q", "HEAD", "--", str(session.relative_to(root)))

    return env, stage, unstage


# --- the report ------------------------------------------------------------------------------------


def ratio(value: Measure | None, floor: Measure | None) -> str:
    if value is None or floor is None or floor.wall == 0:
        return ""
    return f"{value.wall / floor.wall:.2f}"


ROWS = [
    ("floor_a", "floor (a): import typer, rich, yaml, pydantic"),
    ("hello", "Typer hello-world `--help`"),
    ("help", "`studyctl --help`"),
    ("floor_b", "floor (b): read the files of the year"),
    ("floor_c", "floor (c): parse them with CSafeLoader, one process"),
    ("load_cold", "load the records a check reads (no rules), cold"),
    ("load_warm", "load the records a check reads (no rules), warm"),
    ("check_cold", "`check --quarter Q2`, cold"),
    ("check_warm", "`check --quarter Q2`, warm"),
    ("check_edit", "`check --quarter Q2`, warm, one file edited since"),
    ("check_nocache", "`check --quarter Q2 --no-cache`"),
    ("check_cold_last", "`check --quarter Q2`, cold, copy holding only the last year"),
    ("check_year_cold", "`check --year`, cold"),
    ("check_year_warm", "`check --year`, warm"),
    ("report_cold", "`report --year`, cold"),
    ("report_warm", "`report --year`, warm"),
    ("log_session", "`log-session`, warm folder"),
    ("hook", "pre-commit hook, a one-file commit"),
]


def size_table(result: SizeResult, common: dict[str, Measure]) -> list[str]:
    m = {**common, **result.measures}
    lines = [
        f"**{result.size}** — {result.files:,} record files, {result.megabytes:.0f} MB; "
        f"the year {result.year}: {m['floor_c'].note}",
        "",
        "| measure | median s | CPU s | peak MB | × (a) | × (b) | × (c) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in ROWS:
        measured = m.get(key)
        if measured is None:
            continue
        peak = f"{measured.peak_mb:.0f}" if measured.peak_mb else ""
        cpu = f"{measured.cpu:.2f}"
        lines.append(
            f"| {label} | {measured.wall:.3f} | {cpu} | {peak} | {ratio(measured, m['floor_a'])} "
            f"| {ratio(measured, m['floor_b'])} | {ratio(measured, m['floor_c'])} |"
        )
    return lines


def targets(
    result: SizeResult, common: dict[str, Measure], by_cpu: bool = False
) -> list[tuple[str, float | None, float, str]]:
    """(target, measured ratio or MB, limit, unit) for each target of the issue, on `result`: of
    the wall-clock medians, or (`by_cpu`) of the CPU seconds, processes and workers together."""
    m = {**common, **result.measures}

    def r(a: str, b: str) -> float | None:
        if a not in m or b not in m:
            return None
        return m[a].cpu / m[b].cpu if by_cpu and m[b].cpu else m[a].wall / m[b].wall

    report_peak = m["report_cold"].peak_mb if "report_cold" in m else None
    if "report_warm" in m and report_peak is not None:
        report_peak = max(report_peak, m["report_warm"].peak_mb)
    return [
        ("cold `check --quarter` ÷ floor (c)", r("check_cold", "floor_c"), 1.0, "×"),
        ("cold `check --quarter` on L ÷ the same on a copy of its last year",
         r("check_cold", "check_cold_last"), 1.2, "×"),
        ("warm `check --quarter` ÷ cold", r("check_warm", "check_cold"), 0.15, "×"),
        ("warm `check --quarter` ÷ floor (a)", r("check_warm", "floor_a"), 6.0, "×"),
        ("`log-session` in a warm folder ÷ floor (a)", r("log_session", "floor_a"), 4.0, "×"),
        ("cold `report --year` ÷ cold `check --year`", r("report_cold", "check_year_cold"), 1.1, "×"),
        ("warm `report --year` ÷ warm `check --year`", r("report_warm", "check_year_warm"), 1.2, "×"),
        ("the pre-commit hook on a one-file commit ÷ floor (a)", r("hook", "floor_a"), 3.0, "×"),
        ("`studyctl --help` ÷ Typer hello-world `--help`", r("help", "hello"), 1.0, "×"),
        ("peak memory of `report --year`", report_peak, 400.0, "MB"),
    ]  # fmt: skip


def target_table(result: SizeResult, common: dict[str, Measure]) -> list[str]:
    lines = [
        f"Targets, on {result.size} (the verdict reads the wall-clock ratio; the CPU ratio, of the "
        "CPU seconds of processes and workers together, is what a busy machine disturbs least):",
        "",
        "| target | measured | by CPU | limit | |",
        "|---|---:|---:|---:|---|",
    ]
    cpu_ratios = [value for _, value, _, _ in targets(result, common, by_cpu=True)]
    for (label, value, limit, unit), cpu_value in zip(targets(result, common), cpu_ratios, strict=True):
        if value is None:
            lines.append(f"| {label} | not measured | | {limit:g} {unit} | |")
            continue
        shown = f"{value:.0f} MB" if unit == "MB" else f"{value:.2f} ×"
        shown += " | " + ("" if unit == "MB" or cpu_value is None else f"{cpu_value:.2f} ×")
        excess = (value / limit - 1) * 100
        verdict = (
            "met"
            if value <= limit
            else f"missed by {excess:.0f} %"
            if excess >= 10
            else f"missed by {excess:.1f} %"
        )
        lines.append(f"| {label} | {shown} | {limit:g} {unit} | {verdict} |")
    return lines


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB of memory"
    except OSError:
        pass
    from studyctl.parallel import available_cpus

    return (
        f"{cpu}, {available_cpus()} CPUs{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def write_docs(text: str) -> None:
    page = DOCS.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(page):
        raise SystemExit(f"{DOCS} has no {BEGIN} … {END} section to fill")
    DOCS.write_text(pattern.sub(lambda _: f"{BEGIN}\n{text}\n{END}", page), encoding="utf-8")
    print(f"\nwrote the tables into {DOCS.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark studyctl on generated records.")
    parser.add_argument("--sizes", default="S,M,L", help="comma-separated, of S, M, L")
    parser.add_argument(
        "--runs", type=int, default=5, help="rounds of runs of every command (the median counts)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=BENCH / "out", help="where generated records go")
    parser.add_argument(
        "--commands", default="check,report,log-session,hook", help="which commands to measure (default all)"
    )
    parser.add_argument("--write-docs", action="store_true", help="put the tables into docs/performance.md")
    parser.add_argument("--floor", nargs=3, metavar=("MODE", "ROOT", "YEAR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor:
        mode, root, year = args.floor
        if mode not in FLOOR_MODES:
            parser.error(f"--floor {mode}")
        run_floor(mode, Path(root), int(year))
        return 0
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    for size in sizes:
        if size not in generate.SIZES:
            parser.error(f"unknown size {size}")
    commands = {c.strip() for c in args.commands.split(",")}
    folders = {size: prepare(size, args.out, args.seed) for size in sizes}
    # as `pip install` does: every run reads studyctl's compiled modules instead of compiling them
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(REPO / "studyctl")], check=True)

    print("\nfloors and --help", flush=True)
    common: dict[str, Measure] = {}
    quick = 3 * args.runs  # a fraction of a second each, and the ratios between them are tight
    with tempfile.TemporaryDirectory() as scratch:
        hello = Path(scratch) / "hello.py"
        hello.write_text(HELLO)
        floor_a = [PYTHON, "-c", "import typer, rich, yaml, pydantic"]
        hello_help = [PYTHON, str(hello), "--help"]
        studyctl_help = [*STUDYCTL, "--help"]
        common.update(interleaved(
            {"floor_a": ("floor (a): import typer, rich, yaml, pydantic", floor_a),
             "hello": ("Typer hello-world --help", hello_help),
             "help": ("studyctl --help", studyctl_help)},
            quick,
        ))  # fmt: skip

    load_before = os.getloadavg()[1]
    results = [bench_size(size, folders[size], args.runs, commands) for size in sizes]
    load_after = os.getloadavg()[1]

    text = [
        f"Measured {dt.date.today().isoformat()} on {machine()}, with `python bench/run.py "
        f"--sizes {','.join(sizes)} --runs {args.runs}`. The machine's load average (5 minutes) was "
        f"{load_before:.1f} when the commands started and {load_after:.1f} when they ended"
        f"{'' if max(load_before, load_after) < 1.5 else ': other work shared its CPUs, see below'}.",
        "",
    ]
    for result in results:
        text += [*size_table(result, common), ""]
    headline = next((r for r in results if r.size == "L"), results[-1])
    text += target_table(headline, common)
    print("\n" + "\n".join(text))
    if args.write_docs:
        write_docs("\n".join(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
