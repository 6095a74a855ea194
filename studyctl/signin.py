"""Sign-in sheets: the attendance of a session from a CSV that Excel or WPS saved.

A sheet has a column of names (姓名, or name / id), one of statuses (状态: 出席 / 迟到 / 请假 / 缺席,
or present / late / leave / absent) and one of reasons (原因). Other columns (序号, 签名 …) and title
rows above the header are ignored. The bytes may be UTF-8, UTF-8 with a BOM, GBK (what a Chinese
Windows saves as "CSV") or UTF-16 with a BOM. Every problem is a finding with the sheet's line,
and all of them are reported at once (the store shows the first `SHOWN_PROBLEMS`). A sheet is at
most `MAX_SHEET_BYTES`, as a record is: a bigger one is no sign-in sheet, and is not read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.models import Member, Unit
from studyctl.names import describe, resolve_member

NAME_HEADERS = frozenset({"姓名", "名字", "成员", "人员", "name", "id", "member"})
STATUS_HEADERS = frozenset({"状态", "出勤", "考勤", "出勤情况", "考勤情况", "情况", "status"})
REASON_HEADERS = frozenset({"原因", "事由", "理由", "备注", "说明", "reason", "note", "notes"})

STATUS_WORDS = {
    "present": "present",
    "出席": "present",
    "出勤": "present",
    "到": "present",
    "已到": "present",
    "到会": "present",
    "签到": "present",
    "√": "present",
    "✓": "present",
    "late": "late",
    "迟到": "late",
    "leave": "leave",
    "请假": "leave",
    "假": "leave",
    "absent": "absent",
    "缺席": "absent",
    "缺勤": "absent",
    "未到": "absent",
}
NEEDS_REASON = frozenset({"leave", "absent"})
MAX_SHEET_BYTES = 1024 * 1024  # like a record (yamlio.MAX_BYTES)


def decode_text(data: bytes) -> tuple[str, str]:
    """Text from a file a clerk saved on Windows, and the encoding it was in."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").replace("\r\n", "\n"), "UTF-16"
    try:
        text, encoding = data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        # GB18030 is the superset of GBK that Chinese Windows writes as "ANSI"
        text, encoding = data.decode("gb18030", errors="replace"), "GBK"
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


@dataclass(frozen=True)
class SheetRow:
    """One row of a sign-in sheet: its line, the name written on it, the status and the reason."""

    line: int
    name: str
    status: str  # present | late | leave | absent
    reason: str


@dataclass
class Sheet:
    """A sign-in sheet as read: its rows, and the findings on the lines that could not be read."""

    rows: list[SheetRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def read_sheet(data: bytes, display: str) -> Sheet:
    """The rows of a sign-in sheet, or findings saying which line is wrong and why; a StudyctlError
    for a sheet over `MAX_SHEET_BYTES`."""
    if len(data) > MAX_SHEET_BYTES:
        raise StudyctlError("signin.too_big", path=display, size=len(data), limit=MAX_SHEET_BYTES)
    text, _ = decode_text(data)
    sheet = Sheet()
    subject = display.replace("\\", "/").rsplit("/", 1)[-1]

    def problem(line: int | None, key: str, **params: str) -> None:
        sheet.findings.append(Finding.make("signin", "error", display, line, subject, key, **params))

    table = list(csv.reader(io.StringIO(text), _dialect(text)))
    header_at = next((i for i, row in enumerate(table) if _column(row, NAME_HEADERS) is not None), None)
    if header_at is None:
        problem(1, "signin.no_header")
        return sheet
    header = table[header_at]
    name_col = _column(header, NAME_HEADERS)
    status_col = _column(header, STATUS_HEADERS)
    reason_col = _column(header, REASON_HEADERS)
    if status_col is None:
        problem(header_at + 1, "signin.no_status_column")
        return sheet
    assert name_col is not None
    for index, row in enumerate(table[header_at + 1 :], start=header_at + 2):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        name = _cell(cells, name_col)
        word = _cell(cells, status_col)
        reason = _cell(cells, reason_col) if reason_col is not None else ""
        if not name:
            problem(index, "signin.no_name")
            continue
        status = STATUS_WORDS.get(word.lower())
        if status is None:
            problem(index, "signin.bad_status", name=name, value=word)
            continue
        if status in NEEDS_REASON and not reason:
            problem(index, "signin.no_reason", name=name, status=word)
            continue
        sheet.rows.append(SheetRow(index, name, status, reason))
    return sheet


def _dialect(text: str) -> type[csv.Dialect]:
    first = next((line for line in text.split("\n") if line.strip()), "")
    if first.count("\t") > first.count(","):
        return csv.excel_tab
    return csv.excel


def _column(row: list[str], names: frozenset[str]) -> int | None:
    for index, cell in enumerate(row):
        if cell.strip().lstrip("\ufeff").lower() in names:
            return index
    return None


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


@dataclass
class SheetAttendance:
    """The attendance a sheet gives: member id → (status, reason), or the findings against it."""

    attendance: dict[str, tuple[str, str]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def attendance_from_sheet(
    sheet: Sheet,
    display: str,
    members: Mapping[str, Member],
    units: Mapping[str, Unit],
    expected: list[str],
    day: dt.date,
) -> SheetAttendance:
    """Match the sheet's names to members; every expected participant must be on it, once."""
    result = SheetAttendance(findings=list(sheet.findings))
    subject = display.replace("\\", "/").rsplit("/", 1)[-1]

    def problem(line: int | None, key: str, member: str | None = None, **params: object) -> None:
        result.findings.append(Finding.make("signin", "error", display, line, subject, key, member, **params))

    wanted = set(expected)
    seen: dict[str, int] = {}
    for row in sheet.rows:
        found = resolve_member(row.name, members, units, day)
        if found.member is None:
            key = "signin.ambiguous" if found.problem == "names.ambiguous" else "signin.unknown"
            problem(row.line, key, value=row.name, candidates=found.candidates or "-")
            continue
        if found.member in seen:
            problem(row.line, "signin.twice", found.member, value=row.name, first=seen[found.member])
            continue
        seen[found.member] = row.line
        if found.member not in wanted:
            problem(row.line, "signin.not_expected", found.member, value=row.name)
            continue
        result.attendance[found.member] = (row.status, row.reason)
    missing = [members[m] for m in expected if m not in seen and m in members]
    if missing:
        problem(None, "signin.missing", candidates=describe(missing, units))
    return result
