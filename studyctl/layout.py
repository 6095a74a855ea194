"""The layout of a records folder: the one walker of its files, driven by the table of kinds.

`walk` yields every record file of the layout (`RecordFile`), a `location` finding for anything
out of place, and — when asked — every other file of the folder (`Stray`): whatever is neither a
record the loader reads, nor studyctl's own (`.studyctl/`), nor git's (`.git/`). The loader reads
the record files; the seal covers the record files and the strays; the audit finds the leftovers
of interrupted writes among the strays; completion lists the files of one kind.

Names are ASCII and matched whole: a year folder written with Arabic-Indic or full-width digits,
or a name ending in a newline, is out of place, never a record.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from studyctl.findings import Finding
from studyctl.fsio import TEMP_MARK
from studyctl.kinds import CONFIG_FILE, KINDS, QUARTER_NAME, YEAR_NAME, Kind, RecordFile, stem_of
from studyctl.statedir import STATE_DIR, state_problem

# folders that are studyctl's own or git's: never records, never strays
OWN_FOLDERS = frozenset({STATE_DIR, ".git"})

# ISO week 1 of a year may start on 29 December: its sessions, and the schedules that list them,
# sit in the previous year's folders
EDGE_KINDS = frozenset({"sessions", "schedules"})
EDGE_FROM = "12-22"  # the sessions of the year before, from this day on
EDGE_UNTIL = "01-08"  # the sessions of the year after, before this day


@dataclass(frozen=True)
class Stray:
    """A file in the records folder that is no record of the layout."""

    rel: str

    @property
    def temp(self) -> bool:
        """A temp file of an interrupted write (`.<name>.tmp-<random>`)."""
        name = self.rel.rsplit("/", 1)[-1]
        return name.startswith(".") and TEMP_MARK in name


Walked = RecordFile | Finding | Stray


def walk(
    root: Path,
    years: Iterable[int] | None = None,
    kinds: Collection[str] | None = None,
    strays: bool = False,
) -> Iterator[Walked]:
    """Every record file of the layout, and a `location` finding for anything out of place.

    With `years`, only those year partitions, plus the sessions of the days around New Year on
    either side and those years' schedules (a week can straddle New Year). With `kinds`, only the
    files of those kinds. With `strays`, also every other file of the folder."""
    wanted = None if years is None else set(years)
    walker = _Walker(root, wanted, strays)
    table = [kind for kind in KINDS.values() if kinds is None or kind.name in kinds]
    if any(kind.partition == "root" for kind in table):
        yield RecordFile(CONFIG_FILE, "config")
    if kinds is None:
        yield from walker.top_level()
    for kind in table:
        if kind.partition == "none":
            yield from walker.files_in(kind.folder, kind, None)
        elif kind.partition != "root":
            yield from walker.partitions(kind)


def place(rel: str) -> RecordFile | None:
    """The record file the walker would find at `rel` (a path relative to the records folder),
    judged from the path alone; None for a path that is no record file of the layout."""
    if rel == CONFIG_FILE:
        return RecordFile(rel, "config")
    parts = rel.split("/")
    name = parts[-1]
    for kind in KINDS.values():
        if kind.partition == "root" or parts[0] != kind.folder or name.startswith("."):
            continue
        if not name.endswith(kind.suffix):
            return None
        if kind.partition == "none":
            return RecordFile(rel, kind.name) if len(parts) == 2 else None
        if YEAR_NAME.fullmatch(parts[1]) is None:
            return None
        if kind.partition == "year":
            return RecordFile(rel, kind.name, int(parts[1])) if len(parts) == 3 else None
        if len(parts) == 4 and QUARTER_NAME.fullmatch(parts[2]) is not None:
            return RecordFile(rel, kind.name, int(parts[1]), int(parts[2][1]))
        return None
    return None


def record_files(root: Path, kind: str) -> list[RecordFile]:
    """The files of one kind (unpartitioned kinds, for completion)."""
    return [item for item in walk(root, kinds={kind}) if isinstance(item, RecordFile)]


def location(rel: str, line: int | None, key: str, **params: Any) -> Finding:
    """A `location` finding about the file or folder `rel`."""
    return Finding.make("location", "error", rel, line, stem_of(rel), key, **params)


class _Walker:
    def __init__(self, root: Path, years: set[int] | None, strays: bool) -> None:
        self.root = root
        self.years = years
        self.strays = strays
        self.edges: dict[int, tuple[str, str]] = (
            {}
            if not years
            else {
                min(years) - 1: (f"{min(years) - 1}-{EDGE_FROM}", "~"),
                max(years) + 1: ("", f"{max(years) + 1}-{EDGE_UNTIL}"),
            }
        )

    def entries(self, rel: str) -> list[os.DirEntry[str]]:
        """The entries of a folder (never through a link), sorted; hidden ones only for strays."""
        path = self.root / rel
        try:
            if path.is_symlink():
                return []
            with os.scandir(path) as it:
                found = [e for e in it if self.strays or not e.name.startswith(".")]
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            return []
        return sorted(found, key=lambda e: e.name)

    def rel_of(self, entry: os.DirEntry[str]) -> str:
        """The entry's path relative to the records folder."""
        return Path(entry.path).relative_to(self.root).as_posix()

    def everything_in(self, entry: os.DirEntry[str]) -> Iterator[Stray]:
        """Every file at or below `entry`, as strays (only when strays are asked for)."""
        if not self.strays:
            return
        rel = self.rel_of(entry)
        if entry.is_dir(follow_symlinks=False):
            for inner in self.entries(rel):
                yield from self.everything_in(inner)
        else:
            yield Stray(rel)

    def top_level(self) -> Iterator[Walked]:
        """A top-level folder named almost like a record folder (`member/`): its records would be
        silently missed. Other folders and files (attachments, notes) may live beside the records."""
        known = [kind.folder for kind in KINDS.values() if kind.folder]
        if state_problem(self.root):
            yield location(STATE_DIR, None, "state.not_a_folder", path=STATE_DIR)
            yield from self.stray_path(STATE_DIR)
        for entry in self.entries("."):
            if entry.name in known or entry.name in OWN_FOLDERS:
                continue
            if entry.name == CONFIG_FILE and entry.is_file(follow_symlinks=False):
                continue
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                close = get_close_matches(entry.name.lower(), known, n=1, cutoff=0.8)
                if close:
                    name = entry.name
                    yield location(name, None, "location.misspelt_folder", folder=name, expected=close[0])
            yield from self.everything_in(entry)

    def stray_path(self, rel: str) -> Iterator[Stray]:
        """A link or file where the layout wants a folder, as a stray."""
        if self.strays:
            yield Stray(rel)

    def folder_problem(self, rel: str) -> Finding | None:
        """A folder of the layout that is a link (never followed) or a file: its records would be
        missed."""
        path = self.root / rel
        if path.is_symlink():
            return location(rel, None, "location.not_regular")
        if path.exists() and not path.is_dir():
            return location(rel, None, "location.not_a_folder")
        return None

    def misplaced(self, entry: os.DirEntry[str], suffix: str = "") -> Iterator[Walked]:
        """A `location` finding for an entry that is no record file here (none for a hidden one),
        and its files as strays."""
        rel = self.rel_of(entry)
        if not entry.name.startswith("."):  # hidden files are no one's records: strays only
            if entry.is_symlink() or not (
                entry.is_file(follow_symlinks=False) or entry.is_dir(follow_symlinks=False)
            ):
                yield location(rel, None, "location.not_regular")
            else:
                yield location(rel, None, "location.unexpected_file", suffix=suffix or "/")
        yield from self.everything_in(entry)

    def files_in(
        self, rel: str, kind: Kind, year: int | None, quarter: int | None = None
    ) -> Iterator[Walked]:
        """The record files of `kind` in the folder `rel`, and whatever else is in it."""
        problem = self.folder_problem(rel)
        if problem is not None:
            yield problem
            yield from self.stray_path(rel)
            return
        for entry in self.entries(rel):
            name = entry.name
            if (
                name.startswith(".")
                or not entry.is_file(follow_symlinks=False)
                or not name.endswith(kind.suffix)
            ):
                yield from self.misplaced(entry, kind.suffix)
                continue
            yield RecordFile(f"{rel}/{name}", kind.name, year, quarter)

    def partitions(self, kind: Kind) -> Iterator[Walked]:
        """The year (and quarter) folders of a partitioned kind, and their record files."""
        folder = kind.folder
        problem = self.folder_problem(folder)
        if problem is not None:
            yield problem
            yield from self.stray_path(folder)
            return
        for entry in self.entries(folder):
            if not entry.is_dir(follow_symlinks=False):
                yield from self.misplaced(entry)
                continue
            rel = f"{folder}/{entry.name}"
            if YEAR_NAME.fullmatch(entry.name) is None:
                yield location(rel, None, "location.bad_year_folder")
                yield from self.everything_in(entry)
                continue
            year = int(entry.name)
            if self.years is not None and year not in self.years:
                if year in self.edges and kind.name in EDGE_KINDS:
                    first, last = self.edges[year] if kind.name == "sessions" else ("", "~")
                    for item in self.files_in(rel, kind, year):
                        if isinstance(item, RecordFile) and first <= item.rel.rsplit("/", 1)[-1] < last:
                            yield item
                continue
            if kind.partition == "quarter":
                for quarter in self.entries(rel):
                    if (
                        not quarter.is_dir(follow_symlinks=False)
                        or QUARTER_NAME.fullmatch(quarter.name) is None
                    ):
                        yield from self.misplaced(quarter)
                        continue
                    yield from self.files_in(f"{rel}/{quarter.name}", kind, year, int(quarter.name[1]))
            else:
                yield from self.files_in(rel, kind, year)
