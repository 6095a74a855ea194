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

EXPECTED = Path(__file__).parent / "expected"


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


def generated_office(target: Path) -> Path:
    """A generated office of 60 members with one year of records, 2025 (bench/generate.py S)."""
    from test_bench_generate import generator

    root: Path = generator().generate("S", target)
    return root


@pytest.mark.parametrize(
    ("today", "days", "office", "expected"),
    [
        (dt.date(2026, 9, 28), 9, "examples", 110),
        (dt.date(2026, 12, 24), 12, "examples", 228),
        (dt.date(2026, 1, 2), 14, "generated", 4),
    ],
)
def test_due_and_check_agree_as_the_clock_moves(monkeypatch, tmp_path, today, days, office, expected) -> None:  # type: ignore[no-untyped-def]
    """What `due` lists as due on day L is exactly what `check --quarter <quarter of L>` reports on
    L+1 and not on L (and the check of the quarter L's week belongs to, for 2026-W53), leaving out
    what check reports today and what `due` lists as overdue or due earlier."""
    if office == "examples":
        root = records_as_of(today, tmp_path / "records")
    else:
        root = generated_office(tmp_path / "records")
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
    # what fell due in the window: reviews, notebooks, essays, plan items, plans, weeks
    assert compared == expected


# --- exact output, the clock pinned around the end of Q3 (with the Mid-Autumn and National Day
# holidays) and around the end of the year (New Year's Day on the Friday of 2026-W53) ---------------


@pytest.fixture(scope="module")
def september(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_as_of(dt.date(2026, 9, 28), tmp_path_factory.mktemp("sep") / "records")


@pytest.fixture(scope="module")
def december(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_as_of(dt.date(2026, 12, 28), tmp_path_factory.mktemp("dec") / "records")


ZHENG_LI_0928 = EXPECTED / "due-zheng-li-2026-09-28.txt"

ZHENG_LI_1001 = EXPECTED / "due-zheng-li-2026-10-01.txt"


def test_a_member_before_and_after_the_quarter_end(monkeypatch, september: Path) -> None:  # type: ignore[no-untyped-def]
    """What is due on the quarter's last day is overdue the day after; then Q4's end is ahead
    (her fourth essay, the Q4 review, the self-report), however far the window looks."""
    before = run(monkeypatch, september, dt.date(2026, 9, 28), "due", "--days", "7", "--member", "郑丽")
    assert (before.exit_code, before.stdout) == (0, ZHENG_LI_0928.read_text(encoding="utf-8"))
    last_day = run(monkeypatch, september, dt.date(2026, 9, 30), "due", "--days", "7", "-m", "zheng-li")
    assert last_day.stdout == ZHENG_LI_0928.read_text(encoding="utf-8").replace(
        "2026-09-28 至 2026-10-04", "2026-09-30 至 2026-10-06"
    )
    after = run(monkeypatch, september, dt.date(2026, 10, 1), "due", "--days", "7", "--member", "郑丽")
    assert (after.exit_code, after.stdout) == (0, ZHENG_LI_1001.read_text(encoding="utf-8"))


MESSAGE_0928 = EXPECTED / "due-message-2026-09-28.txt"


def test_the_chat_message_in_the_holiday_week_at_the_quarter_end(monkeypatch, september: Path) -> None:  # type: ignore[no-untyped-def]
    """2026-W40: 10-01..10-04 are holidays, so its study day falls on Wednesday 09-30."""
    result = run(monkeypatch, september, dt.date(2026, 9, 28), "due", "--days", "7", "--format", "message")
    assert (result.exit_code, result.stdout) == (0, MESSAGE_0928.read_text(encoding="utf-8"))


MESSAGE_1228 = EXPECTED / "due-message-2026-12-28.txt"


def test_the_chat_message_at_the_year_end(monkeypatch, december: Path) -> None:  # type: ignore[no-untyped-def]
    """New Year's Day is the Friday of 2026-W53: its study day falls on Thursday 12-31, which no
    schedule lists yet; Q4 asks for reviews, self-reports and the exhibition; 2027 asks for plans."""
    result = run(monkeypatch, december, dt.date(2026, 12, 28), "due", "--days", "10", "--format", "message")
    assert (result.exit_code, result.stdout) == (0, MESSAGE_1228.read_text(encoding="utf-8"))
    assert not re.search(r"[*#`<>|\[\]_~]", result.stdout)  # nothing a chat app would read as markup


UNIT_1228 = EXPECTED / "due-czs-2026-12-28.txt"


def test_a_unit_at_the_year_end(monkeypatch, december: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(monkeypatch, december, dt.date(2026, 12, 28), "due", "--days", "10", "--unit", "财政所")
    assert (result.exit_code, result.stdout) == (0, UNIT_1228.read_text(encoding="utf-8"))


def test_json_sessions_schedules_and_the_unknown_year(monkeypatch, december: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(monkeypatch, december, dt.date(2026, 12, 28), "due", "--days", "10", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["today"], data["days"], data["last_day"]) == ("2026-12-28", 10, "2027-01-06")
    assert data["counts"] == {"overdue": 50, "this-week": 227, "later": 1}
    ahead = [
        {k: item[k] for k in ("due", "when", "section", "rule", "subject", "details")}
        for item in data["items"]
        if item["section"] != "members" and item["when"] != "overdue"
    ]
    assert ahead == [
        {
            "due": "2026-12-31",
            "when": "this-week",
            "section": "schedules",
            "rule": "schedule",
            "subject": "2026-W53",
            "details": {"week": "2026-W53", "kind": "study-day", "day": "2026-12-31"},
        },
        {
            "due": "2027-01-01",
            "when": "this-week",
            "section": "office",
            "rule": "calendar",
            "subject": "2027",
            "details": {},
        },
        {
            "due": "2027-01-03",
            "when": "this-week",
            "section": "sessions",
            "rule": "exchange",
            "subject": "2026-W53",
            "details": {
                "week": "2026-W53",
                "kind": "exchange",
                "day": "2026-12-29",
                "schedule": "schedules/2026/2026-12.yaml",
                "topic": "交流本周学习心得体会",
            },
        },
        {
            "due": "2027-01-03",
            "when": "this-week",
            "section": "sessions",
            "rule": "study-day",
            "subject": "2026-W53",
            "details": {
                "week": "2026-W53",
                "kind": "study-day",
                "day": "2026-12-31",
                "schedule": None,
                "topic": None,
            },
        },
        {
            "due": "2027-01-05",
            "when": "later",
            "section": "schedules",
            "rule": "schedule",
            "subject": "2027-W01",
            "details": {"week": "2027-W01", "kind": "exchange", "day": "2027-01-05"},
        },
    ]
    exchange = next(
        item for item in data["items"] if item["rule"] == "exchange" and item["when"] != "overdue"
    )
    assert (
        exchange["finding"]["message"]
        == "2026-W53（2026-12-28 至 2027-01-03）有 4 个工作日，却没有交流学习心得。"
    )


def test_an_unknown_member_stops_with_candidates(monkeypatch, september: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(monkeypatch, september, dt.date(2026, 9, 28), "due", "--member", "郑力")
    assert result.exit_code == 2
    assert "没有叫 郑力 的成员。相近的有：郑丽 (zheng-li, " in result.stderr
    result = run(monkeypatch, september, dt.date(2026, 9, 28), "due", "--days", "0")
    assert (result.exit_code, result.stderr.strip()) == (
        2,
        "studyctl: --days 须是 1 到 366 之间的整数，而不是 0。",
    )


def test_the_chat_message_stays_within_thirty_lines(september: Path) -> None:
    """Forty weeks without a schedule: 28 of them, then one line that counts the rest."""
    from studyctl.due import DueResult, Item
    from studyctl.periods import Week
    from studyctl.records import load_records
    from studyctl.render.due_message import MAX_LINES, render_due_message

    today = dt.date(2026, 1, 5)
    records = load_records(september, {2026}, today=dt.date(2026, 9, 28))
    items = []
    for number in range(2, 42):
        week = Week(2026, number)
        details = {"week": str(week), "kind": "exchange", "day": week.day(1)}
        items.append(Item("schedule", week.day(1), str(week), "schedules", False, None, None, details))
    text = render_due_message(DueResult(today, 300, items, records), "zh")
    lines = text.splitlines()
    assert len(lines) == MAX_LINES == 30
    assert lines[0] == "青石镇机关学习提醒（1月5日）"
    assert lines[1] == "请于1月6日前发布2026-W02的学习安排（周二交流学习心得）。"
    assert lines[28] == "请于7月14日前发布2026-W29的学习安排（周二交流学习心得）。"
    assert lines[29] == "另有 12 项，详见 studyctl due。"


def test_ended_quarters_not_sealed_and_what_blocks_them(monkeypatch, september: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In a git work tree: each ended quarter without a seal, with its check's errors by rule."""
    import shutil
    import subprocess

    root = tmp_path / "records"
    shutil.copytree(september, root)
    git = ["git", "-C", str(root), "-c", "user.name=办公室", "-c", "user.email=bgs@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "档案"], check=True)
    result = run(monkeypatch, root, dt.date(2026, 10, 8), "due", "--days", "3")
    assert result.exit_code == 0
    sealing = [line for line in result.stdout.splitlines() if line.endswith("[seal]")]
    assert sealing == [
        "  3月31日（周二）  2026Q1 已结束，尚未封存；阻碍封存的错误：plan 1  [seal]",
        "  6月30日（周二）  2026Q2 已结束，尚未封存；阻碍封存的错误：plan 1  [seal]",
        "  9月30日（周三）  2026Q3 已结束，尚未封存；阻碍封存的错误："
        "attendance 2、host 1、minutes 1、notebook 49、plan 1、review 49、schedule 1、study-day 1  [seal]",
    ]


def test_the_readme_shows_what_due_prints(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The README's chat message is the start of what `due` prints on the shipped records."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ STUDYCTL_TODAY=2026-11-30 studyctl due --format message\n", 1)[1].split("```", 1)[
        0
    ]
    shown = [line for line in block.splitlines() if line != "…"]
    root = records_as_of(dt.date(2026, 11, 30), tmp_path / "records")
    result = run(monkeypatch, root, dt.date(2026, 11, 30), "due", "--format", "message")
    assert result.stdout.splitlines()[: len(shown)] == shown
    assert len(shown) == 7
