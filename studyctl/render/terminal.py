"""Terminal output with Rich, in the configured language: the check's summary line, the five-haves
tables, the weekly rhythm strip, and the findings grouped by rule with file:line, quote and hint.

Everything here turns data into renderables; nothing prints. The five-haves tables list every
session and member with a ✗ and fold the rest into one row, so that a quarter of a large office
still reads on one screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby

from rich import box
from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from studyctl.check import (
    MEMBER_HAVES,
    SESSION_HAVES,
    CheckResult,
    Mark,
    MemberHaves,
    SessionHaves,
    member_haves,
    rhythm_strip,
    session_haves,
)
from studyctl.findings import Finding
from studyctl.messages import has_message, t
from studyctl.periods import Period, quarter_of
from studyctl.rules import registry
from studyctl.rules.rhythm import WeekRhythm, WeekState

Quote = Callable[[str, int | None], str | None]
STYLE = {"error": "bold red", "warning": "yellow"}
MARKS: dict[Mark, tuple[str, str]] = {True: ("✓", "green"), False: ("✗", "bold red"), None: ("–", "dim")}
WEEK_MARKS = {
    WeekState.held: ("✓", "green"),
    WeekState.moved: ("~", "cyan"),
    WeekState.missed: ("✗", "bold red"),
    WeekState.no_workday: ("-", "dim"),
    WeekState.pending: (".", "dim"),
}


def summary_line(result: CheckResult, lang: str) -> Text:
    """The check's first line: the organization, the period and the counts, green when there is nothing to
    report."""
    counts = result.counts
    params = {
        "organization": result.records.config.organization,
        "period": str(result.period),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "files": result.files,
        "records": result.records_checked,
    }
    if not result.findings:
        return Text(t("check.clean", lang, **params), style="bold green")
    style = "bold red" if counts["error"] else "bold yellow"
    return Text(t("check.summary", lang, **params), style=style)


def waiting_lines(result: CheckResult, lang: str) -> Text | None:
    """One line per record that failed to load: how many references to it could not be checked."""
    if not result.waiting:
        return None
    lines = [
        t("check.waiting", lang, file=file, count=count) for file, count in sorted(result.waiting.items())
    ]
    return Text("\n".join(lines), style="yellow")


def render_finding(finding: Finding, lang: str, quote: Quote, show_rule: bool = True) -> RenderableType:
    """One finding: `file:line`, its severity and message (and rule), then the quoted source line and the
    hint."""
    where = finding.file if finding.line is None else f"{finding.file}:{finding.line}"
    severity = t(f"severity.{finding.severity}", lang)
    rule = f" [dim]\\[{escape(finding.rule)}][/]" if show_rule else ""
    head = Text.from_markup(
        f"[bold]{escape(where)}[/]: [{STYLE[finding.severity]}]{escape(severity)}[/] "
        f"{escape(finding.message(lang))}{rule}"
    )
    parts: list[RenderableType] = [head]
    source = quote(finding.file, finding.line)
    if source is not None and source.strip():
        parts.append(Text(f"    {finding.line} | {source.rstrip()}", style="cyan"))
    hint = finding.hint(lang)
    if hint:
        parts.append(Text("    " + t("check.hint_line", lang, hint=hint), style="dim"))
    return Group(*parts)


def render_findings_by_rule(
    findings: list[Finding], rule_order: Iterable[str], lang: str, quote: Quote
) -> Group:
    """One block per rule, in the registry's order: a heading with its counts, then its findings."""
    order = {name: index for index, name in enumerate(rule_order)}
    ranked = sorted(findings, key=lambda f: order.get(f.rule, len(order)))  # stable: keeps file order
    blocks: list[RenderableType] = []
    for rule, group in groupby(ranked, key=lambda f: f.rule):
        members = list(group)
        style = "bold red" if any(f.severity == "error" for f in members) else "bold yellow"
        blocks.append(Text(rule_heading(rule, members, lang), style=style))
        blocks.extend(render_finding(finding, lang, quote, show_rule=False) for finding in members)
        blocks.append(Text(""))
    return Group(*blocks)


def rule_heading(rule: str, findings: list[Finding], lang: str) -> str:
    """The heading of a rule's block: the rule's title and name and how many errors and warnings it found."""
    counts = []
    for severity in ("error", "warning"):
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            counts.append(t(f"check.count.{severity}" + (".one" if n == 1 else ""), lang, n=n))
    title_key = f"check.rule.{rule}"
    title = t(title_key, lang) if has_message(title_key) else rule
    return t(
        "check.group", lang, title=title, rule=rule, counts=t("check.count.separator", lang).join(counts)
    )


# --- the five haves ------------------------------------------------------------------------------


def _mark(mark: Mark) -> Text:
    symbol, style = MARKS[mark]
    return Text(symbol, style=style)


def _header(rule: str, lang: str) -> str:
    return t(f"check.rule.{rule}", lang)


def sessions_table(rows: list[SessionHaves], result: CheckResult, lang: str) -> Table:
    """The sessions' five haves: a row for each session that misses one, the rest folded into one row."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(t("check.five_haves.date", lang), no_wrap=True)
    table.add_column(t("check.five_haves.session", lang))
    for rule in SESSION_HAVES:
        table.add_column(_header(rule, lang), justify="center", no_wrap=True)
    failing = [row for row in rows if False in row.marks.values()]
    for row in failing:
        session = row.session
        table.add_row(
            session.date.isoformat(),
            _session_label(session.kind, session.units, result, lang),
            *(_mark(row.marks[rule]) for rule in SESSION_HAVES),
        )
    passing = [row for row in rows if row not in failing]
    if passing:
        key = "check.five_haves.other_sessions" if failing else "check.five_haves.all_sessions"
        table.add_row(
            "", Text(t(key, lang, n=len(passing)), style="dim"), *_passing_marks(passing, SESSION_HAVES)
        )
    return table


def _session_label(kind: str, units: list[str], result: CheckResult, lang: str) -> str:
    label = t(f"kind.{kind}", lang)
    named = [result.records.units[u].name for u in units if u in result.records.units]
    return f"{label} · {'、'.join(named)}" if named else label


def _passing_marks(rows: list[SessionHaves] | list[MemberHaves], rules: tuple[str, ...]) -> list[Text]:
    """The folded row: ✓ where some row was judged, – where none was."""
    return [_mark(True if any(row.marks[rule] for row in rows) else None) for rule in rules]


def members_table(rows: list[MemberHaves], result: CheckResult, lang: str) -> Table:
    """The members' five haves: a row for each member who misses one, the rest folded into one row."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(t("check.five_haves.member", lang))
    table.add_column(t("check.five_haves.unit", lang))
    for rule in MEMBER_HAVES:
        table.add_column(_header(rule, lang), justify="center", no_wrap=True)
    failing = [row for row in rows if False in row.marks.values()]
    for row in failing:
        member = row.member
        unit = result.records.units.get(member.unit)
        table.add_row(
            f"{member.name}（{member.id}）" if lang == "zh" else f"{member.name} ({member.id})",
            unit.name if unit else member.unit,
            *(_mark(row.marks[rule]) for rule in MEMBER_HAVES),
        )
    passing = [row for row in rows if row not in failing]
    if passing:
        key = "check.five_haves.other_members" if failing else "check.five_haves.all_members"
        table.add_row(
            Text(t(key, lang, n=len(passing)), style="dim"), "", *_passing_marks(passing, MEMBER_HAVES)
        )
    return table


def render_five_haves(result: CheckResult, lang: str) -> RenderableType | None:
    """The five-haves tables, or None when none of their rules was run."""
    if not (set(SESSION_HAVES) | set(MEMBER_HAVES)) & result.rules_run:
        return None
    parts: list[RenderableType] = [Text(t("check.five_haves.title", lang), style="bold")]
    sessions = session_haves(result)
    if sessions:
        parts.append(sessions_table(sessions, result, lang))
    else:
        parts.append(Text(t("check.five_haves.none", lang), style="dim"))
    members = member_haves(result)
    if members:
        parts.append(members_table(members, result, lang))
    return Group(*parts)


# --- the weekly rhythm ---------------------------------------------------------------------------


def render_rhythm(weeks: list[WeekRhythm], lang: str) -> RenderableType | None:
    """A strip per quarter: the week numbers, then the study day and the exchange of each week."""
    if not weeks:
        return None
    parts: list[RenderableType] = [Text(t("check.rhythm.title", lang), style="bold")]
    by_quarter = groupby(weeks, key=lambda w: _quarter_of_week(w))
    quarters = [(quarter, list(group)) for quarter, group in by_quarter]
    for quarter, group in quarters:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        for _ in group:
            grid.add_column(justify="center", no_wrap=True)
        label = str(quarter) if len(quarters) > 1 else ""
        grid.add_row(Text(label, style="dim"), *(Text(f"{w.week.number:02d}", style="dim") for w in group))
        grid.add_row(t("check.rhythm.study_day", lang), *(_week_mark(w, study=True) for w in group))
        grid.add_row(t("check.rhythm.exchange", lang), *(_week_mark(w, study=False) for w in group))
        parts.append(grid)
    parts.append(Text(t("check.rhythm.legend", lang), style="dim"))
    return Group(*parts)


def _quarter_of_week(week: WeekRhythm) -> Period:
    return quarter_of(week.week.day(3))  # a week belongs to the quarter of its Thursday


def _week_mark(week: WeekRhythm, study: bool) -> Text:
    state = week.study_state if study else week.exchange_state
    symbol, style = WEEK_MARKS[state]
    if state is WeekState.missed and not study:
        style = "yellow"  # a missed exchange is a warning, a missed study day an error
    if study and week.moved_off_study_day and week.judged:
        style = "yellow"  # moved although the study day was a working day: the warning
    return Text(symbol, style=style)


# --- the whole check -----------------------------------------------------------------------------


def render_check(result: CheckResult, lang: str, quote: Quote) -> RenderableType:
    """The whole check: the summary, the records that failed to load, the five haves, the weekly rhythm and
    the findings by rule."""
    parts: list[RenderableType] = [summary_line(result, lang)]
    waiting = waiting_lines(result, lang)
    if waiting is not None:
        parts.append(waiting)
    parts.append(Text(""))
    for section in (render_five_haves(result, lang), render_rhythm(rhythm_strip(result), lang)):
        if section is not None:
            parts.extend([section, Text("")])
    if result.findings:
        parts.append(render_findings_by_rule(result.findings, registry(), lang, quote))
    return Group(*parts)
