"""`studyctl check --format json` for the record rules: the document exactly as RULES.md specifies,
exit status 0 / 1 / 2, and the periods `--quarter` and `--year` accept."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from studyctl.periods import Period, quarter_of

# the fixture `write_records` of conftest.py (not imported: tests/reliability has a conftest too)
WriteRecords = Callable[..., Path]

RECORD_RULES = ["yaml", "schema", "reference", "duplicate", "location"]

Run = Callable[..., tuple[int, str, str]]


def check_json(cli: Run, root: Path, *args: str) -> tuple[int, dict[str, object]]:
    code, stdout, stderr = cli("check", *RECORD_RULES, "--format", "json", *args, cwd=root)
    assert stderr == ""
    return code, json.loads(stdout)


def test_a_clean_folder(cli: Run, write_records: WriteRecords) -> None:
    root = write_records({})
    code, document = check_json(cli, root, "--quarter", "2026Q2")
    assert code == 0
    assert document == {
        "period": "2026Q2",
        "records": str(root.resolve()),
        "findings": [],
        "counts": {"error": 0, "warning": 0},
    }


def test_record_findings_as_rules_md_shows_them(cli: Run, write_records: WriteRecords) -> None:
    session = (
        "date: 2026-04-03\nkind: study-day\nhost: li-ming\ntopic: 学习《宪法》\narea: law\n"
        "attendance:\n  li-ming: present\n  zhao-lei: present\n"
    )
    root = write_records(
        {
            "sessions/2026/2026-04-03-study-day.yaml": session,
            "units/ab.yaml": "id: ab\nname: 党政办\nname: 财政所\n",
        }
    )
    code, document = check_json(cli, root, "--quarter", "2026Q2", "--lang", "en")
    assert code == 1
    assert document["counts"] == {"error": 2, "warning": 0}
    assert document["findings"] == [
        {
            "rule": "reference",
            "severity": "error",
            "file": "sessions/2026/2026-04-03-study-day.yaml",
            "line": 8,
            "subject": "2026-04-03-study-day",
            "member": "zhao-lei",
            "message": "There is no member with the id zhao-lei.",
            "hint": "Check the spelling, or add the member first (studyctl member add); "
            "ids are the file names in members/. See studyctl explain reference.",
        },
        {
            "rule": "yaml",
            "severity": "error",
            "file": "units/ab.yaml",
            "line": 3,
            "subject": "ab",
            "message": "The key name appears twice; the second would silently replace the first.",
            "hint": "Remove or merge the repeated key. See studyctl explain yaml.",
        },
    ]
    # the keys in the order RULES.md lists them
    assert list(document) == ["period", "records", "findings", "counts"]
    findings = document["findings"]
    assert isinstance(findings, list)
    assert list(findings[0]) == ["rule", "severity", "file", "line", "subject", "member", "message", "hint"]


def test_messages_in_the_configured_language(cli: Run, write_records: WriteRecords) -> None:
    member = (
        "id: ab\nname: 测试\nunit: dzb\nrole: staff\nborn: 1990-01-01\neducation: none\nparty_member: no\n"
    )
    code, document = check_json(cli, write_records({"members/ab.yaml": member}), "--quarter", "2026Q2")
    assert code == 1
    assert document["findings"] == [
        {
            "rule": "schema",
            "severity": "error",
            "file": "members/ab.yaml",
            "line": 1,
            "subject": "ab",
            "message": "缺少字段 joined。",
            "hint": "补上 joined，格式见 docs/format.md。详见 studyctl explain schema",
        }
    ]


def test_a_finding_without_a_line_is_null(cli: Run, write_records: WriteRecords) -> None:
    root = write_records({"members/notes.txt": "x"})
    code, document = check_json(cli, root, "--quarter", "2026Q2", "--lang", "en")
    assert code == 1
    findings = document["findings"]
    assert isinstance(findings, list)
    assert [(f["rule"], f["file"], f["line"]) for f in findings] == [("location", "members/notes.txt", None)]


def test_only_the_named_rules_are_reported(cli: Run, write_records: WriteRecords) -> None:
    root = write_records({"units/ab.yaml": "id: ab\nname: [\n", "members/ab.yaml": "id: ab\n"})
    code, stdout, _ = cli("check", "yaml", "--format", "json", "--quarter", "2026Q2", cwd=root)
    assert code == 1
    assert [f["rule"] for f in json.loads(stdout)["findings"]] == ["yaml"]


# --- periods ------------------------------------------------------------------------------------


def _periods() -> list[tuple[list[str], str]]:
    today = dt.date(2026, 11, 28)  # the day conftest pins (STUDYCTL_TODAY)
    this = quarter_of(today)
    assert this.quarter is not None
    last = Period(this.year - 1, 4) if this.quarter == 1 else Period(this.year, this.quarter - 1)
    return [
        (["--quarter", "2026Q2"], "2026Q2"),
        (["-q", "2026q4"], "2026Q4"),  # periods lie from the campaign's first year to next year
        (["--quarter", "Q2"], f"{today.year}Q2"),
        (["--quarter", "this"], str(this)),
        (["--quarter", "last"], str(last)),
        (["--year", "2026"], "2026"),
        (["-y", str(today.year + 1)], str(today.year + 1)),
        ([], str(this)),
    ]


@pytest.mark.parametrize(("args", "period"), _periods())
def test_periods(cli: Run, write_records: WriteRecords, args: list[str], period: str) -> None:
    # a campaign that began in 2025, so that 2025's periods can be checked (earlier ones cannot)
    config = "organization: 测试镇机关\ncampaign_start: 2025-01-01\nlanguage: zh\n"
    code, document = check_json(cli, write_records({"studyctl.yaml": config}), *args)
    assert (code, document["period"]) == (0, period)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "2026Q5"], "Not a period: 2026Q5."),
        (["--quarter", "2026"], "Not a period: 2026."),
        (["--quarter", "next"], "Not a period: next."),
        (["--year", "2026Q2"], "Not a period: 2026Q2."),
        (["--year", "this"], "Not a period: this."),
        (["--year", "26"], "Not a period: 26."),
        (["--quarter", "Q2", "--year", "2026"], "Give --quarter or --year, not both."),
    ],
)
def test_a_bad_period_cannot_run(
    cli: Run, write_records: WriteRecords, args: list[str], message: str
) -> None:
    code, stdout, stderr = cli("check", "--format", "json", *args, cwd=write_records({}))
    assert (code, stdout) == (2, "")
    assert stderr.splitlines()[0] == f"studyctl: {message}"


def test_an_unknown_rule_cannot_run(cli: Run, write_records: WriteRecords) -> None:
    code, stdout, stderr = cli("check", "yml", "--format", "json", cwd=write_records({}))
    assert (code, stdout) == (2, "")
    assert stderr.startswith("studyctl: No check rule is named yml.\nThe rules are: yaml, schema, reference,")


def test_outside_a_records_folder_json_stays_empty(cli: Run, tmp_path: Path) -> None:
    code, stdout, stderr = cli("check", "--format", "json", cwd=tmp_path)
    assert (code, stdout) == (2, "")
    assert "studyctl init" in stderr
