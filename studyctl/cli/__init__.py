"""The command-line front: Typer commands that parse options, call the library, render, exit.

This is the only place that prints or exits. A StudyctlError raised by any command becomes its
message on stderr and exit status 2, never a traceback: the app's group catches it, so the same
holds under a test runner.

`studyctl --help` must cost no more than a one-command Typer app's. So the commands are listed
from `COMMANDS` without importing their modules, and a command's module is imported, and its
options built, only when that command runs; command modules in turn import their library code
inside the command, so that no command's help loads pydantic, PyYAML or the rules.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperCommand, TyperGroup

from studyctl.cli.options import detect_language, h
from studyctl.errors import StudyctlError

# every command: the module that defines it and the catalogue key of its help, in the order of
# `studyctl --help`. A new command gets a line here (tests/test_cli_help.py holds the two together).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "check"),
    "explain": ("explain", "explain"),
    "init": ("init", "init"),
    "log-session": ("record", "log-session"),
    "undo": ("record", "undo"),
    "review": ("record_docs", "review"),
    "self-report": ("record_docs", "self-report"),
    "report": ("report", "report"),
    "seal": ("seal", "seal"),
    "due": ("due", "due"),
    "hook": ("hook", "hook"),
    "plan": ("record_docs", "plan"),
    "schedule": ("record_docs", "schedule"),
    "essay": ("record_docs", "essay"),
    "member": ("record_org", "member"),
    "unit": ("record_org", "unit"),
    "push": ("push", "push"),
    "county": ("county", "county"),
}


class StudyctlGroup(TyperGroup):
    """Runs a command; a StudyctlError becomes its message, in the run's language, and exit 2.

    Lists the commands of `COMMANDS` by name and help alone, and builds a command when it runs."""

    listing = False  # while the help is drawn: a command's name and help are all it needs
    lang = "zh"  # the run's language, set by `main` (Typer's and Click's own texts follow it)

    def main(self, args: Any = None, *rest: Any, **extra: Any) -> Any:
        """Run; a usage error or an abort is shown in the run's language (see parser_texts)."""
        import sys

        from typer._click.exceptions import ClickException
        from typer.exceptions import Abort

        argv = list(sys.argv[1:] if args is None else args)
        self.lang = detect_language(argv)
        standalone = extra.pop("standalone_mode", True)
        extra["standalone_mode"] = False
        try:
            code = super().main(argv, *rest, **extra)
        except ClickException as error:
            if not standalone:
                raise
            _show_usage_error(error, self.lang)
            sys.exit(error.exit_code)
        except Abort:
            if not standalone:
                raise
            from studyctl.cli.output import print_error
            from studyctl.messages import t

            print_error(t("cli.aborted", self.lang))
            sys.exit(1)
        if not standalone:
            return code
        sys.exit(code if isinstance(code, int) else 0)

    def list_commands(self, ctx: Any) -> list[str]:
        """The commands of `COMMANDS` in their order, then any other built ones."""
        built = [name for name in super().list_commands(ctx) if name not in COMMANDS]
        return [*COMMANDS, *built]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command `cmd_name`: while the help is drawn a stand-in with its name and help, else built from
        its module."""
        command = super().get_command(ctx, cmd_name)  # built already: its module was imported first
        if command is not None and not self.listing:
            from studyctl.cli.parser_texts import localize

            localize(command, self.lang)
        if command is not None or cmd_name not in COMMANDS:
            return command
        module, help_key = COMMANDS[cmd_name]
        if self.listing:
            return TyperCommand(name=cmd_name, help=h(help_key))
        command = _build_command(cmd_name, module)
        if command is not None:
            from studyctl.cli.parser_texts import localize

            self.add_command(localize(command, self.lang), cmd_name)
        return command

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The command the arguments name; an unknown one is suggested among all the commands, in the run's
        language."""
        from difflib import get_close_matches

        from typer._click.exceptions import UsageError

        try:
            return super().resolve_command(ctx, args)
        except UsageError as error:
            # Typer suggests only among the commands built so far: suggest among all of them,
            # in the language of the run
            from studyctl.messages import t

            lang = detect_language(args)
            if args and "No such command" in error.message:
                matches = ", ".join(get_close_matches(args[0], self.list_commands(ctx)))
                key = "cli.no_such_command.did_you_mean" if matches else "cli.no_such_command"
                error.message = t(key, lang, command=args[0], commands=matches)
            raise

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The group's help, listing the commands without building them."""
        from studyctl.cli.parser_texts import localize_group

        localize_group(self, ctx, self.lang)
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False

    def shell_complete(self, ctx: Any, incomplete: str) -> Any:
        """Shell completion of the command names, without building the commands."""
        self.listing = True
        try:
            return super().shell_complete(ctx, incomplete)
        finally:
            self.listing = False

    def invoke(self, ctx: Any) -> Any:
        """Run the command: a StudyctlError is printed as its message with its exit status, any other
        exception is an internal error (exit 70)."""
        argv = [*getattr(ctx, "_protected_args", []), *ctx.args]
        try:
            return super().invoke(ctx)
        except StudyctlError as exc:
            from studyctl.cli.output import print_error

            print_error(exc.render(detect_language(argv)))
            raise typer.Exit(getattr(exc, "exit_code", 2)) from None
        except (typer.Exit, typer.Abort, ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: never to be mistaken for "errors found" (exit 1)
            _internal_error(exc, detect_language(argv))
            raise typer.Exit(INTERNAL_ERROR) from None


INTERNAL_ERROR = 70  # EX_SOFTWARE of sysexits.h


def _internal_error(exc: Exception, lang: str) -> None:
    """A short message on stderr; the traceback saved to a file whose path it names."""
    import tempfile
    import traceback

    from studyctl.cli.output import print_error
    from studyctl.messages import t

    details = "".join(traceback.format_exception(exc))
    error = type(exc).__name__
    try:
        fd, path = tempfile.mkstemp(prefix="studyctl-error-", suffix=".txt")
        with open(fd, "w", encoding="utf-8") as saved:
            saved.write(details)
    except OSError as failed:
        print_error(t("internal.error.unsaved", lang, error=error, detail=failed.strerror or str(failed)))
        return
    print_error(t("internal.error", lang, error=error, path=path))


def _show_usage_error(error: Any, lang: str) -> None:
    from typer import rich_utils
    from typer._click.exceptions import UsageError

    from studyctl.cli.parser_texts import localize, speak_rich, usage_error_text

    speak_rich(lang)
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        localize(ctx.command, lang)
    shown = UsageError(usage_error_text(error, lang), ctx)
    rich_utils.rich_format_error(shown)


def _no_options() -> None:
    # the app's own callback: it makes Typer build a group even before any command is registered
    pass


app = typer.Typer(
    cls=StudyctlGroup,
    callback=_no_options,
    name="studyctl",
    help=h("app"),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _build_command(name: str, module: str) -> Any:
    """Import the module of command `name` (it registers its commands on `app`) and build it."""
    from typer.main import get_command_from_info, get_command_name, get_group_from_info

    importlib.import_module(f"studyctl.cli.{module}")
    for info in app.registered_commands:
        if info.callback is not None and (info.name or get_command_name(info.callback.__name__)) == name:
            return get_command_from_info(
                info,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
    for group in app.registered_groups:
        if group.name == name:
            return get_group_from_info(
                group,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
                suggest_commands=app.suggest_commands,
            )
    return None


def main() -> None:
    """The `studyctl` program: output made safe for any encoding, then the app."""
    from studyctl.textout import safe_streams

    safe_streams()
    app()
