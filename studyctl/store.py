"""The store: the one way studyctl writes a record.

Every write runs, under one lock on the records folder, read → validate → write → commit:

- the new record is dumped to canonical YAML and parsed back with the loader's own reader and
  model; it must come back equal, sit where the layout says, and pass the record rules that
  concern it (schema, location, reference, and for a session the basic attendance check) against
  the organization as it is on disk. Any finding refuses the write and nothing touches the disk;
- an existing record is replaced only when asked, and never if it changed since it was read;
- the file is written atomically (`fsio.atomic_write`) and read back from the temp file before
  the rename;
- inside a git work tree, exactly the written path is committed, tagged as studyctl's.

Before any of that, the guards (nothing on disk is touched when one refuses):

- a name typed by the user that becomes part of a path (`--slug`, `--name`, `--id`) is a slug
  (`check_name`), and the final path resolves inside its kind's folder, through real folders only
  (`safe_target`); so writing never creates a folder outside the records folder;
- no text of the record holds a control character other than tab and newline, and all of it is
  written in Unicode NFC;
- the repository is not in the middle of a merge, rebase, cherry-pick or revert;
- the record does not belong to a sealed quarter, unless the command was given `--sealed-ok REASON`,
  and then the reason goes into the commit message.

Only the organization (config, units, members) is loaded, never the year partitions, so that a
write stays quick on a decade of records.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import stat
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from studyctl import git
from studyctl.cache import write_atomically
from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.fsio import Fingerprint, atomic_write, fingerprint, remove_stale_temps
from studyctl.future import future_date_findings
from studyctl.kinds import KINDS, RecordFile
from studyctl.layout import OWN_FOLDERS, place
from studyctl.messages import t
from studyctl.models import Record
from studyctl.record_file import is_markdown, location_findings, parse_record_bytes, validate_record
from studyctl.records import Records, load_records, refuse_broken_config
from studyctl.references import reference_findings
from studyctl.statedir import STATE_DIR, state_dir
from studyctl.yamlio import YamlProblem, decode, dump_yaml, split_front_matter

LOCK_FILE = "lock"
LOCK_WAIT_VARIABLE = "STUDYCTL_LOCK_WAIT"
LOCK_WAIT_SECONDS = 10.0
ORGANIZATION_KINDS = frozenset({"config", "units", "members"})
# a name typed for a path: ASCII, the whole string (no trailing newline slips through `$`)
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
_NAME_MAX = 64
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
# one part of a record's path as the store builds it: 2026, Q2, 2026-04-03-study-day.yaml
_PATH_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[a-z]+)?", re.ASCII)


# --- the guards ----------------------------------------------------------------------------------


def check_name(option: str, value: str) -> str:
    """`value`, typed for `option`, if it can be part of a file name; StudyctlError otherwise."""
    if len(value) > _NAME_MAX or not _NAME.fullmatch(value) or value in _WINDOWS_RESERVED:
        raise StudyctlError("guard.bad_name", option=option, value=repr(value))
    return value


def safe_target(root: Path, rel: str, kind: str) -> Path:
    """The path of record `rel` of `kind`, once it is known to lie inside the kind's folder of
    `root` and to be reached through real folders (never a symlink); StudyctlError otherwise."""
    parts = rel.split("/")
    if len(parts) < 2 or parts[0] != kind or not all(_PATH_PART.fullmatch(part) for part in parts[1:]):
        raise StudyctlError("guard.outside", path=repr(rel), folder=kind)
    top = root.resolve()
    place = top
    for part in parts[:-1]:
        place = place / part
        if place.is_symlink() or (place.exists() and not place.is_dir()):
            raise StudyctlError("guard.symlink", path=rel, link=str(place.relative_to(top)))
    target = top.joinpath(*parts)
    if target.is_symlink():
        raise StudyctlError("guard.symlink", path=rel, link=rel)
    if not target.resolve().is_relative_to((top / kind).resolve()):
        raise StudyctlError("guard.outside", path=repr(rel), folder=kind)
    return target


def control_character(text: str) -> str | None:
    """The first C0/C1 control character of `text` other than tab and newline, as U+XXXX."""
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch not in "\t\n") or 0x7F <= code < 0xA0:
            return f"U+{code:04X}"
    return None


def clean_record_text(data: Any, where: str = "") -> Any:
    """`data` with every string in NFC; StudyctlError `guard.control` naming the field of the
    first control character."""
    if isinstance(data, str):
        found = control_character(data)
        if found is not None:
            raise StudyctlError("guard.control", field=where or "?", char=found)
        return unicodedata.normalize("NFC", data)
    if isinstance(data, dict):
        return {
            key: clean_record_text(value, f"{where}.{key}" if where else str(key))
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [clean_record_text(value, f"{where}[{i}]") for i, value in enumerate(data)]
    return data


class SealedRefusal(StudyctlError):
    """A write into a sealed quarter without `--sealed-ok`: the command exits 1, nothing written."""

    exit_code = 1


def refuse_during_git_operation(root: Path) -> None:
    """StudyctlError `guard.git_busy` while a merge, rebase, cherry-pick or revert is unfinished:
    a commit could not be made, and the record would be staged into someone else's operation."""
    if not git.available():
        return
    operation = git.operation_in_progress(root)
    if operation is not None:
        raise StudyctlError("guard.git_busy", operation=operation)


# --- the lock ------------------------------------------------------------------------------------


class FolderLock:
    """One writer at a time in a records folder: an OS lock on `.studyctl/lock`.

    The OS lock dies with its process, so a killed writer never leaves the folder locked. A second
    writer waits up to `wait` seconds, then gives up with store.locked."""

    def __init__(self, root: Path, command: str, wait: float | None = None) -> None:
        self.path = state_dir(root) / LOCK_FILE
        self.command = command
        self.wait = wait if wait is not None else float(os.environ.get(LOCK_WAIT_VARIABLE, LOCK_WAIT_SECONDS))
        self.handle: IO[bytes] | None = None

    def __enter__(self) -> FolderLock:
        try:
            # never through a link: O_NOFOLLOW refuses a lock file that is one
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            handle = os.fdopen(fd, "r+b")
        except OSError as exc:
            raise StudyctlError(
                "write.failed", path=str(self.path), detail=exc.strerror or str(exc)
            ) from None
        deadline = time.monotonic() + self.wait
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                holder = _holder(handle)
                handle.close()
                raise StudyctlError("store.locked", holder=holder or "?", wait=f"{self.wait:g}")
            time.sleep(0.05)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {self.command}\n".encode())
        handle.flush()
        self.handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.seek(0)
                self.handle.truncate()
            _unlock(self.handle)
            self.handle.close()
            self.handle = None


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _holder(handle: IO[bytes]) -> str:
    with contextlib.suppress(OSError):
        handle.seek(0)
        return handle.read(200).decode("utf-8", errors="replace").strip()
    return ""


# --- records to write ----------------------------------------------------------------------------


Judge = Callable[[Record, Records], list[Finding]]


@dataclass
class Draft:
    """A record about to be written: where, what kind, its fields in canonical order, its body.

    `read_as` is the fingerprint of the file as the command read it, for an update of an existing
    record (`member leave`, `plan done`); `replace` allows overwriting a record not read first."""

    rel: str
    kind: str
    data: dict[str, Any]
    body: str | None = None
    read_as: Fingerprint | None = None
    replace: bool = False
    # a further judgment of the new record, given by the command (the rules sit above the store):
    # for a session, the attendance rule of the five haves
    judge: Judge | None = None

    def text(self) -> str:
        """The record's file text: its YAML, or for an essay or self-report the front matter and the body."""
        front = dump_yaml(self.data)
        if not is_markdown(self.kind):
            return front
        body = (self.body or "").strip("\n")
        return f"---\n{front}---\n{body}\n" if body else f"---\n{front}---\n"


SHOWN_PROBLEMS = 20  # a refusal lists this many findings, then counts the rest


class Refused(StudyctlError):
    """A write refused because the new record has findings; nothing was written. Its message
    lists the first `SHOWN_PROBLEMS` findings and counts the others."""

    def __init__(self, rel: str, findings: list[Finding]) -> None:
        super().__init__("store.refused", path=rel)
        self.findings = findings

    def render(self, lang: str) -> str:
        """The refusal in `lang`: the file, the first findings with their lines, and how many more there
        are."""
        lines = [t("store.refused", lang, path=self.params["path"])]
        for finding in self.findings[:SHOWN_PROBLEMS]:
            where = t("store.at_line", lang, file=finding.file, line=finding.line) if finding.line else ""
            lines.append(f"  • {where}{finding.message(lang)}")
            hint = finding.hint(lang)
            if hint:
                lines.append(f"    {hint}")
        if len(self.findings) > SHOWN_PROBLEMS:
            lines.append("  " + t("store.more_problems", lang, count=len(self.findings) - SHOWN_PROBLEMS))
        return "\n".join(lines)


@dataclass
class Saved:
    """What a write did: the file, and the commit (None when not in git or --no-commit)."""

    rel: str
    replaced: bool
    subject: str
    updated: bool = False  # an existing record read and changed (member leave, plan done)
    committed: git.Committed | None = None
    in_git: bool = False
    removed_temps: list[str] = field(default_factory=list)


# --- the transaction -----------------------------------------------------------------------------


def load_organization(root: Path) -> Records:
    """Only studyctl.yaml, units and members: what names, references and attendance need
    (served from the cache where their files did not change)."""
    records = load_records(root, years=(), kinds=ORGANIZATION_KINDS)
    try:
        return refuse_broken_config(records)
    except StudyctlError:
        # conflict markers in studyctl.yaml during a merge: the unfinished merge is what to say
        refuse_during_git_operation(root)
        raise


class Transaction:
    """Holds the folder's lock; reads what a command needs and saves its record."""

    def __init__(
        self, root: Path, command: str, today: dt.date | None = None, sealed_ok: str | None = None
    ) -> None:
        self.root = root
        self.command = command
        self.today = today  # given: a record dated after it is refused (RULES 1.1 point 8)
        self.sealed_ok = sealed_ok
        self._organization: Records | None = None

    @property
    def organization(self) -> Records:
        """The units and members, loaded once per transaction on first use."""
        if self._organization is None:
            self._organization = load_organization(self.root)
        return self._organization

    def read(self, rel: str, kind: str) -> tuple[Record, dict[str, Any], str, Fingerprint]:
        """An existing record to update: the model, its plain data, its body, its fingerprint."""
        path = self.root / rel
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise StudyctlError("store.missing", path=rel) from None
        except OSError as exc:
            raise StudyctlError("store.unreadable", path=rel, detail=exc.strerror or str(exc)) from None
        seen = fingerprint(path)
        parsed = parse_record_bytes(rel, kind, raw)
        record, findings = validate_record(rel, kind, parsed)
        if record is None or seen is None:
            raise Refused(rel, findings)
        body = ""
        if is_markdown(kind):
            body = split_front_matter(decode(raw))[2]
        assert parsed.data is not None
        return record, parsed.data, body, seen

    def save(self, draft: Draft, subject: str, commit: bool = True) -> Saved:
        """Validate, write atomically, read back, commit; refuse with findings before any write."""
        path = safe_target(self.root, draft.rel, draft.kind)
        draft.data = clean_record_text(draft.data)
        if draft.body is not None:
            draft.body = clean_record_text(draft.body, "body")
        current = fingerprint(path)
        if draft.read_as is not None:
            if current != draft.read_as:
                raise StudyctlError("store.changed", path=draft.rel)
        elif current is not None and not draft.replace:
            raise StudyctlError("store.exists", path=draft.rel)
        data = draft.text().encode("utf-8")
        model, findings = check_new_record(self.organization, draft, data, self.today)
        if findings or model is None:
            raise Refused(draft.rel, findings)
        body = self._sealed_note(draft.rel, draft.kind, model)

        def before_replace(temp: Path) -> None:
            _read_back(draft, temp, model)
            if fingerprint(path) != current:
                raise StudyctlError("store.changed", path=draft.rel)

        removed = remove_leftovers(self.root)
        atomic_write(path, data, draft.rel, before_replace=before_replace, create_only=current is None)
        saved = Saved(
            draft.rel, current is not None, subject, draft.read_as is not None, removed_temps=removed
        )
        saved.in_git = git.inside_work_tree(self.root)
        if commit and saved.in_git:
            saved.committed = git.commit_record(self.root, [draft.rel], subject, self.command, body)
        return saved

    def _sealed_note(self, rel: str, kind: str, record: Record) -> str:
        """The commit message's note of a write into a sealed quarter allowed by `--sealed-ok`;
        SealedRefusal without it; "" when no seal is concerned."""
        from studyctl.seals import sealed_quarter_of

        seal = sealed_quarter_of(self.root, rel, kind, record)
        if seal is None:
            return ""
        if not self.sealed_ok:
            raise SealedRefusal("guard.sealed", path=rel, quarter=seal.quarter, tag=seal.tag)
        language = self.organization.config.language
        return t("guard.sealed_ok.body", language, quarter=seal.quarter, reason=self.sealed_ok)


FOLDERS_FILE = "folders"  # in .studyctl: the folders a write last found without a leftover
SETTLED_NS = 2_000_000_000  # folder times this recent may still change unseen (coarse clocks)


def remove_leftovers(root: Path) -> list[str]:
    """Remove every temp file that an interrupted write left anywhere in the records folder (what
    the layout walker reports as `temp-file`); call it only under the folder's lock. The paths
    removed.

    A folder is listed only when its times (mtime, ctime, inode) differ from those it had when a
    write last found it without a leftover: adding, removing or renaming a file in a folder
    changes them. So a write into a folder of ten years lists the folders that changed since the
    last write, not 260,000 names. The times are kept in `.studyctl/folders`, a hint only: a
    missing, damaged or planted file makes a write list more, never remove a record (only
    `.<name>.tmp-…` files are removed), and `check` walks every folder itself."""
    with contextlib.suppress(StudyctlError):
        state_dir(root)  # made before the records folder's times are taken (the lock made it already)
    known = _clean_folders(root)
    now = time.time_ns()
    clean: dict[str, tuple[list[int], list[str]]] = {}
    removed: list[str] = []
    pending = ["."]
    while pending:
        rel = pending.pop()
        path, prefix = (root, "") if rel == "." else (root / rel, rel + "/")
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode):
            continue  # a link or a file where a folder was: never followed
        stamp = [info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        before = known.get(rel)
        if before is not None and before[0] == stamp:
            subfolders = before[1]
        else:
            removed += [prefix + name for name in remove_stale_temps(path)]
            subfolders = _subfolders(path, top=rel == ".")
            with contextlib.suppress(OSError):
                info = os.lstat(path)  # removing a leftover changed the folder's times
                stamp = [info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        if now - max(stamp[0], stamp[1]) > SETTLED_NS:
            clean[rel] = (stamp, subfolders)
        pending += [prefix + name for name in subfolders]
    _keep_clean_folders(root, clean, known)
    return sorted(removed)


def _subfolders(path: Path, top: bool) -> list[str]:
    """The names of the folders in `path` (not links), without studyctl's and git's own."""
    try:
        with os.scandir(path) as entries:
            return sorted(
                entry.name
                for entry in entries
                if entry.is_dir(follow_symlinks=False) and not (top and entry.name in OWN_FOLDERS)
            )
    except OSError:
        return []


def _clean_folders(root: Path) -> dict[str, tuple[list[int], list[str]]]:
    """What `.studyctl/folders` says; nothing when it is missing or not what a write left there."""
    try:
        data = json.loads((root / STATE_DIR / FOLDERS_FILE).read_bytes())
        return {
            str(rel): ([int(n) for n in stamp], [str(name) for name in names])
            for rel, (stamp, names) in data.items()
            if len(stamp) == 3 and all("/" not in name and name not in ("", ".", "..") for name in names)
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def _keep_clean_folders(
    root: Path, clean: dict[str, tuple[list[int], list[str]]], known: dict[str, tuple[list[int], list[str]]]
) -> None:
    if clean == known:
        return
    data = json.dumps(clean, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    # a hint, written like a cache chunk (no fsync): the next write lists more without it
    with contextlib.suppress(StudyctlError, OSError):
        write_atomically(state_dir(root) / FOLDERS_FILE, data)


@contextlib.contextmanager
def transaction(
    root: Path, command: str, today: dt.date | None = None, sealed_ok: str | None = None
) -> Iterator[Transaction]:
    """Hold the records folder's lock for a whole read → validate → write → commit. With `today`,
    a session, essay or plan item dated after it is refused. Refused before anything is written
    while git is in the middle of another operation."""
    refuse_during_git_operation(root)
    with FolderLock(root, command):
        yield Transaction(root, command, today, sealed_ok)


# --- validating a new record ---------------------------------------------------------------------


def check_new_record(
    organization: Records, draft: Draft, data: bytes, today: dt.date | None = None
) -> tuple[Record | None, list[Finding]]:
    """The record as the loader will read it, and every finding of the record rules against it
    (with `today`, also its dates that lie after today)."""
    source = _record_file(draft.rel, draft.kind)
    parsed = parse_record_bytes(draft.rel, draft.kind, data)
    record, findings = validate_record(draft.rel, draft.kind, parsed)
    if record is None:
        return None, findings
    intended = KINDS[draft.kind].model.model_validate(draft.data)
    if intended.model_dump() != record.model_dump():
        # the writer and the reader disagree: a bug, and never a reason to write a wrong record
        raise StudyctlError("store.round_trip", path=draft.rel)
    findings.extend(location_findings(source, record))
    if today is not None:
        findings.extend(future_date_findings(record, today))
    findings.extend(_reference_findings(organization, source, record))
    if draft.judge is not None:
        findings.extend(draft.judge(record, organization))
    return record, findings


def _record_file(rel: str, kind: str) -> RecordFile:
    """Where the layout would place `rel`: its year (and quarter) folder, as the walker reads them."""
    placed = place(rel)
    if placed is None or placed.kind != kind:
        return RecordFile(rel, kind)
    return placed


def _reference_findings(organization: Records, source: RecordFile, record: Record) -> list[Finding]:
    """The `reference` findings of the new record, against the organization on disk."""
    records = Records(
        root=organization.root,
        config=organization.config,
        units=dict(organization.units),
        members=dict(organization.members),
    )
    records.add(source, record)
    return reference_findings(records, [(KINDS[source.kind], record)])


def _read_back(draft: Draft, temp: Path, intended: Record) -> None:
    """The temp file, read as the loader reads records, must give back exactly the record."""
    raw = temp.read_bytes()
    parsed = parse_record_bytes(draft.rel, draft.kind, raw)
    record, _ = validate_record(draft.rel, draft.kind, parsed)
    same = record is not None and record.model_dump() == intended.model_dump()
    if same and is_markdown(draft.kind):
        try:
            body = split_front_matter(decode(raw))[2]
        except YamlProblem:
            body = None
        same = body is not None and body.strip("\n") == (draft.body or "").strip("\n")
    if not same:
        raise StudyctlError("store.round_trip", path=draft.rel)
