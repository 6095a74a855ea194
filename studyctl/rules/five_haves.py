"""The five haves (五有): schedule, attendance and minutes of each session in the period; the
reflections (study essays) and the study notebook of each member.

A session is judged once its day has passed (`Context.until`); the members' haves follow the
conventions of RULES.md: reflections against the pace of the year so far, the notebook at the
review of each quarter that has ended.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from studyctl.findings import Finding
from studyctl.models import ALL_UNITS, Member, Schedule, ScheduleEntry, Session
from studyctl.periods import Period
from studyctl.records import Records
from studyctl.rules import Context, Rule

NO_REASON_STATUSES = frozenset({"leave", "absent"})


# --- shared by the rules and by the check's tables -----------------------------------------------


def named(param: str, key: str) -> dict[str, str]:
    """`{param}_zh` and `{param}_en`: a name from the catalogue in both languages, as message
    parameters, so that a finding keeps rendering in either language (its templates pick one)."""
    from studyctl.messages import LANGUAGES, t

    return {f"{param}_{lang}": t(key, lang) for lang in LANGUAGES}


def judged_sessions(context: Context) -> list[Session]:
    """The sessions dated in the period on a day that has passed, in date order."""
    start, until = context.period.start, context.until
    sessions = (s for s in context.records.sessions.values() if start <= s.date < until)
    return sorted(sessions, key=lambda s: (s.date, s.id))


def expected_participants(records: Records, session: Session) -> list[str]:
    """`participants` if given, else the members of `units`; only those active on the day.

    An id that names no member is left out: the `reference` rule reports it."""
    if session.participants:
        candidates = [records.members[m] for m in session.participants if m in records.members]
    else:
        candidates = records.members_of(session.units)
    return sorted({m.id for m in candidates if m.active_on(session.date)})


def active_members(context: Context) -> list[Member]:
    """The members the member rules judge: those active on the judge day, by id."""
    day = context.judge_day
    return sorted((m for m in context.records.members.values() if m.active_on(day)), key=lambda m: m.id)


def completed_quarters(context: Context) -> list[Period]:
    """The quarters of the period that have ended by today: the ones with a quarterly review."""
    return [quarter for quarter in context.period.quarters() if quarter.end <= context.today]


def review_path(member_id: str, quarter: Period) -> str:
    return f"reviews/{quarter.year}/Q{quarter.quarter}/{member_id}.yaml"


@dataclass(frozen=True)
class EssayPace:
    """How many essays a member wrote this year before the judged day, against how many are due."""

    written: int
    due: int
    quarters: int  # the quarters the pace is owed for

    @property
    def behind(self) -> bool:
        return self.written < self.due


def essay_pace(context: Context, member: Member) -> EssayPace | None:
    """The member's essay pace, or None while no quarter of theirs has ended."""
    period, until = context.period, context.until
    first = 1
    if member.joined.year == period.year:
        first = (member.joined.month - 1) // 3 + 1
    quarters = len(period.quarters_ended(until, first))
    if quarters == 0:
        return None
    per_year = context.records.config.rules.essays_per_year
    written = _essays_written(context)[member.id]
    return EssayPace(written, math.ceil(per_year * quarters / 4), quarters)


def _essays_written(context: Context) -> Counter[str]:
    """Essays of the period's year written before `until`, by author (counted once per check)."""

    def count() -> Counter[str]:
        year, until = context.period.year, context.until
        return Counter(
            essay.author
            for essay in context.records.essays.values()
            if essay.date.year == year and essay.date < until
        )

    return context.memo("essays_written", count)


# --- schedule (有安排) ----------------------------------------------------------------------------


def check_schedule(context: Context) -> Iterator[Finding]:
    # the schedules listing each (date, kind), so that a session looks at its own day only
    listing: dict[tuple[dt.date, str], list[tuple[Schedule, ScheduleEntry]]] = defaultdict(list)
    for schedule in context.records.schedules.values():
        for entry in schedule.entries:
            listing[(entry.date, entry.kind)].append((schedule, entry))
    for session in judged_sessions(context):
        listed_in = [
            schedule
            for schedule, entry in listing.get((session.date, session.kind), [])
            if _overlap(entry.units, session.units)
        ]
        if any(schedule.published <= session.date for schedule in listed_in):
            continue
        params = {"date": session.date.isoformat(), **named("kind", f"kind.{session.kind}")}
        if listed_in:
            late = min(listed_in, key=lambda s: s.published)
            yield _session_finding(
                "schedule",
                session,
                ("date",),
                "schedule.late",
                schedule=late.file,
                published=late.published.isoformat(),
                **params,
            )
        else:
            yield _session_finding("schedule", session, ("date",), "schedule.missing", **params)


def _overlap(entry_units: list[str], session_units: list[str]) -> bool:
    return (
        ALL_UNITS in entry_units or ALL_UNITS in session_units or bool(set(entry_units) & set(session_units))
    )


def _session_finding(
    rule: str,
    session: Session,
    path: tuple[str | int, ...],
    key: str,
    member: str | None = None,
    **params: object,
) -> Finding:
    return Finding.make(rule, "error", session.file, session.line(*path), session.id, key, member, **params)


# --- attendance (有考勤) --------------------------------------------------------------------------


def check_attendance(context: Context) -> Iterator[Finding]:
    records = context.records
    for session in judged_sessions(context):
        expected = expected_participants(records, session)
        for member_id in expected:
            if member_id not in session.attendance:
                yield _session_finding(
                    "attendance",
                    session,
                    ("attendance",),
                    "attendance.missing",
                    member_id,
                    name=records.member_name(member_id),
                    id=member_id,
                )
        for member_id, entry in session.attendance.items():
            member = records.members.get(member_id)
            path = ("attendance", member_id)
            if member is not None and member_id not in expected:
                key = (
                    "attendance.not_active"
                    if not member.active_on(session.date)
                    else "attendance.not_invited"
                )
                yield _session_finding(
                    "attendance",
                    session,
                    path,
                    key,
                    member_id,
                    name=member.name,
                    date=session.date.isoformat(),
                )
            if entry.status in NO_REASON_STATUSES and not (entry.reason or "").strip():
                yield _session_finding(
                    "attendance",
                    session,
                    path,
                    f"attendance.no_reason.{entry.status}",
                    member_id,
                    name=records.member_name(member_id),
                )


# --- minutes (有记录) -----------------------------------------------------------------------------


def check_minutes(context: Context) -> Iterator[Finding]:
    least = context.records.config.rules.minutes_min_chars
    for session in judged_sessions(context):
        minutes = session.minutes
        if minutes is None:
            yield _session_finding("minutes", session, ("minutes",), "minutes.missing")
            continue
        if minutes.recorder is None:
            yield _session_finding("minutes", session, ("minutes", "recorder"), "minutes.no_recorder")
        chars = len("".join((minutes.text or "").split()))
        if chars < least:
            yield _session_finding(
                "minutes", session, ("minutes", "text"), "minutes.short", chars=chars, least=least
            )


# --- reflections (有心得体会) ---------------------------------------------------------------------


def check_reflections(context: Context) -> Iterator[Finding]:
    per_year = context.records.config.rules.essays_per_year
    until = context.until
    for member in active_members(context):
        pace = essay_pace(context, member)
        if pace is None or not pace.behind:
            continue
        yield Finding.make(
            "reflections",
            "warning",
            f"essays/{context.period.year}/",
            None,
            member.id,
            "reflections.behind",
            member.id,
            name=member.name,
            written=pace.written,
            due=pace.due,
            per_year=per_year,
            date=(until - dt.timedelta(days=1)).isoformat(),
            year=context.period.year,
        )


# --- notebook (有专用笔记) ------------------------------------------------------------------------


def check_notebook(context: Context) -> Iterator[Finding]:
    records = context.records
    for quarter in completed_quarters(context):
        for member in sorted(records.members.values(), key=lambda m: m.id):
            if not member.active_on(quarter.last_day):
                continue
            review = records.reviews.get((member.id, str(quarter)))
            if review is None:
                yield Finding.make(
                    "notebook",
                    "error",
                    review_path(member.id, quarter),
                    None,
                    member.id,
                    "notebook.no_review",
                    member.id,
                    name=member.name,
                    quarter=str(quarter),
                )
            elif review.notebook != "kept":
                yield Finding.make(
                    "notebook",
                    "error",
                    review.file,
                    review.line("notebook"),
                    member.id,
                    f"notebook.{review.notebook}",
                    member.id,
                    name=member.name,
                    quarter=str(quarter),
                )


RULES = [
    Rule("schedule", "five-haves", check_schedule),
    Rule("attendance", "five-haves", check_attendance),
    Rule("minutes", "five-haves", check_minutes),
    Rule("reflections", "five-haves", check_reflections),
    Rule("notebook", "five-haves", check_notebook),
]
