"""Options shared by the commands, defined once, and the language the CLI speaks.

Kept free of heavy imports: `studyctl --help` must not load pydantic, PyYAML or the rules.
"""

from __future__ import annotations

import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from studyctl.messages import t

_LANGUAGE_LINE = re.compile(rb"^language:\s*['\"]?(zh|en)\b", re.MULTILINE)


def _argv_value(argv: list[str], flags: tuple[str, ...]) -> str | None:
    for index, arg in enumerate(argv):
        for flag in flags:
            if arg == flag and index + 1 < len(argv):
                return argv[index + 1]
            if arg.startswith(flag + "="):
                return arg.split("=", 1)[1]
    return None


def detect_language(argv: list[str] | None = None) -> str:
    """`--lang`, else `language:` of the records folder's studyctl.yaml, else STUDYCTL_LANG, else zh.

    Read before the options are parsed, because the help texts themselves are translated."""
    argv = sys.argv[1:] if argv is None else argv
    chosen = _argv_value(argv, ("--lang",))
    if chosen in ("zh", "en"):
        return chosen
    start = _argv_value(argv, ("-C", "--records"))
    folder = Path(start) if start else Path.cwd()
    try:
        folder = folder.resolve()
        for candidate in (folder, *folder.parents):
            config = candidate / "studyctl.yaml"
            if config.is_file():
                match = _LANGUAGE_LINE.search(config.read_bytes()[:65536])
                if match:
                    return match[1].decode()
                break
    except OSError:
        pass
    env = os.environ.get("STUDYCTL_LANG", "")
    return env if env in ("zh", "en") else "zh"


LANG = detect_language()


def h(key: str) -> str:
    """A help text from the catalogue, in the language of this run."""
    return t(f"help.{key}", LANG)


RecordsOption = Annotated[
    Path | None,
    typer.Option("-C", "--records", help=h("records"), file_okay=False, show_default=False),
]


class Lang(StrEnum):
    """The languages of the output: zh (Chinese) and en (English)."""

    zh = "zh"
    en = "en"


class TextOrJson(StrEnum):
    """An output for a person (text) or for programs (json)."""

    text = "text"
    json = "json"


LangOption = Annotated[Lang | None, typer.Option("--lang", help=h("lang"), show_default=False)]
QuarterOption = Annotated[str | None, typer.Option("--quarter", "-q", help=h("quarter"), show_default=False)]
YearOption = Annotated[str | None, typer.Option("--year", "-y", help=h("year"), show_default=False)]


def language(lang: Lang | None, configured: str | None = None) -> str:
    """The language of the output: --lang, else studyctl.yaml's, else the one detected."""
    return lang.value if lang is not None else configured or LANG
