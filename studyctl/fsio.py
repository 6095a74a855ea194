"""Files on disk: atomic writes, fingerprints of what was read, the clerk's input files, $EDITOR.

An atomic write goes through a temp file in the same folder: write, fsync, a last look at the
temp file (the store reads the record back from it), rename, fsync of the folder. A crash leaves
the old file or the new one, never a torn one. Temp files are hidden (`.<name>.tmp-<random>`),
so readers skip them, and the next write into the folder removes any that a crash left behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studyctl.errors import StudyctlError

TEMP_MARK = ".tmp-"
# a test sets this to `before-rename` or `after-rename` to stop a writer at that point
PAUSE_VARIABLE = "STUDYCTL_TEST_PAUSE"


@dataclass(frozen=True)
class Fingerprint:
    """What a file was when it was read: a changed size, time or content means someone wrote it."""

    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint, or None if there is no file."""
    try:
        data = path.read_bytes()
        info = path.stat()
    except FileNotFoundError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())


def atomic_write(
    path: Path,
    data: bytes,
    display: str | None = None,
    *,
    before_replace: Callable[[Path], None] | None = None,
    create_only: bool = False,
) -> None:
    """Write `data` to `path` atomically; a StudyctlError (write.failed) if that cannot be done.

    `before_replace(temp)` runs once the temp file is durable and may refuse by raising; the old
    file is then untouched. With `create_only`, an existing file is never replaced, even one that
    appears at the last moment (store.exists)."""
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
        if before_replace is not None:
            before_replace(Path(tmp_name))
        _pause_for_test("before-rename")
        if create_only:
            _create_from(Path(tmp_name), path, shown)
        else:
            os.replace(tmp_name, path)
        tmp_name = None
        fsync_folder(folder)
        _pause_for_test("after-rename")
    except OSError as exc:
        raise StudyctlError("write.failed", path=shown, detail=exc.strerror or str(exc)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _create_from(tmp: Path, path: Path, shown: str) -> None:
    """Rename `tmp` to `path` only if `path` does not exist: a hard link refuses to overwrite."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise StudyctlError("store.exists", path=shown) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        # a file system without hard links: the check and the rename are not one step here
        if path.exists():
            raise StudyctlError("store.exists", path=shown) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _pause_for_test(point: str) -> None:
    if os.environ.get(PAUSE_VARIABLE) == point:
        print(f"studyctl: paused {point}", file=sys.stderr, flush=True)
        time.sleep(3600)


def remove_stale_temps(folder: Path) -> list[str]:
    """Remove the temp files that a killed writer left in `folder`; call it only under the lock."""
    removed = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(folder):
            if (
                entry.name.startswith(".")
                and TEMP_MARK in entry.name
                and entry.is_file(follow_symlinks=False)
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


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


def read_input(path: str) -> bytes:
    """The bytes of a file the clerk names, or of standard input for `-`."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise StudyctlError("store.unreadable", path=path, detail=exc.strerror or str(exc)) from None


def edit_text(template: str, suffix: str = ".txt") -> str:
    """Open $VISUAL / $EDITOR (else a usual editor) on `template`; the text saved, once it closes."""
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or _default_editor()
    fd, name = tempfile.mkstemp(prefix="studyctl-", suffix=suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(template)
        try:
            status = subprocess.run([*shlex.split(command, posix=os.name != "nt"), name], check=False)
        except OSError as exc:
            raise StudyctlError("store.editor_failed", editor=command, detail=str(exc)) from None
        if status.returncode != 0:
            raise StudyctlError("store.editor_failed", editor=command, detail=f"exit {status.returncode}")
        with open(name, encoding="utf-8-sig", errors="replace") as handle:
            return handle.read().replace("\r\n", "\n")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _default_editor() -> str:
    return "notepad" if os.name == "nt" else "vi"
