"""The `reference` rule's judgment: every member, unit and session that a record names (the table
of kinds says which fields name what) must exist, and be active when the record needs it.

- a host or recorder must be active on the session's (or schedule entry's) day; a reviewer at
  some time in the quarter reviewed;
- an essay dated on or after its author's `left`, a review of a quarter that began on or after the
  member's `left`, a self-report for a year that began on or after it, are records of a member who
  had left (RULES 1.1 point 9);
- a name of a record that failed to load (`yaml`, `schema`) is not judged: that record has its
  finding already. It is counted instead, per broken file, so that the summary can say how many
  references wait on it (RULES 1.1 point 11).

It lives beside the loader, below the rules, because the store judges a new record by it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from studyctl.findings import Finding
from studyctl.kinds import KINDS, Kind, Named
from studyctl.models import ALL_UNITS, Record
from studyctl.records import Records


@dataclass
class Judged:
    """The `reference` findings, and per broken file the names of it that were not judged."""

    findings: list[Finding] = field(default_factory=list)
    waiting: Counter[str] = field(default_factory=Counter)


def judge_references(records: Records, items: Iterable[tuple[Kind, Record]] | None = None) -> Judged:
    """Judge every name in `items` (kind, record), or in every loaded record."""
    if items is None:
        items = ((kind, record) for kind, table in records.tables() for record in table.values())
    judged = Judged()
    members = records.members
    for kind, record in items:
        for named in kind.names(record):
            # most names are a member in an attendance list: one who exists is all there is to it
            if (
                named.target == "members"
                and named.active_on is None
                and named.active_during is None
                and named.not_left_by is None
                and named.value in members
            ):
                continue
            judged.findings.extend(_judge(records, record, named, judged.waiting))
    return judged


def reference_findings(records: Records, items: Iterable[tuple[Kind, Record]] | None = None) -> list[Finding]:
    """The `reference` findings of `items`, or of every loaded record."""
    return judge_references(records, items).findings


def _finding(record: Record, named: Named, key: str, member: str | None = None, **params: Any) -> Finding:
    subject = record.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return Finding.make(
        "reference", "error", record.file, record.line(*named.path), subject, key, member=member, **params
    )


def _broken(records: Records, target: str, value: str) -> str | None:
    """The file of the record called `value` that failed to load, if there is one."""
    return records.broken.get(target, {}).get(value)


def _judge(records: Records, record: Record, named: Named, waiting: Counter[str]) -> Iterator[Finding]:
    value = named.value
    if named.target == "units":
        if value == ALL_UNITS and named.all_allowed:
            return
        if value not in records.units:
            broken = _broken(records, "units", value)
            if broken is not None:
                waiting[broken] += 1
            else:
                yield _finding(record, named, "reference.unit", value=value)
        return
    if named.target == "sessions":
        if value in records.sessions:
            return
        broken = _broken(records, "sessions", value)
        if broken is not None:
            waiting[broken] += 1
        elif not _session_on_disk(records, value):
            yield _finding(record, named, "reference.session", value=value)
        return
    if named.target != "members":
        if value not in records.table(named.target):
            broken = _broken(records, named.target, value)
            if broken is not None:
                waiting[broken] += 1
            else:
                yield _finding(record, named, "reference.record", kind=named.target, value=value)
        return
    member = records.members.get(value)
    if member is None:
        broken = _broken(records, "members", value)
        if broken is not None:
            waiting[broken] += 1
        else:
            yield _finding(record, named, "reference.member", value, value=value)
        return
    if named.active_on is not None and not member.active_on(named.active_on):
        key = f"reference.inactive_{named.role}"
        yield _finding(record, named, key, value, value=value, date=named.active_on.isoformat())
    if named.active_during is not None:
        start, end, label = named.active_during
        if not member.active_during(start, end):
            yield _finding(record, named, f"reference.inactive_{named.role}", value, value=value, date=label)
    if named.not_left_by is not None and member.left is not None:
        day, label = named.not_left_by
        if day >= member.left:
            key = f"reference.left_{named.role}"
            yield _finding(record, named, key, value, value=value, date=label, left=member.left.isoformat())


def _session_on_disk(records: Records, session_id: str) -> bool:
    """A session of a year partition that was not loaded."""
    rel = KINDS["sessions"].path_of(session_id)
    return rel is not None and (records.root / rel).is_file()
