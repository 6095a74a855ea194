"""The registry of check rules: every rule of RULES.md, each a plain function with one signature.

A rule takes a `Context` (the loaded records, the period, today, the working-day calendar) and
yields findings. The record rules `yaml`, `schema`, `location` and `duplicate` are found while
loading; they are listed here with no function so that `check RULE…` can name them too.
A rule that crashes becomes one error finding, and the other rules still run.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from studyctl.findings import Finding
from studyctl.periods import Period
from studyctl.records import Records
from studyctl.workdays import Calendar

if TYPE_CHECKING:
    from studyctl.seals import AuditFacts

T = TypeVar("T")

# the modules that define rules, in the order their findings are reported, each with the group of
# its rules: a command that runs one group imports only its module (the pre-commit hook, the record
# rules alone)
_MODULES = (
    ("records_rules", "records"),
    ("five_haves", "five-haves"),
    ("rhythm", "rhythm"),
    ("members", "members"),
    ("audit", "audit"),
)


@dataclass
class Context:
    """What every rule is given: the loaded records, the period, today and the facts gathered for the audit
    rules."""

    records: Records
    period: Period
    today: dt.date
    # what git and the disk said, gathered before the rules run (`seals.gather_facts`); None: the
    # audit rules have nothing to judge
    facts: AuditFacts | None = None

    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def memo(self, name: str, build: Callable[[], T]) -> T:
        """What `build` returns, built once per check: an index several rules look things up in."""
        if name not in self._memo:
            self._memo[name] = build()
        value: T = self._memo[name]
        return value

    @cached_property
    def calendar(self) -> Calendar:
        """The working-day calendar, with the overrides of studyctl.yaml."""
        settings = self.records.config.calendar
        return Calendar(settings.holidays, settings.workdays)

    @property
    def until(self) -> dt.date:
        """Days before this one are judged: the period's end, or today if that is earlier."""
        return min(self.period.end, self.today)

    @property
    def judge_day(self) -> dt.date:
        """The day whose active members the member rules judge."""
        return min(self.period.last_day, self.today)


Check = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A check rule: its name, its group, and the function that finds its findings (None for the rules
    reported while loading)."""

    name: str
    group: str  # records | five-haves | rhythm | members
    check: Check | None = None  # None: reported while loading


def registry(groups: Collection[str] | None = None) -> dict[str, Rule]:
    """Every rule by name (only those of `groups`, if given), module by module in the order their
    findings are reported."""
    rules: dict[str, Rule] = {}
    for name, group in _MODULES:
        if groups is not None and group not in groups:
            continue
        try:
            module = importlib.import_module(f"studyctl.rules.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"studyctl.rules.{name}":
                raise
            continue
        for rule in module.RULES:
            if groups is None or rule.group in groups:
                rules[rule.name] = rule
    return rules


def run_checks(
    context: Context, names: Iterable[str] | None = None, rules: dict[str, Rule] | None = None
) -> list[Finding]:
    """The loading findings and every rule's findings (only the named rules, if given), sorted; the
    rules are looked up in `rules` (default: the registry)."""
    rules = registry() if rules is None else rules
    wanted = set(rules) if names is None else set(names)
    findings = [f for f in context.records.findings if f.rule in wanted]
    for rule in rules.values():
        if rule.check is None or rule.name not in wanted:
            continue
        try:
            findings.extend(rule.check(context))
        except Exception as exc:  # a crashing rule must not hide the others
            findings.append(
                Finding.make(
                    rule.name,
                    "error",
                    "studyctl.yaml",
                    None,
                    rule.name,
                    "rules.crashed",
                    detail=f"{type(exc).__name__}: {exc}",
                )
            )
    return sorted(set(findings), key=_order)


def _order(finding: Finding) -> tuple[str, int, str, str, str, str, str]:
    # a total order, so that findings of one file, line and rule (the weeks) come out the same each run
    return (
        finding.file,
        finding.line or 0,
        finding.rule,
        finding.member or "",
        finding.key,
        finding.subject,
        repr(finding.params),
    )
