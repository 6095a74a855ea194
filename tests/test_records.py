"""The records loader: every bad input of a hand-kept records folder becomes a finding of the record
rules (`yaml`, `schema`, `reference`, `duplicate`, `location`) with its file and line, never a
traceback, and never an empty or valid record; and the whole folder is reported in one run."""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from studyctl.findings import Finding
from studyctl.periods import Period
from studyctl.records import Records, load_records
from studyctl.rules import Context, run_checks

# the fixture `write_records` of conftest.py (not imported: tests/reliability has a conftest too)
WriteRecords = Callable[..., Path]

RECORD_RULES = ["yaml", "schema", "reference", "duplicate", "location"]

# the studyctl.yaml that write_records writes, spelled out for the line numbers below
CONFIG = "organization: 测试镇机关\ncampaign_start: 2026-01-01\nlanguage: zh\n"

SESSION = """\
date: 2026-04-03
kind: study-day
units: [all]
host: li-ming
topic: 学习《宪法》
area: law
minutes:
  recorder: wang-fang
  text: |
    会议传达学习了《宪法》第一章总纲。
attendance:
  zhang-wei: present
  li-ming: present
  wang-fang: {status: leave, reason: 病假}
"""
SESSION_FILE = "sessions/2026/2026-04-03-study-day.yaml"

PLAN = """\
member: li-ming
year: 2026
goals: 提高依法行政水平
essays_target: 4
items:
  - area: law
    content: 学习《行政许可法》
    due: 2026-03-31
"""

REVIEW = """\
member: li-ming
quarter: 2026Q2
reviewer: wang-fang
attitude: good
content: good
results: fair
notebook: kept
"""

ESSAY = """\
---
author: li-ming
date: 2026-04-10
title: 学习《行政许可法》的几点体会
area: law
---
正文。
"""
ESSAY_FILE = "essays/2026/2026-04-10-li-ming-xingzheng-xuke.md"

SELF_REPORT = "---\nmember: li-ming\nyear: 2026\nself_rating: good\n---\n述学。\n"

Row = tuple[str, str, int | None, str]


def member(member_id: str, **changes: str) -> str:
    """The text of a valid member file for `member_id`, with some fields changed or added."""
    fields = {
        "id": member_id,
        "name": "测试",
        "unit": "dzb",
        "role": "staff",
        "born": "1990-01-01",
        "education": "bachelor",
        "party_member": "true",
        "joined": "2020-01-01",
        **changes,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def rows(findings: list[Finding]) -> list[Row]:
    return sorted(
        ((f.rule, f.file, f.line, f.key) for f in findings), key=lambda r: (r[1], r[2] or 0, r[0], r[3])
    )


def loaded(root: Path) -> list[Row]:
    """What loading the folder finds: the rules yaml, schema, location and duplicate."""
    return rows(load_records(root).findings)


def checked(root: Path) -> list[Row]:
    """What the record rules find, `reference` included."""
    records = load_records(root)
    return rows(run_checks(Context(records, Period(2026, 2), dt.date(2026, 6, 30)), RECORD_RULES))


def only(root: Path) -> Finding:
    findings = load_records(root).findings
    assert len(findings) == 1, findings
    return findings[0]


# --- the base folder itself is clean ------------------------------------------------------------


def test_a_valid_folder_loads_without_findings(write_records: WriteRecords) -> None:
    root = write_records(
        {
            SESSION_FILE: SESSION,
            "plans/2026/li-ming.yaml": PLAN,
            "reviews/2026/Q2/li-ming.yaml": REVIEW,
            ESSAY_FILE: ESSAY,
            "self-reports/2026/li-ming.md": SELF_REPORT,
            "schedules/2026/2026-04.yaml": "published: 2026-03-28\nentries:\n"
            "  - date: 2026-04-03\n    kind: study-day\n    topic: 学习《宪法》\n    host: li-ming\n",
        }
    )
    records = load_records(root)
    assert checked(root) == []
    session = records.sessions["2026-04-03-study-day"]
    assert session.attendance["wang-fang"].reason == "病假"
    assert session.line("attendance", "wang-fang") == 14
    assert records.essays["2026-04-10-li-ming-xingzheng-xuke"].body_chars == 3
    assert records.plans[("li-ming", 2026)].items[0].due == dt.date(2026, 3, 31)
    assert sorted(records.members) == ["li-ming", "wang-fang", "zhang-wei"]


# --- yaml: syntax, tabs, duplicate keys ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("id: ab\nname: [党政办\n", "yaml.unclosed_bracket", 2),
        ("id: ab\nname: {a: 1\n", "yaml.unclosed_bracket", 2),
        ("id: ab\nname: '党政办\n", "yaml.unclosed_quote", 2),
        ("id: ab\nname: 学习: 宪法\n", "yaml.colon_in_text", 2),
        ("id: ab\nname:党政办\nx: 1\n", "yaml.no_colon", 2),
        ("id: ab\n  name: 党政办\n", "yaml.colon_in_text", 2),
        ("name:\n  a: 1\n b: 2\n", "yaml.indentation", 3),
        ("id: ab\nname: @党政办\n", "yaml.reserved_char", 2),
        ('id: ab\nname: "C:\\q"\n', "yaml.backslash", 2),
        ('id: ab\nname: "党政办" 二\n', "yaml.syntax", 2),
        ("id: ab\nname: 党政\x07办\n", "yaml.control_char", 2),
        ("id: ab\nname:\n\t党政办\n", "yaml.tab", 3),
        ("id: ab\n\tname: 党政办\n", "yaml.tab", 2),
        ("id: ab\nname: 党政办\nname: 财政所\n", "yaml.duplicate_key", 3),
        ("id: ab\nname: 党政办\n'name': 财政所\n", "yaml.duplicate_key", 3),
    ],
)
def test_syntax_errors_name_their_line(write_records: WriteRecords, text: str, key: str, line: int) -> None:
    root = write_records({"units/ab.yaml": text})
    assert loaded(root) == [("yaml", "units/ab.yaml", line, key)]
    assert "ab" not in load_records(root).units


def test_a_duplicate_key_inside_attendance(write_records: WriteRecords) -> None:
    root = write_records({SESSION_FILE: SESSION + "  zhang-wei: absent\n"})
    finding = only(root)
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "yaml",
        SESSION_FILE,
        15,
        "yaml.duplicate_key",
    )
    assert finding.message("zh") == "字段 zhang-wei 重复出现，后一个会悄悄覆盖前一个。"
    assert (
        finding.message("en")
        == "The key zhang-wei appears twice; the second would silently replace the first."
    )


def test_a_tab_inside_a_value_is_text(write_records: WriteRecords) -> None:
    root = write_records({"units/ab.yaml": "id: ab\nname: 党政办\t综合组\n"})
    assert loaded(root) == []
    assert load_records(root).units["ab"].name == "党政办\t综合组"


# --- dates: pydantic parses them, and only YYYY-MM-DD ------------------------------------------


@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("2026-02-30", 5),
        ("2026-13-01", 5),
        ("2026-4-3", 5),
        ("0", 5),
        ("2026-04-03 08:00", 5),
        ("20260403", 5),
    ],
)
def test_impossible_or_malformed_dates(write_records: WriteRecords, value: str, line: int) -> None:
    root = write_records({"members/ab.yaml": member("ab", born=value)})
    finding = only(root)
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "schema",
        "members/ab.yaml",
        line,
        "schema.date",
    )
    assert finding.message("en") == f"born: {value} is not a valid date."


def test_an_impossible_date_in_a_list_and_in_front_matter(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "studyctl.yaml": CONFIG + "calendar:\n  holidays:\n    - 2027-02-05\n    - 2027-02-30\n",
            ESSAY_FILE: ESSAY.replace("date: 2026-04-10", "date: 2026-02-29"),
        }
    )
    assert loaded(root) == [
        ("schema", ESSAY_FILE, 3, "schema.date"),
        ("schema", "studyctl.yaml", 7, "schema.date"),
    ]


def test_a_quoted_date_is_a_date(write_records: WriteRecords) -> None:
    root = write_records({"members/ab.yaml": member("ab", born="'1990-01-01'")})
    assert loaded(root) == []
    assert load_records(root).members["ab"].born == dt.date(1990, 1, 1)


# --- encodings and line ends --------------------------------------------------------------------


def test_a_file_saved_as_gbk(write_records: WriteRecords) -> None:
    root = write_records({"members/ab.yaml": member("ab", name="张伟").encode("gbk")})
    finding = only(root)
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "yaml",
        "members/ab.yaml",
        2,
        "yaml.legacy_encoding",
    )
    assert (
        finding.message("zh") == "文件不是 UTF-8 编码（看来是 GBK，常见于 Windows 记事本或 WPS 的默认保存）。"
    )
    assert finding.hint("en") == (
        "Use Save As in your editor and choose the UTF-8 encoding. See studyctl explain yaml."
    )


@pytest.mark.parametrize(
    ("raw", "key", "line"),
    [
        ("id: ab\nname: 党政办\n".encode("utf-16"), "yaml.legacy_encoding", 1),
        (b"id: ab\nname: \xff\xfe\xff\n", "yaml.not_utf8", 2),
        (b"id: ab\nname: a\x00b\n", "yaml.binary", 2),
    ],
)
def test_files_that_are_not_utf8(write_records: WriteRecords, raw: bytes, key: str, line: int) -> None:
    root = write_records({"units/ab.yaml": raw})
    assert loaded(root) == [("yaml", "units/ab.yaml", line, key)]


def test_a_bom_and_crlf_line_ends_are_fine(write_records: WriteRecords) -> None:
    text = "\ufeff" + SESSION.replace("\n", "\r\n")
    essay = "\ufeff" + ESSAY.replace("\n", "\r\n")
    root = write_records({SESSION_FILE: text.encode(), ESSAY_FILE: essay.encode()})
    records = load_records(root)
    assert records.findings == []
    session = records.sessions["2026-04-03-study-day"]
    assert session.minutes is not None and session.minutes.text == "会议传达学习了《宪法》第一章总纲。\n"
    assert session.line("attendance", "wang-fang") == 14
    assert records.essays["2026-04-10-li-ming-xingzheng-xuke"].line("area") == 5


# --- git conflict markers -----------------------------------------------------------------------


def test_conflict_markers(write_records: WriteRecords) -> None:
    conflicted = "id: ab\n<<<<<<< HEAD\nname: 党政办\n=======\nname: 党政综合办\n>>>>>>> other\n"
    in_block = SESSION.replace(
        "    会议传达学习了《宪法》第一章总纲。\n",
        "<<<<<<< HEAD\n    会议传达学习了《宪法》。\n=======\n    会议学习了宪法。\n>>>>>>> other\n",
    )
    indented = SESSION.replace(
        "    会议传达学习了《宪法》第一章总纲。\n",
        "    <<<<<<< HEAD\n    会议传达学习了《宪法》。\n    =======\n"
        "    会议学习了宪法。\n    >>>>>>> other\n",
    )
    root = write_records(
        {
            "units/ab.yaml": conflicted,
            SESSION_FILE: in_block,
            "sessions/2026/2026-04-10-study-day.yaml": indented.replace("2026-04-03", "2026-04-10"),
            ESSAY_FILE: ESSAY + "<<<<<<< HEAD\n甲\n=======\n乙\n>>>>>>> other\n",
        }
    )
    assert loaded(root) == [
        ("yaml", ESSAY_FILE, 8, "yaml.conflict"),
        ("yaml", SESSION_FILE, 10, "yaml.conflict"),
        ("yaml", "sessions/2026/2026-04-10-study-day.yaml", 10, "yaml.conflict"),
        ("yaml", "units/ab.yaml", 2, "yaml.conflict"),
    ]


# --- files that hold no record ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("", "yaml.empty", 1),
        ("\n\n", "yaml.empty", 1),
        ("# 党政办\n# 待填写\n", "yaml.empty", 1),
        ("---\n", "yaml.empty", 1),
        ("- id: ab\n- name: 党政办\n", "yaml.not_mapping", 1),
        ("党政办\n", "yaml.not_mapping", 1),
        ("\n\n'ab'\n", "yaml.not_mapping", 3),
        ("id: ab\nname: 党政办\n---\nid: cd\nname: 财政所\n", "yaml.many_documents", 3),
    ],
)
def test_files_that_hold_no_single_record(
    write_records: WriteRecords, text: str, key: str, line: int
) -> None:
    root = write_records({"units/ab.yaml": text})
    assert loaded(root) == [("yaml", "units/ab.yaml", line, key)]
    assert "ab" not in load_records(root).units


def test_explicit_document_markers_are_fine(write_records: WriteRecords) -> None:
    root = write_records({"units/ab.yaml": "---\nid: ab\nname: 党政办\n...\n"})
    assert loaded(root) == []


def test_an_empty_front_matter(write_records: WriteRecords) -> None:
    root = write_records({ESSAY_FILE: "---\n---\n正文\n"})
    assert loaded(root) == [("yaml", ESSAY_FILE, 2, "yaml.empty")]


# --- YAML 1.1 surprises: what was typed stays text ----------------------------------------------


def test_ids_and_text_stay_what_was_typed(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "units/0123.yaml": "id: 0123\nname: no\n",
            "units/1e3.yaml": "id: 1e3\nname: 9:30\n",
            "units/on.yaml": "id: on\nname: 2026-04-03\n",
            "members/ab.yaml": member("ab", name="null_", party_member="no", office_automation="yes"),
        }
    )
    records = load_records(root)
    assert records.findings == []
    assert records.units["0123"].name == "no"
    assert records.units["1e3"].name == "9:30"
    assert records.units["on"].name == "2026-04-03"
    ab = records.members["ab"]
    assert (ab.name, ab.party_member, ab.office_automation) == ("null_", False, True)


def test_text_that_is_a_list_or_fields(write_records: WriteRecords) -> None:
    root = write_records({"units/ab.yaml": "id: ab\nname:\n  - 党政办\n"})
    finding = only(root)
    assert (finding.rule, finding.line, finding.key) == ("schema", 2, "schema.text")
    assert finding.hint("zh") == "写成一行文字；含冒号、井号的文字请加引号。详见 studyctl explain schema"


# --- tags: safe loading only, nothing constructed -----------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["!!python/object/apply:os.system ['touch {marker}']", "!!str 党政办", "!custom 党政办", "!!binary aGk="],
)
def test_explicit_tags_are_refused_and_never_run(
    write_records: WriteRecords, tmp_path: Path, value: str
) -> None:
    marker = tmp_path / "ran"
    root = write_records({"units/ab.yaml": f"id: ab\nname: {value.format(marker=marker)}\n"})
    assert loaded(root) == [("yaml", "units/ab.yaml", 2, "yaml.tag")]
    assert not marker.exists()


def test_a_tag_on_the_whole_document(write_records: WriteRecords) -> None:
    root = write_records({"units/ab.yaml": "!!python/object:os.system\nid: ab\n"})
    assert loaded(root) == [("yaml", "units/ab.yaml", 1, "yaml.tag")]


# --- anchors and aliases ------------------------------------------------------------------------


def test_an_alias_points_at_its_anchor(write_records: WriteRecords) -> None:
    """The finding names the anchor's line: that is where the shared value is written out, and
    reading the file from the top a person meets `&` before `*`."""
    text = SESSION.replace("  li-ming: present\n", "  li-ming: &p present\n") + "  wang-gang: *p\n"
    finding = only(write_records({SESSION_FILE: text}))
    assert (finding.rule, finding.file, finding.line, finding.key) == ("yaml", SESSION_FILE, 13, "yaml.alias")
    assert finding.message("zh") == "档案中不允许使用锚点和别名（& 和 *）。"


def test_an_unused_anchor_and_an_undefined_alias(write_records: WriteRecords) -> None:
    root = write_records(
        {"units/ab.yaml": "id: &a ab\nname: 党政办\n", "units/cd.yaml": "id: cd\nname: *x\n"}
    )
    assert loaded(root) == [
        ("yaml", "units/ab.yaml", 1, "yaml.alias"),
        ("yaml", "units/cd.yaml", 2, "yaml.alias"),
    ]


def test_billion_laughs_fails_fast(write_records: WriteRecords) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 30):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    root = write_records({"units/ab.yaml": "\n".join(lines) + "\n"})
    assert loaded(root) == [("yaml", "units/ab.yaml", 1, "yaml.alias")]


# --- size and nesting ---------------------------------------------------------------------------


def test_a_file_over_one_mib(write_records: WriteRecords) -> None:
    text = "id: ab\nname: 党政办\nnotes: |\n" + "  一行文字\n" * 120_000
    assert len(text.encode()) > 1024 * 1024
    root = write_records({"units/ab.yaml": text})
    finding = only(root)
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "yaml",
        "units/ab.yaml",
        None,
        "yaml.too_large",
    )
    assert (
        finding.message("en")
        == "The file is too large: a record is at most 1 MiB, and studyctl does not read it."
    )


def test_a_file_just_under_one_mib_is_read(write_records: WriteRecords) -> None:
    head = "id: ab\nname: "
    text = head + "x" * (1024 * 1024 - len(head) - 1) + "\n"
    root = write_records({"units/ab.yaml": text})
    assert loaded(root) == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("id: ab\nname: " + "[" * 20 + "]" * 20 + "\n", 2),
        ("id: ab\nname: " + "[" * 5000 + "]" * 5000 + "\n", 2),
        ("id: ab\nname:\n" + "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 12)), 10),
    ],
)
def test_nesting_deeper_than_records_need(write_records: WriteRecords, text: str, line: int) -> None:
    root = write_records({"units/ab.yaml": text})
    assert loaded(root) == [("yaml", "units/ab.yaml", line, "yaml.too_deep")]


def test_the_deepest_record_field_is_fine(write_records: WriteRecords) -> None:
    schedule = (
        "published: 2026-03-28\nentries:\n  - date: 2026-04-03\n    kind: study-day\n"
        "    units:\n      - dzb\n    topic: 学习《宪法》\n"
    )
    root = write_records({"schedules/2026/2026-04.yaml": schedule})
    assert loaded(root) == []


# --- ids ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "id_text", "key"),
    [
        ("units/con.yaml", "con", "schema.slug"),
        ("units/CON.yaml", "CON", "schema.slug"),
        ("units/lpt1.yaml", "lpt1", "schema.slug"),
        ("units/x.yaml", "../../etc/passwd", "schema.slug"),
        ("units/x.yaml", "", "schema.empty"),
        ("units/x.yaml", "''", "schema.slug"),
        ("units/x.yaml", "'  '", "schema.slug"),
        ("units/x.yaml", "a" * 65, "schema.slug"),
        ("units/Dzb.yaml", "Dzb", "schema.slug"),
        ("units/dzb-.yaml", "dzb-", "schema.slug"),
        ("units/d--zb.yaml", "d--zb", "schema.slug"),
        ("units/dang zheng.yaml", "dang zheng", "schema.slug"),
        ("units/党政办.yaml", "党政办", "schema.slug"),
    ],
)
def test_ids_that_are_not_slugs(write_records: WriteRecords, file: str, id_text: str, key: str) -> None:
    root = write_records({file: f"id: {id_text}\nname: 党政办\n"})
    assert loaded(root) == [("schema", file, 1, key)]
    assert load_records(root).units.keys() == {"dzb", "czs"}


def test_a_bad_id_message(write_records: WriteRecords) -> None:
    finding = only(write_records({"members/x.yaml": member("../../etc/passwd")}))
    assert finding.message("zh") == "id 的编号 ../../etc/passwd 不合规。"
    assert finding.message("en") == "id: ../../etc/passwd is not a valid id."
    assert "con、nul" in finding.hint("zh")


def test_an_id_of_64_characters_is_fine(write_records: WriteRecords) -> None:
    long_id = "-".join(["abcdefg"] * 8)
    assert len(long_id) == 63
    root = write_records({f"units/{long_id}a.yaml": f"id: {long_id}a\nname: 党政办\n"})
    assert loaded(root) == []


def test_an_id_that_differs_from_its_file_name(write_records: WriteRecords) -> None:
    root = write_records({"members/zhao-lei.yaml": member("zhao-li", name="赵磊")})
    finding = only(root)
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "location",
        "members/zhao-lei.yaml",
        1,
        "location.mismatch",
    )
    assert finding.message("zh") == "id 是 zhao-li，但文件所在位置要求 zhao-lei。"


@pytest.mark.parametrize(
    ("file", "text", "line"),
    [
        ("plans/2026/wang-fang.yaml", PLAN, 1),
        ("plans/2025/li-ming.yaml", PLAN, 2),
        ("reviews/2026/Q2/wang-fang.yaml", REVIEW, 1),
        ("reviews/2026/Q3/li-ming.yaml", REVIEW, 2),
        ("sessions/2026/2026-04-04-study-day.yaml", SESSION, 1),
        ("sessions/2025/2026-04-03-study-day.yaml", SESSION, 1),
        ("essays/2026/2026-04-10-wang-fang-xuexi.md", ESSAY, 3),
    ],
)
def test_records_in_the_wrong_place(write_records: WriteRecords, file: str, text: str, line: int) -> None:
    root = write_records({file: text})
    assert loaded(root) == [
        ("location", file, line, "location.mismatch" if "essays" not in file else "location.essay_name")
    ]


def test_a_session_file_not_named_by_its_date(write_records: WriteRecords) -> None:
    root = write_records({"sessions/2026/study-day.yaml": SESSION})
    assert loaded(root) == [("location", "sessions/2026/study-day.yaml", None, "location.session_name")]


# --- duplicates ---------------------------------------------------------------------------------


def test_two_member_files_with_the_same_id(write_records: WriteRecords) -> None:
    """The file named by the id keeps the record, whichever file comes first."""
    root = write_records({"members/a-li-ming.yaml": member("li-ming", name="李明")})
    assert loaded(root) == [
        ("duplicate", "members/a-li-ming.yaml", 1, "duplicate.record"),
        ("location", "members/a-li-ming.yaml", 1, "location.mismatch"),
    ]
    records = load_records(root)
    assert records.members["li-ming"].file == "members/li-ming.yaml"
    duplicate = next(f for f in records.findings if f.rule == "duplicate")
    assert duplicate.message("en") == "Duplicates members/li-ming.yaml: a record may exist in one file only."


def test_two_plans_for_the_same_member_and_year(write_records: WriteRecords) -> None:
    root = write_records({"plans/2026/li-ming.yaml": PLAN, "plans/2026/li-ming-2.yaml": PLAN})
    assert loaded(root) == [
        ("duplicate", "plans/2026/li-ming-2.yaml", 1, "duplicate.record"),
        ("location", "plans/2026/li-ming-2.yaml", 1, "location.mismatch"),
    ]
    assert load_records(root).plans[("li-ming", 2026)].file == "plans/2026/li-ming.yaml"


def test_a_plan_in_another_year_folder_duplicates_this_years(write_records: WriteRecords) -> None:
    root = write_records({"plans/2026/li-ming.yaml": PLAN, "plans/2025/li-ming.yaml": PLAN})
    assert loaded(root) == [
        ("duplicate", "plans/2025/li-ming.yaml", 1, "duplicate.record"),
        ("location", "plans/2025/li-ming.yaml", 2, "location.mismatch"),
    ]


def test_two_reviews_for_the_same_member_and_quarter(write_records: WriteRecords) -> None:
    root = write_records({"reviews/2026/Q2/li-ming.yaml": REVIEW, "reviews/2026/Q2/li.yaml": REVIEW})
    assert loaded(root) == [
        ("duplicate", "reviews/2026/Q2/li.yaml", 1, "duplicate.record"),
        ("location", "reviews/2026/Q2/li.yaml", 1, "location.mismatch"),
    ]


def test_a_session_with_the_same_name_in_two_year_folders(write_records: WriteRecords) -> None:
    root = write_records({SESSION_FILE: SESSION, "sessions/2025/2026-04-03-study-day.yaml": SESSION})
    assert loaded(root) == [
        ("duplicate", "sessions/2025/2026-04-03-study-day.yaml", 1, "duplicate.record"),
        ("location", "sessions/2025/2026-04-03-study-day.yaml", 1, "location.mismatch"),
    ]
    assert load_records(root).sessions["2026-04-03-study-day"].file == SESSION_FILE


# --- where pydantic's errors point --------------------------------------------------------------


def test_a_missing_field_inside_a_list_item(write_records: WriteRecords) -> None:
    plan = (
        PLAN.replace("    content: 学习《行政许可法》\n", "")
        + "  - area: politics\n    content: 党章\n    due: 2026-06-30\n"
    )
    finding = only(write_records({"plans/2026/li-ming.yaml": plan}))
    assert (finding.rule, finding.line, finding.key) == ("schema", 6, "schema.missing")
    assert finding.message("zh") == "缺少字段 items[1].content。"
    assert finding.message("en") == "The field items[1].content is missing."


def test_a_missing_field_of_the_record(write_records: WriteRecords) -> None:
    finding = only(write_records({"units/ab.yaml": "id: ab\n"}))
    assert (finding.rule, finding.line, finding.key) == ("schema", 1, "schema.missing")
    assert finding.hint("zh") == "补上 name，格式见 docs/format.md。详见 studyctl explain schema"


def test_an_unknown_field_nested_in_minutes(write_records: WriteRecords) -> None:
    text = SESSION.replace("  recorder: wang-fang\n", "  recorder: wang-fang\n  recoder: li-ming\n")
    finding = only(write_records({SESSION_FILE: text}))
    assert (finding.rule, finding.line, finding.key) == ("schema", 9, "schema.unknown")
    assert finding.message("en") == "Unknown field minutes.recoder."
    assert finding.hint("zh") == "检查拼写；这里可用的字段：recorder, text。详见 studyctl explain schema"


def test_an_unknown_top_level_field_names_the_allowed_ones(write_records: WriteRecords) -> None:
    finding = only(write_records({"units/ab.yaml": "id: ab\nname: 党政办\nleader: li-ming\n"}))
    assert (finding.rule, finding.line, finding.key) == ("schema", 3, "schema.unknown")
    assert finding.hint("en") == (
        "Check the spelling; the fields allowed here: id, name. See studyctl explain schema."
    )


@pytest.mark.parametrize(
    ("old", "new", "line", "field"),
    [
        ("  zhang-wei: present\n", "  zhang-wei: presnt\n", 12, "attendance.zhang-wei"),
        ("{status: leave, reason: 病假}", "{status: sick, reason: 病假}", 14, "attendance.wang-fang.status"),
        (
            "{status: leave, reason: 病假}",
            "\n    status: Leave\n    reason: 病假",
            15,
            "attendance.wang-fang.status",
        ),
    ],
)
def test_a_bad_status_in_the_short_and_long_form(
    write_records: WriteRecords, old: str, new: str, line: int, field: str
) -> None:
    finding = only(write_records({SESSION_FILE: SESSION.replace(old, new)}))
    assert (finding.rule, finding.line, finding.key) == ("schema", line, "schema.choice")
    assert dict(finding.params)["field"] == field
    assert finding.hint("en") == (
        "Write one of these, as they are spelled: present | late | leave | absent. "
        "See studyctl explain schema."
    )
    assert finding.hint("zh") == (
        "照原样（小写英文）填写其中之一：present | late | leave | absent。详见 studyctl explain schema"
    )


def test_attendance_written_as_a_list(write_records: WriteRecords) -> None:
    text = SESSION.replace("  zhang-wei: present\n", "  zhang-wei: [present]\n")
    finding = only(write_records({SESSION_FILE: text}))
    assert (finding.rule, finding.line, finding.key) == ("schema", 12, "schema.mapping")


def test_errors_inside_an_optional_part(write_records: WriteRecords) -> None:
    text = member("ab") + "degree_in_progress:\n  level: assoc\n  expeted: 2027-07-01\n"
    assert loaded(write_records({"members/ab.yaml": text})) == [
        ("schema", "members/ab.yaml", 9, "schema.missing"),
        ("schema", "members/ab.yaml", 10, "schema.choice"),
        ("schema", "members/ab.yaml", 11, "schema.unknown"),
    ]


def test_an_optional_part_written_as_text(write_records: WriteRecords) -> None:
    root = write_records({"members/ab.yaml": member("ab", degree_in_progress="associate")})
    assert loaded(root) == [("schema", "members/ab.yaml", 9, "schema.mapping")]


@pytest.mark.parametrize(
    ("change", "line", "key"),
    [
        ({"party_member": "maybe"}, 7, "schema.bool"),
        ({"role": "cadre"}, 4, "schema.choice"),
        ({"name": ""}, 2, "schema.empty"),
        ({"name": "'   '"}, 2, "schema.blank"),
    ],
)
def test_ill_typed_member_fields(
    write_records: WriteRecords, change: dict[str, str], line: int, key: str
) -> None:
    root = write_records({"members/ab.yaml": member("ab", **change)})
    assert loaded(root) == [("schema", "members/ab.yaml", line, key)]


@pytest.mark.parametrize(
    ("text", "line", "key", "message"),
    [
        ("essays_target: -1", 4, "schema.min", "essays_target: -1 is too small; it may not be below 0."),
        ("essays_target: 4.5", 4, "schema.int", "essays_target: 4.5 is not a whole number."),
        ("essays_target: 四", 4, "schema.int", "essays_target: 四 is not a whole number."),
        ("essays_target:", 4, "schema.empty", "The field essays_target is empty."),
    ],
)
def test_ill_typed_numbers(write_records: WriteRecords, text: str, line: int, key: str, message: str) -> None:
    finding = only(write_records({"plans/2026/li-ming.yaml": PLAN.replace("essays_target: 4", text)}))
    assert (finding.rule, finding.line, finding.key) == ("schema", line, key)
    assert finding.message("en") == message


def test_a_share_written_as_a_percentage(write_records: WriteRecords) -> None:
    config = CONFIG + "rules:\n  degree_rate_target: 85\n"
    finding = only(write_records({"studyctl.yaml": config}))
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "schema",
        "studyctl.yaml",
        5,
        "schema.max",
    )
    assert finding.message("zh") == "rules.degree_rate_target 的值 85 太大，不能大于 1.0。"


def test_a_broken_config_still_loads_the_rest(write_records: WriteRecords) -> None:
    root = write_records({"studyctl.yaml": "organization: [\n"})
    records = load_records(root)
    assert rows(records.findings) == [("yaml", "studyctl.yaml", 1, "yaml.unclosed_bracket")]
    assert sorted(records.members) == ["li-ming", "wang-fang", "zhang-wei"]
    assert records.config.language == "zh"


# --- essays and self-reports: front matter ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        (
            "---\nauthor: li-ming\ndate: 2026-04-10\ntitle: 体会\narea: law\n正文。\n",
            1,
            "yaml.front_matter_open",
        ),
        ("---\nauthor: li-ming\n", 1, "yaml.front_matter_open"),
        ("author: li-ming\ndate: 2026-04-10\n---\n正文。\n", 1, "yaml.no_front_matter"),
        ("", 1, "yaml.no_front_matter"),
        ("---\nauthor: li-ming\ndate: [2026\n---\n正文。\n", 3, "yaml.unclosed_bracket"),
        ("---\nauthor: li-ming\nauthor: wang-fang\n---\n", 3, "yaml.duplicate_key"),
    ],
)
def test_front_matter_problems(write_records: WriteRecords, text: str, line: int, key: str) -> None:
    root = write_records({ESSAY_FILE: text, "self-reports/2026/li-ming.md": text})
    assert loaded(root) == [
        ("yaml", ESSAY_FILE, line, key),
        ("yaml", "self-reports/2026/li-ming.md", line, key),
    ]


def test_front_matter_fields_have_their_file_lines(write_records: WriteRecords) -> None:
    text = ESSAY.replace("area: law\n", "area: laws\nsuggestion: 2\n")
    assert loaded(write_records({ESSAY_FILE: text})) == [
        ("schema", ESSAY_FILE, 5, "schema.choice"),
        ("schema", ESSAY_FILE, 6, "schema.unknown"),
    ]


# --- the folder: links, special files, hidden files ---------------------------------------------


def test_links_are_never_followed(write_records: WriteRecords, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "2026").mkdir(parents=True)
    (outside / "ab.yaml").write_text("id: ab\nname: 外部\n", encoding="utf-8")
    (outside / "2026" / "2026-04-03-study-day.yaml").write_text(SESSION, encoding="utf-8")
    root = write_records({"reviews/2026/Q1/.gitkeep": ""})
    links = {
        "units/ab.yaml": outside / "ab.yaml",  # a file
        "units/more": outside,  # a folder inside a flat folder
        "sessions/2026": outside / "2026",  # a year folder
        "reviews/2026/Q2": outside,  # a quarter folder
        "reviews/2026/Q1/li-ming.yaml": outside / "ab.yaml",  # a file in a quarter folder
        "essays": outside,  # a folder of the layout
    }
    for rel, target in links.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / rel)
    records = load_records(root)
    assert rows(records.findings) == sorted(("location", rel, None, "location.not_regular") for rel in links)
    assert "ab" not in records.units and records.sessions == {}


def test_a_linked_config_is_not_read(write_records: WriteRecords, tmp_path: Path) -> None:
    (tmp_path / "real.yaml").write_text(CONFIG, encoding="utf-8")
    root = write_records({"studyctl.yaml": None})
    os.symlink(tmp_path / "real.yaml", root / "studyctl.yaml")
    assert loaded(root) == [("location", "studyctl.yaml", None, "location.not_regular")]


def test_fifos_and_sockets_are_reported_not_read(write_records: WriteRecords) -> None:
    root = write_records({})
    os.mkfifo(root / "members" / "fifo.yaml")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(root / "units" / "sock.yaml"))
        assert loaded(root) == [
            ("location", "members/fifo.yaml", None, "location.not_regular"),
            ("location", "units/sock.yaml", None, "location.not_regular"),
        ]
    finally:
        server.close()


def test_hidden_files_are_skipped(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "members/.li-ming.yaml.tmp-x1y2": "garbage: [\n",
            "members/.gitkeep": "",
            "sessions/2026/.2026-04-03-study-day.yaml.tmp-abc": "",
            ".studyctl/cache.yaml": "x",
        }
    )
    assert loaded(root) == []


def test_unexpected_files_and_folders(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "members/zhao-lei.yml": member("zhao-lei"),
            "members/old/li-ming.yaml": member("li-ming"),
            "plans/plan.yaml": PLAN,
            "plans/2026年/li-ming.yaml": PLAN,
            "reviews/2026/Q5/li-ming.yaml": REVIEW,
            "reviews/2026/li-ming.yaml": REVIEW,
            "essays/2026/2026-04-10-li-ming-xuexi.txt": ESSAY,
        }
    )
    (root / "units.yaml").write_text("id: x\n")  # outside the layout's folders: not studyctl's
    assert loaded(root) == [
        ("location", "essays/2026/2026-04-10-li-ming-xuexi.txt", None, "location.unexpected_file"),
        ("location", "members/old", None, "location.unexpected_file"),
        ("location", "members/zhao-lei.yml", None, "location.unexpected_file"),
        ("location", "plans/2026年", None, "location.bad_year_folder"),
        ("location", "plans/plan.yaml", None, "location.unexpected_file"),
        ("location", "reviews/2026/Q5", None, "location.unexpected_file"),
        ("location", "reviews/2026/li-ming.yaml", None, "location.unexpected_file"),
    ]


def test_a_file_where_a_folder_belongs(write_records: WriteRecords) -> None:
    root = write_records({"sessions": "x\n"})
    assert loaded(root) == [("location", "sessions", None, "location.not_a_folder")]


def test_a_missing_config_is_no_records_folder(write_records: WriteRecords) -> None:
    from studyctl.errors import StudyctlError

    root = write_records({"studyctl.yaml": None})
    with pytest.raises(StudyctlError) as caught:
        load_records(root)
    assert caught.value.key == "records.not_found"


# --- references ---------------------------------------------------------------------------------


def test_references_to_what_does_not_exist_or_was_not_active(write_records: WriteRecords) -> None:
    session = (
        SESSION.replace("units: [all]", "units: [dzb, jjb]")
        .replace("host: li-ming", "host: zhao-lei")
        .replace("recorder: wang-fang", "recorder: sun-li")
        + "  li-hua: present\n"
    )
    root = write_records(
        {
            "members/zhao-lei.yaml": member("zhao-lei", role="middle", left="2026-03-31"),
            "members/sun-li.yaml": member("sun-li", joined="2026-05-01"),
            "members/qian-jin.yaml": member("qian-jin", unit="jjb"),
            "members/zhou-yu.yaml": member("zhou-yu", unit="all"),
            SESSION_FILE: session,
            "sessions/2026/2026-04-07-exchange.yaml": SESSION.replace("2026-04-03", "2026-04-07")
            .replace("kind: study-day", "kind: exchange")
            .replace("host: li-ming", "host: wu-gang")
            + "participants: [li-ming, chen-jie]\n",
            ESSAY_FILE: ESSAY.replace("area: law\n", "area: law\nsession: 2026-04-02-study-day\n"),
            "essays/2026/2026-04-11-he-ping-xuexi.md": ESSAY.replace("li-ming", "he-ping").replace(
                "04-10", "04-11"
            ),
            "reviews/2026/Q3/li-ming.yaml": REVIEW.replace("2026Q2", "2026Q3").replace(
                "wang-fang", "zhao-lei"
            ),
            "reviews/2026/Q2/he-ping.yaml": REVIEW.replace("li-ming", "he-ping").replace(
                "wang-fang", "wu-gang"
            ),
            "plans/2026/he-ping.yaml": PLAN.replace("li-ming", "he-ping"),
            "self-reports/2026/he-ping.md": SELF_REPORT.replace("li-ming", "he-ping"),
            "schedules/2026/2026-04.yaml": "published: 2026-03-28\nentries:\n  - date: 2026-04-03\n"
            "    kind: study-day\n    units: [jjb]\n    topic: 学习\n    host: zhao-lei\n",
        }
    )
    assert checked(root) == [
        ("reference", "essays/2026/2026-04-10-li-ming-xingzheng-xuke.md", 6, "reference.session"),
        ("reference", "essays/2026/2026-04-11-he-ping-xuexi.md", 2, "reference.member"),
        ("reference", "members/qian-jin.yaml", 3, "reference.unit"),
        ("reference", "members/zhou-yu.yaml", 3, "reference.unit"),
        ("reference", "plans/2026/he-ping.yaml", 1, "reference.member"),
        ("reference", "reviews/2026/Q2/he-ping.yaml", 1, "reference.member"),
        ("reference", "reviews/2026/Q2/he-ping.yaml", 3, "reference.member"),
        ("reference", "reviews/2026/Q3/li-ming.yaml", 3, "reference.inactive_reviewer"),
        ("reference", "schedules/2026/2026-04.yaml", 5, "reference.unit"),
        ("reference", "schedules/2026/2026-04.yaml", 7, "reference.inactive_host"),
        ("reference", "self-reports/2026/he-ping.md", 2, "reference.member"),
        ("reference", SESSION_FILE, 3, "reference.unit"),
        ("reference", SESSION_FILE, 4, "reference.inactive_host"),
        ("reference", SESSION_FILE, 8, "reference.inactive_recorder"),
        ("reference", SESSION_FILE, 15, "reference.member"),
        ("reference", "sessions/2026/2026-04-07-exchange.yaml", 4, "reference.member"),
        ("reference", "sessions/2026/2026-04-07-exchange.yaml", 15, "reference.member"),
    ]


def test_reference_messages_name_the_person_and_the_day(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "members/zhao-lei.yaml": member("zhao-lei", role="middle", left="2026-03-31"),
            SESSION_FILE: SESSION.replace("host: li-ming", "host: zhao-lei"),
            "reviews/2026/Q3/li-ming.yaml": REVIEW.replace("2026Q2", "2026Q3").replace(
                "wang-fang", "zhao-lei"
            ),
        }
    )
    records = load_records(root)
    findings = run_checks(Context(records, Period(2026, 2), dt.date(2026, 6, 30)), ["reference"])
    host, reviewer = sorted(findings, key=lambda f: f.file, reverse=True)
    assert (host.member, host.subject) == ("zhao-lei", "2026-04-03-study-day")
    assert host.message("zh") == "主持人（host）zhao-lei 在 2026-04-03 不在职（尚未入职或已经离开）。"
    assert (
        host.message("en")
        == "The host zhao-lei was not active on 2026-04-03 (not yet joined, or already left)."
    )
    assert (
        host.hint("zh")
        == "检查日期或主持人；成员的入职（joined）和离开（left）日期见 members/zhao-lei.yaml。"
        "详见 studyctl explain reference"
    )
    assert reviewer.message("zh") == "检查人（reviewer）zhao-lei 在 2026Q3 整个季度都不在职。"


def test_a_reviewer_active_part_of_the_quarter_is_fine(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "members/zhao-lei.yaml": member("zhao-lei", left="2026-04-15"),
            "reviews/2026/Q2/li-ming.yaml": REVIEW.replace("wang-fang", "zhao-lei"),
        }
    )
    assert checked(root) == []


def test_an_essay_citing_a_session_of_a_year_not_loaded(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "sessions/2025/2025-12-05-study-day.yaml": SESSION.replace("2026-04-03", "2025-12-05"),
            ESSAY_FILE: ESSAY.replace("area: law\n", "area: law\nsession: 2025-12-05-study-day\n"),
        }
    )
    records = load_records(root, years=[2026])
    assert "2025-12-05-study-day" not in records.sessions
    assert run_checks(Context(records, Period(2026, 2), dt.date(2026, 6, 30)), ["reference"]) == []


# --- everything in one run ----------------------------------------------------------------------


def test_every_broken_file_is_reported_in_one_run(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "units/ab.yaml": "id: ab\nname: [\n",
            "units/cd.yaml": "id: cd\nname: 财政所\nname: 财政所\n",
            "members/ef.yaml": member("ef", born="1990-02-30", role="boss"),
            "members/gh.yaml": member("gh", name="张伟").encode("gbk"),
            SESSION_FILE: SESSION.replace("host: li-ming", "host: nobody"),
            ESSAY_FILE: "---\nauthor: li-ming\n",
            "plans/2026/li-ming.yaml": "",
        }
    )
    assert checked(root) == [
        ("yaml", ESSAY_FILE, 1, "yaml.front_matter_open"),
        ("schema", "members/ef.yaml", 4, "schema.choice"),
        ("schema", "members/ef.yaml", 5, "schema.date"),
        ("yaml", "members/gh.yaml", 2, "yaml.legacy_encoding"),
        ("yaml", "plans/2026/li-ming.yaml", 1, "yaml.empty"),
        ("reference", SESSION_FILE, 4, "reference.member"),
        ("yaml", "units/ab.yaml", 2, "yaml.unclosed_bracket"),
        ("yaml", "units/cd.yaml", 3, "yaml.duplicate_key"),
    ]


def test_every_finding_renders_in_both_languages(write_records: WriteRecords) -> None:
    root = write_records(
        {
            "units/ab.yaml": "id: ab\nname: [\n",
            "members/ef.yaml": member("ef", born="1990-02-30", role="boss", extra="x"),
            "members/sub/x.yaml": "",
            SESSION_FILE: SESSION.replace("host: li-ming", "host: nobody"),
        }
    )
    records: Records = load_records(root)
    for finding in run_checks(Context(records, Period(2026, 2), dt.date(2026, 6, 30)), RECORD_RULES):
        for lang in ("zh", "en"):
            message, hint = finding.message(lang), finding.hint(lang)
            assert message and hint and finding.key not in message
            assert not re.search(r"\{[a-z_]+\}", message + hint)  # every placeholder filled in


# --- the examples of docs/format.md -------------------------------------------------------------

FORMAT_DOC = Path(__file__).resolve().parents[1] / "docs" / "format.md"


def format_examples() -> dict[str, str]:
    """The first code block under each heading `### <path> — …` of docs/format.md, by path."""
    text = FORMAT_DOC.read_text(encoding="utf-8")
    found = re.findall(r"^### (\S+) — .*?\n```(?:yaml|markdown)\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    return dict(found)


def test_the_examples_of_the_format_page_are_valid_records(write_records: WriteRecords) -> None:
    examples = format_examples()
    assert len(examples) == 9  # studyctl.yaml and the eight kinds of record
    records = load_records(write_records(examples))
    assert rows(run_checks(Context(records, Period(2026, 2), dt.date(2026, 6, 30)), RECORD_RULES)) == []
    assert records.config.organization == "青石镇机关"
    assert records.sessions["2026-04-03-study-day"].attendance["wang-fang"].reason == "病假"
    assert ("zhang-wei", "2026Q2") in records.reviews and ("zhang-wei", 2026) in records.self_reports


def test_a_misspelt_record_folder_is_reported(write_records: WriteRecords) -> None:
    root = write_records({"member/zhao-lei.yaml": member("zhao-lei"), "attachments/photo.txt": "x"})
    assert loaded(root) == [("location", "member", None, "location.misspelt_folder")]
    assert only(root).message("en") == (
        "The folder member is named almost like the record folder members; its records are not read."
    )


# --- RULES 1.1 point 8: records tell what happened, not what will --------------------------------


def test_dates_after_today_are_schema_errors(write_records: WriteRecords) -> None:
    essay = "---\nauthor: li-ming\ndate: 2026-12-05\ntitle: 体会\narea: law\n---\n正文\n"
    plan = (
        "member: li-ming\nyear: 2026\ngoals: 提高\nessays_target: 4\nitems:\n"
        "  - {area: law, content: 学习《宪法》, due: 2026-03-31, done: 2026-03-20}\n"
        "  - area: politics\n    content: 学习党章\n    due: 2026-11-30\n    done: 2026-12-05\n"
    )
    root = write_records(
        {
            "sessions/2026/2026-12-04-study-day.yaml": SESSION.replace("2026-04-03", "2026-12-04"),
            "essays/2026/2026-12-05-li-ming-tihui.md": essay,
            "plans/2026/li-ming.yaml": plan,
        }
    )
    today = dt.date(2026, 11, 26)
    records = load_records(root, {2026}, today=today)
    assert [(f.rule, f.severity, f.file, f.line, f.subject, f.key) for f in records.findings] == [
        (
            "schema",
            "error",
            "sessions/2026/2026-12-04-study-day.yaml",
            1,
            "2026-12-04-study-day",
            "schema.future_date",
        ),
        (
            "schema",
            "error",
            "essays/2026/2026-12-05-li-ming-tihui.md",
            3,
            "2026-12-05-li-ming-tihui",
            "schema.future_date",
        ),
        ("schema", "error", "plans/2026/li-ming.yaml", 10, "li-ming", "schema.future_date"),
    ]
    plan_finding = records.findings[2]
    assert (
        plan_finding.message("zh")
        == "items[2].done 为 2026-12-05，晚于今天（2026-11-26）：档案只记已经发生的事。"
    )
    assert plan_finding.message("en") == (
        "items[2].done is 2026-12-05, after today (2026-11-26): records tell what happened, not what will."
    )
    # from their day on, the same files are fine; and a load without a day does not judge dates
    assert load_records(root, {2026}, today=dt.date(2026, 12, 5)).findings == []
    assert load_records(root, {2026}).findings == []
