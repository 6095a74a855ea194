"""`studyctl hook install` and `studyctl hook run`: the git pre-commit hook of a records folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h, language

hook_app = typer.Typer(help=h("hook"), no_args_is_help=True)
app.add_typer(hook_app, name="hook")


@hook_app.command("install", help=h("hook.install"))
def install(
    force: Annotated[bool, typer.Option("--force", help=h("hook.install.force"))] = False,
    records_dir: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """`studyctl hook install`: write the pre-commit hook of the repository the records folder is in."""
    from studyctl.cli.output import out
    from studyctl.hook import install_hook
    from studyctl.messages import t
    from studyctl.records import find_root

    root = find_root(Path.cwd(), records_dir)
    installed = install_hook(root, force)
    out().print(t("hook.installed", language(lang), path=str(installed.path)), style="bold green")
    raise typer.Exit(0)


@hook_app.command("run", help=h("hook.run"))
def run(records_dir: RecordsOption = None, lang: LangOption = None) -> None:
    """`studyctl hook run`: check the staged records against the record rules; exit 1 on an error, which stops
    the commit."""
    from studyctl.cli.output import out
    from studyctl.clock import today
    from studyctl.hook import check_commit
    from studyctl.messages import t
    from studyctl.records import find_root

    root = find_root(Path.cwd(), records_dir)
    commit = check_commit(root, today())
    if commit.result is None:
        raise typer.Exit(0)
    result = commit.result
    lang_code = language(lang, result.records.config.language)
    console = out()
    if result.findings or result.waiting:
        # the renderer (and every rule's module, for their order) only when there is something to show
        from studyctl.render.terminal import render_findings_by_rule, waiting_lines
        from studyctl.rules import registry

        if result.findings:
            quote = lambda rel, line: commit.quotes.get((rel, line))  # noqa: E731  # the staged line
            console.print(render_findings_by_rule(result.findings, registry(), lang_code, quote))
        waiting = waiting_lines(result, lang_code)
        if waiting is not None:
            console.print(waiting)
    if result.failed():
        console.print(t("hook.blocked", lang_code, errors=result.counts["error"]), style="bold red")
        raise typer.Exit(1)
    console.print(t("hook.passed", lang_code, files=commit.staged), style="green")
    raise typer.Exit(0)
