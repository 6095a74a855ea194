"""The audit rules: `sealed` (a record of a signed-off quarter changed since its seal),
`uncommitted` (a record file that git does not have yet) and `temp-file` (what an interrupted
write left behind).

Both ask git once per check, however many records there are — one `git for-each-ref` for every seal,
one `git status` for the whole folder — and a `git log` only for a seal that has changes to name.
Outside a git work tree, or without git, they find nothing: sealing needs git, and a folder kept
without git has nothing to commit.

A check looks at the seals of the years it loads: a check of 2026Q3 reports a changed 2026Q2
record too, because a changed sealed record is wrong whatever period one looks at.

`temp-file` is the one rule that changes the folder: a temp file (`.<name>.tmp-<random>`) that no
writer is using can only be the leftover of a write that was killed, and no reader ever looks at
it, so the rule removes it and says so. While a writer holds the folder's lock its temp file is
in use and left alone; where the lock cannot be taken at all (a read-only folder), it is reported.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.fsio import TEMP_MARK, remove_stale_temps
from studyctl.records import CONFIG_FILE, FLAT_FOLDERS, YEAR_FOLDERS
from studyctl.rules import Context, Rule
from studyctl.seal import read_seals, seal_changes, uncommitted_paths


def check_sealed(context: Context) -> Iterator[Finding]:
    records = context.records
    seals = read_seals(records.root)
    for seal in seals or []:
        if records.years is not None and seal.period.year not in records.years:
            continue
        for change in seal_changes(records.root, records, seal):
            committed = "" if change.commit else "_uncommitted"
            yield Finding.make(
                "sealed",
                "error",
                change.path,
                None,
                _subject(change.path),
                f"sealed.{change.how}{committed}",
                quarter=seal.quarter,
                tag=seal.tag,
                commit=change.commit,
                author=change.author,
                date=change.date,
                path=change.path,
            )


def check_uncommitted(context: Context) -> Iterator[Finding]:
    records = context.records
    dirty = uncommitted_paths(records.root)
    for path, how in sorted((dirty or {}).items()):
        if _is_loaded_record(path, records.years):
            yield Finding.make(
                "uncommitted", "warning", path, None, _subject(path), f"uncommitted.{how}", path=path
            )


def check_temp_files(context: Context) -> Iterator[Finding]:
    records = context.records
    leftovers = _temp_files(records.root, records.years)
    if not leftovers:
        return
    removed = _remove_unused(records.root, leftovers)
    if removed is None:  # a writer is at work: its temp file is not a leftover
        return
    for path in leftovers:
        key = "temp-file.removed" if path in removed else "temp-file.found"
        yield Finding.make("temp-file", "warning", path, None, _subject(path), key, path=path)


def _temp_files(root: Path, years: frozenset[int] | None) -> list[str]:
    """The temp files in the record folders of the loaded partitions, relative to `root`."""
    folders = [".", *FLAT_FOLDERS]
    for kind in YEAR_FOLDERS:
        for year in _year_folders(root / kind, years):
            if kind == "reviews":
                folders += [f"{kind}/{year}/Q{quarter}" for quarter in range(1, 5)]
            else:
                folders.append(f"{kind}/{year}")
    found = []
    for folder in folders:
        try:
            names = sorted(os.listdir(root / folder))
        except OSError:
            continue
        prefix = "" if folder == "." else folder + "/"
        found += [prefix + name for name in names if name.startswith(".") and TEMP_MARK in name]
    return found


def _year_folders(folder: Path, years: frozenset[int] | None) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(n for n in names if n.isdigit() and len(n) == 4 and (years is None or int(n) in years))


def _remove_unused(root: Path, leftovers: list[str]) -> set[str] | None:
    """Remove the leftovers under the folder's lock: the paths removed; None if a writer holds it."""
    from studyctl.store import FolderLock  # the store owns the lock that every writer takes

    try:
        with FolderLock(root, "check", wait=0):
            removed: set[str] = set()
            for folder in sorted({str(Path(path).parent) for path in leftovers}):
                prefix = "" if folder == "." else folder + "/"
                removed.update(prefix + name for name in remove_stale_temps(root / folder))
            return removed
    except StudyctlError as exc:
        return None if exc.key == "store.locked" else set()


def _is_loaded_record(path: str, years: frozenset[int] | None) -> bool:
    """A record file of the layout, in a partition this check loaded."""
    if path == CONFIG_FILE:
        return True
    parts = path.split("/")
    folder, name = parts[0], parts[-1]
    if name.startswith("."):
        return False
    if folder in FLAT_FOLDERS:
        return len(parts) == 2 and name.endswith(FLAT_FOLDERS[folder])
    if folder not in YEAR_FOLDERS or len(parts) < 3 or not name.endswith(YEAR_FOLDERS[folder]):
        return False
    return years is None or (parts[1].isdigit() and int(parts[1]) in years)


def _subject(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]


RULES = [
    Rule("sealed", "audit", check_sealed),
    Rule("uncommitted", "audit", check_uncommitted),
    Rule("temp-file", "audit", check_temp_files),
]
