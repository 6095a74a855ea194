"""`report -o x.docx`: the report as a paper in the party and government document format
(党政机关公文格式, GB/T 9704-2012).

- A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a grid of 22 lines of 28 characters.
- Title in 2号 方正小标宋简体, centred; body in 3号 仿宋_GB2312; first-level headings (一、) in 黑体,
  second-level ones (（一）) in 楷体_GB2312. The East Asian font of every style is named in
  `w:eastAsia`, and the font table gives each a fallback that any Chinese Windows has (仿宋, 宋体,
  楷体), which LibreOffice and WPS also follow.
- Page numbers in 4号 half-width 宋体, "— 1 —", at the outer bottom corner: right on odd pages,
  left on even ones, one character in from the edge of the text.
- Tables: the header row repeats on every page, no row splits across pages, text 4号 仿宋 or smaller.
- The sign-off (落款): the organization and the date, at the right.
"""

from __future__ import annotations

import io
from typing import Any

from studyctl.render.paper import Grid, Heading, Paper, Text, display_width, report_paper
from studyctl.report import Report

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING1_FONT = "黑体"
HEADING2_FONT = "楷体_GB2312"
PAGE_FONT = "宋体"
LATIN_FONT = "Times New Roman"
# what a machine without the GB2312-era fonts shows instead (fontTable's w:altName)
FALLBACKS = {
    TITLE_FONT: "宋体",
    BODY_FONT: "仿宋",
    HEADING1_FONT: "SimHei",
    HEADING2_FONT: "楷体",
    PAGE_FONT: "SimSun",
}

# sizes in points: 2号 22, 3号 16, 4号 14, 小四 12, 五号 10.5
TITLE_SIZE, BODY_SIZE, PAGE_SIZE = 22.0, 16.0, 14.0
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
LINES, CHARS = 22, 28
TWIPS_PER_MM = 1440 / 25.4
TEXT_HEIGHT_TWIPS = round((297 - MARGINS_MM["top"] - MARGINS_MM["bottom"]) * TWIPS_PER_MM)
TEXT_WIDTH_PT = (210 - MARGINS_MM["left"] - MARGINS_MM["right"]) * 72 / 25.4
LINE_PITCH = TEXT_HEIGHT_TWIPS // LINES  # 579 twips, 28.95 pt
# 28 characters of 3号 to a line of 156 mm: each drawn a quarter point closer (in 1/20 pt); a
# spacing both Word and LibreOffice keep, where a character grid is laid out differently by each
CHAR_SPACING = -5


# the order WordprocessingML gives the children of w:rPr and w:pPr (ECMA-376 §17.3.2.28, §17.3.1.26)
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def insert_ordered(parent: Any, child: Any, order: list[str]) -> None:
    """Put `child` among `parent`'s children where the schema wants it, replacing one of its kind."""
    from docx.oxml.ns import qn

    tag = child.tag.split("}")[1]
    for old in parent.findall(qn(f"w:{tag}")):
        parent.remove(old)
    parent.insert_element_before(child, *(f"w:{name}" for name in order[order.index(tag) + 1 :]))


def report_as_docx(report: Report, lang: str) -> bytes:
    """The exporter (render/exporters.py): the report's paper as a .docx file."""
    return paper_as_docx(report_paper(report, lang))


def table_size(grid: Grid) -> float:
    """Table text: 4号 up to three columns, 小四 up to six, 五号 up to nine, 小五 for more."""
    if grid.size is not None:
        return grid.size
    columns = len(grid.headers)
    return 14.0 if columns <= 3 else 12.0 if columns <= 6 else 10.5 if columns <= 9 else 9.0


CELL_PADDING = 6.0  # points, left and right together (w:tblCellMar of 3 pt a side)


def column_widths(grid: Grid, size: float, total: float = TEXT_WIDTH_PT) -> list[float]:
    """Column widths in points filling `total`: a number column as wide as its widest value, a
    text column at least as wide as a name of four characters (or its own widest text, if shorter);
    what is left goes to the text columns by their length, so that long labels fold, not names."""
    natural = [width * size / 2 + CELL_PADDING for width in grid.widths]
    least = [
        natural[i] if grid.numeric[i] else min(natural[i], 4 * size + CELL_PADDING)
        for i in range(len(natural))
    ]
    spare = total - sum(least)
    wants = [0.0 if grid.numeric[i] else natural[i] - least[i] for i in range(len(natural))]
    if spare <= 0 or sum(wants) == 0:
        return (
            [width * total / sum(least) for width in least]
            if spare < 0
            else [width + spare / len(least) for width in least]
        )
    share = min(1.0, spare / sum(wants))
    widths = [least[i] + wants[i] * share for i in range(len(least))]
    left = total - sum(widths)
    return [width + left * width / sum(widths) for width in widths]


def paper_as_docx(paper: Paper) -> bytes:
    """The paper as a GB/T 9704 Word document."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    _page(document)
    _styles(document)
    _font_table(document)
    _page_numbers(document)
    title = document.add_paragraph(style="Title")
    title.add_run(paper.title)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in paper.blocks:
        if isinstance(block, Heading):
            document.add_paragraph(block.text, style=f"Heading {block.level}")
        elif isinstance(block, Text):
            paragraph = document.add_paragraph(block.text)
            if block.note:
                _note(paragraph)
        else:
            _table(document, block)
    _sign_off(document, paper)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- page and styles -----------------------------------------------------------------------------


def _page(document: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side, millimetres in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(millimetres))
    section.header_distance, section.footer_distance = Mm(15), Mm(28 - 7)  # the number 7 mm below the text
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.insert_element_before(grid, "w:printerSettings", "w:sectPrChange")
    grid.attrib.pop(qn("w:charSpace"), None)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PITCH))


def set_fonts(element: Any, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Name the fonts of a style or run: Chinese text in `east_asia`, Latin text in `latin`; theme
    fonts, which would win over them, are removed."""
    from docx.oxml.ns import qn

    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def _styles(document: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    exact = Pt(LINE_PITCH / 20)
    for name, font, size, bold in (
        ("Normal", BODY_FONT, BODY_SIZE, False),
        ("Title", TITLE_FONT, TITLE_SIZE, False),
        ("Heading 1", HEADING1_FONT, BODY_SIZE, False),
        ("Heading 2", HEADING2_FONT, BODY_SIZE, False),
    ):
        style = document.styles[name]
        set_fonts(style.element, font)
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        layout = style.paragraph_format
        layout.space_before = layout.space_after = Pt(0)
        layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        layout.line_spacing = exact
        if name != "Title":
            _spacing(style.element, CHAR_SPACING)
        layout.first_line_indent = Pt(2 * BODY_SIZE) if name != "Title" else Pt(0)
        layout.alignment = WD_ALIGN_PARAGRAPH.CENTER if name == "Title" else WD_ALIGN_PARAGRAPH.JUSTIFY
        if name.startswith("Heading"):
            layout.keep_with_next = True
    title = document.styles["Title"]
    title.paragraph_format.line_spacing = Pt(LINE_PITCH / 20 * 1.3)
    title.paragraph_format.space_after = exact  # one empty line under the title
    # the Title style of the template draws a blue rule under the title
    from docx.oxml.ns import qn

    for border in title.element.findall(f"{qn('w:pPr')}/{qn('w:pBdr')}"):
        border.getparent().remove(border)


def _spacing(element: Any, twentieths: int) -> None:
    """Character spacing of a style (w:spacing in its run properties) and its language, zh-CN."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run_pr = element.get_or_add_rPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(twentieths))
    insert_ordered(run_pr, spacing, RPR_ORDER)
    language = OxmlElement("w:lang")
    language.set(qn("w:eastAsia"), "zh-CN")
    insert_ordered(run_pr, language, RPR_ORDER)


def _font_table(document: Any) -> None:
    """Declare the fonts with their fallbacks, so that a machine without 仿宋_GB2312 uses 仿宋."""
    from lxml import etree

    part = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    root = etree.fromstring(part.blob)
    namespace = root.nsmap["w"]

    def w(tag: str) -> str:
        return f"{{{namespace}}}{tag}"

    for name, fallback in FALLBACKS.items():
        font = etree.SubElement(root, w("font"))
        font.set(w("name"), name)
        etree.SubElement(font, w("altName")).set(w("val"), fallback)
        etree.SubElement(font, w("charset")).set(w("val"), "86")  # GB2312
        etree.SubElement(font, w("family")).set(w("val"), "modern" if name == BODY_FONT else "auto")
        etree.SubElement(font, w("pitch")).set(w("val"), "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_numbers(document: Any) -> None:
    """ "— 1 —" in 4号 宋体: right on odd pages, left on even ones, one character in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = alignment
        layout = paragraph.paragraph_format
        layout.first_line_indent = Pt(0)
        layout.line_spacing = 1.0
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            layout.right_indent = Pt(PAGE_SIZE)
        else:
            layout.left_indent = Pt(PAGE_SIZE)
        _run(paragraph, "— ")
        _page_field(paragraph)
        _run(paragraph, " —")


def _run(paragraph: Any, text: str) -> Any:
    from docx.shared import Pt

    run = paragraph.add_run(text)
    set_fonts(run._r, PAGE_FONT, PAGE_FONT)
    run.font.size = Pt(PAGE_SIZE)
    return run


def _page_field(paragraph: Any) -> None:
    """A PAGE field: begin, instruction, separate, the number shown until it is updated, end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("text", "1"),
        ("end", None),
    ):
        run = _run(paragraph, "")
        if kind == "instr":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        elif kind == "text":
            run.text = text
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


# --- blocks --------------------------------------------------------------------------------------


def _note(paragraph: Any) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    for run in paragraph.runs:
        run.font.size = Pt(12)
    layout = paragraph.paragraph_format
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(18)
    layout.space_before = Pt(4)
    layout.space_after = Pt(6)


def _off_grid(paragraph: Any) -> None:
    """A paragraph that does not snap to the page's 22-line grid (table cells)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    insert_ordered(paragraph._p.get_or_add_pPr(), snap, PPR_ORDER)


def _table(document: Any, grid: Grid) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    size = table_size(grid)
    table = document.add_table(rows=1 + len(grid.rows), cols=len(grid.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Pt(width) for width in column_widths(grid, size)]
    _cell_margins(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice and WPS follow
    for row_index, row in enumerate(table.rows):
        row_pr = row._tr.get_or_add_trPr()
        row_pr.append(OxmlElement("w:cantSplit"))
        if row_index == 0:
            row_pr.append(OxmlElement("w:tblHeader"))
        texts = grid.headers if row_index == 0 else grid.rows[row_index - 1]
        for column, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
            cell.width = widths[column]
            _cell(cell, text, size, header=row_index == 0, numeric=grid.numeric[column])
    # a little air between the table and what follows
    spacer = document.add_paragraph()
    spacer.paragraph_format.line_spacing = Pt(size)
    _off_grid(spacer)


def _cell_margins(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(round(CELL_PADDING / 2 * 20)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _cell(cell: Any, text: str, size: float, header: bool, numeric: bool) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    _off_grid(paragraph)
    layout = paragraph.paragraph_format
    layout.first_line_indent = Pt(0)
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(round(size * 1.3, 1))
    layout.alignment = (
        WD_ALIGN_PARAGRAPH.CENTER
        if header
        else WD_ALIGN_PARAGRAPH.RIGHT
        if numeric
        else WD_ALIGN_PARAGRAPH.LEFT
    )
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    if header:
        set_fonts(run._r, HEADING1_FONT)


def _sign_off(document: Any, paper: Paper) -> None:
    """落款: the organization centred over the date; the date four characters in from the right."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document.add_paragraph()  # an empty line before the sign-off
    date_width = display_width(paper.date) / 2
    organization_width = display_width(paper.organization) / 2
    right = 4 * BODY_SIZE
    for text, indent in (
        (paper.organization, right + max(0.0, (date_width - organization_width) / 2) * BODY_SIZE),
        (paper.date, right),
    ):
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        layout = paragraph.paragraph_format
        layout.first_line_indent = Pt(0)
        layout.right_indent = Pt(indent)
        layout.keep_with_next = text == paper.organization
