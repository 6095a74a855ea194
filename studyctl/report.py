"""The reports the office publishes, as data: the annual report, the quarterly check bulletin and
one member's year (the material for a self-report).

`build_report` turns loaded `Records` into plain values (`Report`), reading the five haves, the
weekly rhythm and the paces from the check rules' own judgments (`rules.five_haves`,
`rules.rhythm`) and the shared notions of `domain`, so that a report never counts otherwise than
`check`; the renderers in `studyctl.render` turn those into a terminal view, JSON, CSV,
Markdown, HTML, XLSX and DOCX. What each figure means, and the assessment formula, is in
docs/report.md: keep the two in step.

Everything is counted over the period's sessions and members; essays, papers, suggestions and the
anti-corruption count run from the year's start to the period's end, as the pace rules do.
Nothing is judged on days that have not come yet.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from studyctl import domain
from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.models import (
    AREAS,
    EDUCATION_LEVELS,
    KINDS,
    Member,
    Review,
)
from studyctl.periods import Period
from studyctl.records import CONFIG_FILE, FLAT_FOLDERS, YEAR_FOLDERS, Records
from studyctl.rules import Context, registry, run_checks
from studyctl.rules.five_haves import expected_of, member_judgments, session_judgments
from studyctl.rules.rhythm import WeekState, anti_corruption_pace, week_rhythm

FIVE_HAVES = ("schedule", "attendance", "minutes", "reflections", "notebook")
SESSION_RULES = frozenset({"schedule", "attendance", "minutes"})
RECORD_RULES = ("yaml", "schema", "reference", "duplicate", "location")
ATTENDED = domain.ATTENDED
# the value of a quarterly review rating in the assessment score (docs/report.md)
RATING_VALUE = {"excellent": 1.0, "good": 0.8, "fair": 0.6, "poor": 0.3}
SCORE_PARTS = ("attendance", "essays", "plan", "reviews", "notebook", "self_report")


@dataclass(frozen=True)
class Tally:
    """`done` out of `due`; the rate is None when nothing was due."""

    done: int
    due: int

    @property
    def rate(self) -> float | None:
        """`done / due`, or None when nothing was due."""
        return None if self.due == 0 else self.done / self.due

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.done + other.done, self.due + other.due)


NO_TALLY = Tally(0, 0)


# --- the report as data --------------------------------------------------------------------------


@dataclass(frozen=True)
class DegreePending:
    """A member under the age limit whose education is still below `degree_min`."""

    member: str
    name: str
    unit: str
    education: str
    deadline: dt.date
    overdue: bool
    in_progress: str | None  # the degree being studied for, if any
    expected: dt.date | None


@dataclass(frozen=True)
class OrganizationSummary:
    """The organization's figures for the period: sessions, the counted kinds, attendance, the five haves,
    essays and degrees."""

    name: str
    members: int
    sessions_by_kind: dict[str, int]
    study_days: Tally
    exchanges: Tally
    anti_corruption: Tally  # held this year up to the period's end, of the yearly target
    anti_corruption_pace: int
    exhibition_held: bool
    five_haves: dict[str, Tally | None]  # None: the rule is not available
    attendance: Tally
    essays: Tally
    papers: int
    suggestions: int
    degree: Tally
    degree_min: str
    degree_target: float
    degree_pending: list[DegreePending]
    attendance_by_month: list[tuple[str, Tally]]
    essays_by_quarter: list[tuple[str, int]]
    record_problems: int

    @property
    def sessions_total(self) -> int:
        """How many sessions took place in the period, of every kind."""
        return sum(self.sessions_by_kind.values())


@dataclass(frozen=True)
class UnitRow:
    """One unit's row of the report: its members, their attendance, their essays and its five haves."""

    unit: str
    name: str
    members: int
    attendance: Tally
    essays: int
    five_haves: dict[str, Tally | None]

    @property
    def compliance(self) -> Tally:
        """Sessions and members judged by the five haves, and how many passed, all rules together."""
        return sum((tally for tally in self.five_haves.values() if tally is not None), NO_TALLY)


@dataclass(frozen=True)
class ReviewMarks:
    """A quarterly review's three ratings and the notebook's state."""

    attitude: str
    content: str
    results: str
    notebook: str

    @property
    def value(self) -> float:
        """The review's value in the score: the average of its three ratings' values."""
        ratings = (self.attitude, self.content, self.results)
        return sum(RATING_VALUE[rating] for rating in ratings) / len(ratings)


@dataclass
class MemberRow:
    """One member's row of the report: attendance, essays, plan, areas, reviews, self-report, the score and
    the rank."""

    member: str
    name: str
    unit: str
    unit_name: str
    sessions_expected: int
    present: int
    late: int
    leave: int
    absent: int
    essays: int
    essays_target: int
    essays_due: int
    has_plan: bool
    plan_items_done: int
    plan_items_total: int
    areas_covered: tuple[str, ...]
    reviews: dict[str, ReviewMarks | None]
    self_report: bool
    parts: dict[str, float] = field(default_factory=dict)  # the score's parts that apply, 0..1
    score: float | None = None
    rank: int | None = None

    @property
    def sessions_attended(self) -> int:
        """Sessions attended: present or late."""
        return self.present + self.late

    @property
    def unrecorded(self) -> int:
        """Expected sessions with no status at all: they count as not attended."""
        return self.sessions_expected - self.present - self.late - self.leave - self.absent

    @property
    def attendance(self) -> Tally:
        """Sessions attended out of those expected."""
        return Tally(self.sessions_attended, self.sessions_expected)


@dataclass(frozen=True)
class SessionLine:
    """A session of `report --member`: its day, kind and topic and the member's status at it."""

    session: str
    date: dt.date
    kind: str
    topic: str
    status: str | None  # None: expected, no status recorded


@dataclass(frozen=True)
class EssayLine:
    """An essay of `report --member`: its day, title and area, where it was published and its suggestions."""

    essay: str
    date: dt.date
    title: str
    area: str
    published_in: str | None
    suggestions: int


@dataclass(frozen=True)
class PlanLine:
    """A plan item of `report --member`: its area, content, due day and the day it was done."""

    area: str
    content: str
    due: dt.date
    done: dt.date | None


@dataclass(frozen=True)
class MemberDetail:
    """One member's period in full: what `report --member` adds to the row."""

    member: str
    goals: str | None
    sessions: list[SessionLine]
    essays: list[EssayLine]
    plan_items: list[PlanLine]
    self_rating: str | None


@dataclass(frozen=True)
class Report:
    """The report of a period as data, which every format renders: the organization, the units, the ranked
    members and the score's weights."""

    period: Period
    today: dt.date
    organization: OrganizationSummary
    units: list[UnitRow]
    members: list[MemberRow]  # ranked; with --member, only that member
    weights: dict[str, float]
    detail: MemberDetail | None = None


# --- building it ---------------------------------------------------------------------------------


def build_report(
    records: Records,
    period: Period,
    today: dt.date,
    member: str | None = None,
    rules_available: Iterable[str] | None = None,
) -> Report:
    """The report of `period` as seen on `today`; with `member`, that member's part of it.

    Its five haves, rhythm, pace and plan figures are read from the judgments the check rules make
    (`rules.five_haves.session_judgments`, `member_judgments`, `rules.rhythm.week_rhythm`), so that
    a report and a check cannot disagree. `rules_available` (default: those registered) names the
    five-haves rules the report may show; any other shows as not available."""
    if member is not None:
        member = _resolve_member(records, member, min(period.last_day, today))
    known = registry()
    available = frozenset(known if rules_available is None else rules_available) & frozenset(FIVE_HAVES)
    context = Context(records, period, today)
    findings = run_checks(context, [name for name in RECORD_RULES if name in known])
    return _Builder(context, findings, available).build(member)


class _Builder:
    def __init__(self, context: Context, findings: list[Finding], available: frozenset[str]) -> None:
        records, period, today = context.records, context.period, context.today
        self.context = context
        self.records = records
        self.period = period
        self.today = today
        self.rules = records.config.rules
        self.available = available
        self.findings = findings
        # days before `until` are judged, as in the rules
        self.until = context.until
        self.judge_day = context.judge_day
        self.year_start = dt.date(period.year, 1, 1)
        self.sessions = sorted(
            (s for s in records.sessions.values() if s.date in period and s.date <= today),
            key=lambda s: (s.date, s.id),
        )
        self.expected = {s.id: expected_of(context, s) for s in self.sessions}
        # each member's sessions expected and statuses, tallied in one pass over the sessions
        self.expected_count: Counter[str] = Counter()
        self.statuses: dict[str, Counter[str]] = {}
        # and each session's expected participants who came (present or late)
        self.attended: dict[str, int] = {}
        for session in self.sessions:
            expected = self.expected[session.id]
            self.expected_count.update(expected)
            attendance = session.attendance
            attended = 0
            for member_id in expected:
                entry = attendance.get(member_id)
                if entry is not None:
                    tally = self.statuses.get(member_id)
                    if tally is None:
                        tally = self.statuses[member_id] = Counter()
                    tally[entry.status] += 1
                    attended += entry.status in ATTENDED
            self.attended[session.id] = attended
        self.essays = sorted(
            (
                e
                for e in records.essays.values()
                if self.year_start <= e.date < period.end and e.date <= today
            ),
            key=lambda e: (e.date, e.id),
        )
        self.essays_by_author: Counter[str] = Counter(e.author for e in self.essays)
        # the members of the report: active on a day of the period that has come
        last = min(period.end, today + dt.timedelta(days=1))
        self.members = sorted(
            (m for m in records.members.values() if m.active_during(period.start, last)), key=lambda m: m.id
        )
        # the rules' own judgments, which the five haves and the rhythm are read from
        self.session_judgments = session_judgments(context)
        self.member_judgments = member_judgments(context)

    # --- members ---------------------------------------------------------------------------------

    def member_row(self, member: Member) -> MemberRow:
        statuses = self.statuses.get(member.id, Counter())
        expected = self.expected_count[member.id]
        plan = self.records.plans.get((member.id, self.period.year))
        target = max(plan.essays_target if plan else 0, self.rules.essays_per_year)
        quarters = domain.pace_quarters(self.period, self.until, member)
        # done as `plan-overdue` judges it: only from the `done` date on
        done_items = [i for i in plan.items if domain.plan_item_done(i, self.judge_day)] if plan else []
        areas = {item.area for item in done_items}
        reviews: dict[str, ReviewMarks | None] = {}
        for quarter in self.period.quarters():
            review = self.records.reviews.get((member.id, str(quarter)))
            reviews[f"Q{quarter.quarter}"] = _marks(review)
        unit = self.records.units.get(member.unit)
        row = MemberRow(
            member=member.id,
            name=member.name,
            unit=member.unit,
            unit_name=unit.name if unit else member.unit,
            sessions_expected=expected,
            present=statuses["present"],
            late=statuses["late"],
            leave=statuses["leave"],
            absent=statuses["absent"],
            essays=self.essays_by_author[member.id],
            essays_target=target,
            essays_due=domain.pace(target, quarters),
            has_plan=plan is not None,
            plan_items_done=len(done_items),
            plan_items_total=len(plan.items) if plan else 0,
            areas_covered=tuple(area for area in AREAS if area in areas),
            reviews=reviews,
            self_report=(member.id, self.period.year) in self.records.self_reports,
        )
        row.parts = self.score_parts(member, row)
        return row

    def score_parts(self, member: Member, row: MemberRow) -> dict[str, float]:
        """Each part of the assessment score that applies to this member, from 0 to 1."""
        parts: dict[str, float] = {}
        if row.attendance.rate is not None:
            parts["attendance"] = row.attendance.rate
        if row.essays_due:
            parts["essays"] = min(1.0, row.essays / row.essays_due)
        plan = self.records.plans.get((member.id, self.period.year))
        if plan is None:
            parts["plan"] = 0.0
        else:
            due = sum(1 for item in plan.items if item.due < self.period.end)
            if due:
                parts["plan"] = min(1.0, row.plan_items_done / due)
        # a quarter counts once it has ended, for those active on its last day (as the review rule)
        completed = [
            q for q in self.period.quarters() if q.end <= self.today and member.active_on(q.last_day)
        ]
        if completed:
            marks = [row.reviews[f"Q{q.quarter}"] for q in completed]
            parts["reviews"] = sum(m.value if m else 0.0 for m in marks) / len(marks)
            parts["notebook"] = sum(1 for m in marks if m and m.notebook == "kept") / len(marks)
        if self.period.is_year and self.period.end <= self.today:
            parts["self_report"] = 1.0 if row.self_report else 0.0
        return parts

    def score(self, parts: dict[str, float]) -> float | None:
        weights = self.records.config.assessment.model_dump()
        total = sum(weights[name] for name in parts)
        if total == 0:
            return None
        return round(100 * sum(weights[name] * value for name, value in parts.items()) / total, 1)

    def ranked(self, rows: list[MemberRow]) -> list[MemberRow]:
        """Score and rank the members the rules judge (active on the judge day, RULES 1.1 point 3);
        one who had left is listed, unscored and unranked."""
        for row in rows:
            judged = self.records.members[row.member].active_on(self.judge_day)
            row.score = self.score(row.parts) if judged else None
        return rank_members(rows)

    # --- the five haves --------------------------------------------------------------------------

    def five_haves(self, unit: str | None, members: list[Member]) -> dict[str, Tally | None]:
        """For each of the five haves, how many of what its rule judges here have it: read from the
        rules' judgments of the sessions (all, or those naming `unit`) and of these members."""
        judged = [j for j in self.session_judgments if unit is None or unit in j.session.units]
        people = [self.member_judgments[m.id] for m in members if m.id in self.member_judgments]
        out: dict[str, Tally | None] = {}
        for rule in FIVE_HAVES:
            if rule not in self.available:
                out[rule] = None
            elif rule in SESSION_RULES:
                out[rule] = Tally(sum(1 for j in judged if j.ok(rule)), len(judged))
            else:
                owed = [j for j in people if j.judged(rule)]
                out[rule] = Tally(sum(1 for j in owed if j.ok(rule)), len(owed))
        return out

    # --- the organization ------------------------------------------------------------------------

    def rhythm(self) -> tuple[Tally, Tally]:
        """Study days and exchanges held of the weeks due, read from the rhythm rules' weeks: a
        week is due once it is over, or earlier when it already holds the session."""
        held_states = (WeekState.held, WeekState.moved)
        study, exchange = NO_TALLY, NO_TALLY
        for week in week_rhythm(self.context):
            if week.study_state in held_states:
                study += Tally(1, 1)
            elif week.study_state is WeekState.missed:
                study += Tally(0, 1)
            if week.exchange_state is WeekState.held:
                exchange += Tally(1, 1)
            elif week.exchange_state is WeekState.missed:
                exchange += Tally(0, 1)
        return study, exchange

    def degree(self) -> tuple[Tally, list[DegreePending]]:
        config = self.records.config
        minimum = EDUCATION_LEVELS.index(self.rules.degree_min)
        deadline = domain.degree_deadline(config.campaign_start, self.rules.degree_deadline_years)
        active = [m for m in self.members if m.active_on(self.judge_day)]
        holding = {m.id for m in active if EDUCATION_LEVELS.index(m.education) >= minimum}
        pending = []
        for member in active:
            if (
                member.id in holding
                or domain.age_on(member.born, config.campaign_start) >= self.rules.degree_age_limit
            ):
                continue
            progress = member.degree_in_progress
            unit = self.records.units.get(member.unit)
            pending.append(
                DegreePending(
                    member=member.id,
                    name=member.name,
                    unit=unit.name if unit else member.unit,
                    education=member.education,
                    deadline=deadline,
                    overdue=domain.degree_overdue(deadline, self.judge_day),  # as the degree rule judges it
                    in_progress=progress.level if progress else None,
                    expected=progress.expected if progress else None,
                )
            )
        return Tally(len(holding), len(active)), pending

    def attendance_by_month(self) -> list[tuple[str, Tally]]:
        months: dict[str, Tally] = {}
        first = self.period.start.month
        last = self.period.last_day.month
        for month in range(first, last + 1):
            months[f"{self.period.year}-{month:02d}"] = NO_TALLY
        for session in self.sessions:
            key = f"{session.date.year}-{session.date.month:02d}"
            months[key] = months[key] + Tally(self.attended[session.id], len(self.expected[session.id]))
        return list(months.items())

    def organization(self, rows: list[MemberRow]) -> OrganizationSummary:
        kinds: Counter[str] = Counter(s.kind for s in self.sessions)
        year_sessions = [
            s
            for s in self.records.sessions.values()
            if self.year_start <= s.date < self.period.end and s.date <= self.today
        ]
        anti_corruption = anti_corruption_pace(self.context)
        target = self.rules.anti_corruption_per_year
        study_days, exchanges = self.rhythm()
        degree, pending = self.degree()
        by_quarter = Counter(f"Q{(e.date.month - 1) // 3 + 1}" for e in self.essays)
        return OrganizationSummary(
            name=self.records.config.organization,
            members=len(self.members),
            sessions_by_kind={kind: kinds[kind] for kind in KINDS},
            study_days=study_days,
            exchanges=exchanges,
            anti_corruption=Tally(anti_corruption.held, target),
            anti_corruption_pace=anti_corruption.due,
            exhibition_held=any(s.kind == "exhibition" for s in year_sessions),
            five_haves=self.five_haves(None, self.members),
            attendance=sum((row.attendance for row in rows), NO_TALLY),
            essays=Tally(sum(row.essays for row in rows), sum(row.essays_due for row in rows)),
            papers=sum(1 for e in self.essays if e.published_in),
            suggestions=sum(e.suggestions for e in self.essays),
            degree=degree,
            degree_min=self.rules.degree_min,
            degree_target=self.rules.degree_rate_target,
            degree_pending=pending,
            attendance_by_month=self.attendance_by_month(),
            essays_by_quarter=[
                (f"Q{q}", by_quarter[f"Q{q}"]) for q in range(1, self.period.last_quarter + 1)
            ],
            record_problems=sum(1 for f in self.findings if f.rule in RECORD_RULES),
        )

    def units(self, rows: list[MemberRow]) -> list[UnitRow]:
        out = []
        for unit in sorted(self.records.units.values(), key=lambda u: u.id):
            unit_rows = [row for row in rows if row.unit == unit.id]
            members = [m for m in self.members if m.unit == unit.id]
            out.append(
                UnitRow(
                    unit=unit.id,
                    name=unit.name,
                    members=len(unit_rows),
                    attendance=sum((row.attendance for row in unit_rows), NO_TALLY),
                    essays=sum(row.essays for row in unit_rows),
                    five_haves=self.five_haves(unit.id, members),
                )
            )
        return out

    def detail(self, member_id: str) -> MemberDetail:
        plan = self.records.plans.get((member_id, self.period.year))
        report = self.records.self_reports.get((member_id, self.period.year))
        sessions = [
            SessionLine(
                s.id,
                s.date,
                s.kind,
                s.topic,
                entry.status if (entry := s.attendance.get(member_id)) is not None else None,
            )
            for s in self.sessions
            if member_id in self.expected[s.id]
        ]
        essays = [
            EssayLine(e.id, e.date, e.title, e.area, e.published_in, e.suggestions)
            for e in self.essays
            if e.author == member_id
        ]
        items = [PlanLine(i.area, i.content, i.due, i.done) for i in plan.items] if plan else []
        return MemberDetail(
            member=member_id,
            goals=plan.goals if plan else None,
            sessions=sessions,
            essays=essays,
            plan_items=items,
            self_rating=report.self_rating if report else None,
        )

    def build(self, member: str | None) -> Report:
        rows = self.ranked([self.member_row(m) for m in self.members])
        organization = self.organization(rows)
        units = self.units(rows)
        detail = None
        if member is not None:
            chosen = [row for row in rows if row.member == member]
            if not chosen:  # not active in the period: shown, but not ranked
                row = self.member_row(self.records.members[member])
                row.score = self.score(row.parts)
                chosen = [row]
            rows = chosen
            detail = self.detail(member)
        weights = self.records.config.assessment.model_dump()
        return Report(self.period, self.today, organization, units, rows, weights, detail)


def _resolve_member(records: Records, token: str, day: dt.date) -> str:
    """The id of the member `token` names, by id or by name; a StudyctlError if none or several."""
    from studyctl.messages import t
    from studyctl.names import resolve_member

    found = resolve_member(token, records.members, records.units, day)
    if found.member is not None:
        return found.member
    key = "report.ambiguous_member" if found.problem == "names.ambiguous" else "report.unknown_member"
    raise StudyctlError(key, value=token, candidates=found.candidates or t("report.none", records.language))


def rank_members(rows: list[MemberRow]) -> list[MemberRow]:
    """Rank by score, highest first; equal scores share a rank (1, 2, 2, 4) and are listed by id.
    Members without a score come last, unranked."""
    scored = sorted((r for r in rows if r.score is not None), key=lambda r: (-(r.score or 0), r.member))
    for position, row in enumerate(scored, start=1):
        previous = scored[position - 2] if position > 1 else None
        row.rank = previous.rank if previous is not None and previous.score == row.score else position
    return scored + sorted((r for r in rows if r.score is None), key=lambda r: r.member)


def _marks(review: Review | None) -> ReviewMarks | None:
    if review is None:
        return None
    return ReviewMarks(review.attitude, review.content, review.results, review.notebook)


# --- where a report may be written ---------------------------------------------------------------

PROTECTED = frozenset({*FLAT_FOLDERS, *YEAR_FOLDERS, ".git"})
# folders that belong to a program, wherever they are: git's and studyctl's own (lock, cache)
INTERNAL = (".git", ".studyctl")


def check_output_path(root: Path, target: Path) -> Path:
    """`target`, resolved; a StudyctlError if it lies in a record folder, is a record file, or lies
    inside a `.git/` or `.studyctl/` folder (of the records or of any repository)."""
    resolved = target.expanduser().resolve()
    for folder in INTERNAL:
        if folder in resolved.parts[:-1] or resolved.name == folder:
            raise StudyctlError("guard.output_internal", path=str(target), folder=folder)
    try:
        inside = resolved.relative_to(root.resolve())
    except ValueError:
        return resolved
    parts = inside.parts
    if parts and (parts[0] in PROTECTED or (len(parts) == 1 and parts[0] == CONFIG_FILE)):
        raise StudyctlError("report.output_in_records", path=str(target))
    return resolved


def write_report_file(root: Path, target: Path, data: bytes) -> Path:
    """Write a rendered report to `target` atomically, never into the records themselves."""
    from studyctl.fsio import atomic_write

    resolved = check_output_path(root, target)
    if resolved.is_dir():
        raise StudyctlError("report.output_is_folder", path=str(target))
    atomic_write(resolved, data, display=str(target))
    return resolved
