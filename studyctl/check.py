"""`check` as a library call: load what the period needs, run the rules, narrow the findings to a
member or unit, and return the result with what its tables show (the five haves, the rhythm)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyctl.errors import StudyctlError
from studyctl.findings import Finding, count_by_severity
from studyctl.models import Member, Session
from studyctl.periods import Period
from studyctl.record_file import read_bytes
from studyctl.records import Records, load_records
from studyctl.rules import Context, registry, run_checks
from studyctl.rules.records_rules import waiting_references

if TYPE_CHECKING:
    from studyctl.rules.rhythm import WeekRhythm


@dataclass(frozen=True)
class Scope:
    """What `--member` and `--unit` narrow a check to; both None: the whole office."""

    member: str | None = None
    unit: str | None = None

    @property
    def everything(self) -> bool:
        """Whether the check is of the whole office."""
        return self.member is None and self.unit is None


@dataclass
class CheckResult:
    """What a check found: the period, the records, the findings, the rules run, and the references left
    unchecked behind a broken record."""

    period: Period
    records: Records
    findings: list[Finding]
    files: int
    today: dt.date
    rules_run: frozenset[str] = frozenset()
    scope: Scope = field(default_factory=Scope)
    # per record file that failed to load: how many references to it could not be checked
    waiting: dict[str, int] = field(default_factory=dict)
    # the context the rules ran in: its judgments are what the check's tables show
    context: Context | None = field(default=None, repr=False, compare=False)

    @property
    def counts(self) -> dict[str, int]:
        """How many findings are errors and how many warnings."""
        return count_by_severity(self.findings)

    @property
    def records_checked(self) -> int:
        """How many records were loaded: units, members, plans, schedules, sessions, essays, reviews and
        self-reports."""
        loaded = self.records
        tables: tuple[dict[Any, Any], ...] = (
            loaded.units,
            loaded.members,
            loaded.plans,
            loaded.schedules,
            loaded.sessions,
            loaded.essays,
            loaded.reviews,
            loaded.self_reports,
        )
        return sum(len(table) for table in tables)

    def failed(self, strict: bool = False) -> bool:
        """Whether the check fails: an error, or with `strict` a warning too."""
        counts = self.counts
        return counts["error"] > 0 or (strict and counts["warning"] > 0)


def years_for(period: Period) -> set[int]:
    """The year partitions a check of `period` reads (the loader adds the days around New Year)."""
    return {period.year}


def run_check(
    root: Path,
    period: Period,
    today: dt.date,
    rules: Iterable[str] | None = None,
    records: Records | None = None,
    scope: Scope | None = None,
    groups: Collection[str] | None = None,
) -> CheckResult:
    """Check `period` as of `today`: every rule, or only `rules`; only the findings in `scope`;
    only the rules of `groups`, if given (the modules of the others are not even imported).

    A `scope` naming a member or unit that does not exist is a StudyctlError (the command cannot
    run), raised once the records are loaded. The audit rules judge the facts gathered for them
    first (`seals.gather_facts`): nothing in the records folder is written."""
    scope = scope or Scope()
    if records is None:
        records = load_records(root, years_for(period), today=today)
    scope = _check_scope(records, scope, today)
    table = registry(groups)
    names = frozenset(table) if rules is None else frozenset(rules)
    facts = None
    if any(table[name].group == "audit" for name in names if name in table):
        from studyctl.seals import gather_facts

        facts = gather_facts(root, records)
    context = Context(records, period, today, facts)
    findings = run_checks(context, names, table)
    waiting = dict(waiting_references(context)) if "reference" in names else {}
    if not scope.everything:
        keeps = _ScopeFilter(context, scope).keeps
        findings = [finding for finding in findings if keeps(finding)]
    files = len({f.file for f in findings})
    return CheckResult(period, records, findings, files, today, names, scope, waiting, context)


def _check_scope(records: Records, scope: Scope, today: dt.date) -> Scope:
    """The scope with ids for the names the clerk typed (张伟 → zhang-wei, 财政所 → czs); a name
    that fits nothing, or several members, stops the check with the most similar candidates."""
    if scope.everything:
        return scope
    import dataclasses

    from studyctl.names import describe_units, resolve_member, resolve_unit, similar_units

    member, unit = scope.member, scope.unit
    if member is not None:
        found = resolve_member(member, records.members, records.units, today)
        if found.member is None:
            raise StudyctlError(found.problem, value=member, candidates=found.candidates or "-")
        member = found.member
    if unit is not None:
        found_unit = resolve_unit(unit, records.units)
        if found_unit is None or found_unit == "all":
            candidates = describe_units(similar_units(unit, records.units))
            raise StudyctlError("clerk.unknown_unit", value=unit, candidates=candidates or "-")
        unit = found_unit
    return dataclasses.replace(scope, member=member, unit=unit)


class _ScopeFilter:
    """Which findings `--member` / `--unit` keep.

    A finding about one member (its `member` is set) is kept for that member and their unit only.
    Any other finding is kept for `--member ID` when its subject is ID (a record of theirs) or a
    session ID was expected at, and for `--unit U` when its subject is a member of U or a session
    that names U among its units. Given both, a finding must pass both."""

    def __init__(self, context: Context, scope: Scope) -> None:
        from studyctl.rules.five_haves import expected_participants

        records = context.records
        self.scope = scope
        self.unit_members = {m.id for m in records.members.values() if m.unit == scope.unit}
        self.member_sessions = set()
        self.unit_sessions = set()
        for session in records.sessions.values():
            if scope.member is not None and scope.member in expected_participants(records, session):
                self.member_sessions.add(session.id)
            if scope.unit is not None and scope.unit in session.units:
                self.unit_sessions.add(session.id)

    def keeps(self, finding: Finding) -> bool:
        member, unit = self.scope.member, self.scope.unit
        if finding.member is not None:  # about one member: theirs alone, whatever session it is on
            return (member is None or finding.member == member) and (
                unit is None or finding.member in self.unit_members
            )
        if member is not None and not (finding.subject == member or finding.subject in self.member_sessions):
            return False
        return unit is None or finding.subject in self.unit_members or finding.subject in self.unit_sessions


# --- what the check's tables show ----------------------------------------------------------------

Mark = bool | None  # True: ✓, False: ✗, None: not judged (the rule did not run, or nothing is due yet)


@dataclass(frozen=True)
class SessionHaves:
    """A session of the period and its first three haves."""

    session: Session
    marks: dict[str, Mark]  # schedule, attendance, minutes


@dataclass(frozen=True)
class MemberHaves:
    """A member and the two haves that belong to people."""

    member: Member
    marks: dict[str, Mark]  # reflections, notebook


SESSION_HAVES = ("schedule", "attendance", "minutes")
MEMBER_HAVES = ("reflections", "notebook")


def _context(result: CheckResult) -> Context:
    if result.context is not None:
        return result.context
    return Context(result.records, result.period, result.today)


def session_haves(result: CheckResult) -> list[SessionHaves]:
    """The judged sessions of the period in scope, each with ✓ or ✗ for schedule, attendance,
    minutes: the rules' own judgments (`rules.five_haves.session_judgments`)."""
    from studyctl.rules.five_haves import session_judgments

    context = _context(result)
    keeps = _ScopeFilter(context, result.scope)
    failed = {(f.rule, f.subject) for f in result.findings}
    rows = []
    for judgment in session_judgments(context):
        session = judgment.session
        in_scope = result.scope.everything or (
            (result.scope.member is None or session.id in keeps.member_sessions)
            and (result.scope.unit is None or session.id in keeps.unit_sessions)
        )
        if not in_scope and not any((rule, session.id) in failed for rule in SESSION_HAVES):
            continue
        marks: dict[str, Mark] = {
            rule: judgment.ok(rule) if rule in result.rules_run else None for rule in SESSION_HAVES
        }
        rows.append(SessionHaves(session, marks))
    return rows


def member_haves(result: CheckResult) -> list[MemberHaves]:
    """The members the five haves judge in the period and in scope, with ✓ or ✗ for reflections
    and notebook: the rules' own judgments (`rules.five_haves.member_judgments`)."""
    from studyctl.rules.five_haves import member_judgments

    rows = []
    for judgment in member_judgments(_context(result)).values():
        member = judgment.member
        if result.scope.member is not None and member.id != result.scope.member:
            continue
        if result.scope.unit is not None and member.unit != result.scope.unit:
            continue
        marks: dict[str, Mark] = {
            rule: judgment.ok(rule) if rule in result.rules_run and judgment.judged(rule) else None
            for rule in MEMBER_HAVES
        }
        rows.append(MemberHaves(member, marks))
    return rows


def rhythm_strip(result: CheckResult) -> list[WeekRhythm]:
    """The weeks of the period with their study day and exchange; none when the check is narrowed
    to a member or unit, or ran neither rhythm rule."""
    if not result.scope.everything or not {"study-day", "exchange"} & result.rules_run:
        return []
    from studyctl.rules.rhythm import week_rhythm

    return week_rhythm(_context(result))


def source_line(root: Path, rel: str, line: int | None) -> str | None:
    """The text of `line` in the record file `rel`, to quote under a finding."""
    if line is None:
        return None
    try:
        raw = read_bytes(root, rel)
    except OSError:
        return None
    return line_of_bytes(raw, line)


def line_of_bytes(raw: bytes, line: int | None) -> str | None:
    """The text of `line` in a record file's bytes."""
    lines = raw.decode("utf-8-sig", errors="replace").splitlines()
    return lines[line - 1] if line is not None and 0 < line <= len(lines) else None
