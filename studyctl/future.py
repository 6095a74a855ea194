"""Records that tell of days still to come: a session or essay dated after today, a plan item done
after today. Records tell what happened, not what will (RULES 1.1 point 8), so each is a `schema`
error at the line of the date.

Today is passed in (the CLI reads the one clock); these findings are made after loading, never
cached, because the same file is fine tomorrow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from studyctl.findings import Finding
from studyctl.models import Essay, Plan, Record, Session


def future_date_findings(record: Record, today: dt.date) -> Iterator[Finding]:
    """The `schema` findings of one record for each date of it that lies after `today`."""
    if isinstance(record, Session | Essay):
        if record.date > today:
            yield _finding(record, ("date",), "date", record.date, today)
    elif isinstance(record, Plan):
        for index, item in enumerate(record.items):
            if item.done is not None and item.done > today:
                yield _finding(record, ("items", index, "done"), f"items[{index + 1}].done", item.done, today)


def future_findings(records: Iterable[Record], today: dt.date) -> list[Finding]:
    """The future-date findings of all these records."""
    return [finding for record in records for finding in future_date_findings(record, today)]


def _finding(
    record: Record, path: tuple[str | int, ...], label: str, day: dt.date, today: dt.date
) -> Finding:
    name = record.file.rsplit("/", 1)[-1]
    subject = name.rsplit(".", 1)[0]
    return Finding.make(
        "schema",
        "error",
        record.file,
        record.line(*path),
        subject,
        "schema.future_date",
        field=label,
        date=day.isoformat(),
        today=today.isoformat(),
    )
