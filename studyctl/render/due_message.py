"""`studyctl due --format message`: plain text to paste into the office's chat group.

No markup and no symbols a chat app would garble: Chinese punctuation, names and days. At most
`MAX_LINES` lines; a line names at most `MAX_NAMES` people, then "等 N 人"; what does not fit is
counted in a last line that points to `studyctl due`."""

from __future__ import annotations

import datetime as dt

from studyctl.due import OWED_RULES, DueResult, Item
from studyctl.messages import t
from studyctl.periods import Week
from studyctl.render.due_common import day_text, member_name, names_text, short_day

MAX_LINES = 30
MAX_NAMES = 10
_QUARTER_ZH = {1: "一", 2: "二", 3: "三", 4: "四"}
# the member rules a message asks people for, in the order it asks
_PEOPLE = ("reflections", "review", "plan", "plan-overdue", "self-report", "degree")
# what the chat group is asked for: the calendar and uncommitted records are the clerk's own work
_OVERDUE_ORDER = tuple(rule for rule in OWED_RULES if rule not in ("calendar", "uncommitted"))


def render_due_message(result: DueResult, lang: str) -> str:
    """`due --format message`: the chat message of what falls due, at most thirty lines, to paste into the
    office's chat group."""
    today = result.today
    title = t(
        "due.msg.title", lang, organization=result.records.config.organization, date=short_day(today, lang)
    )
    body: list[str] = []
    upcoming = [i for i in result.items if not i.overdue and i.due >= today]
    this_week = Week.of(today)
    sessions = [
        i
        for i in upcoming
        if i.rule in {"study-day", "exchange"} and i.details.get("day") and i.details["day"] in this_week
    ]
    if sessions:
        parts = [_session(i, lang) for i in sorted(sessions, key=lambda i: i.details["day"])]
        body.append(t("due.msg.week", lang, sessions="；".join(parts) if lang == "zh" else "; ".join(parts)))
    by_week: dict[str, list[Item]] = {}
    for item in upcoming:
        if item.rule == "schedule":
            by_week.setdefault(item.details["week"], []).append(item)
    for week, items in by_week.items():
        kinds = "、".join(t(f"kind.{i.details['kind']}", lang) for i in items)
        first = min(i.due for i in items)
        body.append(t("due.msg.schedule", lang, date=short_day(first, lang), week=week, kinds=kinds))
    asks = sorted(
        {(i.due, _PEOPLE.index(i.rule), i.rule) for i in upcoming if i.rule in _PEOPLE and i.member}
    )
    for day, _, rule in asks:
        people = [i for i in upcoming if i.rule == rule and i.member and i.due == day]
        if rule == "review":  # the notebook is checked with the review: one line for both
            people += [i for i in upcoming if i.rule == "notebook" and i.member and i.due == day]
        names = _names(result, people, lang)
        quarter = _quarter(day, lang)
        body.append(t(f"due.msg.{rule}", lang, date=short_day(day, lang), quarter=quarter, names=names))
    for item in upcoming:
        if item.rule == "anti-corruption" and item.finding is not None:
            params = dict(item.finding.params)
            count = int(params.get("due", 0)) - int(params.get("held", 0))
            body.append(t("due.msg.anti-corruption", lang, date=short_day(item.due, lang), count=count))
        elif item.rule == "exhibition":
            body.append(t("due.msg.exhibition", lang, date=short_day(item.due, lang)))
    overdue = [i for i in result.items if i.overdue and i.rule in _OVERDUE_ORDER]
    for rule in _OVERDUE_ORDER:
        late = [i for i in overdue if i.rule == rule]
        if not late:
            continue
        what = t(f"due.msg.what.{rule}", lang)
        if any(i.member for i in late):
            what = t("due.msg.overdue.people", lang, what=what, names=_names(result, late, lang))
        elif rule in {"study-day", "exchange"}:
            weeks = names_text([i.subject for i in late], lang, MAX_NAMES)
            what = t("due.msg.overdue.people", lang, what=what, names=weeks)
        body.append(t("due.msg.overdue", lang, things=what))
    if not body:
        body.append(t("due.msg.nothing", lang))
    room = MAX_LINES - 1
    if len(body) > room:
        cut = len(body) - (room - 1)
        body = [*body[: room - 1], t("due.msg.cut", lang, count=cut)]
    return "\n".join([title, *body]) + "\n"


def _session(item: Item, lang: str) -> str:
    day: dt.date = item.details["day"]
    kind = t(f"kind.{item.details['kind']}", lang)
    topic = item.details.get("topic")
    key = "due.msg.session.topic" if topic else "due.msg.session"
    return t(key, lang, day=day_text(day, lang), kind=kind, topic=topic)


def _names(result: DueResult, items: list[Item], lang: str) -> str:
    seen: list[str] = []
    for item in items:
        name = member_name(result, item.member)
        if name not in seen:
            seen.append(name)
    return names_text(seen, lang, MAX_NAMES)


def _quarter(day: dt.date, lang: str) -> str:
    number = (day.month - 1) // 3 + 1
    return _QUARTER_ZH[number] if lang == "zh" else str(number)
