"""`studyctl check`: the records against the campaign's rules, over a period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from studyctl.cli import app
from studyctl.cli.options import (
    LangOption,
    QuarterOption,
    RecordsOption,
    TextOrJson,
    YearOption,
    h,
    language,
)


@app.command(help=h("check"))
def check(
    rules: Annotated[list[str] | None, typer.Argument(help=h("check.rules"), show_default=False)] = None,
    quarter: QuarterOption = None,
    year: YearOption = None,
    output_format: Annotated[
        TextOrJson, typer.Option("--format", "-f", help=h("check.format"))
    ] = TextOrJson.text,
    strict: Annotated[bool, typer.Option("--strict", help=h("check.strict"))] = False,
    member: Annotated[
        str | None, typer.Option("--member", "-m", help=h("check.member"), show_default=False)
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", "-u", help=h("check.unit"), show_default=False)
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=h("check.no_cache"))] = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl check`: check the records of a quarter or year against the campaign's rules; exit 1 on an
    error (with --strict, on a warning too)."""
    from studyctl.check import Scope, run_check, source_line, years_for
    from studyctl.cli.output import out
    from studyctl.cli.progress import loading_progress
    from studyctl.cli.replay import Replay, play, replay
    from studyctl.errors import StudyctlError
    from studyctl.records import find_root, load_records, refuse_broken_config
    from studyctl.rules import registry

    today = current_date()
    period = resolve_period(quarter, year, today)
    if rules:  # the registry imports every rule: not needed to answer from the result cache
        known = registry()
        for name in rules:
            if name not in known:
                raise StudyctlError("cli.unknown_rule", value=name, rules=", ".join(known))
    root = find_root(Path.cwd(), records_dir)
    refuse_outside_campaign(root, period, today, use_cache=not no_cache)
    console = out()
    scope = Scope(member, unit)
    stored = Replay()
    if not no_cache:
        arguments = ("check", str(period), today.isoformat(), rules, output_format.value, scope)
        stored = replay(root, years_for(period), arguments, lang)
        answer = stored.stored()
        if answer is not None:  # nothing the output depends on has changed since it was stored
            play(answer)
            raise typer.Exit(1 if answer[0] == 1 or (strict and answer[0] == 2) else 0)
    with loading_progress(language(lang)) as progress:
        records = refuse_broken_config(
            load_records(root, years_for(period), progress=progress, today=today, use_cache=not no_cache)
        )
    refuse_before_campaign(period, records.config.campaign_start)
    result = run_check(root, period, today, rules or None, records=records, scope=scope)
    lang_code = language(lang, result.records.config.language)
    with console.capture() as captured:
        if output_format is TextOrJson.json:
            from studyctl.render.json_out import check_as_json

            console.out(check_as_json(result, lang_code), end="")
        else:
            from studyctl.render.terminal import render_check

            console.print(render_check(result, lang_code, lambda rel, line: source_line(root, rel, line)))
    text = captured.get()
    console.file.write(text)
    # kept as 1 (errors), 2 (warnings only) or 0, so that --strict can be answered from it
    stored.keep(1 if result.failed() else 2 if result.failed(strict=True) else 0, text)
    raise typer.Exit(1 if result.failed(strict) else 0)


def refuse_before_campaign(period, campaign_start: dt.date) -> None:  # type: ignore[no-untyped-def]
    """A period that ended before the campaign began has nothing to check or report: say so, rather
    than list every week of it as missed."""
    from studyctl.errors import StudyctlError

    if period.end <= campaign_start:
        raise StudyctlError("clerk.before_campaign", period=str(period), start=campaign_start.isoformat())


def current_date() -> dt.date:
    """Today, from the one clock; tests replace it or set STUDYCTL_TODAY to check as of a fixed day."""
    from studyctl.clock import today

    return today()


def refuse_outside_campaign(root: Path, period: Any, today: dt.date, use_cache: bool = True) -> None:
    """StudyctlError `period.out_of_range` for a period before the campaign's first year or after
    next year (the campaign start read from studyctl.yaml alone)."""
    from studyctl.errors import StudyctlError
    from studyctl.periods import within_campaign
    from studyctl.records import load_records

    config = load_records(root, years=(), kinds={"config"}, use_cache=use_cache).config
    first = config.campaign_start.year
    if not within_campaign(period, first, today):
        raise StudyctlError("period.out_of_range", value=str(period), first=first, last=today.year + 1)


def resolve_period(quarter: str | None, year: str | None, today: dt.date):  # type: ignore[no-untyped-def]
    """The period of --quarter or --year; the current quarter without either."""
    from studyctl.errors import StudyctlError
    from studyctl.periods import Period, parse_period, quarter_of

    if quarter and year:
        raise StudyctlError("cli.period_conflict")
    text = quarter or year
    if text is None:
        return quarter_of(today)
    try:
        period: Period = parse_period(text, today)
    except ValueError:
        raise StudyctlError("cli.bad_period", value=text) from None
    if (quarter and period.is_year) or (year and not period.is_year):
        raise StudyctlError("cli.bad_period", value=text)
    return period
