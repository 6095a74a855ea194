"""The one exception for "the command cannot run": no records folder, a failed write, bad arguments.

Problems *in* the records are never raised: they are findings (see `findings.py`).
The CLI maps a StudyctlError to exit status 2 with its message, in the configured language.
"""

from __future__ import annotations

from typing import Any

from studyctl.messages import has_message, t


class StudyctlError(Exception):
    """A condition that stops the command; `key` names a message of the catalogue."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def render(self, lang: str) -> str:
        """The message and its hint, in `lang`."""
        text = t(self.key, lang, **self.params)
        hint_key = self.key + ".hint"
        if has_message(hint_key):
            text += "\n" + t(hint_key, lang, **self.params)
        return text
