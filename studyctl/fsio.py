"""Atomic file writes: a temp file in the same folder, fsync, rename, fsync of the folder.

A crash leaves the old file or the new one, never a torn one. Temp files are hidden
(`.<name>.tmp-<random>`) so that readers skip them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from studyctl.errors import StudyctlError

TEMP_MARK = ".tmp-"


def atomic_write(path: Path, data: bytes, display: str | None = None) -> None:
    """Write `data` to `path` atomically; a StudyctlError (write.failed) if that cannot be done."""
    folder = path.parent
    shown = display or str(path)
    tmp_name = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARK}", dir=folder)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
        fsync_folder(folder)
    except OSError as exc:
        raise StudyctlError("write.failed", path=shown, detail=exc.strerror or str(exc)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
