"""Sealed quarters: the sign-off of a quarter as an annotated git tag holding the content hash of
every record of that quarter, and what has changed since.

`seal_quarter` refuses while the quarter's check has errors or any of its records is not committed,
then tags HEAD as `studyctl/sealed/<quarter>` (signed when git signing is configured). The tag
message lists one `<sha256>  <path>` line per record, paths relative to the records folder, so a
seal can be verified with nothing but git and sha256sum. `read_seals` reads every seal with one git
call; `seal_changes` compares a seal with the files on disk and names the commit of each change.

A quarter's records: the sessions dated in it or in one of its weeks, the essays dated in it, its
reviews (`reviews/<year>/Q<n>/`) and the schedules with an entry in it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from studyctl import git
from studyctl.errors import StudyctlError
from studyctl.messages import t
from studyctl.periods import Period
from studyctl.records import Records, load_records, read_bytes

TAG_PREFIX = "studyctl/sealed/"
_HASH_LINE = re.compile(r"^([0-9a-f]{64})  (\S.*)$", re.MULTILINE)
_QUARTER_NAME = re.compile(r"^(\d{4})Q([1-4])$")
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})-.+$")
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
    signed: bool
    hashes: dict[str, str] = field(default_factory=dict)  # record path -> sha256 of its bytes

    @property
    def tag(self) -> str:
        return TAG_PREFIX + self.quarter

    @property
    def period(self) -> Period:
        return Period(int(self.quarter[:4]), int(self.quarter[5]))


@dataclass(frozen=True)
class Change:
    """A record of a sealed quarter that differs from its seal; `commit` is empty while uncommitted."""

    path: str
    how: str  # changed | deleted | added
    commit: str = ""
    author: str = ""
    date: str = ""


@dataclass(frozen=True)
class SealResult:
    seal: Seal
    records: int


# --- the records of a quarter --------------------------------------------------------------------


def quarter_files(root: Path, records: Records, period: Period) -> list[str]:
    """The record files of `period` (a quarter) on disk, relative to `root`, sorted."""
    assert period.quarter is not None
    weeks = period.weeks()
    first = min(period.start, weeks[0].monday) if weeks else period.start
    last = max(period.last_day, weeks[-1].sunday) if weeks else period.last_day
    year = period.year
    found = set()
    for folder_year in (year - 1, year, year + 1):  # a week can straddle New Year
        found.update(_dated_files(root, f"sessions/{folder_year}", ".yaml", first, last))
    found.update(_dated_files(root, f"essays/{year}", ".md", period.start, period.last_day))
    found.update(_files(root, f"reviews/{year}/Q{period.quarter}", ".yaml"))
    for rel, schedule in records.schedules.items():
        if any(entry.date in period for entry in schedule.entries):
            found.add(rel)
    return sorted(found)


def _files(root: Path, rel: str, suffix: str) -> list[str]:
    try:
        names = [p.name for p in (root / rel).iterdir() if p.is_file() and not p.is_symlink()]
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [f"{rel}/{name}" for name in names if name.endswith(suffix) and not name.startswith(".")]


def _dated_files(root: Path, rel: str, suffix: str, first: dt.date, last: dt.date) -> list[str]:
    out = []
    for path in _files(root, rel, suffix):
        match = _DATED.match(path.rsplit("/", 1)[-1])
        if match is None:
            continue
        try:
            day = dt.date.fromisoformat(match[1])
        except ValueError:
            continue
        if first <= day <= last:
            out.append(path)
    return out


def content_hash(root: Path, rel: str) -> str | None:
    """sha256 of the file's bytes; None when it is gone or unreadable."""
    try:
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
        if len(fields) != 6 or not _QUARTER_NAME.match(fields[0]):
            continue
        quarter, tag_object, commit, tagger, date, contents = fields
        hashes = {path: digest for digest, path in _HASH_LINE.findall(contents)}
        signed = any(mark in contents for mark in _SIGNATURE_MARKS)
        # a lightweight tag has no tagged object of its own: it points at the commit directly
        seals.append(Seal(quarter, commit or tag_object, tagger, date, signed, hashes))
    return sorted(seals, key=lambda seal: seal.quarter)


def seal_changes(root: Path, records: Records, seal: Seal) -> list[Change]:
    """The records of the sealed quarter that were changed, deleted or added since the seal, each
    with the newest commit that touched it (none if the change is not committed yet)."""
    found: list[tuple[str, str]] = []
    for path, digest in sorted(seal.hashes.items()):
        now = content_hash(root, path)
        if now != digest:
            found.append((path, "deleted" if now is None else "changed"))
    for path in quarter_files(root, records, seal.period):
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
        "--format=%x1e%h%x1f%an%x1f%ad",
        f"{since}..HEAD",
        "--",
        *paths,
    )
    out: dict[str, tuple[str, str, str]] = {}
    if not logged.ok:
        return out
    for chunk in logged.output.split("\x1e"):
        head, _, names = chunk.partition("\n")
        fields = head.split("\x1f")
        if len(fields) != 3:
            continue
        for name in names.splitlines():
            if name.strip():
                out.setdefault(name.strip(), (fields[0], fields[1], fields[2]))
    return out


# --- sealing -------------------------------------------------------------------------------------


def uncommitted_paths(root: Path) -> dict[str, str] | None:
    """Files under `root` that differ from HEAD, relative to `root`: path -> `modified`, `added`,
    `deleted` or `untracked`. None outside a git work tree. Two git calls, whatever the size."""
    if not git.available():
        return None
    prefix = git.run(root, "rev-parse", "--show-prefix")
    if not prefix.ok:
        return None
    status = git.run(root, "status", "--porcelain=v2", "-z", "--untracked-files=all", "--", ".")
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


def seal_quarter(root: Path, period: Period, today: dt.date, lang: str) -> SealResult:
    """Tag HEAD as the seal of `period`, or a StudyctlError saying why it cannot be sealed."""
    from studyctl.check import run_check

    quarter = str(period)
    dirty = uncommitted_paths(root)
    seals = read_seals(root)
    if dirty is None or seals is None:
        raise StudyctlError("seal.no_git", path=str(root))
    for seal in seals:
        if seal.quarter == quarter:
            raise StudyctlError("seal.exists", quarter=quarter, date=seal.date, tag=seal.tag)
    if today < period.end:
        raise StudyctlError("seal.not_ended", quarter=quarter, last_day=period.last_day.isoformat())
    records = load_records(root, {period.year})
    result = run_check(root, period, today, records=records)
    errors = result.counts["error"]
    if errors:
        raise StudyctlError("seal.has_errors", quarter=quarter, count=errors)
    files = quarter_files(root, records, period)
    pending = [path for path in files if path in dirty]
    if pending:
        shown = "、".join(pending[:5]) + ("…" if len(pending) > 5 else "")
        raise StudyctlError("seal.uncommitted", quarter=quarter, count=len(pending), files=shown)
    hashes = {path: content_hash(root, path) or "" for path in files}
    message = seal_message(quarter, hashes, lang)
    signing = _signing_configured(root)
    tag = TAG_PREFIX + quarter
    made = git.run(root, "tag", "-s" if signing else "-a", "-m", message, tag, "HEAD")
    if not made.ok:
        raise StudyctlError("seal.tag_failed", tag=tag, detail=made.output)
    for seal in read_seals(root) or []:
        if seal.quarter == quarter:
            return SealResult(seal, len(files))
    raise StudyctlError("seal.tag_failed", tag=tag, detail=made.output)


def seal_message(quarter: str, hashes: dict[str, str], lang: str) -> str:
    """The tag message: a subject line, then `sha256  path` per record (sha256sum's format)."""
    lines = [t("seal.tag_subject", lang, quarter=quarter, count=len(hashes)), ""]
    lines += [f"{digest}  {path}" for path, digest in sorted(hashes.items())]
    return "\n".join(lines) + "\n"


def _signing_configured(root: Path) -> bool:
    """A signing key or `tag.gpgSign` configured: the seal is then a signed tag."""
    key = git.run(root, "config", "--get", "user.signingkey")
    if key.ok and key.output:
        return True
    sign = git.run(root, "config", "--type=bool", "--get", "tag.gpgSign")
    return sign.ok and sign.output == "true"
