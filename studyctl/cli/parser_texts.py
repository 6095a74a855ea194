"""The command-line parser's own texts (Typer's and Click's) in the run's language.

Typer prints its help and its usage errors in English: "Usage:", "Options", "Show this message and
exit.", "Missing option '--date'.", "No such option", `<bool>` after a flag. A Chinese run shows
them from the message catalogue instead. Commands are adjusted one by one as they are built
(`localize`), and a usage error is translated where the app catches it (`usage_error_text`), so that
nothing is loaded for a run that neither shows help nor fails to parse.
"""

from __future__ import annotations

import re
from typing import Any

from studyctl.messages import catalogue, t

# the types Typer shows after an option, as the catalogue names them
_TYPE_KEYS = {
    "<str>": "cli.type.str",
    "<int>": "cli.type.int",
    "<dir>": "cli.type.dir",
    "<file>": "cli.type.file",
    "<path>": "cli.type.path",
}


# the language the wrappers below speak: the run's, set by `speak_rich` and `localize`
_spoken = {"lang": "zh"}


def speak_rich(lang: str) -> None:
    """Typer's help and error panels' titles and notes in `lang` (they are module constants)."""
    from typer import rich_utils

    _spoken["lang"] = lang
    for name, key in (
        ("ARGUMENTS_PANEL_TITLE", "cli.panel.arguments"),
        ("OPTIONS_PANEL_TITLE", "cli.panel.options"),
        ("COMMANDS_PANEL_TITLE", "cli.panel.commands"),
        ("ERRORS_PANEL_TITLE", "cli.panel.error"),
        ("REQUIRED_LONG_STRING", "cli.required"),
        ("DEFAULT_STRING", "cli.default"),
        ("ABORTED_TEXT", "cli.aborted"),
        ("RICH_HELP", "cli.try_help"),
    ):
        # templates Typer fills in itself: taken from the catalogue unformatted
        setattr(rich_utils, name, catalogue()[key][lang])


def localize_group(group: Any, ctx: Any, lang: str) -> None:
    """The app's own help in `lang`: usage, panel titles, the help option (its commands are
    listed by name and help alone, already from the catalogue)."""
    speak_rich(lang)
    _localize_usage(group)
    help_option = group.get_help_option(ctx)
    if help_option is not None:
        help_option.help = t("cli.help_option", lang)
    for param in group.get_params(ctx):
        _localize_type(param)
        name = getattr(param, "name", "")
        if name in ("install_completion", "show_completion"):
            param.help = t(f"cli.{name}", lang)


def _localize_usage(command: Any) -> None:
    if getattr(command, "_studyctl_usage", False):
        return
    command._studyctl_usage = True

    def format_usage(ctx: Any, formatter: Any) -> None:
        lang = _spoken["lang"]
        pieces = [_usage_piece(piece, lang) for piece in command.collect_usage_pieces(ctx)]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("cli.usage", lang))

    command.format_usage = format_usage


def localize(command: Any, lang: str) -> Any:
    """Make `command` (and a group's commands) show its usage and help in `lang`.

    The wrappers are put on once; they speak the language of the run that calls them."""
    _spoken["lang"] = lang
    if getattr(command, "_studyctl_help", False):
        return command
    command._studyctl_help = True
    original_help = command.format_help

    def format_help(ctx: Any, formatter: Any) -> None:
        lang = _spoken["lang"]
        speak_rich(lang)
        help_option = command.get_help_option(ctx)
        if help_option is not None:
            help_option.help = t("cli.help_option", lang)
        for param in command.get_params(ctx):
            _localize_type(param)
        original_help(ctx, formatter)

    _localize_usage(command)
    command.format_help = format_help
    for sub in getattr(command, "commands", {}).values():
        localize(sub, lang)
    return command


def _usage_piece(piece: str, lang: str) -> str:
    if piece == "[OPTIONS]":
        return t("cli.usage.options", lang)
    if piece == "COMMAND [ARGS]...":
        return t("cli.usage.command", lang)
    return piece


def _localize_type(param: Any) -> None:
    """A flag takes no value: no `<bool>` after it. Other types are named in the run's language."""
    if getattr(param, "_studyctl_localized", False):
        return
    original = param.display_type_rich

    def display_type_rich(ctx: Any) -> str | None:
        shown = original(ctx)
        if getattr(param, "is_flag", False) or shown == "<bool>":
            return None
        key = _TYPE_KEYS.get(shown or "")
        return t(key, _spoken["lang"]) if key else shown

    param.display_type_rich = display_type_rich
    param._studyctl_localized = True


# --- usage errors --------------------------------------------------------------------------------

_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$")
_REQUIRES = re.compile(r"^Option '(?P<option>[^']+)' requires (an argument|(?P<n>\d+) arguments)\.$")
_NO_VALUE = re.compile(r"^Option '(?P<option>[^']+)' does not take a value\.$")
_NO_COMMAND = re.compile(r"^No such command '(?P<name>.*)'\.$")
_NOT_VALID = re.compile(r"^Value '(?P<value>.*)' is not a valid (?P<type>\w+)\.$")


def usage_error_text(error: Any, lang: str) -> str:
    """The message of a Click usage error in `lang` (English: Click's own)."""
    from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption

    if lang == "en":
        return str(error.format_message())
    if isinstance(error, MissingParameter):
        param = error.param
        name = _param_name(error)
        kind = getattr(error, "param_type", None) or (param.param_type_name if param is not None else "")
        key = "cli.missing.argument" if kind == "argument" else "cli.missing.option"
        return t(key, lang, name=name)
    if isinstance(error, NoSuchOption):
        text = t("cli.no_such_option", lang, option=error.option_name)
        if error.possibilities:
            text += t("cli.possible_options", lang, options=", ".join(sorted(error.possibilities)))
        return text
    if isinstance(error, BadParameter):
        return t("cli.bad_value", lang, name=_param_name(error), detail=_detail(error, lang))
    message = str(error.message)
    for pattern, key in ((_EXTRA, "cli.extra_arguments"), (_REQUIRES, "cli.requires_value")):
        match = pattern.match(message)
        if match:
            return t(key, lang, **{k: v for k, v in match.groupdict().items() if v is not None})
    match = _NO_VALUE.match(message)
    if match:
        return t("cli.takes_no_value", lang, option=match["option"])
    match = _NO_COMMAND.match(message)
    if match:
        return t("cli.no_such_command", lang, command=match["name"])
    if message == "Missing command.":
        return t("cli.missing_command", lang)
    return message


def _param_name(error: Any) -> str:
    hint = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint()
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(repr(h) for h in hint)
    return str(hint or "").strip("'")


def _detail(error: Any, lang: str) -> str:
    """Why a value was refused: pydantic's reason (in the cause) named in `lang`."""
    cause = error.__cause__
    if cause is not None and hasattr(cause, "errors"):
        first = cause.errors()[0] if cause.errors() else {}
        kind = str(first.get("type", ""))
        context = first.get("ctx") or {}
        key = f"cli.invalid.{kind}"
        from studyctl.messages import has_message

        if has_message(key):
            return t(key, lang, value=first.get("input", ""), **context)
    match = _NOT_VALID.match(str(error.message))
    if match:
        return t("cli.invalid.type", lang, value=match["value"], type=match["type"])
    return str(error.message)
