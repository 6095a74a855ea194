"""`studyctl due --format json`: the contract of docs/due.md."""

from __future__ import annotations

import json
from typing import Any

from studyctl.due import WHEN, DueResult, Item
from studyctl.render.due_common import member_name


def due_as_json(result: DueResult, lang: str) -> str:
    """One JSON object, ending in a newline."""
    items = [_item(result, item, lang) for item in result.items]
    counts = {when: sum(1 for i in items if i["when"] == when) for when in WHEN}
    data: dict[str, Any] = {
        "today": result.today.isoformat(),
        "days": result.days,
        "last_day": result.last_day.isoformat(),
        "records": str(result.records.root),
        "items": items,
        "counts": counts,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _item(result: DueResult, item: Item, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "due": item.due.isoformat(),
        "when": item.when(result.today),
        "section": item.section,
        "rule": item.rule,
        "subject": item.subject,
        "member": item.member,
        "name": member_name(result, item.member) if item.member else None,
    }
    details = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in item.details.items()}
    out["details"] = details
    finding = item.finding
    out["finding"] = None if finding is None else finding.as_json(lang)
    return out
