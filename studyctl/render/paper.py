"""The report as a paper an office files: what the Word document and the PDF both lay out.

A paper is a title, blocks (numbered headings, paragraphs, tables, notes) and a sign-off (落款:
the organization and the date). The annual report and the quarterly bulletin put the
organization's figures under one first-level heading with second-level ones (一、 then （一）);
one member's paper is a one-page summary. The date is the report's day, which the CLI took from
the one clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studyctl.messages import t
from studyctl.render.report_tables import (
    Table,
    cell_text,
    degree_table,
    five_haves_table,
    member_summary_table,
    members_compact_table,
    organization_table,
    ranking_table,
    report_subtitle,
    report_title,
    sessions_table,
    units_table,
)
from studyctl.report import Report

CHINESE_NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(f"^[{CHINESE_NUMERALS}]+、")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Heading:
    """A numbered heading: level 1 is 一、 (黑体), level 2 is （一） (楷体)."""

    level: int
    text: str


@dataclass(frozen=True)
class Text:
    """A paragraph of body text; `note` is a smaller line under a table."""

    text: str
    note: bool = False


@dataclass(frozen=True)
class Grid:
    """A table of text: its headers, rows, which columns are numbers, and relative column widths."""

    headers: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    widths: list[int]
    size: float | None = None  # the text size in points, if the paper sets it (else by the width)


Block = Heading | Text | Grid


@dataclass(frozen=True)
class Paper:
    """The whole document: title, blocks, and the sign-off lines (organization, date)."""

    title: str
    blocks: list[Block]
    organization: str
    date: str


def display_width(text: str) -> int:
    """Half-width columns a text takes: a Chinese character is two."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def paper_date(report: Report, lang: str) -> str:
    """The report's day as a paper dates it: 2026年11月28日."""
    day = report.today
    return t(
        "paper.date", lang, year=day.year, month_zh=day.month, month_en=MONTHS[day.month - 1], day=day.day
    )


def numbered(level: int, index: int, text: str, lang: str) -> str:
    """`一、总体情况`, `（二）主要指标`; in English `1. …` and `(2) …`. A number already in the
    title is replaced."""
    text = _NUMBERED.sub("", text)
    if lang != "zh":
        return f"{index}. {text}" if level == 1 else f"({index}) {text}"
    numeral = CHINESE_NUMERALS[index - 1] if index <= 10 else str(index)
    return f"{numeral}、{text}" if level == 1 else f"（{numeral}）{text}"


# marks a Chinese font of GB 2312 has, for those it may not (the notebook's ✓ and ✗)
PRINTABLE = str.maketrans({"✓": "√", "✗": "×", "·": "，"})


def grid(table: Table) -> Grid:
    """A report table as text cells, with column widths from its longest text (headers may fold)."""
    rows = [
        [
            cell_text(cell, column.kind).translate(PRINTABLE)
            for cell, column in zip(row, table.columns, strict=True)
        ]
        for row in table.rows
    ]
    widths = []
    for index, column in enumerate(table.columns):
        longest = max([display_width(row[index]) for row in rows] + [0])
        header = display_width(column.header)
        # a header may fold onto two lines, a value should not
        widths.append(max(longest, min(header, max(4, (header + 1) // 2))))
    return Grid(
        [column.header for column in table.columns],
        rows,
        [column.kind != "text" for column in table.columns],
        widths,
    )


def _table_blocks(table: Table, lang: str, size: float | None = None) -> list[Block]:
    if not table.rows:
        return [Text(t("report.none", lang))]
    blocks: list[Block] = [replace(grid(table), size=size)]
    if table.note:
        blocks.append(Text(table.note.translate(PRINTABLE), note=True))
    return blocks


def report_paper(report: Report, lang: str) -> Paper:
    """The paper of a report: the annual report, the quarterly bulletin, or one member's year."""
    blocks: list[Block] = [Text(report_subtitle(report, lang))]
    if report.detail is not None:
        summary = member_summary_table(report, lang)
        # 小四, so that the member's year and the sign-off stay on one page
        blocks += [Heading(1, numbered(1, 1, summary.title, lang)), *_table_blocks(summary, lang, 12.0)]
    else:
        figures = organization_table(report, lang)
        blocks.append(Heading(1, numbered(1, 1, figures.title, lang)))
        parts = [
            (t("paper.section.figures", lang), figures),
            (sessions_table(report, lang).title, sessions_table(report, lang)),
            (five_haves_table(report, lang).title, five_haves_table(report, lang)),
        ]
        for index, (title, table) in enumerate(parts, start=1):
            blocks += [Heading(2, numbered(2, index, title, lang)), *_table_blocks(table, lang)]
        members = members_compact_table(report, lang)
        legend = t("report.legend.members", lang)
        sections: list[tuple[Table, list[Text]]] = [
            (degree_table(report, lang), []),
            (units_table(report, lang), []),
            (members, [Text(legend.translate(PRINTABLE), note=True)] if members.rows else []),
            (ranking_table(report, lang), [Text(t("report.formula", lang), note=True)]),
        ]
        for index, (table, notes) in enumerate(sections, start=2):
            blocks += [Heading(1, numbered(1, index, table.title, lang)), *_table_blocks(table, lang), *notes]
    return Paper(report_title(report, lang), blocks, report.organization.name, paper_date(report, lang))
