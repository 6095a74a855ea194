"""The git pre-commit hook: installing it for a records folder, and the check it runs.

The hook runs `studyctl hook run` in the records folder, which checks the commit with the record
rules (`yaml`, `schema`, `reference`, `duplicate`, `location`) when it touches the records; an error
exits 1, and git stops the commit. What is checked is what the commit will hold, never the work
tree, which may differ from it, and never the cache (a planted chunk must not let a commit through).

It runs on every commit a clerk or studyctl makes, so it reads what the commit changes and what that
needs, not the whole folder. One `git diff --cached` (the index git names in GIT_INDEX_FILE, as
`git commit --only` makes one) lists the staged changes. When they only add or modify files, none of
them studyctl.yaml or a record that others judge by its content (units and members: a member's
`unit` or `left`, a unit's or member's `id`; `Kind.named_by_content`), the hook reads:
- the staged files, from the index, written into a temporary folder where the walker judges their
  places as it would in the records folder;
- studyctl.yaml, the records the staged ones name (members, units, the sessions essays name) and the
  file each staged record's key belongs in (`Kind.path_of`: where its duplicate would be), as HEAD
  holds them: a file the staged changes do not name is in the index as it is in HEAD. `git ls-tree`
  finds them and `git cat-file --batch` reads them, into memory; neither reads the index.
It shows the findings in the staged files (or about a folder they lie in), and those of a record
that failed to load which a staged record names: the staged record cannot be judged without it.
A finding in a file the commit leaves as it is is not shown: a broken file committed earlier stops
no commit that does not need it.

Any other commit — a file removed or turned into a link, studyctl.yaml, a unit or a member added or
changed, a record whose key the table of kinds cannot place — may change how records it does not
touch are judged: then every file of the index is exported and every record of every year is
checked, and every finding is shown. So is it when git cannot say what is staged.

The records folder may be the repository itself or a folder inside it. Git is run through
`studyctl.git` only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shlex
import sys
import tempfile
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

from studyctl import git
from studyctl.check import CheckResult, line_of_bytes, run_check, source_line
from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.fsio import atomic_write
from studyctl.kinds import CONFIG_FILE, KINDS, RecordFile
from studyctl.layout import place, walk
from studyctl.periods import quarter_of
from studyctl.record_file import Parsed, parse_record_bytes, read_bytes, validate_record
from studyctl.records import load_records, parse_files
from studyctl.references import judge_references
from studyctl.rules import registry

# the line that tells our hook from someone else's, so that installing again replaces only ours
MARK = "# studyctl pre-commit hook"
# the group of rules a commit is checked against
RECORDS = "records"


@dataclass(frozen=True)
class Installed:
    """The hook as written: its path, and whether another program's hook was replaced."""

    path: Path
    replaced: bool  # a hook of someone else's was replaced (--force)


def record_rules() -> list[str]:
    """The rules of the `records` group: what a commit is checked against."""

    return list(registry({RECORDS}))


def hook_script(records_rel: str, python: str) -> str:
    """The pre-commit script: git runs it from the top of the work tree."""
    folder = shlex.quote(records_rel)
    return (
        "#!/bin/sh\n"
        f"{MARK}: a commit that touches the records folder {records_rel} first runs the record rules\n"
        "# of studyctl check; an error stops the commit. Installed by: studyctl hook install\n"
        f"if [ -x {shlex.quote(python)} ]; then\n"
        f"    exec {shlex.quote(python)} -m studyctl hook run -C {folder}\n"
        "fi\n"
        f"exec studyctl hook run -C {folder}\n"
    )


def install_hook(root: Path, force: bool = False) -> Installed:
    """Write the pre-commit hook of the git repository `root` lies in (core.hooksPath respected).

    Another program's hook is left alone unless `force`: StudyctlError `hook.foreign`."""
    if not git.inside_work_tree(root):
        raise StudyctlError("hook.not_git", path=str(root))
    hooks = git.run(root, "rev-parse", "--git-path", "hooks")
    prefix = git.run(root, "rev-parse", "--show-prefix")
    if not (hooks.ok and prefix.ok):
        raise StudyctlError("hook.not_git", path=str(root))
    records_rel = prefix.output.rstrip("/") or "."
    path = (root / hooks.output / "pre-commit").resolve()
    existing = _read_text(path)
    foreign = existing is not None and MARK not in existing
    if foreign and not force:
        raise StudyctlError("hook.foreign", path=str(path), records=records_rel)
    atomic_write(path, hook_script(records_rel, sys.executable).encode("utf-8"), str(path))
    try:
        os.chmod(path, 0o755)
    except OSError as exc:
        raise StudyctlError("write.failed", path=str(path), detail=exc.strerror or str(exc)) from None
    return Installed(path, replaced=foreign)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StudyctlError("write.failed", path=str(path), detail=exc.strerror or str(exc)) from None


@dataclass(frozen=True)
class CommitCheck:
    """What the hook found in a commit: the check of the staged records, how many staged files lie in the
    records folder, and the staged lines the findings quote."""

    result: CheckResult | None  # None: the commit touches no file of the records folder
    staged: int  # staged files under the records folder
    quotes: dict[tuple[str, int], str] = field(default_factory=dict)  # the staged lines findings name


def check_commit(root: Path, today: dt.date) -> CommitCheck:
    """The record rules over `root` as the commit will hold it, if the staged changes touch it: the
    staged files and what they need to be judged, or every record when the commit may change how
    others are judged (see the module's docstring)."""
    changes = git.staged_changes(root)
    if changes is not None and not changes:
        return CommitCheck(None, 0)
    with tempfile.TemporaryDirectory(prefix="studyctl-staged-") as folder:
        exported = Path(folder) / "staged"
        needed = export_needed(root, changes, exported) if changes is not None else None
        if needed is None:
            # every record of every year: the commit may change how any of them is judged
            every = git.export_index(root, Path(folder) / "index")
            if every is None:
                raise StudyctlError("hook.not_git", path=str(root))
            exported = every
            records = load_records(exported, use_cache=False, today=today)
        else:
            walked = needed.walked(exported)
            records = load_records(exported, reader=needed.read, walked=walked, use_cache=False, today=today)
        result = run_check(exported, quarter_of(today), today, records=records, groups={RECORDS})
        if needed is not None:
            result = staged_findings(result, needed.staged)
        quotes = {}
        for finding in result.findings:
            if needed is not None and finding.file in needed.committed:
                text = line_of_bytes(needed.committed[finding.file], finding.line)
            else:
                text = source_line(exported, finding.file, finding.line)
            if text is not None and finding.line is not None:
                quotes[(finding.file, finding.line)] = text
    return CommitCheck(result, len(changes or []), quotes)


def judged_alone(change: git.StagedChange) -> bool:
    """Whether the hook can judge a staged change by the staged files and what they name: a file
    added or modified, neither studyctl.yaml nor a record that others judge by its content (a unit,
    a member: see `Kind.named_by_content`). A file removed, or turned into a link, may leave the
    records that name it wrong."""
    if change.status not in ("A", "M"):
        return False
    source = place(change.blob.path)
    return source is None or (source.rel != CONFIG_FILE and not KINDS[source.kind].named_by_content)


@dataclass(frozen=True)
class Needed:
    """What the hook reads of a commit: the staged files (written into a folder, so that the walker
    judges their places as it would in the records folder), and the record files they need, as the
    commit will hold them, kept in memory (studyctl.yaml, the records they name, the files their
    keys belong in)."""

    staged: set[str]
    committed: dict[str, bytes]

    def walked(self, folder: Path) -> list[RecordFile | Finding]:
        """The staged files as the walker finds them in `folder`, and the files they need, in the
        walker's order (the order decides which of two misplaced records is the duplicate)."""
        order = {name: index for index, name in enumerate(KINDS)}
        found = list(walk(folder))
        files = [item for item in found if isinstance(item, RecordFile)]
        files += [
            source
            for source in map(place, self.committed)
            if source is not None and source.rel != CONFIG_FILE
        ]
        files.sort(key=lambda source: (order[source.kind], source.rel))
        return [*files, *(item for item in found if isinstance(item, Finding))]

    def read(self, root: Path, files: list[RecordFile]) -> list[tuple[RecordFile, Parsed]]:
        """Each file parsed: from memory if it is one the staged files need, else from `root`."""
        out = []
        for source in files:
            raw = self.committed.get(source.rel)
            if raw is None:
                out += parse_files(root, [source])
            else:
                out.append((source, parse_record_bytes(source.rel, source.kind, raw)))
        return out


def export_needed(root: Path, changes: list[git.StagedChange], folder: Path) -> Needed | None:
    """Write the staged files into `folder` and read the files they need to be judged from git:
    studyctl.yaml, the records they name, and the file each staged record's key belongs in (where its
    duplicate would be). None when the commit needs every record judged (see `judged_alone`), or git
    cannot.

    What the named records name in turn (a member's unit) is not read: a finding about it would be in
    a file the commit leaves as it is, and the records that name it are judged by it as it is."""
    if not all(judged_alone(change) for change in changes):
        return None
    blobs = [change.blob for change in changes]
    if not git.write_blobs(root, blobs, folder):
        return None
    staged = {blob.path for blob in blobs}
    needed = needed_by(folder, sorted(staged))
    if needed is None:
        return None
    # a file the staged changes do not name is in the index as it is in HEAD; a link or a submodule
    # there is no record file (the walker would pass it by), so it is not read
    found = git.committed_blobs(root, sorted(needed - staged | {CONFIG_FILE}))
    files = [blob for blob in found or [] if blob.mode in git.FILE_MODES]
    contents = git.read_blobs(root, [blob.sha for blob in files]) if found is not None else None
    if contents is None:
        return None
    committed = {blob.path: raw for blob, raw in zip(files, contents, strict=True)}
    # no studyctl.yaml, or a link: the whole folder is loaded, and says what is wrong with it
    return Needed(staged, committed) if CONFIG_FILE in committed else None


def needed_by(folder: Path, paths: list[str]) -> set[str] | None:
    """The files the staged records at `paths` (in `folder`) need to be judged: those of the records
    they name, and the file each one's key belongs in. None when a record's key belongs in a file the
    table of kinds cannot tell (its duplicate could be anywhere)."""
    needed: set[str] = set()
    for rel in paths:
        source = place(rel)
        if source is None or source.rel == CONFIG_FILE:
            continue
        kind = KINDS[source.kind]
        try:
            raw = read_bytes(folder, rel)
        except OSError:
            continue  # a link, a folder: no record, only its own `location` finding
        record, _ = validate_record(rel, source.kind, parse_record_bytes(rel, source.kind, raw))
        if record is None:
            continue  # it failed to load: its names wait, and it is the duplicate of none
        key = kind.key(record, source)
        home = file_of(kind.name, key)
        if home is None and key != kind.key_from_path(source):
            return None
        if home is not None and home != rel:
            needed.add(home)
        for named in kind.names(record):
            home = file_of(named.target, named.value)
            if home is not None:
                needed.add(home)
    return needed


def file_of(kind: str, key: Hashable) -> str | None:
    """The file a record of `kind` with `key` belongs in, if the layout can hold one there."""
    if kind not in KINDS:
        return None
    rel = KINDS[kind].path_of(key)
    source = None if rel is None else place(rel)
    if source is None or source.kind != kind or KINDS[kind].key_from_path(source) != key:
        return None
    return rel


def staged_findings(result: CheckResult, staged: set[str]) -> CheckResult:
    """The check narrowed to what the commit changes: the findings in the staged files (or about a
    folder they lie in), and those of a record that failed to load which a staged record names (its
    names wait on it); the other files loaded are what the commit leaves as it is."""
    records = result.records
    mine = [
        (kind, record)
        for kind, table in records.tables()
        for record in table.values()
        if record.file in staged
    ]
    waiting = judge_references(records, mine).waiting
    folders = {rel.rsplit("/", depth)[0] for rel in staged for depth in range(1, rel.count("/") + 1)}
    findings = [f for f in result.findings if f.file in staged or f.file in folders or f.file in waiting]
    files = len({finding.file for finding in findings})
    return dataclasses.replace(result, findings=findings, files=files, waiting=dict(waiting))
