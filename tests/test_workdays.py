"""Working days: China's public holidays and make-up working days (调休), overrides applied last."""

from __future__ import annotations

import datetime as dt

import pytest

from studyctl.periods import Week
from studyctl.workdays import Calendar, arrangement_known

D = dt.date


@pytest.mark.parametrize(
    ("day", "works"),
    [
        (D(2026, 5, 1), False),  # Friday, Labour Day
        (D(2026, 6, 19), False),  # Friday, Dragon Boat Festival
        (D(2026, 4, 30), True),  # the Thursday before it
        (D(2026, 5, 9), True),  # Saturday, a make-up working day
        (D(2026, 10, 10), True),  # Saturday, a make-up working day
        (D(2026, 1, 4), True),  # Sunday, a make-up working day
        (D(2026, 10, 1), False),  # National Day
        (D(2026, 4, 11), False),  # an ordinary Saturday
        (D(2026, 4, 10), True),  # an ordinary Friday
    ],
)
def test_the_2026_arrangement(day, works):
    assert Calendar().is_workday(day) is works


def test_spring_festival_week_has_no_working_day():
    assert Calendar().workdays_in(Week(2026, 8).days()) == []


def test_national_day_week_works_only_its_september_days():
    assert Calendar().workdays_in(Week(2026, 40).days()) == [D(2026, 9, 28), D(2026, 9, 29), D(2026, 9, 30)]


def test_overrides_are_applied_last():
    calendar = Calendar(holidays=[D(2026, 4, 10), D(2026, 5, 9)], workdays=[D(2026, 5, 1), D(2026, 4, 11)])
    assert [calendar.is_workday(d) for d in (D(2026, 4, 10), D(2026, 5, 9))] == [False, False]
    assert [calendar.is_workday(d) for d in (D(2026, 5, 1), D(2026, 4, 11))] == [True, True]


def test_arrangement_known_only_for_published_years():
    assert arrangement_known(2026)
    assert not arrangement_known(2031)  # the package only estimates years not yet published
