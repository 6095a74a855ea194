"""What each recording command writes: the clerk's input turned into one record, saved by the store.

Every function here takes the records folder's lock (`store.transaction`), reads the organization,
resolves the names the clerk typed (ids or Chinese names), builds the record's fields in the order
of the records format, and saves it with one commit whose subject is in the configured language.
Problems with the input are findings, all reported together; nothing is written then.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studyctl import git
from studyctl.domain import expected_members
from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.messages import t
from studyctl.models import ALL_UNITS, AREAS, KINDS, Member, Plan, Record, Session, Unit
from studyctl.names import (
    describe,
    initials,
    member_id,
    resolve_member,
    resolve_unit,
    slug_of,
    split_list,
)
from studyctl.periods import quarter_of
from studyctl.records import Records
from studyctl.rules import Context
from studyctl.rules.five_haves import check_attendance
from studyctl.signin import attendance_from_sheet, decode_text, read_sheet
from studyctl.store import Draft, Refused, Saved, check_name, load_organization, transaction
from studyctl.yamlio import YamlProblem, parse_yaml

_REASON_SEPARATOR = re.compile(r"[:：]")


class _Problems:
    """Findings about the input of one record, collected so that all are reported at once."""

    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.subject = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        self.findings: list[Finding] = []

    def add(self, key: str, member: str | None = None, rule: str = "reference", **params: object) -> None:
        self.findings.append(Finding.make(rule, "error", self.rel, None, self.subject, key, member, **params))

    def member(self, token: str, records: Records, day: dt.date | None = None) -> str:
        found = resolve_member(token, records.members, records.units, day)
        if found.member is None:
            self.add(found.problem, value=token, candidates=found.candidates or "-")
            return token
        return found.member

    def unit(self, token: str, units: Mapping[str, Unit]) -> str:
        found = resolve_unit(token, units)
        if found is None:
            self.add("reference.unit", value=token)
            return token
        return found

    def raise_if_any(self) -> None:
        if self.findings:
            raise Refused(self.rel, self.findings)


def _known_member(token: str, records: Records, day: dt.date | None = None) -> str:
    """The member a command is about (its file is named after them): unknown or ambiguous stops it."""
    found = resolve_member(token, records.members, records.units, day)
    if found.member is None:
        raise StudyctlError(found.problem, value=token, candidates=found.candidates or "-")
    return found.member


def kind_name(kind: str, lang: str) -> str:
    """The session kind's name in `lang`."""
    return t(f"kind.{kind}", lang)


def parse_kind(text: str) -> str | None:
    """A kind by id (study-day) or by its Chinese or English name (周五学习日)."""
    text = text.strip()
    if text in KINDS:
        return text
    for kind in KINDS:
        if text in (t(f"kind.{kind}", "zh"), t(f"kind.{kind}", "en")):
            return kind
    return None


def parse_area(text: str) -> str | None:
    """A study area by id (politics) or by its Chinese or English name; None for none of them."""
    text = text.strip()
    if text in AREAS:
        return text
    for area in AREAS:
        if text in (t(f"area.{area}", "zh"), t(f"area.{area}", "en")):
            return area
    return None


def _commit_subject(records: Records, key: str, **params: object) -> str:
    return t(key, records.config.language, **params)


# --- sessions ------------------------------------------------------------------------------------


@dataclass
class SessionInput:
    """A session as the clerk gives it: names may be ids or Chinese names."""

    date: dt.date
    kind: str
    host: str
    topic: str
    area: str
    recorder: str
    minutes: str
    units: list[str] = field(default_factory=lambda: [ALL_UNITS])
    participants: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # ID:REASON
    leave: list[str] = field(default_factory=list)  # ID:REASON
    late: list[str] = field(default_factory=list)
    sheet: bytes | None = None
    sheet_name: str = ""
    slug: str | None = None


def session_path(date: dt.date, kind: str, units: list[str], slug: str | None = None) -> str:
    """sessions/<year>/<date>-<kind>[-<unit>…].yaml (or <date>-<slug>.yaml)."""
    if slug is None:
        slug = kind if ALL_UNITS in units or not units else "-".join([kind, *units])
    return f"sessions/{date.year}/{date.isoformat()}-{slug}.yaml"


def log_session(
    root: Path,
    entry: SessionInput,
    replace: bool = False,
    commit: bool = True,
    today: dt.date | None = None,
    sealed_ok: str | None = None,
) -> Saved:
    """Write a session and its attendance, from a sign-in sheet or from the absent, leave and late flags
    (everyone else expected is present); the problems found are shown together and nothing is written."""
    if entry.sheet is not None and (entry.absent or entry.leave or entry.late):
        raise StudyctlError("store.sheet_and_flags")
    if entry.slug is not None:
        check_name("--slug", entry.slug)
    with transaction(root, "log-session", today, sealed_ok=sealed_ok) as tx:
        records = tx.organization
        units = [ALL_UNITS] if ALL_UNITS in entry.units else entry.units
        problems = _Problems(session_path(entry.date, entry.kind, units, entry.slug))
        units = [problems.unit(u, records.units) for u in units] or [ALL_UNITS]
        problems.rel = session_path(entry.date, entry.kind, units, entry.slug)
        problems.subject = problems.rel.rsplit("/", 1)[-1][: -len(".yaml")]
        participants = [problems.member(p, records, entry.date) for p in entry.participants]
        host = problems.member(entry.host, records, entry.date)
        recorder = problems.member(entry.recorder, records, entry.date)
        expected = expected_members(records.members, entry.date, units, participants)
        attendance = {member: ("present", "") for member in expected}
        if entry.sheet is not None:
            from_sheet = attendance_from_sheet(
                read_sheet(entry.sheet, entry.sheet_name),
                entry.sheet_name,
                records.members,
                records.units,
                expected,
                entry.date,
            )
            problems.findings.extend(from_sheet.findings)
            attendance.update(from_sheet.attendance)
        else:
            _apply_flags(problems, records, entry, attendance)
        problems.raise_if_any()
        data: dict[str, Any] = {"date": entry.date, "kind": entry.kind, "units": units}
        if participants:
            data["participants"] = participants
        data.update(host=host, topic=entry.topic, area=entry.area)
        data["minutes"] = {"recorder": recorder, "text": _text_block(entry.minutes)}
        data["attendance"] = {
            member: status if status in ("present", "late") else {"status": status, "reason": reason}
            for member, (status, reason) in attendance.items()
        }
        what = kind_name(entry.kind, records.config.language)
        if ALL_UNITS not in units:
            what += " " + "、".join(records.units[u].name for u in units if u in records.units)
        subject = _commit_subject(records, "store.commit.session", date=entry.date.isoformat(), what=what)
        draft = Draft(problems.rel, "sessions", data, replace=replace, judge=attendance_findings)
        return tx.save(draft, subject, commit)


def _apply_flags(
    problems: _Problems, records: Records, entry: SessionInput, attendance: dict[str, tuple[str, str]]
) -> None:
    named: dict[str, str] = {}
    flagged = [("absent", text) for text in entry.absent] + [("leave", text) for text in entry.leave]
    flagged += [("late", text) for text in entry.late]
    for status, text in flagged:
        token, reason = [*_REASON_SEPARATOR.split(text, maxsplit=1), ""][:2]
        if status == "late":
            token, reason = text, ""
        member = problems.member(token, records, entry.date)
        if member not in records.members:
            continue
        if member in named:
            problems.add("store.flag_twice", member, rule="attendance", name=token, first=named[member])
            continue
        named[member] = status
        if status != "late" and not reason.strip():
            problems.add("store.flag_no_reason", member, rule="attendance", name=token, flag=f"--{status}")
            continue
        attendance[member] = (status, reason.strip())


def _text_block(text: str) -> str:
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


# --- members and units ---------------------------------------------------------------------------


@dataclass
class MemberInput:
    """A new member as typed: name, unit, role, birthday, education, party membership, joining day, and the id
    if one was chosen."""

    name: str
    unit: str
    role: str
    born: dt.date
    education: str
    party_member: bool
    joined: dt.date
    office_automation: bool | None = None
    id: str | None = None


def add_member(
    root: Path, entry: MemberInput, same_name: bool = False, backdate: bool = False, commit: bool = True
) -> tuple[str, Saved]:
    """Add a member. A name an active member already has needs `same_name`; a `joined` date with
    sessions after it (which lack the new member's attendance) needs `backdate`."""
    if entry.id is not None:
        check_name("--id", entry.id)
    with transaction(root, "member-add") as tx:
        records = tx.organization
        namesakes = [
            m for m in records.members.values() if m.name == entry.name.strip() and m.active_on(entry.joined)
        ]
        if namesakes and not same_name:
            raise StudyctlError(
                "clerk.same_name", name=entry.name.strip(), existing=describe(namesakes, records.units)
            )
        if not backdate:
            lacking = sessions_expecting(root, entry.unit, records, entry.joined)
            if lacking:
                raise StudyctlError("clerk.backdate", date=entry.joined.isoformat(), count=lacking)
        taken = set(records.members) | _file_ids(root / "members")
        new_id = entry.id or member_id(entry.name, taken)
        rel = f"members/{new_id}.yaml"
        problems = _Problems(rel)
        unit = problems.unit(entry.unit, records.units)
        problems.raise_if_any()
        data: dict[str, Any] = {
            "id": new_id,
            "name": entry.name.strip(),
            "unit": unit,
            "role": entry.role,
            "born": entry.born,
            "education": entry.education,
            "party_member": entry.party_member,
        }
        if entry.office_automation is not None:
            data["office_automation"] = entry.office_automation
        data["joined"] = entry.joined
        subject = _commit_subject(records, "store.commit.member_add", name=entry.name.strip(), id=new_id)
        return new_id, tx.save(Draft(rel, "members", data), subject, commit)


def sessions_expecting(root: Path, unit: str, records: Records, joined: dt.date) -> int:
    """How many recorded sessions on or after `joined` a new member of `unit` would have been
    expected at (each lacks their attendance)."""
    from studyctl.records import load_records

    found = resolve_unit(unit, records.units) or unit
    last = max((int(p.name) for p in (root / "sessions").glob("[0-9]" * 4) if p.is_dir()), default=0)
    if last < joined.year:
        return 0
    sessions = load_records(root, years=range(joined.year, last + 1), kinds=("sessions",)).sessions
    return sum(
        1
        for session in sessions.values()
        if session.date >= joined
        and not session.participants
        and (ALL_UNITS in session.units or found in session.units)
    )


def _file_ids(folder: Path) -> set[str]:
    """Ids taken by files, also by ones that do not load: a new id must not clash with them."""
    try:
        return {p.stem for p in folder.iterdir() if p.suffix == ".yaml"}
    except OSError:
        return set()


def member_leave(root: Path, who: str, day: dt.date, commit: bool = True) -> tuple[str, Saved]:
    """Record the day a member leaves: `left` set on the member's record, which is kept."""
    with transaction(root, "member-leave") as tx:
        records = tx.organization
        member = _known_member(who, records)
        rel = f"members/{member}.yaml"
        record, _, _, seen = tx.read(rel, "members")
        assert isinstance(record, Member)
        if record.left is not None:
            raise StudyctlError("store.already_left", name=record.name, date=record.left.isoformat())
        if day <= record.joined:
            raise StudyctlError(
                "store.leave_before_joined", name=record.name, joined=record.joined.isoformat()
            )
        data = record.model_dump(exclude_none=True)
        data["left"] = day
        subject = _commit_subject(
            records, "store.commit.member_leave", name=record.name, date=day.isoformat()
        )
        return member, tx.save(Draft(rel, "members", data, read_as=seen), subject, commit)


def unit_id(name: str, taken: set[str]) -> str:
    """A unit's id: the initials of its name in pinyin (党政办 → dzb), made unique."""
    return member_id(initials(name) or "unit", taken)


def add_unit(root: Path, name: str, new_id: str | None = None, commit: bool = True) -> tuple[str, Saved]:
    """Add a unit; its id is chosen from its name unless given."""
    if new_id is not None:
        check_name("--id", new_id)
    with transaction(root, "unit-add") as tx:
        records = tx.organization
        same = [u for u in records.units.values() if u.name == name.strip()]
        if same:
            raise StudyctlError("clerk.unit_exists", name=name.strip(), id=same[0].id)
        taken = set(records.units) | _file_ids(root / "units")
        chosen = new_id or unit_id(name, taken)
        rel = f"units/{chosen}.yaml"
        subject = _commit_subject(records, "store.commit.unit_add", name=name.strip(), id=chosen)
        return chosen, tx.save(Draft(rel, "units", {"id": chosen, "name": name.strip()}), subject, commit)


# --- plans ---------------------------------------------------------------------------------------


def plan_template(records: Records, member: str, year: int, lang: str) -> str:
    """The YAML the clerk fills in $EDITOR: goals, the essays target and one item per area."""
    name = records.member_name(member)
    lines = [
        f"# {t('store.template.plan', lang, name=name, year=year)}",
        "goals: ",
        f"essays_target: {records.config.rules.essays_per_year}",
        "items:",
    ]
    for area in AREAS:
        lines += [
            f"  - area: {area:<10} # {t(f'area.{area}', lang)}",
            "    content: ",
            f"    due: {year}-12-31",
        ]
    return "\n".join(lines) + "\n"


@dataclass
class PlanInput:
    """A new study plan as typed: the member, the year, the goals, the essays aimed at and the items (area,
    content, due day)."""

    member: str
    year: int
    goals: str
    essays_target: int | None
    items: list[tuple[str, str, dt.date]]  # (area, content, due)


def plan_from_template(text: str, member: str, year: int) -> PlanInput:
    """The plan the clerk wrote in the template; an empty item is left out."""
    try:
        data, _ = parse_yaml(text)
    except YamlProblem as problem:
        raise StudyctlError(
            "store.template_broken", line=problem.line or "?", detail=problem.detail
        ) from None
    items = []
    for item in data.get("items") or []:
        if isinstance(item, dict) and (item.get("content") or "").strip():
            due = _template_date(item.get("due") or f"{year}-12-31")
            items.append((item.get("area") or "", item["content"].strip(), due))
    target = data.get("essays_target")
    if target is not None and not str(target).isdigit():
        raise StudyctlError("store.template_broken", line="essays_target", detail=str(target))
    goals = (data.get("goals") or "").strip()
    return PlanInput(member, year, goals, None if target is None else int(target), items)


def _template_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise StudyctlError("cli.bad_date", value=text) from None


def new_plan(
    root: Path, entry: PlanInput, replace: bool = False, commit: bool = True, today: dt.date | None = None
) -> Saved:
    """Write a member's study plan for a year; the essays aimed at default to the rules' figure."""
    with transaction(root, "plan-new", today) as tx:
        records = tx.organization
        member = _known_member(entry.member, records)
        rel = f"plans/{entry.year}/{member}.yaml"
        target = (
            entry.essays_target if entry.essays_target is not None else records.config.rules.essays_per_year
        )
        data = {
            "member": member,
            "year": entry.year,
            "goals": entry.goals,
            "essays_target": target,
            "items": [{"area": a, "content": c, "due": d} for a, c, d in entry.items],
        }
        subject = _commit_subject(
            records, "store.commit.plan_new", name=records.member_name(member), year=entry.year
        )
        return tx.save(Draft(rel, "plans", data, replace=replace), subject, commit)


def plan_done(
    root: Path,
    who: str,
    year: int,
    item: str,
    day: dt.date,
    commit: bool = True,
    today: dt.date | None = None,
) -> tuple[str, Saved]:
    """Mark a plan item done: ITEM is its number (1, 2, …) or words of its content. With `today`,
    a `day` after it is refused."""
    with transaction(root, "plan-done", today) as tx:
        records = tx.organization
        member = _known_member(who, records)
        rel = f"plans/{year}/{member}.yaml"
        plan, _, _, seen = tx.read(rel, "plans")
        assert isinstance(plan, Plan)
        index = _plan_item(plan, item)
        chosen = plan.items[index]
        if chosen.done is not None:
            raise StudyctlError("store.item_done", content=chosen.content, date=chosen.done.isoformat())
        data = plan.model_dump(exclude_none=True)
        data["items"][index]["done"] = day
        subject = _commit_subject(
            records, "store.commit.plan_done", name=records.member_name(member), content=chosen.content
        )
        return chosen.content, tx.save(Draft(rel, "plans", data, read_as=seen), subject, commit)


def _plan_item(plan: Plan, item: str) -> int:
    listing = "; ".join(f"{n}. {i.content}" for n, i in enumerate(plan.items, start=1))
    if item.isdigit():
        if 1 <= int(item) <= len(plan.items):
            return int(item) - 1
        raise StudyctlError("store.no_item", value=item, items=listing)
    matches = [n for n, i in enumerate(plan.items) if item in i.content]
    if len(matches) == 1:
        return matches[0]
    raise StudyctlError("store.no_item" if not matches else "store.many_items", value=item, items=listing)


# --- schedules -----------------------------------------------------------------------------------


@dataclass
class ScheduleRow:
    """One row of a schedule as typed or read from a file: day, kind, topic, host and units, still text."""

    date: str
    kind: str
    topic: str
    host: str = ""
    units: str = ""


SCHEDULE_HEADERS = {
    "date": ("date", "日期"),
    "kind": ("kind", "类型", "形式"),
    "topic": ("topic", "主题", "内容", "学习内容"),
    "host": ("host", "主持人", "主持"),
    "units": ("units", "单位", "范围", "参加单位"),
}


def schedule_rows_from_file(data: bytes, name: str) -> list[ScheduleRow]:
    """Entries from a CSV (date, kind, topic, host, units; or 日期, 类型, 主题, 主持人, 单位) or from
    YAML in the records format (`entries:`)."""
    text, _ = decode_text(data)
    if not name.lower().endswith(".csv"):
        try:
            parsed, _ = parse_yaml(text)
        except YamlProblem as problem:
            raise StudyctlError(
                "store.template_broken", line=problem.line or "?", detail=problem.detail
            ) from None
        rows = []
        for entry in parsed.get("entries") or []:
            if isinstance(entry, dict):
                units = entry.get("units") or []
                rows.append(
                    ScheduleRow(
                        entry.get("date") or "",
                        entry.get("kind") or "",
                        entry.get("topic") or "",
                        entry.get("host") or "",
                        ",".join(units) if isinstance(units, list) else str(units),
                    )
                )
        return rows
    table = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not table:
        return []
    header = [cell.strip().lower() for cell in table[0]]
    columns = {}
    for key, names in SCHEDULE_HEADERS.items():
        columns[key] = next((i for i, cell in enumerate(header) if cell in names), None)
    if columns["date"] is None or columns["kind"] is None or columns["topic"] is None:
        raise StudyctlError("store.schedule_header", path=name)

    def cell(row: list[str], key: str) -> str:
        index = columns[key]
        return row[index].strip() if index is not None and index < len(row) else ""

    return [ScheduleRow(*(cell(row, key) for key in SCHEDULE_HEADERS)) for row in table[1:]]


def schedule_row_from_flag(text: str) -> ScheduleRow:
    """`DATE,KIND,TOPIC[,HOST[,UNITS]]` (units separated by / or 、)."""
    cells = next(csv.reader([text]))
    if len(cells) < 3:
        raise StudyctlError("store.bad_entry", value=text)
    cells = [c.strip() for c in cells] + ["", ""]
    return ScheduleRow(cells[0], cells[1], cells[2], cells[3], cells[4].replace("/", ","))


def publish_schedule(
    root: Path,
    rows: list[ScheduleRow],
    published: dt.date,
    name: str | None = None,
    replace: bool = False,
    commit: bool = True,
    sealed_ok: str | None = None,
) -> Saved:
    """Write a schedule of the rows given, published on `published`."""
    if not rows:
        raise StudyctlError("store.no_entries")
    if name is not None:
        check_name("--name", name)
    with transaction(root, "schedule-publish", sealed_ok=sealed_ok) as tx:
        records = tx.organization
        entries = []
        dates = []
        problems = _Problems("schedules/?.yaml")
        for row in rows:
            try:
                day = dt.date.fromisoformat(row.date)
            except ValueError:
                problems.add("store.entry_date", rule="schema", value=row.date)
                continue
            kind = parse_kind(row.kind)
            if kind is None:
                problems.add("store.entry_kind", rule="schema", value=row.kind, kinds=", ".join(KINDS))
                continue
            dates.append(day)
            entry: dict[str, Any] = {"date": day, "kind": kind}
            units = [problems.unit(u, records.units) for u in split_list(row.units)] or [ALL_UNITS]
            entry["units"] = [ALL_UNITS] if ALL_UNITS in units else units
            entry["topic"] = row.topic
            if row.host:
                entry["host"] = problems.member(row.host, records, day)
            entries.append(entry)
        first = min(dates) if dates else published
        chosen = name or f"{first.year}-{first.month:02d}"
        problems.rel = f"schedules/{first.year}/{chosen}.yaml"
        problems.subject = chosen
        problems.raise_if_any()
        entries.sort(key=lambda e: e["date"])
        data = {"published": published, "entries": entries}
        subject = _commit_subject(records, "store.commit.schedule", name=chosen, count=len(entries))
        return tx.save(Draft(problems.rel, "schedules", data, replace=replace), subject, commit)


# --- essays, reviews, self-reports ---------------------------------------------------------------


@dataclass
class EssayInput:
    """A new essay as typed: author, day, title, area, body, the session it follows, where it was published
    and its suggestions."""

    author: str
    date: dt.date
    title: str
    area: str
    body: str
    session: str | None = None
    published_in: str | None = None
    suggestions: int = 0
    slug: str | None = None


def add_essay(
    root: Path,
    entry: EssayInput,
    replace: bool = False,
    commit: bool = True,
    today: dt.date | None = None,
    sealed_ok: str | None = None,
) -> Saved:
    """File a study essay; with `today`, one dated after it is refused."""
    if entry.slug is not None:
        check_name("--slug", entry.slug)
    with transaction(root, "essay-add", today, sealed_ok=sealed_ok) as tx:
        records = tx.organization
        author = _known_member(entry.author, records, entry.date)
        left = records.members[author].left
        if left is not None and entry.date >= left:
            raise StudyctlError(
                "clerk.essay_after_left",
                name=records.member_name(author),
                date=entry.date.isoformat(),
                left=left.isoformat(),
            )
        slug = entry.slug or slug_of(entry.title) or "essay"
        rel = f"essays/{entry.date.year}/{entry.date.isoformat()}-{author}-{slug}.md"
        data: dict[str, Any] = {
            "author": author,
            "date": entry.date,
            "title": entry.title,
            "area": entry.area,
        }
        if entry.session:
            data["session"] = entry.session
        if entry.published_in:
            data["published_in"] = entry.published_in
        data["suggestions"] = entry.suggestions
        subject = _commit_subject(
            records, "store.commit.essay", name=records.member_name(author), title=entry.title
        )
        return tx.save(Draft(rel, "essays", data, body=entry.body, replace=replace), subject, commit)


@dataclass
class ReviewInput:
    """A quarterly review as typed: the member, the quarter, the reviewer, the three ratings and the
    notebook's state."""

    member: str
    quarter: str  # 2026Q2
    reviewer: str
    attitude: str
    content: str
    results: str
    notebook: str
    notes: str | None = None


def add_review(
    root: Path, entry: ReviewInput, replace: bool = False, commit: bool = True, sealed_ok: str | None = None
) -> Saved:
    """Write a member's review of a quarter."""
    with transaction(root, "review", sealed_ok=sealed_ok) as tx:
        records = tx.organization
        year, quarter = entry.quarter[:4], entry.quarter[5:]
        member = _known_member(entry.member, records)
        reviewer = _known_member(entry.reviewer, records)
        left = records.members[member].left
        begins = dt.date(int(year), 3 * int(quarter) - 2, 1)
        if left is not None and begins >= left:
            raise StudyctlError(
                "clerk.review_after_left",
                name=records.member_name(member),
                quarter=entry.quarter,
                left=left.isoformat(),
            )
        rel = f"reviews/{year}/Q{quarter}/{member}.yaml"
        data: dict[str, Any] = {
            "member": member,
            "quarter": entry.quarter,
            "reviewer": reviewer,
            "attitude": entry.attitude,
            "content": entry.content,
            "results": entry.results,
            "notebook": entry.notebook,
        }
        if entry.notes:
            data["notes"] = entry.notes
        subject = _commit_subject(
            records, "store.commit.review", name=records.member_name(member), quarter=entry.quarter
        )
        return tx.save(Draft(rel, "reviews", data, replace=replace), subject, commit)


def add_self_report(
    root: Path, who: str, year: int, rating: str, body: str, replace: bool = False, commit: bool = True
) -> Saved:
    """Write a member's year-end self-report of `year`."""
    with transaction(root, "self-report") as tx:
        records = tx.organization
        member = _known_member(who, records)
        left = records.members[member].left
        if left is not None and dt.date(year, 1, 1) >= left:
            raise StudyctlError(
                "clerk.self_report_after_left",
                name=records.member_name(member),
                year=year,
                left=left.isoformat(),
            )
        rel = f"self-reports/{year}/{member}.md"
        data = {"member": member, "year": year, "self_rating": rating}
        subject = _commit_subject(
            records, "store.commit.self_report", name=records.member_name(member), year=year
        )
        return tx.save(Draft(rel, "self-reports", data, body=body, replace=replace), subject, commit)


# --- undo ----------------------------------------------------------------------------------------


def undo_last(root: Path, confirm: Callable[[git.LoggedCommit], bool]) -> git.Committed | None:
    """Revert studyctl's last commit with git revert, once `confirm` agrees; None if declined."""
    if not git.available() and git.in_git_repository(root):
        raise StudyctlError("store.undo_git_missing", path=str(root))
    if not git.inside_work_tree(root):
        raise StudyctlError("store.undo_no_git", path=str(root))
    with transaction(root, "undo") as tx:
        last = git.last_undoable(root)
        if last is None:
            raise StudyctlError("store.undo_nothing")
        later = git.changed_since(root, last.sha, list(last.paths))
        if later:
            raise StudyctlError("store.undo_changed_since", subject=last.subject, commits="; ".join(later))
        dirty = git.dirty_paths(root, list(last.paths))
        if dirty:
            raise StudyctlError("store.undo_dirty", paths=", ".join(dirty))
        if not confirm(last):
            return None
        language = tx.organization.config.language
        return git.revert(root, last, t("store.commit.undo", language, subject=last.subject))


def organization(root: Path) -> Records:
    """Config, units and members, read without the lock: for prompts, lists and completion."""
    return load_organization(root)


def attendance_findings(session: Record, organization: Records) -> list[Finding]:
    """The attendance rule of the five haves, on one new session: every expected participant has
    a status, no one else has one (a member who left, say), leave and absence have a reason."""
    assert isinstance(session, Session)
    records = Records(
        root=organization.root,
        config=organization.config,
        units=organization.units,
        members=organization.members,
        sessions={session.id: session},
    )
    # judged as on the day after it took place, whatever today is
    context = Context(records, quarter_of(session.date), session.date + dt.timedelta(days=1))
    return [f for f in check_attendance(context) if f.file == session.file]
