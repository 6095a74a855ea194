"""The command-line front: Typer commands that parse options, call the library, render, exit.

This is the only place that prints or exits. A StudyctlError raised by any command becomes its
message on stderr and exit status 2, never a traceback: the app's group catches it, so the same
holds under a test runner. Command modules import their library code inside the command, so that
`studyctl --help` stays fast.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from studyctl.cli.options import detect_language, h
from studyctl.errors import StudyctlError


class StudyctlGroup(TyperGroup):
    """Runs a command; a StudyctlError becomes its message, in the run's language, and exit 2."""

    def invoke(self, ctx: Any) -> Any:
        argv = [*getattr(ctx, "_protected_args", []), *ctx.args]
        try:
            return super().invoke(ctx)
        except StudyctlError as exc:
            from studyctl.cli.output import print_error

            print_error(exc.render(detect_language(argv)))
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=StudyctlGroup,
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
    app()
