"""Where the CLI writes: results on stdout, diagnostics on stderr (so --format json stays clean).

Output never fails on encoding: see `studyctl.textout.safe_streams`, which `main` calls first.

Record text printed here is never markup and never a terminal command (`SafeConsole`): no string
is read as Rich markup (`[link=…]` stays text) and control characters are spelled out (`\\x1b`),
so a name or topic cannot make a link, clear the screen or write to the clipboard.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from rich.console import Console
from rich.segment import Segment

from studyctl.textout import printable


class SafeConsole(Console):
    """A console that prints no string as markup and no control character of a text as itself.

    Strings are never read as Rich markup (`markup=False`): a `[link=…]` in a name stays text;
    styles come only from `Text` and `Text.from_markup` in our own code. Every segment of text is
    passed through `printable` on its way out, so ESC, OSC and the like in record text reach the
    terminal as `\\x1b`; the escape sequences of Rich's own styles are added after that."""

    def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
        """Rich's segments, with any unprintable character of a text spelled out."""
        for segment in super().render(renderable, options):
            if segment.control or segment.text.isprintable():
                yield segment
            else:
                yield Segment(printable(segment.text), segment.style, segment.control)


@cache
def out() -> Console:
    """The console for results, on stdout."""
    # a finding stays one line when the output goes to a file or a pipe: it can be searched
    return SafeConsole(highlight=False, soft_wrap=True, markup=False)


@cache
def err() -> Console:
    """The console for diagnostics, on stderr."""
    return SafeConsole(stderr=True, highlight=False, markup=False)


def print_error(text: str) -> None:
    """An error on stderr as `studyctl: …`, on one line however wide the terminal."""
    from rich.text import Text

    # never broken into lines by Rich: a command quoted in the message must stay copyable
    message = Text("studyctl:", style="bold red")
    message.append(" " + text)
    err().print(message, soft_wrap=True)
