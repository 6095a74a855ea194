"""The table of record kinds: a kind declared here, in the test, is written, loaded, checked and
sealed by the code as it is — no other module learns its name."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import PrivateAttr
from test_seal import AFTER_Q2, Q2, clean_quarter

from studyctl import kinds
from studyctl.check import run_check
from studyctl.kinds import DATED_NAME, Kind, Named, RecordFile
from studyctl.layout import walk
from studyctl.models import Date, Record, Slug, Text
from studyctl.records import load_records
from studyctl.seal import seal_quarter
from studyctl.store import Draft, Refused, transaction


class Course(Record):
    """A training course: a day, a title, the member who taught it."""

    date: Date
    title: Text
    teacher: Slug

    _id: str = PrivateAttr(default="")

    @property
    def id(self) -> str:
        return self._id


def _course_place(course: Course, source: RecordFile) -> Iterator[kinds.Problem]:
    match = DATED_NAME.fullmatch(source.stem)
    if match is None or match[1] != course.date.isoformat():
        yield (
            course.line("date"),
            "location.mismatch",
            {"field": "date", "value": course.date, "expected": "?"},
        )
    if course.date.year != source.year:
        yield (
            course.line("date"),
            "location.mismatch",
            {"field": "date", "value": course.date, "expected": source.year},
        )


COURSES = Kind(
    "courses",
    Course,
    "year",
    "courses",
    key=lambda record, source: (record.title, record.date.year),
    key_field="title",
    id_from_file=True,
    key_from_path=lambda source: None,
    location=_course_place,
    names=lambda course: [Named(("teacher",), "members", course.teacher, active_on=course.date, role="host")],
    dates=lambda course: [course.date],
)


@pytest.fixture
def courses() -> Iterator[Kind]:
    kinds.register(COURSES)
    yield COURSES
    kinds.unregister("courses")


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def office(write_records, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "office@example.org")
    root: Path = write_records(clean_quarter())
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "records")
    return root


COURSE = {"date": dt.date(2026, 5, 12), "title": "行政许可法培训", "teacher": "li-ming"}
COURSE_FILE = "courses/2026/2026-05-12-xingzheng.yaml"


def save_course(root: Path, rel: str, data: dict[str, object]) -> None:
    with transaction(root, "course") as tx:
        tx.save(Draft(rel, "courses", data), "培训", commit=True)


def test_a_kind_declared_in_a_test_is_written_loaded_checked_and_sealed(office: Path, courses: Kind) -> None:
    # written: validated by the store against the table (model, place, names) and committed
    save_course(office, COURSE_FILE, COURSE)
    assert (office / COURSE_FILE).read_text(encoding="utf-8") == (
        "date: 2026-05-12\ntitle: 行政许可法培训\nteacher: li-ming\n"
    )
    assert git(office, "status", "--porcelain") == ""
    # refused: a teacher who is no member, a date that disagrees with the file name
    with pytest.raises(Refused) as refused:
        save_course(office, "courses/2026/2026-05-13-x.yaml", {**COURSE, "teacher": "nobody"})
    assert [(f.rule, f.key) for f in refused.value.findings] == [
        ("location", "location.mismatch"),
        ("reference", "reference.member"),
    ]
    assert not (office / "courses/2026/2026-05-13-x.yaml").exists()

    # loaded: in its own table, its id from its file name
    records = load_records(office)
    (course,) = records.table("courses").values()
    assert isinstance(course, Course)
    assert (course.id, course.file, course.teacher) == ("2026-05-12-xingzheng", COURSE_FILE, "li-ming")

    # checked: the record rules judge it from the table
    clean = run_check(office, Q2, AFTER_Q2)
    assert [f for f in clean.findings if f.severity == "error"] == []

    # sealed: the seal of the quarter covers the course, dated in it
    result = seal_quarter(office, Q2, AFTER_Q2, "zh")
    assert result.seal.hashes[COURSE_FILE] == hashlib.sha256((office / COURSE_FILE).read_bytes()).hexdigest()
    assert result.records == 18  # the 17 records of the clean quarter, and the course

    # after the seal: a change to it is `sealed`, and so is a course added to the quarter; a
    # record out of its year is `location`, a second of the same key `duplicate` (a file the
    # loader then does not hold: the seal covers it too), an unknown teacher `reference`
    (office / COURSE_FILE).write_text(
        "date: 2026-05-12\ntitle: 行政许可法培训\nteacher: wang-fang\n", encoding="utf-8"
    )
    (office / "courses/2026/2026-06-02-again.yaml").write_text(
        "date: 2026-06-02\ntitle: 行政许可法培训\nteacher: nobody\n", encoding="utf-8"
    )
    (office / "courses/2026/2026-06-03-other.yaml").write_text(
        "date: 2026-06-03\ntitle: 宪法培训\nteacher: nobody\n", encoding="utf-8"
    )
    (office / "courses/2026/2025-06-03-old.yaml").write_text(
        "date: 2025-06-03\ntitle: 宪法培训\nteacher: li-ming\n", encoding="utf-8"
    )
    found = run_check(office, Q2, AFTER_Q2, ["sealed", "duplicate", "reference", "location"])
    assert [(f.rule, f.file, f.key, f.line) for f in found.findings] == [
        ("location", "courses/2026/2025-06-03-old.yaml", "location.mismatch", 1),
        ("sealed", COURSE_FILE, "sealed.changed_uncommitted", None),
        ("sealed", "courses/2026/2026-06-02-again.yaml", "sealed.added_uncommitted", None),
        ("duplicate", "courses/2026/2026-06-02-again.yaml", "duplicate.record", 2),
        ("sealed", "courses/2026/2026-06-03-other.yaml", "sealed.added_uncommitted", None),
        ("reference", "courses/2026/2026-06-03-other.yaml", "reference.member", 3),
    ]


def test_the_walker_finds_the_kinds_files_and_only_while_it_is_declared(write_records, courses: Kind) -> None:  # type: ignore[no-untyped-def]
    root = write_records(
        {COURSE_FILE: "date: 2026-05-12\ntitle: 培训\nteacher: li-ming\n", "courses/2026/notes.txt": "x"}
    )
    walked = [
        item for item in walk(root, {2026}) if not isinstance(item, RecordFile) or item.kind == "courses"
    ]
    assert [(type(item).__name__, getattr(item, "rel", getattr(item, "file", ""))) for item in walked] == [
        ("RecordFile", COURSE_FILE),
        ("Finding", "courses/2026/notes.txt"),
    ]
    kinds.unregister("courses")
    # undeclared, `courses/` is a folder beside the records, as attachments are
    assert [
        item for item in walk(root, {2026}) if "courses" in getattr(item, "rel", getattr(item, "file", ""))
    ] == []
    kinds.register(COURSES)


def test_a_key_leads_back_to_the_file_it_belongs_in() -> None:
    from studyctl.layout import place

    keys = {
        "units": "dzb",
        "members": "li-ming",
        "plans": ("li-ming", 2026),
        "sessions": "2026-04-03-study-day",
        "essays": "2026-04-20-li-ming-xianfa",
        "reviews": ("li-ming", "2026Q2"),
        "self-reports": ("li-ming", 2026),
    }
    paths = {name: kinds.kind_of(name).path_of(key) for name, key in keys.items()}
    assert paths == {
        "units": "units/dzb.yaml",
        "members": "members/li-ming.yaml",
        "plans": "plans/2026/li-ming.yaml",
        "sessions": "sessions/2026/2026-04-03-study-day.yaml",
        "essays": "essays/2026/2026-04-20-li-ming-xianfa.md",
        "reviews": "reviews/2026/Q2/li-ming.yaml",
        "self-reports": "self-reports/2026/li-ming.md",
    }
    for name, rel in paths.items():  # the inverse of the key read from the path
        assert rel is not None
        source = place(rel)
        assert source is not None and kinds.kind_of(source.kind).key_from_path(source) == keys[name]
    # no file can have these keys: a folder in a name, a hidden name, a session id without its year
    assert [kinds.kind_of("members").path_of(key) for key in ("a/b", ".x", "", None)] == [None] * 4
    assert kinds.kind_of("sessions").path_of("x-2026-04-03") is None
    assert kinds.kind_of("reviews").path_of(("li-ming", "2026Q5")) is None
    assert kinds.kind_of("plans").path_of(("li-ming", "2026")) is None
    assert kinds.kind_of("schedules").path_of("schedules/2026/q2.yaml") is None
    assert [kind.name for kind in kinds.KINDS.values() if kind.named_by_content] == ["units", "members"]
