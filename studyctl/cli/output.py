"""Where the CLI writes: results on stdout, diagnostics on stderr (so --format json stays clean)."""

from __future__ import annotations

from functools import cache

from rich.console import Console


@cache
def out() -> Console:
    # a finding stays one line when the output goes to a file or a pipe: it can be searched
    return Console(highlight=False, soft_wrap=True)


@cache
def err() -> Console:
    return Console(stderr=True, highlight=False)


def print_error(text: str) -> None:
    from rich.markup import escape

    # never broken into lines by Rich: a command quoted in the message must stay copyable
    err().print(f"[bold red]studyctl:[/] {escape(text)}", soft_wrap=True)
