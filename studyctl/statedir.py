"""studyctl's own folder in a records folder, `.studyctl/`: the write lock and the cache.

Nothing in it is a record. It carries its own `.gitignore` that ignores everything, itself
included, so that it never shows in `git status` — also in a records repository that was not
made by `studyctl init` and whose `.gitignore` knows nothing of studyctl.

studyctl never writes through a link: a `.studyctl` that is a link (say a committed
`.studyctl -> .`, which would make the `.gitignore` above land in the records' own) or a plain
file is not studyctl's folder. Writing then stops with a clear error; reading goes on without the
cache, and the layout walker reports it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from studyctl.errors import StudyctlError
from studyctl.fsio import atomic_write

STATE_DIR = ".studyctl"
IGNORE_ALL = b"# studyctl's own files (lock, cache): never part of the records\n*\n"


def is_real_folder(path: Path) -> bool | None:
    """True: a folder (not a link to one); False: a link, a file or anything else; None: nothing there."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return stat.S_ISDIR(info.st_mode)


def state_problem(root: Path) -> bool:
    """Whether `root/.studyctl` is there but is not a real folder."""
    return is_real_folder(root / STATE_DIR) is False


def state_dir(root: Path, part: str | None = None) -> Path:
    """`root/.studyctl` (or the folder `part` inside it), made (with its `.gitignore`) if it is
    not there yet; a StudyctlError where a link or a file stands in the way."""
    folder = root / STATE_DIR
    real = is_real_folder(folder)
    if real is False:
        raise StudyctlError("state.not_a_folder", path=STATE_DIR)
    ignore = folder / ".gitignore"
    if real is None or is_real_file(ignore) is not True:
        if is_real_file(ignore) is False:
            raise StudyctlError("state.not_a_folder", path=f"{STATE_DIR}/.gitignore")
        # the .gitignore first: git must never see the folder without it
        atomic_write(ignore, IGNORE_ALL, f"{STATE_DIR}/.gitignore")
    if part is None:
        return folder
    inner = folder / part
    real = is_real_folder(inner)
    if real is False:
        raise StudyctlError("state.not_a_folder", path=f"{STATE_DIR}/{part}")
    if real is None:
        inner.mkdir(exist_ok=True)
    return inner


def is_real_file(path: Path) -> bool | None:
    """True: a plain file (not a link); False: a link or anything else; None: nothing there."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return stat.S_ISREG(info.st_mode)
