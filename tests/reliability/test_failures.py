"""Writes that meet a full disk, a refused permission, a read-only folder, a stale git lock, no git,
an unrelated dirty file, or a record edited by hand between read and write.

Each fails or succeeds with a clear message, and every file that existed is byte-identical
afterwards unless the write succeeded. Also: leftover temp files (`temp-file`), and a report over
a folder holding one invalid record, which must say so.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from office import log_session_args, studyctl
from typer.testing import CliRunner

from studyctl import fsio
from studyctl import store as store_module
from studyctl.check import run_check
from studyctl.cli import app
from studyctl.errors import StudyctlError
from studyctl.messages import t
from studyctl.periods import Period
from studyctl.statedir import state_dir

SESSION = "sessions/2026/2026-04-03-s1.yaml"
HINT = t("write.failed.hint", "en")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the records folder but git's and studyctl's own, with its bytes."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).parts[0] not in (".git", ".studyctl")
    }


def log(root: Path, slug: str = "s1", *extra: str) -> Any:
    result = CliRunner().invoke(app, [*log_session_args(root, slug, "学习《宪法》", *extra), "--lang", "en"])
    return result


def one_line(text: str) -> str:
    return " ".join(text.split())


def refuse_writes_under(root: Path, monkeypatch: pytest.MonkeyPatch, error: int) -> None:
    """os.write fails with `error` for files under `root`, as a full disk or a quota would."""
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        target = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists(f"/proc/self/fd/{fd}") else ""
        if target.startswith(str(root)):
            raise OSError(error, os.strerror(error))
        return real_write(fd, data)

    monkeypatch.setattr(fsio.os, "write", write)


@pytest.mark.parametrize("replace", [False, True])
def test_a_full_disk_leaves_every_file_as_it_was(
    office_repo: Path, git_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    if replace:
        assert log(office_repo).exit_code == 0
    state_dir(office_repo)  # made by the first write; the disk fills up afterwards
    before = snapshot(office_repo)
    refuse_writes_under(office_repo, monkeypatch, errno.ENOSPC)
    result = log(office_repo, "s1", *(["--replace"] if replace else []))
    assert result.exit_code == 2
    assert one_line(result.output) == one_line(
        f"studyctl: Cannot write {SESSION}: No space left on device {HINT}"
    )
    assert snapshot(office_repo) == before
    assert list((office_repo / "sessions/2026").glob(".*.tmp-*")) == []


@pytest.mark.parametrize(
    ("error", "shown"),
    [(errno.EACCES, "Permission denied"), (errno.EROFS, "Read-only file system")],
)
def test_a_refused_temp_file_leaves_every_file_as_it_was(
    office_repo: Path, git_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, error: int, shown: str
) -> None:
    """Root ignores permissions, so the refusal is simulated where the writer creates its temp file."""
    state_dir(office_repo)
    before = snapshot(office_repo)

    def mkstemp(*args: Any, **kwargs: Any) -> Any:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(fsio.tempfile, "mkstemp", mkstemp)
    result = log(office_repo)
    assert result.exit_code == 2
    assert one_line(result.output) == one_line(f"studyctl: Cannot write {SESSION}: {shown} {HINT}")
    assert snapshot(office_repo) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders: simulated above")
def test_a_read_only_folder_leaves_every_file_as_it_was(office_repo: Path, git_env: dict[str, str]) -> None:
    assert log(office_repo).exit_code == 0
    before = snapshot(office_repo)
    folders = [office_repo, *[p for p in office_repo.rglob("*") if p.is_dir() and ".git" not in p.parts]]
    for folder in folders:
        folder.chmod(0o555)
    try:
        done = studyctl(
            *log_session_args(office_repo, "s1", "学习《宪法》", "--replace"), env=git_env, check=False
        )
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert done.returncode == 2
    assert "Permission denied" in done.stderr
    assert snapshot(office_repo) == before


def test_a_stale_index_lock_writes_the_record_and_says_how_to_commit_it(
    office_repo: Path, git_env: dict[str, str]
) -> None:
    before = snapshot(office_repo)
    lock = office_repo / ".git" / "index.lock"
    lock.write_bytes(b"")
    done = studyctl(*log_session_args(office_repo, "s1"), env=git_env, check=False)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == f"Wrote {SESSION}"
    message = done.stderr
    assert f"The record is written to {SESSION}, but not committed: git's index is locked" in message
    after = snapshot(office_repo)
    assert {k: v for k, v in after.items() if k != SESSION} == before
    # the check says the record is not committed; the command the message gives finishes the job
    result = run_check(office_repo, Period(2026, 2), dt.date(2026, 7, 1), ["uncommitted"])
    assert [(f.file, f.key) for f in result.findings] == [(SESSION, "uncommitted.untracked")]
    lock.unlink()
    command = message.strip().splitlines()[-1].strip()
    assert command.startswith("git -C ")
    subprocess.run(command, shell=True, check=True, env=git_env, capture_output=True)
    assert _git(office_repo, "status", "--porcelain") == ""


def test_without_git_on_the_path_the_record_is_written_and_left_uncommitted(
    office_repo: Path, git_env: dict[str, str], tmp_path: Path
) -> None:
    python_only = tmp_path / "bin"
    python_only.mkdir()
    env = {**git_env, "PATH": str(python_only)}
    before = snapshot(office_repo)
    done = studyctl(*log_session_args(office_repo, "s1"), env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert one_line(done.stdout) == one_line(f"Wrote {SESSION} {t('store.git_missing', 'en')}")
    assert {k: v for k, v in snapshot(office_repo).items() if k != SESSION} == before
    assert _git(office_repo, "status", "--porcelain", "--untracked-files=all") == f"?? {SESSION}"


def test_an_unrelated_dirty_file_stays_as_it_is_and_out_of_the_commit(
    office_repo: Path, git_env: dict[str, str]
) -> None:
    member = office_repo / "members/wang-fang.yaml"
    member.write_bytes(member.read_bytes() + b"office_automation: true\n")
    unit = office_repo / "units/dzb.yaml"
    unit.write_text("id: dzb\nname: 党政综合办\n", encoding="utf-8")
    _git(office_repo, "add", "units/dzb.yaml")
    before = snapshot(office_repo)
    status_before = _git(office_repo, "status", "--porcelain")
    done = studyctl(*log_session_args(office_repo, "s1"), env=git_env, check=False)
    assert done.returncode == 0, done.stderr
    assert _git(office_repo, "show", "--name-only", "--format=", "HEAD") == SESSION
    assert {k: v for k, v in snapshot(office_repo).items() if k != SESSION} == before
    assert _git(office_repo, "status", "--porcelain") == status_before  # the staged change stays staged


def test_a_record_edited_by_hand_between_read_and_write_is_not_overwritten(
    office_repo: Path, git_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`member leave` reads the member, then writes it back changed; a hand edit that lands in
    between must win, and the command must say why it wrote nothing."""
    from studyctl.recording import member_leave

    member = office_repo / "members/wang-fang.yaml"
    by_hand = member.read_bytes().replace("王芳".encode(), "王芳芳".encode())
    real_read_back = store_module._read_back

    def edit_meanwhile(*args: Any) -> None:
        member.write_bytes(by_hand)
        real_read_back(*args)

    monkeypatch.setattr(store_module, "_read_back", edit_meanwhile)
    before = snapshot(office_repo)
    with pytest.raises(StudyctlError) as refused:
        member_leave(office_repo, "wang-fang", dt.date(2026, 6, 30))
    assert refused.value.render("en") == (
        "members/wang-fang.yaml changed on disk after it was read; nothing was written so that no change "
        "is lost." + _hint("store.changed")
    )
    assert snapshot(office_repo) == {**before, "members/wang-fang.yaml": by_hand}
    assert list((office_repo / "members").glob(".*.tmp-*")) == []


def _hint(key: str) -> str:
    from studyctl.messages import has_message, t

    return "\n" + t(key + ".hint", "en") if has_message(key + ".hint") else ""


# --- temp files left by a killed writer ----------------------------------------------------------


def test_check_reports_a_leftover_temp_file_and_the_next_write_removes_it(
    office_repo: Path, git_env: dict[str, str]
) -> None:
    assert log(office_repo).exit_code == 0
    leftover = office_repo / "sessions/2026/.2026-04-03-s2.yaml.tmp-x1y2"
    leftover.write_bytes(b"date: 2026-04-")  # torn, as a killed writer leaves it
    records_before = run_check(office_repo, Period(2026, 2), dt.date(2026, 7, 1), ["yaml", "schema"])
    assert records_before.findings == []  # the loader never reads it
    result = run_check(office_repo, Period(2026, 2), dt.date(2026, 7, 1), ["temp-file"])
    assert [(f.rule, f.severity, f.file, f.key) for f in result.findings] == [
        ("temp-file", "warning", "sessions/2026/.2026-04-03-s2.yaml.tmp-x1y2", "temp-file.found")
    ]
    assert result.findings[0].hint("zh") == (
        "它不是记录，任何命令都不会读取它；下一次写入记录时会自动删除，也可直接删除："
        "sessions/2026/.2026-04-03-s2.yaml.tmp-x1y2。详见 studyctl explain temp-file"
    )
    assert leftover.exists()  # check only reports
    assert log(office_repo, "s3").exit_code == 0  # the next write, whatever its folder
    assert not leftover.exists()
    assert run_check(office_repo, Period(2026, 2), dt.date(2026, 7, 1), ["temp-file"]).findings == []


def test_check_leaves_the_temp_file_of_a_running_writer_alone(
    office_repo: Path, git_env: dict[str, str]
) -> None:
    from studyctl.store import FolderLock

    in_use = office_repo / "sessions/2026/.2026-04-03-s2.yaml.tmp-x1y2"
    in_use.parent.mkdir(parents=True, exist_ok=True)
    in_use.write_bytes(b"date: 2026-04-03\n")
    with FolderLock(office_repo, "log-session"):
        result = run_check(office_repo, Period(2026, 2), dt.date(2026, 7, 1), ["temp-file"])
    assert result.findings == []
    assert in_use.exists()


def test_a_leftover_in_a_unit_folder_is_reported_and_left_alone(
    office_repo: Path, git_env: dict[str, str]
) -> None:
    leftover = office_repo / "units/.dzb.yaml.tmp-a1"
    leftover.write_bytes(b"id: d")
    result = run_check(office_repo, Period(2026, 2), dt.date(2026, 7, 1), ["temp-file"])
    assert [(f.file, f.key) for f in result.findings] == [("units/.dzb.yaml.tmp-a1", "temp-file.found")]
    assert (
        result.findings[0].hint("zh")
        == "它不是记录，任何命令都不会读取它；下一次写入记录时会自动删除，也可直接删除："
        "units/.dzb.yaml.tmp-a1。详见 studyctl explain temp-file"
    )
    assert leftover.read_bytes() == b"id: d"


# --- a report over an invalid record ---------------------------------------------------------------


def test_a_report_over_an_invalid_record_says_so(office_repo: Path, git_env: dict[str, str]) -> None:
    assert log(office_repo).exit_code == 0
    broken = office_repo / "sessions/2026/2026-04-10-study-day.yaml"
    broken.write_text(
        "date: 2026-04-10\nkind: study-day\nhost: li-ming\ntopic: [unclosed\n", encoding="utf-8"
    )
    for output_format in ("text", "json", "markdown", "html", "csv"):
        done = studyctl("report", "--year", "2026", "-f", output_format, "-C", str(office_repo), env=git_env)
        assert one_line(done.stderr) == t("report.record_problems", "en", count=1), output_format
        if output_format != "csv":  # a CSV file is one table of members: the warning is on stderr
            assert "Record errors" in done.stdout or '"record_problems": 1' in done.stdout, output_format


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
