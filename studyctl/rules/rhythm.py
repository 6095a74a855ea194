"""The weekly rhythm: the whole-staff study day and the exchange of each week, who hosts, the
anti-corruption pace, and whether the working-day calendar of the period is known.

A week belongs to the period that holds its Thursday and is judged once all its days have passed;
a session counts for the week it falls in, even when its date lies outside the period. Working
days come from `Context.calendar` (China's holidays and 调休, with the `calendar:` overrides).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from studyctl import domain
from studyctl.findings import Finding, Severity
from studyctl.models import HOST_ROLES, WEEKDAYS, Session
from studyctl.periods import Week
from studyctl.rules import Context, Rule
from studyctl.rules.five_haves import active_members, judged_sessions, named, session_held
from studyctl.workdays import arrangement_known


class WeekState(StrEnum):
    """What a week holds of the study day or of the exchange."""

    held = "held"  # on the study day itself (or, for the exchange, any day of the week)
    moved = "moved"  # on another working day of the week
    missed = "missed"
    no_workday = "no-workday"  # a week of holidays: nothing is due
    pending = "pending"  # not over yet, and nothing held so far


@dataclass(frozen=True)
class WeekRhythm:
    """One week of the period: its working days and the study day and exchange held in it."""

    week: Week
    workdays: tuple[dt.date, ...]
    study_days: tuple[Session, ...]  # whole-staff study-day sessions on working days of the week
    off_day_study_days: tuple[Session, ...]  # the same, but held on a day that is not a working day
    exchanges: tuple[Session, ...]
    study_weekday: dt.date  # the configured study day of this week
    judged: bool  # every day of the week has passed
    not_held: tuple[Session, ...] = ()  # study days and exchanges nobody expected attended

    def unheld(self, kind: str) -> Session | None:
        """The first session of `kind` in the week that nobody attended: why it is missed."""
        for session in self.not_held:
            if session.kind == kind and (kind != "study-day" or domain.is_whole_staff(session)):
                return session
        return None

    @property
    def study_weekday_works(self) -> bool:
        """Whether the configured study day of this week is a working day."""
        return self.study_weekday in self.workdays

    @property
    def study_state(self) -> WeekState:
        """The study day of this week: held, moved, missed, pending or no working day."""
        if not self.workdays:
            return WeekState.no_workday
        if any(s.date == self.study_weekday for s in self.study_days):
            return WeekState.held
        if self.study_days:
            return WeekState.moved
        return WeekState.missed if self.judged else WeekState.pending

    @property
    def exchange_state(self) -> WeekState:
        """The exchange of this week: held, missed, pending or no working day."""
        if not self.workdays:
            return WeekState.no_workday
        if self.exchanges:
            return WeekState.held
        return WeekState.missed if self.judged else WeekState.pending

    @property
    def moved_off_study_day(self) -> bool:
        """Held on another day although the study day was a working day: the `study-day` warning."""
        return self.study_state is WeekState.moved and self.study_weekday_works


def week_rhythm(context: Context) -> list[WeekRhythm]:
    """Every week of the period, in order, with the study days and exchanges that count for it:
    sessions held (someone expected was present or late) on or before today (RULES 1.1 point 5)."""
    return context.memo("week_rhythm", lambda: _week_rhythm(context))


def _week_rhythm(context: Context) -> list[WeekRhythm]:
    by_week: dict[Week, list[Session]] = defaultdict(list)
    for session in context.records.sessions.values():
        if session.kind in domain.RHYTHM_KINDS and session.date <= context.today:
            by_week[Week.of(session.date)].append(session)
    study_weekday = WEEKDAYS.index(context.records.config.rules.study_day)
    # a week wholly before the campaign began is owed nothing
    started = context.records.config.campaign_start
    out = []
    for owed in domain.period_weeks(context.period, context.calendar, context.today):
        week, workdays = owed.week, owed.workdays
        sessions = sorted(by_week.get(week, []), key=lambda s: (s.date, s.id))
        was_held = [session_held(context, s) for s in sessions]
        held = [s for s, ok in zip(sessions, was_held, strict=True) if ok]
        whole_staff_study = [s for s in held if s.kind == "study-day" and domain.is_whole_staff(s)]
        out.append(
            WeekRhythm(
                week=week,
                workdays=workdays,
                study_days=tuple(s for s in whole_staff_study if s.date in workdays),
                off_day_study_days=tuple(s for s in whole_staff_study if s.date not in workdays),
                exchanges=tuple(s for s in held if s.kind == "exchange"),
                study_weekday=week.day(study_weekday),
                judged=owed.passed and started <= week.sunday,
                not_held=tuple(s for s, ok in zip(sessions, was_held, strict=True) if not ok),
            )
        )
    return out


def _week_finding(rule: str, severity: Severity, week: WeekRhythm, key: str, weekday: str) -> Finding:
    return Finding.make(
        rule,
        severity,
        f"sessions/{week.week.year}/",
        None,
        str(week.week),
        key,
        week=str(week.week),
        monday=week.week.monday.isoformat(),
        sunday=week.week.sunday.isoformat(),
        workdays=len(week.workdays),
        **named("weekday", f"check.weekday.{weekday}"),
    )


# --- study-day (周五学习日) -----------------------------------------------------------------------


def check_study_day(context: Context) -> Iterator[Finding]:
    """周五学习日: each passed week with a working day holds a held whole-staff study day."""
    weekday = context.records.config.rules.study_day
    for week in week_rhythm(context):
        if not week.judged:
            continue
        state = week.study_state
        if state is WeekState.missed and week.off_day_study_days:
            session = week.off_day_study_days[0]
            yield Finding.make(
                "study-day",
                "error",
                session.file,
                session.line("date"),
                str(week.week),
                "study-day.off_day",
                week=str(week.week),
                date=session.date.isoformat(),
                **_weekday_of(session.date),
            )
        elif state is WeekState.missed and (unheld := week.unheld("study-day")) is not None:
            yield _not_held_finding("study-day", "error", week, unheld)
        elif state is WeekState.missed:
            yield _week_finding("study-day", "error", week, "study-day.missed", weekday)
        elif week.moved_off_study_day:
            session = week.study_days[0]
            yield Finding.make(
                "study-day",
                "warning",
                session.file,
                session.line("date"),
                str(week.week),
                "study-day.moved",
                week=str(week.week),
                date=session.date.isoformat(),
                study_day=week.study_weekday.isoformat(),
                **_weekday_of(session.date),
                **named("study_weekday", f"check.weekday.{weekday}"),
            )


def _not_held_finding(rule: str, severity: Severity, week: WeekRhythm, session: Session) -> Finding:
    return Finding.make(
        rule,
        severity,
        session.file,
        session.line("attendance") or session.line("date"),
        str(week.week),
        f"{rule}.not_held",
        week=str(week.week),
        date=session.date.isoformat(),
    )


def _weekday_of(day: dt.date) -> dict[str, str]:
    return named("weekday", f"check.weekday.{WEEKDAYS[day.weekday()]}")


# --- exchange (周二交流) --------------------------------------------------------------------------


def check_exchange(context: Context) -> Iterator[Finding]:
    """周二交流: each passed week with a working day holds a held exchange."""
    weekday = context.records.config.rules.exchange_day
    for week in week_rhythm(context):
        if not (week.judged and week.exchange_state is WeekState.missed):
            continue
        unheld = week.unheld("exchange")
        if unheld is not None:
            yield _not_held_finding("exchange", "warning", week, unheld)
        else:
            yield _week_finding("exchange", "warning", week, "exchange.missed", weekday)


# --- host (中层以上轮流主持) ----------------------------------------------------------------------


def host_counts(context: Context) -> Counter[str]:
    """Whole-staff study days and exchanges held in the period's year before the judged day, by
    host: what the host rotation counts (RULES 1.1 point 7)."""
    year, until = context.period.year, context.until
    return Counter(
        s.host
        for s in context.records.sessions.values()
        if s.date.year == year
        and s.date < until
        and domain.counts_for_host_rotation(s)
        and session_held(context, s)
    )


def check_host(context: Context) -> Iterator[Finding]:
    """Hosts are middle-level or above, and take turns (RULES 1.1 point 7)."""
    records = context.records
    for session in judged_sessions(context):
        host = records.members.get(session.host)
        if host is not None and host.role not in HOST_ROLES:
            yield Finding.make(
                "host",
                "error",
                session.file,
                session.line("host"),
                session.id,
                "host.below_middle",
                host.id,
                name=host.name,
            )
    hosts = [m for m in active_members(context) if m.role in HOST_ROLES]
    if not hosts:
        return
    counts = host_counts(context)
    top = max(hosts, key=lambda m: counts[m.id])  # the first by id among equals
    most = counts[top.id]
    for member in hosts:
        if most - counts[member.id] > 2:
            yield Finding.make(
                "host",
                "warning",
                member.file,
                member.line("role"),
                member.id,
                "host.unbalanced",
                member.id,
                name=member.name,
                count=counts[member.id],
                most=most,
                top=top.name,
                gap=most - counts[member.id],
                year=context.period.year,
            )


# --- anti-corruption (反腐倡廉警示教育) -----------------------------------------------------------


@dataclass(frozen=True)
class YearlyPace:
    """Sessions of one kind held this year before the judged day, against the pace."""

    held: int
    due: int
    quarters: int


def anti_corruption_pace(context: Context) -> YearlyPace:
    """The `anti-corruption` sessions dated this year before `until`, and how many the pace asks
    for: ceil(anti_corruption_per_year × q / 4), q with no adjustment for joining."""
    period, until = context.period, context.until
    quarters = domain.pace_quarters(period, until)
    per_year = context.records.config.rules.anti_corruption_per_year
    held = sum(
        1
        for s in context.records.sessions.values()
        if s.kind == "anti-corruption" and s.date.year == period.year and s.date < until
    )
    return YearlyPace(held, domain.pace(per_year, quarters), quarters)


def check_anti_corruption(context: Context) -> Iterator[Finding]:
    """Fewer anti-corruption sessions this year than the pace."""
    pace = anti_corruption_pace(context)
    if pace.quarters == 0 or pace.held >= pace.due:
        return
    yield Finding.make(
        "anti-corruption",
        "warning",
        f"sessions/{context.period.year}/",
        None,
        str(context.period.year),
        "anti-corruption.behind",
        held=pace.held,
        due=pace.due,
        per_year=context.records.config.rules.anti_corruption_per_year,
        date=(context.until - dt.timedelta(days=1)).isoformat(),
    )


# --- calendar (节假日安排) ------------------------------------------------------------------------


def check_calendar(context: Context) -> Iterator[Finding]:
    """A year whose official arrangement is unknown is said so, never silently guessed."""
    period = context.period
    if context.today <= period.start:
        return  # nothing of the period is judged yet
    config = context.records.config
    overridden = {day.year for day in (*config.calendar.holidays, *config.calendar.workdays)}
    year = period.year
    if not arrangement_known(year) and year not in overridden:
        yield Finding.make(
            "calendar",
            "warning",
            "studyctl.yaml",
            config.line("calendar"),
            str(year),
            "calendar.unknown",
            year=year,
        )


RULES = [
    Rule("study-day", "rhythm", check_study_day),
    Rule("exchange", "rhythm", check_exchange),
    Rule("host", "rhythm", check_host),
    Rule("anti-corruption", "rhythm", check_anti_corruption),
    Rule("calendar", "rhythm", check_calendar),
]
