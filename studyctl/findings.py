"""Findings: what a check says about the records, as frozen values that carry file and line.

A finding holds a message *key* and its parameters, not text, so that the same finding renders in
Chinese or English and can be cached. Its hint is the message `<key>.hint`, ending with the
command that explains its rule at length (`studyctl explain RULE`): added here, once, so that every
finding names its explanation wherever it is shown (terminal, JSON, a refused write).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from studyctl.messages import has_message, t

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One thing a check says about the records: where (file and line), which rule, how grave, about what and
    whom, and its message's key and parameters."""

    file: str
    line: int | None
    rule: str
    severity: Severity
    subject: str
    key: str
    member: str | None = None
    params: tuple[tuple[str, Any], ...] = field(default=())

    @classmethod
    def make(
        cls,
        rule: str,
        severity: Severity,
        file: str,
        line: int | None,
        subject: str,
        key: str,
        member: str | None = None,
        **params: Any,
    ) -> Finding:
        """A finding with its message's parameters given by name."""
        return cls(file, line, rule, severity, subject, key, member, tuple(sorted(params.items())))

    def message(self, lang: str) -> str:
        """The finding's message in `lang`."""

        return t(self.key, lang, **dict(self.params))

    def hint(self, lang: str) -> str:
        """The finding's hint in `lang`, ending with where `studyctl explain` tells of its rule; "" when there
        is neither."""

        hint_key = self.key + ".hint"
        hint = t(hint_key, lang, **dict(self.params)) if has_message(hint_key) else ""
        if not has_message(f"explain.{self.rule}.summary"):
            return hint
        see = t("explain.see", lang, rule=self.rule)
        if not hint:
            return see
        if lang == "zh":  # Chinese runs on after a full stop; a hint that ends without one gets it
            return hint + ("" if hint.endswith(("。", "！", "？", "）", ".")) else "。") + see
        return hint + ("" if hint.endswith((".", "!", "?", ")")) else ".") + " " + see

    def as_json(self, lang: str) -> dict[str, Any]:
        """The finding as an object of `check --format json`, its message and hint in `lang`."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "file": self.file,
            "line": self.line,
            "subject": self.subject,
        }
        if self.member is not None:
            out["member"] = self.member
        out["message"] = self.message(lang)
        out["hint"] = self.hint(lang)
        return out


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """How many findings are errors and how many warnings."""
    counts = {"error": 0, "warning": 0}
    for finding in findings:
        counts[finding.severity] += 1
    return counts
