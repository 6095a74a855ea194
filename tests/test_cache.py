"""The cache of parsed records and the parallel cold load: the same records and the same findings
as a load without them, whatever happens to the files or to the cache between two runs."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import pickle
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from studyctl import cache, records
from studyctl.cache import CACHE_DIR, SUFFIX, chunk_of, decode_chunk, encode_chunk
from studyctl.periods import Period
from studyctl.records import Records, load_records
from studyctl.rules import Context, run_checks
from studyctl.statedir import STATE_DIR

REPO = Path(__file__).resolve().parent.parent
TABLES = ("units", "members", "plans", "schedules", "sessions", "essays", "reviews", "self_reports")

WriteRecords = Callable[..., Path]

SESSION = """\
date: 2026-04-03
kind: study-day
units: [all]
host: li-ming
topic: 学习《宪法》
area: law
minutes:
  recorder: wang-fang
  text: |
    会议传达学习了《宪法》第一章总纲。
attendance:
  zhang-wei: present
  li-ming: present
  wang-fang: {status: leave, reason: 病假}
"""
SESSION_FILE = "sessions/2026/2026-04-03-study-day.yaml"
EXCHANGE = SESSION.replace("2026-04-03", "2026-04-07").replace("study-day", "exchange")
EXCHANGE_FILE = "sessions/2026/2026-04-07-exchange.yaml"
REVIEW = """\
member: li-ming
quarter: 2026Q2
reviewer: wang-fang
attitude: good
content: good
results: fair
notebook: kept
"""
REVIEW_FILE = "reviews/2026/Q2/li-ming.yaml"


# --- helpers -------------------------------------------------------------------------------------


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed in this process, in order, from the moment the fixture is asked for."""
    seen: list[str] = []
    real = records.parse_record_bytes

    def counting(rel: str, kind: str, raw: bytes) -> records.Parsed:
        seen.append(rel)
        return real(rel, kind, raw)

    monkeypatch.setattr(records, "parse_record_bytes", counting)
    return seen


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files count as settled at once: entries are trusted on their stat key alone, no digest."""
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))


def snapshot(loaded: Records) -> dict[str, Any]:
    """Everything a load gives, in a form that compares exactly: the records of each table in order,
    with their file and every field line, the config and the findings."""
    tables = {}
    for name in TABLES:
        tables[name] = [
            (key, record, record.file, dict(record._lines)) for key, record in getattr(loaded, name).items()
        ]
    return {"config": loaded.config, "tables": tables, "findings": list(loaded.findings)}


def checked(loaded: Records, period: Period) -> list[Any]:
    return run_checks(Context(loaded, period, dt.date(2030, 1, 1)))


def key(root: Path) -> bytes:
    """The user's cache key (the tests' own: conftest puts XDG_CACHE_HOME in a temporary folder)."""
    found = cache.user_key(root)
    assert found is not None
    return found


def cache_files(root: Path) -> list[Path]:
    folder = root / STATE_DIR / CACHE_DIR
    return sorted(folder.glob("*" + SUFFIX)) if folder.is_dir() else []


def touch_later(path: Path, text: str) -> None:
    """Rewrite `path` keeping its size and its mtime: only the ctime (and the bytes) say it changed."""
    before = path.stat()
    time.sleep(0.02)  # past the file system's clock tick, so that the ctime moves
    assert len(text.encode()) == before.st_size
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )


def bench_generator() -> Any:
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_generate", module)
    spec.loader.exec_module(module)
    return module


def assert_same_everywhere(root: Path, years: set[int] | None, period: Period) -> None:
    """A load without cache, a cold one that fills it (in parallel) and a warm one that uses it
    give the same records, the same findings and the same check."""
    plain = load_records(root, years, use_cache=False)
    shutil.rmtree(root / STATE_DIR, ignore_errors=True)
    cold = load_records(root, years)
    assert cache_files(root)
    warm = load_records(root, years)
    expected = snapshot(plain)
    assert snapshot(cold) == expected
    assert snapshot(warm) == expected
    findings = checked(plain, period)
    assert checked(cold, period) == findings
    assert checked(warm, period) == findings


# --- the same results ----------------------------------------------------------------------------


def test_the_shipped_records_load_and_check_the_same_with_and_without_the_cache(tmp_path, monkeypatch):
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root, ignore=shutil.ignore_patterns(STATE_DIR))
    monkeypatch.setattr(records, "PARALLEL_FROM", 50)  # the cold load runs in worker processes
    assert_same_everywhere(root, {2026}, Period(2026))
    assert_same_everywhere(root, None, Period(2026, 2))


def test_a_generated_office_loads_and_checks_the_same_with_and_without_the_cache(tmp_path):
    root = bench_generator().generate("S", tmp_path / "S")
    assert_same_everywhere(root, {2025}, Period(2025, 2))


@pytest.mark.slow
def test_a_generated_m_office_loads_and_checks_the_same_with_and_without_the_cache(tmp_path):
    root = bench_generator().generate("M", tmp_path / "M")
    assert_same_everywhere(root, {2025}, Period(2025, 2))


def test_the_serial_and_the_parallel_cold_load_agree(write_records: WriteRecords, monkeypatch):
    root = write_records({SESSION_FILE: SESSION, EXCHANGE_FILE: EXCHANGE, REVIEW_FILE: REVIEW})
    serial = snapshot(load_records(root, use_cache=False))
    monkeypatch.setattr(records, "PARALLEL_FROM", 1)
    assert snapshot(load_records(root, use_cache=False)) == serial
    shutil.rmtree(root / STATE_DIR, ignore_errors=True)
    assert snapshot(load_records(root)) == serial


def test_a_worker_that_fails_or_dies_leaves_its_files_to_the_caller(write_records: WriteRecords, monkeypatch):
    root = write_records({SESSION_FILE: SESSION, EXCHANGE_FILE: EXCHANGE, REVIEW_FILE: REVIEW})
    expected = snapshot(load_records(root, use_cache=False))
    parent = os.getpid()
    real = records.load_file

    def failing_in_workers(root: Path, source: records.RecordFile, entry: bool = True) -> Any:
        if os.getpid() != parent:
            if source.kind == "members":
                os._exit(3)  # killed, out of memory …
            raise RuntimeError("a bug that only shows in a worker")
        return real(root, source, entry)

    monkeypatch.setattr(records, "PARALLEL_FROM", 1)
    monkeypatch.setattr(records, "load_file", failing_in_workers)
    assert snapshot(load_records(root)) == expected


# --- what the cache keeps and when it is used ----------------------------------------------------


def test_a_warm_load_parses_nothing(write_records: WriteRecords, parses, settled):
    root = write_records({SESSION_FILE: SESSION, REVIEW_FILE: REVIEW})
    first = snapshot(load_records(root))
    assert len(parses) == 8
    parses.clear()
    assert snapshot(load_records(root)) == first
    assert parses == []


def test_a_fresh_file_is_checked_by_its_bytes_until_it_settles(write_records: WriteRecords, parses):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    parses.clear()
    # written a moment ago: the entry keeps a digest, and the file is read (not parsed) to match it
    assert snapshot(load_records(root))["tables"]["sessions"][0][1].topic == "学习《宪法》"
    assert parses == []
    path = root / SESSION_FILE
    before = path.stat()
    path.write_text(SESSION.replace("学习《宪法》", "学习《党章》"), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert load_records(root).sessions["2026-04-03-study-day"].topic == "学习《党章》"
    assert parses == [SESSION_FILE]


def test_an_edit_is_seen(write_records: WriteRecords, parses, settled):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    (root / SESSION_FILE).write_text(
        SESSION.replace("topic: 学习《宪法》", "topic: 学习宪法修正案"), encoding="utf-8"
    )
    parses.clear()
    assert load_records(root).sessions["2026-04-03-study-day"].topic == "学习宪法修正案"
    assert parses == [SESSION_FILE]


def test_an_edit_that_keeps_size_and_mtime_is_seen(write_records: WriteRecords, parses, settled):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    touch_later(root / SESSION_FILE, SESSION.replace("学习《宪法》", "学习《党章》"))
    parses.clear()
    assert load_records(root).sessions["2026-04-03-study-day"].topic == "学习《党章》"
    assert parses == [SESSION_FILE]


def test_a_deleted_file_is_gone_and_leaves_the_cache(write_records: WriteRecords, settled):
    root = write_records({SESSION_FILE: SESSION, EXCHANGE_FILE: EXCHANGE})
    load_records(root)
    (root / SESSION_FILE).unlink()
    (root / EXCHANGE_FILE).write_text(EXCHANGE.replace("学习《宪法》", "学习宪法修正案"), encoding="utf-8")
    loaded = load_records(root)
    assert list(loaded.sessions) == ["2026-04-07-exchange"]
    chunk = chunk_of(SESSION_FILE)
    entries = decode_chunk(chunk, (root / STATE_DIR / CACHE_DIR / (chunk + SUFFIX)).read_bytes(), key(root))
    assert entries is not None and sorted(entries) == ["2026-04-07-exchange.yaml"]


def test_a_renamed_file_is_loaded_under_its_new_name(write_records: WriteRecords, parses, settled):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    renamed = "sessions/2026/2026-04-03-study-day-all.yaml"
    os.rename(root / SESSION_FILE, root / renamed)
    parses.clear()
    loaded = load_records(root)
    assert list(loaded.sessions) == ["2026-04-03-study-day-all"]
    assert loaded.sessions["2026-04-03-study-day-all"].file == renamed
    assert parses == [renamed]


def test_a_file_replaced_by_another_with_the_same_size_and_times_is_seen(write_records, parses, settled):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    path = root / SESSION_FILE
    before = path.stat()
    other = path.with_name(".incoming")
    other.write_text(SESSION.replace("学习《宪法》", "学习《党章》"), encoding="utf-8")
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, path)
    parses.clear()
    assert load_records(root).sessions["2026-04-03-study-day"].topic == "学习《党章》"
    assert parses == [SESSION_FILE]


def test_a_file_with_findings_is_read_on_every_run(write_records: WriteRecords, parses, settled):
    broken = SESSION.replace("area: law", "area: laws")
    misplaced = EXCHANGE.replace("date: 2026-04-07", "date: 2026-04-08")
    root = write_records({SESSION_FILE: broken, EXCHANGE_FILE: misplaced})
    first = load_records(root)
    for _ in range(2):
        parses.clear()
        again = load_records(root)
        assert sorted(parses) == [SESSION_FILE, EXCHANGE_FILE]
        assert again.findings == first.findings
    assert [(f.rule, f.file, f.line) for f in first.findings] == [
        ("schema", SESSION_FILE, 6),
        ("location", EXCHANGE_FILE, 1),
    ]


def test_a_cached_file_that_breaks_gives_its_finding(write_records: WriteRecords, settled):
    root = write_records({SESSION_FILE: SESSION})
    assert load_records(root).findings == []
    (root / SESSION_FILE).write_text(
        SESSION.replace("date: 2026-04-03", "date: 2026-04-31"), encoding="utf-8"
    )
    loaded = load_records(root)
    assert [(f.rule, f.file, f.line) for f in loaded.findings] == [("schema", SESSION_FILE, 1)]
    assert loaded.sessions == {}


def test_a_second_load_in_one_process_decodes_only_the_chunks_that_changed(
    write_records: WriteRecords, settled, monkeypatch, tmp_path
):
    decoded: list[str] = []
    real = cache.decode_chunk

    def counting(chunk: str, data: bytes, key: bytes) -> Any:
        decoded.append(chunk)
        return real(chunk, data, key)

    monkeypatch.setattr(cache, "decode_chunk", counting)
    root = write_records({SESSION_FILE: SESSION, REVIEW_FILE: REVIEW})
    load_records(root)  # cold: every chunk written
    decoded.clear()
    first = load_records(root)
    assert sorted(decoded) == ["members", "reviews-2026-Q2", "root", "sessions-2026-04", "units"]
    decoded.clear()
    again = load_records(root)  # as a recording command reads the organization a second time
    assert decoded == []
    assert again.sessions["2026-04-03-study-day"] is first.sessions["2026-04-03-study-day"]
    # a chunk written again since (here by an edit that the next load saves) is decoded again
    (root / SESSION_FILE).write_text(SESSION.replace("病假", "事假"), encoding="utf-8")
    assert load_records(root).sessions["2026-04-03-study-day"].attendance["wang-fang"].reason == "事假"
    decoded.clear()
    assert load_records(root).sessions["2026-04-03-study-day"].attendance["wang-fang"].reason == "事假"
    assert decoded == ["sessions-2026-04"]
    # another records folder: the first one's chunks are let go, and decoded anew when it comes back
    other = tmp_path / "other"
    shutil.copytree(root, other)
    load_records(other)
    decoded.clear()
    load_records(root)
    assert sorted(decoded) == ["members", "reviews-2026-Q2", "root", "sessions-2026-04", "units"]


# --- a cache that cannot be trusted --------------------------------------------------------------


def damaged(data: bytes) -> Iterator[bytes]:
    yield b""
    yield data[: len(data) // 2]  # torn
    yield data[:-1] + bytes([data[-1] ^ 1])  # one bit flipped
    yield b"not a cache at all\n" + data
    yield data.replace(b"studyctl-cache %d " % cache.CACHE_FORMAT, b"studyctl-cache 9 ", 1)  # another format
    yield data.replace(cache.fingerprint(), b"0" * len(cache.fingerprint()), 1)  # other code


def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(write_records: WriteRecords, parses, settled):
    root = write_records({SESSION_FILE: SESSION, REVIEW_FILE: REVIEW})
    expected = snapshot(load_records(root))
    chunk_path = root / STATE_DIR / CACHE_DIR / (chunk_of(SESSION_FILE) + SUFFIX)
    good = chunk_path.read_bytes()
    for bad in damaged(good):
        chunk_path.write_bytes(bad)
        parses.clear()
        assert snapshot(load_records(root)) == expected
        assert parses == [SESSION_FILE]
        assert decode_chunk(chunk_of(SESSION_FILE), chunk_path.read_bytes(), key(root)) is not None  # rebuilt


def test_a_chunk_under_another_name_is_not_used(write_records: WriteRecords, parses, settled):
    root = write_records({SESSION_FILE: SESSION, REVIEW_FILE: REVIEW})
    load_records(root)
    folder = root / STATE_DIR / CACHE_DIR
    shutil.copyfile(folder / (chunk_of(SESSION_FILE) + SUFFIX), folder / (chunk_of(REVIEW_FILE) + SUFFIX))
    parses.clear()
    assert load_records(root).reviews[("li-ming", "2026Q2")].reviewer == "wang-fang"
    assert parses == [REVIEW_FILE]


class _Planted:
    """What a hostile cache might hold: unpickling it would create a file."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.target,))


def test_a_cache_never_builds_anything_but_records(write_records: WriteRecords, parses, settled, tmp_path):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    chunk = chunk_of(SESSION_FILE)
    marker = tmp_path / "ran"
    planted = pickle.dumps({"2026-04-03-study-day.yaml": _Planted(marker)}, pickle.HIGHEST_PROTOCOL)
    (root / STATE_DIR / CACHE_DIR / (chunk + SUFFIX)).write_bytes(encode_chunk(chunk, planted, key(root)))
    parses.clear()
    assert load_records(root).sessions["2026-04-03-study-day"].topic == "学习《宪法》"
    assert not marker.exists()
    assert parses == [SESSION_FILE]


def test_records_load_where_the_cache_cannot_be_written(write_records: WriteRecords):
    root = write_records({SESSION_FILE: SESSION})
    (root / STATE_DIR).write_text("a file where studyctl's folder would go\n")
    assert snapshot(load_records(root)) == snapshot(load_records(root, use_cache=False))
    assert (root / STATE_DIR).is_file()


def test_no_cache_when_turned_off(write_records: WriteRecords, monkeypatch):
    root = write_records({SESSION_FILE: SESSION})
    monkeypatch.setenv("STUDYCTL_NO_CACHE", "1")
    load_records(root)
    assert cache_files(root) == []
    monkeypatch.delenv("STUDYCTL_NO_CACHE")
    load_records(root)
    assert cache_files(root) != []


def test_a_cached_record_knows_its_lines(write_records: WriteRecords, settled):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    session = load_records(root).sessions["2026-04-03-study-day"]
    assert (session.line("attendance", "wang-fang"), session.line("minutes", "recorder"), session.line()) == (
        14,
        8,
        1,
    )
    assert session.attendance["wang-fang"].reason == "病假"


# --- the progress bar ----------------------------------------------------------------------------


def test_a_long_load_shows_a_progress_bar_on_a_terminal(write_records: WriteRecords, monkeypatch):
    import io

    from rich.console import Console

    from studyctl.cli import output, progress

    root = write_records({SESSION_FILE: SESSION, EXCHANGE_FILE: EXCHANGE})
    screen = io.StringIO()
    monkeypatch.setattr(output, "err", lambda: Console(file=screen, force_terminal=True, width=80))
    with progress.loading_progress("zh") as report:
        assert report is not None
        load_records(root, progress=report)  # a load shorter than a second: nothing drawn
    assert screen.getvalue() == ""
    monkeypatch.setattr(progress, "PROGRESS_DELAY", 0.0)
    shutil.rmtree(root / STATE_DIR)
    with progress.loading_progress("zh") as report:
        load_records(root, progress=report)
    assert "正在读取档案" in screen.getvalue()
    assert "8/8" in screen.getvalue()  # studyctl.yaml, 2 units, 3 members, 2 sessions


def test_no_progress_bar_where_stderr_is_not_a_terminal():
    from studyctl.cli.progress import loading_progress

    with loading_progress("zh") as report:
        assert report is None


def test_no_worker_can_start_and_the_files_load_all_the_same(write_records: WriteRecords, monkeypatch):
    import multiprocessing.process

    root = write_records({SESSION_FILE: SESSION, EXCHANGE_FILE: EXCHANGE})
    expected = snapshot(load_records(root, use_cache=False))

    def refuse(self: Any) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(records, "PARALLEL_FROM", 1)
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    assert snapshot(load_records(root)) == expected


def test_temporary_files_a_killed_writer_left_are_removed(write_records: WriteRecords):
    root = write_records({SESSION_FILE: SESSION})
    load_records(root)
    folder = root / STATE_DIR / CACHE_DIR
    stale, fresh = folder / ".members.cache.tmp-123", folder / ".units.cache.tmp-456"
    for temp in (stale, fresh):
        temp.write_bytes(b"half a chunk")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    (root / SESSION_FILE).write_text(EXCHANGE.replace("2026-04-07", "2026-04-03"), encoding="utf-8")
    load_records(root)  # a chunk changed: it is written again, and the stale temp goes
    assert not stale.exists()
    assert fresh.exists()
