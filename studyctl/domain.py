"""The campaign's shared notions, decided once: who is active on a day, whom a session expects,
whether a session was held, which weeks owe a study day and an exchange, the pace of a yearly
target, when a plan item is done, and when the degree deadline has passed.

The rules (`studyctl.rules`), the report (`studyctl.report`) and the store (`studyctl.store`) all
ask these functions, so that a check, a report and a recording command cannot count differently.
Everything here is pure: it takes records and days and returns values; nothing reads the clock.
RULES.md (version 1.1) is the specification; each function names the point it follows.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from studyctl.models import ALL_UNITS, Member, PlanItem, Session
from studyctl.periods import Period, Week
from studyctl.workdays import Calendar

ATTENDED = frozenset({"present", "late"})
"""The statuses that count as having taken part in a session."""

RHYTHM_KINDS = frozenset({"study-day", "exchange"})


# --- who is active ---------------------------------------------------------------------------------


def is_active(member: Member, day: dt.date) -> bool:
    """Whether `member` is active on `day`: `joined <= day < left` (RULES 1.1 point 1)."""
    return member.active_on(day)


def active_members(members: Iterable[Member], day: dt.date) -> list[Member]:
    """The members active on `day`, in id order: the members a rule judges on its judge day."""
    return sorted((m for m in members if m.active_on(day)), key=lambda m: m.id)


# --- whom a session expects, and whether it was held ------------------------------------------------


def expected_members(
    members: Mapping[str, Member],
    day: dt.date,
    units: Iterable[str],
    participants: Iterable[str] = (),
    members_of: Callable[[list[str]], Iterable[Member]] | None = None,
) -> list[str]:
    """The ids of the members a session on `day` for `units` and `participants` expects, sorted:
    the `participants` if any are given, else the members of the `units` (`all`: everyone); in
    both cases only those active on `day`. An id that names no member is left out (the `reference`
    rule reports it).

    `members_of`, if given, returns the members of a list of units quickly (`Records.members_of`);
    without it the members are scanned."""
    participants = list(participants)
    units = list(units)
    if participants:
        candidates: Iterable[Member] = (members[m] for m in participants if m in members)
    elif members_of is not None:
        candidates = members_of(units)
    elif ALL_UNITS in units:
        candidates = members.values()
    else:
        wanted = set(units)
        candidates = (m for m in members.values() if m.unit in wanted)
    return sorted({m.id for m in candidates if m.active_on(day)})


def expected_participants(
    session: Session,
    members: Mapping[str, Member],
    members_of: Callable[[list[str]], Iterable[Member]] | None = None,
) -> list[str]:
    """The ids of the members `session` expects (`expected_members` of its date, units and
    participants): whom its attendance must name, and no one else."""
    return expected_members(members, session.date, session.units, session.participants, members_of)


def is_whole_staff(session: Session) -> bool:
    """A session for the whole staff: `units: [all]` and no `participants` (RULES 1.1 point 5)."""
    return ALL_UNITS in session.units and not session.participants


def was_held(session: Session, expected: Iterable[str]) -> bool:
    """Whether at least one expected participant was `present` or `late` (RULES 1.1 point 5).

    A session nobody attended counts for nothing: not for the week's study day or exchange, not
    for host rotation."""
    attendance = session.attendance
    return any((entry := attendance.get(m)) is not None and entry.status in ATTENDED for m in expected)


def counts_for_host_rotation(session: Session) -> bool:
    """Whether hosting `session` counts in the host rotation: whole-staff study days and exchanges
    only (RULES 1.1 point 7); whether it was held is asked separately (`was_held`)."""
    return (session.kind == "study-day" and is_whole_staff(session)) or session.kind == "exchange"


# --- weeks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwedWeek:
    """One ISO week of a period: its working days, and whether all its days have passed."""

    week: Week
    workdays: tuple[dt.date, ...]
    passed: bool

    @property
    def owes(self) -> bool:
        """A week with no working day (a holiday week) owes no study day and no exchange."""
        return bool(self.workdays)

    @property
    def due(self) -> bool:
        """Owed and over: a study day and an exchange missing from it are missed."""
        return self.owes and self.passed


def period_weeks(period: Period, calendar: Calendar, today: dt.date) -> list[OwedWeek]:
    """Every ISO week of `period` (a week belongs to the period holding its Thursday), with its
    working days and whether its Sunday is before `today` (only passed days are judged)."""
    return [
        OwedWeek(week, tuple(calendar.workdays_in(week.days())), week.sunday < today)
        for week in period.weeks()
    ]


def owed_weeks(period: Period, calendar: Calendar, today: dt.date) -> list[Week]:
    """The weeks of `period` that owe a study day and an exchange by `today`: those with at least
    one working day whose days have all passed."""
    return [owed.week for owed in period_weeks(period, calendar, today) if owed.due]


# --- the pace ------------------------------------------------------------------------------------


def pace(per_year: int, quarters: int) -> int:
    """How many of a yearly target are due after `quarters` quarters: ceil(per_year × q / 4)."""
    return math.ceil(per_year * quarters / 4)


def pace_quarters(period: Period, until: dt.date, member: Member | None = None) -> int:
    """q of the pace (RULES 1.1 point 2): the quarters of the period's year, up to the period's last
    quarter, that have ended by `until`. For a `member` (the `reflections` pace) q counts from the
    quarter they joined in, and only quarters in which they were active; without one (the
    `anti-corruption` pace) there is no such adjustment."""
    first = 1
    if member is not None and member.joined.year == period.year:
        first = (member.joined.month - 1) // 3 + 1
    quarters = period.quarters_ended(until, first)
    if member is not None:
        quarters = [q for q in quarters if member.active_during(q.start, q.end)]
    return len(quarters)


# --- minutes, plans, degrees --------------------------------------------------------------------

_INVISIBLE = frozenset({"Cc", "Cf"})


def visible_chars(text: str | None) -> int:
    """The characters of `text` that `minutes_min_chars` counts: all but white space, control and
    invisible format characters (Unicode categories Z*, Cc, Cf; RULES 1.1 point 6)."""
    if not text:
        return 0
    visible = "".join(text.split())
    if visible.isprintable():  # no Z*, Cc or Cf left (nor Cs, Co, Cn): the common case, at C speed
        return len(visible)
    return sum(
        1
        for char in visible
        if (category := unicodedata.category(char))[0] != "Z" and category not in _INVISIBLE
    )


def plan_item_done(item: PlanItem, day: dt.date) -> bool:
    """Whether a plan item counts as done on `day`: only from its `done` date on (RULES 1.1 point 8)."""
    return item.done is not None and item.done <= day


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (28 February for 29 February in a year without one)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def age_on(born: dt.date, day: dt.date) -> int:
    """Age in whole years on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def degree_deadline(campaign_start: dt.date, years: int) -> dt.date:
    """The last day on which a degree is still in time: `campaign_start` plus `years`."""
    return add_years(campaign_start, years)


def degree_overdue(deadline: dt.date, day: dt.date) -> bool:
    """Whether the deadline has passed on `day`: the deadline day itself is still in time
    (RULES 1.1 point 10); the error starts the day after."""
    return day > deadline
