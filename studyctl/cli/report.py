"""`studyctl report`: the annual report, the quarterly check bulletin or one member's year."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, QuarterOption, RecordsOption, YearOption, h, language
from studyctl.cli.progress import loading_progress

if TYPE_CHECKING:
    from studyctl.report import Report


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"
    docx = "docx"


EXTENSIONS = {
    ".txt": ReportFormat.text,
    ".json": ReportFormat.json,
    ".csv": ReportFormat.csv,
    ".md": ReportFormat.markdown,
    ".markdown": ReportFormat.markdown,
    ".html": ReportFormat.html,
    ".htm": ReportFormat.html,
    ".xlsx": ReportFormat.xlsx,
    ".docx": ReportFormat.docx,
}
FILE_ONLY = frozenset({ReportFormat.xlsx, ReportFormat.docx})


@app.command(help=h("report"))
def report(
    quarter: QuarterOption = None,
    year: YearOption = None,
    member: Annotated[
        str | None, typer.Option("--member", "-m", help=h("report.member"), show_default=False)
    ] = None,
    output_format: Annotated[
        ReportFormat | None, typer.Option("--format", "-f", help=h("report.format"), show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=h("report.output"), dir_okay=False, show_default=False),
    ] = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    from studyctl.check import years_for
    from studyctl.cli.check import current_date, resolve_period
    from studyctl.cli.output import err, out
    from studyctl.errors import StudyctlError
    from studyctl.messages import t
    from studyctl.records import find_root, load_records
    from studyctl.report import build_report, check_output_path, write_report_file

    today = current_date()
    # the annual report unless a quarter is asked for
    period = resolve_period(quarter, year or (None if quarter else str(today.year)), today)
    chosen = choose_format(output_format, output)
    if chosen in FILE_ONLY and output is None:
        raise StudyctlError("report.needs_output", format=chosen.value)
    root = find_root(Path.cwd(), records_dir)
    if output is not None:
        check_output_path(root, output)  # refuse before the work, not after it
    with loading_progress(language(lang)) as progress:
        records = load_records(root, years_for(period), progress=progress, today=today)
    lang_code = language(lang, records.config.language)
    built = build_report(records, period, today, member)
    if output is None:
        if chosen is ReportFormat.text:
            from studyctl.render.report_terminal import render_report

            out().print(render_report(built, lang_code))
        else:
            out().out(render_bytes(built, chosen, lang_code).decode("utf-8"), end="")
    else:
        written = write_report_file(root, output, render_bytes(built, chosen, lang_code))
        err().print(t("report.wrote", lang_code, path=str(written)), style="green", highlight=False)
    if built.organization.record_problems:
        err().print(
            t("report.record_problems", lang_code, count=built.organization.record_problems), style="yellow"
        )
    raise typer.Exit(0)


def choose_format(chosen: ReportFormat | None, output: Path | None) -> ReportFormat:
    """--format if given, else the -o file's extension, else the terminal."""
    from studyctl.errors import StudyctlError

    if chosen is not None:
        return chosen
    if output is None:
        return ReportFormat.text
    by_extension = EXTENSIONS.get(output.suffix.lower())
    if by_extension is None:
        raise StudyctlError("report.unknown_extension", path=str(output))
    return by_extension


def render_bytes(built: Report, chosen: ReportFormat, lang: str) -> bytes:
    """The report in a file format, as the bytes of the file."""
    if chosen is ReportFormat.json:
        from studyctl.render.report_json import report_as_json

        return report_as_json(built).encode("utf-8")
    if chosen is ReportFormat.markdown:
        from studyctl.render.markdown_out import report_as_markdown

        return report_as_markdown(built, lang).encode("utf-8")
    if chosen is ReportFormat.html:
        from studyctl.render.html_out import report_as_html

        return report_as_html(built, lang).encode("utf-8")
    if chosen is ReportFormat.text:
        import io

        from rich.console import Console

        from studyctl.render.report_terminal import render_report

        console = Console(width=160, record=True, file=io.StringIO(), color_system=None)
        console.print(render_report(built, lang))
        return console.export_text().encode("utf-8")
    from studyctl.render import office

    makers = {
        ReportFormat.csv: office.report_as_csv,
        ReportFormat.xlsx: office.report_as_xlsx,
        ReportFormat.docx: office.report_as_docx,
    }
    return makers[chosen](built, lang)
