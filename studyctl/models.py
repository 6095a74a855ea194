"""The records of format v1 as pydantic models: one class per record kind, unknown fields forbidden.

Every record remembers where it came from (`file`, relative to the records folder) and the line
of each of its fields (`line(...)`), so that any check can point at the offending line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from studyctl.yamlio import Lines, Path

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
SLUG_MAX = 64
# file names that Windows refuses, whatever the extension
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)

Role = Literal["secretary", "leader", "middle", "staff"]
Education = Literal["none", "secondary", "high-school", "associate", "bachelor", "master", "doctor"]
Area = Literal["politics", "law", "economics", "knowledge"]
Status = Literal["present", "late", "leave", "absent"]
Rating = Literal["excellent", "good", "fair", "poor"]
Notebook = Literal["kept", "incomplete", "missing"]
Kind = Literal[
    "study-day",
    "exchange",
    "unit-study",
    "cadre-meeting",
    "branch-meeting",
    "group-meeting",
    "anti-corruption",
    "patriotic",
    "exhibition",
    "joint-meeting",
    "other",
]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
EDUCATION_LEVELS: tuple[str, ...] = Education.__args__  # type: ignore[attr-defined]
AREAS: tuple[str, ...] = Area.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
RATINGS: tuple[str, ...] = Rating.__args__  # type: ignore[attr-defined]
NOTEBOOK_STATES: tuple[str, ...] = Notebook.__args__  # type: ignore[attr-defined]
WEEKDAYS: tuple[str, ...] = Weekday.__args__  # type: ignore[attr-defined]
HOST_ROLES = frozenset({"secretary", "leader", "middle"})
ALL_UNITS = "all"


def is_slug(value: str) -> bool:
    """Whether `value` can be an id: lower-case ASCII words joined by single hyphens, at most 64 characters,
    and not a file name that Windows refuses."""
    return len(value) <= SLUG_MAX and SLUG.fullmatch(value) is not None and value not in RESERVED_NAMES


def _check_slug(value: str) -> str:
    if not is_slug(value):
        raise PydanticCustomError("slug", "not a valid id: {value}", {"value": value})
    return value


def _check_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "empty text")
    return value


def _check_quarter(value: str) -> str:
    if _QUARTER.fullmatch(value) is None:
        raise PydanticCustomError("quarter", "not a quarter: {value}", {"value": value})
    return value


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_QUARTER = re.compile(r"[0-9]{4}Q[1-4]", re.ASCII)


def _check_date_text(value: Any) -> Any:
    # pydantic alone would take 0 or 86400 as a day of 1970, and "2026-04-03 00:00" as a date;
    # a date in a record is written YYYY-MM-DD and nothing else (pydantic then rejects 2026-02-30)
    wrong_text = isinstance(value, str) and _ISO_DATE.fullmatch(value) is None
    if wrong_text or isinstance(value, int | float | dt.datetime):
        raise PydanticCustomError("date_format", "not a YYYY-MM-DD date: {value}", {"value": value})
    return value


Slug = Annotated[str, AfterValidator(_check_slug)]
Text = Annotated[str, AfterValidator(_check_text)]
Count = Annotated[int, Field(ge=0)]
Date = Annotated[dt.date, BeforeValidator(_check_date_text)]


class Record(BaseModel):
    """A record read from a file: knows its file and the lines of its fields."""

    # each model's validator is built when it first validates, not on import: a command that reads a
    # few kinds of record (the pre-commit hook) or none at all (a warm check, from the cache) does not
    # pay for building the others
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, defer_build=True)

    _file: str = PrivateAttr(default="")
    _lines: Lines = PrivateAttr(default_factory=dict)

    def located(self, file: str, lines: Lines) -> Record:
        """Remember the file the record was read from and the lines of its fields; returns the record."""
        self._file = file
        self._lines = lines
        return self

    @property
    def file(self) -> str:
        """The record's file, relative to the records folder."""
        return self._file

    def line(self, *path: str | int) -> int | None:
        """The line of the field at `path`, or of its nearest enclosing field."""
        return line_of(self._lines, path)


def line_of(lines: Lines, path: Path) -> int | None:
    """The line of the field at `path` in `lines`, or of its nearest enclosing field; None if none is
    known."""
    while True:
        if path in lines:
            return lines[path]
        if not path:
            return None
        path = path[:-1]


class Strict(BaseModel):
    """A nested part of a record."""

    model_config = ConfigDict(extra="forbid", defer_build=True)


# --- studyctl.yaml -------------------------------------------------------------------------------


class RuleSettings(Strict):
    """The `rules:` section of studyctl.yaml: the figures the campaign's rules count against."""

    essays_per_year: Count = 4
    anti_corruption_per_year: Count = 10
    study_day: Weekday = "friday"
    exchange_day: Weekday = "tuesday"
    minutes_min_chars: Count = 50
    degree_min: Education = "associate"
    degree_age_limit: Count = 50
    degree_deadline_years: Count = 3
    degree_rate_target: Annotated[float, Field(ge=0, le=1)] = 0.85


class AssessmentSettings(Strict):
    """Weights of the assessment score (docs/report.md); only their proportions matter."""

    attendance: Annotated[float, Field(ge=0)] = 30
    essays: Annotated[float, Field(ge=0)] = 20
    plan: Annotated[float, Field(ge=0)] = 15
    reviews: Annotated[float, Field(ge=0)] = 20
    notebook: Annotated[float, Field(ge=0)] = 10
    self_report: Annotated[float, Field(ge=0)] = 5


class CalendarSettings(Strict):
    """The `calendar:` section of studyctl.yaml: local holidays and working days, over the national
    arrangement."""

    holidays: list[Date] = []
    workdays: list[Date] = []


class Config(Record):
    """The office's settings, from studyctl.yaml at the root of the records folder."""

    organization: Text
    campaign_start: Date
    language: Literal["zh", "en"] = "zh"
    rules: RuleSettings = RuleSettings()
    calendar: CalendarSettings = CalendarSettings()
    assessment: AssessmentSettings = AssessmentSettings()
    county_remote: Text | None = None  # the git remote `studyctl push` sends the records to


# --- organization --------------------------------------------------------------------------------


class Unit(Record):
    """A unit (department) of the office, from units/<id>.yaml."""

    id: Slug
    name: Text


class DegreeInProgress(Strict):
    """The degree a member is studying for and the day it is expected."""

    level: Education
    expected: Date


class Member(Record):
    """A member of the office, from members/<id>.yaml; `left` is the first day no longer active."""

    id: Slug
    name: Text
    unit: Slug
    role: Role
    born: Date
    education: Education
    degree_in_progress: DegreeInProgress | None = None
    party_member: bool
    office_automation: bool | None = None
    joined: Date
    left: Date | None = None

    @field_validator("left")
    @classmethod
    def _left_after_joined(cls, left: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # `left` is the first day no longer active: on or before `joined`, the member never was
        joined = info.data.get("joined")
        if left is not None and isinstance(joined, dt.date) and left <= joined:
            raise PydanticCustomError("left_order", "left is not after joined: {value}", {"value": str(left)})
        return left

    def active_on(self, day: dt.date) -> bool:
        """Joined on or before `day` and not yet left."""
        return self.joined <= day and (self.left is None or day < self.left)

    def active_during(self, start: dt.date, end: dt.date) -> bool:
        """Active on at least one day of `[start, end)`."""
        return self.joined < end and (self.left is None or self.left > start)


# --- plans and schedules -------------------------------------------------------------------------


class PlanItem(Strict):
    """One item of a study plan: its area, what is to be studied, by when, and when it was done."""

    area: Area
    content: Text
    due: Date
    done: Date | None = None


class Plan(Record):
    """A member's study plan for a year, from plans/<year>/<member>.yaml."""

    member: Slug
    year: int
    goals: Text
    essays_target: Count
    items: list[PlanItem]


class ScheduleEntry(Strict):
    """One planned study activity of a schedule: its day, kind, units, topic and host."""

    date: Date
    kind: Kind
    units: list[Slug] = [ALL_UNITS]
    topic: Text
    host: Slug | None = None


class Schedule(Record):
    """A published study schedule, from schedules/<year>/<name>.yaml (2026-04.yaml, say)."""

    published: Date
    entries: list[ScheduleEntry]


# --- sessions ------------------------------------------------------------------------------------


def _attendance_entry(value: Any) -> Any:
    # `zhang-wei: present` is the short form of `zhang-wei: {status: present}`
    return {"status": value} if isinstance(value, str) else value


class Attendance(Strict):
    """A participant's attendance at a session: present, late, on leave or absent, with the reason."""

    status: Status
    reason: str | None = None


class Minutes(Strict):
    """The minutes of a session: who recorded them and their text."""

    recorder: Slug | None = None
    text: str | None = None


class Session(Record):
    """A study session that took place, from sessions/<year>/<date>-<name>.yaml."""

    date: Date
    kind: Kind
    units: list[Slug] = [ALL_UNITS]
    participants: list[Slug] = []
    host: Slug
    topic: Text
    area: Area
    minutes: Minutes | None = None
    attendance: dict[str, Annotated[Attendance, BeforeValidator(_attendance_entry)]] = {}

    _id: str = PrivateAttr(default="")

    @property
    def id(self) -> str:
        """The session's id: its file name without the suffix."""
        return self._id

    @property
    def whole_staff(self) -> bool:
        """Whether the session was for all units."""
        return ALL_UNITS in self.units


# --- essays, reviews, self-reports ---------------------------------------------------------------


class Essay(Record):
    """A study essay (心得体会), from essays/<year>/<date>-<name>.md: front matter and body."""

    author: Slug
    date: Date
    title: Text
    area: Area
    session: Slug | None = None
    published_in: str | None = None
    suggestions: Count = 0

    _id: str = PrivateAttr(default="")
    _body_chars: int = PrivateAttr(default=0)

    @property
    def id(self) -> str:
        """The essay's id: its file name without the suffix."""
        return self._id

    @property
    def body_chars(self) -> int:
        """The number of characters in the essay's Markdown body, leading and trailing blanks aside."""
        return self._body_chars


class Review(Record):
    """A quarterly review of a member's study, from reviews/<year>/<quarter>/<member>.yaml."""

    member: Slug
    quarter: Annotated[str, AfterValidator(_check_quarter)]
    reviewer: Slug
    attitude: Rating
    content: Rating
    results: Rating
    notebook: Notebook
    notes: str | None = None


class SelfReport(Record):
    """A member's year-end self-report (述学), from self-reports/<year>/<member>.md."""

    member: Slug
    year: int
    self_rating: Rating

    _body_chars: int = PrivateAttr(default=0)

    @property
    def body_chars(self) -> int:
        """The number of characters in the self-report's Markdown body, leading and trailing blanks
        aside."""
        return self._body_chars
