"""The record kinds: the one table that says, for each kind of record, where its files live and
how they are named, which fields must agree with the path, what the record names, and which date
places it in a period.

Everything that knows about kinds reads this table: the layout walker (`layout.py`), the loader
(`record_file.py`, `records.py`), the `duplicate`, `location` and `reference` rules, the store, the
seal's coverage, shell completion and the audit. A new kind is one `Kind(...)` given to `register`
(see docs/architecture.md); nothing else has to learn its name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from studyctl.models import (
    Config,
    Essay,
    Member,
    Plan,
    Record,
    Review,
    Schedule,
    SelfReport,
    Session,
    Unit,
    is_slug,
)

CONFIG_FILE = "studyctl.yaml"

# every name in the layout is ASCII and matched whole (`\d` takes ٢ and ２, `$` takes a final "\n")
YEAR_NAME = re.compile(r"[0-9]{4}", re.ASCII)
QUARTER_NAME = re.compile(r"Q[1-4]", re.ASCII)
DATED_NAME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})-(.+)", re.ASCII | re.DOTALL)

Partition = Literal["root", "none", "year", "quarter"]


@dataclass(frozen=True)
class RecordFile:
    """One record file of the layout: its path relative to the root, its kind and the year (and
    quarter) folder it sits in."""

    rel: str
    kind: str
    year: int | None = None
    quarter: int | None = None

    @property
    def stem(self) -> str:
        """The file name without its suffix: the id of a session or essay, the key of the others."""
        return stem_of(self.rel)


def stem_of(rel: str) -> str:
    """A path's file name without its suffix."""
    name = rel.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


class Named(NamedTuple):
    """Another record that a record names: the field's path, the kind named and the id. (A tuple:
    a year of sessions names a quarter of a million members.)

    `active_on` / `active_during`: the named member must be active that day / during that period
    (a host, a recorder, a reviewer). `not_left_by`: the member must not have left on or before
    that day (the author of an essay, the member of a review or self-report). `role` picks the
    message (`reference.inactive_<role>`)."""

    path: tuple[str | int, ...]
    target: str
    value: str
    active_on: dt.date | None = None
    active_during: tuple[dt.date, dt.date, str] | None = None  # [start, end) and its label
    not_left_by: tuple[dt.date, str] | None = None  # the day, and its label in the message
    role: str = ""
    all_allowed: bool = True  # a unit reference may say `all`


Problem = tuple[int | None, str, dict[str, Any]]  # (line, message key, params) of a location finding


def _none(record: Any, source: RecordFile | None = None) -> Iterator[Any]:
    return iter(())


@dataclass(frozen=True)
class Kind:
    """One kind of record. `name` is also its folder (the config alone sits at the root)."""

    name: str
    model: type[Record]
    partition: Partition
    table: str  # its table in `Records` (an attribute there, or a table of `Records.others`)
    key: Callable[[Any, RecordFile], Hashable]  # what makes two records the same one
    key_field: str  # the field a `duplicate` finding points at
    suffix: str = ".yaml"
    markdown: bool = False  # front matter and a Markdown body
    id_from_file: bool = False  # the record's id is its file name (sessions, essays)
    # the key the file's record would have, read from its path alone (a record that failed to load)
    key_from_path: Callable[[RecordFile], Hashable | None] = lambda source: None
    # the inverse: where the file of the record with this key belongs, below the kind's folder and
    # without the suffix ("2026/2026-04-03-study-day"); None where no file can have it
    path_from_key: Callable[[Hashable], str | None] = lambda key: None
    # the records that name one of this kind judge it by what it says (a member's `unit` and `left`)
    # or find it by a key read from its content (a unit's or member's `id`): a change to one can
    # make a record that names it wrong, which the pre-commit hook then looks for in every record
    named_by_content: bool = False
    # where the path and the content disagree: `location` problems
    location: Callable[[Any, RecordFile], Iterable[Problem]] = _none
    # the members, units and sessions it names
    names: Callable[[Any], Iterable[Named]] = _none
    # the days that place it in a period; `by_week`: a day counts for the quarter of its ISO week
    dates: Callable[[Any], Iterable[dt.date]] = _none
    by_week: bool = False

    @property
    def folder(self) -> str:
        """Its folder, relative to the records folder ("" for the config at the root)."""
        return "" if self.partition == "root" else self.name

    def path_of(self, key: Hashable) -> str | None:
        """The file, relative to the records folder, that a record with this key belongs in (a member's
        id, a session's id, a plan's member and year …); None where the kind cannot tell."""
        inner = self.path_from_key(key)
        return None if inner is None else f"{self.folder}/{inner}{self.suffix}"


# --- how each kind agrees with its path ----------------------------------------------------------


def _expect(record: Record, name: str, actual: Any, wanted: Any) -> Iterator[Problem]:
    if actual != wanted:
        yield record.line(name), "location.mismatch", {"field": name, "value": actual, "expected": wanted}


def _id_is_stem(record: Any, source: RecordFile) -> Iterator[Problem]:
    yield from _expect(record, "id", record.id, source.stem)


def _member_year(record: Any, source: RecordFile) -> Iterator[Problem]:
    yield from _expect(record, "member", record.member, source.stem)
    yield from _expect(record, "year", record.year, source.year)


def _review_place(record: Review, source: RecordFile) -> Iterator[Problem]:
    yield from _expect(record, "member", record.member, source.stem)
    yield from _expect(record, "quarter", record.quarter, f"{source.year}Q{source.quarter}")


def _schedule_place(record: Schedule, source: RecordFile) -> Iterator[Problem]:
    years = {record.published.year, *(entry.date.year for entry in record.entries)}
    if source.year not in years:
        yield record.line("published"), "location.schedule_year", {"year": source.year}


def _session_place(record: Session, source: RecordFile) -> Iterator[Problem]:
    match = DATED_NAME.fullmatch(source.stem)
    if match is None or not is_slug(match[2]):
        yield None, "location.session_name", {"date": record.date.isoformat()}
    else:
        yield from _expect(record, "date", record.date.isoformat(), match[1])
    yield from _expect(record, "date", record.date.year, source.year)


def _essay_place(record: Essay, source: RecordFile) -> Iterator[Problem]:
    prefix = f"{record.date.isoformat()}-{record.author}-"
    stem = source.stem
    if not stem.startswith(prefix) or not is_slug(stem[len(prefix) :]):
        yield record.line("date"), "location.essay_name", {"prefix": prefix}
    yield from _expect(record, "date", record.date.year, source.year)


# --- what each kind names ------------------------------------------------------------------------


def _member_names(member: Member) -> Iterator[Named]:
    # a member belongs to one real unit: `all` is only for whom a session or schedule is meant
    yield Named(("unit",), "units", member.unit, all_allowed=False)


def _schedule_names(schedule: Schedule) -> Iterator[Named]:
    for index, entry in enumerate(schedule.entries):
        for position, unit in enumerate(entry.units):
            yield Named(("entries", index, "units", position), "units", unit)
        if entry.host is not None:
            yield Named(("entries", index, "host"), "members", entry.host, active_on=entry.date, role="host")


def _session_names(session: Session) -> Iterator[Named]:
    for position, unit in enumerate(session.units):
        yield Named(("units", position), "units", unit)
    for position, member in enumerate(session.participants):
        yield Named(("participants", position), "members", member)
    yield Named(("host",), "members", session.host, active_on=session.date, role="host")
    if session.minutes is not None and session.minutes.recorder is not None:
        recorder = session.minutes.recorder
        yield Named(("minutes", "recorder"), "members", recorder, active_on=session.date, role="recorder")
    for member in session.attendance:
        yield Named(("attendance", member), "members", member)


def _plan_names(plan: Plan) -> Iterator[Named]:
    yield Named(("member",), "members", plan.member)


def _essay_names(essay: Essay) -> Iterator[Named]:
    day = essay.date
    yield Named(("author",), "members", essay.author, not_left_by=(day, day.isoformat()), role="author")
    if essay.session is not None:
        yield Named(("session",), "sessions", essay.session)


def _quarter_of(review: Review) -> tuple[dt.date, dt.date]:
    year, quarter = int(review.quarter[:4]), int(review.quarter[5])
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, end


def _review_names(review: Review) -> Iterator[Named]:
    start, end = _quarter_of(review)
    label = review.quarter
    yield Named(("member",), "members", review.member, not_left_by=(start, label), role="reviewed")
    yield Named(("reviewer",), "members", review.reviewer, active_during=(start, end, label), role="reviewer")


def _self_report_names(report: SelfReport) -> Iterator[Named]:
    start = dt.date(report.year, 1, 1) if 1 <= report.year <= 9999 else dt.date.min
    yield Named(("member",), "members", report.member, not_left_by=(start, str(report.year)), role="reporter")


# --- the table -----------------------------------------------------------------------------------


def _file_name(value: object) -> str | None:
    """`value`, if it can be a file name of the layout: a string, neither empty nor hidden, no folder."""
    if not isinstance(value, str) or not value or value.startswith("."):
        return None
    return None if "/" in value or "\0" in value else value


def _flat_path(key: Hashable) -> str | None:
    return _file_name(key)


def _dated_path(key: Hashable) -> str | None:
    name = _file_name(key)
    return None if name is None or YEAR_NAME.fullmatch(name[:4]) is None else f"{name[:4]}/{name}"


def _year_member_path(key: Hashable) -> str | None:
    if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], int) and 0 <= key[1] <= 9999):
        return None
    name = _file_name(key[0])
    return None if name is None else f"{key[1]:04d}/{name}"


def _quarter_member_path(key: Hashable) -> str | None:
    if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], str)):
        return None
    name, label = _file_name(key[0]), re.fullmatch(r"([0-9]{4})Q([1-4])", key[1], re.ASCII)
    return None if name is None or label is None else f"{label[1]}/Q{label[2]}/{name}"


def _year_member(source: RecordFile) -> Hashable | None:
    return None if source.year is None else (source.stem, source.year)


def _quarter_member(source: RecordFile) -> Hashable | None:
    return None if source.year is None else (source.stem, f"{source.year}Q{source.quarter}")


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add a kind to the table (a kind of the same name is replaced)."""
    KINDS[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    """Take a kind out of the table again."""
    KINDS.pop(name, None)


for _kind in (
    Kind("config", Config, "root", "config", key=lambda r, s: CONFIG_FILE, key_field=""),
    Kind(
        "units",
        Unit,
        "none",
        "units",
        key=lambda r, s: r.id,
        key_field="id",
        key_from_path=lambda s: s.stem,
        path_from_key=_flat_path,
        named_by_content=True,
        location=_id_is_stem,
    ),
    Kind(
        "members",
        Member,
        "none",
        "members",
        key=lambda r, s: r.id,
        key_field="id",
        key_from_path=lambda s: s.stem,
        path_from_key=_flat_path,
        named_by_content=True,
        location=_id_is_stem,
        names=_member_names,
    ),
    Kind(
        "plans",
        Plan,
        "year",
        "plans",
        key=lambda r, s: (r.member, r.year),
        key_field="member",
        key_from_path=_year_member,
        path_from_key=_year_member_path,
        location=_member_year,
        names=_plan_names,
    ),
    Kind(
        "schedules",
        Schedule,
        "year",
        "schedules",
        key=lambda r, s: s.rel,
        key_field="",
        key_from_path=lambda s: s.rel,  # a schedule is named freely: no other file can have its key
        location=_schedule_place,
        names=_schedule_names,
        dates=lambda r: [entry.date for entry in r.entries],
    ),
    Kind(
        "sessions",
        Session,
        "year",
        "sessions",
        key=lambda r, s: r.id,
        key_field="date",
        id_from_file=True,
        key_from_path=lambda s: s.stem,
        path_from_key=_dated_path,
        location=_session_place,
        names=_session_names,
        dates=lambda r: [r.date],
        by_week=True,
    ),
    Kind(
        "essays",
        Essay,
        "year",
        "essays",
        key=lambda r, s: r.id,
        key_field="date",
        suffix=".md",
        markdown=True,
        id_from_file=True,
        key_from_path=lambda s: s.stem,
        path_from_key=_dated_path,
        location=_essay_place,
        names=_essay_names,
        dates=lambda r: [r.date],
    ),
    Kind(
        "reviews",
        Review,
        "quarter",
        "reviews",
        key=lambda r, s: (r.member, r.quarter),
        key_field="member",
        key_from_path=_quarter_member,
        path_from_key=_quarter_member_path,
        location=_review_place,
        names=_review_names,
        dates=lambda r: [_quarter_of(r)[0]],
    ),
    Kind(
        "self-reports",
        SelfReport,
        "year",
        "self_reports",
        key=lambda r, s: (r.member, r.year),
        key_field="member",
        suffix=".md",
        markdown=True,
        key_from_path=_year_member,
        path_from_key=_year_member_path,
        location=_member_year,
        names=_self_report_names,
    ),
):
    register(_kind)


def kind_of(name: str) -> Kind:
    """The kind called `name` (a KeyError for a kind the table does not hold)."""
    return KINDS[name]


def folders() -> list[str]:
    """The folders of the layout, in the table's order."""
    return [kind.folder for kind in KINDS.values() if kind.folder]
