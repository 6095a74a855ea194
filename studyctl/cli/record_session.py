"""The conversation of `studyctl log-session` on a terminal: who the session was for, who was late,
on leave or absent, and the whole record shown for confirmation before it is written.

Nothing is recorded that the clerk did not say: the units of a unit's own study are asked for, the
expected participants are shown, and that everyone else was present is a question answered 是/否.
Prompts go to stderr; the answers become the same lists the options give (`--late`, `--absent` …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studyctl.cli import prompting as p
from studyctl.errors import StudyctlError

if TYPE_CHECKING:
    from studyctl.records import Records

# the kinds that are one unit's (or some units') own study: the units must be named
UNIT_KINDS = frozenset({"unit-study"})
# the kinds held for named people rather than whole units
PARTICIPANT_KINDS = frozenset({"group-meeting", "joint-meeting"})
# the kinds that are the whole staff's by definition
WHOLE_STAFF_KINDS = frozenset({"study-day"})


def needs(kind: str) -> str | None:
    """What a session of `kind` must be told beyond its kind: `--units`, `--participants` or nothing
    (the whole staff, or units asked with the whole staff as the answer to Enter)."""
    if kind in UNIT_KINDS:
        return "--units"
    if kind in PARTICIPANT_KINDS:
        return "--participants"
    return None


@dataclass
class Attendance:
    """What the clerk said about attendance, as the options would say it."""

    late: list[str] = field(default_factory=list)  # ids
    leave: list[str] = field(default_factory=list)  # id:reason
    absent: list[str] = field(default_factory=list)  # id:reason


def ask_units(records: Records, kind: str, lang: str) -> list[str]:
    """The units of the session, from the numbered list of unit names (several: 1,3 or 党政办 财政所).
    For a kind that is not one unit's own study, Enter means the whole staff."""
    from studyctl.messages import t
    from studyctl.names import pick, split_list

    units = sorted(records.units.values(), key=lambda u: u.id)
    options = [(u.id, [u.name]) for u in units]
    listing = "  ".join(f"{n} {u.name}" for n, u in enumerate(units, start=1))
    p.show_grid([u.name for u in units], t("clerk.prompt.units_list", lang))
    required = kind in UNIT_KINDS

    def convert(text: str) -> list[str]:
        if not text:
            if required:
                raise StudyctlError("clerk.units_required")
            return ["all"]
        chosen = []
        for token in split_list(text):
            found = pick(token, options)
            if found is None:
                raise StudyctlError(
                    "store.bad_choice", value=token, option=t("store.prompt.unit", lang), choices=listing
                )
            if found not in chosen:
                chosen.append(found)
        return chosen

    key = "clerk.prompt.units" if required else "clerk.prompt.units_or_all"
    return p.ask_text(t(key, lang), lang, convert)


def ask_participants(records: Records, day: dt.date, lang: str) -> list[str]:
    """The people a group or joint meeting was for, from the numbered grid of active members."""
    from studyctl.messages import t

    active = sorted(m.id for m in records.members.values() if m.active_on(day))
    p.show_grid([records.member_name(m) for m in active], t("clerk.prompt.members_grid", lang))

    def convert(text: str) -> list[str]:
        chosen = _members_named(text, active, records, day)
        if not chosen:
            raise StudyctlError("clerk.participants_required")
        return chosen

    return p.ask_text(t("clerk.prompt.participants", lang), lang, convert)


def _members_named(text: str, shown: list[str], records: Records, day: dt.date) -> list[str]:
    """Members named by their number in the grid shown, their name or their id."""
    from studyctl.names import resolve_member, split_list

    chosen: list[str] = []
    for token in split_list(text):
        if token.isdigit():
            number = int(token)
            if not 1 <= number <= len(shown):
                raise StudyctlError("clerk.no_number", value=token, count=len(shown))
            member = shown[number - 1]
        else:
            found = resolve_member(token, records.members, records.units, day)
            if found.member is None:
                raise StudyctlError(found.problem, value=token, candidates=found.candidates or "-")
            member = found.member
        if member not in chosen:
            chosen.append(member)
    return chosen


def ask_attendance(records: Records, day: dt.date, expected: list[str], lang: str) -> Attendance:
    """Who of `expected` was late, on leave or absent (each of the last two with a reason); Enter
    means nobody. Then whether everyone else was present, answered 是/否: a 否 asks again."""
    from studyctl.messages import t

    while True:
        names = [records.member_name(m) for m in expected]
        p.show_grid(names, t("clerk.prompt.expected", lang, count=len(expected)))
        said: dict[str, str] = {}
        result = Attendance()
        for status in ("late", "leave", "absent"):
            convert = _attendance_names(records, day, expected, said, lang)
            named = p.ask_text(t(f"clerk.prompt.{status}", lang), lang, convert)
            for member in named:
                said[member] = status
                if status == "late":
                    result.late.append(member)
                    continue
                question = t(f"clerk.prompt.reason_{status}", lang, name=records.member_name(member))
                reason = p.ask_text(question, lang, _reason)
                (result.leave if status == "leave" else result.absent).append(f"{member}:{reason}")
        others = len(expected) - len(said)
        if p.confirm(t("clerk.prompt.others_present", lang, count=others), lang, default=None):
            return result


def resolved_entry(entry: str, member: Callable[[str], str]) -> str:
    """`张伟:病假` as `zhang-wei:病假` (a `--leave` or `--absent` value, for the table shown)."""
    import re

    name, reason = [*re.split(r"[:：]", entry, maxsplit=1), ""][:2]
    return f"{member(name)}:{reason.strip()}"


def _attendance_names(
    records: Records, day: dt.date, expected: list[str], said: dict[str, str], lang: str
) -> Callable[[str], list[str]]:
    """A converter: the expected participants named, none of them named twice."""
    from studyctl.messages import t

    def convert(text: str) -> list[str]:
        named = _members_named(text, expected, records, day)
        for member in named:
            if member not in expected:
                raise StudyctlError("clerk.not_expected", name=records.member_name(member))
            if member in said:
                status = t(f"clerk.status.{said[member]}", lang)
                raise StudyctlError("clerk.said_already", name=records.member_name(member), status=status)
        return named

    return convert


def _reason(text: str) -> str:
    if not text.strip():
        raise StudyctlError("clerk.reason_required")
    return text.strip()


def show_record(records: Records, data: dict[str, object], lang: str) -> None:
    """The record about to be written, as a table of its fields, on stderr."""
    from rich.table import Table

    from studyctl.cli.output import err
    from studyctl.messages import t

    table = Table(show_header=False, box=None, pad_edge=False, title=t("clerk.record_title", lang))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for key, value in data.items():
        table.add_row(t(f"clerk.field.{key}", lang), str(value))
    err().print(table, highlight=False)


def session_summary(
    records: Records,
    day: dt.date,
    kind: str,
    units: list[str],
    participants: list[str],
    host: str,
    topic: str,
    area: str,
    recorder: str,
    minutes: str,
    expected: list[str],
    said: Attendance,
    lang: str,
) -> dict[str, object]:
    """The fields of the session in the clerk's words, for `show_record`."""
    from studyctl.messages import t

    def names(members: list[str]) -> str:
        return "、".join(records.member_name(m) for m in members) or t("clerk.nobody", lang)

    def with_reasons(entries: list[str]) -> str:
        parts = []
        for entry in entries:
            member, reason = entry.split(":", 1)
            parts.append(t("clerk.with_reason", lang, name=records.member_name(member), reason=reason))
        return "、".join(parts) or t("clerk.nobody", lang)

    named = {*said.late, *(e.split(":", 1)[0] for e in said.leave + said.absent)}
    present = [m for m in expected if m not in named]
    if "all" in units:
        whose = t("clerk.whole_staff", lang)
    else:
        whose = "、".join(records.units[u].name if u in records.units else u for u in units)
    text = minutes.strip().replace("\n", " ")
    data: dict[str, object] = {
        "date": day.isoformat(),
        "kind": t(f"kind.{kind}", lang),
        "units": whose,
    }
    if participants:
        data["participants"] = names(participants)
    data |= {
        "host": records.member_name(host),
        "topic": topic,
        "area": t(f"area.{area}", lang),
        "recorder": records.member_name(recorder),
        "minutes": text if len(text) <= 60 else text[:60] + "…",
        "present": t("clerk.count_of", lang, count=len(present), names=names(present)),
        "late": names(said.late),
        "leave": with_reasons(said.leave),
        "absent": with_reasons(said.absent),
    }
    return data
