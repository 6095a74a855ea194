"""`studyctl check`: the five-haves tables, the rhythm strip, findings by rule, JSON, filters, exits.

The office is the BASE of conftest, checked in the middle of 2026Q2 (on Wednesday 2026-04-08):
week 2026-W14 is over, W15 is running. Its deliberate lapses: zhang-wei has no attendance entry
at the study day of 04-03, whose minutes are too short, and wang-fang's plan item due 03-31 is
not done.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from studyctl.cli import app, main

TODAY = dt.date(2026, 4, 8)
SESSION = "sessions/2026/2026-04-03-study-day.yaml"


CONTENTS = {
    "politics": "学习党章",
    "law": "学习《宪法》",
    "economics": "学习财政知识",
    "knowledge": "学习办公自动化",
}


def plan(member: str, due: str = "2026-12-31") -> dict[str, str]:
    items = "".join(
        f"  - area: {area}\n    content: {content}\n    due: {due}\n" for area, content in CONTENTS.items()
    )
    text = f"member: {member}\nyear: 2026\ngoals: 提高理论水平\nessays_target: 4\nitems:\n{items}"
    return {f"plans/2026/{member}.yaml": text}


def minimal_session(date: str, kind: str, host: str = "li-ming") -> dict[str, str]:
    text = f"date: {date}\nkind: {kind}\nhost: {host}\ntopic: 学习\narea: politics\n"
    text += "attendance: {li-ming: present, wang-fang: present, zhang-wei: present}\n"
    return {f"sessions/2026/{date}-{kind}.yaml": text}


def essay(author: str) -> dict[str, str]:
    text = f"---\nauthor: {author}\ndate: 2026-02-10\ntitle: 学习体会\narea: law\n---\n正文。\n"
    return {f"essays/2026/2026-02-10-{author}-tihui.md": text}


OFFICE: dict[str, str] = {
    "schedules/2026/2026-04.yaml": """\
        published: 2026-03-27
        entries:
          - date: 2026-03-31
            kind: exchange
            topic: 交流学习《宪法》的心得
          - date: 2026-04-03
            kind: study-day
            topic: 学习《宪法》
        """,
    SESSION: """\
        date: 2026-04-03
        kind: study-day
        host: li-ming
        topic: 学习《宪法》
        area: law
        minutes:
          recorder: wang-fang
          text: 学习《宪法》第一章。
        attendance:
          li-ming: present
          wang-fang: present
        """,
    **minimal_session("2026-03-31", "exchange"),
    **minimal_session("2026-01-20", "anti-corruption", "zhang-wei"),
    **minimal_session("2026-02-24", "anti-corruption", "zhang-wei"),
    **minimal_session("2026-03-17", "anti-corruption", "zhang-wei"),
    **essay("li-ming"),
    **essay("wang-fang"),
    **essay("zhang-wei"),
    **plan("li-ming"),
    **plan("wang-fang", due="2026-03-31"),
    **plan("zhang-wei"),
}

EXPECTED_ZH = """\
测试镇机关 2026Q2：2 个错误，4 个警告（2 个文件）。

五有
日期         学习活动     有安排   有考勤   有记录
──────────────────────────────────────────────────
2026-04-03   周五学习日     ✓        ✗        ✗
成员        站所办   有心得体会   有专用笔记
────────────────────────────────────────────
全部 3 人                ✓            –

每周学习制度
       14 15 16 17 18 19 20 21 22 23 24 25 26
学习日 ✓  .  .  .  .  .  .  .  .  .  .  .  .
交流   ✓  .  .  .  .  .  .  .  .  .  .  .  .
✓ 按时举行  ~ 改期举行  ✗ 未举行  - 无工作日  . 未到期

有考勤（attendance）：1 个错误
sessions/2026/2026-04-03-study-day.yaml:9: 错误 张伟（zhang-wei）应参加本次学习，但没有考勤记录。
    9 | attendance:
    提示：在 attendance 下补记一行，如 zhang-wei: present（出席 present、迟到 late、请假 leave、缺席 absent；请假和缺席须写原因）。详见 studyctl explain attendance

有记录（minutes）：1 个错误
sessions/2026/2026-04-03-study-day.yaml:8: 错误 学习记录只有 10 个字，少于规定的 50 个字。
    8 |   text: 学习《宪法》第一章。
    提示：如实补充学习的主要内容、发言要点和下一步要求（空白不计字数）。详见 studyctl explain minutes

计划进度（plan-overdue）：4 个警告
plans/2026/wang-fang.yaml:6: 警告 王芳的计划项目“学习党章”应于 2026-03-31 完成，尚未完成。
    6 |   - area: politics
    提示：完成后在该项填写 done（完成日期）；进度有变的，调整 due 并说明原因。详见 studyctl explain plan-overdue
plans/2026/wang-fang.yaml:9: 警告 王芳的计划项目“学习《宪法》”应于 2026-03-31 完成，尚未完成。
    9 |   - area: law
    提示：完成后在该项填写 done（完成日期）；进度有变的，调整 due 并说明原因。详见 studyctl explain plan-overdue
plans/2026/wang-fang.yaml:12: 警告 王芳的计划项目“学习财政知识”应于 2026-03-31 完成，尚未完成。
    12 |   - area: economics
    提示：完成后在该项填写 done（完成日期）；进度有变的，调整 due 并说明原因。详见 studyctl explain plan-overdue
plans/2026/wang-fang.yaml:15: 警告 王芳的计划项目“学习办公自动化”应于 2026-03-31 完成，尚未完成。
    15 |   - area: knowledge
    提示：完成后在该项填写 done（完成日期）；进度有变的，调整 due 并说明原因。详见 studyctl explain plan-overdue
"""


@pytest.fixture(autouse=True)
def fixed_today_and_plain_console(monkeypatch):
    """Check as of TODAY, on a fresh 80-column console without colour (findings are not wrapped)."""
    from studyctl.cli import check as check_command
    from studyctl.cli import output

    monkeypatch.setattr(check_command, "current_date", lambda: TODAY)
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    output.out.cache_clear()
    output.err.cache_clear()
    yield
    output.out.cache_clear()
    output.err.cache_clear()


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def plain(text: str) -> str:
    """The output without the spaces Rich pads lines with."""
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def test_check_in_chinese(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "--quarter", "2026Q2")
    assert result.exit_code == 1
    assert plain(result.output).rstrip("\n") == EXPECTED_ZH.rstrip("\n")


def test_check_in_english(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "--quarter", "2026Q2", "--lang", "en", "attendance", "notebook")
    assert result.exit_code == 1
    assert plain(result.output) == textwrap.dedent(
        """\
        测试镇机关 2026Q2 — errors: 1, warnings: 0 (files: 1).

        The five haves
        date         session     schedule   attendance   minutes
        ────────────────────────────────────────────────────────
        2026-04-03   study day      –           ✗           –
        member          unit   reflections   notebook
        ─────────────────────────────────────────────
        all 3 members               –           –

        attendance: 1 error
        sessions/2026/2026-04-03-study-day.yaml:9: error 张伟 (zhang-wei) was expected but has no attendance entry.
            9 | attendance:
            hint: Add a line under attendance, like zhang-wei: present (present, late, leave or absent; leave and absent need a reason). See studyctl explain attendance.

        """
    )


def test_check_json_exactly_as_rules_md(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "--quarter", "2026Q2", "--format", "json", "--lang", "en")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert list(document) == ["period", "records", "findings", "counts"]
    assert (document["period"], document["counts"]) == ("2026Q2", {"error": 2, "warning": 4})
    minutes = [finding for finding in document["findings"] if finding["rule"] == "minutes"]
    assert minutes == [
        {
            "rule": "minutes",
            "severity": "error",
            "file": SESSION,
            "line": 8,
            "subject": "2026-04-03-study-day",
            "message": "The minutes hold 10 characters, fewer than the 50 required.",
            "hint": "Record what was studied, the main points raised and what follows (spaces do not count). "
            "See studyctl explain minutes.",
        }
    ]
    attendance = [finding for finding in document["findings"] if finding["rule"] == "attendance"]
    assert [(f["line"], f["subject"], f["member"]) for f in attendance] == [
        (9, "2026-04-03-study-day", "zhang-wei")
    ]


def test_check_named_rules_only(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "-q", "2026Q2", "-f", "json", "plan-overdue")
    assert result.exit_code == 0  # warnings only
    assert {f["rule"] for f in json.loads(result.output)["findings"]} == {"plan-overdue"}


def test_check_strict_fails_on_warnings(write_records):
    root = write_records(OFFICE)
    assert invoke("check", "-C", str(root), "-q", "2026Q2", "--strict", "plan-overdue").exit_code == 1


def test_check_clean_exits_0(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "-q", "2026Q2", "--lang", "en", "schedule", "exchange")
    assert result.exit_code == 0
    summary = plain(result.output).splitlines()[0]
    assert summary == "测试镇机关 2026Q2: no problems found (17 records checked)."


def test_check_member_filter(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "-q", "2026Q2", "-f", "json", "--member", "zhang-wei")
    findings = json.loads(result.output)["findings"]
    # their own attendance entry, and the minutes of a session they were expected at
    assert [(f["rule"], f.get("member")) for f in findings] == [
        ("minutes", None),
        ("attendance", "zhang-wei"),
    ]
    result = invoke("check", "-C", str(root), "-q", "2026Q2", "-f", "json", "--member", "wang-fang")
    assert [(f["rule"], f.get("member")) for f in json.loads(result.output)["findings"]] == [
        *[("plan-overdue", "wang-fang")] * 4,
        ("minutes", None),
    ]


def test_check_unit_filter(write_records):
    root = write_records(OFFICE)
    result = invoke("check", "-C", str(root), "-q", "2026Q2", "-f", "json", "--unit", "czs")
    # the study day is whole-staff, not czs's own: only zhang-wei's attendance is czs's
    assert [(f["rule"], f.get("member")) for f in json.loads(result.output)["findings"]] == [
        ("attendance", "zhang-wei")
    ]
    assert result.exit_code == 1


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["studyctl", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return exit_info.value.code, capsys.readouterr().err


def test_check_unknown_member_or_unit_cannot_run(write_records, monkeypatch, capsys):
    root = write_records(OFFICE)
    code, err = run_main(monkeypatch, capsys, "check", "-C", str(root), "--member", "张玮")
    assert code == 2
    # the most similar first: 张玮 sounds like 张伟 (zhang wei)
    assert err.startswith("studyctl: 没有叫“张玮”的成员。可能是：张伟 (zhang-wei, 财政所)\n")
    code, err = run_main(monkeypatch, capsys, "check", "-C", str(root), "--unit", "财务所", "--lang", "en")
    assert code == 2
    assert err == "studyctl: No unit is called “财务所”. Perhaps: 财政所 (czs)\nGive a unit's id or name.\n"


@pytest.mark.parametrize(("member", "unit"), [("张伟", "财政所"), ("zhang-wei", "czs")])
def test_check_takes_chinese_names_for_member_and_unit(write_records, member, unit):
    root = write_records(OFFICE)
    by_member = invoke("check", "-C", str(root), "-q", "2026Q2", "-f", "json", "--member", member)
    assert [(f["rule"], f.get("member")) for f in json.loads(by_member.output)["findings"]] == [
        ("minutes", None),
        ("attendance", "zhang-wei"),
    ]
    by_unit = invoke("check", "-C", str(root), "-q", "2026Q2", "-f", "json", "--unit", unit)
    assert [(f["rule"], f.get("member")) for f in json.loads(by_unit.output)["findings"]] == [
        ("attendance", "zhang-wei")
    ]


def test_check_help_names_the_filters():
    result = invoke("check", "--help")
    assert result.exit_code == 0
    assert "--member" in result.output and "--unit" in result.output
