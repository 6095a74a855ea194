"""Sealing a quarter: the sign-off of a quarter as an annotated git tag holding the content hash
of every file its seal covers.

`seal_quarter` refuses while the quarter's check has errors or any file it covers is not
committed, then tags HEAD as `studyctl/sealed/<quarter>` (signed when git signing is configured).
The tag message lists one `<sha256>  <path>` line per file, paths relative to the records folder,
so a seal can be verified with nothing but git and sha256sum.

The seal is signed with the key git is configured with (`gpg.format` ssh or openpgp,
`user.signingkey`), and must be when the records folder has a `signers` file. Its message names
the commit it sealed (`Sealed-Commit: <sha>`), so that a history rewritten under it is seen.

Reading seals, what a seal covers, what changed since and who signed it (`verify_seals`) live in
`seals.py`, below the rules, because the audit step of every check needs them; their names are
importable from here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from studyctl import git
from studyctl.check import run_check
from studyctl.errors import StudyctlError
from studyctl.messages import t
from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.seals import (
    SIGNERS_FILE,
    TAG_PREFIX,
    Change,
    Seal,
    SealVerdict,
    content_hash,
    parse_status,
    quarter_files,
    read_seals,
    seal_changes,
    uncommitted_paths,
    verify_folder_seals,
    verify_seals,
)

__all__ = [
    "SIGNERS_FILE",
    "TAG_PREFIX",
    "Change",
    "Seal",
    "SealResult",
    "SealVerdict",
    "content_hash",
    "parse_status",
    "quarter_files",
    "read_seals",
    "seal_changes",
    "seal_message",
    "seal_quarter",
    "uncommitted_paths",
    "verify_folder_seals",
    "verify_seals",
]


@dataclass(frozen=True)
class SealResult:
    """A seal just made, and how many files it covers."""

    seal: Seal
    records: int


# --- sealing -------------------------------------------------------------------------------------


def seal_quarter(root: Path, period: Period, today: dt.date, lang: str) -> SealResult:
    """Tag HEAD as the seal of `period`, or a StudyctlError saying why it cannot be sealed."""
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
    records = load_records(root, {period.year}, today=today, use_cache=False)  # a cache could be planted
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
    head = git.run(root, "rev-parse", "HEAD")
    if not head.ok:
        raise StudyctlError("seal.no_git", path=str(root))
    message = seal_message(quarter, hashes, lang, head.output)
    signing = _signing_configured(root)
    if not signing and (root / SIGNERS_FILE).is_file():
        raise StudyctlError("seal.needs_key", signers=SIGNERS_FILE)
    tag = TAG_PREFIX + quarter
    made = git.run(root, "tag", "-s" if signing else "-a", "-m", message, tag, head.output)
    if not made.ok:
        raise StudyctlError("seal.tag_failed", tag=tag, detail=made.output)
    for seal in read_seals(root) or []:
        if seal.quarter == quarter:
            return SealResult(seal, len(files))
    raise StudyctlError("seal.tag_failed", tag=tag, detail=made.output)


def seal_message(quarter: str, hashes: dict[str, str], lang: str, commit: str = "") -> str:
    """The tag message: a subject line, the commit sealed, then `sha256  path` per record
    (sha256sum's format)."""
    lines = [t("seal.tag_subject", lang, quarter=quarter, count=len(hashes)), ""]
    if commit:
        lines += [f"Sealed-Commit: {commit}", ""]
    lines += [f"{digest}  {path}" for path, digest in sorted(hashes.items())]
    return "\n".join(lines) + "\n"


def _signing_configured(root: Path) -> bool:
    """A signing key or `tag.gpgSign` configured: the seal is then a signed tag."""
    key = git.run(root, "config", "--get", "user.signingkey")
    if key.ok and key.output:
        return True
    sign = git.run(root, "config", "--type=bool", "--get", "tag.gpgSign")
    return sign.ok and sign.output == "true"
