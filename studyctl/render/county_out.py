"""The county's output: a fetch's line per office, the county check (terminal and JSON), and the
county bulletin as data (`Bulletin`) laid out as one `Table` that the report's own exporters show
(terminal, Markdown, HTML, CSV, XLSX, DOCX); its JSON is the contract of docs/county.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from studyctl.county import County, FetchResult, Office, OfficeCheck, age_text
from studyctl.messages import t
from studyctl.periods import Period
from studyctl.render import paper as layout
from studyctl.render.report_tables import Column, Table

HAVES = ("schedule", "attendance", "minutes", "reflections", "notebook")


def _short(commit: str | None) -> str:
    return commit[:10] if commit else "—"


# --- fetch ---------------------------------------------------------------------------------------


def fetch_line(result: FetchResult, lang: str, age: str) -> str:
    """One line per office: new commits, the newest record, the seals received and their verdicts."""
    office = (
        f"{result.office.name}（{result.office.id}）"
        if lang == "zh"
        else f"{result.office.name} ({result.office.id})"
    )
    if not result.ok:
        error = result.error.replace("\n", " · ")
        return t("county.fetch.failed", lang, office=office, error=error, age=age)
    parts = [t("county.fetch.commits", lang, count=result.new_commits)]
    if result.rewritten:
        parts.append(t("county.fetch.rewritten", lang))
    parts.append(t("county.fetch.newest", lang, date=result.newest_record or "—"))
    if result.verdicts:
        seals = " ".join(f"{v.quarter}{_verdict_mark(v.ok)}" for v in result.verdicts)
        parts.append(t("county.fetch.seals", lang, count=len(result.verdicts), seals=seals))
    else:
        parts.append(t("county.fetch.no_seals", lang))
    for quarter in result.rejected_tags:
        parts.append(t("county.fetch.tag_kept", lang, quarter=quarter))
    separator = "，" if lang == "zh" else ", "
    return f"{office}: {separator.join(parts)}"


def _verdict_mark(ok: bool | None) -> str:
    return "✓" if ok else "?" if ok is None else "✗"


def stale_lines(offices: Iterable[Office], state: dict[str, Any], now: dt.datetime, lang: str) -> list[str]:
    """For each office whose last fetch failed: the copy in use and its age."""
    lines = []
    entries = state.get("offices", {})
    for office in offices:
        entry = entries.get(office.id, {})
        if entry.get("error"):
            lines.append(
                t(
                    "county.stale",
                    lang,
                    id=office.id,
                    name=office.name,
                    age=age_text(entry.get("fetched_at"), now, lang),
                    fetched_at=entry.get("fetched_at") or "—",
                    attempted_at=entry.get("attempted_at") or "—",
                )
            )
    return lines


# --- check ---------------------------------------------------------------------------------------


def _counts(checks: Sequence[OfficeCheck]) -> dict[str, int]:
    return {
        "error": sum(check.counts["error"] for check in checks),
        "warning": sum(check.counts["warning"] for check in checks),
    }


def check_as_json(county: County, period: Period, checks: Sequence[OfficeCheck], lang: str) -> str:
    """`county check --format json`: each office's commit, findings and counts, and the counts of them all."""
    document = {
        "county": county.settings.name,
        "period": str(period),
        "offices": [
            {
                "id": check.office.id,
                "name": check.office.name,
                "commit": check.commit,
                "fetched_at": check.fetched_at,
                "counts": check.counts,
                "findings": [finding.as_json(lang) for finding in check.findings],
            }
            for check in checks
        ],
        "counts": _counts(checks),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _pair(value: tuple[int, int] | None) -> str:
    return "—" if value is None or value[1] == 0 else f"{value[0]}/{value[1]}"


def _mark(value: tuple[int, int] | None) -> str:
    """✓ when every judged session or member has it, else ✗ and how many lack it; — when none judged."""
    if value is None or value[1] == 0:
        return "—"
    missing = value[1] - value[0]
    return "✓" if missing == 0 else f"✗{missing}"


def check_table(checks: Sequence[OfficeCheck], now: dt.datetime, lang: str) -> Table:
    """A row per office: errors, warnings, the five haves (✓, or ✗ and how many lack one), the weeks
    with a study day and an exchange (held/owed), and the age of the copy checked."""
    columns = [
        Column(t("county.col.office", lang), wrap=False),
        Column(t("county.col.errors", lang), "int"),
        Column(t("county.col.warnings", lang), "int"),
        *(Column(t(f"county.col.short.{have}", lang), wrap=False) for have in HAVES),
        Column(t("county.col.study_days", lang), wrap=False),
        Column(t("county.col.exchanges", lang), wrap=False),
        Column(t("county.col.fetched", lang), wrap=False),
    ]
    rows: list[list[Any]] = []
    for check in checks:
        rows.append(
            [
                check.office.name,
                check.counts["error"],
                check.counts["warning"],
                *(_mark(check.haves.get(have)) for have in HAVES),
                _pair(check.rhythm.get("study-day")),
                _pair(check.rhythm.get("exchange")),
                age_text(check.fetched_at, now, lang),
            ]
        )
    return Table("county-check", t("county.check.table", lang), columns, rows)


def render_check(
    county: County, period: Period, checks: Sequence[OfficeCheck], now: dt.datetime, lang: str
) -> RenderableType:
    """`county check` on the terminal: the county's counts, a row per office, then the findings of each office
    that has any."""
    from studyctl.render.report_terminal import table_as_rich

    counts = _counts(checks)
    failing = sum(1 for check in checks if check.counts["error"])
    parts: list[RenderableType] = [
        Text(
            t(
                "county.check.summary",
                lang,
                county=county.settings.name,
                period=str(period),
                offices=len(checks),
                failing=failing,
                errors=counts["error"],
                warnings=counts["warning"],
            ),
            style="bold",
        ),
        table_as_rich(check_table(checks, now, lang)),
    ]
    for check in checks:
        if not check.findings:
            continue
        parts.append(
            Text(
                t(
                    "county.check.office",
                    lang,
                    name=check.office.name,
                    id=check.office.id,
                    errors=check.counts["error"],
                    warnings=check.counts["warning"],
                ),
                style="bold",
            )
        )
        for finding in check.findings:
            where = finding.file if finding.line is None else f"{finding.file}:{finding.line}"
            severity = t(f"severity.{finding.severity}", lang)
            style = "red" if finding.severity == "error" else "yellow"
            line = Text(f"{where}: ")
            line.append(severity, style=style)
            line.append(f" {finding.message(lang)}")
            parts.append(line)
            hint = finding.hint(lang)
            if hint:
                parts.append(Text("    " + t("county.check.hint", lang, hint=hint), style="dim"))
        parts.append(Text(""))
    return Group(*parts)


# --- the bulletin --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulletinRow:
    """One office's row of the county bulletin: its figures, errors, the commit it was read at and its
    rank."""

    id: str
    name: str
    commit: str | None
    fetched_at: str | None
    errors: int
    figures: dict[str, Any]  # office_row's figures; empty when the office could not be read
    rank: int | None = None


@dataclass(frozen=True)
class Bulletin:
    """The county bulletin of a period: the offices ranked and the county's total."""

    county: str
    period: Period
    today: dt.date
    rows: list[BulletinRow]  # ranked
    total: dict[str, Any]


def build_bulletin(county: County, period: Period, today: dt.date, checks: Sequence[OfficeCheck]) -> Bulletin:
    """The bulletin of the offices checked, ranked by score, with the county's total."""
    rows = [
        BulletinRow(c.office.id, c.office.name, c.commit, c.fetched_at, c.counts["error"], c.row or {})
        for c in checks
    ]
    return Bulletin(county.settings.name, period, today, rank_offices(rows), _total(rows))


def rank_offices(rows: list[BulletinRow]) -> list[BulletinRow]:
    """By score, highest first; equal scores share a rank (1, 2, 2, 4); offices without one last."""
    scored = sorted(
        (r for r in rows if r.figures.get("score") is not None), key=lambda r: (-r.figures["score"], r.id)
    )
    ranked: list[BulletinRow] = []
    for position, row in enumerate(scored, start=1):
        previous = ranked[-1] if ranked else None
        same = previous is not None and previous.figures["score"] == row.figures["score"]
        ranked.append(_with_rank(row, previous.rank if same and previous else position))
    return ranked + sorted((r for r in rows if r.figures.get("score") is None), key=lambda r: r.id)


def _with_rank(row: BulletinRow, rank: int | None) -> BulletinRow:
    from dataclasses import replace

    return replace(row, rank=rank)


_PAIRS = ("study_days", "exchanges", "attendance", "essays", "degree")


def _total(rows: Sequence[BulletinRow]) -> dict[str, Any]:
    """The county's row: counts summed, rates of the sums, the score the mean of the offices'."""
    figures = [row.figures for row in rows if row.figures]
    total: dict[str, Any] = {"members": sum(f["members"] for f in figures)}
    for key in _PAIRS:
        total[key] = [sum(f[key][0] for f in figures), sum(f[key][1] for f in figures)]
    total["five_haves"] = {}
    for have in HAVES:
        pairs = [f["five_haves"][have] for f in figures if f["five_haves"].get(have) is not None]
        total["five_haves"][have] = [sum(p[0] for p in pairs), sum(p[1] for p in pairs)] if pairs else None
    scores = [f["score"] for f in figures if f["score"] is not None]
    total["score"] = round(sum(scores) / len(scores), 1) if scores else None
    return total


def _rate(pair: Sequence[int] | None) -> float | None:
    return None if not pair or pair[1] == 0 else pair[0] / pair[1]


def bulletin_title(bulletin: Bulletin, lang: str) -> str:
    """The bulletin's title: the county and the period."""
    return t("county.bulletin.title", lang, county=bulletin.county, period=str(bulletin.period))


def bulletin_table(bulletin: Bulletin, lang: str) -> Table:
    """The bulletin as a table: one row per office in rank order, then the county's total."""
    columns = [
        Column(t("report.col.rank", lang), "int"),
        Column(t("county.col.office", lang)),
        Column(t("county.col.members", lang), "int"),
        Column(t("county.col.study_days", lang), wrap=False),
        Column(t("county.col.exchanges", lang), wrap=False),
        Column(t("county.col.attendance_rate", lang), "rate"),
        *(Column(t(f"county.col.{have}", lang), "rate") for have in HAVES),
        Column(t("county.col.essays", lang), wrap=False),
        Column(t("county.col.degree_rate", lang), "rate"),
        Column(t("report.col.score", lang), "score"),
    ]
    rows = [_cells(row.rank, row.name, row.figures) for row in bulletin.rows]
    rows.append(_cells(None, t("county.bulletin.total", lang), bulletin.total))
    return Table("county", t("county.bulletin.table", lang), columns, rows, t("county.bulletin.note", lang))


def _cells(rank: int | None, name: str, figures: dict[str, Any]) -> list[Any]:
    if not figures:
        return [rank, name, *([None] * 12)]
    return [
        rank,
        name,
        figures["members"],
        _pair(tuple(figures["study_days"])),
        _pair(tuple(figures["exchanges"])),
        _rate(figures["attendance"]),
        *(_rate(figures["five_haves"].get(have)) for have in HAVES),
        _pair(tuple(figures["essays"])),
        _rate(figures["degree"]),
        figures["score"],
    ]


def render_bulletin(bulletin: Bulletin, lang: str) -> RenderableType:
    """The bulletin for a terminal: rates as percentages without bars, so that a row fits a line."""
    from studyctl.render.report_tables import cell_text
    from studyctl.render.report_terminal import table_as_rich

    table = bulletin_table(bulletin, lang)
    columns = [Column(c.header, "text" if c.kind == "rate" else c.kind, wrap=False) for c in table.columns]
    rows = [
        [
            cell_text(cell, "rate") if col.kind == "rate" else cell
            for cell, col in zip(row, table.columns, strict=True)
        ]
        for row in table.rows
    ]
    return Group(
        Text(bulletin_title(bulletin, lang), style="bold"),
        Text(
            t("county.bulletin.subtitle", lang, date=bulletin.today.isoformat(), offices=len(bulletin.rows))
        ),
        table_as_rich(Table(table.name, table.title, columns, rows)),
        Text(table.note, style="dim"),
    )


def bulletin_as_json(bulletin: Bulletin) -> str:
    """The bulletin as JSON text."""

    def office(row: BulletinRow) -> dict[str, Any]:
        return {
            "rank": row.rank,
            "id": row.id,
            "name": row.name,
            "commit": row.commit,
            "fetched_at": row.fetched_at,
            "errors": row.errors,
            **_figures_json(row.figures),
        }

    document = {
        "county": bulletin.county,
        "period": str(bulletin.period),
        "as_of": bulletin.today.isoformat(),
        "offices": [office(row) for row in bulletin.rows],
        "total": _figures_json(bulletin.total),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _figures_json(figures: dict[str, Any]) -> dict[str, Any]:
    if not figures:
        return {"members": None, "score": None}

    def pair(key: str, done: str, due: str) -> dict[str, Any]:
        value = figures[key]
        return {done: value[0], due: value[1], "rate": _rate(value)}

    return {
        "members": figures["members"],
        "study_days": pair("study_days", "held", "owed"),
        "exchanges": pair("exchanges", "held", "owed"),
        "attendance": pair("attendance", "attended", "expected"),
        "five_haves": {
            have: None if figures["five_haves"].get(have) is None else _rate(figures["five_haves"][have])
            for have in HAVES
        },
        "essays": pair("essays", "written", "due"),
        "degree": pair("degree", "met", "required"),
        "score": figures["score"],
    }


def bulletin_bytes(bulletin: Bulletin, chosen: str, lang: str) -> bytes:
    """The bulletin in a file format, through the same exporters as the office's report."""
    table = bulletin_table(bulletin, lang)
    title = bulletin_title(bulletin, lang)
    subtitle = t(
        "county.bulletin.subtitle", lang, date=bulletin.today.isoformat(), offices=len(bulletin.rows)
    )
    if chosen == "json":
        return bulletin_as_json(bulletin).encode("utf-8")
    if chosen == "csv":
        from studyctl.render.office import BOM, _csv_value, spreadsheet_safe

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([spreadsheet_safe(column.header) for column in table.columns])
        for row in table.rows:
            writer.writerow([_csv_value(c, col.kind) for c, col in zip(row, table.columns, strict=True)])
        return (BOM + buffer.getvalue()).encode("utf-8")
    if chosen == "markdown":
        from studyctl.render.markdown_out import _escape, table_as_markdown

        return f"# {_escape(title)}\n\n{_escape(subtitle)}\n\n{table_as_markdown(table)}".encode()
    if chosen == "html":
        from html import escape

        from studyctl.render.html_out import STYLE, table_as_html

        html_lang = "zh-CN" if lang == "zh" else "en"
        return (
            f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n"
            f"<style>{STYLE}</style>\n</head>\n<body>\n<h1>{escape(title)}</h1>\n"
            f'<p class="subtitle">{escape(subtitle)}</p>\n{table_as_html(table)}\n</body>\n</html>\n'
        ).encode()
    if chosen == "xlsx":
        from openpyxl import Workbook  # type: ignore[import-untyped]

        from studyctl.render.office import _fill_sheet

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = t("county.bulletin.sheet", lang)[:31]
        _fill_sheet(sheet, title, subtitle, [table])
        workbook.save(sheet_bytes := io.BytesIO())
        return sheet_bytes.getvalue()
    if chosen in ("docx", "pdf"):
        from studyctl.render.docx_out import paper_as_docx
        from studyctl.render.pdf_out import paper_as_pdf

        paper = bulletin_paper(bulletin, lang)
        return paper_as_docx(paper) if chosen == "docx" else paper_as_pdf(paper, lang)
    # text
    from rich.console import Console

    console = Console(width=200, record=True, file=io.StringIO(), color_system=None)
    console.print(render_bulletin(bulletin, lang))
    return console.export_text().encode("utf-8")


def bulletin_paper(bulletin: Bulletin, lang: str) -> layout.Paper:
    """The bulletin as a paper in the official document format, as the office's report is: the
    title, the day and number of offices, the ranked table, signed off by the county."""
    table = bulletin_table(bulletin, lang)
    subtitle = t(
        "county.bulletin.subtitle", lang, date=bulletin.today.isoformat(), offices=len(bulletin.rows)
    )
    day = bulletin.today
    month_en = layout.MONTHS[day.month - 1]
    date = t("paper.date", lang, year=day.year, month_zh=day.month, month_en=month_en, day=day.day)
    title = layout.numbered(1, 1, table.title, lang)
    blocks: list[layout.Block] = [layout.Text(subtitle), layout.Heading(1, title)]
    # a row an office, a dozen figures across: the paper's own size for a wide table (小五)
    blocks.append(layout.grid(table) if table.rows else layout.Text(t("report.none", lang)))
    return layout.Paper(bulletin_title(bulletin, lang), blocks, bulletin.county, date)
