"""The seals as git holds them, and the facts the audit rules judge.

A seal is an annotated git tag `studyctl/sealed/<quarter>` whose message lists one
`<sha256>  <path>` line per file it covers (see `seal.py`, which makes them). This module reads the
seals (`read_seals`, one git call), says which files a seal of a quarter covers (`quarter_files`)
and what changed since (`seal_changes`), and asks git what is not committed (`uncommitted_paths`).

A seal covers the files the loader reads for its quarter — the records the table of kinds places
in it (`Kind.dates`) — and every other file of the records folder that the loader does not own:
strays beside the records, files with names out of place, records that failed to load. Only
`.studyctl/` (studyctl's own) and `.git/` are left out. Nothing can then be slipped in unseen.

Who may seal: a records folder may hold `signers` (ssh's allowed-signers format: one
`<name> <key type> <public key>` per line), committed like a record. Then a seal counts only when git
verifies it (`git verify-tag` with `gpg.ssh.allowedSignersFile`) as signed by a listed key:
`verify_seals` gives git's verdict on every seal, and works as well on a bare repository (the county
verifies offices' seals with it). A seal also names the commit it sealed (a `Sealed-Commit:` line,
covered by the signature): when that commit is no longer an ancestor of HEAD, the history under the
seal was rewritten.

`gather_facts` runs once per check, before the rules: it asks git and looks at the disk, so that
the audit rules (`rules/audit.py`) only judge what it found. Nothing here writes anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from studyctl import git
from studyctl.kinds import CONFIG_FILE, RecordFile
from studyctl.layout import Stray, Walked, walk
from studyctl.periods import Period
from studyctl.record_file import read_bytes
from studyctl.records import Records

TAG_PREFIX = "studyctl/sealed/"
_HASH_LINE = re.compile(r"^([0-9a-f]{64})  (\S.*)$", re.MULTILINE | re.ASCII)
_QUARTER_NAME = re.compile(r"[0-9]{4}Q[1-4]", re.ASCII)
_SEALED_COMMIT = re.compile(r"^Sealed-Commit: ([0-9a-f]{40,64})$", re.MULTILINE | re.ASCII)
SIGNERS_FILE = "signers"
# one seal per record of the output of for-each-ref: fields split by US, seals ended by RS
_SEAL_FORMAT = (
    "%1f".join(
        (
            "%(refname:lstrip=4)",
            "%(objectname)",
            "%(*objectname)",
            "%(taggername)",
            "%(taggerdate:short)",
            "%(contents)",
        )
    )
    + "%1e"
)
_SIGNATURE_MARKS = ("-----BEGIN PGP SIGNATURE-----", "-----BEGIN SSH SIGNATURE-----")


@dataclass(frozen=True)
class Seal:
    """One sealed quarter, as its tag records it."""

    quarter: str
    commit: str  # the commit the tag points at
    tagger: str
    date: str
    signed: bool  # the message carries a signature block; whether it verifies: `verify_seals`
    hashes: dict[str, str] = field(default_factory=dict)  # record path -> sha256 of its bytes
    sealed_commit: str = ""  # the commit named in the message (older seals name none)

    @property
    def tag(self) -> str:
        """The git tag of the seal."""
        return TAG_PREFIX + self.quarter

    @property
    def period(self) -> Period:
        """The quarter sealed."""
        return Period(int(self.quarter[:4]), int(self.quarter[5]))


@dataclass(frozen=True)
class Change:
    """A record of a sealed quarter that differs from its seal; `commit` is empty while uncommitted."""

    path: str
    how: str  # changed | deleted | added
    commit: str = ""
    author: str = ""
    date: str = ""


def content_hash(root: Path, rel: str) -> str | None:
    """sha256 of the file's bytes (of a link: of where it points); None when it is gone or unreadable."""
    path = root / rel
    try:
        if path.is_symlink():
            return hashlib.sha256(b"link:" + os.fsencode(os.readlink(path))).hexdigest()
        return hashlib.sha256(read_bytes(root, rel)).hexdigest()
    except OSError:
        return None


# --- reading seals -------------------------------------------------------------------------------


def read_seals(root: Path) -> list[Seal] | None:
    """Every seal of the repository, oldest quarter first; None outside a git work tree."""
    if not git.available():
        return None
    listed = git.run(root, "for-each-ref", f"--format={_SEAL_FORMAT}", f"refs/tags/{TAG_PREFIX}")
    if not listed.ok:
        return None
    seals = []
    for chunk in listed.output.split("\x1e"):
        fields = chunk.lstrip("\n").split("\x1f")
        if len(fields) != 6 or _QUARTER_NAME.fullmatch(fields[0]) is None:
            continue
        quarter, tag_object, commit, tagger, date, contents = fields
        hashes = {path: digest for digest, path in _HASH_LINE.findall(contents)}
        signed = any(mark in contents for mark in _SIGNATURE_MARKS)
        # a lightweight tag has no tagged object of its own: it points at the commit directly
        named = _SEALED_COMMIT.search(contents)
        sealed_commit = named[1] if named else ""
        seals.append(Seal(quarter, commit or tag_object, tagger, date, signed, hashes, sealed_commit))
    return sorted(seals, key=lambda seal: seal.quarter)


def seal_changes(root: Path, records: Records, seal: Seal, unowned: list[str] | None = None) -> list[Change]:
    """The files of the sealed quarter that were changed, deleted or added since the seal, each
    with the newest commit that touched it (none if the change is not committed yet)."""
    found: list[tuple[str, str]] = []
    for path, digest in sorted(seal.hashes.items()):
        now = content_hash(root, path)
        if now != digest:
            found.append((path, "deleted" if now is None else "changed"))
    for path in quarter_files(root, records, seal.period, unowned):
        if path not in seal.hashes:
            found.append((path, "added"))
    if not found:
        return []
    commits = _last_commits(root, seal.commit, [path for path, _ in found])
    return [Change(path, how, *commits.get(path, ("", "", ""))) for path, how in found]


def _last_commits(root: Path, since: str, paths: list[str]) -> dict[str, tuple[str, str, str]]:
    """For each path, the newest commit after `since` that touched it: (short sha, author, date)."""
    logged = git.run(
        root,
        "-c",
        "core.quotePath=false",
        "log",
        "--relative",
        "--name-only",
        "--date=short",
        git.LAST_COMMITS_FORMAT,
        f"{since}..HEAD",
        "--",
        *paths,
    )
    if not logged.ok:
        return {}
    return git.parse_last_commits(logged.output)


# --- what a seal covers --------------------------------------------------------------------------


def quarter_files(
    root: Path, records: Records, period: Period, unowned: list[str] | None = None
) -> list[str]:
    """The files a seal of `period` (a quarter) covers, relative to `root`, sorted: the loaded
    records that the table of kinds places in the quarter, and every file the loader does not own
    (`unowned`, found by `unowned_files` when not given)."""
    assert period.quarter is not None
    weeks = period.weeks()
    first = min(period.start, weeks[0].monday) if weeks else period.start
    last = max(period.last_day, weeks[-1].sunday) if weeks else period.last_day
    found = set(unowned_files(root, records) if unowned is None else unowned)
    for kind, table in records.tables():
        for record in table.values():
            days = list(kind.dates(record))
            if kind.by_week:
                placed = any(first <= day <= last for day in days)
            else:
                placed = any(day in period for day in days)
            if placed:
                found.add(record.file)
    return sorted(found)


def owned_files(records: Records) -> set[str]:
    """The files whose records the loader holds."""
    owned = {CONFIG_FILE}
    for _, table in records.tables():
        owned.update(record.file for record in table.values())
    return owned


def unowned_files(root: Path, records: Records, walked: list[Walked] | None = None) -> list[str]:
    """Every file of the records folder (but `.studyctl/` and `.git/`) that the loader does not
    hold a record of: strays, and the record files of the loaded partitions that did not load.
    Record files of partitions that were not loaded belong to the loader, not to this list."""
    items = list(walk(root, strays=True)) if walked is None else walked
    loaded = set(walk_loaded(root, records))
    owned = owned_files(records)
    out = []
    for item in items:
        if isinstance(item, Stray) or (
            isinstance(item, RecordFile) and item.rel in loaded and item.rel not in owned
        ):
            out.append(item.rel)
    return sorted(set(out))


def walk_loaded(root: Path, records: Records) -> list[str]:
    """The record files of the partitions `records` were loaded from."""
    return [item.rel for item in walk(root, records.years) if isinstance(item, RecordFile)]


# --- git status ---------------------------------------------------------------------------------


def uncommitted_paths(root: Path) -> dict[str, str] | None:
    """Files under `root` that differ from HEAD, relative to `root`: path -> `modified`, `added`,
    `deleted` or `untracked`. None outside a git work tree. Two git calls, whatever the size."""
    if not git.available():
        return None
    prefix = git.run(root, "rev-parse", "--show-prefix")
    if not prefix.ok:
        return None
    # without optional locks: `git status` would otherwise refresh (write) the index, and asking
    # must change nothing
    status = git.run(
        root, "--no-optional-locks", "status", "--porcelain=v2", "-z", "--untracked-files=all", "--", "."
    )
    if not status.ok:
        return None
    return parse_status(status.output, prefix.output)


def parse_status(output: str, prefix: str) -> dict[str, str]:
    """`git status --porcelain=v2 -z` output, paths made relative to the records folder."""
    out: dict[str, str] = {}
    entries = iter(output.split("\0"))
    for entry in entries:
        if entry.startswith("? "):
            path, how = entry[2:], "untracked"
        elif entry.startswith(("1 ", "2 ")):
            parts = entry.split(" ", 8 if entry[0] == "1" else 9)
            path, xy = parts[-1], parts[1]
            how = "deleted" if "D" in xy else "added" if "A" in xy else "modified"
            if entry[0] == "2":
                next(entries, None)  # a rename's original path follows
        elif entry.startswith("u "):
            path, how = entry.split(" ", 10)[-1], "modified"
        else:
            continue
        if path.startswith(prefix):
            out[path[len(prefix) :]] = how
    return out


# --- who sealed: git's verification -------------------------------------------------------------


@dataclass(frozen=True)
class SealVerdict:
    """What git said of one seal's signature.

    `verdict`: `good` (signed by a key the signers file lists, or, without a signers file, a
    signature git accepts), `unsigned`, `unlisted` (a valid signature by a key not listed) or `bad`
    (a signature that does not verify: the tag was altered, or the key is unknown). `signer` is the
    principal git matched; `detail` is git's own words."""

    quarter: str
    tag: str
    verdict: str
    signer: str = ""
    detail: str = ""

    @property
    def good(self) -> bool:
        """Signed by a key that may seal."""
        return self.verdict == "good"


_GOOD_FOR = re.compile(r'^Good "git" signature for (.+?) with ', re.MULTILINE)
_GOOD_GPG = re.compile(r'^gpg: Good signature from "(.+?)"', re.MULTILINE)


def verify_seals(repository: Path, signers: Path | None) -> list[SealVerdict]:
    """git's verdict on the signature of every seal in `repository` (a work tree, a folder inside
    one, or a bare repository), checked against `signers` (ssh's allowed-signers format) when
    given. One `git verify-tag` per seal; an empty list without git or seals.

    This is the one function that judges who sealed: `check` calls it with the records folder's
    committed signers file, the county with the signers file it keeps for each office."""
    seals = read_seals(repository) or []
    return [verify_seal(repository, seal.tag, seal.quarter, signers) for seal in seals]


def verify_seal(repository: Path, tag: str, quarter: str, signers: Path | None) -> SealVerdict:
    """git's verdict on the seal `tag` (see `SealVerdict`)."""
    config = ["-c", f"gpg.ssh.allowedSignersFile={signers.resolve()}"] if signers is not None else []
    done = git.run(repository, *config, "verify-tag", "--raw", f"refs/tags/{tag}")
    detail = done.output
    if done.ok:
        found = _GOOD_FOR.search(detail) or _GOOD_GPG.search(detail)
        if signers is not None and _GOOD_FOR.search(detail) is None:
            # an openpgp signature: the signers file lists ssh keys only, so it names no one
            return SealVerdict(quarter, tag, "unlisted", found[1] if found else "", detail)
        return SealVerdict(quarter, tag, "good", found[1] if found else "", detail)
    lowered = detail.lower()
    if "no signature found" in lowered:
        return SealVerdict(quarter, tag, "unsigned", "", detail)
    if "no principal matched" in lowered:
        return SealVerdict(quarter, tag, "unlisted", "", detail)
    return SealVerdict(quarter, tag, "bad", "", detail)


def committed_signers(root: Path) -> bytes | None:
    """The records folder's `signers` file as HEAD has it; None when HEAD has none (an uncommitted
    signers file does not count: anyone can write one)."""
    shown = git.run_bytes(root, "show", f"HEAD:./{SIGNERS_FILE}")
    return shown if shown else None


def verify_folder_seals(root: Path) -> list[SealVerdict] | None:
    """The verdict on every seal of the records folder `root` against its committed signers file;
    None when it has no committed signers file (then seals are not required to be signed)."""
    listed = committed_signers(root)
    if listed is None:
        return None
    with tempfile.TemporaryDirectory(prefix="studyctl-signers-") as folder:
        path = Path(folder) / SIGNERS_FILE
        path.write_bytes(listed)
        return verify_seals(root, path)


def rewritten_seals(root: Path, seals: list[Seal]) -> dict[str, str]:
    """quarter -> the sealed commit, for each seal whose commit HEAD no longer contains."""
    out = {}
    for seal in seals:
        commit = seal.sealed_commit or seal.commit
        if not git.is_ancestor(root, commit, "HEAD"):
            out[seal.quarter] = commit
    return out


def sealed_quarter_of(root: Path, rel: str, kind: str, record: object) -> Seal | None:
    """The seal that `record` of `kind`, about to be written at `rel`, would fall under (a day of
    it in a sealed quarter, or its path in a seal); None if none."""
    from studyctl.kinds import KINDS
    from studyctl.periods import Week, quarter_of

    seals = read_seals(root)
    if not seals:
        return None
    table = KINDS[kind]
    days = list(table.dates(record))
    quarters = {str(quarter_of(day)) for day in days}
    if table.by_week:
        quarters |= {str(quarter_of(Week.of(day).day(3))) for day in days}
    for seal in seals:
        if seal.quarter in quarters or rel in seal.hashes:
            return seal
    return None


# --- the facts the audit rules judge -------------------------------------------------------------


@dataclass(frozen=True)
class AuditFacts:
    """What the audit rules judge, gathered once before they run. `in_git` False: outside a git
    work tree, or without git (then the git facts are empty)."""

    in_git: bool
    head: str = ""
    shallow: bool = False
    seals: list[Seal] = field(default_factory=list)
    changes: dict[str, list[Change]] = field(default_factory=dict)  # quarter -> its changes
    dirty: dict[str, str] = field(default_factory=dict)  # path -> how (uncommitted_paths)
    unowned: list[str] = field(default_factory=list)  # files on disk the loader does not own
    temps: list[str] = field(default_factory=list)  # leftovers of interrupted writes
    writer_active: bool = False  # a writer holds the folder's lock: its temp file is in use
    rewritten: dict[str, str] = field(default_factory=dict)  # quarter -> sealed commit not in HEAD
    verdicts: list[SealVerdict] | None = None  # None: no committed signers file
    git_missing: bool = False  # in a git work tree, but the git program is not found


def gather_facts(root: Path, records: Records) -> AuditFacts:
    """Ask git and look at the disk once, for the audit rules; writes nothing.

    Without seals only the loaded partitions are walked (for leftovers); with seals, the whole
    folder, since a seal covers every file the loader does not own."""
    seals = read_seals(root)
    walked = list(walk(root, records.years if not seals else None, strays=True))
    temps = sorted(item.rel for item in walked if isinstance(item, Stray) and item.temp)
    dirty = uncommitted_paths(root)
    writer = writer_active(root)
    if seals is None or dirty is None:
        missing = not git.available() and git.in_git_repository(root)
        return AuditFacts(False, temps=temps, writer_active=writer, git_missing=missing)
    # one call for both: "true"/"false", then HEAD's sha (absent in a repository without commits)
    asked = git.run(root, "rev-parse", "--is-shallow-repository", "HEAD")
    answer = asked.output.splitlines() if asked.ok else []
    unowned = unowned_files(root, records, walked) if seals else []
    changes = {}
    for seal in seals:
        if records.years is not None and seal.period.year not in records.years:
            continue
        changes[seal.quarter] = seal_changes(root, records, seal, unowned)
    shallow = bool(answer) and answer[0] == "true"
    loaded = [seal for seal in seals if seal.quarter in changes]
    return AuditFacts(
        True,
        head=answer[1] if len(answer) > 1 else "",
        shallow=shallow,
        seals=seals,
        changes=changes,
        dirty=dirty,
        unowned=unowned,
        temps=temps,
        writer_active=writer,
        rewritten={} if shallow else rewritten_seals(root, loaded),
        verdicts=verify_folder_seals(root) if seals else None,
    )


def writer_active(root: Path) -> bool:
    """Whether a writer holds the folder's lock, asked without writing anything: the lock file is
    opened for reading only (it is not made when missing) and a shared lock is tried."""
    path = root / ".studyctl" / "lock"
    if sys.platform == "win32" or path.is_symlink():  # pragma: no cover - Windows
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    return False
