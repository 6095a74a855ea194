"""The layout walker: names are ASCII and matched whole, the seal sees every file the loader does
not own, `.studyctl` is never written through a link, and `check` and `report` change nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_seal import AFTER_Q2, Q2, clean_quarter

from studyctl.check import run_check
from studyctl.kinds import RecordFile
from studyctl.layout import Stray, place, walk
from studyctl.records import load_records
from studyctl.seal import seal_quarter
from studyctl.statedir import state_dir
from studyctl.store import FolderLock

REPO = Path(__file__).resolve().parent.parent
ESSAY = "author: zhang-wei\ndate: 2026-04-10\ntitle: 学习体会\narea: law\n---\n正文\n"
SESSION = "sessions/2026/2026-04-03-study-day.yaml"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@pytest.fixture(autouse=True)
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "office@example.org")


@pytest.fixture
def office(write_records) -> Path:  # type: ignore[no-untyped-def]
    root: Path = write_records(clean_quarter())
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "records")
    return root


# --- names: ASCII, whole ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "key"),
    [
        ("essays/٢٠٢٦/2026-04-10-zhang-wei-xuexi.md", "location.bad_year_folder"),  # Arabic-Indic digits
        ("sessions/２０２６/2026-04-03-study-day.yaml", "location.bad_year_folder"),  # full-width digits
        ("reviews/2026/Q２/zhang-wei.yaml", "location.unexpected_file"),
    ],
)
def test_a_year_or_quarter_folder_in_other_digits_is_a_location_error(
    write_records, rel: str, key: str
) -> None:  # type: ignore[no-untyped-def]
    content = ESSAY if rel.endswith(".md") else (REPO / "records" / SESSION).read_text(encoding="utf-8")
    root = write_records({rel: content})
    records = load_records(root)
    folder = rel.rsplit("/", 1)[0]
    assert [(f.rule, f.file, f.key) for f in records.findings] == [("location", folder, key)]
    assert records.sessions == {} and records.essays == {} and records.reviews == {}


def test_a_file_name_ending_in_a_newline_is_a_location_error_not_a_second_session(office: Path) -> None:
    good = office / "sessions/2026/2026-04-03-study-day.yaml"
    copy = office / "sessions/2026/2026-04-03-study-day\n.yaml"
    shutil.copyfile(good, copy)
    result = run_check(office, Q2, AFTER_Q2, ["location", "duplicate"])
    assert [(f.rule, f.file, f.key) for f in result.findings] == [
        ("location", "sessions/2026/2026-04-03-study-day\n.yaml", "location.session_name")
    ]
    assert place("sessions/2026/2026-04-03-study-day\n.yaml") == RecordFile(
        "sessions/2026/2026-04-03-study-day\n.yaml", "sessions", 2026
    )
    assert place("sessions/２０２６/2026-04-03-study-day.yaml") is None


def test_the_seal_sees_files_named_in_other_digits_or_with_a_newline(office: Path) -> None:
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    shutil.copyfile(office / SESSION, office / "sessions/2026/2026-04-03-study-day\n.yaml")
    (office / "essays/٢٠٢٦").mkdir(parents=True)
    (office / "essays/٢٠٢٦/2026-04-10-zhang-wei-xuexi.md").write_text(ESSAY, encoding="utf-8")
    (office / "sessions/２０２６").mkdir()
    shutil.copyfile(office / SESSION, office / "sessions/２０２６/2026-04-03-study-day.yaml")
    result = run_check(office, Q2, AFTER_Q2, ["sealed", "location"])
    assert [(f.rule, f.file, f.key) for f in result.findings] == [
        ("location", "essays/٢٠٢٦", "location.bad_year_folder"),
        ("sealed", "essays/٢٠٢٦/2026-04-10-zhang-wei-xuexi.md", "sealed.added_uncommitted"),
        ("location", "sessions/2026/2026-04-03-study-day\n.yaml", "location.session_name"),
        ("sealed", "sessions/2026/2026-04-03-study-day\n.yaml", "sealed.added_uncommitted"),
        ("location", "sessions/２０２６", "location.bad_year_folder"),
        ("sealed", "sessions/２０２６/2026-04-03-study-day.yaml", "sealed.added_uncommitted"),
    ]


def test_the_walker_lists_every_other_file_as_a_stray_but_studyctls_and_gits(office: Path) -> None:
    state_dir(office)
    (office / "附件").mkdir()
    (office / "附件/照片.jpg").write_bytes(b"\xff\xd8")
    (office / "sessions/2026/.2026-04-03-study-day.yaml.tmp-ab12").write_text(
        "date: 2026-04-", encoding="utf-8"
    )
    (office / "units/README").write_text("单位\n", encoding="utf-8")
    strays = [item.rel for item in walk(office, strays=True) if isinstance(item, Stray)]
    assert strays == ["附件/照片.jpg", "units/README", "sessions/2026/.2026-04-03-study-day.yaml.tmp-ab12"]
    assert [item.rel for item in walk(office, strays=True) if isinstance(item, Stray) and item.temp] == [
        "sessions/2026/.2026-04-03-study-day.yaml.tmp-ab12"
    ]


# --- .studyctl as a link or a file --------------------------------------------------------------


def test_a_committed_studyctl_link_is_reported_never_written_through(office: Path, cli) -> None:  # type: ignore[no-untyped-def]
    os.symlink(".", office / ".studyctl")
    git(office, "add", ".studyctl")
    git(office, "commit", "-q", "-m", "a link")
    code, out, _ = cli("check", "--quarter", "2026Q2", "--lang", "en", cwd=office)
    assert code == 1
    assert (
        ".studyctl: error .studyctl is not a plain folder (a link or a file): studyctl never writes "
        "through it; reading goes on without the cache, and records cannot be written."
    ) in out
    assert "Remove it (git rm .studyctl); studyctl makes its own folder again." in out
    assert not (office / ".gitignore").exists()
    assert not (office / "cache").exists()
    assert git(office, "status", "--porcelain", "--untracked-files=all") == ""
    with pytest.raises(Exception) as refused:
        FolderLock(office, "test")
    assert getattr(refused.value, "key", "") == "state.not_a_folder"


def test_a_studyctl_file_leaves_check_working_without_the_cache(write_records, cli) -> None:  # type: ignore[no-untyped-def]
    root = write_records({".studyctl": "not a folder\n"})
    code, out, _ = cli("check", "--quarter", "2026Q1", "--lang", "en", cwd=root)
    assert code == 1
    assert ".studyctl: error .studyctl is not a plain folder" in out
    assert (root / ".studyctl").read_text(encoding="utf-8") == "not a folder\n"


# --- check and report change nothing ------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, str]:
    out = {}
    for folder, dirs, files in os.walk(root):
        rel_folder = Path(folder).relative_to(root).as_posix()
        if rel_folder == ".studyctl/cache" or rel_folder.startswith(".studyctl/cache/"):
            continue
        for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            path = Path(folder) / name
            data = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
            out[(Path(rel_folder) / name).as_posix()] = hashlib.sha256(data).hexdigest()
    return out


def test_check_and_report_change_no_byte_of_the_records_folder(tmp_path: Path) -> None:
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root, ignore=shutil.ignore_patterns(".studyctl"))
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "records")
    with FolderLock(root, "earlier write"):  # as after any write: studyctl's folder and its lock
        pass
    (root / "sessions/2026/.2026-04-03-study-day.yaml.tmp-x1y2").write_bytes(b"date: 2026-04-")
    (root / "units/.dzb.yaml.tmp-a1").write_bytes(b"id: d")
    (root / "notes.txt").write_text("not a record\n", encoding="utf-8")
    before = _snapshot(root)
    env = {**os.environ, "STUDYCTL_TODAY": "2026-11-20"}
    for args in (
        ["check"],
        ["check", "--year", "2026", "--format", "json"],
        ["report", "--year", "2026"],
        ["report", "--quarter", "2026Q3"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "studyctl", *args, "-C", str(root)],
            capture_output=True,
            text=True,
            env=env,
        )
        assert done.returncode in (0, 1), done.stderr
    assert (root / ".studyctl/cache").is_dir()  # the cache was written: that alone may change
    assert _snapshot(root) == before


# --- the audit's facts --------------------------------------------------------------------------


def test_the_audit_facts_name_head_shallowness_leftovers_and_unowned_files(
    office: Path, tmp_path: Path
) -> None:
    from studyctl.seals import gather_facts

    seal_quarter(office, Q2, AFTER_Q2, "zh")
    (office / "notes.txt").write_text("x\n", encoding="utf-8")
    (office / "units/.dzb.yaml.tmp-a1").write_bytes(b"id: d")
    facts = gather_facts(office, load_records(office, {2026}))
    assert facts.in_git and not facts.shallow and not facts.writer_active
    assert facts.head == git(office, "rev-parse", "HEAD").strip()
    assert [seal.quarter for seal in facts.seals] == ["2026Q2"]
    assert facts.dirty == {"notes.txt": "untracked", "units/.dzb.yaml.tmp-a1": "untracked"}
    assert facts.unowned == ["notes.txt", "units/.dzb.yaml.tmp-a1"]
    assert facts.temps == ["units/.dzb.yaml.tmp-a1"]
    assert [(c.path, c.how) for c in facts.changes["2026Q2"]] == [
        ("notes.txt", "added"),
        ("units/.dzb.yaml.tmp-a1", "added"),
    ]
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{office}", str(clone))
    shallow = gather_facts(clone, load_records(clone, {2026}))
    assert shallow.shallow and shallow.head == facts.head


def test_outside_git_the_facts_hold_only_the_leftovers(write_records) -> None:  # type: ignore[no-untyped-def]
    from studyctl.seals import gather_facts

    root = write_records({"units/.dzb.yaml.tmp-a1": "id: d"})
    facts = gather_facts(root, load_records(root))
    assert (facts.in_git, facts.seals, facts.dirty, facts.temps) == (
        False,
        [],
        {},
        ["units/.dzb.yaml.tmp-a1"],
    )
