"""studyctl's own folder in a records folder, `.studyctl/`: the write lock now, a cache later.

Nothing in it is a record. It carries its own `.gitignore` that ignores everything, itself
included, so that it never shows in `git status` — also in a records repository that was not
made by `studyctl init` and whose `.gitignore` knows nothing of studyctl.
"""

from __future__ import annotations

from pathlib import Path

from studyctl.fsio import atomic_write

STATE_DIR = ".studyctl"
IGNORE_ALL = b"# studyctl's own files (lock, cache): never part of the records\n*\n"


def state_dir(root: Path) -> Path:
    """`root/.studyctl`, made (with its `.gitignore`) if it is not there yet."""
    folder = root / STATE_DIR
    ignore = folder / ".gitignore"
    if not ignore.is_file():
        # the .gitignore first: git must never see the folder without it
        atomic_write(ignore, IGNORE_ALL, f"{STATE_DIR}/.gitignore")
    return folder
