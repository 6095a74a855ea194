"""The result cache at the front: a command's output printed again while none of its inputs changed
(see `studyctl.result_cache`), and the capture of an output so that it can be stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studyctl.cli.options import Lang

if TYPE_CHECKING:
    from studyctl.result_cache import ResultCache


@dataclass
class Replay:
    """The stored result of one command line, and the fingerprint of its inputs now."""

    results: ResultCache | None = None
    fingerprint: bytes | None = None

    def stored(self) -> tuple[int, str, str] | None:
        """(exit status, stdout, stderr) of a run with the same inputs, or None."""
        if self.results is None or self.fingerprint is None:
            return None
        return self.results.get(self.fingerprint)

    def keep(self, code: int, output: str, notes: str = "") -> None:
        """Keep this run's exit status and output for the next run with the same inputs."""
        if self.results is not None and self.fingerprint is not None:
            self.results.put(self.fingerprint, code, output, notes)


def replay(root: Path, years: Iterable[int], arguments: tuple[object, ...], lang: Lang | None) -> Replay:
    """The result cache of this command line: `arguments` names everything the output depends on
    besides the files, the language and the terminal."""
    from studyctl.cli.options import LANG
    from studyctl.cli.output import err, out
    from studyctl.result_cache import ResultCache

    terminals = tuple(
        (console.width, console.color_system, console.is_terminal, console.encoding, console.no_color)
        for console in (out(), err())
    )
    results = ResultCache.open(root, years, (arguments, lang and lang.value, LANG, terminals))
    return Replay(results, results.fingerprint() if results is not None else None)


def play(stored: tuple[int, str, str]) -> None:
    """Print a stored output as the command printed it."""
    from studyctl.cli.output import err, out

    out().file.write(stored[1])
    if stored[2]:
        err().file.write(stored[2])
