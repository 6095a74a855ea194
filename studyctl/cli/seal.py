"""`studyctl seal`: sign off a quarter as a git tag of its records' content hashes; `--list` the seals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h, language

if TYPE_CHECKING:
    from studyctl.seal import SealVerdict


@app.command(help=h("seal"))
def seal(
    quarter: Annotated[str | None, typer.Argument(help=h("seal.quarter"), show_default=False)] = None,
    list_seals: Annotated[bool, typer.Option("--list", "-l", help=h("seal.list"))] = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl seal`: seal a quarter, or list the seals with git's verdict on each signature."""
    from rich.table import Table

    from studyctl.cli.check import current_date, refuse_outside_campaign
    from studyctl.cli.output import out
    from studyctl.errors import StudyctlError
    from studyctl.messages import t
    from studyctl.periods import parse_period
    from studyctl.records import find_root
    from studyctl.seal import read_seals, seal_quarter, verify_folder_seals

    root = find_root(Path.cwd(), records_dir)
    lang_code = language(lang)
    console = out()
    if list_seals:
        seals = read_seals(root)
        if seals is None:
            raise StudyctlError("seal.no_git", path=str(root))
        if not seals:
            console.print(t("seal.list.none", lang_code))
            raise typer.Exit(0)
        table = Table(title=t("seal.list.title", lang_code))
        for column in ("quarter", "date", "by", "records", "verdict", "tag"):
            table.add_column(t(f"seal.col.{column}", lang_code), no_wrap=column not in ("by", "verdict"))
        verdicts = {v.quarter: v for v in verify_folder_seals(root) or []}
        for found in seals:
            verdict = verdicts.get(found.quarter)
            shown = _verdict_text(verdict, found.signed, lang_code)
            table.add_row(found.quarter, found.date, found.tagger, str(len(found.hashes)), shown, found.tag)
        console.print(table)
        raise typer.Exit(0)
    if quarter is None:
        raise StudyctlError("seal.need_quarter")
    today = current_date()
    try:
        period = parse_period(quarter, today)
    except ValueError:
        raise StudyctlError("seal.not_quarter", value=quarter) from None
    if period.is_year:
        raise StudyctlError("seal.not_quarter", value=quarter)
    refuse_outside_campaign(root, period, today)
    result = seal_quarter(root, period, today, lang_code)
    console.print(
        t("seal.done", lang_code, quarter=result.seal.quarter, count=result.records, tag=result.seal.tag),
        style="bold green",
    )
    console.print(t("seal.done.signed" if result.seal.signed else "seal.done.unsigned", lang_code))
    console.print(t("seal.done.next", lang_code))
    raise typer.Exit(0)


def _verdict_text(verdict: SealVerdict | None, signed: bool, lang: str) -> str:
    """git's verdict on a seal's signature; without a signers file, whether it carries one."""
    from studyctl.messages import t

    if verdict is None:
        state = t("seal.signed.yes" if signed else "seal.signed.no", lang)
        return t("seal.verdict.unchecked", lang, state=state)
    if verdict.verdict == "good":
        key = "seal.verdict.good" if verdict.signer else "seal.verdict.good_unnamed"
        return t(key, lang, signer=verdict.signer)
    return t(f"seal.verdict.{verdict.verdict}", lang)
