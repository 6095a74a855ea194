"""The member rules: plan, plan-overdue, review, degree, self-report, exhibition.

The office is the BASE of conftest: li-ming (leader, dzb), wang-fang (staff, dzb), zhang-wei
(middle, czs). Unless a test says otherwise, the period is 2026Q2, checked on 2026-07-10.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from studyctl.check import run_check
from studyctl.periods import Period

Q2 = Period(2026, 2)
AFTER_Q2 = dt.date(2026, 7, 10)


def findings(root: Path, rules: list[str], period: Period = Q2, today: dt.date = AFTER_Q2) -> list[tuple]:
    result = run_check(root, period, today, rules)
    return [(f.rule, f.severity, f.subject, f.member, f.file, f.line, f.key) for f in result.findings]


def plan(
    member: str,
    target: int = 4,
    areas: tuple[str, ...] = ("politics", "law", "economics", "knowledge"),
    due: str = "2026-03-31",
    done: str = "2026-03-20",
) -> dict[str, str]:
    items = "".join(
        f"  - area: {area}\n    content: 学习{area}\n    due: {due}\n    done: {done}\n" for area in areas
    )
    text = f"member: {member}\nyear: 2026\ngoals: 提高理论水平\nessays_target: {target}\nitems:\n{items}"
    return {f"plans/2026/{member}.yaml": text}


ALL_PLANS = {**plan("li-ming"), **plan("wang-fang"), **plan("zhang-wei")}


# --- plan ----------------------------------------------------------------------------------------


def test_plan_complete_for_everyone_passes(write_records):
    root = write_records(ALL_PLANS)
    assert findings(root, ["plan", "plan-overdue"]) == []


def test_plan_missing(write_records):
    root = write_records({**plan("li-ming"), **plan("wang-fang")})
    assert findings(root, ["plan"]) == [
        ("plan", "error", "zhang-wei", "zhang-wei", "plans/2026/zhang-wei.yaml", None, "plan.missing")
    ]


def test_plan_missing_areas_and_a_low_essay_target(write_records):
    root = write_records({**ALL_PLANS, **plan("wang-fang", target=2, areas=("politics", "law"))})
    assert findings(root, ["plan"]) == [
        ("plan", "error", "wang-fang", "wang-fang", "plans/2026/wang-fang.yaml", 4, "plan.essays_target"),
        ("plan", "error", "wang-fang", "wang-fang", "plans/2026/wang-fang.yaml", 5, "plan.areas"),
    ]
    result = run_check(root, Q2, AFTER_Q2, ["plan"])
    assert result.findings[1].message("zh") == "王芳的学习计划缺少经济理论、科学文化和业务知识方面的内容。"
    assert result.findings[1].message("en") == (
        "王芳's plan has nothing on economic theory, science, culture and skills."
    )


def test_plan_not_owed_for_a_period_still_ahead(write_records):
    root = write_records({})
    assert findings(root, ["plan", "degree"], Period(2027, 1), AFTER_Q2) == []


# --- plan-overdue --------------------------------------------------------------------------------


def test_plan_overdue_item(write_records):
    overdue = plan("zhang-wei", due="2026-05-31", done="null")
    later = plan("wang-fang", due="2026-07-15", done="null")  # due after the period: not yet
    root = write_records({**ALL_PLANS, **overdue, **later})
    assert findings(root, ["plan-overdue"]) == [
        (
            "plan-overdue",
            "warning",
            "zhang-wei",
            "zhang-wei",
            "plans/2026/zhang-wei.yaml",
            line,
            "plan-overdue.item",
        )
        for line in (6, 10, 14, 18)
    ]


def test_plan_overdue_waits_until_the_due_day_has_passed(write_records):
    root = write_records({**ALL_PLANS, **plan("zhang-wei", due="2026-05-31", done="null")})
    assert findings(root, ["plan-overdue"], today=dt.date(2026, 5, 31)) == []
    assert len(findings(root, ["plan-overdue"], today=dt.date(2026, 6, 1))) == 4


# --- review --------------------------------------------------------------------------------------


def review(member: str, quarter: str = "2026Q2") -> dict[str, str]:
    text = f"""\
        member: {member}
        quarter: {quarter}
        reviewer: li-ming
        attitude: good
        content: good
        results: good
        notebook: kept
        """
    return {f"reviews/{quarter[:4]}/Q{quarter[5]}/{member}.yaml": text}


JOINER = """\
    id: chen-jing
    name: 陈静
    unit: dzb
    role: staff
    born: 1995-01-01
    education: bachelor
    party_member: false
    joined: 2026-05-10
    """
LEAVER = """\
    id: zhou-qiang
    name: 周强
    unit: czs
    role: staff
    born: 1985-01-01
    education: bachelor
    party_member: true
    joined: 2019-01-01
    left: 2026-06-01
    """


def test_review_for_everyone_passes(write_records):
    root = write_records({**review("li-ming"), **review("wang-fang"), **review("zhang-wei")})
    assert findings(root, ["review"]) == []


def test_review_missing_for_a_joiner_not_for_a_leaver(write_records):
    root = write_records(
        {
            **review("li-ming"),
            **review("wang-fang"),
            **review("zhang-wei"),
            "members/chen-jing.yaml": JOINER,
            "members/zhou-qiang.yaml": LEAVER,
        }
    )
    assert findings(root, ["review"]) == [
        (
            "review",
            "error",
            "chen-jing",
            "chen-jing",
            "reviews/2026/Q2/chen-jing.yaml",
            None,
            "review.missing",
        )
    ]


def test_review_a_year_check_owes_every_ended_quarter(write_records):
    files = {**review("li-ming", "2026Q1"), **review("wang-fang", "2026Q1"), **review("zhang-wei", "2026Q1")}
    files |= {**review("li-ming"), **review("wang-fang"), "members/zhou-qiang.yaml": LEAVER}
    root = write_records(files)
    # 2026 checked on 2026-07-10: Q1 and Q2 have ended; the leaver was active on 03-31 only
    missing = [(f[3], f[4]) for f in findings(root, ["review"], Period(2026), AFTER_Q2)]
    assert missing == [
        ("zhou-qiang", "reviews/2026/Q1/zhou-qiang.yaml"),
        ("zhang-wei", "reviews/2026/Q2/zhang-wei.yaml"),
    ]


def test_review_and_notebook_not_owed_for_a_quarter_that_ended_before_the_campaign(write_records):
    # a folder started on Monday 2026-04-06: Q1 ended before it, so only Q2 owes reviews
    config = "organization: 测试镇机关\ncampaign_start: 2026-04-06\n"
    root = write_records({"studyctl.yaml": config, **review("li-ming"), **review("wang-fang")})
    found = [(f[0], f[3], f[4]) for f in findings(root, ["review", "notebook"], Period(2026), AFTER_Q2)]
    assert found == [
        ("notebook", "zhang-wei", "reviews/2026/Q2/zhang-wei.yaml"),
        ("review", "zhang-wei", "reviews/2026/Q2/zhang-wei.yaml"),
    ]


def test_review_in_mid_quarter_is_not_owed_yet(write_records):
    root = write_records({})
    assert findings(root, ["review"], today=dt.date(2026, 5, 15)) == []


# --- degree --------------------------------------------------------------------------------------


def member(education: str, born: str = "1990-07-15", extra: str = "") -> dict[str, str]:
    text = f"""\
        id: wang-fang
        name: 王芳
        unit: dzb
        role: staff
        born: {born}
        education: {education}
        party_member: true
        joined: 2018-09-01
        """
    return {"members/wang-fang.yaml": textwrap.dedent(text) + extra}


def test_degree_held_passes(write_records):
    root = write_records({})  # everyone holds an associate degree or above
    assert findings(root, ["degree"]) == []


def test_degree_below_while_the_deadline_is_ahead(write_records):
    root = write_records(member("high-school"))
    assert findings(root, ["degree"]) == [
        ("degree", "warning", "wang-fang", "wang-fang", "members/wang-fang.yaml", 6, "degree.ahead")
    ]
    [finding] = run_check(root, Q2, AFTER_Q2, ["degree"]).findings
    assert finding.message("zh") == "王芳学历为高中，须在 2029-01-01 前达到大专以上。"


def test_degree_below_once_the_deadline_has_passed(write_records):
    config = "organization: 测试镇机关\ncampaign_start: 2023-01-01\n"
    studying = "degree_in_progress:\n  level: associate\n  expected: 2027-07-01\n"
    root = write_records({"studyctl.yaml": config, **member("high-school", extra=studying)})
    assert findings(root, ["degree"]) == [
        ("degree", "error", "wang-fang", "wang-fang", "members/wang-fang.yaml", 6, "degree.passed_studying")
    ]
    [finding] = run_check(root, Q2, AFTER_Q2, ["degree"]).findings
    assert finding.message("en") == (
        "王芳 holds high school, and the deadline of 2026-01-01 for an associate degree has passed; "
        "an associate degree is in progress, expected 2027-07-01."
    )


def test_degree_not_asked_of_members_over_the_age_limit(write_records):
    root = write_records(member("high-school", born="1975-12-31"))  # 50 on 2026-01-01
    assert findings(root, ["degree"]) == []


# --- self-report and exhibition ------------------------------------------------------------------


def self_report(member: str) -> dict[str, str]:
    text = f"""\
        ---
        member: {member}
        year: 2026
        self_rating: good
        ---
        对照年度学习计划，全年完成了各项学习任务。
        """
    return {f"self-reports/2026/{member}.md": text}


EXHIBITION = {
    "sessions/2026/2026-12-18-exhibition.yaml": """\
        date: 2026-12-18
        kind: exhibition
        host: li-ming
        topic: 学习交流和展评
        area: knowledge
        """
}
YEAR, AFTER_YEAR = Period(2026), dt.date(2027, 1, 5)


def test_year_end_complete_passes(write_records):
    root = write_records(
        {**self_report("li-ming"), **self_report("wang-fang"), **self_report("zhang-wei"), **EXHIBITION}
    )
    assert findings(root, ["self-report", "exhibition"], YEAR, AFTER_YEAR) == []
    assert findings(root, ["self-report", "exhibition"], Period(2026, 4), AFTER_YEAR) == []


def test_year_end_missing_self_report_and_exhibition(write_records):
    root = write_records({**self_report("li-ming"), **self_report("wang-fang")})
    self_report_missing = ("self-report", "error", "zhang-wei", "zhang-wei")
    assert findings(root, ["self-report", "exhibition"], YEAR, AFTER_YEAR) == [
        (*self_report_missing, "self-reports/2026/zhang-wei.md", None, "self-report.missing"),
        ("exhibition", "error", "2026", None, "sessions/2026/", None, "exhibition.missing"),
    ]


def test_year_end_rules_wait_for_the_year_to_end_and_skip_other_quarters(write_records):
    root = write_records({})
    assert findings(root, ["self-report", "exhibition"], YEAR, dt.date(2026, 12, 31)) == []
    assert findings(root, ["self-report", "exhibition"], Period(2026, 3), AFTER_YEAR) == []


# --- RULES 1.1: done only from the done date on; the deadline day is in time -----------------------


def test_plan_overdue_a_done_date_after_the_judge_day_does_not_clear_it(write_records):
    # checked on 2026-06-10 (mid-quarter): the items due 31 May are done "on 2026-06-20"
    later = plan("zhang-wei", due="2026-05-31", done="2026-06-20")
    root = write_records({**ALL_PLANS, **later})
    assert findings(root, ["plan-overdue"], today=dt.date(2026, 6, 10)) == [
        (
            "plan-overdue",
            "warning",
            "zhang-wei",
            "zhang-wei",
            "plans/2026/zhang-wei.yaml",
            line,
            "plan-overdue.item",
        )
        for line in (6, 10, 14, 18)
    ]
    # from the done date on, they are done
    assert findings(root, ["plan-overdue"], today=dt.date(2026, 6, 21)) == []


def test_degree_the_deadline_day_itself_is_still_in_time(write_records):
    config = "organization: 测试镇机关\ncampaign_start: 2023-06-29\n"  # deadline 2026-06-29
    root = write_records({"studyctl.yaml": config, **member("high-school")})
    on_the_day = run_check(root, Q2, dt.date(2026, 6, 29), ["degree"]).findings
    assert [(f.rule, f.severity, f.file, f.line, f.key) for f in on_the_day] == [
        ("degree", "warning", "members/wang-fang.yaml", 6, "degree.ahead")
    ]
    assert on_the_day[0].message("zh") == "王芳学历为高中，须在 2026-06-29 前达到大专以上。"
    the_day_after = run_check(root, Q2, dt.date(2026, 6, 30), ["degree"]).findings
    assert [(f.rule, f.severity, f.file, f.line, f.key) for f in the_day_after] == [
        ("degree", "error", "members/wang-fang.yaml", 6, "degree.passed")
    ]
    assert the_day_after[0].message("en") == (
        "王芳 holds high school, and the deadline of 2026-06-29 for an associate degree has passed."
    )
