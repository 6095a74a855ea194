"""`studyctl plan new | done`, `schedule publish`, `essay add`, `review` and `self-report`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h
from studyctl.cli.prompting import complete_areas, complete_members
from studyctl.cli.record import NoCommitOption, ReplaceOption, SealedOkOption
from studyctl.clock import today

plan_app = typer.Typer(help=h("plan"), no_args_is_help=True)
schedule_app = typer.Typer(help=h("schedule"), no_args_is_help=True)
essay_app = typer.Typer(help=h("essay"), no_args_is_help=True)
app.add_typer(plan_app, name="plan")
app.add_typer(schedule_app, name="schedule")
app.add_typer(essay_app, name="essay")

MemberArgument = Annotated[str, typer.Argument(help=h("member.member"), autocompletion=complete_members)]
AreaItems = Annotated[list[str] | None, typer.Option(show_default=False)]


RATINGS_SHOWN = "<excellent|good|fair|poor>"
NOTEBOOK_SHOWN = "<kept|incomplete|missing>"


def _rating(flag: str, key: str) -> typer.models.OptionInfo:
    """A rating given as an option: excellent, 优秀 or its number in the list (1)."""
    return typer.Option(flag, help=h(key), metavar=RATINGS_SHOWN, show_default=False)


def _year(text: str | None, today: dt.date) -> int:
    from studyctl.errors import StudyctlError

    if text is None:
        return today.year
    if not (text.isdigit() and len(text) == 4):
        raise StudyctlError("cli.bad_period", value=text)
    return int(text)


@plan_app.command("new", help=h("plan.new"))
def plan_new(
    member: MemberArgument,
    year: Annotated[str | None, typer.Option("--year", "-y", help=h("year"), show_default=False)] = None,
    goals: Annotated[str | None, typer.Option("--goals", help=h("plan.goals"))] = None,
    essays_target: Annotated[
        int | None, typer.Option("--essays-target", help=h("plan.essays_target"))
    ] = None,
    politics: Annotated[list[str] | None, typer.Option("--politics", help=h("plan.area"))] = None,
    law: Annotated[list[str] | None, typer.Option("--law", help=h("plan.area"))] = None,
    economics: Annotated[list[str] | None, typer.Option("--economics", help=h("plan.area"))] = None,
    knowledge: Annotated[list[str] | None, typer.Option("--knowledge", help=h("plan.area"))] = None,
    due: Annotated[str | None, typer.Option("--due", help=h("plan.due"), show_default=False)] = None,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl plan new`: file a member's study plan for a year."""
    from studyctl.cli import prompting as p
    from studyctl.errors import StudyctlError
    from studyctl.fsio import edit_text
    from studyctl.recording import PlanInput, new_plan, plan_from_template, plan_template

    root, records, lang_code = p.office(records_dir, lang)
    now = today()
    plan_year = _year(year, now)
    by_area = {"politics": politics, "law": law, "economics": economics, "knowledge": knowledge}
    if not any(by_area.values()) and goals is None and p.interactive():
        member_id = p.member_in(records)(member)
        entry = plan_from_template(
            edit_text(plan_template(records, member_id, plan_year, lang_code)), member, plan_year
        )
        if not entry.goals:
            raise StudyctlError("store.missing_option", option="goals")
    else:
        missing = [f"--{area}" for area, items in by_area.items() if not items]
        if missing:
            raise StudyctlError("store.missing_option", option=", ".join(missing))
        day = p.to_date(due, now, lang_code) if due else dt.date(plan_year, 12, 31)
        items = [(area, text, day) for area, texts in by_area.items() for text in texts or []]
        chosen_goals = goals or p.ask("--goals", "store.prompt.goals", lang_code, p.to_text)
        entry = PlanInput(member, plan_year, chosen_goals, essays_target, items)
    if essays_target is not None:
        entry.essays_target = essays_target
    saved = new_plan(root, entry, replace=replace, commit=not no_commit, today=now)
    raise typer.Exit(p.report(saved, lang_code))


@plan_app.command("done", help=h("plan.done"))
def plan_done(
    member: MemberArgument,
    item: Annotated[str, typer.Argument(help=h("plan.item"))],
    year: Annotated[str | None, typer.Option("--year", "-y", help=h("year"), show_default=False)] = None,
    date: Annotated[
        str | None, typer.Option("--date", "-d", help=h("plan.done_date"), show_default=False)
    ] = None,
    no_commit: NoCommitOption = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl plan done`: mark an item of a member's plan done."""
    from studyctl.cli import prompting as p
    from studyctl.cli.output import out
    from studyctl.messages import t
    from studyctl.recording import plan_done

    root, _, lang_code = p.office(records_dir, lang)
    now = today()
    day = p.to_date(date, now, lang_code) if date else now
    content, saved = plan_done(root, member, _year(year, now), item, day, commit=not no_commit, today=now)
    out().print(t("store.plan_item_done", lang_code, content=content))
    raise typer.Exit(p.report(saved, lang_code))


@schedule_app.command("publish", help=h("schedule.publish"))
def schedule_publish(
    entry: Annotated[list[str] | None, typer.Option("--entry", "-e", help=h("schedule.entry"))] = None,
    file: Annotated[
        str | None, typer.Option("--file", "-f", help=h("schedule.file"), show_default=False)
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help=h("schedule.published"), show_default=False)
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help=h("schedule.name"), show_default=False)] = None,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    sealed_ok: SealedOkOption = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl schedule publish`: publish a study schedule in advance."""
    from studyctl.cli import prompting as p
    from studyctl.fsio import read_input
    from studyctl.recording import (
        publish_schedule,
        schedule_row_from_flag,
        schedule_rows_from_file,
    )

    root, _, lang_code = p.office(records_dir, lang)
    rows = [schedule_row_from_flag(text) for text in entry or []]
    if file is not None:
        rows += schedule_rows_from_file(read_input(file), file)
    now = today()
    day = p.to_date(published, now, lang_code) if published else now
    saved = publish_schedule(
        root, rows, day, name, replace=replace, commit=not no_commit, sealed_ok=sealed_ok
    )
    raise typer.Exit(p.report(saved, lang_code))


@essay_app.command("add", help=h("essay.add"))
def essay_add(
    author: Annotated[
        str | None, typer.Option("--author", help=h("essay.author"), autocompletion=complete_members)
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", "-d", help=h("essay.date"), show_default=False)
    ] = None,
    title: Annotated[str | None, typer.Option("--title", "-t", help=h("essay.title"))] = None,
    area: Annotated[
        str | None, typer.Option("--area", "-a", help=h("log.area"), autocompletion=complete_areas)
    ] = None,
    session: Annotated[str | None, typer.Option("--session", help=h("essay.session"))] = None,
    published_in: Annotated[str | None, typer.Option("--published-in", help=h("essay.published_in"))] = None,
    suggestions: Annotated[int, typer.Option("--suggestions", help=h("essay.suggestions"), min=0)] = 0,
    body_file: Annotated[str | None, typer.Option("--body-file", "-b", help=h("essay.body_file"))] = None,
    slug: Annotated[str | None, typer.Option("--slug", help=h("essay.slug"), show_default=False)] = None,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    sealed_ok: SealedOkOption = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl essay add`: file a member's study essay."""
    from studyctl.cli import prompting as p
    from studyctl.recording import EssayInput, add_essay

    root, records, lang_code = p.office(records_dir, lang)
    now = today()
    day = p.to_date(date, now, lang_code) if date else now
    shown = p.show_members(records, lang_code, day) if author is None and p.interactive() else None
    chosen_author = author or p.ask(
        "--author", "store.prompt.author", lang_code, p.member_in(records, day, shown)
    )
    chosen_title = title or p.ask("--title", "store.prompt.title", lang_code, p.to_text)
    chosen_area = p.chosen(area, "--area", "area", "store.prompt.area", lang_code)
    body = p.text_from(body_file, "--body-file", "store.template.body", "store.what.body", lang_code)
    entry = EssayInput(
        chosen_author, day, chosen_title, chosen_area, body, session, published_in, suggestions, slug
    )
    saved = add_essay(root, entry, replace=replace, commit=not no_commit, today=now, sealed_ok=sealed_ok)
    raise typer.Exit(p.report(saved, lang_code))


@app.command("review", help=h("review"))
def review(
    member: MemberArgument,
    quarter: Annotated[str | None, typer.Option("--quarter", "-q", help=h("review.quarter"))] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help=h("review.reviewer"), autocompletion=complete_members)
    ] = None,
    attitude: Annotated[str | None, _rating("--attitude", "review.attitude")] = None,
    content: Annotated[str | None, _rating("--content", "review.content")] = None,
    results: Annotated[str | None, _rating("--results", "review.results")] = None,
    notebook: Annotated[
        str | None,
        typer.Option("--notebook", help=h("review.notebook"), metavar=NOTEBOOK_SHOWN, show_default=False),
    ] = None,
    notes: Annotated[str | None, typer.Option("--notes", help=h("review.notes"))] = None,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    sealed_ok: SealedOkOption = None,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl review`: file a member's quarterly review."""
    from studyctl.cli import prompting as p
    from studyctl.recording import ReviewInput, add_review

    root, records, lang_code = p.office(records_dir, lang)
    now = today()

    def quarter_of_text(text: str) -> str:
        return _quarter(text, now)

    chosen_quarter = (
        quarter_of_text(quarter)
        if quarter
        else p.ask("--quarter", "help.review.quarter", lang_code, quarter_of_text)
    )
    shown = p.show_members(records, lang_code) if reviewer is None and p.interactive() else None
    chosen_reviewer = reviewer or p.ask(
        "--reviewer", "store.prompt.reviewer", lang_code, p.member_in(records, shown=shown)
    )

    def rating(value: str | None, option: str) -> str:
        return p.chosen(value, f"--{option}", "rating", f"store.prompt.{option}", lang_code)

    entry = ReviewInput(
        member,
        chosen_quarter,
        chosen_reviewer,
        rating(attitude, "attitude"),
        rating(content, "content"),
        rating(results, "results"),
        p.chosen(notebook, "--notebook", "notebook", "store.prompt.notebook", lang_code),
        notes,
    )
    saved = add_review(root, entry, replace=replace, commit=not no_commit, sealed_ok=sealed_ok)
    raise typer.Exit(p.report(saved, lang_code))


def _quarter(text: str, today: dt.date) -> str:
    from studyctl.errors import StudyctlError
    from studyctl.periods import parse_period

    try:
        period = parse_period(text, today)
    except ValueError:
        raise StudyctlError("store.bad_quarter", value=text) from None
    if period.is_year:
        raise StudyctlError("store.bad_quarter", value=text)
    return str(period)


@app.command("self-report", help=h("self-report"))
def self_report(
    member: MemberArgument,
    year: Annotated[str | None, typer.Option("--year", "-y", help=h("year"), show_default=False)] = None,
    rating: Annotated[
        str | None,
        typer.Option("--rating", help=h("self_report.rating"), metavar=RATINGS_SHOWN, show_default=False),
    ] = None,
    body_file: Annotated[
        str | None, typer.Option("--body-file", "-b", help=h("self_report.body_file"))
    ] = None,
    replace: ReplaceOption = False,
    no_commit: NoCommitOption = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl self-report`: file a member's year-end self-report."""
    from studyctl.cli import prompting as p
    from studyctl.recording import add_self_report

    root, _, lang_code = p.office(records_dir, lang)
    chosen = p.chosen(rating, "--rating", "rating", "store.prompt.rating", lang_code)
    body = p.text_from(body_file, "--body-file", "store.template.body", "store.what.body", lang_code)
    saved = add_self_report(
        root, member, _year(year, today()), chosen, body, replace=replace, commit=not no_commit
    )
    raise typer.Exit(p.report(saved, lang_code))
