"""`studyctl member add | leave | list` and `studyctl unit add`: the organization's records."""

from __future__ import annotations

from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h
from studyctl.cli.prompting import complete_members, complete_units
from studyctl.cli.record import NoCommitOption

# the fixed choices as the help shows them; each also takes its Chinese name or its number
CHOICES = {
    "role": "<secretary|leader|middle|staff>",
    "education": "<none|secondary|high-school|associate|bachelor|master|doctor>",
}

member_app = typer.Typer(help=h("member"), no_args_is_help=True)
unit_app = typer.Typer(help=h("unit"), no_args_is_help=True)
app.add_typer(member_app, name="member")
app.add_typer(unit_app, name="unit")


@member_app.command("add", help=h("member.add"))
def member_add(
    name: Annotated[str | None, typer.Argument(help=h("member.name"), show_default=False)] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", "-u", help=h("member.unit"), autocompletion=complete_units)
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", help=h("member.role"), metavar=CHOICES["role"], show_default=False)
    ] = None,
    born: Annotated[str | None, typer.Option("--born", help=h("member.born"))] = None,
    education: Annotated[
        str | None,
        typer.Option(
            "--education", help=h("member.education"), metavar=CHOICES["education"], show_default=False
        ),
    ] = None,
    party_member: Annotated[
        bool | None, typer.Option("--party-member/--not-party-member", help=h("member.party_member"))
    ] = None,
    office_automation: Annotated[
        bool | None, typer.Option("--office-automation/--no-office-automation", help=h("member.oa"))
    ] = None,
    joined: Annotated[str | None, typer.Option("--joined", help=h("member.joined"))] = None,
    member_id: Annotated[str | None, typer.Option("--id", help=h("member.id"), show_default=False)] = None,
    same_name: Annotated[bool, typer.Option("--same-name", help=h("member.same_name"))] = False,
    backdate: Annotated[bool, typer.Option("--backdate", help=h("member.backdate"))] = False,
    no_commit: NoCommitOption = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl member add`: add a member."""
    from studyctl.cli import prompting as p
    from studyctl.cli.output import out
    from studyctl.clock import today
    from studyctl.messages import t
    from studyctl.recording import MemberInput, add_member

    root, records, lang_code = p.office(records_dir, lang)
    now = today()
    chosen_name = name or p.ask("NAME", "store.prompt.name", lang_code, p.to_text)
    shown = p.show_units(records, lang_code) if unit is None and p.interactive() else None
    unit_of = p.unit_in(records, shown)
    chosen_unit = unit_of(unit) if unit else p.ask("--unit", "store.prompt.unit", lang_code, unit_of)
    chosen_role = p.chosen(role, "--role", "role", "store.prompt.role", lang_code)
    chosen_born = p.date_of(born, "--born", "store.prompt.born", now, lang_code)
    chosen_education = p.chosen(education, "--education", "education", "store.prompt.education", lang_code)
    if party_member is None:
        party_member = p.ask_yes_no("--party-member", "store.prompt.party_member", lang_code)
    chosen_joined = p.date_of(joined, "--joined", "store.prompt.joined", now, lang_code)
    entry = MemberInput(
        name=chosen_name,
        unit=chosen_unit,
        role=chosen_role,
        born=chosen_born,
        education=chosen_education,
        party_member=party_member,
        joined=chosen_joined,
        office_automation=office_automation,
        id=member_id,
    )
    new_id, saved = add_member(root, entry, same_name=same_name, backdate=backdate, commit=not no_commit)
    out().print(t("store.member_added", lang_code, id=new_id))
    raise typer.Exit(p.report(saved, lang_code))


@member_app.command("leave", help=h("member.leave"))
def member_leave(
    member: Annotated[str, typer.Argument(help=h("member.member"), autocompletion=complete_members)],
    date: Annotated[str | None, typer.Option("--date", "-d", help=h("member.left"))] = None,
    no_commit: NoCommitOption = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl member leave`: record the day a member leaves; the record is kept."""
    from studyctl.cli import prompting as p
    from studyctl.clock import today
    from studyctl.recording import member_leave

    root, _, lang_code = p.office(records_dir, lang)
    now = today()
    day = p.date_of(date, "--date", "store.prompt.date", now, lang_code)
    _, saved = member_leave(root, member, day, commit=not no_commit)
    raise typer.Exit(p.report(saved, lang_code))


@member_app.command("list", help=h("member.list"))
def member_list(
    all_members: Annotated[bool, typer.Option("--all", help=h("member.all"))] = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl member list`: list the members, the active ones unless all are asked for."""
    from rich.table import Table

    from studyctl.cli import prompting as p
    from studyctl.cli.output import out
    from studyctl.clock import today as clock_today
    from studyctl.messages import t

    _, records, lang_code = p.office(records_dir, lang)
    today = clock_today()
    members = [m for m in records.members.values() if all_members or m.active_on(today)]
    if not members:
        out().print(t("store.list.none", lang_code))
        raise typer.Exit(0)
    columns = ["id", "name", "unit", "role", "joined"] + (["left"] if all_members else [])
    table = Table(*(t(f"store.list.{c}", lang_code) for c in columns), box=None, pad_edge=False)
    for member in sorted(members, key=lambda m: (m.unit, m.id)):
        unit = records.units.get(member.unit)
        row = [
            member.id,
            member.name,
            unit.name if unit else member.unit,
            t(f"store.role.{member.role}", lang_code),
            member.joined.isoformat(),
        ]
        if all_members:
            row.append(member.left.isoformat() if member.left else "")
        table.add_row(*row)
    out().print(table)


@unit_app.command("add", help=h("unit.add"))
def unit_add(
    name: Annotated[str, typer.Argument(help=h("unit.name"))],
    unit_id: Annotated[str | None, typer.Option("--id", help=h("unit.id"), show_default=False)] = None,
    no_commit: NoCommitOption = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl unit add`: add a unit."""
    from studyctl.cli import prompting as p
    from studyctl.cli.output import out
    from studyctl.messages import t
    from studyctl.recording import add_unit

    root, _, lang_code = p.office(records_dir, lang)
    new_id, saved = add_unit(root, name, unit_id, commit=not no_commit)
    out().print(t("store.unit_added", lang_code, id=new_id))
    raise typer.Exit(p.report(saved, lang_code))
