"""The command-line front: Typer commands that parse options, call the library, render, exit.

This is the only place that prints or exits. `main()` is the one exit point: a StudyctlError
becomes its message on stderr and exit status 2, never a traceback. Command modules import
their library code inside the command, so that `studyctl --help` stays fast.
"""

from __future__ import annotations

import sys

import typer

from studyctl.cli.options import LANG, h
from studyctl.errors import StudyctlError

app = typer.Typer(
    name="studyctl",
    help=h("app"),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

# importing a command module registers its commands on `app`
from studyctl.cli import check as _check  # noqa: E402,F401
from studyctl.cli import hook as _hook  # noqa: E402,F401
from studyctl.cli import init as _init  # noqa: E402,F401
from studyctl.cli import record as _record  # noqa: E402,F401
from studyctl.cli import record_docs as _record_docs  # noqa: E402,F401
from studyctl.cli import record_org as _record_org  # noqa: E402,F401
from studyctl.cli import report as _report  # noqa: E402,F401
from studyctl.cli import seal as _seal  # noqa: E402,F401


def main() -> None:
    """Run the app; Typer exits with the command's status, a StudyctlError exits 2."""
    try:
        app()
    except StudyctlError as exc:
        from studyctl.cli.output import print_error

        print_error(exc.render(LANG))
        sys.exit(2)
