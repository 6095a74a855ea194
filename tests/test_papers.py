"""The papers an office files, opened the way a clerk opens them: the Word paper and the workbook of
the shipped records turned into PDF by LibreOffice and read with poppler; the .docx XML read for
the GB/T 9704 format; the PDF that studyctl draws itself; the terminal report at four widths."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "records"
TERMINAL = Path(__file__).parent / "data" / "terminal"
TODAY = "2026-11-28"
MEMBER = "li-hongmei"  # the first of the ranking
WIDTHS = (60, 80, 100, 140)
# page counts of the shipped records' papers (docs/report.md says the same)
WORD_PAGES = range(4, 7)
PDF_PAGES = range(6, 10)
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice and poppler are not installed (apt-get install libreoffice-writer-nogui "
    "libreoffice-calc-nogui poppler-utils)",
)


def studyctl(*args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    """The installed command, as a clerk runs it, on the shipped records and a pinned day."""
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "STUDYCTL_TODAY": TODAY}
    env["COLUMNS"] = str(columns)
    env["HOME"] = "/tmp"
    return subprocess.run(
        ["studyctl", *args, "-C", str(RECORDS)], capture_output=True, text=True, env=env, check=True
    )


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("papers")
    studyctl("report", "--year", "2026", "-o", str(folder / "report.docx"))
    studyctl("report", "--year", "2026", "-o", str(folder / "report.xlsx"))
    studyctl("report", "--year", "2026", "-o", str(folder / "report.pdf"))
    studyctl("report", "--year", "2026", "--member", MEMBER, "-o", str(folder / "member.docx"))
    studyctl("report", "--year", "2026", "--member", MEMBER, "-o", str(folder / "member.pdf"))
    return folder


def to_pdf(paper: Path) -> Path:
    """LibreOffice headless turns the file into PDF beside it, as a clerk's "export as PDF" does."""
    out = paper.parent / "lo"
    profile = paper.parent / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(paper),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out / (paper.stem + ".pdf")


def pdf_info(pdf: Path) -> dict[str, str]:
    text = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, value in (line.split(":", 1) for line in text.splitlines())}


def page_sizes(pdf: Path, pages: int) -> set[str]:
    text = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return {line.split(":", 1)[1].strip() for line in text.splitlines() if re.match(r"Page +\d+ size", line)}


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# --- the .docx XML -------------------------------------------------------------------------------


def docx_part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_the_word_paper_has_the_official_page(papers: Path) -> None:
    document = docx_part(papers / "report.docx", "word/document.xml")
    # A4 and the margins 37/35/28/26 mm in twips; 22 lines of 28.95 pt
    assert re.search(r'<w:pgSz w:w="11906" w:h="16838"/>', document)
    margins = re.search(r"<w:pgMar [^>]*/>", document)
    assert margins is not None
    for side, twips in (("top", 2098), ("bottom", 1984), ("left", 1587), ("right", 1474)):
        assert f'w:{side}="{twips}"' in margins.group(0)
    assert '<w:docGrid w:linePitch="579" w:type="lines"/>' in document
    assert "<w:evenAndOddHeaders/>" in docx_part(papers / "report.docx", "word/settings.xml")


def test_the_word_paper_names_its_east_asian_fonts(papers: Path) -> None:
    styles = docx_part(papers / "report.docx", "word/styles.xml")
    for style, font in (
        ("Normal", "仿宋_GB2312"),
        ("Title", "方正小标宋简体"),
        ("Heading1", "黑体"),
        ("Heading2", "楷体_GB2312"),
    ):
        block = re.search(rf'<w:style [^>]*w:styleId="{style}".*?</w:style>', styles, re.S)
        assert block is not None, style
        assert f'w:eastAsia="{font}"' in block.group(0), style
        assert "Theme" not in block.group(0).split("<w:rFonts", 1)[1].split("/>", 1)[0], style
    sizes = {
        style: re.search(rf'w:styleId="{style}".*?<w:sz w:val="(\d+)"/>', styles, re.S)
        for style in ("Normal", "Title")
    }
    assert sizes["Normal"] is not None and sizes["Normal"].group(1) == "32"  # 3号, in half points
    assert sizes["Title"] is not None and sizes["Title"].group(1) == "44"  # 2号
    fonts = docx_part(papers / "report.docx", "word/fontTable.xml")
    for font, fallback in (("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体"), ("方正小标宋简体", "宋体")):
        assert re.search(rf'<w:font w:name="{font}"><w:altName w:val="{fallback}"/>', fonts), font


def test_the_word_paper_numbers_its_pages_at_the_outer_corner(papers: Path) -> None:
    document = docx_part(papers / "report.docx", "word/document.xml")
    kinds = dict(re.findall(r'<w:footerReference w:type="(\w+)" r:id="(\w+)"/>', document))
    assert set(kinds) == {"default", "even"}
    relations = docx_part(papers / "report.docx", "word/_rels/document.xml.rels")
    for kind, alignment, indent in (("default", "right", "w:right"), ("even", "left", "w:left")):
        target = re.search(rf'Id="{kinds[kind]}"[^>]*Target="([^"]+)"', relations) or re.search(
            rf'Target="([^"]+)"[^>]*Id="{kinds[kind]}"', relations
        )
        assert target is not None
        footer = docx_part(papers / "report.docx", f"word/{target.group(1)}")
        assert f'<w:jc w:val="{alignment}"/>' in footer
        assert f'{indent}="280"' in footer  # one 4号 character in
        assert '<w:fldChar w:fldCharType="begin"/>' in footer
        assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer
        assert re.findall(r"<w:t[^>]*>([^<]*)</w:t>", footer) == ["— ", "1", " —"]
        assert 'w:eastAsia="宋体"' in footer and '<w:sz w:val="28"/>' in footer  # 4号 宋体


def test_the_word_paper_tables_repeat_their_header_and_never_split_a_row(papers: Path) -> None:
    document = docx_part(papers / "report.docx", "word/document.xml")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)
    assert len(tables) == 7  # figures, sessions, five haves, degrees, units, members, ranking
    for table in tables:
        rows = re.findall(r"<w:tr[ >].*?</w:tr>", table, re.S)
        assert "<w:tblHeader/>" in rows[0]
        assert all("<w:tblHeader/>" not in row for row in rows[1:])
        assert all("<w:cantSplit/>" in row for row in rows)
        sizes = {int(size) for size in re.findall(r'<w:sz w:val="(\d+)"/>', table)}
        assert sizes and max(sizes) <= 28  # 4号 or smaller


def test_the_word_paper_is_signed_off_by_the_organization_on_the_day(papers: Path) -> None:
    from docx import Document

    paragraphs = [p for p in Document(str(papers / "report.docx")).paragraphs if p.text]
    assert paragraphs[0].text == "青石镇机关 2026 年度学习考评报告"
    assert paragraphs[0].style.name == "Title"
    headings = [(p.style.name, p.text) for p in paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "一、总体情况"),
        ("Heading 2", "（一）主要指标"),
        ("Heading 2", "（二）学习活动开展情况"),
        ("Heading 2", "（三）“五有”落实情况"),
        ("Heading 1", "二、学历提升：尚未达到学历要求的干部"),
        ("Heading 1", "三、各站所办学习情况"),
        ("Heading 1", "四、干部个人学习情况"),
        ("Heading 1", "五、考评结果"),
    ]
    organization, day = paragraphs[-2:]
    assert (organization.text, day.text) == ("青石镇机关", "2026年11月28日")
    assert organization.alignment == day.alignment == 2  # right
    assert day.paragraph_format.right_indent.pt == 64  # four characters in


# --- opened by LibreOffice -----------------------------------------------------------------------


@needs_libreoffice
def test_libreoffice_prints_the_word_paper_on_numbered_a4_pages(papers: Path) -> None:
    pdf = to_pdf(papers / "report.docx")
    pages = int(pdf_info(pdf)["Pages"])
    assert pages in WORD_PAGES
    assert page_sizes(pdf, pages) == {"595.304 x 841.89 pts (A4)"}
    for page in range(1, pages + 1):
        lines = [re.sub(r"\s+", "", line) for line in page_text(pdf, page).splitlines() if line.strip()]
        assert lines[-1] == f"—{page}—", page
    assert "青石镇机关 2026 年度学习考评报告" in page_text(pdf, 1)
    last = page_text(pdf, pages)
    assert re.search(r"青石镇机关\s*\n\s*2026\s*年\s*11\s*月\s*28\s*日", last)


@needs_libreoffice
def test_libreoffice_prints_the_member_paper_on_one_page(papers: Path) -> None:
    pdf = to_pdf(papers / "member.docx")
    assert pdf_info(pdf)["Pages"] == "1"
    text = page_text(pdf, 1)
    assert "李红梅（社会事务办）2026 年度学习情况" in text
    assert "2026年11月28日" in re.sub(r"\s+", "", text) and "—1—" in re.sub(r"\s+", "", text)


@needs_libreoffice
def test_libreoffice_prints_the_workbook_with_headers_and_page_numbers(papers: Path) -> None:
    pdf = to_pdf(papers / "report.xlsx")
    pages = int(pdf_info(pdf)["Pages"])
    assert pages in range(3, 5)  # 3 measured: the organization, the units, the members
    assert page_sizes(pdf, pages) <= {"595.304 x 841.89 pts (A4)", "841.89 x 595.304 pts (A4)"}
    texts = [page_text(pdf, page) for page in range(1, pages + 1)]
    for number, text in enumerate(texts, start=1):
        assert "青石镇机关 2026 年度学习考评报告" in text.splitlines()[0]  # the page header
        assert re.search(rf"第\s*{number}\s*页\s*共\s*{pages}\s*页", text), number
    ids = {path.stem for path in (RECORDS / "members").glob("*.yaml")}
    member_pages = [text for text in texts if ids & set(re.findall(r"[a-z]+(?:-[a-z]+)+", text))]
    assert len(member_pages) == 2  # the members' sheet runs onto a second page
    for text in member_pages:
        assert re.search(r"名次\s+编号\s+姓名\s+站所办", text)  # the header row on every page


# --- the PDF studyctl draws ----------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_the_pdf_is_the_word_paper_on_a4(papers: Path) -> None:
    from docx import Document

    pdf = papers / "report.pdf"
    pages = int(pdf_info(pdf)["Pages"])
    assert pages in PDF_PAGES
    assert page_sizes(pdf, pages) == {"595.276 x 841.89 pts (A4)"}
    texts = [page_text(pdf, page) for page in range(1, pages + 1)]
    for number, text in enumerate(texts, start=1):
        assert f"—{number}—" in re.sub(r"\s+", "", text)
    whole = re.sub(r"\s+", "", "".join(texts))
    # every paragraph and every cell of the Word paper is in the PDF
    document = Document(str(papers / "report.docx"))
    for paragraph in document.paragraphs:
        assert re.sub(r"\s+", "", paragraph.text) in whole, paragraph.text
    for table in document.tables:
        for row in table.rows[1:]:  # a header may fold onto two lines
            for cell in row.cells:
                if len(cell.text) <= 8:  # a longer label may fold beside its neighbours' lines
                    assert re.sub(r"\s+", "", cell.text) in whole, cell.text
    member = papers / "member.pdf"
    assert pdf_info(member)["Pages"] == "1"
    text = re.sub(r"\s+", "", page_text(member, 1))
    assert "李红梅（社会事务办）2026年度学习情况" in text and "名次1青石镇机关2026年11月28日—1—" in text


# --- the terminal --------------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_the_terminal_report_fits_the_terminal(width: int) -> None:
    from rich.cells import cell_len

    shown = studyctl("report", "--year", "2026", columns=width).stdout
    lines = shown.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    names = re.findall(
        r"^name: (.+)$", "".join(p.read_text("utf-8") for p in (RECORDS / "members").glob("*.yaml")), re.M
    )
    assert len(names) == 50
    for name in names:
        assert re.search(rf"(^|\s){name}(\s|$)", shown, re.M), name  # whole, on one line
    assert shown == (TERMINAL / f"report-{width}.txt").read_text("utf-8")


def test_a_narrow_terminal_stacks_the_members() -> None:
    narrow = studyctl("report", "--year", "2026", columns=60).stdout
    wide = studyctl("report", "--year", "2026", columns=140).stdout
    assert (
        "  1  李红梅  社会事务办  得分 96.2\n     实到/应到 110/112  请假 2  缺席 0  出勤率 98.2%\n" in narrow
    )
    assert re.search(r"名次\s+姓名\s+站所办\s+实到/应到", wide)


if __name__ == "__main__":  # python tests/test_papers.py: write the expected terminal reports anew
    for width in WIDTHS:
        (TERMINAL / f"report-{width}.txt").write_text(
            studyctl("report", "--year", "2026", columns=width).stdout, "utf-8"
        )


# --- the workbook's print setup, the registry, the printed HTML ------------------------------------


def test_every_sheet_is_set_up_to_print(papers: Path) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    workbook = load_workbook(papers / "report.xlsx")
    assert workbook.sheetnames == ["总体情况", "站所办", "干部个人"]
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert int(setup.paperSize) == 9  # A4
        # one page wide; the members' sheet runs down as far as it needs, the others fit one page
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0 if sheet.title == "干部个人" else 1)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.oddHeader.center.text == "青石镇机关 2026 年度学习考评报告"
        assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"
    organization, units, members = workbook.worksheets
    assert organization.page_setup.orientation == "portrait"
    assert units.page_setup.orientation == "portrait"
    assert members.page_setup.orientation == "landscape"
    assert organization.print_title_rows == "$1:$2"
    assert (units.print_title_rows, units.freeze_panes) == ("$4:$4", "A5")
    assert (members.print_title_rows, members.freeze_panes) == ("$4:$4", "A5")
    assert members.auto_filter.ref == "A4:U54"  # 21 columns, the 50 members right under the header
    assert [cell.value for cell in members[5]][:3] == [1, "li-hongmei", "李红梅"]
    assert [cell.value for cell in members[4]][:4] == ["名次", "编号", "姓名", "站所办"]
    rate = members["J5"]
    assert (members["J4"].value, isinstance(rate.value, float), rate.number_format) == (
        "出勤率",
        True,
        "0.0%",
    )
    # a column fits its Chinese: 站所办 holds 农业服务中心, six characters, twelve columns wide
    assert members.column_dimensions["D"].width >= 12


def test_one_table_of_formats_and_one_signature() -> None:
    from studyctl.render.exporters import BY_EXTENSION, EXPORTERS, exporter_for_file

    assert [e.name for e in EXPORTERS] == ["text", "json", "csv", "markdown", "html", "xlsx", "docx", "pdf"]
    assert [e.name for e in EXPORTERS if e.file_only] == ["xlsx", "docx", "pdf"]
    assert exporter_for_file(Path("报告.PDF")) is BY_EXTENSION[".pdf"]
    assert exporter_for_file(Path("报告.pages")) is None
    import inspect

    for exporter in EXPORTERS:
        parameters = list(inspect.signature(exporter.load()).parameters)
        assert parameters == ["report", "lang"], exporter.name


@pytest.mark.skipif(
    shutil.which("chromium") is None or shutil.which("pdfinfo") is None,
    reason="Chromium and poppler are not installed (apt-get install chromium poppler-utils)",
)
def test_the_bulletin_prints_on_five_pages_with_its_headers(tmp_path: Path) -> None:
    page = tmp_path / "bulletin.html"
    studyctl("report", "--quarter", "2026Q3", "-o", str(page))
    pdf = tmp_path / "bulletin.pdf"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert pdf_info(pdf)["Pages"] == "5"  # as the README says
    texts = [page_text(pdf, number) for number in range(1, 6)]
    # the ranking runs onto the last page: its header row comes along, and the note is not alone
    assert re.search(r"名次\s+姓名\s+站所办\s+出勤率\s+得分", texts[4])
    # the last listed is 赵勇, who left during the year: listed, not ranked
    assert "考评得分（0–100）" in texts[4] and "赵勇" in texts[4]
