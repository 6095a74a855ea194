"""`studyctl due`: what falls due, pinned to days around a quarter end, a holiday week and the
year's end; and, moving the clock over the window, `due` and `check` agree day by day."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from due_records import records_as_of
from typer.testing import CliRunner

from studyctl.cli import app
from studyctl.due import judged_quarters
from studyctl.periods import quarter_of


def run(monkeypatch: pytest.MonkeyPatch, root: Path, day: dt.date, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STUDYCTL_TODAY", day.isoformat())
    return CliRunner().invoke(app, [*args, "-C", str(root)])


def _same(finding: dict) -> tuple:  # type: ignore[type-arg]
    # a pace finding names the day it was judged on ("by 2026-09-30"): that is not what is owed
    message = re.sub(r"截至 \d{4}-\d{2}-\d{2}", "", finding["message"])
    return (finding["rule"], finding["file"], finding["subject"], finding.get("member"), message)


_CHECKS: dict[tuple[str, str, dt.date], set[tuple]] = {}  # type: ignore[type-arg]


def check_findings(monkeypatch, root: Path, quarter: str, day: dt.date) -> set[tuple]:  # type: ignore[no-untyped-def,type-arg]
    """The findings of `check --quarter QUARTER` run on `day`."""
    key = (str(root), quarter, day)
    if key not in _CHECKS:
        result = run(monkeypatch, root, day, "check", "--quarter", quarter, "--format", "json")
        assert result.exit_code in (0, 1), result.output
        _CHECKS[key] = {_same(f) for f in json.loads(result.stdout)["findings"]}
    return _CHECKS[key]


@pytest.mark.parametrize(("today", "days"), [(dt.date(2026, 9, 28), 9), (dt.date(2026, 12, 24), 12)])
def test_due_and_check_agree_as_the_clock_moves(monkeypatch, tmp_path, today, days) -> None:  # type: ignore[no-untyped-def]
    """What `due` lists as due on day L is exactly what `check --quarter <quarter of L>` reports on
    L+1 and not on L (and the check of the quarter L's week belongs to, for 2026-W53), leaving out
    what check reports today and what `due` lists as overdue or due earlier."""
    root = records_as_of(today, tmp_path / "records")
    result = run(monkeypatch, root, today, "due", "--days", str(days), "--format", "json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["items"]
    listed: dict[str, set[tuple]] = {}  # type: ignore[type-arg]
    for item in items:
        if item["finding"] is not None:
            key = "overdue" if item["when"] == "overdue" else item["due"]
            listed.setdefault(key, set()).add(_same(item["finding"]))
    # what check reports today, and what due lists as overdue, is there already
    earlier = check_findings(monkeypatch, root, str(quarter_of(today)), today) | listed.get("overdue", set())
    compared = 0
    for offset in range(days):
        day = today + dt.timedelta(days=offset)
        new = set()
        for quarter in judged_quarters(day + dt.timedelta(days=1)):
            after = check_findings(monkeypatch, root, str(quarter), day + dt.timedelta(days=1))
            new |= after - check_findings(monkeypatch, root, str(quarter), day)
        assert listed.get(day.isoformat(), set()) == new - earlier, day
        earlier |= listed.get(day.isoformat(), set())
        compared += len(new - earlier) + len(listed.get(day.isoformat(), set()))
    # the window holds a quarter's end: reviews, notebooks, plan items and weeks fall due in it
    assert compared > 50
