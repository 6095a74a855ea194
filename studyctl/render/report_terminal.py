"""The report in the terminal with Rich: its tables, with a bar beside every rate."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from studyctl.messages import t
from studyctl.render.report_tables import (
    Column,
    Table,
    cell_text,
    report_subtitle,
    report_tables,
    report_title,
    review_mark,
    yes_no,
)
from studyctl.report import Report

BAR_WIDTH = 10
NARROW_BAR = 5  # in tables of many columns


def rate_bar(rate: float | None, width: int = BAR_WIDTH) -> Text:
    """`████████░░ 81.3%`, green from 90%, yellow from 60%, red below."""
    if rate is None:
        return Text("—", style="dim")
    filled = round(max(0.0, min(1.0, rate)) * width)
    style = "green" if rate >= 0.9 else "yellow" if rate >= 0.6 else "red"
    bar = Text("█" * filled, style=style)
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {cell_text(rate, 'rate')}")
    return bar


def members_for_terminal(report: Report, lang: str) -> Table:
    """The members' table narrowed for a terminal: counts paired, a review as one mark a quarter."""
    quarters = f"Q{report.period.quarter}" if report.period.quarter else "Q1–Q4"
    columns = [
        Column(t("report.col.rank", lang), "int"),
        Column(t("report.col.name", lang)),
        Column(t("report.col.unit", lang)),
        Column(f"{t('report.col.attended', lang)}/{t('report.col.expected', lang)}", wrap=False),
        Column(t("report.col.leave", lang), "int"),
        Column(t("report.col.absent", lang), "int"),
        Column(t("report.col.attendance_rate", lang), "rate"),
        Column(t("report.col.essays", lang), wrap=False),
        Column(t("report.col.plan", lang), wrap=False),
        Column(f"{t('report.col.reviews', lang)} {quarters}", wrap=False),
        Column(t("report.col.self_report", lang)),
        Column(t("report.col.score", lang), "score"),
    ]
    rows = [
        [
            row.rank,
            row.name,
            row.unit_name,
            f"{row.sessions_attended}/{row.sessions_expected}",
            row.leave,
            row.absent,
            row.attendance.rate,
            f"{row.essays}/{row.essays_target}",
            f"{row.plan_items_done}/{row.plan_items_total}",
            " ".join(review_mark(marks, lang) for marks in row.reviews.values()),
            yes_no(row.self_report, lang),
            row.score,
        ]
        for row in report.members
    ]
    return Table("members", t("report.section.members", lang), columns, rows)


def table_as_rich(table: Table) -> RichTable:
    rich = RichTable(title=table.title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD)
    for column in table.columns:
        rich.add_column(
            column.header,
            justify="left" if column.kind == "text" else "right",
            overflow="fold",
            no_wrap=not column.wrap or column.kind in ("int", "score"),
        )
    bar_width = NARROW_BAR if len(table.columns) > 7 else BAR_WIDTH
    for row in table.rows:
        cells: list[RenderableType] = []
        for cell, column in zip(row, table.columns, strict=True):
            if column.kind == "rate" and (cell is None or isinstance(cell, float | int)):
                cells.append(rate_bar(None if cell is None else float(cell), bar_width))
            else:
                cells.append(Text(cell_text(cell, column.kind)))
        rich.add_row(*cells)
    return rich


def render_report(report: Report, lang: str) -> RenderableType:
    parts: list[RenderableType] = [
        Text(report_title(report, lang), style="bold"),
        Text(report_subtitle(report, lang), style="dim"),
    ]
    for table in report_tables(report, lang):
        if table.name == "members":
            table = members_for_terminal(report, lang)
        elif table.name == "ranking":
            continue  # the members' table is in rank order and shows the score already
        parts.append(table_as_rich(table) if table.rows else Text(f"\n{table.title}: —", style="bold"))
    return Group(*parts)
