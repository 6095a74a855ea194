"""`studyctl report`: the annual report, the quarterly check bulletin or one member's year."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, QuarterOption, RecordsOption, YearOption, h, language
from studyctl.cli.progress import loading_progress
from studyctl.render.exporters import BY_NAME, EXPORTERS, Exporter, exporter_for_file

# the formats' names, for --format's choices and completion (the table is render/exporters.py)
ReportFormat = StrEnum("ReportFormat", [(exporter.name, exporter.name) for exporter in EXPORTERS])  # type: ignore[misc]


@app.command(help=h("report"))
def report(
    quarter: QuarterOption = None,
    year: YearOption = None,
    member: Annotated[
        str | None, typer.Option("--member", "-m", help=h("report.member"), show_default=False)
    ] = None,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", help=h("report.format"), show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=h("report.output"), dir_okay=False, show_default=False),
    ] = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl report`: the report of a quarter or year, or of one member, in the format asked for, on the
    terminal or into a file."""
    from studyctl.check import years_for
    from studyctl.cli.check import (
        current_date,
        refuse_before_campaign,
        refuse_outside_campaign,
        resolve_period,
    )
    from studyctl.cli.output import err, out
    from studyctl.cli.replay import Replay, play, replay
    from studyctl.errors import StudyctlError
    from studyctl.messages import t
    from studyctl.records import find_root, load_records, refuse_broken_config
    from studyctl.report import build_report, check_output_path, write_report_file

    today = current_date()
    # the annual report unless a quarter is asked for
    period = resolve_period(quarter, year or (None if quarter else str(today.year)), today)
    chosen = choose_format(None if output_format is None else str(output_format.value), output)
    if chosen.file_only and output is None:
        raise StudyctlError("report.needs_output", format=chosen.name)
    root = find_root(Path.cwd(), records_dir)
    if output is not None:
        check_output_path(root, output)  # refuse before the work (and the cache), not after it
    refuse_outside_campaign(root, period, today)
    stored = Replay()
    if output is None:  # printed, not written: an unchanged folder is answered from the stored output
        arguments = ("report", str(period), today.isoformat(), member, chosen.name)
        stored = replay(root, years_for(period), arguments, lang)
        answer = stored.stored()
        if answer is not None:
            play(answer)
            raise typer.Exit(answer[0])
    with loading_progress(language(lang)) as progress:
        records = refuse_broken_config(load_records(root, years_for(period), progress=progress, today=today))
    refuse_before_campaign(period, records.config.campaign_start)
    lang_code = language(lang, records.config.language)
    built = build_report(records, period, today, member)
    console, notes = out(), err()
    with console.capture() as printed, notes.capture() as noted:
        if output is None and chosen.name == "text":
            from studyctl.render.report_terminal import render_report

            console.print(render_report(built, lang_code))
        elif output is None:
            console.out(chosen.load()(built, lang_code).decode("utf-8"), end="")
        else:
            written = write_report_file(root, output, chosen.load()(built, lang_code))
            message = t("report.wrote", lang_code, path=str(written))
            notes.print(message, style="green", highlight=False, markup=False, soft_wrap=True)
        if built.organization.record_problems:
            count = built.organization.record_problems
            notes.print(t("report.record_problems", lang_code, count=count), style="yellow")
    play((0, printed.get(), noted.get()))
    stored.keep(0, printed.get(), noted.get())
    raise typer.Exit(0)


def choose_format(chosen: str | None, output: Path | None) -> Exporter:
    """--format if given, else the -o file's extension, else the terminal."""
    from studyctl.errors import StudyctlError

    if chosen is not None:
        return BY_NAME[chosen]
    if output is None:
        return BY_NAME["text"]
    by_extension = exporter_for_file(output)
    if by_extension is None:
        raise StudyctlError("report.unknown_extension", path=str(output))
    return by_extension
