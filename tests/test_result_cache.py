"""The result cache of `check`: an unchanged folder is answered from the stored output, exactly as a
check without any cache would answer; any change to an input (a record, a folder, the day, git, the
arguments) makes it check again; a planted result is never replayed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from studyctl import cache, records, result_cache
from studyctl.cache import CACHE_DIR
from studyctl.statedir import STATE_DIR

REPO = Path(__file__).resolve().parent.parent
SESSION = "sessions/2026/2026-07-17-study-day.yaml"  # a deliberate lapse of the shipped records


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped records, its files settled (their times alone are trusted at once)."""
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root, ignore=shutil.ignore_patterns(STATE_DIR))
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    monkeypatch.setenv("STUDYCTL_TODAY", "2026-11-27")
    return root


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The loads `check` made: none when it answered from the result cache."""
    made: list[Any] = []
    real = records.load_records

    def counting(*args: Any, **kwargs: Any) -> Any:
        years = kwargs.get("years", args[1] if len(args) > 1 else None)
        if years:  # not the read of studyctl.yaml alone that checks the period first
            made.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "load_records", counting)
    return made


def check(cli: Any, root: Path, *args: str) -> tuple[int, str]:
    code, out, _ = cli("check", *args, cwd=root)
    return code, out


QUARTER = ("--quarter", "2026Q3")


def test_an_unchanged_folder_is_answered_from_the_stored_output(shipped, cli, loads):
    fresh = check(cli, shipped, *QUARTER, "--no-cache")
    assert fresh[0] == 1 and "tang-jun" in fresh[1]
    assert check(cli, shipped, *QUARTER) == fresh  # checked, and stored
    assert len(loads) == 2
    for args in (QUARTER, (*QUARTER, "--strict")):
        assert check(cli, shipped, *args) == fresh
    assert len(loads) == 2  # both answered from the stored output
    assert check(cli, shipped, *QUARTER, "--format", "json") == check(
        cli, shipped, *QUARTER, "--format", "json", "--no-cache"
    )
    assert len(loads) == 4  # another format: another result


def changes(root: Path) -> list[tuple[str, Any]]:
    """Changes to the inputs of a check, each undone by the next, so that every one is a change."""
    path = root / SESSION
    text = path.read_text(encoding="utf-8")
    fixed = text.replace("attendance:\n", "attendance:\n  tang-jun: present\n", 1)

    def same_size_and_times(new: str) -> None:
        before = path.stat()
        path.write_text(new, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    extra = root / "sessions" / "2026" / "2026-07-18-other.yaml"
    added = text.replace("2026-07-17", "2026-07-18")
    leftover = root / "sessions" / "2026" / ".x.yaml.tmp-1"
    signers = root / "signers"  # an edit to it changes no folder's times, only its own
    return [
        ("the lapse mended", lambda: path.write_text(fixed, encoding="utf-8")),
        ("the lapse back", lambda: path.write_text(text, encoding="utf-8")),
        ("an edit keeping size and mtime", lambda: same_size_and_times(text.replace("学习", "研习", 1))),
        ("a file added", lambda: extra.write_text(added, encoding="utf-8")),
        ("a file removed", extra.unlink),
        ("studyctl.yaml", lambda: (root / "studyctl.yaml").write_text(
            (root / "studyctl.yaml").read_text(encoding="utf-8") + "# 注释\n", encoding="utf-8")),
        ("a signers file", lambda: signers.write_text("clerk@example namespaces=\"git\" ssh-ed25519 AAAA\n")),
        ("the signers edited", lambda: signers.write_text("secretary@example ssh-ed25519 BBBB\n")),
        ("a temporary file left by a writer", lambda: leftover.write_text("")),
    ]  # fmt: skip


def test_every_change_to_an_input_is_seen(shipped, cli, loads):
    check(cli, shipped, *QUARTER)
    for label, change in changes(shipped):
        change()
        loads.clear()
        got = check(cli, shipped, *QUARTER)
        assert len(loads) == 1, label  # checked again, not replayed
        if "temporary" in label:  # the check removed it, and says so
            assert "sessions/2026/.x.yaml.tmp-1" in got[1]
            continue
        assert got == check(cli, shipped, *QUARTER, "--no-cache"), label


def test_another_day_is_checked_again(shipped, cli, loads, monkeypatch):
    check(cli, shipped, "--quarter", "2026Q4")
    monkeypatch.setenv("STUDYCTL_TODAY", "2026-12-20")
    loads.clear()
    later = check(cli, shipped, "--quarter", "2026Q4")
    assert later == check(cli, shipped, "--quarter", "2026Q4", "--no-cache")
    assert len(loads) == 2


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, capture_output=True, check=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_git_state_is_an_input(shipped, cli, loads, monkeypatch, tmp_path):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "office@example.org")
    git(shipped, "init", "-q")
    steps = [
        ("nothing committed", lambda: None),
        ("staged", lambda: git(shipped, "add", ".")),
        ("committed", lambda: git(shipped, "commit", "-q", "-m", "records")),
        ("a tag", lambda: git(shipped, "tag", "-a", "-m", "seal", "studyctl-seal-2026Q3")),
    ]
    for label, step in steps:
        step()
        loads.clear()
        expected = check(cli, shipped, *QUARTER, "--no-cache")
        assert check(cli, shipped, *QUARTER) == expected, label
        assert len(loads) == 2, label


def test_a_planted_or_damaged_result_is_never_replayed(shipped, cli, loads):
    expected = check(cli, shipped, *QUARTER)
    [stored] = (shipped / STATE_DIR / CACHE_DIR / result_cache.RESULTS_DIR).iterdir()
    good = stored.read_bytes()
    forged = good.replace(b"tang-jun", b"nobody!!")
    for bad in (forged, good[:-5], b"", good[:20] + b"0" * 64 + good[84:]):
        stored.write_bytes(bad)
        loads.clear()
        assert check(cli, shipped, *QUARTER) == expected
        assert len(loads) == 1
    loads.clear()
    assert check(cli, shipped, *QUARTER) == expected
    assert loads == []  # stored again, and replayed


def test_a_recent_change_is_never_trusted(shipped, cli, loads, monkeypatch):
    monkeypatch.setattr(cache, "RACY_NS", 10**18)  # every file changed "just now"
    for _ in range(2):
        check(cli, shipped, *QUARTER)
    assert len(loads) == 2
    assert not (shipped / STATE_DIR / CACHE_DIR / result_cache.RESULTS_DIR).exists()


def test_the_report_is_answered_from_the_stored_output_too(shipped, cli, loads):
    first = cli("report", "--year", "2026", cwd=shipped)
    again = cli("report", "--year", "2026", cwd=shipped)
    assert again == first and "青石镇机关 2026 年度学习考评报告" in first[1]
    assert len(loads) == 1
    (shipped / "sessions" / "2026" / "2026-07-17-study-day.yaml").unlink()
    changed = cli("report", "--year", "2026", cwd=shipped)
    assert changed != first and len(loads) == 2
    written = [cli("report", "--year", "2026", "-o", "r.md", cwd=shipped) for _ in range(2)]
    assert written[0] == written[1] and len(loads) == 4  # a file is always written afresh
    assert (shipped / "r.md").read_text(encoding="utf-8").startswith("# 青石镇机关")
