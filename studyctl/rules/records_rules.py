"""The record rules: `reference` is checked here; `yaml`, `schema`, `location` and `duplicate`
are found while loading (see `records.py`) and only listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from studyctl.findings import Finding
from studyctl.models import ALL_UNITS, Record
from studyctl.periods import Period
from studyctl.records import Records
from studyctl.rules import Context, Rule


def check_references(context: Context) -> Iterator[Finding]:
    records = context.records
    refs = _References(records)
    for unit_member in records.members.values():
        # a member belongs to one real unit: `all` is only for whom a session or schedule is meant
        yield from refs.unit(unit_member, unit_member.unit, ("unit",), all_allowed=False)
    for schedule in records.schedules.values():
        for index, entry in enumerate(schedule.entries):
            for position, unit in enumerate(entry.units):
                yield from refs.unit(schedule, unit, ("entries", index, "units", position))
            if entry.host is not None:
                yield from refs.active(schedule, entry.host, entry.date, ("entries", index, "host"), "host")
    for session in records.sessions.values():
        for position, unit in enumerate(session.units):
            yield from refs.unit(session, unit, ("units", position))
        for position, member in enumerate(session.participants):
            yield from refs.member(session, member, ("participants", position))
        yield from refs.active(session, session.host, session.date, ("host",), "host")
        if session.minutes is not None and session.minutes.recorder is not None:
            yield from refs.active(
                session, session.minutes.recorder, session.date, ("minutes", "recorder"), "recorder"
            )
        for member in session.attendance:
            yield from refs.member(session, member, ("attendance", member))
    for plan in records.plans.values():
        yield from refs.member(plan, plan.member, ("member",))
    for essay in records.essays.values():
        yield from refs.member(essay, essay.author, ("author",))
        if essay.session is not None and not _session_exists(records, essay.session):
            yield refs.finding(essay, ("session",), "reference.session", value=essay.session)
    for review in records.reviews.values():
        yield from refs.member(review, review.member, ("member",))
        quarter = Period(int(review.quarter[:4]), int(review.quarter[5]))
        yield from refs.active_during(review, review.reviewer, quarter, ("reviewer",))
    for report in records.self_reports.values():
        yield from refs.member(report, report.member, ("member",))


def _session_exists(records: Records, session_id: str) -> bool:
    if session_id in records.sessions:
        return True
    year = session_id[:4]
    return year.isdigit() and (records.root / "sessions" / year / f"{session_id}.yaml").is_file()


class _References:
    def __init__(self, records: Records) -> None:
        self.records = records

    def finding(
        self,
        record: Record,
        path: tuple[str | int, ...],
        key: str,
        member: str | None = None,
        **params: object,
    ) -> Finding:
        subject = record.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return Finding.make(
            "reference", "error", record.file, record.line(*path), subject, key, member=member, **params
        )

    def unit(
        self, record: Record, unit: str, path: tuple[str | int, ...], all_allowed: bool = True
    ) -> Iterator[Finding]:
        if (unit != ALL_UNITS or not all_allowed) and unit not in self.records.units:
            yield self.finding(record, path, "reference.unit", value=unit)

    def member(self, record: Record, member: str, path: tuple[str | int, ...]) -> Iterator[Finding]:
        if member not in self.records.members:
            yield self.finding(record, path, "reference.member", member, value=member)

    def active(
        self, record: Record, member: str, day: dt.date, path: tuple[str | int, ...], role: str
    ) -> Iterator[Finding]:
        known = self.records.members.get(member)
        if known is None:
            yield self.finding(record, path, "reference.member", member, value=member)
        elif not known.active_on(day):
            key = f"reference.inactive_{role}"
            yield self.finding(record, path, key, member, value=member, date=day.isoformat())

    def active_during(
        self, record: Record, member: str, period: Period, path: tuple[str | int, ...]
    ) -> Iterator[Finding]:
        known = self.records.members.get(member)
        if known is None:
            yield self.finding(record, path, "reference.member", member, value=member)
        elif not known.active_during(period.start, period.end):
            key = "reference.inactive_reviewer"
            yield self.finding(record, path, key, member, value=member, date=str(period))


RULES = [
    Rule("yaml", "records"),
    Rule("schema", "records"),
    Rule("reference", "records", check_references),
    Rule("duplicate", "records"),
    Rule("location", "records"),
]
