"""The report is built on the check's own judgments, so the two cannot disagree: on the shipped
records and on a generated office, for a year and for each of its quarters, the report's five
haves, weekly rhythm, anti-corruption pace and degree deadlines are what `check` finds."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import pytest
from test_bench_generate import generator

from studyctl.check import member_haves, run_check, session_haves
from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.report import Tally, build_report

SHIPPED = Path(__file__).resolve().parent.parent / "records"


def assert_report_agrees_with_check(root: Path, period: Period, today: dt.date) -> None:
    records = load_records(root, {period.year}, today=today)
    result = run_check(root, period, today, records=records)
    report = build_report(records, period, today)
    organization = report.organization
    findings = Counter((f.rule, f.severity) for f in result.findings)

    # the five haves: the sessions and members the check's tables mark ✓ or ✗
    sessions = session_haves(result)
    for rule in ("schedule", "attendance", "minutes"):
        marks = [row.marks[rule] for row in sessions if row.marks[rule] is not None]
        assert organization.five_haves[rule] == Tally(marks.count(True), len(marks)), (period, rule)
    members = member_haves(result)
    for rule in ("reflections", "notebook"):
        marks = [row.marks[rule] for row in members if row.marks[rule] is not None]
        assert organization.five_haves[rule] == Tally(marks.count(True), len(marks)), (period, rule)

    # each week due and not held is one `study-day` error or one `exchange` warning
    study, exchange = organization.study_days, organization.exchanges
    assert study.due - study.done == findings[("study-day", "error")], period
    assert exchange.due - exchange.done == findings[("exchange", "warning")], period

    behind = [f for f in result.findings if f.rule == "anti-corruption"]
    if behind:
        [finding] = behind
        params = dict(finding.params)
        assert (organization.anti_corruption.done, organization.anti_corruption_pace) == (
            params["held"],
            params["due"],
        )
    else:
        assert organization.anti_corruption.done >= organization.anti_corruption_pace

    degree = {f.member: f.severity for f in result.findings if f.rule == "degree"}
    assert {p.member: "error" if p.overdue else "warning" for p in organization.degree_pending} == degree


def periods(year: int) -> list[Period]:
    return [Period(year), *(Period(year, q) for q in range(1, 5))]


@pytest.mark.parametrize("period", periods(2026), ids=str)
def test_the_report_of_the_shipped_records_agrees_with_check(tmp_path: Path, period: Period) -> None:
    root = tmp_path / "records"
    shutil.copytree(SHIPPED, root, ignore=shutil.ignore_patterns(".studyctl"))
    assert_report_agrees_with_check(root, period, dt.date(2026, 11, 28))


@pytest.fixture(scope="module")
def generated_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generator().generate("S", tmp_path_factory.mktemp("bench") / "S")


@pytest.mark.parametrize("period", periods(2025), ids=str)
def test_the_report_of_a_generated_office_agrees_with_check(generated_office: Path, period: Period) -> None:
    assert_report_agrees_with_check(generated_office, period, dt.date(2026, 1, 15))


def test_the_report_agrees_in_the_middle_of_a_quarter(tmp_path: Path) -> None:
    root = tmp_path / "records"
    shutil.copytree(SHIPPED, root, ignore=shutil.ignore_patterns(".studyctl"))
    for day in (dt.date(2026, 5, 13), dt.date(2026, 8, 30)):
        assert_report_agrees_with_check(root, Period(2026), day)
