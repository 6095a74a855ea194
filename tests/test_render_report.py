"""Each report format written and read back: JSON, CSV (with its BOM), XLSX (openpyxl), DOCX
(python-docx), Markdown, HTML (parsed, and shown in headless Chromium where it is installed)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_report import Q2, RECORDS, TODAY

from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.render.docx_out import report_as_docx
from studyctl.render.html_out import report_as_html
from studyctl.render.markdown_out import report_as_markdown
from studyctl.render.office import report_as_csv, report_as_xlsx, spreadsheet_safe
from studyctl.render.report_json import report_as_json
from studyctl.render.report_terminal import render_report
from studyctl.report import Report, build_report

# a member whose name a spreadsheet would run as a formula and a page would run as markup; joined
# after the sessions of the quarter, so that the figures stay those of test_report
HOSTILE_MEMBER = """\
    id: hei-ke
    name: =HYPERLINK("http://x","点我")<script>alert(1)</script>
    unit: dzb
    role: staff
    born: 1985-01-01
    education: bachelor
    party_member: false
    joined: 2026-06-01
    """


@pytest.fixture
def report(write_records) -> Report:  # type: ignore[no-untyped-def]
    root = write_records({**RECORDS, "members/hei-ke.yaml": HOSTILE_MEMBER})
    return build_report(load_records(root, {2026}), Q2, TODAY)


@pytest.fixture
def member_report(write_records) -> Report:  # type: ignore[no-untyped-def]
    root = write_records(RECORDS)
    return build_report(load_records(root, {2026}), Q2, TODAY, member="li-ming")


def test_json_keeps_the_contract(report: Report) -> None:
    document = json.loads(report_as_json(report))
    assert (document["year"], document["quarter"], document["period"]) == (2026, 2, "2026Q2")
    assert set(document) >= {"year", "organization", "units", "members"}
    li = next(m for m in document["members"] if m["member"] == "li-ming")
    assert {
        key: li[key]
        for key in (
            "member",
            "name",
            "unit",
            "sessions_expected",
            "sessions_attended",
            "leave",
            "absent",
            "essays",
            "essays_target",
            "plan_items_done",
            "plan_items_total",
            "self_report",
            "score",
            "rank",
        )
    } == {
        "member": "li-ming",
        "name": "李明",
        "unit": "dzb",
        "sessions_expected": 3,
        "sessions_attended": 2,
        "leave": 0,
        "absent": 1,
        "essays": 2,
        "essays_target": 4,
        "plan_items_done": 2,
        "plan_items_total": 4,
        "self_report": False,
        "score": 86.7,
        "rank": 1,
    }
    assert li["attendance_rate"] == pytest.approx(2 / 3)
    assert li["reviews"] == {
        "Q2": {"attitude": "good", "content": "good", "results": "excellent", "notebook": "kept"}
    }
    organization = document["organization"]
    assert organization["attendance_rate"] == 0.75
    assert organization["five_haves"]["attendance"] == {"passed": 3, "judged": 4, "rate": 0.75}
    assert organization["study_days"] == {"held": 3, "due": 13, "rate": 3 / 13}
    assert organization["anti_corruption"] == {"held": 0, "target": 10, "pace": 5}
    assert [u["unit"] for u in document["units"]] == ["czs", "dzb"]


def test_json_of_one_member_has_the_detail(member_report: Report) -> None:
    document = json.loads(report_as_json(member_report))
    assert [m["member"] for m in document["members"]] == ["li-ming"]
    assert [s["status"] for s in document["detail"]["sessions"]] == ["present", "absent", "present"]
    assert document["detail"]["plan_items"][0] == {
        "area": "law",
        "content": "学习《宪法》",
        "due": "2026-03-31",
        "done": "2026-03-20",
    }


def test_csv_has_a_bom_one_row_per_member_and_no_formulas(report: Report) -> None:
    data = report_as_csv(report, "zh")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["名次", "编号", "姓名", "站所办"]
    assert len(body) == 5
    li = dict(zip(header, next(r for r in body if r[1] == "li-ming"), strict=True))
    assert (li["名次"], li["应到"], li["实到"], li["缺席"], li["出勤率"], li["得分"]) == (
        "1",
        "3",
        "2",
        "1",
        "66.7%",
        "86.7",
    )
    hostile = next(r for r in body if r[1] == "hei-ke")
    assert hostile[2].startswith("'=HYPERLINK")


def test_csv_headers_follow_the_language(report: Report) -> None:
    header = next(csv.reader(io.StringIO(report_as_csv(report, "en").decode("utf-8-sig"))))
    assert header[:4] == ["Rank", "Id", "Name", "Unit"]


def test_xlsx_has_the_three_sheets_with_numbers(report: Report, tmp_path: Path) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    path = tmp_path / "report.xlsx"
    path.write_bytes(report_as_xlsx(report, "zh"))
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["总体情况", "站所办", "干部个人"]
    members = workbook["干部个人"]
    assert members["A1"].value == "测试镇机关 2026 年第二季度学习检查通报"
    header = [cell.value for cell in members[4]]
    assert header[:4] == ["名次", "编号", "姓名", "站所办"]
    rows = {row[1]: row for row in members.iter_rows(min_row=5, values_only=True)}
    li = dict(zip(header, rows["li-ming"], strict=True))
    assert (li["名次"], li["应到"], li["实到"], li["得分"]) == (1, 3, 2, 86.7)
    assert li["出勤率"] == pytest.approx(2 / 3)
    assert str(rows["hei-ke"][2]).startswith("'=HYPERLINK")
    units = workbook["站所办"]
    assert [cell.value for cell in units[4]][:2] == ["站所办", "人数"]
    labels = [row[0] for row in workbook["总体情况"].iter_rows(values_only=True)]
    assert "有考勤" in labels and "周五学习日" in labels


def test_xlsx_of_one_member(member_report: Report, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "member.xlsx"
    path.write_bytes(report_as_xlsx(member_report, "zh"))
    assert load_workbook(path).sheetnames == ["干部个人", "学习计划", "学习活动", "学习心得"]


def test_docx_is_the_summary_document(report: Report, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "report.docx"
    path.write_bytes(report_as_docx(report, "zh"))
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "测试镇机关 2026 年第二季度学习检查通报" in text
    for heading in ("一、总体情况", "（三）“五有”落实情况", "三、各站所办学习情况", "五、考评结果"):
        assert heading in text
    ranking = document.tables[-1]
    cells = [[cell.text for cell in row.cells] for row in ranking.rows]
    assert cells[0] == ["名次", "姓名", "站所办", "出勤率", "得分"]
    assert cells[1] == ["1", "李明", "党政办", "66.7%", "86.7"]
    summary = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert ["有考勤", "3 / 4", "75.0%"] in summary


def test_markdown_escapes_the_table_pipes(write_records) -> None:
    member = HOSTILE_MEMBER.replace('=HYPERLINK("http://x","点我")<script>alert(1)</script>', "甲|乙")
    root = write_records({**RECORDS, "members/hei-ke.yaml": member})
    text = report_as_markdown(build_report(load_records(root, {2026}), Q2, TODAY), "zh")
    assert text.startswith("# 测试镇机关 2026 年第二季度学习检查通报\n")
    assert "甲\\|乙" in text
    assert "| 有考勤 | 3 / 4 | 75.0% |" in text


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.sources: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.sources += [value or "" for name, value in attrs if name in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_escaped_page_with_inline_charts(report: Report) -> None:
    page = report_as_html(report, "zh")
    parser = _PageParser()
    parser.feed(page)
    assert parser.tags.count("svg") == 3
    assert "script" not in parser.tags
    assert parser.sources == []  # nothing to fetch
    assert "@page { size: A4" in page
    text = "".join(parser.text)
    assert '=HYPERLINK("http://x","点我")<script>alert(1)</script>' in text  # shown, not run
    assert "各月出勤率" in text and "“五有”达标率" in text


def test_terminal_shows_the_tables(report: Report) -> None:
    from rich.console import Console

    console = Console(width=140, record=True, file=io.StringIO(), color_system=None)
    console.print(render_report(report, "en"))
    text = console.export_text()
    assert "测试镇机关: quarterly study check, 2026Q2" in text
    assert "Attendance (present or late / expected)" in text
    assert "75.0%" in text


@pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Chromium is not installed (apt-get install chromium)"
)
def test_html_renders_in_chromium(write_records, tmp_path: Path) -> None:
    root = write_records(RECORDS)
    report = build_report(load_records(root, {2026}), Period(2026), dt.date(2026, 11, 27))
    page = tmp_path / "report.html"
    page.write_text(report_as_html(report, "zh"), encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1240,1754",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert _distinct_colours(data) > 8  # not a blank page


def _distinct_colours(png: bytes) -> int:
    """How many different pixel values a PNG holds (enough to tell a page from a blank)."""
    import struct
    import zlib

    width, height = struct.unpack(">II", png[16:24])
    bit_depth, colour_type = png[24], png[25]
    assert bit_depth == 8 and colour_type in (2, 6)
    channels = 3 if colour_type == 2 else 4
    chunks = []
    position = 8
    while position < len(png):
        length = struct.unpack(">I", png[position : position + 4])[0]
        kind = png[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(png[position + 8 : position + 8 + length])
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels + 1
    # sample the filter-free bytes of some rows: colours differ across rows whatever the filter
    seen = set()
    for row in range(0, height, max(1, height // 200)):
        line = raw[row * stride + 1 : (row + 1) * stride]
        seen.update(line[i : i + channels] for i in range(0, len(line), channels * 7))
    return len(seen)


def test_spreadsheet_safe() -> None:
    assert [spreadsheet_safe(v) for v in ("=1+1", "+86", "-3", "@x", "\t=1", "\r=1", "李明", "")] == [
        "'=1+1",
        "'+86",
        "'-3",
        "'@x",
        "'\t=1",
        "'\r=1",
        "李明",
        "",
    ]
