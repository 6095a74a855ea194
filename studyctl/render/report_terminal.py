"""The report in the terminal with Rich: its tables, with a bar beside every rate, fitted to the width.

At any width from 60 columns up no column is dropped and no name is broken: a table first gives up
its bars, then (the members' table) turns into a stacked list, one member a block of lines.
"""

from __future__ import annotations

import io

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.table import Table as RichTable
from rich.text import Text

from studyctl.render.report_tables import (
    Cell,
    Column,
    Table,
    cell_text,
    report_subtitle,
    report_tables,
    report_title,
)
from studyctl.report import Report
from studyctl.textout import printable

BAR_WIDTH = 10
NARROW_BAR = 5  # in tables of many columns
FOLDED_MIN = 14  # the least width a column that may fold onto more lines is given
TEXT_WIDTH = 100  # the width of `report -o x.txt`


def rate_bar(rate: float | None, width: int = BAR_WIDTH) -> Text:
    """`████████░░ 81.3%`, green from 90%, yellow from 60%, red below; width 0: the figure alone."""
    if rate is None:
        return Text("—", style="dim")
    if width == 0:
        return Text(cell_text(rate, "rate"))
    filled = round(max(0.0, min(1.0, rate)) * width)
    style = "green" if rate >= 0.9 else "yellow" if rate >= 0.6 else "red"
    bar = Text("█" * filled, style=style)
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {cell_text(rate, 'rate')}")
    return bar


def _bar_rate(column: Column, cell: Cell) -> float | bool | None:
    """The rate a cell of a rate column is drawn as a bar of (None: no rate, drawn as —); False:
    the cell is not a bar."""
    if column.kind != "rate" or not (cell is None or isinstance(cell, float | int)):
        return False
    return None if cell is None else float(cell)


def _cells(table: Table, bar_width: int) -> list[list[Text]]:
    rows = []
    for row in table.rows:
        cells: list[Text] = []
        for cell, column in zip(row, table.columns, strict=True):
            rate = _bar_rate(column, cell)
            if rate is not False:
                cells.append(rate_bar(rate, bar_width))
            else:
                cells.append(Text(cell_text(cell, column.kind)))
        rows.append(cells)
    return rows


def _cell_width(cell: Cell, column: Column, bar_width: int) -> int:
    """The terminal columns the cell takes, as `_cells` draws it, without drawing it."""
    rate = _bar_rate(column, cell)
    if rate is False:
        return cell_len(cell_text(cell, column.kind))
    if rate is None:
        return cell_len("—")
    return cell_len(cell_text(rate, "rate")) + (bar_width + 1 if bar_width else 0)


def _keeps_whole(column_kind: str, wrap: bool) -> bool:
    return not wrap or column_kind in ("int", "score", "rate")


def least_width(table: Table, bar_width: int, compact: bool = False) -> int:
    """The fewest terminal columns the table needs without breaking a name, a number or a bar."""
    total = 0
    for index, column in enumerate(table.columns):
        widest = max([_cell_width(row[index], column, bar_width) for row in table.rows] + [0])
        if _keeps_whole(column.kind, column.wrap):
            total += max(widest, cell_len(column.header))
        else:
            total += min(max(widest, cell_len(column.header)), FOLDED_MIN)
    # Rich's padding (a space either side of a column; compact: one after each but the last) and
    # its box (a divider between columns, an edge either side)
    columns = len(table.columns)
    return total + (columns - 1 if compact else 2 * columns) + (columns - 1) + 2


def table_as_rich(table: Table, bar_width: int | None = None, compact: bool = False) -> RichTable:
    """The table for the terminal; `bar_width` 0 shows rates as figures alone; `compact` leaves one
    space between columns."""
    if bar_width is None:
        bar_width = NARROW_BAR if len(table.columns) > 7 else BAR_WIDTH
    rich = RichTable(
        title=table.title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        pad_edge=not compact,
        collapse_padding=compact,
    )
    for column in table.columns:
        rich.add_column(
            column.header,
            justify="left" if column.kind == "text" else "right",
            overflow="fold",
            no_wrap=_keeps_whole(column.kind, column.wrap),
        )
    for cells in _cells(table, bar_width):
        rich.add_row(*cells)
    return rich


def stacked_members(table: Table) -> RenderableType:
    """The members' table for a narrow terminal: each member a block, its first line rank, name,
    unit and score, then the figures with their column names."""
    lines = [Text(table.title, style="bold"), Text("")]
    rank, name, unit, *figures, score = table.columns
    for row in table.rows:
        first = Text(f"{cell_text(row[0], rank.kind):>3}  ")
        first.append(cell_text(row[1], name.kind), style="bold")
        first.append(f"  {cell_text(row[2], unit.kind)}  {score.header} {cell_text(row[-1], score.kind)}")
        lines.append(first)
        parts = [
            f"{column.header} {cell_text(cell, column.kind)}"
            for column, cell in zip(figures, row[3:-1], strict=True)
        ]
        # attendance; essays, plan and self-report; the reviews: each line well under 60 columns
        for group in (parts[:4], parts[4:6] + parts[7:], parts[6:7]):
            lines.append(Text("     " + "  ".join(group)))
    lines.append(Text(""))
    return Text("\n").join(lines)


class ReportView:
    """The report as Rich shows it: each table fitted to the width it is given when drawn."""

    def __init__(self, report: Report, lang: str) -> None:
        self.report = report
        self.lang = lang

    def tables(self) -> list[Table]:
        """The report's tables as the terminal shows them."""
        return report_tables(self.report, self.lang, terminal=True)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(report_title(self.report, self.lang), style="bold")
        yield Text(report_subtitle(self.report, self.lang), style="dim")
        for table in self.tables():
            if not table.rows:
                yield Text(f"\n{table.title}: —", style="bold")
                continue
            yield fitted(table, options.max_width)


def fitted(table: Table, width: int) -> RenderableType:
    """The table with bars if it fits `width`, else without them, else with one space between
    columns; the members' table stacked when even that does not fit."""
    bars = NARROW_BAR if len(table.columns) > 7 else BAR_WIDTH
    for bar_width, compact in ((bars, False), (0, False), (0, True)):
        if least_width(table, bar_width, compact) <= width:
            return table_as_rich(table, bar_width, compact)
    if table.name == "members":
        return stacked_members(table)
    return table_as_rich(table, 0, compact=True)


def render_report(report: Report, lang: str) -> RenderableType:
    """The report for `console.print`: it fits itself to the console's width."""
    return ReportView(report, lang)


def report_as_text(report: Report, lang: str) -> bytes:
    """The exporter (render/exporters.py): the terminal report as plain text, 100 columns wide."""
    # a text file holds no markup and no control character either
    console = Console(width=TEXT_WIDTH, record=True, file=io.StringIO(), color_system=None, markup=False)
    console.print(render_report(report, lang))
    return printable(console.export_text()).encode("utf-8")
