"""What the recording commands share: asking for a missing option (or failing without a terminal),
reporting a write, and completion of member and unit names.

Prompts go to stderr through Rich, so that stdout carries only results. Whether stdin is a
terminal is asked through `interactive()`, which tests replace.
"""

from __future__ import annotations

import datetime as dt
import math
import re
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


def _answer(question: str, default: str | None = None) -> str:
    """One line typed on the terminal after `question` (Enter: `default`, else '')."""
    from rich.markup import escape
    from rich.prompt import Prompt

    from studyctl.cli.output import err

    try:
        answer = Prompt.ask(
            escape(question), console=err(), default=default, show_default=default is not None
        )
    except (EOFError, KeyboardInterrupt):
        raise StudyctlError("cli.interrupted") from None
    return (answer or "").strip()


def _retry(exc: StudyctlError, lang: str) -> None:
    from studyctl.cli.output import err, print_error
    from studyctl.messages import t

    print_error(exc.render(lang))
    err().print(t("store.prompt.try_again", lang))


def ask(
    option: str,
    prompt_key: str,
    lang: str,
    convert: Callable[[str], T],
    default: str | None = None,
) -> T:
    """Ask for `option` on a terminal until `convert` accepts the answer; exit 2 without one."""
    if not interactive():
        raise StudyctlError("store.missing_option", option=option)
    from studyctl.messages import t

    while True:
        answer = _answer(t(prompt_key, lang), default)
        try:
            return convert(answer)
        except StudyctlError as exc:
            _retry(exc, lang)


def ask_text(question: str, lang: str, convert: Callable[[str], T]) -> T:
    """Ask `question` (text already in the run's language) until `convert` accepts the answer."""
    while True:
        answer = _answer(question)
        try:
            return convert(answer)
        except StudyctlError as exc:
            _retry(exc, lang)


YES = ("是", "是的", "对", "好", "确认", "y", "yes")
NO = ("否", "不", "不是", "不对", "n", "no")


def yes_no(text: str) -> bool:
    """是 / 否 (or y / n, yes / no) as True / False."""
    folded = text.strip().casefold()
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise StudyctlError("clerk.bad_yes_no", value=text)


def confirm(question: str, lang: str | None = None, default: bool | None = False) -> bool:
    """A yes/no question on the terminal: 是/否 or y/n; Enter takes `default` (None: no default)."""
    from studyctl.cli.output import err
    from studyctl.messages import t

    code = lang or LANG
    suffix = t("clerk.yes_no", code)
    shown = None if default is None else (t("clerk.yes", code) if default else t("clerk.no", code))
    while True:
        try:
            answer = _answer(f"{question} {suffix}", shown)
        except StudyctlError:
            err().print()
            return False
        try:
            return yes_no(answer)
        except StudyctlError as exc:
            _retry(exc, code)


def ask_yes_no(option: str, prompt_key: str, lang: str) -> bool:
    """A yes/no option: asked on a terminal, else missing (exit 2)."""
    if not interactive():
        raise StudyctlError("store.missing_option", option=option)
    from studyctl.messages import t

    return confirm(t(prompt_key, lang), lang, default=None)


# --- fixed choices -------------------------------------------------------------------------------

# each fixed choice: the catalogue prefix of its names (`store.role.` + id), and its ids in order
CHOICE_LABELS = {
    "role": "store.role",
    "education": "report.education",
    "rating": "report.rating",
    "notebook": "clerk.notebook",
    "kind": "kind",
    "area": "area",
}


# other ways clerks write a fixed choice (input vocabulary, never shown: not in the catalogue)
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "education": {
        "none": ("无学历", "初中", "小学"),
        "secondary": ("中等专业学校", "中技", "技校"),
        "associate": ("专科", "高职"),
        "bachelor": ("大学本科", "学士"),
        "master": ("硕士", "研究生"),
        "doctor": ("博士",),
    },
    "notebook": {
        "kept": ("笔记完整", "齐全"),
        "incomplete": ("笔记不全", "不全"),
        "missing": ("无笔记", "无", "缺失"),
    },
    "rating": {
        "excellent": ("优",),
        "good": ("良",),
        "fair": ("中", "合格", "称职"),
        "poor": ("差", "不合格"),
    },
    "role": {
        "middle": ("中层", "中层领导", "middle-level"),
        "leader": ("班子", "领导班子成员"),
        "staff": ("干部职工", "职工", "一般"),
    },
    "kind": {
        "exchange": ("交流", "交流学习心得", "周二交流"),
        "study-day": ("学习日", "周五学习", "全员学习"),
    },
}


def choice_ids(field: str) -> tuple[str, ...]:
    """The ids one may choose from for `field` (role, education, rating, notebook, kind or area)."""
    from studyctl import models

    return {
        "role": models.ROLES,
        "education": models.EDUCATION_LEVELS,
        "rating": models.RATINGS,
        "notebook": models.NOTEBOOK_STATES,
        "kind": models.KINDS,
        "area": models.AREAS,
    }[field]


def choice_options(field: str) -> list[tuple[str, list[str]]]:
    """(id, names) of a fixed choice: its Chinese and English names, and other ways of writing it."""
    from studyctl.messages import t

    prefix = CHOICE_LABELS[field]
    aliases = ALIASES.get(field, {})
    return [
        (option, [t(f"{prefix}.{option}", "zh"), t(f"{prefix}.{option}", "en"), *aliases.get(option, ())])
        for option in choice_ids(field)
    ]


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def numbered_grid(labels: list[str], columns: int | None = None) -> str:
    """` 1 李明   2 王芳   3 张伟 …`: labels numbered from 1, in as many aligned columns as fit."""
    if not labels:
        return ""
    if columns is None:
        from studyctl.cli.output import err

        columns = err().width
    digits = len(str(len(labels)))
    cells = [f"{n:>{digits}} {label}" for n, label in enumerate(labels, start=1)]
    cell_width = max(_width(cell) for cell in cells) + 2
    per_line = max(1, columns // cell_width)
    rows = math.ceil(len(cells) / per_line)
    lines = []
    for row in range(rows):  # numbered down the columns, as a list is read
        line = [cells[i] for i in range(row, len(cells), rows)]
        lines.append("".join(c + " " * (cell_width - _width(c)) for c in line).rstrip())
    return "\n".join(lines)


def show_grid(labels: list[str], title: str | None = None) -> None:
    """Show numbered labels on stderr in columns, under `title` if given."""
    from studyctl.cli.output import err

    if title:
        err().print(title, highlight=False, markup=False)
    err().print(numbered_grid(labels), highlight=False, markup=False)


def choice_listing(field: str, lang: str) -> str:
    """`1 书记 (secretary)  2 班子成员 (leader)  …`: the list a choice is made from."""
    from studyctl.messages import t

    prefix = CHOICE_LABELS[field]
    return "  ".join(
        f"{number} {t(f'{prefix}.{option}', lang)} ({option})"
        for number, option in enumerate(choice_ids(field), start=1)
    )


def choice(option: str, field: str, lang: str) -> Callable[[str], str]:
    """A converter: the id of the fixed choice named by its Chinese name, id or number."""
    from studyctl.names import pick

    def convert(text: str) -> str:
        found = pick(text, choice_options(field))
        if found is None:
            raise StudyctlError(
                "store.bad_choice", value=text, option=option, choices=choice_listing(field, lang)
            )
        return found

    return convert


def chosen(value: str | None, option: str, field: str, prompt_key: str, lang: str) -> str:
    """The choice given as an option, else asked from the numbered list on a terminal."""
    convert = choice(option, field, lang)
    if value is not None:
        return convert(value)
    if interactive():
        from studyctl.messages import t

        prefix = CHOICE_LABELS[field]
        show_grid([f"{t(f'{prefix}.{option}', lang)} ({option})" for option in choice_ids(field)])
    return ask(option, prompt_key, lang, convert)


def show_members(records: Records, lang: str, only_active_on: dt.date | None = None) -> list[str]:
    """Show the members (the active ones, if a day is given) numbered, before a prompt that asks
    for one; the ids in the order shown, so that a number can be answered."""
    from studyctl.messages import t

    members = [m for m in records.members.values() if only_active_on is None or m.active_on(only_active_on)]
    ordered = sorted(members, key=lambda m: m.id)
    show_grid([m.name for m in ordered], t("clerk.prompt.members_grid", lang))
    return [m.id for m in ordered]


def show_units(records: Records, lang: str) -> list[str]:
    """Show the units numbered; their ids in the order shown."""
    from studyctl.messages import t

    units = sorted(records.units.values(), key=lambda u: u.id)
    show_grid([u.name for u in units], t("clerk.prompt.units_list", lang))
    return [u.id for u in units]


def member_in(
    records: Records, day: dt.date | None = None, shown: list[str] | None = None
) -> Callable[[str], str]:
    """A converter that accepts a member's id or name, or their number in the list `shown`, and
    returns the id."""

    def convert(text: str) -> str:
        from studyctl.names import resolve_member

        if shown and text.strip().isdigit():
            number = int(text.strip())
            if not 1 <= number <= len(shown):
                raise StudyctlError("clerk.no_number", value=text.strip(), count=len(shown))
            return shown[number - 1]
        found = resolve_member(text, records.members, records.units, day)
        if found.member is None:
            raise StudyctlError(found.problem, value=text, candidates=found.candidates or "-")
        return found.member

    return convert


_DATE_FORMS = (
    re.compile(r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?$"),
    re.compile(r"^(?P<m>\d{1,2})\s*[月/-]\s*(?P<d>\d{1,2})\s*[日号]?$"),
)
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "today": 0, "昨天": -1, "昨日": -1, "yesterday": -1, "前天": -2}


def read_date(text: str, today: dt.date) -> dt.date:
    """A date as a clerk writes it: 2026-05-01, 2026-5-1, 2026/5/1, 2026年5月1日, 5月1日 (this
    year), 今天, 昨天, 前天. `today` is the day of the run (the one clock)."""
    text = text.strip()
    if text.casefold() in _RELATIVE_DAYS:
        return today + dt.timedelta(days=_RELATIVE_DAYS[text.casefold()])
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            year = int(match.groupdict().get("y") or today.year)
            try:
                return dt.date(year, int(match["m"]), int(match["d"]))
            except ValueError:
                break
    raise StudyctlError("cli.bad_date", value=text)


def to_date(text: str, today: dt.date, lang: str | None = None) -> dt.date:
    """`read_date`, saying on stderr which day a date not written as 2026-05-01 was read as."""
    day = read_date(text, today)
    if lang is not None and text.strip() != day.isoformat():
        from studyctl.cli.output import err
        from studyctl.messages import t

        err().print(t("clerk.date_read_as", lang, value=text.strip(), date=day.isoformat()), highlight=False)
    return day


def date_of(value: str | None, option: str, prompt_key: str, today: dt.date, lang: str) -> dt.date:
    """The date given as an option, else asked for on a terminal (exit 2 without one)."""
    if value is not None:
        return to_date(value, today, lang)
    return ask(option, prompt_key, lang, dates(today, lang))


def dates(today: dt.date, lang: str) -> Callable[[str], dt.date]:
    """A converter for `ask`: a date in any of `read_date`'s forms, echoed as ISO."""
    return lambda text: to_date(text, today, lang)


def unit_in(records: Records, shown: list[str] | None = None) -> Callable[[str], str]:
    """A converter that accepts a unit's id, its name, its number in the list `shown` or `all`, and
    returns the id."""

    def convert(text: str) -> str:
        from studyctl.names import resolve_unit

        if shown and text.strip().isdigit():
            number = int(text.strip())
            if not 1 <= number <= len(shown):
                raise StudyctlError("clerk.no_number", value=text.strip(), count=len(shown))
            return shown[number - 1]
        found = resolve_unit(text, records.units)
        if found is None:
            raise StudyctlError("reference.unit", value=text)
        return found

    return convert


def to_text(text: str) -> str:
    """The text typed, which may not be blank."""
    if not text.strip():
        raise StudyctlError("store.missing_option", option="-")
    return text


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
    """The records folder: the one given, else the nearest one up from the current folder."""
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
    """Shell completion of `--units`: the unit ids that begin the last of the comma-separated words, `all`
    among them."""
    from studyctl.names import unit_choices

    root = _completion_root(ctx)
    if root is None:
        return []
    last = incomplete.rsplit(",", 1)[-1]
    done = incomplete[: len(incomplete) - len(last)]
    return [(done + u, n) for u, n in [("all", ""), *unit_choices(root)] if u.startswith(last)]


def complete_kinds(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of `--kind`: the session kinds, with their names."""
    from studyctl.messages import t
    from studyctl.models import KINDS

    return [(k, t(f"kind.{k}", LANG)) for k in KINDS if k.startswith(incomplete)]


def complete_areas(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of `--area`: the study areas, with their names."""
    from studyctl.messages import t
    from studyctl.models import AREAS

    return [(a, t(f"area.{a}", LANG)) for a in AREAS if a.startswith(incomplete)]
