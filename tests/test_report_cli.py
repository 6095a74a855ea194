"""`studyctl report` on the command line: formats, files, and the errors that stop it (exit 2)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from test_report import RECORDS
from typer.testing import CliRunner

from studyctl.cli import app
from studyctl.messages import catalogue


@pytest.fixture
def root(write_records) -> Path:  # type: ignore[no-untyped-def]
    return write_records(RECORDS)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def stopped_by(result) -> str | None:  # type: ignore[no-untyped-def]
    """The key of the message that stopped the command with exit 2, read back from stderr."""
    if result.exit_code != 2:
        return None
    shown = {}
    for key, texts in catalogue().items():
        parts = re.split(r"\{[^}]*\}", texts["zh"])
        if not key.endswith(".hint") and re.search(".*?".join(map(re.escape, parts)), result.stderr):
            shown[key] = len("".join(parts))
    return max(shown, key=shown.__getitem__, default=None)


def test_json_on_stdout(root: Path) -> None:
    result = run("report", "-C", str(root), "--quarter", "2026Q2", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["period"] == "2026Q2"
    assert {m["member"] for m in document["members"]} == {"li-ming", "wang-fang", "zhang-wei", "zhao-lei"}


SHIPPED = Path(__file__).resolve().parent.parent / "records"
EXPECTED = Path(__file__).resolve().parent / "expected"


def test_the_annual_report_of_the_shipped_records_exactly(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The whole terminal report, at 140 columns, as of the pinned day. After a deliberate change of
    the report, write the new text with `STUDYCTL_REGENERATE=1 pytest tests/test_report_cli.py`
    and read its diff before committing it."""
    records = tmp_path / "records"
    shutil.copytree(SHIPPED, records, ignore=shutil.ignore_patterns(".studyctl"))
    monkeypatch.setenv("COLUMNS", "140")
    monkeypatch.setenv("STUDYCTL_TODAY", "2026-11-28")
    code, stdout, stderr = cli("report", "--year", "2026", "--lang", "zh", cwd=records)
    expected = EXPECTED / "report-2026-zh-140.txt"
    if os.environ.get("STUDYCTL_REGENERATE"):
        expected.write_text(stdout, encoding="utf-8")
    assert (code, stderr) == (0, "")
    assert stdout == expected.read_text(encoding="utf-8")


def test_one_member(root: Path) -> None:
    result = run("report", "-C", str(root), "-y", "2026", "-m", "zhang-wei", "-f", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [m["member"] for m in document["members"]] == ["zhang-wei"]
    assert "detail" in document


def test_an_unknown_member_stops_it(root: Path) -> None:
    result = run("report", "-C", str(root), "-y", "2026", "-m", "nobody")
    assert stopped_by(result) == "report.unknown_member"


@pytest.mark.parametrize("suffix", [".html", ".xlsx", ".docx", ".csv", ".md", ".json", ".txt"])
def test_the_format_follows_the_file_name(root: Path, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / "out" / f"report{suffix}"
    result = run("report", "-C", str(root), "--year", "2026", "-o", str(target))
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    expected_start = {
        ".html": b"<!DOCTYPE html>",
        ".xlsx": b"PK",
        ".docx": b"PK",
        ".csv": b"\xef\xbb\xbf",
        ".md": "# 测试镇机关".encode(),
        ".json": b"{",
        ".txt": "测试镇机关".encode(),
    }[suffix]
    assert data.startswith(expected_start)
    assert result.stdout == ""  # the note that it was written goes to stderr


def test_csv_on_stdout(root: Path) -> None:
    result = run("report", "-C", str(root), "-q", "2026Q2", "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert len(rows) == 5


@pytest.mark.parametrize("chosen", ["xlsx", "docx"])
def test_binary_formats_need_a_file(root: Path, chosen: str) -> None:
    result = run("report", "-C", str(root), "-y", "2026", "-f", chosen)
    assert stopped_by(result) == "report.needs_output"


def test_an_unknown_extension_stops_it(root: Path, tmp_path: Path) -> None:
    result = run("report", "-C", str(root), "-y", "2026", "-o", str(tmp_path / "report.pages"))
    assert stopped_by(result) == "report.unknown_extension"
    assert not (tmp_path / "report.pdf").exists()


def test_a_report_over_a_record_is_refused(root: Path) -> None:
    target = root / "members" / "li-ming.yaml"
    before = target.read_bytes()
    result = run("report", "-C", str(root), "-y", "2026", "-f", "json", "-o", str(target))
    assert stopped_by(result) == "report.output_in_records"
    assert target.read_bytes() == before


def test_record_errors_are_pointed_out(write_records) -> None:
    root = write_records({**RECORDS, "units/bad.yaml": "id: bad\n"})
    result = run("report", "-C", str(root), "-y", "2026", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["organization"]["record_problems"] == 1
    assert "studyctl check" in result.stderr


def test_help_has_an_example() -> None:
    result = run("report", "--help")
    assert result.exit_code == 0
    assert "studyctl report --year 2026" in result.stdout


def test_main_turns_a_stop_into_exit_2(root: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import sys

    from studyctl.cli import main

    monkeypatch.setattr(sys, "argv", ["studyctl", "report", "-C", str(root), "-y", "2026", "-f", "docx"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 2
    assert "-o" in capsys.readouterr().err
