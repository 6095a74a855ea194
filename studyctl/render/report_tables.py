"""The report as titled tables of cells, in one language: what every human-facing format shows.

The terminal, Markdown, HTML, CSV, XLSX and DOCX renderers all lay out these same tables, so a
figure reads the same in each. A cell keeps its kind (a rate stays a fraction, a count an int)
so that a spreadsheet gets numbers and a page gets text; `cell_text` is the one way to show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyctl.messages import t
from studyctl.report import (
    FIVE_HAVES,
    RATING_VALUE,
    MemberDetail,
    MemberRow,
    Report,
    ReviewMarks,
    Tally,
)

Cell = str | int | float | None
DASH = "—"


@dataclass(frozen=True)
class Column:
    """A table's column: its header, the kind of its cells (text, int, rate or score) and whether a narrow
    terminal may fold it."""

    header: str
    kind: str = "text"  # text | int | rate | score
    wrap: bool = True  # may a narrow terminal fold it onto more lines


@dataclass(frozen=True)
class Table:
    """A titled table of the report: a stable name, its columns, its rows of cells and a legend under it."""

    name: str  # a stable name: organization, sessions, five_haves, degree, units, members, …
    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    note: str = ""  # a line shown under the table: a legend


@dataclass(frozen=True)
class Figure:
    """One line of the organization summary: a label, its value as text and, if any, a rate."""

    label: str
    text: str
    rate: float | None = None


def percent(rate: float | None) -> str:
    """A rate as a percentage with one decimal (`87.5%`), or a dash when there is none."""
    return DASH if rate is None else f"{100 * rate:.1f}%"


def tally_text(tally: Tally) -> str:
    """A tally as `done / due`."""
    return f"{tally.done} / {tally.due}"


def cell_text(cell: Cell, kind: str) -> str:
    """A cell as text by its column's kind: a dash for nothing, a rate as a percentage, a score with one
    decimal."""
    if cell is None:
        return DASH
    if kind == "rate" and isinstance(cell, int | float):
        return percent(cell)
    if kind == "score" and isinstance(cell, int | float):
        return f"{cell:.1f}"
    return str(cell)


def quarter_name(quarter: int, lang: str) -> str:
    """The name of quarter 1 to 4 in `lang`."""
    return t(f"report.quarter.{quarter}", lang)


def period_name(report: Report, lang: str) -> str:
    """The report's period as the title names it: the year, or the year and the quarter."""
    period = report.period
    if period.quarter is None:
        return t("report.period.year", lang, year=period.year)
    return t(
        "report.period.quarter",
        lang,
        year=period.year,
        quarter=period.quarter,
        quarter_name=quarter_name(period.quarter, lang),
    )


def report_title(report: Report, lang: str) -> str:
    """The report's title: the organization's year or quarter, or the one member's name, unit and period."""
    period = report.period
    organization = report.organization.name
    if report.detail is not None and report.members:
        row = report.members[0]
        return t(
            "report.title.member",
            lang,
            name=row.name,
            unit=row.unit_name,
            period_name=period_name(report, lang),
        )
    if period.quarter is None:
        return t("report.title.year", lang, organization=organization, year=period.year)
    return t(
        "report.title.quarter",
        lang,
        organization=organization,
        year=period.year,
        period=str(period),
        quarter_name=quarter_name(period.quarter, lang),
    )


def report_subtitle(report: Report, lang: str) -> str:
    """The line under the title: the period's first and last day and the day the report was made."""
    return t(
        "report.as_of",
        lang,
        start=report.period.start.isoformat(),
        end=report.period.last_day.isoformat(),
        today=report.today.isoformat(),
    )


def review_text(marks: ReviewMarks | None, lang: str) -> str:
    """`良 良 中 · 笔记完整`: the three ratings (attitude, content, results) and the notebook."""
    if marks is None:
        return DASH
    ratings = " ".join(
        t(f"report.rating_short.{r}", lang) for r in (marks.attitude, marks.content, marks.results)
    )
    return f"{ratings} · {t(f'report.notebook.{marks.notebook}', lang)}"


NOTEBOOK_MARK = {"kept": "✓", "incomplete": "△", "missing": "✗"}


def review_compact(marks: ReviewMarks | None, lang: str) -> str:
    """`优良中✓`: the three ratings and the notebook's mark, for a table on a page."""
    if marks is None:
        return DASH
    ratings = (marks.attitude, marks.content, marks.results)
    return "".join(t(f"report.rating_short.{r}", lang) for r in ratings) + NOTEBOOK_MARK[marks.notebook]


def review_mark(marks: ReviewMarks | None, lang: str) -> str:
    """`良✓`: the rating nearest the review's average and the notebook, for narrow tables."""
    if marks is None:
        return DASH
    nearest = min(RATING_VALUE, key=lambda rating: abs(RATING_VALUE[rating] - marks.value))
    return t(f"report.rating_short.{nearest}", lang) + NOTEBOOK_MARK[marks.notebook]


def areas_text(areas: tuple[str, ...], lang: str) -> str:
    """The study areas, named in `lang` and listed."""
    return "、".join(t(f"area.{a}", lang) for a in areas) if lang == "zh" else ", ".join(areas)


def yes_no(value: bool, lang: str) -> str:
    """A yes or a no in `lang`."""
    return t("report.yes" if value else "report.no", lang)


# --- the organization ----------------------------------------------------------------------------


def organization_figures(report: Report, lang: str) -> list[Figure]:
    """The organization's figures, one per line: members, sessions, the counted kinds, attendance, the five
    haves, essays, degrees and record problems."""
    org = report.organization
    level = t(f"report.education.{org.degree_min}", lang)
    degree_note = t("report.figure.degree_target", lang, target=percent(org.degree_target))
    pace_note = t("report.figure.anti_corruption_pace", lang, pace=org.anti_corruption_pace)
    figures = [
        Figure(t("report.figure.members", lang), str(org.members)),
        Figure(t("report.figure.sessions", lang), str(org.sessions_total)),
        Figure(t("report.figure.study_days", lang), tally_text(org.study_days), org.study_days.rate),
        Figure(t("report.figure.exchanges", lang), tally_text(org.exchanges), org.exchanges.rate),
        Figure(
            t("report.figure.anti_corruption", lang),
            f"{tally_text(org.anti_corruption)}（{pace_note}）"
            if lang == "zh"
            else f"{tally_text(org.anti_corruption)} ({pace_note})",
            org.anti_corruption.rate,
        ),
        Figure(
            t("report.figure.exhibition", lang),
            t("report.held" if org.exhibition_held else "report.not_held", lang),
        ),
        Figure(t("report.figure.attendance", lang), tally_text(org.attendance), org.attendance.rate),
    ]
    for rule in FIVE_HAVES:
        tally = org.five_haves[rule]
        label = t(f"report.have.{rule}", lang)
        if tally is None:
            figures.append(Figure(label, t("report.not_available", lang)))
        else:
            figures.append(Figure(label, tally_text(tally), tally.rate))
    figures += [
        Figure(t("report.figure.essays", lang), tally_text(org.essays), org.essays.rate),
        Figure(t("report.figure.papers", lang), str(org.papers)),
        Figure(t("report.figure.suggestions", lang), str(org.suggestions)),
        Figure(
            t("report.figure.degree", lang, level=level),
            f"{tally_text(org.degree)}（{degree_note}）"
            if lang == "zh"
            else f"{tally_text(org.degree)} ({degree_note})",
            org.degree.rate,
        ),
    ]
    if org.record_problems:
        figures.append(Figure(t("report.figure.record_problems", lang), str(org.record_problems)))
    return figures


def organization_table(report: Report, lang: str) -> Table:
    """The organization summary as a table of figure, value and rate."""
    columns = [
        Column(t("report.col.figure", lang)),
        Column(t("report.col.value", lang)),
        Column(t("report.col.rate", lang), "rate"),
    ]
    rows: list[list[Cell]] = [[f.label, f.text, f.rate] for f in organization_figures(report, lang)]
    return Table("organization", t("report.section.organization", lang), columns, rows)


def sessions_table(report: Report, lang: str) -> Table:
    """How many sessions of each kind took place."""
    columns = [Column(t("report.col.kind", lang)), Column(t("report.col.count", lang), "int")]
    rows: list[list[Cell]] = [
        [t(f"kind.{kind}", lang), count] for kind, count in report.organization.sessions_by_kind.items()
    ]
    return Table("sessions", t("report.section.sessions", lang), columns, rows)


def five_haves_table(report: Report, lang: str) -> Table:
    """The five haves (五有): how many were judged, how many passed, and the compliance rate."""
    columns = [
        Column(t("report.col.have", lang)),
        Column(t("report.col.judged", lang), "int"),
        Column(t("report.col.passed", lang), "int"),
        Column(t("report.col.compliance", lang), "rate"),
    ]
    rows: list[list[Cell]] = []
    for rule in FIVE_HAVES:
        tally = report.organization.five_haves[rule]
        name = t(f"report.have.{rule}", lang)
        if tally is None:
            rows.append([name, None, None, None])
        else:
            rows.append([name, tally.due, tally.done, tally.rate])
    return Table("five_haves", t("report.section.five_haves", lang), columns, rows)


def degree_table(report: Report, lang: str) -> Table:
    """The members still short of the degree level, with the degree they study for and their deadline."""
    columns = [
        Column(t("report.col.name", lang), wrap=False),
        Column(t("report.col.unit", lang), wrap=False),
        Column(t("report.col.education", lang)),
        Column(t("report.col.in_progress", lang)),
        Column(t("report.col.deadline", lang)),
    ]
    rows: list[list[Cell]] = []
    for pending in report.organization.degree_pending:
        studying = None
        if pending.in_progress is not None:
            studying = t(f"report.education.{pending.in_progress}", lang)
            if pending.expected is not None:
                studying += f" ({pending.expected.isoformat()})"
        deadline = pending.deadline.isoformat()
        if pending.overdue:
            deadline += f" {t('report.overdue', lang)}"
        rows.append(
            [pending.name, pending.unit, t(f"report.education.{pending.education}", lang), studying, deadline]
        )
    return Table("degree", t("report.section.degree", lang), columns, rows)


# --- units and members ---------------------------------------------------------------------------


def units_table(report: Report, lang: str) -> Table:
    """One row per unit: its members, the sessions expected and attended, essays and five-haves compliance."""
    columns = [
        Column(t("report.col.unit", lang), wrap=False),
        Column(t("report.col.members", lang), "int"),
        Column(t("report.col.expected", lang), "int"),
        Column(t("report.col.attended", lang), "int"),
        Column(t("report.col.attendance_rate", lang), "rate"),
        Column(t("report.col.essays", lang), "int"),
        Column(t("report.col.five_haves", lang), "rate"),
    ]
    rows: list[list[Cell]] = [
        [
            u.name,
            u.members,
            u.attendance.due,
            u.attendance.done,
            u.attendance.rate,
            u.essays,
            u.compliance.rate,
        ]
        for u in report.units
    ]
    return Table("units", t("report.section.units", lang), columns, rows)


def review_columns(report: Report, lang: str) -> list[tuple[str, Column]]:
    """One column of the members' table per quarter of the period, keyed `Q1` … `Q4`, for the reviews."""
    out = []
    for quarter in report.period.quarters():
        assert quarter.quarter is not None
        key = f"Q{quarter.quarter}"
        header = t("report.col.review", lang, quarter=key, quarter_name=quarter_name(quarter.quarter, lang))
        out.append((key, Column(header)))
    return out


def members_table(report: Report, lang: str, full: bool = False) -> Table:
    """One row per member, in rank order. `full` adds the ids and splits counts for spreadsheets."""
    reviews = review_columns(report, lang)
    columns = [Column(t("report.col.rank", lang), "int")]
    if full:
        columns.append(Column(t("report.col.member", lang)))
    columns += [Column(t("report.col.name", lang)), Column(t("report.col.unit", lang))]
    columns += [
        Column(t("report.col.expected", lang), "int"),
        Column(t("report.col.attended", lang), "int"),
        Column(t("report.col.late", lang), "int"),
        Column(t("report.col.leave", lang), "int"),
        Column(t("report.col.absent", lang), "int"),
        Column(t("report.col.attendance_rate", lang), "rate"),
    ]
    if full:
        columns += [
            Column(t("report.col.essays", lang), "int"),
            Column(t("report.col.essays_target", lang), "int"),
            Column(t("report.col.plan_done", lang), "int"),
            Column(t("report.col.plan_total", lang), "int"),
        ]
    else:
        columns += [Column(t("report.col.essays", lang)), Column(t("report.col.plan", lang))]
    columns.append(Column(t("report.col.areas", lang)))
    columns += [column for _, column in reviews]
    columns += [Column(t("report.col.self_report", lang)), Column(t("report.col.score", lang), "score")]
    rows = [_member_cells(row, lang, full, [key for key, _ in reviews]) for row in report.members]
    note = "" if full else t("report.legend.members", lang)
    return Table("members", t("report.section.members", lang), columns, rows, note)


def _member_cells(row: MemberRow, lang: str, full: bool, review_keys: list[str]) -> list[Cell]:
    cells: list[Cell] = [row.rank]
    if full:
        cells.append(row.member)
    cells += [row.name, row.unit_name]
    cells += [
        row.sessions_expected,
        row.sessions_attended,
        row.late,
        row.leave,
        row.absent,
        row.attendance.rate,
    ]
    if full:
        cells += [row.essays, row.essays_target, row.plan_items_done, row.plan_items_total]
    else:
        cells += [f"{row.essays} / {row.essays_target}", f"{row.plan_items_done} / {row.plan_items_total}"]
    if full:
        cells.append(areas_text(row.areas_covered, lang))
    else:
        cells.append("".join(t(f"report.area_short.{a}", lang) for a in row.areas_covered) or DASH)
    describe = review_text if full else review_compact
    cells += [describe(row.reviews.get(key), lang) for key in review_keys]
    cells += [yes_no(row.self_report, lang), row.score]
    return cells


def members_compact_table(report: Report, lang: str) -> Table:
    """The members' table narrowed for a terminal or a page: counts paired, a review as one mark a quarter."""
    quarters = f"Q{report.period.quarter}" if report.period.quarter else "Q1–Q4"
    columns = [
        Column(t("report.col.rank", lang), "int"),
        Column(t("report.col.name", lang), wrap=False),
        Column(t("report.col.unit", lang), wrap=False),
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


def ranking_table(report: Report, lang: str) -> Table:
    """The published assessment result (考评结果): rank, name, unit, score."""
    columns = [
        Column(t("report.col.rank", lang), "int"),
        Column(t("report.col.name", lang), wrap=False),
        Column(t("report.col.unit", lang), wrap=False),
        Column(t("report.col.attendance_rate", lang), "rate"),
        Column(t("report.col.score", lang), "score"),
    ]
    rows: list[list[Cell]] = [
        [r.rank, r.name, r.unit_name, r.attendance.rate, r.score] for r in report.members
    ]
    return Table("ranking", t("report.section.ranking", lang), columns, rows)


# --- one member ----------------------------------------------------------------------------------


def member_summary_table(report: Report, lang: str) -> Table:
    """`report --member`: the member's figures, one per line."""
    row = report.members[0]
    detail = report.detail
    columns = [Column(t("report.col.figure", lang)), Column(t("report.col.value", lang))]
    goals: list[list[Cell]] = []
    if detail is not None and detail.goals:
        goals.append([t("report.col.goals", lang), detail.goals])
    lines: list[list[Cell]] = [
        [t("report.col.member", lang), row.member],
        [t("report.col.unit", lang), row.unit_name],
        *goals,
        [t("report.col.expected", lang), str(row.sessions_expected)],
        [
            t("report.col.attended", lang),
            f"{row.sessions_attended}（{t('report.col.late', lang)} {row.late}）",
        ],
        [t("report.col.leave", lang), str(row.leave)],
        [t("report.col.absent", lang), str(row.absent)],
        [t("report.col.attendance_rate", lang), percent(row.attendance.rate)],
        [t("report.col.essays", lang), f"{row.essays} / {row.essays_target}"],
        [t("report.col.plan", lang), f"{row.plan_items_done} / {row.plan_items_total}"],
        [t("report.col.areas", lang), areas_text(row.areas_covered, lang) or DASH],
    ]
    for key, column in review_columns(report, lang):
        lines.append([column.header, review_text(row.reviews.get(key), lang)])
    lines.append([t("report.col.self_report", lang), yes_no(row.self_report, lang)])
    if detail is not None and detail.self_rating is not None:
        lines.append([t("report.col.self_rating", lang), t(f"report.rating.{detail.self_rating}", lang)])
    lines.append([t("report.col.score", lang), cell_text(row.score, "score")])
    lines.append([t("report.col.rank", lang), cell_text(row.rank, "int")])
    return Table("member", t("report.section.member", lang), columns, lines)


def detail_tables(detail: MemberDetail, lang: str) -> list[Table]:
    """`report --member`: the member's plan items, sessions and essays, one table each."""
    plan = Table(
        "plan",
        t("report.section.detail_plan", lang),
        [
            Column(t("report.col.area", lang)),
            Column(t("report.col.content", lang)),
            Column(t("report.col.due", lang)),
            Column(t("report.col.done", lang)),
        ],
        [
            [
                t(f"area.{i.area}", lang),
                i.content,
                i.due.isoformat(),
                i.done.isoformat() if i.done else None,
            ]
            for i in detail.plan_items
        ],
    )
    sessions = Table(
        "sessions",
        t("report.section.detail_sessions", lang),
        [
            Column(t("report.col.date", lang)),
            Column(t("report.col.kind", lang)),
            Column(t("report.col.topic", lang)),
            Column(t("report.col.status", lang)),
        ],
        [
            [
                s.date.isoformat(),
                t(f"kind.{s.kind}", lang),
                s.topic,
                t(f"report.status.{s.status or 'none'}", lang),
            ]
            for s in detail.sessions
        ],
    )
    essays = Table(
        "essays",
        t("report.section.detail_essays", lang),
        [
            Column(t("report.col.date", lang)),
            Column(t("report.col.title", lang)),
            Column(t("report.col.area", lang)),
            Column(t("report.col.published_in", lang)),
            Column(t("report.col.suggestions", lang), "int"),
        ],
        [
            [e.date.isoformat(), e.title, t(f"area.{e.area}", lang), e.published_in, e.suggestions]
            for e in detail.essays
        ],
    )
    return [plan, sessions, essays]


def report_tables(report: Report, lang: str, terminal: bool = False) -> list[Table]:
    """Every table of the report, in the order a document shows them. `terminal`: as the terminal
    shows them, the members' table compact and no ranking (the members' table is in rank order and
    shows the score already)."""
    if report.detail is not None:
        return [member_summary_table(report, lang), *detail_tables(report.detail, lang)]
    tables = [
        organization_table(report, lang),
        sessions_table(report, lang),
        five_haves_table(report, lang),
        degree_table(report, lang),
        units_table(report, lang),
    ]
    if terminal:
        return [*tables, members_compact_table(report, lang)]
    return [*tables, members_table(report, lang), ranking_table(report, lang)]
