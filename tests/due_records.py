"""The shipped example records as a clerk would have had them on an earlier day: every session,
essay and schedule after that day left out, and plan items done after it not yet done."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "records"
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_DONE = re.compile(r"^(\s*)done: (\d{4}-\d{2}-\d{2})$", re.MULTILINE)
_PUBLISHED = re.compile(r"^published: (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def records_as_of(day: dt.date, target: Path) -> Path:
    """A copy of the example records in `target` as they stood at the end of `day`."""
    shutil.copytree(EXAMPLES, target)
    for folder in ("sessions", "essays"):
        for path in sorted((target / folder).rglob("*")):
            dated = _DATED.match(path.name)
            if dated and dt.date.fromisoformat(dated.group(1)) > day:
                path.unlink()
    for path in sorted((target / "schedules").rglob("*.yaml")):
        published = _PUBLISHED.search(path.read_text(encoding="utf-8"))
        if published and dt.date.fromisoformat(published.group(1)) > day:
            path.unlink()
    for path in sorted((target / "reviews").rglob("*.yaml")):
        year, quarter = path.parent.parent.name, path.parent.name
        first_after = dt.date(int(year), 3 * int(quarter[1]) - 2, 1)
        first_after = dt.date(
            first_after.year + (first_after.month + 3 > 12), (first_after.month + 2) % 12 + 1, 1
        )
        if first_after > day:  # a quarter's review is held once the quarter has ended
            path.unlink()
    for path in sorted((target / "plans").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        kept = _DONE.sub(
            lambda m: m.group(0) if dt.date.fromisoformat(m.group(2)) <= day else f"{m.group(1)}done: null",
            text,
        )
        if kept != text:
            path.write_text(kept, encoding="utf-8")
    return target
