"""`studyctl due`: what the office owes, as of today and looking --days ahead. Always exit 0."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h, language


class DueFormat(StrEnum):
    """What `due --format` prints: text for a person, json for programs, message for a chat group."""

    text = "text"
    json = "json"
    message = "message"


@app.command(help=h("due"))
def due(
    days: Annotated[int, typer.Option("--days", "-d", help=h("due.days"))] = 14,
    member: Annotated[
        str | None, typer.Option("--member", "-m", help=h("due.member"), show_default=False)
    ] = None,
    unit: Annotated[str | None, typer.Option("--unit", "-u", help=h("due.unit"), show_default=False)] = None,
    output_format: Annotated[
        DueFormat, typer.Option("--format", "-f", help=h("due.format"))
    ] = DueFormat.text,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl due`: what falls due in the coming days, for the office, one member or one unit."""
    from studyctl.check import Scope
    from studyctl.cli.check import current_date
    from studyctl.cli.output import out
    from studyctl.due import compute_due, years_for_window
    from studyctl.errors import StudyctlError
    from studyctl.names import resolve_member, resolve_unit
    from studyctl.records import find_root, load_records

    if not 1 <= days <= 366:
        raise StudyctlError("due.bad_days", value=days)
    today = current_date()
    root = find_root(Path.cwd(), records_dir)
    records = load_records(root, years_for_window(today, days), today=today)
    member_id = unit_id = None
    if member is not None:
        resolved = resolve_member(member, records.members, records.units, today)
        if resolved.member is None:
            raise StudyctlError("due.unknown_member", value=member, candidates=resolved.candidates)
        member_id = resolved.member
    if unit is not None:
        unit_id = resolve_unit(unit, records.units)
        if unit_id is None or unit_id == "all":
            raise StudyctlError("due.unknown_unit", value=unit)
    result = compute_due(root, records, today, days, Scope(member_id, unit_id))
    lang_code = language(lang, records.config.language)
    if output_format is DueFormat.json:
        from studyctl.render.due_json import due_as_json

        out().out(due_as_json(result, lang_code), end="")
    elif output_format is DueFormat.message:
        from studyctl.render.due_message import render_due_message

        out().out(render_due_message(result, lang_code), end="")
    else:
        from studyctl.render.due_text import render_due_text

        out().out(render_due_text(result, lang_code), end="")
    raise typer.Exit(0)
