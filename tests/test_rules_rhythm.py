"""The weekly rhythm: study day and exchange per week, hosts, the anti-corruption pace, the calendar.

The office is the BASE of conftest: li-ming (leader, dzb), wang-fang (staff, dzb), zhang-wei
(middle, czs). Working days are China's of 2026: the holiday weeks of the issue are tested here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from studyctl.check import run_check
from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.rules import Context
from studyctl.rules.rhythm import WeekState, week_rhythm

Q2, Q3, Q4 = Period(2026, 2), Period(2026, 3), Period(2026, 4)


ALL_PRESENT = "{li-ming: present, wang-fang: present, zhang-wei: present}"


def session(
    date: str,
    kind: str = "study-day",
    units: str = "[all]",
    host: str = "li-ming",
    attendance: str = ALL_PRESENT,
    participants: str = "[]",
) -> dict[str, str]:
    text = f"""\
        date: {date}
        kind: {kind}
        units: {units}
        participants: {participants}
        host: {host}
        topic: 学习
        area: politics
        attendance: {attendance}
        """
    return {f"sessions/{date[:4]}/{date}-{kind}.yaml": text}


def sessions(*dates: str, kind: str = "study-day") -> dict[str, str]:
    out: dict[str, str] = {}
    for date in dates:
        out |= session(date, kind)
    return out


def findings(root: Path, rules: list[str], period: Period, today: dt.date) -> list[tuple]:
    result = run_check(root, period, today, rules)
    return [(f.rule, f.severity, f.subject, f.member, f.file, f.line, f.key) for f in result.findings]


def states(root: Path, period: Period, today: dt.date) -> dict[str, tuple[str, str]]:
    context = Context(load_records(root, {period.year}), period, today)
    return {str(w.week): (w.study_state.value, w.exchange_state.value) for w in week_rhythm(context)}


# --- study-day -----------------------------------------------------------------------------------


def test_study_day_held_every_friday_passes(write_records):
    # 2026Q2 up to Monday 2026-04-13: weeks W14 (Thursday 04-02) and W15 are over
    root = write_records(sessions("2026-04-03", "2026-04-10"))
    assert findings(root, ["study-day"], Q2, dt.date(2026, 4, 13)) == []


def test_study_day_missed(write_records):
    root = write_records(sessions("2026-04-03"))
    assert findings(root, ["study-day"], Q2, dt.date(2026, 4, 13)) == [
        ("study-day", "error", "2026-W15", None, "sessions/2026/", None, "study-day.missed")
    ]
    [finding] = run_check(root, Q2, dt.date(2026, 4, 13), ["study-day"]).findings
    assert finding.message("zh") == (
        "2026-W15（2026-04-06 至 2026-04-12）有 4 个工作日，却没有全员参加的周五学习日。"  # 04-06: 清明
    )


def test_study_day_must_be_whole_staff(write_records):
    root = write_records({**session("2026-04-03"), **session("2026-04-10", units="[dzb]")})
    assert [f[2] for f in findings(root, ["study-day"], Q2, dt.date(2026, 4, 13))] == ["2026-W15"]


def test_study_day_moved_although_friday_was_a_working_day(write_records):
    root = write_records(sessions("2026-04-03", "2026-04-08"))
    assert findings(root, ["study-day"], Q2, dt.date(2026, 4, 13)) == [
        (
            "study-day",
            "warning",
            "2026-W15",
            None,
            "sessions/2026/2026-04-08-study-day.yaml",
            1,
            "study-day.moved",
        )
    ]


def test_study_day_on_a_day_off_does_not_count(write_records):
    # Sunday 2026-04-12 is no working day
    root = write_records(sessions("2026-04-03", "2026-04-12"))
    assert findings(root, ["study-day"], Q2, dt.date(2026, 4, 13)) == [
        (
            "study-day",
            "error",
            "2026-W15",
            None,
            "sessions/2026/2026-04-12-study-day.yaml",
            1,
            "study-day.off_day",
        )
    ]


def test_study_day_in_mid_quarter_does_not_judge_the_running_week(write_records):
    root = write_records({**sessions("2026-04-03"), **session("2026-03-31", "exchange")})
    # Wednesday 2026-04-08: W15 is not over yet
    assert findings(root, ["study-day", "exchange"], Q2, dt.date(2026, 4, 8)) == []
    assert states(root, Q2, dt.date(2026, 4, 8))["2026-W15"] == ("pending", "pending")


def test_study_day_holiday_fridays_of_2026_move_it_to_thursday(write_records):
    # Friday 05-01 (Labour Day) and Friday 06-19 (Dragon Boat) are holidays: Thursday is right
    fridays = [dt.date(2026, 4, 3) + dt.timedelta(weeks=n) for n in range(13)]
    dates = [d.isoformat() for d in fridays if d not in (dt.date(2026, 5, 1), dt.date(2026, 6, 19))]
    root = write_records(sessions(*dates, "2026-04-30", "2026-06-18"))
    assert findings(root, ["study-day"], Q2, dt.date(2026, 7, 10)) == []
    week_states = states(root, Q2, dt.date(2026, 7, 10))
    assert week_states["2026-W18"][0] == week_states["2026-W25"][0] == WeekState.moved
    assert week_states["2026-W17"][0] == WeekState.held


def test_study_day_on_the_make_up_saturday_counts(write_records):
    # Saturday 05-09 is a make-up working day (调休), but Friday 05-08 works too: held, though moved
    root = write_records(sessions("2026-05-09"))
    w19 = [f for f in findings(root, ["study-day"], Q2, dt.date(2026, 5, 11)) if f[2] == "2026-W19"]
    assert w19 == [
        (
            "study-day",
            "warning",
            "2026-W19",
            None,
            "sessions/2026/2026-05-09-study-day.yaml",
            1,
            "study-day.moved",
        )
    ]


def test_spring_festival_week_has_no_study_day_due(write_records):
    # 2026-W08 (02-16 .. 02-22) is all holiday
    root = write_records(sessions("2026-02-13", "2026-02-27"))
    q1 = Period(2026, 1)
    judged = [f[2] for f in findings(root, ["study-day", "exchange"], q1, dt.date(2026, 3, 2))]
    assert "2026-W08" not in judged
    assert states(root, q1, dt.date(2026, 3, 2))["2026-W08"] == ("no-workday", "no-workday")


def test_national_day_week_counts_its_september_days(write_records):
    # 2026-W40 belongs to Q4 (Thursday 10-01) but only 09-28 .. 09-30 are working days:
    # a study day on Wednesday 09-30 counts for it, across the quarter's edge, with no warning
    root = write_records(sessions("2026-09-30", "2026-10-09"))
    assert findings(root, ["study-day"], Q4, dt.date(2026, 10, 12)) == []
    assert states(root, Q4, dt.date(2026, 10, 12))["2026-W40"] == ("moved", "missed")
    (root / "sessions/2026/2026-09-30-study-day.yaml").unlink()
    assert findings(root, ["study-day"], Q4, dt.date(2026, 10, 12)) == [
        ("study-day", "error", "2026-W40", None, "sessions/2026/", None, "study-day.missed")
    ]


# --- exchange ------------------------------------------------------------------------------------


def test_exchange_any_day_of_the_week_counts(write_records):
    # W14's Tuesday was 03-31 (Q1 by date): it counts for W14, which belongs to Q2
    root = write_records(sessions("2026-03-31", "2026-04-09", kind="exchange"))
    assert findings(root, ["exchange"], Q2, dt.date(2026, 4, 13)) == []


def test_exchange_missed(write_records):
    root = write_records(sessions("2026-03-31", kind="exchange"))
    assert findings(root, ["exchange"], Q2, dt.date(2026, 4, 13)) == [
        ("exchange", "warning", "2026-W15", None, "sessions/2026/", None, "exchange.missed")
    ]


def test_exchange_on_the_make_up_saturday_of_october(write_records):
    # Saturday 10-10 is a working day; W41 (10-05 .. 10-11) has 10-08 .. 10-10 as working days
    root = write_records(sessions("2026-09-29", "2026-10-10", kind="exchange"))
    assert findings(root, ["exchange"], Q4, dt.date(2026, 10, 12)) == []


# --- host ----------------------------------------------------------------------------------------


def test_host_staff_member_is_an_error(write_records):
    root = write_records(session("2026-04-03", host="wang-fang"))
    assert findings(root, ["host"], Q2, dt.date(2026, 4, 13)) == [
        (
            "host",
            "error",
            "2026-04-03-study-day",
            "wang-fang",
            "sessions/2026/2026-04-03-study-day.yaml",
            5,
            "host.below_middle",
        )
    ]


def test_host_counts_within_two_pass(write_records):
    dates = ["2026-04-03", "2026-04-10", "2026-04-17"]
    root = write_records({**sessions(*dates), **session("2026-04-07", "exchange", host="zhang-wei")})
    assert findings(root, ["host"], Q2, dt.date(2026, 7, 10)) == []


def test_host_counts_more_than_two_apart(write_records):
    dates = ["2026-04-03", "2026-04-10", "2026-04-17", "2026-04-24"]
    root = write_records({**sessions(*dates), **session("2026-04-07", "exchange", host="zhang-wei")})
    assert findings(root, ["host"], Q2, dt.date(2026, 7, 10)) == [
        ("host", "warning", "zhang-wei", "zhang-wei", "members/zhang-wei.yaml", 4, "host.unbalanced")
    ]
    [finding] = run_check(root, Q2, dt.date(2026, 7, 10), ["host"]).findings
    assert finding.message("en") == "张伟 hosted 1 sessions in 2026, 3 fewer than 李明 (4)."


def test_host_rotation_counts_whole_staff_study_days_and_exchanges_only(write_records):
    # zhang-wei leads czs's own studies: they do not count for the rotation (RULES 1.1 point 7)
    # (counted, their 5 would put li-ming's 2 more than 2 below)
    days = ("11", "12", "13", "14", "15")
    own = [session(f"2026-05-{day}", "unit-study", "[czs]", "zhang-wei") for day in days]
    dates = ["2026-04-03", "2026-04-10"]
    root = write_records({**sessions(*dates), **{k: v for one in own for k, v in one.items()}})
    assert findings(root, ["host"], Q2, dt.date(2026, 7, 10)) == []


def test_host_rotation_warns_each_member_more_than_two_below_the_highest(write_records):
    # li-ming hosts 4 study days, the secretary 2 exchanges, zhang-wei 1: only zhang-wei is 3 below
    secretary = """\
        id: zhou-jie
        name: 周杰
        unit: dzb
        role: secretary
        born: 1970-01-01
        education: bachelor
        party_member: true
        joined: 2015-01-01
        """
    exchanges = {
        **session("2026-04-07", "exchange", host="zhou-jie"),
        **session("2026-04-14", "exchange", host="zhou-jie"),
        **session("2026-04-21", "exchange", host="zhang-wei"),
        # held by nobody: counts for nothing, not even for its host
        **session("2026-04-28", "exchange", host="zhang-wei", attendance="{li-ming: absent}"),
    }
    dates = ["2026-04-03", "2026-04-10", "2026-04-17", "2026-04-24"]
    root = write_records({**sessions(*dates), **exchanges, "members/zhou-jie.yaml": secretary})
    assert findings(root, ["host"], Q2, dt.date(2026, 7, 10)) == [
        ("host", "warning", "zhang-wei", "zhang-wei", "members/zhang-wei.yaml", 4, "host.unbalanced")
    ]


# --- RULES 1.1: a session counts for the week only if someone expected was there ------------------


def test_study_day_with_participants_is_not_whole_staff(write_records):
    root = write_records({**session("2026-04-03"), **session("2026-04-10", participants="[li-ming]")})
    assert findings(root, ["study-day"], Q2, dt.date(2026, 4, 13)) == [
        ("study-day", "error", "2026-W15", None, "sessions/2026/", None, "study-day.missed")
    ]


def test_study_day_nobody_attended_does_not_count(write_records):
    nobody = "{li-ming: {status: absent, reason: 出差}, wang-fang: {status: leave, reason: 病假}}"
    root = write_records({**session("2026-04-03"), **session("2026-04-10", attendance=nobody)})
    assert findings(root, ["study-day"], Q2, dt.date(2026, 4, 13)) == [
        (
            "study-day",
            "error",
            "2026-W15",
            None,
            "sessions/2026/2026-04-10-study-day.yaml",
            8,
            "study-day.not_held",
        )
    ]
    [finding] = run_check(root, Q2, dt.date(2026, 4, 13), ["study-day"]).findings
    assert finding.message("zh") == "2026-W15 的全员学习日 2026-04-10 没有一名应参加者出席或迟到，不能计入。"
    assert finding.message("en") == (
        "2026-W15's study day on 2026-04-10 had no expected participant present or late, "
        "so it does not count."
    )


def test_exchange_of_no_units_and_no_attendance_does_not_count(write_records):
    root = write_records(
        {
            **session("2026-03-31", "exchange"),
            **session("2026-04-07", "exchange", units="[]", attendance="{}"),
        }
    )
    assert findings(root, ["exchange"], Q2, dt.date(2026, 4, 13)) == [
        (
            "exchange",
            "warning",
            "2026-W15",
            None,
            "sessions/2026/2026-04-07-exchange.yaml",
            8,
            "exchange.not_held",
        )
    ]
    [finding] = run_check(root, Q2, dt.date(2026, 4, 13), ["exchange"]).findings
    assert (
        finding.message("zh") == "2026-W15 的交流学习心得 2026-04-07 没有一名应参加者出席或迟到，不能计入。"
    )
    assert finding.message("en") == (
        "2026-W15's exchange on 2026-04-07 had no expected participant present or late, so it does not count."
    )
    assert states(root, Q2, dt.date(2026, 4, 13))["2026-W15"] == ("missed", "missed")


# --- anti-corruption -----------------------------------------------------------------------------


def test_anti_corruption_on_pace(write_records):
    # Q2 over: ceil(10 × 2 / 4) = 5 sessions due
    dates = ["2026-01-20", "2026-02-24", "2026-03-17", "2026-04-21", "2026-05-19"]
    root = write_records(sessions(*dates, kind="anti-corruption"))
    assert findings(root, ["anti-corruption"], Q2, dt.date(2026, 7, 10)) == []


def test_anti_corruption_behind(write_records):
    dates = ["2026-01-20", "2026-02-24", "2026-03-17", "2026-04-21", "2026-07-02"]
    root = write_records(sessions(*dates, kind="anti-corruption"))
    assert findings(root, ["anti-corruption"], Q2, dt.date(2026, 7, 10)) == [
        ("anti-corruption", "warning", "2026", None, "sessions/2026/", None, "anti-corruption.behind")
    ]
    # in mid-quarter only Q1 is owed: ceil(10 × 1 / 4) = 3
    assert findings(root, ["anti-corruption"], Q2, dt.date(2026, 5, 1)) == []


# --- calendar ------------------------------------------------------------------------------------


def test_calendar_known_year_passes(write_records):
    root = write_records({})
    assert findings(root, ["calendar"], Q2, dt.date(2026, 7, 10)) == []


def test_calendar_unknown_year_is_said_not_guessed(write_records):
    root = write_records({})
    year = Period(2031, 1)
    assert findings(root, ["calendar"], year, dt.date(2031, 2, 1)) == [
        ("calendar", "warning", "2031", None, "studyctl.yaml", 1, "calendar.unknown")
    ]
    [finding] = run_check(root, year, dt.date(2031, 2, 1), ["calendar"]).findings
    assert "calendar.workdays" in finding.hint("en")
    # not yet begun: nothing to say
    assert findings(root, ["calendar"], year, dt.date(2030, 12, 1)) == []


def test_calendar_overrides_for_the_year_silence_the_warning(write_records):
    config = """\
        organization: 测试镇机关
        campaign_start: 2026-01-01
        calendar:
          holidays: [2031-01-31]
          workdays: [2031-01-26]
        """
    root = write_records({"studyctl.yaml": config})
    assert findings(root, ["calendar"], Period(2031, 1), dt.date(2031, 2, 1)) == []


def test_the_last_week_of_the_year_counts_a_study_day_held_in_january(write_records):
    # 2026-W53 runs from Monday 12-28 to Sunday 2027-01-03 and belongs to 2026 (Thursday 12-31).
    # Here its 2026 days are all off and Saturday 2027-01-02 is a working day: the study day held
    # that Saturday is filed in sessions/2027/, and a check of 2026 must still find it.
    calendar = (
        "calendar:\n  holidays: [2026-12-28, 2026-12-29, 2026-12-30, 2026-12-31]\n  workdays: [2027-01-02]\n"
    )
    config = "organization: 测试镇机关\ncampaign_start: 2026-01-01\nlanguage: zh\n"
    held = write_records({"studyctl.yaml": config + calendar, **session("2027-01-02")})
    assert [f for f in findings(held, ["study-day"], Q4, dt.date(2027, 1, 4)) if f[2] == "2026-W53"] == []
    assert states(held, Q4, dt.date(2027, 1, 4))["2026-W53"][0] == "moved"  # held, not on the Friday


def test_the_last_week_of_the_year_without_its_january_study_day(write_records):
    calendar = (
        "calendar:\n  holidays: [2026-12-28, 2026-12-29, 2026-12-30, 2026-12-31]\n  workdays: [2027-01-02]\n"
    )
    config = "organization: 测试镇机关\ncampaign_start: 2026-01-01\nlanguage: zh\n"
    missed = write_records({"studyctl.yaml": config + calendar})
    last_week = [f for f in findings(missed, ["study-day"], Q4, dt.date(2027, 1, 4)) if f[2] == "2026-W53"]
    assert last_week == [("study-day", "error", "2026-W53", None, "sessions/2026/", None, "study-day.missed")]
