"""`report --format html`: one self-contained page, printable on A4, with its charts as inline SVG.

Nothing is loaded from the network (no fonts, scripts or images from elsewhere), so the file opens
the same on an office computer without internet. Every value from the records is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from studyctl.messages import t
from studyctl.render.report_tables import (
    Table,
    cell_text,
    percent,
    report_subtitle,
    report_tables,
    report_title,
)
from studyctl.report import FIVE_HAVES, Report

STYLE = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       "SimSun", sans-serif; font-size: 10pt; color: #222; max-width: 186mm; margin: 8mm auto; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; }
p.subtitle { text-align: center; color: #555; margin: 0 0 10pt; }
h2 { font-size: 12pt; border-bottom: 1pt solid #3b6ea5; padding-bottom: 2pt; margin: 14pt 0 4pt;
     page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 8pt; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 0.5pt solid #9aa5b1; padding: 2pt 4pt; vertical-align: top; }
th { background: #e8edf3; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
section.members table, section.ranking table { font-size: 7.5pt; }
section.members td, section.ranking td { white-space: nowrap; padding: 1pt 2pt; }
.bar { display: inline-block; width: 40pt; height: 6pt; background: #e3e7ec; margin-right: 3pt;
       vertical-align: middle; }
.bar > span { display: block; height: 100%; background: #3b6ea5; }
.charts { display: flex; flex-wrap: wrap; gap: 6pt 12pt; page-break-inside: avoid; }
figure { margin: 0; }
figcaption { font-weight: 600; font-size: 9pt; margin-bottom: 2pt; }
p.note { color: #555; font-size: 8.5pt; break-before: avoid; page-break-before: avoid; }
p, li { orphans: 3; widows: 3; }
section { break-inside: auto; }
section > h2 + table, section > h2 + p { break-before: avoid; }
thead { display: table-header-group; }
@media print { body { margin: 0 auto; } }
"""

BAR = "#3b6ea5"
GRID = "#d5dbe2"
INK = "#333"


def _rate_bar(rate: float | None) -> str:
    if rate is None:
        return ""
    width = max(0.0, min(1.0, rate)) * 100
    return f'<span class="bar"><span style="width:{width:.0f}%"></span></span>'


def table_as_html(table: Table) -> str:
    """A table as an HTML section: its title and the table, rates with a bar where the table is narrow enough,
    the legend under it."""
    head = "".join(f"<th>{escape(column.header)}</th>" for column in table.columns)
    body = []
    for row in table.rows:
        cells = []
        for cell, column in zip(row, table.columns, strict=True):
            text = escape(cell_text(cell, column.kind))
            if column.kind == "text":
                cells.append(f"<td>{text}</td>")
            elif column.kind == "rate" and isinstance(cell, float | int) and len(table.columns) <= 8:
                cells.append(f'<td class="num">{_rate_bar(float(cell))}{text}</td>')
            else:
                cells.append(f'<td class="num">{text}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        return f'<section class="{escape(table.name)}"><h2>{escape(table.title)}</h2><p>—</p></section>'
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    return (
        f'<section class="{escape(table.name)}"><h2>{escape(table.title)}</h2>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{note}</section>"
    )


# --- charts --------------------------------------------------------------------------------------


def column_chart(
    title: str, bars: Sequence[tuple[str, float | None, str]], top: float, width: int = 340
) -> str:
    """Vertical bars: (label, value, value as text); `top` is the value of a full-height bar."""
    height, left, bottom, head = 170, 30, 22, 14
    plot_w, plot_h = width - left - 6, height - bottom - head
    slot = plot_w / max(1, len(bars))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for fraction in (0, 0.5, 1):
        y = head + plot_h * (1 - fraction)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 4}" y2="{y:.1f}" stroke="{GRID}"/>')
        label = percent(fraction * top) if top == 1 else f"{fraction * top:g}"
        parts.append(
            f'<text x="{left - 3}" y="{y + 3:.1f}" font-size="8" text-anchor="end" '
            f'fill="{INK}">{escape(label)}</text>'
        )
    for index, (label, value, text) in enumerate(bars):
        x = left + index * slot
        centre = x + slot / 2
        if value is not None and top > 0:
            bar_h = plot_h * max(0.0, min(1.0, value / top))
            y = head + plot_h - bar_h
            parts.append(
                f'<rect x="{x + slot * 0.18:.1f}" y="{y:.1f}" width="{slot * 0.64:.1f}" '
                f'height="{bar_h:.1f}" fill="{BAR}"/>'
            )
            parts.append(
                f'<text x="{centre:.1f}" y="{y - 2:.1f}" font-size="7" text-anchor="middle" '
                f'fill="{INK}">{escape(text)}</text>'
            )
        parts.append(
            f'<text x="{centre:.1f}" y="{height - 8}" font-size="8" text-anchor="middle" '
            f'fill="{INK}">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return f"<figure><figcaption>{escape(title)}</figcaption>{''.join(parts)}</figure>"


def row_chart(title: str, bars: list[tuple[str, float | None]], width: int = 340) -> str:
    """Horizontal bars of rates from 0 to 1: (label, rate)."""
    row_h, label_w, text_w = 22, 96, 44
    height = row_h * len(bars) + 8
    plot_w = width - label_w - text_w
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, rate) in enumerate(bars):
        y = 4 + index * row_h
        parts.append(
            f'<text x="{label_w - 4}" y="{y + 14}" font-size="9" text-anchor="end" '
            f'fill="{INK}">{escape(label)}</text>'
        )
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{plot_w}" height="13" fill="#e3e7ec"/>')
        if rate is not None:
            parts.append(
                f'<rect x="{label_w}" y="{y + 4}" width="{plot_w * max(0.0, min(1.0, rate)):.1f}" '
                f'height="13" fill="{BAR}"/>'
            )
        parts.append(
            f'<text x="{label_w + plot_w + 4}" y="{y + 14}" font-size="9" '
            f'fill="{INK}">{escape(percent(rate))}</text>'
        )
    parts.append("</svg>")
    return f"<figure><figcaption>{escape(title)}</figcaption>{''.join(parts)}</figure>"


def report_charts(report: Report, lang: str) -> str:
    """The charts section: attendance by month, essays by quarter and the five haves' compliance, as inline
    SVG."""
    org = report.organization
    months = [(month[5:], tally.rate, percent(tally.rate)) for month, tally in org.attendance_by_month]
    quarters = [(quarter, float(count), str(count)) for quarter, count in org.essays_by_quarter]
    essay_top = max([count for _, count in org.essays_by_quarter] + [1])
    haves = [
        (t(f"report.have.{rule}", lang), tally.rate if (tally := org.five_haves[rule]) is not None else None)
        for rule in FIVE_HAVES
    ]
    return (
        f'<section class="charts-section"><h2>{escape(t("report.section.charts", lang))}</h2>'
        '<div class="charts">'
        + column_chart(
            t("report.chart.attendance_by_month", lang), months, 1.0, width=440 if len(months) > 6 else 340
        )
        + column_chart(t("report.chart.essays_by_quarter", lang), quarters, float(essay_top), width=240)
        + row_chart(t("report.chart.five_haves", lang), haves)
        + "</div></section>"
    )


def report_as_html(report: Report, lang: str) -> str:
    """The report as one self-contained HTML page with its style, the charts after the five haves and the
    score's formula after the ranking."""
    title = report_title(report, lang)
    tables = report_tables(report, lang)
    body = [f"<h1>{escape(title)}</h1>", f'<p class="subtitle">{escape(report_subtitle(report, lang))}</p>']
    for table in tables:
        body.append(table_as_html(table))
        if table.name == "five_haves":
            body.append(report_charts(report, lang))
        if table.name == "ranking":
            body.append(f'<p class="note">{escape(t("report.formula", lang))}</p>')
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def report_as_html_bytes(report: Report, lang: str) -> bytes:
    """The exporter (render/exporters.py): the HTML file's bytes."""
    return report_as_html(report, lang).encode("utf-8")
