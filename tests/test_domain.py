"""The shared domain notions, without a disk: who is active, whom a session expects, whether it
was held, which weeks are owed, the pace, visible characters, done dates and the degree deadline."""

from __future__ import annotations

import datetime as dt

from studyctl import domain
from studyctl.models import Member, PlanItem, Session
from studyctl.periods import Period, Week
from studyctl.workdays import Calendar


def member(member_id: str, unit: str, joined: str = "2020-01-01", left: str | None = None) -> Member:
    return Member.model_validate(
        {
            "id": member_id,
            "name": member_id,
            "unit": unit,
            "role": "staff",
            "born": "1990-01-01",
            "education": "bachelor",
            "party_member": False,
            "joined": joined,
            "left": left,
        }
    )


MEMBERS = {
    m.id: m
    for m in (
        member("a", "dzb"),
        member("b", "dzb", left="2026-04-03"),  # gone on the day of the session
        member("c", "czs", joined="2026-04-03"),  # there from that day
        member("d", "czs", joined="2026-05-01"),  # not yet
    )
}


def session(
    units: list[str], participants: list[str] = (), attendance: dict[str, str] | None = None
) -> Session:  # type: ignore[assignment]
    return Session.model_validate(
        {
            "date": "2026-04-03",
            "kind": "study-day",
            "units": units,
            "participants": list(participants),
            "host": "a",
            "topic": "学习",
            "area": "law",
            "attendance": attendance or {},
        }
    )


def test_active_from_joined_to_the_day_before_left() -> None:
    day = dt.date(2026, 4, 3)
    assert [m.id for m in domain.active_members(MEMBERS.values(), day)] == ["a", "c"]
    assert domain.is_active(MEMBERS["b"], dt.date(2026, 4, 2))
    assert not domain.is_active(MEMBERS["b"], day)


def test_expected_participants_of_units_and_of_a_list() -> None:
    assert domain.expected_participants(session(["all"]), MEMBERS) == ["a", "c"]
    assert domain.expected_participants(session(["czs"]), MEMBERS) == ["c"]
    assert domain.expected_participants(session([]), MEMBERS) == []
    # participants win over units; unknown and inactive ones are left out
    assert domain.expected_participants(session(["all"], ["d", "a", "nobody"]), MEMBERS) == ["a"]
    assert domain.expected_members(MEMBERS, dt.date(2026, 5, 1), ["czs"]) == ["c", "d"]


def test_whole_staff_only_for_all_units_and_no_participants() -> None:
    assert domain.is_whole_staff(session(["all"]))
    assert not domain.is_whole_staff(session(["all"], ["a"]))
    assert not domain.is_whole_staff(session(["dzb"]))


def test_held_when_someone_expected_was_present_or_late() -> None:
    expected = ["a", "c"]
    assert domain.was_held(session(["all"], attendance={"a": "late"}), expected)
    assert not domain.was_held(session(["all"]), expected)
    absent = {"a": {"status": "absent", "reason": "出差"}, "c": {"status": "leave", "reason": "病假"}}
    assert not domain.was_held(session(["all"], attendance=absent), expected)  # type: ignore[arg-type]
    # present, but not expected: it does not make the session held
    assert not domain.was_held(session(["all"], attendance={"d": "present"}), expected)


def test_weeks_owed_have_a_working_day_and_have_passed() -> None:
    q1 = Period(2026, 1)
    weeks = domain.period_weeks(q1, Calendar(), dt.date(2026, 2, 23))
    assert [str(w.week) for w in weeks][:2] == ["2026-W01", "2026-W02"]  # W01's Thursday is 1 January
    owes = {str(w.week): (w.owes, w.passed) for w in weeks}
    assert owes["2026-W08"] == (False, True)  # the Spring Festival week: no working day
    assert owes["2026-W09"] == (True, False)  # 23 February: not over yet
    owed = domain.owed_weeks(q1, Calendar(), dt.date(2026, 2, 23))
    assert Week(2026, 8) not in owed and Week(2026, 7) in owed and Week(2026, 9) not in owed
    assert len(owed) == 7


def test_the_pace_counts_ended_quarters_from_the_joining_one() -> None:
    year = Period(2026)
    assert domain.pace(4, 0) == 0
    assert domain.pace(10, 1) == 3  # ceil(2.5)
    assert domain.pace_quarters(year, dt.date(2026, 7, 1)) == 2
    assert domain.pace_quarters(Period(2026, 1), dt.date(2026, 11, 28)) == 1  # up to the period's quarter
    joiner = member("e", "dzb", joined="2026-05-10")
    assert domain.pace_quarters(year, dt.date(2026, 10, 1), joiner) == 2  # Q2 and Q3
    assert domain.pace_quarters(year, dt.date(2026, 10, 1), MEMBERS["a"]) == 3


def test_visible_characters_leave_out_white_space_control_and_format() -> None:
    assert domain.visible_chars("学习 《宪法》\n") == 6
    assert domain.visible_chars("\u200b" * 60) == 0
    assert domain.visible_chars("\u3000\t\u2060\u00ad学") == 1
    assert domain.visible_chars(None) == 0


def test_a_plan_item_is_done_from_its_done_date_on() -> None:
    item = PlanItem.model_validate(
        {"area": "law", "content": "学习", "due": "2026-06-30", "done": "2026-06-15"}
    )
    assert not domain.plan_item_done(item, dt.date(2026, 6, 14))
    assert domain.plan_item_done(item, dt.date(2026, 6, 15))
    undone = item.model_copy(update={"done": None})
    assert not domain.plan_item_done(undone, dt.date(2027, 1, 1))


def test_the_degree_deadline_day_is_still_in_time() -> None:
    deadline = domain.degree_deadline(dt.date(2024, 2, 29), 3)
    assert deadline == dt.date(2027, 2, 28)
    assert not domain.degree_overdue(deadline, deadline)
    assert domain.degree_overdue(deadline, dt.date(2027, 3, 1))
    assert domain.age_on(dt.date(1976, 1, 2), dt.date(2026, 1, 1)) == 49
