"""`studyctl due` in the terminal: a title, then what falls due by when (overdue, this week,
later), one line each with its day and the rule it keeps from becoming a finding."""

from __future__ import annotations

from studyctl.due import WHEN, DueResult
from studyctl.messages import t
from studyctl.render.due_common import day_text, line_text, lines


def render_due_text(result: DueResult, lang: str) -> str:
    """The whole output as plain text (no markup), ending in a newline."""
    config = result.records.config
    out = [
        t(
            "due.title",
            lang,
            organization=config.organization,
            start=result.today.isoformat(),
            end=result.last_day.isoformat(),
            days=result.days,
        )
    ]
    by_when = lines(result)
    counts = {when: sum(len(line.items) for line in by_when[when]) for when in WHEN}
    if not any(by_when.values()):
        out += ["", t("due.nothing", lang)]
        return "\n".join(out) + "\n"
    for when in WHEN:
        if not by_when[when]:
            continue
        out += ["", t(f"due.when.{when}", lang)]
        for line in by_when[when]:
            out.append(f"  {day_text(line.due, lang)}  {line_text(result, line, lang)}  [{line.rule}]")
    total = sum(counts.values())
    out += [
        "",
        t(
            "due.summary",
            lang,
            total=total,
            overdue=counts["overdue"],
            week=counts["this-week"],
            later=counts["later"],
        ),
    ]
    return "\n".join(out) + "\n"
