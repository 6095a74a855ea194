"""The report as data: exact figures on inline records (late, leave, absent, a joiner, a leaver,
a session of one unit), the assessment score and its ranking, and where a report may be written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from studyctl.errors import StudyctlError
from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.report import (
    MemberRow,
    Tally,
    build_report,
    check_output_path,
    rank_members,
    write_report_file,
)
from studyctl.rules import Context, run_checks

TODAY = dt.date(2026, 7, 10)  # the second quarter has ended
Q2 = Period(2026, 2)

MINUTES = "会议传达学习了《宪法》的主要内容，与会同志结合本职工作逐条讨论，" * 2

# the BASE office (li-ming and wang-fang in dzb, zhang-wei in czs) with a member who joins in
# April (zhao-lei, czs) and wang-fang leaving on 1 May
RECORDS: dict[str, str] = {
    "members/wang-fang.yaml": """\
        id: wang-fang
        name: 王芳
        unit: dzb
        role: staff
        born: 1990-07-15
        education: associate
        party_member: true
        joined: 2018-09-01
        left: 2026-05-01
        """,
    "members/zhao-lei.yaml": """\
        id: zhao-lei
        name: 赵磊
        unit: czs
        role: staff
        born: 1990-02-01
        education: high-school
        party_member: false
        joined: 2026-04-15
        """,
    "schedules/2026/2026-04.yaml": """\
        published: 2026-03-28
        entries:
          - date: 2026-04-03
            kind: study-day
            topic: 学习《宪法》
          - date: 2026-04-17
            kind: study-day
            topic: 学习《行政许可法》
        """,
    "sessions/2026/2026-04-03-study-day.yaml": f"""\
        date: 2026-04-03
        kind: study-day
        host: li-ming
        topic: 学习《宪法》
        area: law
        minutes:
          recorder: wang-fang
          text: {MINUTES}
        attendance:
          li-ming: present
          wang-fang: late
          zhang-wei: {{status: leave, reason: 病假}}
        """,
    "sessions/2026/2026-04-17-study-day.yaml": """\
        date: 2026-04-17
        kind: study-day
        host: li-ming
        topic: 学习《行政许可法》
        area: law
        attendance:
          li-ming: {status: absent, reason: 出差}
          wang-fang: present
          zhang-wei: present
          zhao-lei: present
        """,
    "sessions/2026/2026-05-08-study-day.yaml": """\
        date: 2026-05-08
        kind: study-day
        host: li-ming
        topic: 学习党的群众路线
        area: politics
        attendance:
          li-ming: present
          zhang-wei: late
        """,
    "sessions/2026/2026-05-13-unit-study-czs.yaml": """\
        date: 2026-05-13
        kind: unit-study
        units: [czs]
        host: zhang-wei
        topic: 学习财政预算管理
        area: economics
        attendance:
          zhang-wei: present
          zhao-lei: present
        """,
    "essays/2026/2026-03-20-li-ming-xianfa.md": """\
        ---
        author: li-ming
        date: 2026-03-20
        title: 学习《宪法》的体会
        area: law
        suggestions: 2
        ---
        正文
        """,
    "essays/2026/2026-05-20-li-ming-qunzhong-luxian.md": """\
        ---
        author: li-ming
        date: 2026-05-20
        title: 坚持群众路线
        area: politics
        published_in: 《乡镇论坛》CN 12-3456/D
        ---
        正文
        """,
    "essays/2026/2026-05-21-zhang-wei-yusuan.md": """\
        ---
        author: zhang-wei
        date: 2026-05-21
        title: 预算管理的几点思考
        area: economics
        suggestions: 1
        ---
        正文
        """,
    "essays/2026/2026-06-02-zhao-lei-yusuan.md": """\
        ---
        author: zhao-lei
        date: 2026-06-02
        title: 初学预算管理
        area: economics
        ---
        正文
        """,
    "plans/2026/li-ming.yaml": """\
        member: li-ming
        year: 2026
        goals: 提高依法行政水平
        essays_target: 4
        items:
          - {area: law, content: 学习《宪法》, due: 2026-03-31, done: 2026-03-20}
          - {area: politics, content: 学习群众路线, due: 2026-06-30, done: 2026-06-15}
          - {area: economics, content: 学习财政知识, due: 2026-09-30}
          - {area: knowledge, content: 学习办公自动化, due: 2026-12-31}
        """,
    "reviews/2026/Q2/li-ming.yaml": """\
        member: li-ming
        quarter: 2026Q2
        reviewer: li-ming
        attitude: good
        content: good
        results: excellent
        notebook: kept
        """,
    "reviews/2026/Q2/zhang-wei.yaml": """\
        member: zhang-wei
        quarter: 2026Q2
        reviewer: li-ming
        attitude: fair
        content: fair
        results: fair
        notebook: incomplete
        """,
}


@pytest.fixture
def q2_report(write_records):  # type: ignore[no-untyped-def]
    root = write_records(RECORDS)
    records = load_records(root, {2026})
    assert records.findings == []
    return build_report(records, Q2, TODAY)


def by_member(report):  # type: ignore[no-untyped-def]
    return {row.member: row for row in report.members}


def test_attendance_counts_late_leave_absent_and_only_sessions_a_member_was_expected_at(q2_report) -> None:
    rows = by_member(q2_report)
    counts = {
        member: (r.sessions_expected, r.present, r.late, r.leave, r.absent, r.unrecorded, r.sessions_attended)
        for member, r in rows.items()
    }
    assert counts == {
        "li-ming": (3, 2, 0, 0, 1, 0, 2),
        "wang-fang": (2, 1, 1, 0, 0, 0, 2),  # left on 1 May: not expected on 8 May
        "zhang-wei": (4, 2, 1, 1, 0, 0, 3),  # the unit study of czs too
        "zhao-lei": (3, 2, 0, 0, 0, 1, 2),  # joined on 15 April; no status on 8 May
    }
    assert rows["li-ming"].attendance.rate == pytest.approx(2 / 3)
    assert rows["wang-fang"].attendance.rate == 1.0
    assert q2_report.organization.attendance == Tally(9, 12)


def test_units_count_their_members_and_their_own_sessions(q2_report) -> None:
    units = {u.unit: u for u in q2_report.units}
    assert (units["dzb"].members, units["dzb"].attendance, units["dzb"].essays) == (2, Tally(4, 5), 2)
    assert (units["czs"].members, units["czs"].attendance, units["czs"].essays) == (2, Tally(5, 7), 2)
    # czs's own session is on no schedule and has no minutes; zhang-wei is behind with essays;
    # zhang-wei's notebook is incomplete and zhao-lei has no Q2 review
    assert units["czs"].five_haves == {
        "schedule": Tally(0, 1),
        "attendance": Tally(1, 1),
        "minutes": Tally(0, 1),
        "reflections": Tally(1, 2),
        "notebook": Tally(0, 2),
    }
    assert units["czs"].compliance == Tally(2, 7)
    assert units["dzb"].five_haves["schedule"] == Tally(0, 0)
    assert units["dzb"].compliance == Tally(2, 2)


def test_organization_figures(q2_report) -> None:
    org = q2_report.organization
    assert org.members == 4
    assert {k: v for k, v in org.sessions_by_kind.items() if v} == {"study-day": 3, "unit-study": 1}
    assert org.sessions_total == 4
    assert org.five_haves == {
        "schedule": Tally(2, 4),
        "attendance": Tally(3, 4),  # zhao-lei has no status on 8 May
        "minutes": Tally(1, 4),
        "reflections": Tally(2, 3),  # those active on the judge day; zhang-wei is behind
        "notebook": Tally(1, 3),
    }
    assert org.essays == Tally(4, 7)  # due: 2 + 2 + 2 by the pace, 1 for zhao-lei who joined in Q2
    assert (org.papers, org.suggestions) == (1, 3)
    assert (org.anti_corruption, org.anti_corruption_pace, org.exhibition_held) == (Tally(0, 10), 5, False)
    assert org.degree == Tally(2, 3)
    assert [(p.member, p.deadline, p.overdue) for p in org.degree_pending] == [
        ("zhao-lei", dt.date(2029, 1, 1), False)
    ]
    assert org.attendance_by_month == [
        ("2026-04", Tally(5, 7)),
        ("2026-05", Tally(4, 5)),
        ("2026-06", Tally(0, 0)),
    ]
    assert org.essays_by_quarter == [("Q1", 1), ("Q2", 3)]
    assert org.record_problems == 0


def test_weeks_with_a_working_day_are_due_and_weeks_with_a_study_day_held(q2_report) -> None:
    org = q2_report.organization
    assert org.study_days == Tally(3, 13)  # 2026-W14 … W26, each with working days
    assert org.exchanges == Tally(0, 13)


def test_weeks_not_yet_over_are_not_due(write_records) -> None:
    records = load_records(write_records(RECORDS), {2026})
    report = build_report(records, Q2, dt.date(2026, 4, 16))
    # W14 has ended; W15 (6–12 April) has ended; W16 (13–19 April) has not
    assert report.organization.study_days == Tally(1, 2)


def test_plan_reviews_and_the_score(q2_report) -> None:
    rows = by_member(q2_report)
    li = rows["li-ming"]
    assert (li.plan_items_done, li.plan_items_total, li.areas_covered) == (2, 4, ("politics", "law"))
    assert li.essays_target == 4 and li.essays_due == 2
    assert li.reviews["Q2"] is not None and li.reviews["Q2"].notebook == "kept"
    assert li.parts == pytest.approx(
        {"attendance": 2 / 3, "essays": 1.0, "plan": 1.0, "reviews": 2.6 / 3, "notebook": 1.0}
    )
    # (30·2/3 + 20 + 15 + 20·0.8667 + 10) / 95
    assert li.score == 86.7
    assert rows["zhang-wei"].score == 46.8  # no plan, half the essays, fair ratings, notebook incomplete
    assert rows["zhao-lei"].score == 42.1  # joined in Q2: one essay due; no plan, no review
    # left before the quarter's end: no review due, so only attendance, essays and the plan count;
    # not judged (RULES 1.1 point 3), so neither scored nor ranked: listed last
    assert rows["wang-fang"].parts == {"attendance": 1.0, "essays": 0.0, "plan": 0.0}
    assert rows["wang-fang"].score is None
    assert [(r.member, r.rank) for r in q2_report.members] == [
        ("li-ming", 1),
        ("zhang-wei", 2),
        ("zhao-lei", 3),
        ("wang-fang", None),
    ]


def test_the_weights_come_from_studyctl_yaml(write_records) -> None:
    config = "organization: 测试镇机关\ncampaign_start: 2026-01-01\nassessment:\n  attendance: 100\n"
    config += "  essays: 0\n  plan: 0\n  reviews: 0\n  notebook: 0\n  self_report: 0\n"
    records = load_records(write_records({**RECORDS, "studyctl.yaml": config}), {2026})
    rows = by_member(build_report(records, Q2, TODAY))
    assert (rows["li-ming"].score, rows["zhang-wei"].score) == (66.7, 75.0)
    assert rows["wang-fang"].score is None  # had left by the judge day: not judged


def test_the_self_report_counts_once_the_year_has_ended(write_records) -> None:
    report_file = "---\nmember: li-ming\nyear: 2026\nself_rating: good\n---\n对照年度学习计划……\n"
    records = load_records(write_records({**RECORDS, "self-reports/2026/li-ming.md": report_file}), {2026})
    during = by_member(build_report(records, Period(2026), dt.date(2026, 12, 1)))
    after = by_member(build_report(records, Period(2026), dt.date(2027, 1, 5)))
    assert "self_report" not in during["li-ming"].parts
    assert after["li-ming"].self_report is True
    assert after["li-ming"].parts["self_report"] == 1.0
    assert after["zhang-wei"].parts["self_report"] == 0.0
    assert list(after["li-ming"].reviews) == ["Q1", "Q2", "Q3", "Q4"]


def test_ties_share_a_rank_and_are_listed_by_id() -> None:
    def row(member: str, score: float | None) -> MemberRow:
        return MemberRow(
            member, member, "dzb", "党政办", 0, 0, 0, 0, 0, 0, 4, 0, False, 0, 0, (), {}, False, score=score
        )

    ranked = rank_members([row("d", 70.0), row("c", 90.0), row("b", 80.0), row("a", 90.0), row("e", None)])
    assert [(r.member, r.rank) for r in ranked] == [("a", 1), ("c", 1), ("b", 3), ("d", 4), ("e", None)]


def test_compliance_is_the_share_of_sessions_and_members_the_rules_pass(write_records) -> None:
    records = load_records(write_records(RECORDS), {2026})
    report = build_report(records, Q2, TODAY, rules_available=["minutes", "notebook"])
    assert report.organization.five_haves == {
        "schedule": None,  # not available: shown as such, never as compliant
        "attendance": None,
        "minutes": Tally(1, 4),  # only the study day of 3 April has minutes
        "reflections": None,
        # li-ming kept it; zhang-wei's is incomplete; zhao-lei has no review; wang-fang had left
        "notebook": Tally(1, 3),
    }


def test_a_plan_item_done_after_the_judge_day_is_not_done(write_records) -> None:
    done_later = RECORDS["plans/2026/li-ming.yaml"].replace("done: 2026-06-15", "done: 2026-07-05")
    records = load_records(write_records({**RECORDS, "plans/2026/li-ming.yaml": done_later}), {2026})
    row = by_member(build_report(records, Q2, TODAY))["li-ming"]
    assert (row.plan_items_done, row.plan_items_total, row.areas_covered) == (1, 4, ("law",))
    # the check says the same: the item of 30 June is overdue
    findings = run_checks(Context(records, Q2, TODAY), ["plan-overdue"])
    assert [(f.file, f.line, f.key, dict(f.params)["due"]) for f in findings] == [
        ("plans/2026/li-ming.yaml", 7, "plan-overdue.item", "2026-06-30")
    ]


def test_one_member_report_has_the_detail(write_records) -> None:
    records = load_records(write_records(RECORDS), {2026})
    report = build_report(records, Q2, TODAY, member="zhang-wei")
    assert [row.member for row in report.members] == ["zhang-wei"]
    assert report.members[0].rank == 2  # the rank among everyone
    detail = report.detail
    assert detail is not None
    assert [(s.session, s.status) for s in detail.sessions] == [
        ("2026-04-03-study-day", "leave"),
        ("2026-04-17-study-day", "present"),
        ("2026-05-08-study-day", "late"),
        ("2026-05-13-unit-study-czs", "present"),
    ]
    assert [e.essay for e in detail.essays] == ["2026-05-21-zhang-wei-yusuan"]
    assert detail.plan_items == [] and detail.goals is None


def test_an_unknown_member_cannot_be_reported(write_records) -> None:
    records = load_records(write_records(RECORDS), {2026})
    with pytest.raises(StudyctlError) as caught:
        build_report(records, Q2, TODAY, member="nobody")
    assert caught.value.key == "report.unknown_member"


# --- where a report may be written ---------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["studyctl.yaml", "units/report.html", "sessions/2026/report.csv", "members/li-ming.yaml"],
)
def test_a_report_is_never_written_into_the_records(write_records, target: str) -> None:
    root = write_records({})
    with pytest.raises(StudyctlError) as caught:
        check_output_path(root, root / target)
    assert caught.value.key == "report.output_in_records"


def test_a_link_into_the_records_is_refused_too(write_records, tmp_path: Path) -> None:
    root = write_records({})
    link = tmp_path / "report.html"
    link.symlink_to(root / "members" / "li-ming.yaml")
    with pytest.raises(StudyctlError):
        write_report_file(root, link, b"x")
    assert (root / "members" / "li-ming.yaml").read_text(encoding="utf-8").startswith("id: li-ming")


def test_a_report_is_written_beside_the_records(write_records) -> None:
    root = write_records({})
    written = write_report_file(root, root / "reports" / "2026.html", b"<html></html>")
    assert written.read_bytes() == b"<html></html>"


def test_a_member_can_be_named_by_name(write_records) -> None:
    records = load_records(write_records(RECORDS), {2026})
    report = build_report(records, Q2, TODAY, member="赵磊")
    assert [row.member for row in report.members] == ["zhao-lei"]


def test_a_member_who_left_before_the_period_is_shown_unranked(write_records) -> None:
    records = load_records(write_records(RECORDS), {2026})
    report = build_report(records, Period(2026, 3), dt.date(2026, 10, 10), member="wang-fang")
    row = report.members[0]
    assert (row.member, row.sessions_expected, row.rank) == ("wang-fang", 0, None)


# --- progress while loading ----------------------------------------------------------------------


def test_loading_reports_progress(write_records) -> None:
    calls: list[tuple[int, int]] = []
    records = load_records(
        write_records(RECORDS), {2026}, progress=lambda done, total: calls.append((done, total))
    )
    total = calls[-1][1]
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)  # it only moves forward
    assert total == 1 + 2 + 4 + 1 + 4 + 4 + 1 + 2  # config, units, members, schedule, sessions …
    assert len(records.sessions) == 4


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    from studyctl.cli.report import loading_progress

    with loading_progress("zh") as progress:
        assert progress is None


@pytest.mark.parametrize(
    ("target", "folder"), [(".git/x.html", ".git"), (".studyctl/.gitignore", ".studyctl")]
)
def test_a_report_is_never_written_into_git_or_studyctl_folders(
    write_records, target: str, folder: str
) -> None:
    root = write_records({})
    with pytest.raises(StudyctlError) as caught:
        check_output_path(root, root / target)
    assert (caught.value.key, caught.value.params["folder"]) == ("guard.output_internal", folder)
