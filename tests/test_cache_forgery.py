"""A planted cache changes nothing: chunks are authenticated with the user's own key, a chunk holding
a wrong-typed value is rebuilt, and `seal`, the pre-commit hook and `check --no-cache` never read
the cache. Each test starts from what someone with write access to the records folder can do: write
any file under `.studyctl/cache/`, knowing the code and the records, but not the user's key."""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from studyctl import cache, records
from studyctl.cache import CACHE_DIR, SUFFIX, Entry, StatKey, chunk_of, encode_chunk
from studyctl.errors import StudyctlError
from studyctl.hook import check_commit
from studyctl.periods import Period
from studyctl.records import RecordFile, load_records
from studyctl.seal import seal_quarter
from studyctl.statedir import STATE_DIR

WriteRecords = Callable[..., Path]

SESSION_FILE = "sessions/2026/2026-04-03-study-day.yaml"
SESSION = """\
date: 2026-04-03
kind: study-day
units: [all]
host: li-ming
topic: 学习《宪法》
area: law
minutes:
  recorder: wang-fang
  text: 会议传达学习了上级文件精神，结合本单位实际逐条讨论了贯彻落实的具体措施，并明确了分工与完成时限。
attendance:
  li-ming: present
  wang-fang: present
  zhang-wei: present
"""
# what the file really holds: zhang-wei, expected at the study day, has no attendance entry
WITHOUT_ZHANG_WEI = SESSION.replace("  zhang-wei: present\n", "")
ATTACKER_KEY = b"\x00" * 32  # any key but the user's: the attacker cannot read it


def user_key(root: Path) -> bytes:
    key = cache.user_key(root)
    assert key is not None
    return key


def forged_entry(tmp_path: Path, rel: str, text: str, real_file: Path) -> Entry:
    """The cache entry a clean `text` at `rel` would have, made to match the stat of `real_file`:
    what a planted chunk holds to stand in for the file."""
    scratch = tmp_path / "scratch"
    (scratch / rel).parent.mkdir(parents=True, exist_ok=True)
    (scratch / rel).write_text(text, encoding="utf-8")
    kind, year = rel.split("/")[0], int(rel.split("/")[1])
    result = records.load_file(scratch, RecordFile(rel, kind, year))
    assert result is not None and result[1] is not None, "the forged record must be a clean one"
    return Entry(StatKey.of(os.lstat(real_file)), None, result[1].record)


def plant(root: Path, rel: str, entries: dict[str, object], key: bytes) -> None:
    chunk = chunk_of(rel)
    folder = root / STATE_DIR / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(entries, pickle.HIGHEST_PROTOCOL)
    (folder / (chunk + SUFFIX)).write_bytes(encode_chunk(chunk, payload, key))


def attendance_findings(root: Path) -> list[tuple[str, int | None, str]]:
    from studyctl.check import run_check

    result = run_check(root, Period(2026, 2), __import__("datetime").date(2026, 7, 10), ["attendance"])
    return [(f.file, f.line, f.key) for f in result.findings]


MISSING_ZHANG_WEI = [(SESSION_FILE, 10, "attendance.missing")]


# --- the reproductions of the planted chunk --------------------------------------------------------


def test_a_planted_chunk_cannot_hide_a_missing_attendance_entry(write_records: WriteRecords, tmp_path):
    root = write_records({SESSION_FILE: WITHOUT_ZHANG_WEI})
    entry = forged_entry(tmp_path, SESSION_FILE, SESSION, root / SESSION_FILE)
    plant(root, SESSION_FILE, {Path(SESSION_FILE).name: entry}, ATTACKER_KEY)
    assert attendance_findings(root) == MISSING_ZHANG_WEI
    # the same chunk made with the user's key would be believed: the forgery is a real one
    plant(root, SESSION_FILE, {Path(SESSION_FILE).name: entry}, user_key(root))
    assert attendance_findings(root) == []


def test_a_planted_chunk_cannot_make_a_broken_file_load(write_records: WriteRecords, tmp_path):
    broken = SESSION.replace("kind: study-day", "kind: [unclosed")
    root = write_records({SESSION_FILE: broken})
    entry = forged_entry(tmp_path, SESSION_FILE, SESSION, root / SESSION_FILE)
    plant(root, SESSION_FILE, {Path(SESSION_FILE).name: entry}, ATTACKER_KEY)
    loaded = load_records(root)
    assert [(f.rule, f.file, f.line, f.key) for f in loaded.findings] == [
        ("yaml", SESSION_FILE, 2, "yaml.unclosed_bracket")
    ]
    assert loaded.sessions == {}


def test_a_chunk_of_an_older_unkeyed_format_is_not_used(write_records: WriteRecords, tmp_path):
    import zlib

    root = write_records({SESSION_FILE: WITHOUT_ZHANG_WEI})
    entry = forged_entry(tmp_path, SESSION_FILE, SESSION, root / SESSION_FILE)
    chunk = chunk_of(SESSION_FILE)
    payload = pickle.dumps({Path(SESSION_FILE).name: entry}, pickle.HIGHEST_PROTOCOL)
    # the header of the first cache format: a fingerprint anyone can recompute and a CRC
    header = b"studyctl-cache 1 %s %s %08x %d\n" % (
        cache.fingerprint(),
        chunk.encode(),
        zlib.crc32(payload),
        len(payload),
    )
    (root / STATE_DIR / CACHE_DIR).mkdir(parents=True)
    (root / STATE_DIR / CACHE_DIR / (chunk + SUFFIX)).write_bytes(header + payload)
    assert attendance_findings(root) == MISSING_ZHANG_WEI


def wrong_types(entry: Entry, root: Path) -> list[object]:
    """Entries that are authentic (made with the user's key) but hold what no load could make."""
    record = entry.record
    wrong_date = record.model_copy()
    wrong_date.__dict__["date"] = "2026-04-03"  # a str where a date belongs: a TypeError in the rules
    wrong_attendance = record.model_copy()
    wrong_attendance.__dict__["attendance"] = {"zhang-wei": "present"}
    member = records.load_file(root, RecordFile("members/li-ming.yaml", "members"))
    assert member is not None
    return [
        entry._replace(record=wrong_date),
        entry._replace(record=wrong_attendance),
        entry._replace(key=StatKey(*(str(n) for n in entry.key))),  # type: ignore[arg-type]
        entry._replace(record=member[0].record),  # a member where a session belongs
        ("not", "an", "entry"),
    ]


def test_an_authentic_chunk_holding_a_wrong_type_is_rebuilt_never_a_crash(
    write_records: WriteRecords, tmp_path, cli
):
    root = write_records({SESSION_FILE: WITHOUT_ZHANG_WEI})
    entry = forged_entry(tmp_path, SESSION_FILE, WITHOUT_ZHANG_WEI, root / SESSION_FILE)
    expected = cli("check", "--quarter", "2026Q2", "--no-cache", cwd=root)
    assert expected[0] == 1 and "zhang-wei" in expected[1]
    for wrong in wrong_types(entry, root):
        plant(root, SESSION_FILE, {Path(SESSION_FILE).name: wrong}, user_key(root))
        assert attendance_findings(root) == MISSING_ZHANG_WEI
        plant(root, SESSION_FILE, {Path(SESSION_FILE).name: wrong}, user_key(root))
        assert cli("check", "--quarter", "2026Q2", cwd=root) == expected
        assert load_records(root).sessions["2026-04-03-study-day"].date.isoformat() == "2026-04-03"


# --- what never reads the cache ----------------------------------------------------------------------


def test_check_no_cache_neither_reads_nor_writes_the_cache(write_records: WriteRecords, tmp_path, cli):
    root = write_records({SESSION_FILE: WITHOUT_ZHANG_WEI})
    entry = forged_entry(tmp_path, SESSION_FILE, SESSION, root / SESSION_FILE)
    plant(root, SESSION_FILE, {Path(SESSION_FILE).name: entry}, user_key(root))  # as if the key leaked
    planted = sorted((root / STATE_DIR / CACHE_DIR).iterdir())
    code, out, _ = cli("check", "--quarter", "2026Q2", "attendance", "--no-cache", cwd=root)
    assert code == 1
    assert "sessions/2026/2026-04-03-study-day.yaml:10: 错误 张伟（zhang-wei）应参加本次学习" in out
    assert sorted((root / STATE_DIR / CACHE_DIR).iterdir()) == planted
    code, out, _ = cli("check", "--quarter", "2026Q2", "attendance", cwd=root)  # the leaked key at work
    assert code == 0


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def committed(write_records: WriteRecords, tmp_path, monkeypatch) -> Path:
    """A clean 2026Q2 of the test office, committed; then the study day of 04-03 loses zhang-wei's
    attendance in a commit of its own, and a chunk made with the user's key hides that."""
    from test_seal import clean_quarter

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "office@example.org")
    files = clean_quarter()
    assert SESSION_FILE in files
    root = write_records(files)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "records")
    good = (root / SESSION_FILE).read_text(encoding="utf-8")
    (root / SESSION_FILE).write_text(good.replace("  zhang-wei: present\n", ""), encoding="utf-8")
    entry = forged_entry(tmp_path, SESSION_FILE, good, root / SESSION_FILE)
    plant(root, SESSION_FILE, {Path(SESSION_FILE).name: entry}, user_key(root))
    return root


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_seal_never_reads_the_cache(committed: Path):
    import datetime as dt

    git(committed, "commit", "-q", "-am", "attendance")
    assert attendance_findings(committed) == []  # a check through the planted cache sees nothing
    with pytest.raises(StudyctlError) as refused:
        seal_quarter(committed, Period(2026, 2), dt.date(2026, 7, 10), "zh")
    assert (refused.value.key, refused.value.params["count"]) == ("seal.has_errors", 1)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_hook_never_reads_the_cache(committed: Path):
    import datetime as dt

    git(committed, "add", SESSION_FILE)
    result = check_commit(committed, dt.date(2026, 7, 10)).result
    assert result is not None
    assert [(f.rule, f.file, f.line, f.key) for f in result.findings] == []  # record rules only
    (committed / SESSION_FILE).write_text(
        (committed / SESSION_FILE).read_text(encoding="utf-8").replace("host: li-ming", "host: nobody"),
        encoding="utf-8",
    )
    entry = forged_entry(committed.parent, SESSION_FILE, SESSION, committed / SESSION_FILE)
    plant(committed, SESSION_FILE, {Path(SESSION_FILE).name: entry}, user_key(committed))
    assert "2026-04-03-study-day" in load_records(committed).sessions
    assert load_records(committed).sessions["2026-04-03-study-day"].host == "li-ming"  # the plant at work
    git(committed, "add", SESSION_FILE)
    result = check_commit(committed, dt.date(2026, 7, 10)).result
    assert result is not None
    assert [(f.rule, f.file, f.line, f.key) for f in result.findings] == [
        ("reference", SESSION_FILE, 4, "reference.member")
    ]


# --- the key --------------------------------------------------------------------------------------------


def test_the_key_is_made_once_outside_the_records_readable_by_the_user_alone(
    write_records: WriteRecords, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = write_records({SESSION_FILE: SESSION})
    key = cache.user_key(root)
    path = tmp_path / "xdg" / "studyctl" / "key"
    assert key is not None and path.read_bytes() == key and len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["key"]  # no temporary file left
    cache._keys.clear()
    assert cache.user_key(root) == key  # made on first use, then read


def test_without_a_usable_key_the_records_load_without_a_cache(
    write_records: WriteRecords, tmp_path, monkeypatch
):
    root = write_records({SESSION_FILE: SESSION})
    expected = load_records(root, use_cache=False).sessions
    path = tmp_path / "xdg" / "studyctl" / "key"
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(32))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    for mode, where in ((0o644, tmp_path / "xdg"), (0o600, root / "cache-home")):
        path.chmod(mode)
        if where != tmp_path / "xdg":  # a key kept inside the records folder: anyone there may read it
            shutil.copytree(tmp_path / "xdg", where)
            monkeypatch.setenv("XDG_CACHE_HOME", str(where))
        cache._keys.clear()
        assert cache.user_key(root) is None
        shutil.rmtree(root / STATE_DIR, ignore_errors=True)
        assert load_records(root).sessions == expected
        folder = root / STATE_DIR / CACHE_DIR
        assert not folder.exists() or not list(folder.iterdir())
