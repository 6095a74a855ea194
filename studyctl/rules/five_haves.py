"""The five haves (五有): schedule, attendance and minutes of each session in the period; the
reflections (study essays) and the study notebook of each member.

A session is judged once its day has passed (`Context.until`); the members' haves follow the
conventions of RULES.md: reflections against the pace of the year so far, the notebook at the
review of each quarter that has ended.

Each session and member is judged once per check (`session_judgments`, `member_judgments`): the
rules' findings are read from those judgments, and so are the check's tables and the report's
five-haves rates, so that none of them can disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from studyctl import domain
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
    """Whom `session` expects (`domain.expected_participants`), from these records."""
    return domain.expected_participants(session, records.members, records.members_of)


def expected_of(context: Context, session: Session) -> list[str]:
    """Whom `session` expects, worked out once per check."""
    # keyed by the object: the records (and so their sessions) live as long as the context, and a
    # session's `id` is a pydantic private attribute, slow to read in the check's hot loop
    cache: dict[int, list[str]] = context.memo("expected", dict)
    found = cache.get(id(session))
    if found is None:
        found = cache[id(session)] = expected_participants(context.records, session)
    return found


def session_held(context: Context, session: Session) -> bool:
    """Whether at least one expected participant was present or late (RULES 1.1 point 5)."""
    return domain.was_held(session, expected_of(context, session))


def active_members(context: Context) -> list[Member]:
    """The members the member rules judge: those active on the judge day, by id."""
    return domain.active_members(context.records.members.values(), context.judge_day)


def completed_quarters(context: Context) -> list[Period]:
    """The quarters of the period that have ended by today: the ones with a quarterly review. A
    quarter that ended before the campaign began owes none: the office did not keep records yet."""
    started = context.records.config.campaign_start
    return [
        quarter
        for quarter in context.period.quarters()
        if quarter.end <= context.today and quarter.end > started
    ]


def review_path(member_id: str, quarter: Period) -> str:
    """Where the review of `member_id` for `quarter` is filed."""
    return f"reviews/{quarter.year}/Q{quarter.quarter}/{member_id}.yaml"


@dataclass(frozen=True)
class EssayPace:
    """How many essays a member wrote this year before the judged day, against how many are due."""

    written: int
    due: int
    quarters: int  # the quarters the pace is owed for

    @property
    def behind(self) -> bool:
        """Fewer written than due: the `reflections` warning."""
        return self.written < self.due


def essay_pace(context: Context, member: Member, per_year: int | None = None) -> EssayPace | None:
    """The member's essay pace (against `essays_per_year`, or `per_year` if given), or None while no
    quarter of theirs has ended."""
    quarters = domain.pace_quarters(context.period, context.until, member)
    if quarters == 0:
        return None
    if per_year is None:
        per_year = context.records.config.rules.essays_per_year
    written = essays_written(context)[member.id]
    return EssayPace(written, domain.pace(per_year, quarters), quarters)


def essays_written(context: Context) -> Counter[str]:
    """Essays of the period's year written before `until`, by author (counted once per check)."""

    def count() -> Counter[str]:
        """The count, made once."""
        year, until = context.period.year, context.until
        return Counter(
            essay.author
            for essay in context.records.essays.values()
            if essay.date.year == year and essay.date < until
        )

    return context.memo("essays_written", count)


# --- the judgments: what the findings are made from -----------------------------------------------

SESSION_RULES = ("schedule", "attendance", "minutes")
MEMBER_RULES = ("reflections", "notebook")


@dataclass(frozen=True)
class SessionJudgment:
    """What the five haves decide about one judged session: the findings of each of its three
    haves (none: that have is there), and whether anyone expected took part."""

    session: Session
    expected: tuple[str, ...]
    held: bool
    findings: dict[str, tuple[Finding, ...]]

    def ok(self, rule: str) -> bool:
        """Whether the session has this have (`schedule`, `attendance` or `minutes`)."""
        return not self.findings[rule]

    @property
    def scheduled(self) -> bool:
        """有安排: on a schedule published on or before its date."""
        return self.ok("schedule")

    @property
    def attendance_ok(self) -> bool:
        """有考勤: every expected participant has a status, and no one else."""
        return self.ok("attendance")

    @property
    def minutes_ok(self) -> bool:
        """有记录: minutes with a recorder and enough visible characters."""
        return self.ok("minutes")


@dataclass(frozen=True)
class MemberJudgment:
    """What the five haves decide about one member: for `reflections` and `notebook`, the findings
    (none: the member has that have), or None where the rule does not judge the member (no pace
    owed yet, no completed quarter while active)."""

    member: Member
    pace: EssayPace | None
    findings: dict[str, tuple[Finding, ...] | None]

    def judged(self, rule: str) -> bool:
        """Whether the rule judges this member at all."""
        return self.findings[rule] is not None

    def ok(self, rule: str) -> bool:
        """Judged and without a finding."""
        return self.findings[rule] == ()


def session_judgments(context: Context) -> list[SessionJudgment]:
    """Every judged session of the period with its three haves, decided once per check."""

    def judge() -> list[SessionJudgment]:
        """The judgments, made once."""
        listing = _schedule_listing(context)
        least = context.records.config.rules.minutes_min_chars
        out = []
        for session in judged_sessions(context):
            expected = expected_of(context, session)
            findings = {
                "schedule": tuple(_schedule_findings(session, listing)),
                "attendance": tuple(_attendance_findings(context.records, session, expected)),
                "minutes": tuple(_minutes_findings(session, least)),
            }
            out.append(
                SessionJudgment(session, tuple(expected), domain.was_held(session, expected), findings)
            )
        return out

    return context.memo("session_judgments", judge)


def member_judgments(context: Context) -> dict[str, MemberJudgment]:
    """The members the five haves judge (active on the judge day, or on the last day of a completed
    quarter of the period), by id, with their reflections and notebook, decided once per check."""

    def judge() -> dict[str, MemberJudgment]:
        """The judgments, made once."""
        records = context.records
        quarters = completed_quarters(context)
        judged = {m.id: m for m in active_members(context)}
        for member in records.members.values():
            if any(member.active_on(q.last_day) for q in quarters):
                judged[member.id] = member
        out = {}
        for member_id in sorted(judged):
            member = judged[member_id]
            pace = essay_pace(context, member) if member.active_on(context.judge_day) else None
            reflections = None if pace is None else tuple(_reflections_findings(context, member, pace))
            owed = [q for q in quarters if member.active_on(q.last_day)]
            notebook = tuple(_notebook_findings(context, member, owed)) if owed else None
            out[member_id] = MemberJudgment(member, pace, {"reflections": reflections, "notebook": notebook})
        return out

    return context.memo("member_judgments", judge)


# --- schedule (有安排) ----------------------------------------------------------------------------


_Listing = dict[tuple[dt.date, str], list[tuple[Schedule, ScheduleEntry]]]


def _schedule_listing(context: Context) -> _Listing:
    # the schedules listing each (date, kind), so that a session looks at its own day only
    listing: _Listing = defaultdict(list)
    for schedule in context.records.schedules.values():
        for entry in schedule.entries:
            listing[(entry.date, entry.kind)].append((schedule, entry))
    return listing


def _schedule_findings(session: Session, listing: _Listing) -> Iterator[Finding]:
    listed_in = [
        schedule
        for schedule, entry in listing.get((session.date, session.kind), [])
        if _overlap(entry.units, session.units)
    ]
    if any(schedule.published <= session.date for schedule in listed_in):
        return
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


def _session_rule(context: Context, rule: str) -> Iterator[Finding]:
    for judgment in session_judgments(context):
        yield from judgment.findings[rule]


def check_schedule(context: Context) -> Iterator[Finding]:
    """有安排: each judged session is on a schedule published on or before its date."""
    return _session_rule(context, "schedule")


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
    """有考勤: each judged session has a status for every expected participant and no one else."""
    return _session_rule(context, "attendance")


def _attendance_findings(records: Records, session: Session, expected: list[str]) -> Iterator[Finding]:
    if not session.attendance:
        # no attendance at all: one finding, and the session counts for nothing (RULES 1.1 point 5)
        yield _session_finding("attendance", session, ("attendance",), "attendance.none")
        return
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
            key = "attendance.not_active" if not member.active_on(session.date) else "attendance.not_invited"
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
    """有记录: each judged session has minutes, a recorder and `minutes_min_chars` visible characters."""
    return _session_rule(context, "minutes")


def _minutes_findings(session: Session, least: int) -> Iterator[Finding]:
    minutes = session.minutes
    if minutes is None:
        yield _session_finding("minutes", session, ("minutes",), "minutes.missing")
        return
    if minutes.recorder is None:
        yield _session_finding("minutes", session, ("minutes", "recorder"), "minutes.no_recorder")
    chars = domain.visible_chars(minutes.text)
    if chars < least:
        yield _session_finding(
            "minutes", session, ("minutes", "text"), "minutes.short", chars=chars, least=least
        )


# --- reflections (有心得体会) ---------------------------------------------------------------------


def check_reflections(context: Context) -> Iterator[Finding]:
    """有心得体会: each member active on the judge day has written essays at the year's pace."""
    for judgment in member_judgments(context).values():
        yield from judgment.findings["reflections"] or ()


def _reflections_findings(context: Context, member: Member, pace: EssayPace) -> Iterator[Finding]:
    if not pace.behind:
        return
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
        per_year=context.records.config.rules.essays_per_year,
        date=(context.until - dt.timedelta(days=1)).isoformat(),
        year=context.period.year,
    )


# --- notebook (有专用笔记) ------------------------------------------------------------------------


def check_notebook(context: Context) -> Iterator[Finding]:
    """有专用笔记: each completed quarter's review of each member active on its last day says the
    notebook is kept."""
    for judgment in member_judgments(context).values():
        yield from judgment.findings["notebook"] or ()


def _notebook_findings(context: Context, member: Member, quarters: list[Period]) -> Iterator[Finding]:
    for quarter in quarters:
        review = context.records.reviews.get((member.id, str(quarter)))
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
