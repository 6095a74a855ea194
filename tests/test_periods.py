"""Periods: quarters and years as half-open ranges, their ISO weeks, and the quarters a pace is owed for."""

from __future__ import annotations

import datetime as dt

import pytest

from studyctl.periods import Period, Week, parse_period, quarter_of

TODAY = dt.date(2026, 5, 20)


def test_quarter_and_year_bounds():
    q4 = Period(2026, 4)
    assert (q4.start, q4.end, q4.last_day) == (
        dt.date(2026, 10, 1),
        dt.date(2027, 1, 1),
        dt.date(2026, 12, 31),
    )
    assert (Period(2026).start, Period(2026).end) == (dt.date(2026, 1, 1), dt.date(2027, 1, 1))
    assert dt.date(2026, 9, 30) in Period(2026, 3)
    assert dt.date(2026, 10, 1) not in Period(2026, 3)


def test_a_week_belongs_to_the_quarter_of_its_thursday():
    q3 = [str(w) for w in Period(2026, 3).weeks()]
    assert (q3[0], q3[-1], len(q3)) == ("2026-W27", "2026-W39", 13)
    q4 = [str(w) for w in Period(2026, 4).weeks()]
    # 2026-W40 runs 09-28 .. 10-04; 2026 has 53 ISO weeks, the last ending on 2027-01-03
    assert (q4[0], q4[-1], len(q4)) == ("2026-W40", "2026-W53", 14)
    q1 = Period(2026, 1).weeks()
    assert (str(q1[0]), q1[0].monday) == ("2026-W01", dt.date(2025, 12, 29))
    assert len(Period(2026).weeks()) == 53


def test_week_days():
    week = Week.of(dt.date(2026, 10, 1))
    assert (str(week), week.monday, week.sunday) == ("2026-W40", dt.date(2026, 9, 28), dt.date(2026, 10, 4))
    assert dt.date(2026, 9, 28) in week and dt.date(2026, 10, 5) not in week
    assert week.day(4) == dt.date(2026, 10, 2)
    assert len(list(week.days())) == 7


def test_quarters_ended_by_a_day():
    year = Period(2026)
    assert year.quarters_ended(dt.date(2026, 3, 31)) == []
    assert year.quarters_ended(dt.date(2026, 4, 1)) == [Period(2026, 1)]
    assert year.quarters_ended(dt.date(2027, 1, 1)) == [Period(2026, q) for q in range(1, 5)]
    # up to the period's last quarter only, and from the quarter a member joined in
    assert Period(2026, 2).quarters_ended(dt.date(2026, 11, 1)) == [Period(2026, 1), Period(2026, 2)]
    assert Period(2026, 3).quarters_ended(dt.date(2026, 10, 1), first_quarter=3) == [Period(2026, 3)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2026Q2", Period(2026, 2)),
        ("2026q3", Period(2026, 3)),
        ("Q4", Period(2026, 4)),
        ("2025", Period(2025)),
        ("this", Period(2026, 2)),
        ("last", Period(2026, 1)),
    ],
)
def test_parse_period(text, period):
    assert parse_period(text, TODAY) == period


def test_parse_period_last_quarter_of_last_year():
    assert parse_period("last", dt.date(2026, 2, 1)) == Period(2025, 4)


@pytest.mark.parametrize("text", ["2026Q5", "Q0", "26", "2026-Q1", ""])
def test_parse_period_refuses(text):
    with pytest.raises(ValueError):
        parse_period(text, TODAY)


def test_quarter_of():
    assert quarter_of(dt.date(2026, 12, 31)) == Period(2026, 4)
    assert str(quarter_of(dt.date(2026, 1, 1))) == "2026Q1"
