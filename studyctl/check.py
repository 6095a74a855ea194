"""`check` as a library call: load what the period needs, run the rules, return the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studyctl.findings import Finding, count_by_severity
from studyctl.periods import Period
from studyctl.records import Records, load_records


@dataclass
class CheckResult:
    period: Period
    records: Records
    findings: list[Finding]
    files: int

    @property
    def counts(self) -> dict[str, int]:
        return count_by_severity(self.findings)

    def failed(self, strict: bool = False) -> bool:
        counts = self.counts
        return counts["error"] > 0 or (strict and counts["warning"] > 0)


def years_for(period: Period) -> set[int]:
    """The year partitions a check of `period` reads (the loader adds the days around New Year)."""
    return {period.year}


def run_check(
    root: Path,
    period: Period,
    today: dt.date,
    rules: Iterable[str] | None = None,
    records: Records | None = None,
) -> CheckResult:
    from studyctl.rules import Context, run_checks

    if records is None:
        records = load_records(root, years_for(period))
    findings = run_checks(Context(records, period, today), rules)
    files = len({f.file for f in findings})
    return CheckResult(period, records, findings, files)


def source_line(root: Path, rel: str, line: int | None) -> str | None:
    """The text of `line` in the record file `rel`, to quote under a finding."""
    if line is None:
        return None
    from studyctl.records import read_bytes

    try:
        text = read_bytes(root, rel).decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else None
