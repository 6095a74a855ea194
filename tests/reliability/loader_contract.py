"""What the loader promises for any bytes, and valid records of every kind to start from.

Shared by the property tests and the fuzzing harness under `fuzz/` (which seeds its corpus with
`VALID_RECORDS` and calls `load_as` on every input): any bytes, read as any record kind, give a
valid record or findings — never an exception, never a finding whose message is missing or whose
line the file does not have.
"""

from __future__ import annotations

import os

from studyctl.findings import Finding
from studyctl.kinds import KINDS as KIND_TABLE
from studyctl.messages import has_message
from studyctl.models import Record
from studyctl.records import RecordFile, location_findings, parse_record_bytes, validate_record

VALID_RECORDS: dict[str, str] = {
    "studyctl.yaml": """\
organization: 测试镇机关
campaign_start: 2026-01-01
language: zh
rules:
  essays_per_year: 4
  study_day: friday
calendar:
  holidays: [2027-02-05]
  workdays: [2027-02-20]
""",
    "units/dzb.yaml": "id: dzb\nname: 党政办\n",
    "members/zhang-wei.yaml": """\
id: zhang-wei
name: 张伟
unit: dzb
role: middle                 # secretary | leader | middle | staff
born: 1979-05-12
education: bachelor
degree_in_progress:
  level: master
  expected: 2027-07-01
party_member: true
office_automation: true
joined: 2020-03-01
left: null
""",
    "plans/2026/zhang-wei.yaml": """\
member: zhang-wei
year: 2026
goals: 提高依法行政水平
essays_target: 4
items:
  - area: law
    content: 学习《行政许可法》
    due: 2026-03-31
    done: 2026-03-20
  - area: politics
    content: "学习党章: 第一章"
    due: 2026-06-30
    done: null
""",
    "schedules/2026/2026-04.yaml": """\
published: 2026-03-28
entries:
  - date: 2026-04-03
    kind: study-day
    units: [all]
    topic: 学习《宪法》
    host: li-ming
""",
    "sessions/2026/2026-04-03-study-day.yaml": """\
date: 2026-04-03
kind: study-day
units: [all]
participants: []
host: li-ming
topic: 学习《宪法》
area: law
minutes:
  recorder: wang-fang
  text: |
    会议传达学习了《宪法》全文，
    并结合本单位工作进行了讨论。
attendance:
  zhang-wei: present
  li-ming: late
  wang-fang: {status: leave, reason: 病假}
""",
    "essays/2026/2026-04-10-zhang-wei-xingzheng-xuke.md": """\
---
author: zhang-wei
date: 2026-04-10
title: 学习《行政许可法》的几点体会
area: law
session: 2026-04-03-study-day
published_in: null
suggestions: 2
---
正文：依法行政，首先要……
""",
    "reviews/2026/Q2/zhang-wei.yaml": """\
member: zhang-wei
quarter: 2026Q2
reviewer: wang-fang
attitude: good
content: good
results: fair
notebook: kept
notes: 笔记较完整
""",
    "self-reports/2026/zhang-wei.md": """\
---
member: zhang-wei
year: 2026
self_rating: good
---
对照年度学习计划，全年完成……
""",
}


def kind_of(rel: str) -> str:
    """The record kind of a path in a records folder: `config` or its first folder."""
    return "config" if rel == "studyctl.yaml" else rel.split("/", 1)[0]


KINDS = tuple(KIND_TABLE)
# the sample's path for each kind, so that the location rules run too
PATHS = {kind_of(rel): rel for rel in VALID_RECORDS}


class BrokenPromise(AssertionError):
    """The loader gave an outcome it promises never to give."""


def load_as(kind: str, raw: bytes) -> tuple[Record | None, list[Finding]]:
    """Read `raw` as a record of `kind` the way `load_records` does; BrokenPromise if the outcome
    breaks the loader's contract. Any other exception escaping is itself the failure."""
    rel = PATHS[kind]
    parsed = parse_record_bytes(rel, kind, raw)
    record, findings = validate_record(rel, kind, parsed)
    if record is not None:
        parts = rel.split("/")
        year = int(parts[1]) if len(parts) > 2 else None
        quarter = int(parts[2][1]) if kind == "reviews" else None
        findings = [*findings, *location_findings(RecordFile(rel, kind, year, quarter), record)]
    elif not findings:
        raise BrokenPromise(f"{kind}: neither a record nor a finding")
    # lines as an editor counts them: CR LF, LF and a lone CR each end one
    last_line = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
    for finding in findings:
        if not has_message(finding.key):
            raise BrokenPromise(f"{kind}: no message for {finding.key}")
        for lang in ("zh", "en"):
            finding.message(lang)
            finding.hint(lang)
        if finding.line is not None and not 1 <= finding.line <= last_line:
            raise BrokenPromise(f"{kind}: line {finding.line} is not in the file (1..{last_line}): {finding}")
    return record, findings


def budget(examples: int) -> int:
    """How many examples a property test tries: ten times more when exploring (see conftest.py)."""
    return examples * 10 if os.environ.get("HYPOTHESIS_PROFILE") == "explore" else examples
