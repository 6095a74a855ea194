"""The store: validation before any write, refusals, atomic write with read-back, the lock."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from studyctl.errors import StudyctlError
from studyctl.fsio import atomic_write, fingerprint, remove_stale_temps
from studyctl.recording import attendance_findings
from studyctl.records import load_records
from studyctl.statedir import STATE_DIR, state_dir
from studyctl.store import Draft, FolderLock, Refused, transaction

SESSION = {
    "date": dt.date(2026, 4, 3),
    "kind": "study-day",
    "units": ["all"],
    "host": "li-ming",
    "topic": "学习《宪法》",
    "area": "law",
    "minutes": {"recorder": "wang-fang", "text": "会议传达学习了宪法。\n大家谈了体会。\n"},
    "attendance": {
        "li-ming": "present",
        "wang-fang": "late",
        "zhang-wei": {"status": "leave", "reason": "病假"},
    },
}
SESSION_TEXT = """\
date: 2026-04-03
kind: study-day
units:
  - all
host: li-ming
topic: 学习《宪法》
area: law
minutes:
  recorder: wang-fang
  text: |
    会议传达学习了宪法。
    大家谈了体会。
attendance:
  li-ming: present
  wang-fang: late
  zhang-wei:
    status: leave
    reason: 病假
"""
REL = "sessions/2026/2026-04-03-study-day.yaml"


def save(root: Path, draft: Draft) -> None:
    if draft.kind == "sessions":  # as log-session gives it
        draft.judge = attendance_findings
    with transaction(root, "test") as tx:
        tx.save(draft, "test", commit=False)


def test_a_record_is_written_canonically_and_loads_back(write_records) -> None:
    root = write_records({})
    save(root, Draft(REL, "sessions", dict(SESSION)))
    assert (root / REL).read_bytes() == SESSION_TEXT.encode()
    records = load_records(root)
    assert records.findings == []
    assert records.sessions["2026-04-03-study-day"].attendance["zhang-wei"].reason == "病假"


def test_a_markdown_record_keeps_its_body(write_records) -> None:
    root = write_records({})
    rel = "self-reports/2026/zhang-wei.md"
    data = {"member": "zhang-wei", "year": 2026, "self_rating": "good"}
    save(root, Draft(rel, "self-reports", data, body="对照年度学习计划……\n"))
    assert (root / rel).read_text(encoding="utf-8") == (
        "---\nmember: zhang-wei\nyear: 2026\nself_rating: good\n---\n对照年度学习计划……\n"
    )


def test_a_host_who_does_not_exist_is_refused_and_nothing_is_written(write_records) -> None:
    root = write_records({})
    with pytest.raises(Refused) as caught:
        save(root, Draft(REL, "sessions", {**SESSION, "host": "zhao-lei"}))
    assert [(f.rule, f.key, f.line, f.member) for f in caught.value.findings] == [
        ("reference", "reference.member", 5, "zhao-lei")
    ]
    assert not (root / REL).exists()
    assert not (root / "sessions" / "2026").exists() or list((root / "sessions" / "2026").iterdir()) == []


def test_a_member_who_had_left_is_refused_with_the_reason(write_records) -> None:
    root = write_records({"members/wang-fang.yaml": MEMBER_LEFT})
    with pytest.raises(Refused) as caught:
        save(root, Draft(REL, "sessions", dict(SESSION)))
    assert [(f.rule, f.key, f.member) for f in caught.value.findings] == [
        ("reference", "reference.inactive_recorder", "wang-fang"),
        ("attendance", "attendance.not_active", "wang-fang"),
    ]
    assert "王芳" in caught.value.render("zh")
    assert not (root / REL).exists()


MEMBER_LEFT = """\
    id: wang-fang
    name: 王芳
    unit: dzb
    role: staff
    born: 1990-07-15
    education: associate
    party_member: true
    joined: 2018-09-01
    left: 2026-03-01
    """


def test_a_missing_status_and_a_missing_reason_are_refused(write_records) -> None:
    root = write_records({})
    attendance = {"li-ming": "present", "zhang-wei": {"status": "absent", "reason": " "}}
    with pytest.raises(Refused) as caught:
        save(root, Draft(REL, "sessions", {**SESSION, "attendance": attendance}))
    assert sorted((f.key, f.member) for f in caught.value.findings) == [
        ("attendance.missing", "wang-fang"),
        ("attendance.no_reason.absent", "zhang-wei"),
    ]


def test_a_record_in_the_wrong_place_is_refused(write_records) -> None:
    root = write_records({})
    with pytest.raises(Refused) as caught:
        save(root, Draft("sessions/2025/2026-04-03-study-day.yaml", "sessions", dict(SESSION)))
    assert [f.rule for f in caught.value.findings] == ["location"]


def test_a_schema_problem_is_refused(write_records) -> None:
    root = write_records({})
    with pytest.raises(Refused) as caught:
        save(root, Draft(REL, "sessions", {**SESSION, "area": "sports"}))
    assert [(f.rule, f.line) for f in caught.value.findings] == [("schema", 7)]


def test_an_existing_record_is_not_overwritten_without_replace(write_records) -> None:
    root = write_records({REL: SESSION_TEXT.replace("学习《宪法》", "旧主题")})
    before = (root / REL).read_bytes()
    with pytest.raises(StudyctlError) as caught:
        save(root, Draft(REL, "sessions", dict(SESSION)))
    assert caught.value.key == "store.exists"
    assert (root / REL).read_bytes() == before
    save(root, Draft(REL, "sessions", dict(SESSION), replace=True))
    assert (root / REL).read_bytes() == SESSION_TEXT.encode()


def test_a_record_changed_since_it_was_read_is_not_overwritten(write_records) -> None:
    root = write_records({REL: SESSION_TEXT})
    seen = fingerprint(root / REL)
    (root / REL).write_text(SESSION_TEXT.replace("学习《宪法》", "别人改过"), encoding="utf-8")
    with pytest.raises(StudyctlError) as caught:
        save(root, Draft(REL, "sessions", {**SESSION, "topic": "新主题"}, read_as=seen))
    assert caught.value.key == "store.changed"
    assert "别人改过" in (root / REL).read_text(encoding="utf-8")


def test_a_change_while_writing_is_caught_before_the_rename(write_records, monkeypatch) -> None:
    import studyctl.store as store

    root = write_records({REL: SESSION_TEXT})
    seen = fingerprint(root / REL)
    real_write = store.atomic_write

    def write_while_someone_else_writes(path, data, display=None, *, before_replace, create_only):  # type: ignore[no-untyped-def]
        def someone_else_first(temp: Path) -> None:
            (root / REL).write_text(SESSION_TEXT.replace("学习《宪法》", "别人改过"), encoding="utf-8")
            before_replace(temp)

        real_write(path, data, display, before_replace=someone_else_first, create_only=create_only)

    monkeypatch.setattr(store, "atomic_write", write_while_someone_else_writes)
    with pytest.raises(StudyctlError) as caught:
        save(root, Draft(REL, "sessions", {**SESSION, "topic": "新主题"}, read_as=seen))
    assert caught.value.key == "store.changed"
    assert "别人改过" in (root / REL).read_text(encoding="utf-8")
    assert [p.name for p in (root / "sessions" / "2026").iterdir()] == ["2026-04-03-study-day.yaml"]


def test_create_only_never_replaces_a_file_that_appeared(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"

    def appear(temp: Path) -> None:
        target.write_text("theirs\n")

    with pytest.raises(StudyctlError) as caught:
        atomic_write(target, b"mine\n", "a.yaml", before_replace=appear, create_only=True)
    assert caught.value.key == "store.exists"
    assert target.read_text() == "theirs\n"
    assert os.listdir(tmp_path) == ["a.yaml"]


def test_stale_temp_files_are_removed(tmp_path: Path) -> None:
    (tmp_path / ".x.yaml.tmp-abc").write_text("torn")
    (tmp_path / "x.yaml").write_text("kept")
    assert remove_stale_temps(tmp_path) == [".x.yaml.tmp-abc"]
    assert os.listdir(tmp_path) == ["x.yaml"]


def _folder_with_leftovers(root: Path) -> None:
    for rel in ("units", "members", "sessions/2026", "sessions/2025", "附件/照片"):
        (root / rel).mkdir(parents=True)
    (root / "units/dzb.yaml").write_text("id: dzb\n")
    _plant_leftovers(root)


def test_a_write_removes_every_leftover_and_lists_only_folders_that_changed_since(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import studyctl.store as store

    monkeypatch.setattr(store, "SETTLED_NS", -(10**12))  # folder times count as settled at once
    listed: list[str] = []
    listing = store.remove_stale_temps

    def spy(folder: Path) -> list[str]:
        listed.append(folder.relative_to(tmp_path).as_posix())
        return listing(folder)

    monkeypatch.setattr(store, "remove_stale_temps", spy)
    _folder_with_leftovers(tmp_path)
    assert store.remove_leftovers(tmp_path) == [
        "sessions/2026/.2026-04-03-s1.yaml.tmp-ab12",
        "附件/照片/.a.yaml.tmp-x1",
    ]
    assert sorted(listed) == [
        ".",
        "members",
        "sessions",
        "sessions/2025",
        "sessions/2026",
        "units",
        "附件",
        "附件/照片",
    ]
    # nothing changed: not one folder is listed again
    listed.clear()
    assert store.remove_leftovers(tmp_path) == []
    assert listed == []
    # a leftover appears in one folder (a killed write, or a file brought by git): that folder only
    (tmp_path / "units/.dzb.yaml.tmp-q9").write_text("id: d")
    assert store.remove_leftovers(tmp_path) == ["units/.dzb.yaml.tmp-q9"]
    assert listed == ["units"]
    assert (tmp_path / "units/dzb.yaml").read_text() == "id: dzb\n"


def _plant_leftovers(root: Path) -> None:
    (root / "sessions/2026/.2026-04-03-s1.yaml.tmp-ab12").write_text("date: 2026-")
    (root / "附件/照片/.a.yaml.tmp-x1").write_text("")


def test_the_folder_times_file_is_a_hint_that_cannot_reach_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import studyctl.store as store

    monkeypatch.setattr(store, "SETTLED_NS", -(10**12))
    root = tmp_path / "records"
    _folder_with_leftovers(root)
    outside = tmp_path / ".outside.yaml.tmp-1"
    outside.write_text("not the records'")
    state_dir(root)
    info = os.lstat(root)
    stamp = [info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
    everything = ["sessions/2026/.2026-04-03-s1.yaml.tmp-ab12", "附件/照片/.a.yaml.tmp-x1"]
    # names that lead out of the records folder: the entry is not believed, the folder is listed
    forged = {".": [stamp, ["..", "units"]], "..": [stamp, []], "units/../..": [stamp, []]}
    (root / STATE_DIR / "folders").write_text(json.dumps(forged))
    assert store.remove_leftovers(root) == everything
    assert outside.exists()
    _plant_leftovers(root)
    (root / STATE_DIR / "folders").write_text("{not json")
    assert store.remove_leftovers(root) == everything
    assert outside.exists()


def test_the_state_folder_ignores_itself(tmp_path: Path) -> None:
    folder = state_dir(tmp_path)
    assert folder == tmp_path / STATE_DIR
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (folder / "lock").write_text("x")
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == ""


def test_a_second_writer_waits_then_says_another_studyctl_is_writing(write_records) -> None:
    root = write_records({})
    with FolderLock(root, "log-session"):
        with pytest.raises(StudyctlError) as caught, FolderLock(root, "member-add", wait=0.2):
            pass
        assert caught.value.key == "store.locked"
        assert caught.value.params["holder"] == f"{os.getpid()} log-session"
        assert caught.value.render("en").startswith("Another studyctl is writing to this records folder")
    with FolderLock(root, "member-add", wait=0.2):
        pass


def test_a_second_writer_gets_the_lock_once_it_is_free(write_records) -> None:
    import threading

    root = write_records({})
    order = []
    first = FolderLock(root, "first")
    first.__enter__()

    def second() -> None:
        with FolderLock(root, "second", wait=5):
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    order.append("first")
    first.__exit__(None, None, None)
    thread.join()
    assert order == ["first", "second"]


def test_dirty_paths_keep_their_first_letter(tmp_path: Path) -> None:
    from studyctl import git

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    identity = ["-c", "user.name=办公室", "-c", "user.email=office@example.org"]
    subprocess.run(["git", "-C", str(tmp_path), "add", "sub/a.yaml"], check=True)
    subprocess.run(["git", "-C", str(tmp_path), *identity, "commit", "-qm", "a"], check=True)
    (tmp_path / "sub" / "a.yaml").write_text("a: 2\n", encoding="utf-8")
    assert git.dirty_paths(tmp_path, ["sub/a.yaml"]) == ["sub/a.yaml"]
