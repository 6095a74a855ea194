"""`studyctl log-session` and `studyctl undo`: record a study session, take back the last record."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h
from studyctl.cli.prompting import (
    complete_areas,
    complete_kinds,
    complete_members,
    complete_units,
)

if TYPE_CHECKING:
    from studyctl.git import LoggedCommit

ReplaceOption = Annotated[bool, typer.Option("--replace", help=h("store.replace"))]
NoCommitOption = Annotated[bool, typer.Option("--no-commit", help=h("store.no_commit"))]
SealedOkOption = Annotated[
    str | None, typer.Option("--sealed-ok", metavar="REASON", help=h("store.sealed_ok"), show_default=False)
]


@app.command("log-session", help=h("log-session"))
def log_session(
    date: Annotated[str | None, typer.Option("--date", "-d", help=h("log.date"), show_default=False)] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", "-k", help=h("log.kind"), autocompletion=complete_kinds)
    ] = None,
    units: Annotated[
        str, typer.Option("--units", help=h("log.units"), autocompletion=complete_units)
    ] = "all",
    participants: Annotated[
        str | None,
        typer.Option("--participants", help=h("log.participants"), autocompletion=complete_members),
    ] = None,
    host: Annotated[
        str | None, typer.Option("--host", help=h("log.host"), autocompletion=complete_members)
    ] = None,
    topic: Annotated[str | None, typer.Option("--topic", "-t", help=h("log.topic"))] = None,
    area: Annotated[
        str | None, typer.Option("--area", "-a", help=h("log.area"), autocompletion=complete_areas)
    ] = None,
    recorder: Annotated[
        str | None, typer.Option("--recorder", help=h("log.recorder"), autocompletion=complete_members)
    ] = None,
    minutes_file: Annotated[
        str | None, typer.Option("--minutes-file", "-m", help=h("log.minutes_file"), show_default=False)
    ] = None,
    absent: Annotated[list[str] | None, typer.Option("--absent", help=h("log.absent"))] = None,
    leave: Annotated[list[str] | None, typer.Option("--leave", help=h("log.leave"))] = None,
    late: Annotated[
        list[str] | None, typer.Option("--late", help=h("log.late"), autocompletion=complete_members)
    ] = None,
    from_csv: Annotated[
        Path | None, typer.Option("--from-csv", help=h("log.from_csv"), dir_okay=False, show_default=False)
    ] = None,
    slug: Annotated[str | None, typer.Option("--slug", help=h("log.slug"), show_default=False)] = None,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    sealed_ok: SealedOkOption = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    from studyctl.cli import prompting as p
    from studyctl.clock import today
    from studyctl.fsio import read_input
    from studyctl.models import AREAS, KINDS
    from studyctl.names import split_list
    from studyctl.recording import SessionInput, log_session, parse_area, parse_kind

    root, records, lang_code = p.office(records_dir, lang)
    now = today()
    day = p.to_date(date) if date else p.ask("--date", "store.prompt.date", lang_code, p.to_date)
    kind_of = p.choice_of("--kind", KINDS, parse_kind)
    chosen_kind = kind_of(kind) if kind else p.ask("--kind", "store.prompt.kind", lang_code, kind_of)
    if host is None and p.interactive():
        p.show_members(records, lang_code, day)
    chosen_host = host or p.ask("--host", "store.prompt.host", lang_code, p.member_in(records, day))
    chosen_topic = topic or p.ask("--topic", "store.prompt.topic", lang_code, p.to_text)
    area_of = p.choice_of("--area", AREAS, parse_area)
    chosen_area = area_of(area) if area else p.ask("--area", "store.prompt.area", lang_code, area_of)
    chosen_recorder = recorder or p.ask(
        "--recorder", "store.prompt.recorder", lang_code, p.member_in(records, day)
    )
    minutes = p.text_from(
        minutes_file, "--minutes-file", "store.template.minutes", "store.what.minutes", lang_code
    )
    entry = SessionInput(
        date=day,
        kind=chosen_kind,
        host=chosen_host,
        topic=chosen_topic,
        area=chosen_area,
        recorder=chosen_recorder,
        minutes=minutes,
        units=split_list(units) or ["all"],
        participants=split_list(participants),
        absent=absent or [],
        leave=leave or [],
        late=late or [],
        sheet=read_input(str(from_csv)) if from_csv else None,
        sheet_name=str(from_csv) if from_csv else "",
        slug=slug,
    )
    saved = log_session(root, entry, replace=replace, commit=not no_commit, today=now, sealed_ok=sealed_ok)
    raise typer.Exit(p.report(saved, lang_code))


@app.command("undo", help=h("undo"))
def undo(
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("undo.yes"))] = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    from studyctl.cli import prompting as p
    from studyctl.cli.output import out
    from studyctl.errors import StudyctlError
    from studyctl.messages import t
    from studyctl.recording import undo_last

    root, _, lang_code = p.office(records_dir, lang)

    shown: list[str] = []

    def agree(commit: LoggedCommit) -> bool:
        shown.append(commit.subject)
        out().print(
            t(
                "store.undo_show",
                lang_code,
                sha=commit.sha[:10],
                date=commit.date,
                subject=commit.subject,
                paths=", ".join(commit.paths),
            ),
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        if yes:
            return True
        if not p.interactive():
            raise StudyctlError("store.undo_needs_yes")
        return p.confirm(t("store.undo_confirm", lang_code))

    result = undo_last(root, agree)
    if result is None:
        out().print(t("store.undo_declined", lang_code))
        raise typer.Exit(1)
    if not result.ok:
        params = {"lock": result.lock}
        cause = t(result.cause, lang_code, **params)
        hint = t(result.cause + ".hint", lang_code, **params)
        from studyctl.cli.output import print_error

        print_error(f"{cause}: {result.detail}\n{hint}" + (f"\n  {result.command}" if result.command else ""))
        raise typer.Exit(1)
    out().print(t("store.undone", lang_code, subject=shown[0]))
