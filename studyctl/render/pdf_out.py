"""`report -o x.pdf`: the same paper as the Word document, drawn by ReportLab.

ReportLab is a pure Python dependency of studyctl, so the PDF needs nothing else on a clerk's
machine: no LibreOffice, no browser, no font files. Its Chinese text is set in the CID font
STSong-Light (Adobe's standard Simplified Chinese font, which every PDF reader supplies), so the
file stays small and carries no embedded font. The page follows the Word paper: A4, the GB/T 9704
margins, 3号 body, the page number "— 1 —" at the outer bottom corner.
"""

from __future__ import annotations

import io
from typing import Any

from studyctl.messages import t
from studyctl.render.docx_out import MARGINS_MM, column_widths, table_size
from studyctl.render.paper import Grid, Heading, Paper, Text, report_paper
from studyctl.report import Report

FONT = "STSong-Light"
BODY_SIZE, TITLE_SIZE, PAGE_SIZE = 16.0, 22.0, 14.0
LEADING = 28.95  # 22 lines to the text block, as in the Word paper


def report_as_pdf(report: Report, lang: str) -> bytes:
    """The exporter (render/exporters.py): the report's paper as a PDF file."""
    return paper_as_pdf(report_paper(report, lang), lang)


def paper_as_pdf(paper: Paper, lang: str) -> bytes:
    """The paper as an A4 PDF."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=BODY_SIZE,
        leading=LEADING,
        firstLineIndent=2 * BODY_SIZE,
        alignment=TA_JUSTIFY,
        wordWrap="CJK",
    )
    title = ParagraphStyle(
        "title",
        parent=body,
        fontSize=TITLE_SIZE,
        leading=LEADING * 1.3,
        alignment=TA_CENTER,
        firstLineIndent=0,
        spaceAfter=LEADING,
    )
    note = ParagraphStyle("note", parent=body, fontSize=12, leading=18, spaceBefore=4, spaceAfter=6)
    sign = ParagraphStyle(
        "sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=4 * BODY_SIZE
    )
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=MARGINS_MM["top"] * mm,
        bottomMargin=MARGINS_MM["bottom"] * mm,
        leftMargin=MARGINS_MM["left"] * mm,
        rightMargin=MARGINS_MM["right"] * mm,
        title=paper.title,
        author=paper.organization,
    )
    story: list[Any] = [Paragraph(_escape(paper.title), title)]
    for block in paper.blocks:
        if isinstance(block, Heading):
            # a heading never alone at the foot of a page
            story += [CondPageBreak(4 * LEADING), Paragraph(_escape(block.text), body)]
        elif isinstance(block, Text):
            story.append(Paragraph(_escape(block.text), note if block.note else body))
        else:
            story += [_table(block, body), Spacer(1, 8)]
    story.append(
        KeepTogether([Paragraph(_escape(paper.organization), sign), Paragraph(_escape(paper.date), sign)])
    )

    def page_number(canvas: Any, doc: Any) -> None:
        number = t("paper.pdf_page", lang, page=doc.page)
        canvas.saveState()
        canvas.setFont(FONT, PAGE_SIZE)
        y = (MARGINS_MM["bottom"] - 7) * mm - PAGE_SIZE
        if doc.page % 2:  # odd pages: the right corner, one character in
            canvas.drawRightString(A4[0] - MARGINS_MM["right"] * mm - PAGE_SIZE, y, number)
        else:
            canvas.drawString(MARGINS_MM["left"] * mm + PAGE_SIZE, y, number)
        canvas.restoreState()

    document.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(grid: Grid, body: Any) -> Any:
    """A table whose header row repeats on every page and whose rows never split."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    size = table_size(grid)
    cell = ParagraphStyle("cell", parent=body, fontSize=size, leading=size * 1.3, firstLineIndent=0)
    styles = {
        "head": ParagraphStyle("head", parent=cell, alignment=TA_CENTER),
        "number": ParagraphStyle("number", parent=cell, alignment=TA_RIGHT),
        "text": ParagraphStyle("text", parent=cell, alignment=TA_LEFT),
    }
    rows = [[Paragraph(_escape(header), styles["head"]) for header in grid.headers]]
    for row in grid.rows:
        rows.append(
            [
                Paragraph(_escape(text), styles["number" if numeric else "text"])
                for text, numeric in zip(row, grid.numeric, strict=True)
            ]
        )
    table = Table(rows, colWidths=column_widths(grid, size), repeatRows=1, splitByRow=True)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
