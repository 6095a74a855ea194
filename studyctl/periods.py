"""Periods: quarters and years as half-open date ranges `[start, end)`, with one parser.

Weeks are ISO weeks; a week belongs to the quarter (and year) that holds its Thursday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

# ASCII digits only, and the whole text (`$` would take a final newline)
_QUARTER = re.compile(r"([0-9]{4})[Qq]([1-4])", re.ASCII)
_SHORT_QUARTER = re.compile(r"[Qq]([1-4])", re.ASCII)
_YEAR = re.compile(r"([0-9]{4})", re.ASCII)


@dataclass(frozen=True, order=True)
class Period:
    """A year, or one quarter of it when `quarter` is set, as the dates `[start, end)`."""

    year: int
    quarter: int | None = None  # None: the whole year

    @property
    def start(self) -> dt.date:
        """The first day of the period."""
        month = 1 if self.quarter is None else 3 * self.quarter - 2
        return dt.date(self.year, month, 1)

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        if self.quarter is None or self.quarter == 4:
            return dt.date(self.year + 1, 1, 1)
        return dt.date(self.year, 3 * self.quarter + 1, 1)

    @property
    def last_day(self) -> dt.date:
        """The last day of the period."""
        return self.end - dt.timedelta(days=1)

    @property
    def is_year(self) -> bool:
        """Whether the period is a whole year."""
        return self.quarter is None

    @property
    def last_quarter(self) -> int:
        """The number of the period's last quarter: its own, or 4 for a year."""
        return 4 if self.quarter is None else self.quarter

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.quarter is None else f"{self.year:04d}Q{self.quarter}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day < self.end

    def quarters(self) -> list[Period]:
        """The quarters the period is made of: itself for a quarter, the four of a year."""
        if self.quarter is not None:
            return [self]
        return [Period(self.year, q) for q in range(1, 5)]

    def quarters_ended(self, until: dt.date, first_quarter: int = 1) -> list[Period]:
        """The quarters of the period's year, from `first_quarter` up to the period's last one,
        that have ended by `until` (their end on or before it): the quarters a pace is owed for."""
        quarters = (Period(self.year, q) for q in range(first_quarter, self.last_quarter + 1))
        return [quarter for quarter in quarters if quarter.end <= until]

    def weeks(self) -> list[Week]:
        """The ISO weeks whose Thursday lies in the period, in order."""
        monday = self.start - dt.timedelta(days=self.start.weekday())
        if monday + dt.timedelta(days=3) < self.start:
            monday += dt.timedelta(days=7)
        out = []
        while monday + dt.timedelta(days=3) < self.end:
            out.append(Week.of(monday))
            monday += dt.timedelta(days=7)
        return out


def quarter_of(day: dt.date) -> Period:
    """The quarter that holds `day`."""
    return Period(day.year, (day.month - 1) // 3 + 1)


@dataclass(frozen=True, order=True)
class Week:
    """An ISO week, named by its ISO year and number (2026-W53 may lie partly in 2027)."""

    year: int
    number: int

    @classmethod
    def of(cls, day: dt.date) -> Week:
        """The ISO week that holds `day`."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def monday(self) -> dt.date:
        """The first day of the week."""
        return dt.date.fromisocalendar(self.year, self.number, 1)

    def days(self) -> Iterator[dt.date]:
        """The seven days of the week, Monday first."""
        monday = self.monday
        for offset in range(7):
            yield monday + dt.timedelta(days=offset)

    def day(self, weekday: int) -> dt.date:
        """0 = Monday … 6 = Sunday."""
        return self.monday + dt.timedelta(days=weekday)

    @property
    def sunday(self) -> dt.date:
        """The last day of the week."""
        return self.day(6)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.monday <= day <= self.sunday

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"


def parse_period(text: str, today: dt.date) -> Period:
    """`2026Q2`, `Q2` (this year), `this`, `last` (quarters) or `2026`; ValueError otherwise."""
    text = text.strip()
    if match := _QUARTER.fullmatch(text):
        return Period(int(match[1]), int(match[2]))
    if match := _SHORT_QUARTER.fullmatch(text):
        return Period(today.year, int(match[1]))
    if match := _YEAR.fullmatch(text):
        return Period(int(match[1]))
    current = quarter_of(today)
    if text.lower() == "this":
        return current
    if text.lower() == "last":
        assert current.quarter is not None
        if current.quarter == 1:
            return Period(current.year - 1, 4)
        return Period(current.year, current.quarter - 1)
    raise ValueError(text)


def within_campaign(period: Period, first_year: int, today: dt.date) -> bool:
    """A period one may check, report or seal: from the campaign's first year to next year."""
    return first_year <= period.year <= today.year + 1
