"""What the three outputs of `due` share: dates in the run's language, member names, and the items
grouped into lines (the members a rule names on one day share one line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from studyctl.due import WHEN, DueResult, Item
from studyctl.messages import t
from studyctl.models import WEEKDAYS

# the member rules whose items of one day are listed together, one line of names
GROUPED = ("reflections", "review", "notebook", "plan", "self-report", "degree")


def day_text(day: dt.date, lang: str) -> str:
    """`11月27日（周五）` or `Fri 11/27`."""
    weekday = t(f"check.weekday.{WEEKDAYS[day.weekday()]}", lang)
    if lang == "en":
        weekday = weekday[:3]
    return t("due.date", lang, month=day.month, day=day.day, weekday=weekday)


def short_day(day: dt.date, lang: str) -> str:
    """`12月31日` or `2026-12-31`."""
    return f"{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


def member_name(result: DueResult, member: str | None) -> str:
    """The name of the member `member`, or the id itself when no such member is known."""
    found = result.records.members.get(member or "")
    return found.name if found is not None else (member or "")


def names_text(names: list[str], lang: str, limit: int | None = None) -> str:
    """`张伟、王芳` (at most `limit`, then `等 N 人`)."""
    sep = "、" if lang == "zh" else ", "
    if limit is not None and len(names) > limit:
        return sep.join(names[:limit]) + t("due.more", lang, count=len(names) - limit)
    return sep.join(names)


@dataclass
class Line:
    """One line of the output: a day, what falls due on it, and the rule it keeps quiet."""

    due: dt.date
    when: str
    rule: str
    items: list[Item] = field(default_factory=list)


def lines(result: DueResult) -> dict[str, list[Line]]:
    """The items as lines, by when they fall due (overdue, this week, later), in date order."""
    out: dict[str, list[Line]] = {when: [] for when in WHEN}
    grouped: dict[tuple[str, dt.date, str], Line] = {}
    for item in result.items:
        when = item.when(result.today)
        if item.rule in GROUPED and item.member is not None:
            key = (when, item.due, item.rule)
            if key not in grouped:
                grouped[key] = Line(item.due, when, item.rule)
                out[when].append(grouped[key])
            grouped[key].items.append(item)
        else:
            out[when].append(Line(item.due, when, item.rule, [item]))
    return out


def line_text(result: DueResult, line: Line, lang: str) -> str:
    """What a line says, without its day and rule."""
    first = line.items[0]
    if line.rule in GROUPED and first.member is not None:
        names = names_text([member_name(result, i.member) for i in line.items], lang)
        return t(f"due.group.{line.rule}", lang, names=names)
    details = first.details
    if first.rule == "seal":
        errors = details["errors"]
        if not errors:
            return t("due.seal.ready", lang, quarter=details["quarter"])
        sep = "、" if lang == "zh" else ", "
        listed = sep.join(f"{rule} {count}" for rule, count in errors.items())
        return t("due.seal", lang, quarter=details["quarter"], errors=listed)
    if first.rule == "calendar":
        return t("due.calendar", lang, year=first.subject)
    if first.rule == "schedule":
        return t(
            "due.schedule",
            lang,
            week=details["week"],
            kind=t(f"kind.{details['kind']}", lang),
            day=day_text(details["day"], lang),
        )
    if details.get("kind") in {"study-day", "exchange"}:
        kind = t(f"kind.{details['kind']}", lang)
        if details["day"] is None:
            return t("due.session.no_workday", lang, week=details["week"], kind=kind)
        schedule = (
            t("due.session.listed", lang, schedule=details["schedule"])
            if details["schedule"]
            else t("due.session.unlisted", lang)
        )
        return t(
            "due.session",
            lang,
            week=details["week"],
            kind=kind,
            day=day_text(details["day"], lang),
            schedule=schedule,
        )
    if first.rule == "plan-overdue" and first.finding is not None and not first.overdue:
        params = dict(first.finding.params)
        return t(
            "due.plan_item", lang, name=member_name(result, first.member), content=params.get("content", "")
        )
    assert first.finding is not None
    return first.finding.message(lang)
