"""The message catalogue: every user-facing string, in Chinese (`zh`) and English (`en`).

Each area of the tool keeps its messages in a module of this package (`core`, `cli`, `rules`, `store`,
`report`); together they are one catalogue with one lookup, `t(key, lang, **params)`.
A `<key>.hint` entry, where present, says how to fix what `<key>` reports.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

LANGUAGES = ("zh", "en")
_MODULES = (
    "core",
    "cli",
    "rules",
    "store",
    "report",
    "audit",
    "layout",
    "domain",
    "papers",
    "integrity",
    "due",
    "explain",
    "perf",
    "county",
    "clerk",
)

Catalogue = dict[str, dict[str, str]]


@cache
def catalogue() -> Catalogue:
    """Every message by key, from the catalogue's modules (one not there is skipped); a key defined twice is a
    RuntimeError."""
    merged: Catalogue = {}
    for name in _MODULES:
        try:
            module = importlib.import_module(f"studyctl.messages.{name}")
        except ModuleNotFoundError:
            continue
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message {key!r} defined twice (studyctl.messages.{name})")
            merged[key] = texts
    return merged


def has_message(key: str) -> bool:
    """Whether the catalogue has the message `key`."""
    return key in catalogue()


def t(key: str, lang: str, **params: Any) -> str:
    """The message `key` in `lang` with `params` filled in; an unknown key shows itself."""
    texts = catalogue().get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["en"]
    return template.format_map(_Params(params))


class _Params(dict[str, Any]):
    """Parameters of a message: one that was not given shows as its placeholder, never an error."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"
