"""The five haves: schedule, attendance, minutes of each session; reflections and notebook of each member.

The office is the BASE of conftest: li-ming (leader, dzb), wang-fang (staff, dzb), zhang-wei
(middle, czs). Unless a test says otherwise, the period is 2026Q2, checked on 2026-07-10.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from studyctl.check import run_check
from studyctl.periods import Period

Q2 = Period(2026, 2)
AFTER_Q2 = dt.date(2026, 7, 10)
SESSION = "sessions/2026/2026-04-03-study-day.yaml"

MINUTES_TEXT = (
    "会议传达学习了《宪法》全文，李明同志领学第一章总纲，大家结合依法行政工作逐条讨论，明确了下一步学习要求。"
)

# a session with all three of its haves; its lines are asserted below
GOOD_SESSION = f"""\
    date: 2026-04-03
    kind: study-day
    units: [all]
    host: li-ming
    topic: 学习《宪法》
    area: law
    minutes:
      recorder: wang-fang
      text: {MINUTES_TEXT}
    attendance:
      li-ming: present
      wang-fang: late
      zhang-wei: {{status: leave, reason: 病假}}
    """

SCHEDULE = """\
    published: 2026-03-28
    entries:
      - date: 2026-04-03
        kind: study-day
        units: [all]
        topic: 学习《宪法》
    """


def findings(root: Path, rules: list[str], period: Period = Q2, today: dt.date = AFTER_Q2) -> list[tuple]:
    result = run_check(root, period, today, rules)
    return [(f.rule, f.severity, f.subject, f.member, f.file, f.line, f.key) for f in result.findings]


def with_session(text: str) -> dict[str, str]:
    return {SESSION: text, "schedules/2026/2026-04.yaml": SCHEDULE}


def test_a_session_with_its_three_haves_passes(write_records):
    root = write_records(with_session(GOOD_SESSION))
    assert findings(root, ["schedule", "attendance", "minutes", "reference"]) == []


# --- schedule ------------------------------------------------------------------------------------


def test_schedule_a_session_on_no_schedule(write_records):
    root = write_records({SESSION: GOOD_SESSION})
    assert findings(root, ["schedule"]) == [
        ("schedule", "error", "2026-04-03-study-day", None, SESSION, 1, "schedule.missing")
    ]


def test_schedule_published_after_the_session(write_records):
    late = SCHEDULE.replace("published: 2026-03-28", "published: 2026-04-04")
    root = write_records({SESSION: GOOD_SESSION, "schedules/2026/2026-04.yaml": late})
    result = run_check(root, Q2, AFTER_Q2, ["schedule"])
    [finding] = result.findings
    assert (finding.rule, finding.file, finding.line, finding.key) == (
        "schedule",
        SESSION,
        1,
        "schedule.late",
    )
    assert finding.message("en") == (
        "The study day of 2026-04-03 is only on schedules/2026/2026-04.yaml, published on 2026-04-04, "
        "after it took place."
    )


def test_schedule_entry_must_match_kind_and_overlap_units(write_records):
    unit_session = GOOD_SESSION.replace("kind: study-day", "kind: unit-study").replace("[all]", "[dzb]")
    other_unit = SCHEDULE.replace("kind: study-day", "kind: unit-study").replace("[all]", "[czs]")
    root = write_records({SESSION: unit_session, "schedules/2026/2026-04.yaml": other_unit})
    assert [f[0:2] for f in findings(root, ["schedule"])] == [("schedule", "error")]
    whole_staff_entry = SCHEDULE.replace("kind: study-day", "kind: unit-study")
    root = write_records({"schedules/2026/2026-04.yaml": whole_staff_entry})
    assert findings(root, ["schedule"]) == []  # `all` on the schedule overlaps every unit


def test_schedule_judges_only_days_that_have_passed(write_records):
    root = write_records({SESSION: GOOD_SESSION})
    assert findings(root, ["schedule"], today=dt.date(2026, 4, 3)) == []
    assert len(findings(root, ["schedule"], today=dt.date(2026, 4, 4))) == 1


# --- attendance ----------------------------------------------------------------------------------


def test_attendance_an_expected_member_without_a_status(write_records):
    text = GOOD_SESSION.replace("      zhang-wei: {status: leave, reason: 病假}\n", "")
    root = write_records(with_session(text))
    assert findings(root, ["attendance"]) == [
        ("attendance", "error", "2026-04-03-study-day", "zhang-wei", SESSION, 10, "attendance.missing")
    ]


def test_attendance_a_member_outside_the_sessions_units(write_records):
    root = write_records(with_session(GOOD_SESSION.replace("units: [all]", "units: [dzb]")))
    assert findings(root, ["attendance"]) == [
        ("attendance", "error", "2026-04-03-study-day", "zhang-wei", SESSION, 13, "attendance.not_invited")
    ]


def test_attendance_explicit_participants_replace_the_units(write_records):
    text = GOOD_SESSION.replace("units: [all]", "units: [all]\n    participants: [li-ming, zhang-wei]")
    root = write_records(with_session(text))
    assert findings(root, ["attendance"]) == [
        ("attendance", "error", "2026-04-03-study-day", "wang-fang", SESSION, 13, "attendance.not_invited")
    ]


def test_attendance_a_member_who_joined_later(write_records):
    joiner = """\
        id: chen-jing
        name: 陈静
        unit: dzb
        role: staff
        born: 1995-01-01
        education: bachelor
        party_member: false
        joined: 2026-05-10
        """
    text = GOOD_SESSION.replace("reason: 病假}", "reason: 病假}\n      chen-jing: present")
    root = write_records({**with_session(text), "members/chen-jing.yaml": joiner})
    assert findings(root, ["attendance"]) == [
        ("attendance", "error", "2026-04-03-study-day", "chen-jing", SESSION, 14, "attendance.not_active")
    ]


def test_attendance_leave_and_absent_need_a_reason(write_records):
    text = GOOD_SESSION.replace("wang-fang: late", "wang-fang: {status: absent, reason: ' '}").replace(
        "{status: leave, reason: 病假}", "leave"
    )
    root = write_records(with_session(text))
    assert findings(root, ["attendance"]) == [
        (
            "attendance",
            "error",
            "2026-04-03-study-day",
            "wang-fang",
            SESSION,
            12,
            "attendance.no_reason.absent",
        ),
        (
            "attendance",
            "error",
            "2026-04-03-study-day",
            "zhang-wei",
            SESSION,
            13,
            "attendance.no_reason.leave",
        ),
    ]


# --- minutes -------------------------------------------------------------------------------------


def test_minutes_missing(write_records):
    text = """\
        date: 2026-04-03
        kind: study-day
        host: li-ming
        topic: 学习《宪法》
        area: law
        attendance:
          li-ming: present
          wang-fang: present
          zhang-wei: present
        """
    root = write_records(with_session(text))
    assert findings(root, ["minutes"]) == [
        ("minutes", "error", "2026-04-03-study-day", None, SESSION, 1, "minutes.missing")
    ]


def test_minutes_without_recorder_and_too_short(write_records):
    text = GOOD_SESSION.replace("  recorder: wang-fang\n", "").replace(
        MINUTES_TEXT, "学习了 《宪法》 第一章。"
    )
    root = write_records(with_session(text))
    result = run_check(root, Q2, AFTER_Q2, ["minutes"])
    assert [(f.rule, f.severity, f.line, f.key) for f in result.findings] == [
        ("minutes", "error", 7, "minutes.no_recorder"),
        ("minutes", "error", 8, "minutes.short"),
    ]
    # spaces do not count
    assert result.findings[1].message("en") == "The minutes hold 11 characters, fewer than the 50 required."


# --- reflections ---------------------------------------------------------------------------------


def essay(author: str, date: str) -> dict[str, str]:
    text = f"""\
        ---
        author: {author}
        date: {date}
        title: 学习体会
        area: law
        ---
        正文。
        """
    return {f"essays/{date[:4]}/{date}-{author}-tihui.md": text}


def test_reflections_against_the_pace_of_the_year(write_records):
    # Q2 over: two quarters have ended, so the pace is ceil(4 × 2 / 4) = 2 essays
    files = {
        **essay("li-ming", "2026-02-10"),
        **essay("li-ming", "2026-05-10"),
        **essay("wang-fang", "2026-03-01"),
        **essay("wang-fang", "2026-07-02"),  # after the period: does not count
        **essay("zhang-wei", "2025-12-20"),  # last year: does not count
        **essay("zhang-wei", "2026-01-15"),
        **essay("zhang-wei", "2026-06-30"),
    }
    root = write_records(files)
    assert findings(root, ["reflections"]) == [
        ("reflections", "warning", "wang-fang", "wang-fang", "essays/2026/", None, "reflections.behind")
    ]
    [finding] = run_check(root, Q2, AFTER_Q2, ["reflections"]).findings
    assert finding.message("zh") == "王芳在 2026 年已写学习心得 1 篇，按进度截至 2026-06-30 应有 2 篇。"


def test_reflections_in_mid_quarter_owe_only_the_quarters_ended(write_records):
    root = write_records({**essay("li-ming", "2026-02-10"), **essay("zhang-wei", "2026-03-10")})
    # 2026-05-20: only Q1 has ended, pace 1; wang-fang has none
    assert findings(root, ["reflections"], today=dt.date(2026, 5, 20)) == [
        ("reflections", "warning", "wang-fang", "wang-fang", "essays/2026/", None, "reflections.behind")
    ]
    # 2026-03-20: no quarter has ended, nothing is owed yet
    assert findings(root, ["reflections"], Period(2026, 1), dt.date(2026, 3, 20)) == []


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


def test_reflections_a_joiner_owes_from_the_quarter_joined_and_a_leaver_nothing(write_records):
    both = {**essay("li-ming", "2026-02-10"), **essay("li-ming", "2026-04-10")}
    both |= {**essay("wang-fang", "2026-02-10"), **essay("wang-fang", "2026-04-10")}
    both |= {**essay("zhang-wei", "2026-02-10"), **essay("zhang-wei", "2026-04-10")}
    root = write_records({**both, "members/chen-jing.yaml": JOINER, "members/zhou-qiang.yaml": LEAVER})
    [finding] = run_check(root, Q2, AFTER_Q2, ["reflections"]).findings
    assert (finding.member, finding.severity) == ("chen-jing", "warning")
    assert "应有 1 篇" in finding.message("zh")  # joined in Q2: one quarter owed, pace ceil(4 × 1 / 4)
    root = write_records(essay("chen-jing", "2026-06-01"))
    assert findings(root, ["reflections"]) == []


# --- notebook ------------------------------------------------------------------------------------


def review(member: str, notebook: str = "kept", quarter: str = "2026Q2") -> dict[str, str]:
    text = f"""\
        member: {member}
        quarter: {quarter}
        reviewer: li-ming
        attitude: good
        content: good
        results: fair
        notebook: {notebook}
        """
    return {f"reviews/{quarter[:4]}/Q{quarter[5]}/{member}.yaml": text}


def test_notebook_kept_by_everyone_passes(write_records):
    root = write_records({**review("li-ming"), **review("wang-fang"), **review("zhang-wei")})
    assert findings(root, ["notebook"]) == []


def test_notebook_incomplete_missing_or_never_reviewed(write_records):
    root = write_records({**review("li-ming", "incomplete"), **review("wang-fang", "missing")})
    assert findings(root, ["notebook"]) == [
        ("notebook", "error", "li-ming", "li-ming", "reviews/2026/Q2/li-ming.yaml", 7, "notebook.incomplete"),
        (
            "notebook",
            "error",
            "wang-fang",
            "wang-fang",
            "reviews/2026/Q2/wang-fang.yaml",
            7,
            "notebook.missing",
        ),
        (
            "notebook",
            "error",
            "zhang-wei",
            "zhang-wei",
            "reviews/2026/Q2/zhang-wei.yaml",
            None,
            "notebook.no_review",
        ),
    ]


def test_notebook_waits_for_the_quarter_to_end(write_records):
    root = write_records({})
    assert findings(root, ["notebook"], today=dt.date(2026, 6, 30)) == []
    assert len(findings(root, ["notebook"], today=dt.date(2026, 7, 1))) == 3


def test_notebook_judges_who_was_active_on_the_quarters_last_day(write_records):
    root = write_records(
        {
            **review("li-ming"),
            **review("wang-fang"),
            **review("zhang-wei"),
            "members/chen-jing.yaml": JOINER,
            "members/zhou-qiang.yaml": LEAVER,
        }
    )
    assert findings(root, ["notebook"]) == [
        (
            "notebook",
            "error",
            "chen-jing",
            "chen-jing",
            "reviews/2026/Q2/chen-jing.yaml",
            None,
            "notebook.no_review",
        )
    ]


# --- RULES 1.1: a session nobody recorded, minutes of invisible characters -----------------------


def test_attendance_a_session_with_no_attendance_at_all_is_one_error(write_records):
    no_attendance = GOOD_SESSION[: GOOD_SESSION.index("    attendance:")]
    root = write_records(with_session(no_attendance))
    assert findings(root, ["attendance"]) == [
        ("attendance", "error", "2026-04-03-study-day", None, SESSION, 1, "attendance.none")
    ]
    [finding] = run_check(root, Q2, AFTER_Q2, ["attendance"]).findings
    assert finding.message("zh") == "本次学习没有任何考勤记录，不计入任何学习。"
    assert finding.message("en") == "This session has no attendance at all, so it counts for nothing."


def test_attendance_an_exchange_of_no_units_with_no_attendance_is_an_error(write_records):
    exchange = """\
        date: 2026-04-07
        kind: exchange
        units: []
        host: li-ming
        topic: 交流
        area: law
        attendance: {}
        """
    rel = "sessions/2026/2026-04-07-exchange.yaml"
    root = write_records({rel: exchange})
    assert findings(root, ["attendance"]) == [
        ("attendance", "error", "2026-04-07-exchange", None, rel, 7, "attendance.none")
    ]


def test_minutes_count_no_invisible_characters(write_records):
    invisible = "\u200b" * 60 + "\u3000" * 5 + "\u2060\u00ad"
    text = GOOD_SESSION.replace(MINUTES_TEXT, f'"{invisible}"')
    root = write_records(with_session(text))
    assert findings(root, ["minutes"]) == [
        ("minutes", "error", "2026-04-03-study-day", None, SESSION, 9, "minutes.short")
    ]
    [finding] = run_check(root, Q2, AFTER_Q2, ["minutes"]).findings
    assert finding.message("zh") == "学习记录只有 0 个字，少于规定的 50 个字。"
    assert finding.message("en") == "The minutes hold 0 characters, fewer than the 50 required."
