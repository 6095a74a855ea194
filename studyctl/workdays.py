"""Working days in China: public holidays and make-up working days (调休), with local overrides.

The `holidays` package knows the State Council's arrangement for the years it has been published;
for later years it only estimates the holidays and knows no make-up days. `arrangement_known`
tells the two apart so that a check can say so instead of silently guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=64)
def _china(year: int):  # type: ignore[no-untyped-def]
    import holidays

    return holidays.China(years=year)


@lru_cache(maxsize=1)
def _published_years() -> frozenset[int]:
    from holidays.countries.china import ChinaStaticHolidays

    return frozenset(ChinaStaticHolidays.special_public_holidays)


def arrangement_known(year: int) -> bool:
    """True when the official holiday arrangement of `year` (with its 调休) is in the package."""
    return year in _published_years()


class Calendar:
    """Answers "is this a working day?" with the `calendar:` overrides of studyctl.yaml applied last."""

    def __init__(self, holidays: Iterable[dt.date] = (), workdays: Iterable[dt.date] = ()) -> None:
        self.extra_holidays = frozenset(holidays)
        self.extra_workdays = frozenset(workdays)

    def is_workday(self, day: dt.date) -> bool:
        """Whether `day` is a working day: the local overrides first, then the national arrangement."""
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return True
        return bool(_china(day.year).is_working_day(day))

    def workdays_in(self, days: Iterable[dt.date]) -> list[dt.date]:
        """The working days among `days`, in their order."""
        return [d for d in days if self.is_workday(d)]
