"""Machine-readable output: `check --format json` exactly as RULES.md specifies."""

from __future__ import annotations

import json
from typing import Any

from studyctl.check import CheckResult


def check_as_json(result: CheckResult, lang: str) -> str:
    """`check --format json`: the period, the records folder, the findings, their counts and the references
    left unchecked."""
    document: dict[str, Any] = {
        "period": str(result.period),
        "records": str(result.records.root),
        "findings": [finding.as_json(lang) for finding in result.findings],
        "counts": result.counts,
    }
    if result.waiting:
        # references that wait on a record that failed to load (one broken record, one finding)
        document["unchecked_references"] = dict(sorted(result.waiting.items()))
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
