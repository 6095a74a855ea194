"""Spreadsheet files of the report: CSV for any spreadsheet, and XLSX (openpyxl) that prints.

The Word paper is render/docx_out.py.

Each function returns the file's bytes; writing them is the caller's business. A text cell that
a spreadsheet would take for a formula (starting with `=`, `+`, `-` or `@`) gets a leading `'`,
so that a name or topic typed into the records can never run as a formula.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from studyctl.messages import t
from studyctl.render.report_tables import (
    Cell,
    Table,
    cell_text,
    detail_tables,
    members_table,
    report_subtitle,
    report_tables,
    report_title,
    units_table,
)
from studyctl.report import Report

# what Excel and WPS read as the start of a formula (tab and CR too, by the usual advice)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def spreadsheet_safe(value: str) -> str:
    """`value`, with a `'` in front if a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_value(cell: Cell, kind: str) -> str | int:
    if cell is None:
        return ""
    if kind in ("rate", "score"):
        return cell_text(cell, kind)
    if isinstance(cell, int):
        return cell
    return spreadsheet_safe(str(cell))


# --- CSV -----------------------------------------------------------------------------------------


def report_as_csv(report: Report, lang: str) -> bytes:
    """One row per member, headers in `lang`; UTF-8 with a BOM so that Excel and WPS read Chinese."""
    table = members_table(report, lang, full=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(column.header) for column in table.columns])
    for row in table.rows:
        writer.writerow(
            [_csv_value(cell, column.kind) for cell, column in zip(row, table.columns, strict=True)]
        )
    return (BOM + buffer.getvalue()).encode("utf-8")


# --- XLSX ----------------------------------------------------------------------------------------

NUMBER_FORMATS = {"rate": "0.0%", "score": "0.0"}
ORGANIZATION_TABLES = frozenset({"organization", "sessions", "five_haves", "degree"})


def report_as_xlsx(report: Report, lang: str) -> bytes:
    """A workbook: the organization (its summary tables one under another), the units, the members;
    for one member, the member's summary, plan, sessions and essays."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    title = report_title(report, lang)
    subtitle = report_subtitle(report, lang)
    if report.detail is not None:
        sheets: list[tuple[str, list[Table]]] = [
            (t("report.sheet.members", lang), report_tables(report, lang)[:1]),
            *(
                (t(f"report.sheet.{table.name}", lang), [table])
                for table in detail_tables(report.detail, lang)
            ),
        ]
    else:
        organization_tables = [
            table for table in report_tables(report, lang) if table.name in ORGANIZATION_TABLES
        ]
        sheets = [
            (t("report.sheet.organization", lang), organization_tables),
            (t("report.sheet.units", lang), [units_table(report, lang)]),
            (t("report.sheet.members", lang), [members_table(report, lang, full=True)]),
        ]
    for name, tables in sheets:
        sheet = workbook.create_sheet(name[:31])
        _fill_sheet(sheet, title, subtitle, tables)
        _print_setup(sheet, title, lang, filtered=tables[0].name == "members")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fill_sheet(sheet: Any, title: str, subtitle: str, tables: list[Table]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]

    header_fill = PatternFill("solid", fgColor="DDE4EE")
    sheet.append([spreadsheet_safe(title)])
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    sheet.append([spreadsheet_safe(subtitle)])
    widths: dict[int, int] = {}
    for table in tables:
        sheet.append([])
        if len(tables) > 1:
            sheet.append([spreadsheet_safe(table.title)])
            sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        sheet.append([spreadsheet_safe(column.header) for column in table.columns])
        header_row = sheet.max_row
        for index in range(1, len(table.columns) + 1):
            cell = sheet.cell(row=header_row, column=index)
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        if len(tables) == 1:
            # by name: sheet.cell() would make the row, and the rows appended next would leave it empty
            sheet.freeze_panes = f"A{header_row + 1}"
            sheet.print_title_rows = f"{header_row}:{header_row}"  # the header row on every page
        for row in table.rows:
            sheet.append([_xlsx_value(cell) for cell in row])
            for index, column in enumerate(table.columns, start=1):
                if column.kind in NUMBER_FORMATS:
                    sheet.cell(row=sheet.max_row, column=index).number_format = NUMBER_FORMATS[column.kind]
        for index, column in enumerate(table.columns, start=1):
            header = _display_width(column.header)
            values = [_display_width(cell_text(row[index - 1], column.kind)) for row in table.rows]
            # a header folds onto two lines (its cell wraps); a value keeps its line up to the cap
            widths[index] = max(widths.get(index, 0), min(header, max(8, (header + 1) // 2)), *values)
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = min(WIDEST, max(8, width + 2))
        if width + 2 > WIDEST:  # a long text folds within its column rather than widen the page
            for (cell,) in sheet.iter_rows(min_row=3, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                lines = -(-_display_width(str(cell.value or "")) // (WIDEST - 2))
                if lines > 1:  # the height the folded text needs, which not every program works out
                    height = sheet.row_dimensions[cell.row].height or 0
                    sheet.row_dimensions[cell.row].height = max(height, 15 * lines)


WIDEST = 26  # columns (half-width characters) a column is given at most; longer texts fold
LANDSCAPE_FROM = 100  # characters of column width that no longer fit a portrait A4 page


def _print_setup(sheet: Any, title: str, lang: str, filtered: bool) -> None:
    """A4, the orientation the sheet's width needs, one page wide, the title at the top of every
    page and "第 1 页 共 3 页" at the foot; the members' sheet gets an autofilter on its header."""
    from openpyxl.utils import get_column_letter

    width = sum(sheet.column_dimensions[get_column_letter(i)].width for i in range(1, sheet.max_column + 1))
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if width > LANDSCAPE_FROM else "portrait"
    setup.fitToWidth = 1
    # the members' sheet as many pages down as it takes; a sheet of a few tables on one page, so
    # that a label a few characters longer (a narrower column, a larger scale) cannot spill a row
    setup.fitToHeight = 0 if filtered else 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.top = sheet.page_margins.bottom = 0.9
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddHeader.center.text = title.replace("&", "&&")
    sheet.oddHeader.center.size = 12
    sheet.oddFooter.center.text = t("paper.xlsx_footer", lang)
    if sheet.print_title_rows is None:
        sheet.print_title_rows = "1:2"  # a sheet of several tables: its title
    if filtered and sheet.freeze_panes:
        header_row = int(sheet.freeze_panes[1:]) - 1
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(sheet.max_column)}{sheet.max_row}"


def _xlsx_value(cell: Cell) -> Cell:
    return spreadsheet_safe(cell) if isinstance(cell, str) else cell


def _display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a Chinese character is two."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)
