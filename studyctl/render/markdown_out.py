"""`report --format markdown`: the report's tables as a Markdown document (for a wiki or a mail)."""

from __future__ import annotations

from studyctl.render.report_tables import Table, cell_text, report_subtitle, report_tables, report_title
from studyctl.report import Report


def _escape(text: str) -> str:
    """A cell's text that cannot break the table nor become HTML or a link when the file is viewed:
    backslashes, pipes, `<` and brackets escaped, line breaks folded."""
    for char in ("\\", "|", "<", "[", "]"):
        text = text.replace(char, "\\" + char)
    return text.replace("\r", " ").replace("\n", " ")


def table_as_markdown(table: Table) -> str:
    """A table as a Markdown section: its title, the table with numbers aligned right, and the legend."""
    lines = [f"## {_escape(table.title)}", ""]
    if not table.rows:
        return "\n".join([*lines, "—", ""])
    lines.append("| " + " | ".join(_escape(column.header) for column in table.columns) + " |")
    lines.append("|" + "|".join("---:" if column.kind != "text" else "---" for column in table.columns) + "|")
    for row in table.rows:
        cells = (
            _escape(cell_text(cell, column.kind)) for cell, column in zip(row, table.columns, strict=True)
        )
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if table.note:
        lines += [_escape(table.note), ""]
    return "\n".join(lines)


def report_as_markdown(report: Report, lang: str) -> str:
    """The report as a Markdown document: its title, the line under it and every table."""
    parts = [f"# {_escape(report_title(report, lang))}", "", _escape(report_subtitle(report, lang)), ""]
    parts += [table_as_markdown(table) for table in report_tables(report, lang)]
    return "\n".join(parts)


def report_as_markdown_bytes(report: Report, lang: str) -> bytes:
    """The exporter (render/exporters.py): the Markdown file's bytes."""
    return report_as_markdown(report, lang).encode("utf-8")
