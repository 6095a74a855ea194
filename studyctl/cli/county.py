"""`studyctl county …`: the county's folder, its offices, and fetching, checking and ranking them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, QuarterOption, TextOrJson, YearOption, h

if TYPE_CHECKING:
    from rich.console import Console

    from studyctl.county import County

county_app = typer.Typer(help=h("county"), no_args_is_help=True)
app.add_typer(county_app, name="county")

# the formats of the county bulletin: the report's
BULLETIN_FORMATS = ("text", "json", "csv", "markdown", "html", "xlsx", "docx", "pdf")

CountyOption = Annotated[
    Path | None,
    typer.Option("-C", "--county", help=h("county.folder"), file_okay=False, show_default=False),
]
OfficeIdArg = Annotated[str, typer.Argument(help=h("county.office_id"), show_default=False)]


def _open(county_dir: Path | None, lang: LangOption) -> tuple[County, str]:
    from studyctl.county import find_county, load_county

    county = load_county(find_county(Path.cwd(), county_dir))
    return county, lang.value if lang is not None else county.settings.language


def _wide(least: int) -> Console:
    """stdout at least `least` columns wide: a county's tables are wider than a row folded well."""
    from rich.console import Console

    from studyctl.cli.output import out

    return Console(highlight=False, soft_wrap=True, width=max(out().width, least))


def _now() -> dt.datetime:
    from studyctl.clock import now

    return now()


@county_app.command("init", help=h("county.init"))
def county_init(
    folder: Annotated[Path, typer.Argument(help=h("county.init.folder"), file_okay=False)],
    name: Annotated[str, typer.Option("--name", "-n", help=h("county.init.name"), show_default=False)],
    lang: LangOption = None,
) -> None:
    """`studyctl county init`: make a county folder."""
    from studyctl.cli.options import language
    from studyctl.cli.output import out
    from studyctl.county import init_county
    from studyctl.messages import t

    lang_code = language(lang)
    made = init_county(folder, name, lang_code)
    out().print(t("county.init.done", lang_code, path=str(made.path)), style="bold green", markup=False)
    if made.git == "committed":
        out().print(t("county.init.git_done", lang_code), markup=False)
    else:
        out().print(
            t("county.init.git_failed", lang_code, detail=made.git_detail), style="yellow", markup=False
        )
    out().print(t("county.init.next", lang_code), markup=False)


@county_app.command("add", help=h("county.add"))
def county_add(
    office_id: OfficeIdArg,
    name: Annotated[str, typer.Option("--name", "-n", help=h("county.add.name"), show_default=False)],
    remote: Annotated[str, typer.Option("--remote", help=h("county.add.remote"), show_default=False)],
    branch: Annotated[str, typer.Option("--branch", help=h("county.add.branch"))] = "main",
    signers: Annotated[
        Path | None,
        typer.Option("--signers", help=h("county.add.signers"), dir_okay=False, show_default=False),
    ] = None,
    county_dir: CountyOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl county add`: add an office to the county."""
    from studyctl.cli.output import out
    from studyctl.county import add_office
    from studyctl.messages import t

    county, lang_code = _open(county_dir, lang)
    office = add_office(county, office_id, name, remote, branch, signers, lang_code)
    out().print(
        t("county.add.done", lang_code, id=office.id, name=office.name, remote=office.remote), markup=False
    )
    if office.signers is None:
        out().print(t("county.add.no_signers", lang_code, id=office.id), style="yellow", markup=False)


@county_app.command("list", help=h("county.list"))
def county_list(county_dir: CountyOption = None, lang: LangOption = None) -> None:
    """`studyctl county list`: the county's offices, their remotes, branches and signers, and when each was
    last fetched."""
    from rich.table import Table

    from studyctl.cli.output import out
    from studyctl.county import age_text, read_state
    from studyctl.messages import t

    county, lang_code = _open(county_dir, lang)
    if not county.settings.offices:
        out().print(t("county.list.none", lang_code), markup=False)
        raise typer.Exit(0)
    state = read_state(county).get("offices", {})
    now = _now()
    columns = ("id", "name", "remote", "branch", "signers", "fetched")
    table = Table(*(t(f"county.list.{c}", lang_code) for c in columns), box=None, pad_edge=False)
    for office in county.settings.offices:
        fetched = state.get(office.id, {}).get("fetched_at")
        table.add_row(
            office.id,
            office.name,
            office.remote,
            office.branch,
            office.signers or "—",
            age_text(fetched, now, lang_code),
        )
    out().print(table)


@county_app.command("rename", help=h("county.rename"))
def county_rename(
    office_id: OfficeIdArg,
    name: Annotated[str, typer.Argument(help=h("county.rename.name"), show_default=False)],
    county_dir: CountyOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl county rename`: give an office a new name."""
    from studyctl.cli.output import out
    from studyctl.county import rename_office
    from studyctl.messages import t

    county, lang_code = _open(county_dir, lang)
    old, office = rename_office(county, office_id, name, lang_code)
    out().print(t("county.rename.done", lang_code, id=office.id, old=old, name=office.name), markup=False)


@county_app.command("remove", help=h("county.remove"))
def county_remove(office_id: OfficeIdArg, county_dir: CountyOption = None, lang: LangOption = None) -> None:
    """`studyctl county remove`: take an office off the list; its mirror stays."""
    from studyctl.cli.output import out
    from studyctl.county import remove_office
    from studyctl.messages import t

    county, lang_code = _open(county_dir, lang)
    office = remove_office(county, office_id, lang_code)
    out().print(t("county.remove.done", lang_code, id=office.id, name=office.name), markup=False)


@county_app.command("fetch", help=h("county.fetch"))
def county_fetch(
    offices: Annotated[
        list[str] | None, typer.Argument(help=h("county.fetch.offices"), show_default=False)
    ] = None,
    county_dir: CountyOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl county fetch`: fetch the records and seals of every office, or of those named, into their
    mirrors."""
    from studyctl.cli.output import err, out
    from studyctl.county import age_text, fetch_offices
    from studyctl.render.county_out import fetch_line

    county, lang_code = _open(county_dir, lang)
    chosen = county.chosen(offices or [])
    now = _now()
    console = err()
    lines: list[str] = []
    failed = False
    if console.is_terminal and chosen:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        from studyctl.messages import t

        with Progress(
            TextColumn(t("county.fetch.progress", lang_code)),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
        ) as bar:
            task = bar.add_task("", total=len(chosen))
            results = fetch_offices(county, chosen, now, lambda _done: bar.advance(task))
    else:
        results = fetch_offices(county, chosen, now)
    for result in results:
        failed = failed or not result.ok
        lines.append(fetch_line(result, lang_code, age_text(result.last_fetched, now, lang_code)))
    for line in lines:
        out().print(line, markup=False)
    raise typer.Exit(1 if failed else 0)


@county_app.command("check", help=h("county.check"))
def county_check(
    offices: Annotated[
        list[str] | None, typer.Argument(help=h("county.fetch.offices"), show_default=False)
    ] = None,
    quarter: QuarterOption = None,
    year: YearOption = None,
    output_format: Annotated[
        TextOrJson, typer.Option("--format", "-f", help=h("check.format"))
    ] = TextOrJson.text,
    county_dir: CountyOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl county check`: check each office's records as last fetched, with its own settings, and verify
    its seals."""
    from studyctl.cli.check import current_date, resolve_period
    from studyctl.cli.output import err, out
    from studyctl.county import check_offices, read_state
    from studyctl.render.county_out import check_as_json, render_check, stale_lines

    today = current_date()
    period = resolve_period(quarter, year, today)
    county, lang_code = _open(county_dir, lang)
    chosen = county.chosen(offices or [])
    now = _now()
    for line in stale_lines(chosen, read_state(county), now, lang_code):
        err().print(line, style="yellow", markup=False, soft_wrap=True)
    checks = check_offices(county, chosen, period, today)
    if output_format is TextOrJson.json:
        out().out(check_as_json(county, period, checks, lang_code), end="")
    else:
        _wide(100).print(render_check(county, period, checks, now, lang_code))
    raise typer.Exit(1 if any(check.counts["error"] for check in checks) else 0)


@county_app.command("report", help=h("county.report"))
def county_report(
    quarter: QuarterOption = None,
    year: YearOption = None,
    output_format: Annotated[
        str | None, typer.Option("--format", "-f", help=h("report.format"), show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=h("report.output"), dir_okay=False, show_default=False),
    ] = None,
    county_dir: CountyOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl county report`: the county bulletin of a quarter or year."""
    from studyctl.cli.check import current_date, resolve_period
    from studyctl.cli.output import err, out
    from studyctl.cli.report import choose_format
    from studyctl.county import check_offices, read_state
    from studyctl.errors import StudyctlError
    from studyctl.fsio import atomic_write
    from studyctl.messages import t
    from studyctl.render.county_out import build_bulletin, bulletin_bytes, render_bulletin, stale_lines

    today = current_date()
    period = resolve_period(quarter, year or (None if quarter else str(today.year)), today)
    if output_format is not None and output_format not in BULLETIN_FORMATS:
        raise StudyctlError("county.bad_format", value=output_format)
    chosen_format = choose_format(output_format, output).name
    if chosen_format not in BULLETIN_FORMATS:
        raise StudyctlError("county.bad_format", value=chosen_format)
    if chosen_format in ("xlsx", "docx", "pdf") and output is None:
        raise StudyctlError("report.needs_output", format=chosen_format)
    county, lang_code = _open(county_dir, lang)
    now = _now()
    for line in stale_lines(county.settings.offices, read_state(county), now, lang_code):
        err().print(line, style="yellow", markup=False, soft_wrap=True)
    checks = check_offices(county, county.settings.offices, period, today, report=True)
    bulletin = build_bulletin(county, period, today, checks)
    if output is None and chosen_format == "text":
        # fourteen columns: wider than the terminal rather than folded into unreadable slivers
        _wide(140).print(render_bulletin(bulletin, lang_code))
    elif output is None:
        out().out(bulletin_bytes(bulletin, chosen_format, lang_code).decode("utf-8"), end="")
    else:
        atomic_write(output, bulletin_bytes(bulletin, chosen_format, lang_code), str(output))
        err().print(t("report.wrote", lang_code, path=str(output)), style="green", markup=False)
    raise typer.Exit(0)
