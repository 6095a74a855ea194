"""What people type into records reaches the reports as plain text: HTML escaped, spreadsheet cells
that would start a formula neutralised, terminal markup shown as typed. And `report -o` never
writes over a record or into a record folder.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from office import studyctl

HOSTILE_NAMES = {
    "xss": "<script>alert(1)</script>",
    "link": '=HYPERLINK("http://x")',
    "plus": "+1+1",
    "minus": "-2+3",
    "at": "@SUM(A1:A2)",
    "markup": "[bold red]王[/]",
}
FORMULA_STARTS = ("=", "+", "-", "@")


@pytest.fixture
def hostile_office(office_repo: Path) -> Path:
    """The office with one member for each name a report must show as plain text."""
    for slug, name in HOSTILE_NAMES.items():
        quoted = name.replace('"', '\\"')
        (office_repo / "members" / f"{slug}.yaml").write_text(
            f'id: {slug}\nname: "{quoted}"\nunit: dzb\nrole: staff\nborn: 1990-01-01\n'
            "education: bachelor\nparty_member: false\njoined: 2020-01-01\n",
            encoding="utf-8",
        )
    (office_repo / "units" / "dzb.yaml").write_text('id: dzb\nname: "<b>党政办</b>"\n', encoding="utf-8")
    return office_repo


def report(root: Path, env: dict[str, str], output_format: str) -> str:
    wide = {**env, "COLUMNS": "250"}  # the terminal table folds long names at 80 columns
    done = studyctl("report", "--year", "2026", "-f", output_format, "-C", str(root), env=wide)
    return done.stdout


def test_html_shows_names_as_text(hostile_office: Path, git_env: dict[str, str]) -> None:
    html = report(hostile_office, git_env, "html")
    assert "<script>alert" not in html and "<b>党政办" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;党政办&lt;/b&gt;" in html


def test_markdown_shows_names_as_text(hostile_office: Path, git_env: dict[str, str]) -> None:
    """Markdown passes HTML through: a name must not become a tag when the file is viewed."""
    markdown = report(hostile_office, git_env, "markdown")
    assert re.findall(r"(?<!\\)<", markdown) == []  # every `<` escaped: plain text, never a tag
    assert "\\<script>alert(1)\\</script>" in markdown  # a backslash makes `<` plain text
    assert "\\[bold red\\]王\\[/\\]" in markdown  # and brackets, so that no name becomes a link


def test_terminal_and_json_show_names_as_typed(hostile_office: Path, git_env: dict[str, str]) -> None:
    text = report(hostile_office, git_env, "text")
    assert "[bold red]王[/]" in text and "<script>alert(1)</script>" in text
    names = json.dumps(json.loads(report(hostile_office, git_env, "json")), ensure_ascii=False)
    for name in HOSTILE_NAMES.values():
        assert json.dumps(name, ensure_ascii=False)[1:-1] in names


def test_csv_cells_never_start_a_formula(hostile_office: Path, git_env: dict[str, str]) -> None:
    rows = list(csv.reader(io.StringIO(report(hostile_office, git_env, "csv").lstrip("\ufeff"))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    for name in ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1:A2)"):
        assert "'" + name in cells


def test_xlsx_cells_never_hold_a_formula(
    hostile_office: Path, git_env: dict[str, str], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "report.xlsx"
    studyctl("report", "--year", "2026", "-o", str(target), "-C", str(hostile_office), env=git_env)
    workbook = load_workbook(target)
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [text for text in texts if text.startswith(FORMULA_STARTS)]
    assert "'" + '=HYPERLINK("http://x")' in texts
    # nothing in the file itself is a formula either, whatever a reader makes of the cells
    with zipfile.ZipFile(target) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(name) for name in sheets)


def test_docx_holds_names_as_text(hostile_office: Path, git_env: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    studyctl("report", "--year", "2026", "-o", str(target), "-C", str(hostile_office), env=git_env)
    with zipfile.ZipFile(target) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert "<script>" not in document and "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert "<w:fldSimple" not in document and "<w:instrText" not in document  # no Word field codes


@pytest.mark.parametrize(
    "target",
    [
        "sessions/2026/report.html",
        "members/li-ming.yaml",
        "studyctl.yaml",
        "units/new.csv",
        "reviews/2026/Q2/report.md",
        ".git/report.html",
        "link.html",  # a link that points at a record
    ],
)
def test_report_output_never_lands_on_or_among_records(
    office_repo: Path, git_env: dict[str, str], target: str
) -> None:
    if target == "link.html":
        (office_repo / "link.html").symlink_to(office_repo / "members/li-ming.yaml")
    before = {p: p.read_bytes() for p in office_repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    args = ["report", "--year", "2026", "-f", "html", "-o", str(office_repo / target), "-C", str(office_repo)]
    done = studyctl(*args, env=git_env, check=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "record" in done.stderr.lower()
    after = {p: p.read_bytes() for p in office_repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert after == before
