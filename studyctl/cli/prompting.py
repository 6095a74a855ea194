"""What the recording commands share: asking for a missing option (or failing without a terminal),
reporting a write, and completion of member and unit names.

Prompts go to stderr through Rich, so that stdout carries only results. Whether stdin is a
terminal is asked through `interactive()`, which tests replace.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from studyctl.cli.options import LANG, Lang, language
from studyctl.errors import StudyctlError

if TYPE_CHECKING:
    from studyctl.records import Records
    from studyctl.store import Saved

T = TypeVar("T")


def interactive() -> bool:
    """Whether the clerk can be asked: stdin is a terminal."""
    return sys.stdin.isatty()


def ask(
    option: str,
    prompt_key: str,
    lang: str,
    convert: Callable[[str], T],
    default: str | None = None,
    choices: list[str] | None = None,
) -> T:
    """Ask for `option` on a terminal until `convert` accepts the answer; exit 2 without one."""
    if not interactive():
        raise StudyctlError("store.missing_option", option=option)
    from rich.prompt import Prompt

    from studyctl.cli.output import err
    from studyctl.messages import t

    while True:
        try:
            answer = Prompt.ask(t(prompt_key, lang), console=err(), default=default, choices=choices)
        except (EOFError, KeyboardInterrupt):
            raise StudyctlError("cli.interrupted") from None
        try:
            return convert((answer or "").strip())
        except StudyctlError as exc:
            from studyctl.cli.output import print_error

            print_error(exc.render(lang))
            err().print(t("store.prompt.try_again", lang))


def confirm(question: str) -> bool:
    from rich.prompt import Confirm

    from studyctl.cli.output import err

    try:
        return Confirm.ask(question, console=err(), default=False)
    except (EOFError, KeyboardInterrupt):
        return False


def show_members(records: Records, lang: str, only_active_on: dt.date | None = None) -> None:
    """List member names before a prompt that asks for one."""
    from studyctl.cli.output import err
    from studyctl.messages import t

    members = [m for m in records.members.values() if only_active_on is None or m.active_on(only_active_on)]
    names = "、".join(f"{m.name} ({m.id})" for m in sorted(members, key=lambda m: m.id))
    err().print(t("store.prompt.members", lang, names=names or "-"), highlight=False)


def show_units(records: Records, lang: str) -> None:
    from studyctl.cli.output import err
    from studyctl.messages import t

    names = "、".join(f"{u.name} ({u.id})" for u in records.units.values())
    err().print(t("store.prompt.units", lang, names=names or "-"), highlight=False)


def member_in(records: Records, day: dt.date | None = None) -> Callable[[str], str]:
    """A converter that accepts a member's id or name and returns the id."""

    def convert(text: str) -> str:
        from studyctl.names import resolve_member

        found = resolve_member(text, records.members, records.units, day)
        if found.member is None:
            raise StudyctlError(found.problem, value=text, candidates=found.candidates or "-")
        return found.member

    return convert


def to_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise StudyctlError("cli.bad_date", value=text) from None


def to_text(text: str) -> str:
    if not text.strip():
        raise StudyctlError("store.missing_option", option="-")
    return text


def choice_of(
    option: str, choices: tuple[str, ...], parse: Callable[[str], str | None]
) -> Callable[[str], str]:
    def convert(text: str) -> str:
        found = parse(text)
        if found is None:
            raise StudyctlError("store.bad_choice", value=text, option=option, choices=", ".join(choices))
        return found

    return convert


def plain_choice(choices: tuple[str, ...]) -> Callable[[str], str | None]:
    return lambda text: text if text in choices else None


def without_comments(text: str) -> str:
    """What the clerk wrote in the editor, without the template's `#` lines."""
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#")).strip("\n")


def text_from(path: str | None, option: str, template_key: str, what_key: str, lang: str) -> str:
    """Text from a file (`-` for stdin), else from $EDITOR on a terminal, else exit 2."""
    from studyctl.fsio import edit_text, read_input
    from studyctl.messages import t
    from studyctl.signin import decode_text

    if path is not None:
        text = decode_text(read_input(path))[0]
    elif interactive():
        text = without_comments(edit_text(f"# {t(template_key, lang)}\n\n"))
    else:
        raise StudyctlError("store.missing_option", option=option)
    if not text.strip():
        raise StudyctlError("store.empty_text", what=t(what_key, lang))
    return text


def report(saved: Saved, lang: str) -> int:
    """Say what was written and committed; the exit status (1 if the commit failed)."""
    from studyctl.cli.output import err, out
    from studyctl.messages import t

    console = out()
    done = "store.updated" if saved.updated else "store.replaced_file" if saved.replaced else "store.written"
    console.print(t(done, lang, path=saved.rel))
    committed = saved.committed
    if committed is None:
        if not saved.in_git:
            from studyctl import git

            console.print(
                t("store.not_in_git" if git.available() else "store.git_missing", lang), style="dim"
            )
        return 0
    if committed.ok:
        console.print(t("store.committed", lang, subject=saved.subject))
        return 0
    params = {"lock": committed.lock}
    err().print(
        t(
            "store.commit_failed",
            lang,
            path=saved.rel,
            cause=t(committed.cause, lang, **params),
            detail=committed.detail,
            hint=t(committed.cause + ".hint", lang, **params),
            command=committed.command,
        ),
        style="yellow",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    return 1


def root_of(records_dir: Path | None) -> Path:
    from studyctl.records import find_root

    return find_root(Path.cwd(), records_dir)


def office(records_dir: Path | None, lang: Lang | None) -> tuple[Path, Records, str]:
    """What every recording command starts from: the records folder, its organization (config,
    units, members) and the language of the run."""
    from studyctl.recording import organization

    root = root_of(records_dir)
    records = organization(root)
    return root, records, language(lang, records.config.language)


# --- shell completion ----------------------------------------------------------------------------


def _completion_root(ctx: typer.Context) -> Path | None:
    explicit = ctx.params.get("records_dir")
    try:
        return root_of(Path(explicit) if explicit else None)
    except StudyctlError:
        return None


def complete_members(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Member ids and Chinese names (each with the other as help)."""
    from studyctl.names import member_choices

    root = _completion_root(ctx)
    if root is None:
        return []
    last = incomplete.rsplit(",", 1)[-1]
    done = incomplete[: len(incomplete) - len(last)]
    out = []
    for member, name in member_choices(root):
        for value, other in ((member, name), (name, member)):
            if value and value.startswith(last):
                out.append((done + value, other))
    return out


def complete_units(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    from studyctl.names import unit_choices

    root = _completion_root(ctx)
    if root is None:
        return []
    last = incomplete.rsplit(",", 1)[-1]
    done = incomplete[: len(incomplete) - len(last)]
    return [(done + u, n) for u, n in [("all", ""), *unit_choices(root)] if u.startswith(last)]


def complete_kinds(incomplete: str) -> list[tuple[str, str]]:
    from studyctl.messages import t
    from studyctl.models import KINDS

    return [(k, t(f"kind.{k}", LANG)) for k in KINDS if k.startswith(incomplete)]


def complete_areas(incomplete: str) -> list[tuple[str, str]]:
    from studyctl.messages import t
    from studyctl.models import AREAS

    return [(a, t(f"area.{a}", LANG)) for a in AREAS if a.startswith(incomplete)]
