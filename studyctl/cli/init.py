"""`studyctl init`: make a new records folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, h, language


@app.command(help=h("init"))
def init(
    folder: Annotated[Path, typer.Argument(help=h("init.folder"), file_okay=False)] = Path("."),
    organization: Annotated[
        str | None, typer.Option("--organization", "-o", help=h("init.organization"), show_default=False)
    ] = None,
    campaign_start: Annotated[
        str | None, typer.Option("--campaign-start", help=h("init.campaign_start"), show_default=False)
    ] = None,
    county_remote: Annotated[
        str | None, typer.Option("--county-remote", help=h("init.county_remote"), show_default=False)
    ] = None,
    lang: LangOption = None,
) -> None:
    """`studyctl init`: make a new records folder with its studyctl.yaml and folders."""
    from studyctl.cli.output import out
    from studyctl.clock import today
    from studyctl.errors import StudyctlError
    from studyctl.messages import t
    from studyctl.scaffold import init_records

    lang_code = language(lang)
    day = today()
    # the campaign, as far as studyctl knows, starts the week the office starts keeping records:
    # weeks before it would all be reported as missed
    monday = day - dt.timedelta(days=day.weekday())
    start = campaign_start or monday.isoformat()
    try:
        dt.date.fromisoformat(start)
    except ValueError:
        raise StudyctlError("cli.bad_date", value=start) from None
    result = init_records(
        folder, organization or t("init.default_organization", lang_code), start, lang_code, county_remote
    )
    console = out()
    console.print(t("init.done", lang_code, path=str(result.path)), style="bold green")
    if campaign_start is None:
        console.print(t("clerk.init.campaign_start", lang_code, date=start), highlight=False)
    failed = result.git == "failed"
    if result.git == "committed":
        console.print(t("init.git_done", lang_code))
    elif result.git == "inside":
        console.print(t("init.git_inside", lang_code))
    elif failed:
        console.print(t("init.git_failed", lang_code, detail=result.git_detail), style="yellow")
    if county_remote:
        console.print(t("init.county_remote", lang_code, url=county_remote))
    console.print(t("clerk.init.next_named" if organization else "init.next", lang_code))
    if failed:
        raise typer.Exit(1)
