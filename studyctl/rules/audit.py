"""The audit rules: `sealed` (a record of a signed-off quarter changed since its seal) and
`uncommitted` (a record file that git does not have yet).

Both ask git once per check, however many records there are — one `git for-each-ref` for every seal,
one `git status` for the whole folder — and a `git log` only for a seal that has changes to name.
Outside a git work tree, or without git, they find nothing: sealing needs git, and a folder kept
without git has nothing to commit.

A check looks at the seals of the years it loads: a check of 2026Q3 reports a changed 2026Q2
record too, because a changed sealed record is wrong whatever period one looks at.
"""

from __future__ import annotations

from collections.abc import Iterator

from studyctl.findings import Finding
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
]
