"""Sign-in sheets: encodings, header aliases, statuses, and matching names to members."""

from __future__ import annotations

import datetime as dt

import pytest

from studyctl.models import Member, Unit
from studyctl.signin import attendance_from_sheet, decode_text, read_sheet

UNITS = {"dzb": Unit(id="dzb", name="党政办")}
SHEET = "姓名,状态,原因\n李明,出席,\n王芳,请假,病假\n张伟,迟到,\n"


def member(member_id: str, name: str) -> Member:
    return Member(
        id=member_id,
        name=name,
        unit="dzb",
        role="staff",
        born=dt.date(1980, 1, 1),
        education="bachelor",
        party_member=True,
        joined=dt.date(2015, 1, 1),
    )


MEMBERS = {
    m.id: m for m in (member("li-ming", "李明"), member("wang-fang", "王芳"), member("zhang-wei", "张伟"))
}
DAY = dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SHEET.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + SHEET.replace("\n", "\r\n").encode("utf-8"), "UTF-8"),
        (SHEET.replace("\n", "\r\n").encode("gbk"), "GBK"),
        (SHEET.encode("utf-16"), "UTF-16"),
    ],
)
def test_sheets_in_every_encoding_read_the_same(data: bytes, encoding: str) -> None:
    assert decode_text(data) == (SHEET, encoding)
    sheet = read_sheet(data, "sign.csv")
    assert sheet.findings == []
    assert [(r.line, r.name, r.status, r.reason) for r in sheet.rows] == [
        (2, "李明", "present", ""),
        (3, "王芳", "leave", "病假"),
        (4, "张伟", "late", ""),
    ]


def test_english_headers_a_title_row_and_extra_columns() -> None:
    text = "4月3日学习签到表,,,\n序号,name,status,reason\n1,li-ming,present,\n2,王芳,absent,出差\n,,,\n"
    sheet = read_sheet(text.encode(), "sign.csv")
    assert sheet.findings == []
    assert [(r.line, r.name, r.status, r.reason) for r in sheet.rows] == [
        (3, "li-ming", "present", ""),
        (4, "王芳", "absent", "出差"),
    ]


def test_bad_rows_are_findings_with_their_line() -> None:
    text = "姓名,状态,原因\n李明,开会,\n王芳,缺席,\n,出席,\n"
    sheet = read_sheet(text.encode(), "sign.csv")
    assert [(f.line, f.key, dict(f.params)) for f in sheet.findings] == [
        (2, "signin.bad_status", {"name": "李明", "value": "开会"}),
        (3, "signin.no_reason", {"name": "王芳", "status": "缺席"}),
        (4, "signin.no_name", {}),
    ]


def test_a_sheet_without_the_needed_columns() -> None:
    assert [f.key for f in read_sheet(b"a,b\n1,2\n", "s.csv").findings] == ["signin.no_header"]
    assert [f.key for f in read_sheet("姓名\n李明\n".encode(), "s.csv").findings] == [
        "signin.no_status_column"
    ]


def test_matching_names_to_members() -> None:
    result = attendance_from_sheet(
        read_sheet(SHEET.encode(), "sign.csv"), "sign.csv", MEMBERS, UNITS, sorted(MEMBERS), DAY
    )
    assert result.findings == []
    assert result.attendance == {
        "li-ming": ("present", ""),
        "wang-fang": ("leave", "病假"),
        "zhang-wei": ("late", ""),
    }


def test_unknown_twice_unexpected_and_missing_names_are_all_reported() -> None:
    text = "姓名,状态,原因\n李鸣,出席,\n王芳,出席,\n王芳,出席,\n"
    expected = ["li-ming", "wang-fang", "zhang-wei"]
    members = {**MEMBERS, "zhao-lei": member("zhao-lei", "赵磊")}
    sheet = read_sheet((text + "赵磊,出席,\n").encode(), "sign.csv")
    result = attendance_from_sheet(sheet, "sign.csv", members, UNITS, expected, DAY)
    assert [(f.line, f.key, f.member, dict(f.params)) for f in result.findings] == [
        (2, "signin.unknown", None, {"value": "李鸣", "candidates": "李明 (li-ming, 党政办)"}),
        (4, "signin.twice", "wang-fang", {"value": "王芳", "first": 3}),
        (5, "signin.not_expected", "zhao-lei", {"value": "赵磊"}),
        (
            None,
            "signin.missing",
            None,
            {"candidates": "李明 (li-ming, 党政办); 张伟 (zhang-wei, 党政办)"},
        ),
    ]
