"""`report --format json`: the report as one JSON object whose keys are a contract (docs/report.md).

Rates are fractions from 0 to 1 (null when nothing was due); dates are ISO strings; names of
kinds, areas and ratings are the record values, not translations, so that other programs can
rely on them in either language.
"""

from __future__ import annotations

import json
from typing import Any

from studyctl.report import MemberDetail, MemberRow, OrganizationSummary, Report, Tally, UnitRow


def _tally(tally: Tally | None, done: str = "done", due: str = "due") -> dict[str, Any] | None:
    if tally is None:
        return None
    return {done: tally.done, due: tally.due, "rate": tally.rate}


def organization_json(org: OrganizationSummary) -> dict[str, Any]:
    """The organization's figures as the `organization` object of the JSON report."""
    return {
        "name": org.name,
        "members": org.members,
        "sessions": org.sessions_total,
        "sessions_by_kind": org.sessions_by_kind,
        "study_days": _tally(org.study_days, "held", "due"),
        "exchanges": _tally(org.exchanges, "held", "due"),
        "anti_corruption": {
            "held": org.anti_corruption.done,
            "target": org.anti_corruption.due,
            "pace": org.anti_corruption_pace,
        },
        "exhibition_held": org.exhibition_held,
        "five_haves": {rule: _tally(tally, "passed", "judged") for rule, tally in org.five_haves.items()},
        "attendance_rate": org.attendance.rate,
        "attendance": _tally(org.attendance, "attended", "expected"),
        "essays": _tally(org.essays, "written", "due"),
        "papers": org.papers,
        "suggestions": org.suggestions,
        "degree": {
            "minimum": org.degree_min,
            "at_or_above": org.degree.done,
            "members": org.degree.due,
            "rate": org.degree.rate,
            "target": org.degree_target,
        },
        "degree_pending": [
            {
                "member": p.member,
                "name": p.name,
                "unit": p.unit,
                "education": p.education,
                "deadline": p.deadline.isoformat(),
                "overdue": p.overdue,
                "in_progress": p.in_progress,
                "expected": p.expected.isoformat() if p.expected else None,
            }
            for p in org.degree_pending
        ],
        "attendance_by_month": {month: tally.rate for month, tally in org.attendance_by_month},
        "essays_by_quarter": dict(org.essays_by_quarter),
        "record_problems": org.record_problems,
    }


def unit_json(row: UnitRow) -> dict[str, Any]:
    """One unit's row as an object of the JSON report's `units`."""
    return {
        "unit": row.unit,
        "name": row.name,
        "members": row.members,
        "sessions_expected": row.attendance.due,
        "sessions_attended": row.attendance.done,
        "attendance_rate": row.attendance.rate,
        "essays": row.essays,
        "five_haves": {rule: _tally(tally, "passed", "judged") for rule, tally in row.five_haves.items()},
        "compliance": row.compliance.rate,
    }


def member_json(row: MemberRow) -> dict[str, Any]:
    """One member's row as an object of the JSON report's `members`, with the score's parts and the rank."""
    return {
        "member": row.member,
        "name": row.name,
        "unit": row.unit,
        "sessions_expected": row.sessions_expected,
        "sessions_attended": row.sessions_attended,
        "late": row.late,
        "leave": row.leave,
        "absent": row.absent,
        "unrecorded": row.unrecorded,
        "attendance_rate": row.attendance.rate,
        "essays": row.essays,
        "essays_target": row.essays_target,
        "essays_due": row.essays_due,
        "plan": row.has_plan,
        "plan_items_done": row.plan_items_done,
        "plan_items_total": row.plan_items_total,
        "areas_covered": list(row.areas_covered),
        "reviews": {
            quarter: None
            if marks is None
            else {
                "attitude": marks.attitude,
                "content": marks.content,
                "results": marks.results,
                "notebook": marks.notebook,
            }
            for quarter, marks in row.reviews.items()
        },
        "self_report": row.self_report,
        "score_parts": row.parts,
        "score": row.score,
        "rank": row.rank,
    }


def detail_json(detail: MemberDetail) -> dict[str, Any]:
    """`report --member`: the member's goals, plan items, sessions, essays and self-rating as the `detail`
    object."""
    return {
        "goals": detail.goals,
        "plan_items": [
            {
                "area": i.area,
                "content": i.content,
                "due": i.due.isoformat(),
                "done": i.done.isoformat() if i.done else None,
            }
            for i in detail.plan_items
        ],
        "sessions": [
            {
                "session": s.session,
                "date": s.date.isoformat(),
                "kind": s.kind,
                "topic": s.topic,
                "status": s.status,
            }
            for s in detail.sessions
        ],
        "essays": [
            {
                "essay": e.essay,
                "date": e.date.isoformat(),
                "title": e.title,
                "area": e.area,
                "published_in": e.published_in,
                "suggestions": e.suggestions,
            }
            for e in detail.essays
        ],
        "self_rating": detail.self_rating,
    }


def report_as_dict(report: Report) -> dict[str, Any]:
    """The whole report as the JSON document's object: the period, the organization, units, members and
    weights."""
    period = report.period
    document: dict[str, Any] = {
        "year": period.year,
        "quarter": period.quarter,
        "period": str(period),
        "start": period.start.isoformat(),
        "end": period.last_day.isoformat(),
        "as_of": report.today.isoformat(),
        "organization": organization_json(report.organization),
        "units": [unit_json(row) for row in report.units],
        "members": [member_json(row) for row in report.members],
        "weights": report.weights,
    }
    if report.detail is not None:
        document["detail"] = detail_json(report.detail)
    return document


def report_as_json(report: Report) -> str:
    """The report as JSON text, UTF-8 characters kept, indented, ending in a newline."""
    return json.dumps(report_as_dict(report), ensure_ascii=False, indent=2) + "\n"


def report_as_json_bytes(report: Report, lang: str) -> bytes:
    """The exporter (render/exporters.py): the JSON is the same in every language."""
    return report_as_json(report).encode("utf-8")
