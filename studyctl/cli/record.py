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
        str | None,
        typer.Option("--units", help=h("log.units"), autocompletion=complete_units, show_default=False),
    ] = None,
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
    all_present: Annotated[bool, typer.Option("--all-present", help=h("log.all_present"))] = False,
    slug: Annotated[str | None, typer.Option("--slug", help=h("log.slug"), show_default=False)] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("log.yes"))] = False,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    sealed_ok: SealedOkOption = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl log-session`: record a study session that took place, with its attendance."""
    from studyctl.cli import prompting as p
    from studyctl.cli import record_session as conversation
    from studyctl.clock import today
    from studyctl.domain import expected_members
    from studyctl.errors import StudyctlError
    from studyctl.fsio import read_input
    from studyctl.messages import t
    from studyctl.names import split_list
    from studyctl.recording import SessionInput, log_session

    besides = [
        option
        for option, given in (
            ("--late", late),
            ("--leave", leave),
            ("--absent", absent),
            ("--from-csv", from_csv),
        )
        if given
    ]
    if all_present and besides:
        # "everyone was present" and a list of who was not: the record would say one of them falsely
        raise StudyctlError("clerk.all_present_and_more", options=", ".join(besides))
    root, records, lang_code = p.office(records_dir, lang)
    now = today()
    said_attendance = bool(from_csv or late or leave or absent or all_present)
    asking = p.interactive()
    if not asking:
        # from a script every missing option is named at once, before anything is read
        missing = [
            option
            for option, value in (
                ("--date", date),
                ("--kind", kind),
                ("--host", host),
                ("--topic", topic),
                ("--area", area),
                ("--recorder", recorder),
                ("--minutes-file", minutes_file),
            )
            if value is None
        ]
        kind_id = p.choice("--kind", "kind", lang_code)(kind) if kind else None
        needed = conversation.needs(kind_id) if kind_id else None
        if needed and units is None and participants is None:
            missing.append(needed)
        if not said_attendance:
            missing.append("--all-present")
        if missing:
            key = "clerk.missing_attendance" if missing == ["--all-present"] else "clerk.missing_options"
            raise StudyctlError(key, options=", ".join(missing))
    day = p.date_of(date, "--date", "store.prompt.date", now, lang_code)
    chosen_kind = p.chosen(kind, "--kind", "kind", "store.prompt.kind", lang_code)
    chosen_units = split_list(units)
    chosen_participants = split_list(participants)
    if asking and units is None and participants is None:
        needed = conversation.needs(chosen_kind)
        if needed == "--participants":
            chosen_participants = conversation.ask_participants(records, day, lang_code)
        elif chosen_kind not in conversation.WHOLE_STAFF_KINDS:
            chosen_units = conversation.ask_units(records, chosen_kind, lang_code)
    chosen_units = chosen_units or ["all"]
    expected: list[str] = []
    shown: list[str] | None = None
    if asking:
        # the names are resolved now, for the lists and the table shown before writing
        member_of = p.member_in(records, day)
        resolved_units = [u if u == "all" else p.unit_in(records)(u) for u in chosen_units]
        resolved_participants = [member_of(name) for name in chosen_participants]
        expected = expected_members(records.members, day, resolved_units, resolved_participants)
        if host is None or recorder is None:
            names = [records.member_name(m) for m in expected]
            p.show_grid(names, t("clerk.prompt.expected", lang_code, count=len(expected)))
            shown = expected
    member = p.member_in(records, day, shown)
    chosen_host = (
        (member(host) if asking else host)
        if host
        else p.ask("--host", "store.prompt.host", lang_code, member)
    )
    chosen_topic = topic or p.ask("--topic", "store.prompt.topic", lang_code, p.to_text)
    chosen_area = p.chosen(area, "--area", "area", "store.prompt.area", lang_code)
    chosen_recorder = (
        (member(recorder) if asking else recorder)
        if recorder
        else p.ask("--recorder", "store.prompt.recorder", lang_code, member)
    )
    minutes = p.text_from(
        minutes_file, "--minutes-file", "store.template.minutes", "store.what.minutes", lang_code
    )
    said = conversation.Attendance(late=late or [], leave=leave or [], absent=absent or [])
    if asking:
        if not said_attendance:
            said = conversation.ask_attendance(records, day, expected, lang_code)
        if from_csv is None:
            told = conversation.Attendance(
                late=[member(name) for name in said.late],
                leave=[conversation.resolved_entry(entry, member) for entry in said.leave],
                absent=[conversation.resolved_entry(entry, member) for entry in said.absent],
            )
            summary = conversation.session_summary(
                records,
                day,
                chosen_kind,
                resolved_units,
                resolved_participants,
                chosen_host,
                chosen_topic,
                chosen_area,
                chosen_recorder,
                minutes,
                expected,
                told,
                lang_code,
            )
            conversation.show_record(records, summary, lang_code)
        if not yes and not p.confirm(t("clerk.prompt.write", lang_code), lang_code, default=None):
            from studyctl.cli.output import out

            out().print(t("clerk.not_written", lang_code))
            raise typer.Exit(1)
    entry = SessionInput(
        date=day,
        kind=chosen_kind,
        host=chosen_host,
        topic=chosen_topic,
        area=chosen_area,
        recorder=chosen_recorder,
        minutes=minutes,
        units=chosen_units,
        participants=chosen_participants,
        absent=said.absent,
        leave=said.leave,
        late=said.late,
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
    """`studyctl undo`: show studyctl's last commit and revert it, history kept."""
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
        return p.confirm(t("store.undo_confirm", lang_code), lang_code)

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
