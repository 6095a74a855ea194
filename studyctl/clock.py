"""The one clock: the day studyctl takes as today.

Only the CLI asks for it, once per command, and passes the day down to everything below; no other
module reads the date. `STUDYCTL_TODAY=YYYY-MM-DD` pins it, so that tests, the documentation's
examples and a clerk re-running last week's report all see the same day.
"""

from __future__ import annotations

import datetime as dt
import os

from studyctl.errors import StudyctlError

ENV = "STUDYCTL_TODAY"


def today() -> dt.date:
    """The day of this run: `STUDYCTL_TODAY` when set, else the system's date."""
    pinned = os.environ.get(ENV, "").strip()
    if not pinned:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(pinned)
    except ValueError:
        raise StudyctlError("clock.bad_today", value=pinned) from None


NOW_ENV = "STUDYCTL_NOW"


def now() -> dt.datetime:
    """The moment of this run, with its time zone: `STUDYCTL_NOW` (ISO 8601) when set, else the
    system's clock. Only the age of a county's fetched copies asks for more than the day."""
    pinned = os.environ.get(NOW_ENV, "").strip()
    if not pinned:
        return dt.datetime.now().astimezone().replace(microsecond=0)
    try:
        moment = dt.datetime.fromisoformat(pinned)
    except ValueError:
        raise StudyctlError("clock.bad_now", value=pinned) from None
    return moment if moment.tzinfo is not None else moment.astimezone()
