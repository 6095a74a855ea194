"""The member rules: annual plans and their items, quarterly reviews, the degree target, and the
year-end self-report and exhibition.

They judge the members active on the judge day (the period's last day, or today if earlier);
reviews are owed for each quarter of the period that has ended, by the members active on its
last day; the year-end rules wait until the year is over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from studyctl import domain
from studyctl.findings import Finding, Severity
from studyctl.models import AREAS, EDUCATION_LEVELS, Member
from studyctl.rules import Context, Rule
from studyctl.rules.five_haves import active_members, completed_quarters, named, review_path


def _started(context: Context) -> bool:
    """Whether any day of the period has passed: nothing is owed for a period still ahead."""
    return context.period.start < context.today


def _member_finding(
    rule: str, member: Member, file: str, line: int | None, key: str, **params: object
) -> Finding:
    severity: Severity = "warning" if rule == "plan-overdue" else "error"  # the only warning among them
    return Finding.make(rule, severity, file, line, member.id, key, member.id, name=member.name, **params)


# --- plan (年度学习计划) ---------------------------------------------------------------------------


def check_plan(context: Context) -> Iterator[Finding]:
    """Each active member has a plan for the year covering the four areas and the essay target."""
    if not _started(context):
        return
    year = context.period.year
    per_year = context.records.config.rules.essays_per_year
    for member in active_members(context):
        plan = context.records.plans.get((member.id, year))
        if plan is None:
            yield _member_finding(
                "plan", member, f"plans/{year}/{member.id}.yaml", None, "plan.missing", year=year
            )
            continue
        covered = {item.area for item in plan.items}
        missing = [area for area in AREAS if area not in covered]
        if missing:
            yield _member_finding(
                "plan", member, plan.file, plan.line("items"), "plan.areas", **_area_list(missing)
            )
        if plan.essays_target < per_year:
            yield _member_finding(
                "plan",
                member,
                plan.file,
                plan.line("essays_target"),
                "plan.essays_target",
                target=plan.essays_target,
                per_year=per_year,
            )


def _area_list(areas: list[str]) -> dict[str, str]:
    from studyctl.messages import t

    return {
        "areas_zh": "、".join(t(f"area.{area}", "zh") for area in areas),
        "areas_en": ", ".join(t(f"area.{area}", "en") for area in areas),
    }


def check_plan_overdue(context: Context) -> Iterator[Finding]:
    """Each item of an active member's plan due by the period's last day, whose due day has passed,
    and not done by the judge day (a `done` date still to come does not count: RULES 1.1 point 8)."""
    year, last_day, today = context.period.year, context.period.last_day, context.today
    for member in active_members(context):
        plan = context.records.plans.get((member.id, year))
        if plan is None:
            continue
        for index, item in enumerate(plan.items):
            done = domain.plan_item_done(item, context.judge_day)
            if not done and item.due <= last_day and item.due < today:
                yield _member_finding(
                    "plan-overdue",
                    member,
                    plan.file,
                    plan.line("items", index),
                    "plan-overdue.item",
                    due=item.due.isoformat(),
                    content=item.content.strip(),
                )


# --- review (季度检查) -----------------------------------------------------------------------------


def check_review(context: Context) -> Iterator[Finding]:
    """Each completed quarter has a review of each member active on its last day."""
    records = context.records
    for quarter in completed_quarters(context):
        for member in sorted(records.members.values(), key=lambda m: m.id):
            if member.active_on(quarter.last_day) and (member.id, str(quarter)) not in records.reviews:
                yield _member_finding(
                    "review",
                    member,
                    review_path(member.id, quarter),
                    None,
                    "review.missing",
                    quarter=str(quarter),
                )


# --- degree (学历) --------------------------------------------------------------------------------


def check_degree(context: Context) -> Iterator[Finding]:
    """Members under the age limit at the start reach `degree_min` by the deadline (RULES 1.1 point 10)."""
    if not _started(context):
        return
    settings = context.records.config.rules
    start = context.records.config.campaign_start
    deadline = domain.degree_deadline(start, settings.degree_deadline_years)
    required = EDUCATION_LEVELS.index(settings.degree_min)
    for member in active_members(context):
        if domain.age_on(member.born, start) >= settings.degree_age_limit:
            continue
        if EDUCATION_LEVELS.index(member.education) >= required:
            continue
        passed = domain.degree_overdue(deadline, context.judge_day)
        params: dict[str, object] = {
            "deadline": deadline.isoformat(),
            **named("education", f"check.education.{member.education}"),
            **named("required", f"check.education.{settings.degree_min}"),
        }
        key = "degree.passed" if passed else "degree.ahead"
        studying = member.degree_in_progress
        if studying is not None:
            key += "_studying"
            params.update(named("studying", f"check.education.{studying.level}"))
            params["expected"] = studying.expected.isoformat()
        yield Finding.make(
            "degree",
            "error" if passed else "warning",
            member.file,
            member.line("education"),
            member.id,
            key,
            member.id,
            name=member.name,
            **params,
        )


# --- self-report and exhibition (年终述学、学习展评) -----------------------------------------------


def _year_over(context: Context) -> bool:
    """Year-end rules apply to a year or its fourth quarter, once the year has ended."""
    period = context.period
    return (period.is_year or period.quarter == 4) and context.today >= dt.date(period.year + 1, 1, 1)


def check_self_report(context: Context) -> Iterator[Finding]:
    """Once the year has ended, each member active on its last day has a self-report."""
    if not _year_over(context):
        return
    year = context.period.year
    for member in active_members(context):
        if (member.id, year) not in context.records.self_reports:
            yield _member_finding(
                "self-report",
                member,
                f"self-reports/{year}/{member.id}.md",
                None,
                "self-report.missing",
                year=year,
            )


def check_exhibition(context: Context) -> Iterator[Finding]:
    """Once the year has ended, it held an exhibition."""
    if not _year_over(context):
        return
    year = context.period.year
    held = any(s.kind == "exhibition" and s.date.year == year for s in context.records.sessions.values())
    if not held:
        yield Finding.make(
            "exhibition", "error", f"sessions/{year}/", None, str(year), "exhibition.missing", year=year
        )


RULES = [
    Rule("plan", "members", check_plan),
    Rule("plan-overdue", "members", check_plan_overdue),
    Rule("review", "members", check_review),
    Rule("degree", "members", check_degree),
    Rule("self-report", "members", check_self_report),
    Rule("exhibition", "members", check_exhibition),
]
