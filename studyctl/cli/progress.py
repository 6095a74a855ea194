"""A progress bar on stderr while records load, for the loads that take a while.

Only where stderr is a terminal (never in a pipe, a log or `--format json` captured by another
program), and only once loading has run for `PROGRESS_DELAY`: a load from the cache is over
before that and shows nothing. The bar redraws itself from a thread; the loader reports progress
only once its worker processes run, so the bar never starts before they are forked.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

PROGRESS_DELAY = 1.0  # seconds of loading before a progress bar is worth showing

Progress = Callable[[int, int], None]  # (files read so far, files in all)


@contextmanager
def loading_progress(lang: str) -> Iterator[Progress | None]:
    """A callback for `load_records(progress=…)` that draws the bar; None where nothing is drawn."""
    from studyctl.cli.output import err

    console = err()
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TaskID, TextColumn
    from rich.progress import Progress as Bar

    from studyctl.messages import t

    label = t("loading", lang)
    bar = Bar(
        SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), console=console, transient=True
    )
    started = time.monotonic()
    task: list[TaskID] = []

    def update(done: int, total: int) -> None:
        if not task:
            if time.monotonic() - started < PROGRESS_DELAY:
                return
            bar.start()
            task.append(bar.add_task(label, total=total))
        bar.update(task[0], completed=done, total=total)

    try:
        yield update
    finally:
        if task:
            bar.stop()
