"""The record rules: `reference` is judged here (by `references.py`, which the store uses too);
`yaml`, `schema`, `location` and `duplicate` are found while loading (see `records.py`) and only
listed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from studyctl.findings import Finding
from studyctl.references import Judged, judge_references
from studyctl.rules import Context, Rule


def judged_references(context: Context) -> Judged:
    """The references of the loaded records, judged once per check."""
    return context.memo("references", lambda: judge_references(context.records))


def check_references(context: Context) -> Iterator[Finding]:
    """Every member, unit and session a record names exists and was active when needed."""
    yield from judged_references(context).findings


def waiting_references(context: Context) -> Counter[str]:
    """Per record file that failed to load, how many names of it could not be judged."""
    return judged_references(context).waiting


RULES = [
    Rule("yaml", "records"),
    Rule("schema", "records"),
    Rule("reference", "records", check_references),
    Rule("duplicate", "records"),
    Rule("location", "records"),
]
