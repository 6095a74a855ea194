"""Terminal output with Rich: the check summary and its findings, in the configured language."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.text import Text

from studyctl.check import CheckResult
from studyctl.findings import Finding
from studyctl.messages import t

Quote = Callable[[str, int | None], str | None]
STYLE = {"error": "bold red", "warning": "yellow"}


def summary_line(result: CheckResult, lang: str) -> Text:
    counts = result.counts
    params = {
        "organization": result.records.config.organization,
        "period": str(result.period),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "files": result.files,
    }
    if not result.findings:
        return Text(t("check.clean", lang, **params), style="bold green")
    style = "bold red" if counts["error"] else "bold yellow"
    return Text(t("check.summary", lang, **params), style=style)


def render_finding(finding: Finding, lang: str, quote: Quote) -> RenderableType:
    where = finding.file if finding.line is None else f"{finding.file}:{finding.line}"
    severity = t(f"severity.{finding.severity}", lang)
    head = Text.from_markup(
        f"[bold]{escape(where)}[/]: [{STYLE[finding.severity]}]{escape(severity)}[/] "
        f"{escape(finding.message(lang))} [dim]\\[{escape(finding.rule)}][/]"
    )
    parts: list[RenderableType] = [head]
    source = quote(finding.file, finding.line)
    if source is not None and source.strip():
        parts.append(Text(f"    {finding.line} | {source.rstrip()}", style="cyan"))
    hint = finding.hint(lang)
    if hint:
        parts.append(Text(f"    {t('check.hint_prefix', lang)}: {hint}", style="dim"))
    return Group(*parts)


def render_findings_by_file(findings: list[Finding], lang: str, quote: Quote) -> RenderableType:
    blocks: list[RenderableType] = []
    for _, group in groupby(findings, key=lambda f: f.file):
        blocks.extend(render_finding(finding, lang, quote) for finding in group)
        blocks.append(Text(""))
    return Group(*blocks)


def render_check(result: CheckResult, lang: str, quote: Quote) -> RenderableType:
    return Group(summary_line(result, lang), Text(""), render_findings_by_file(result.findings, lang, quote))
