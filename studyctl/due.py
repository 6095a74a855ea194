"""`due` as a library call: what the office owes, as of today and looking some days ahead, before
it becomes a finding.

Every item comes from the rules themselves. The check of today gives what is overdue already (the
obligations a rule reports now). Then the clock is moved: for each day d of the window, the rules
judge the quarter holding d-1 as of d, with the same records; a finding that was not there before is
something that falls due on d-1, the last day on which doing it keeps the finding away. One more
run, the day after the quarter ends, gives what the quarter's end asks (essays for the pace,
reviews and notebooks, anti-corruption sessions, and in Q4 self-reports and the exhibition) when
that day lies beyond the window. So `due` and `check` cannot disagree: what `due` lists as due on
day L is exactly what `check --quarter <quarter of L>` reports on L+1 and not on L, if nothing is
done. To that the week's study day and exchange add the day they fall on and whether a schedule
lists them; the schedules add the weeks of the window no schedule covers; the office adds the
ended quarters not sealed yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studyctl.check import Scope, run_check
from studyctl.findings import Finding
from studyctl.models import ALL_UNITS, WEEKDAYS, Schedule
from studyctl.periods import Period, Week, quarter_of
from studyctl.records import Records
from studyctl.workdays import Calendar

# the rules whose findings are things the office still owes (the others report what happened), in
# the order a message lists them
OWED_RULES = (
    "study-day",
    "exchange",
    "anti-corruption",
    "reflections",
    "review",
    "notebook",
    "plan",
    "plan-overdue",
    "self-report",
    "exhibition",
    "degree",
    "calendar",
    "uncommitted",
)
# the findings of these rules are facts about the past, not owed: a moved study day, a degree
# deadline still ahead (a warning only)
_NOT_OWED_KEYS = frozenset({"study-day.moved", "degree.ahead", "degree.ahead_studying"})
# what a quarter's end asks for
QUARTER_END_RULES = frozenset(
    {"anti-corruption", "reflections", "review", "notebook", "self-report", "exhibition"}
)
# the rules of a pace: the check of the current quarter judges it up to today
_PACE_RULES = frozenset({"reflections", "anti-corruption"})
# the rules that read git, not the calendar: run once, as of today
_AUDIT_RULES = frozenset({"sealed", "uncommitted", "temp-file"})
# finding parameters that name the judge day itself, not what is owed
_VOLATILE = frozenset({"date"})

SECTIONS = ("sessions", "schedules", "members", "office")
WHEN = ("overdue", "this-week", "later")
_SECTION_OF = {
    "study-day": "sessions",
    "exchange": "sessions",
    "anti-corruption": "sessions",
    "schedule": "schedules",
    "calendar": "office",
    "uncommitted": "office",
    "seal": "office",
}


@dataclass(frozen=True)
class Item:
    """One thing owed: which rule it keeps from becoming a finding, by which day, and about what.

    `finding` is the finding the rule reports (now, if `overdue`; the day after `due`, otherwise);
    the items of schedules and seals have none. `details` are what the output shows besides."""

    rule: str
    due: dt.date
    subject: str
    section: str
    overdue: bool
    member: str | None = None
    finding: Finding | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def when(self, today: dt.date) -> str:
        """Which heading the item falls under as of `today`: overdue, this week or later."""
        if self.overdue or self.due < today:
            return "overdue"
        return "this-week" if self.due <= Week.of(today).sunday else "later"


@dataclass
class DueResult:
    """What `studyctl due` found: the items falling due in the `days` from `today`, the records they were
    judged on and the member or unit asked about."""

    today: dt.date
    days: int
    items: list[Item]
    records: Records
    scope: Scope = field(default_factory=Scope)

    @property
    def last_day(self) -> dt.date:
        """The last day of the window: today plus `days` - 1."""
        return self.today + dt.timedelta(days=self.days - 1)


def identity(finding: Finding) -> tuple[Any, ...]:
    """What makes two findings of two days the same obligation: all but the day they were judged on."""
    params = tuple((k, v) for k, v in finding.params if k not in _VOLATILE)
    return (finding.rule, finding.file, finding.subject, finding.member, finding.key, params)


def owed(finding: Finding) -> bool:
    """Whether `finding` says something the office still owes."""
    return finding.rule in OWED_RULES and finding.key not in _NOT_OWED_KEYS


def years_for_window(today: dt.date, days: int) -> set[int]:
    """The year partitions a `due` of `days` from `today` reads."""
    last = today + dt.timedelta(days=max(days, 1))
    first = today.year - 1 if today.month <= 3 else today.year  # last year's Q4 may want its seal
    return set(range(first, last.year + 1))


def new_findings(
    root: Path, records: Records, day: dt.date, seen: set[tuple[Any, ...]], scope: Scope, rules: Iterable[str]
) -> list[Finding]:
    """The findings of the checks of `judged_quarters(day)` as of `day`, not among `seen`."""
    fresh = []
    for quarter in judged_quarters(day):
        result = run_check(root, quarter, day, rules, records=records, scope=scope)
        fresh += [f for f in result.findings if identity(f) not in seen]
        seen.update(identity(f) for f in fresh)
    return fresh


def judged_quarters(day: dt.date) -> list[Period]:
    """The quarters whose check on `day` may report what fell due the day before: the quarter of
    that day and, for a week that straddles a quarter's end (2026-W53 ends on 2027-01-03), the
    quarter its Thursday puts the week in."""
    before = day - dt.timedelta(days=1)
    quarters = [quarter_of(before)]
    week_quarter = quarter_of(Week.of(before).day(3))
    if week_quarter != quarters[0]:
        quarters.append(week_quarter)
    return quarters


def compute_due(
    root: Path, records: Records, today: dt.date, days: int, scope: Scope | None = None
) -> DueResult:
    """What is owed as of `today`, looking `days` days ahead (today included)."""
    from studyctl.rules import registry

    scope = scope or Scope()
    days = max(days, 1)
    calendar = Calendar(records.config.calendar.holidays, records.config.calendar.workdays)
    dated_rules = [name for name in registry() if name not in _AUDIT_RULES]
    seen: set[tuple[Any, ...]] = set()
    items = []
    # what is owed now: in this quarter, and in the last one (its reviews and notebooks, its
    # weeks, its plan items; not its pace, which this quarter's check judges as of today)
    current = quarter_of(today)
    previous = quarter_of(current.start - dt.timedelta(days=1))
    every_rule = list(registry())
    for quarter, names in (
        (previous, [name for name in every_rule if name not in _PACE_RULES]),
        (current, every_rule),
    ):
        if records.years is not None and quarter.year not in records.years:
            continue
        now = run_check(root, quarter, today, names, records=records, scope=scope)
        fresh = [f for f in now.findings if identity(f) not in seen]
        seen.update(identity(f) for f in fresh)
        items += [_item(f, today, overdue=True) for f in fresh if owed(f)]
    last = today + dt.timedelta(days=days - 1)
    for offset in range(1, days + 1):
        day = today + dt.timedelta(days=offset)
        items += [
            _item(f, day - dt.timedelta(days=1))
            for f in new_findings(root, records, day, seen, scope, dated_rules)
        ]
    quarter = quarter_of(today)
    if quarter.last_day > last:
        fresh = new_findings(root, records, quarter.end, seen, scope, QUARTER_END_RULES)
        items += [_item(f, quarter.last_day) for f in fresh]
    items = [_with_week(item, records, calendar, today) for item in items]
    if scope.everything:
        items += _unscheduled_weeks(records, calendar, today, last)
        items += _unsealed_quarters(root, records, today)
    items.sort(key=lambda i: (i.due, SECTIONS.index(i.section), i.rule, i.subject, i.member or ""))
    return DueResult(today, days, items, records, scope)


def _item(finding: Finding, due: dt.date, overdue: bool = False) -> Item:
    if overdue:
        due = _deadline(finding, due)
    section = _SECTION_OF.get(finding.rule, "members")
    return Item(finding.rule, due, finding.subject, section, overdue, finding.member, finding)


def _deadline(finding: Finding, today: dt.date) -> dt.date:
    """The last day on which what an overdue finding reports could still have been done."""
    params = dict(finding.params)
    for name in ("sunday", "due", "deadline"):
        if isinstance(params.get(name), str):
            return dt.date.fromisoformat(params[name])
    if finding.rule in {"reflections", "anti-corruption"}:  # the pace: as of the last quarter's end
        return quarter_of(today).start - dt.timedelta(days=1)
    if finding.rule in {"self-report", "exhibition"}:  # once the year has ended
        year = params.get("year", finding.subject)
        if str(year).isdigit():
            return dt.date(int(year), 12, 31)
    quarter = params.get("quarter")
    if isinstance(quarter, str) and len(quarter) == 6 and quarter[4] == "Q":  # a quarter's review
        return Period(int(quarter[:4]), int(quarter[5])).last_day
    return today  # owed now, with no day of its own


# --- the study day and the exchange of a week --------------------------------------------------


def _with_week(item: Item, records: Records, calendar: Calendar, today: dt.date) -> Item:
    """A study day or exchange still to hold gets the day it falls on and the schedule listing it."""
    if item.rule not in {"study-day", "exchange"} or item.overdue:
        return item
    week = _week_of(item.subject)
    if week is None:
        return item
    kind = item.rule
    day = session_day(week, kind, records, calendar)
    entry, schedule = listed(records.schedules.values(), day, kind) if day else (None, None)
    details: dict[str, Any] = {"week": str(week), "kind": kind, "day": day}
    details["schedule"] = schedule.file if schedule is not None else None
    details["topic"] = entry.topic if entry is not None else None
    return Item(item.rule, item.due, item.subject, item.section, False, None, item.finding, details)


def _week_of(text: str) -> Week | None:
    try:
        year, number = text.split("-W")
        return Week(int(year), int(number))
    except ValueError:
        return None


def session_day(week: Week, kind: str, records: Records, calendar: Calendar) -> dt.date | None:
    """The working day of `week` a session of `kind` falls on: its configured weekday if that is a
    working day (调休 included), else the last working day before it, else the first after it."""
    settings = records.config.rules
    weekday = WEEKDAYS.index(settings.study_day if kind == "study-day" else settings.exchange_day)
    workdays = calendar.workdays_in(week.days())
    if not workdays:
        return None
    target = week.day(weekday)
    before = [d for d in workdays if d <= target]
    return before[-1] if before else workdays[0]


def listed(schedules: Iterable[Schedule], day: dt.date, kind: str) -> tuple[Any, Schedule | None]:
    """The schedule entry for a whole-staff `kind` session on `day`, published by then (the
    `schedule` rule's match: date, kind, overlapping units), and its schedule."""
    for schedule in sorted(schedules, key=lambda s: s.published):
        if schedule.published > day:
            continue
        for entry in schedule.entries:
            if entry.date == day and entry.kind == kind:
                return entry, schedule
    return None, None


def _unscheduled_weeks(records: Records, calendar: Calendar, today: dt.date, last: dt.date) -> list[Item]:
    """The study days and exchanges of the window's weeks that no schedule lists yet (`schedule`:
    a session on no schedule published by its date is an error)."""
    items = []
    week = Week.of(today)
    while week.monday <= last:
        for kind in ("study-day", "exchange"):
            day = session_day(week, kind, records, calendar)
            if day is None or day < today or day > last:
                continue
            if any(s.date == day and s.kind == kind for s in records.sessions.values()):
                continue
            if listed(records.schedules.values(), day, kind)[1] is None and not _any_listing(
                records, week, kind
            ):
                details = {"week": str(week), "kind": kind, "day": day}
                items.append(Item("schedule", day, str(week), "schedules", False, None, None, details))
        week = Week.of(week.sunday + dt.timedelta(days=1))
    return items


def _any_listing(records: Records, week: Week, kind: str) -> bool:
    # a schedule may list the session on another day of the week: then the week is covered
    return any(
        entry.kind == kind and entry.date in week and ALL_UNITS in entry.units
        for schedule in records.schedules.values()
        for entry in schedule.entries
    )


# --- seals -------------------------------------------------------------------------------------


def _unsealed_quarters(root: Path, records: Records, today: dt.date) -> list[Item]:
    """The ended quarters since the campaign began that have no seal, with what blocks sealing
    each: its check's errors, by rule. Nothing without git."""
    from studyctl.seals import read_seals

    seals = read_seals(root)
    if seals is None:
        return []
    sealed = {seal.quarter for seal in seals}
    start = quarter_of(records.config.campaign_start)
    items = []
    quarter = quarter_of(today - dt.timedelta(days=(today - quarter_of(today).start).days + 1))
    for _ in range(4):  # the last four ended quarters at most
        if quarter.end <= start.start or (records.years is not None and quarter.year not in records.years):
            break
        if str(quarter) not in sealed:
            check = run_check(root, quarter, today, records=records)
            errors: dict[str, int] = {}
            for finding in check.findings:
                if finding.severity == "error":
                    errors[finding.rule] = errors.get(finding.rule, 0) + 1
            details = {"quarter": str(quarter), "errors": dict(sorted(errors.items()))}
            items.append(Item("seal", quarter.last_day, str(quarter), "office", True, None, None, details))
        quarter = quarter_of(quarter.start - dt.timedelta(days=1))
    return items
