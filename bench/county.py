"""The county benchmark: a warm `county check --quarter` against separate `studyctl check` runs of
the same offices, and a `county fetch` where nothing changed.

    python bench/county.py [--offices 40] [--runs 3] [--out bench/out/county]

The county size is `--offices` offices (40 by default) of size `C` of bench/generate.py: 60
members in 6 units over 5 years (2021..2025), each office generated with a seed of its own. Each
office is a git repository that pushes (`studyctl push`) to a bare repository of a file:// "server";
the county folder registers them all. Generated once and reused while the stamps match.

It measures, each command a fresh process, the median of `--runs`:
- `county fetch` cold (the first, into empty mirrors; once) and with nothing changed;
- `county check --quarter 2025Q2` cold (the first: snapshots and office caches made; once) and
  warm — one process, offices checked in forked workers that share its imports;
- the same offices checked by `studyctl check --quarter 2025Q2` one process each, run one after
  another in each office's work tree, warm (each office's cache made by a run before): the figure
  the warm county check is held against (target: at most half of it).
Wall-clock and CPU seconds (user + system, children included) are printed; the machine's other
load weighs on both alike, since the rounds interleave them.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.generate import generate, is_current  # noqa: E402

QUARTER = "2025Q2"
ENV = {
    "STUDYCTL_TODAY": "2026-01-15",
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.org",
}


def sh(cwd: Path, *args: str) -> None:
    proc = subprocess.run(list(args), cwd=cwd, capture_output=True, env={**os.environ, **ENV}, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{args} in {cwd}: {proc.stderr.decode(errors='replace')}")


def studyctl(*args: str) -> list[str]:
    return [sys.executable, "-m", "studyctl", *args]


def timed(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run (exit 0 or 1: checks of generated records find lapses)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, env={**os.environ, **ENV}, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def build(out: Path, offices: int) -> tuple[Path, list[Path]]:
    folders = []
    for index in range(offices):
        office = out / "offices" / f"o{index:02d}"
        server = out / "server" / f"o{index:02d}.git"
        if not (is_current(office, "C", index + 1) and (office / ".git").is_dir() and server.is_dir()):
            shutil.rmtree(office, ignore_errors=True)
            shutil.rmtree(server, ignore_errors=True)
            shutil.rmtree(out / "county", ignore_errors=True)
            generate("C", office, index + 1)
            config = office / "studyctl.yaml"
            text = config.read_text("utf-8")
            config.write_text(text.replace("organization: ", f"organization: 第{index + 1}机关 ", 1), "utf-8")
            server.parent.mkdir(parents=True, exist_ok=True)
            sh(out, "git", "init", "-q", "--bare", "-b", "main", str(server))
            sh(office, "git", "init", "-q", "-b", "main")
            sh(office, "git", "add", "-A")
            sh(office, "git", "commit", "-q", "-m", "records")
            sh(office, "git", "remote", "add", "county", server.as_uri())
            sh(office, *studyctl("push"))
        folders.append(office)
        print(f"\roffices ready: {index + 1}/{offices}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    county = out / "county"
    if not (county / "county.yaml").is_file():
        sh(out, *studyctl("county", "init", str(county), "--name", "基准县"))
        for index in range(offices):
            office_id = f"o{index:02d}"
            remote = (out / "server" / f"{office_id}.git").as_uri()
            name = f"第{index + 1}机关"
            sh(county, *studyctl("county", "add", office_id, "--name", name, "--remote", remote))
    return county, folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The county benchmark.")
    parser.add_argument("--offices", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "county")
    args = parser.parse_args(argv)
    county, offices = build(args.out.resolve(), args.offices)
    shutil.rmtree(county / ".studyctl", ignore_errors=True)
    rows: list[tuple[str, float, float]] = []
    rows.append(("county fetch, cold (once)", *timed(studyctl("county", "fetch"), county)))
    check = studyctl("county", "check", "--quarter", QUARTER)
    rows.append(("county check, cold (once)", *timed(check, county)))
    for office in offices:  # each office's own cache, as its clerk's runs leave it
        timed(studyctl("check", "--quarter", QUARTER), office)
    fetch_runs, county_runs, separate_runs = [], [], []
    for _ in range(args.runs):
        fetch_runs.append(timed(studyctl("county", "fetch"), county))
        county_runs.append(timed(check, county))
        walls = [timed(studyctl("check", "--quarter", QUARTER), office) for office in offices]
        separate_runs.append((sum(w for w, _ in walls), sum(c for _, c in walls)))
    for name, runs in (
        ("county fetch, nothing changed", fetch_runs),
        (f"county check --quarter {QUARTER}, warm", county_runs),
        (f"{len(offices)} × studyctl check --quarter {QUARTER}, warm", separate_runs),
    ):
        rows.append((name, statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)))
    print(f"{len(offices)} offices × 60 members × 5 years, median of {args.runs}, {os.cpu_count()} CPUs")
    print(f"{'':52} {'wall s':>8} {'CPU s':>8}")
    for name, wall, cpu in rows:
        print(f"{name:52} {wall:8.2f} {cpu:8.2f}")
    ratio = rows[3][1] / rows[4][1]
    verdict = "met" if ratio <= 0.5 else "missed"
    print(f"warm county check / separate checks: {ratio:.2f} (target ≤ 0.50: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
