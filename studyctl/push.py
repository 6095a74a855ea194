"""`studyctl push`, the office's side of a county: the current branch and the seals go to the remote
named `county`, never forced.

Git does not push tags unless asked, so the seals (`refs/tags/studyctl/*`) are named in the push.
The outcome is a value: what was sent (new commits, new seals), or, for each ref the remote
refused, why, so that the CLI can say exactly what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from studyctl import git
from studyctl.errors import StudyctlError

REMOTE = "county"
# `scheme://user:password@host`: a password has no place in a file kept in git
PASSWORD_IN_URL = re.compile(r"^[a-z][a-z0-9+.-]*://[^/@:]+:[^/@]+@", re.IGNORECASE)
TAG_REFSPEC = "refs/tags/studyctl/*:refs/tags/studyctl/*"
_ENV = {"GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}


@dataclass(frozen=True)
class Refused:
    """A ref the county's remote refused: which, why (behind, tag-exists, remote or other) and git's words."""

    ref: str  # refs/heads/main, refs/tags/studyctl/sealed/2026Q2
    why: str  # behind | tag-exists | remote | other
    detail: str


@dataclass(frozen=True)
class PushResult:
    """What `studyctl push` sent: the remote and branch, the new commits, the seals, the refs refused, and
    whether the `county` remote was set."""

    remote: str
    url: str
    branch: str
    commits: int  # new commits the county received
    branch_sent: bool  # False: the county already had the branch as it is
    seals: list[str] = field(default_factory=list)  # quarters whose seal was sent now
    refused: list[Refused] = field(default_factory=list)
    remote_set: str = ""  # added | updated: the `county` remote was set from studyctl.yaml


def set_county_remote(folder: Path, url: str) -> str:
    """Make the remote `county` point at `url`: `added`, `updated` or `` when it already did."""
    current = git.run(folder, "remote", "get-url", REMOTE, env=_ENV)
    if current.ok and current.stdout.strip() == url:
        return ""
    how = "updated" if current.ok else "added"
    done = git.run(folder, "remote", "set-url" if how == "updated" else "add", REMOTE, url, env=_ENV)
    if not done.ok:
        raise StudyctlError("push.remote_failed", detail=done.stderr.strip())
    return how


def push(root: Path, configured_url: str | None) -> PushResult:
    """Push the current branch and every seal to `county`; what was sent and what was refused."""
    inside = git.run(root, "rev-parse", "--is-inside-work-tree", env=_ENV)
    if not inside.ok or inside.stdout.strip() != "true":
        raise StudyctlError("push.no_git", path=str(root))
    if configured_url and _has_password(configured_url):
        raise StudyctlError("push.password_in_config")
    remote_set = set_county_remote(root, configured_url) if configured_url else ""
    url = git.run(root, "remote", "get-url", REMOTE, env=_ENV)
    if not url.ok:
        raise StudyctlError("push.no_remote")
    branch = git.run(root, "symbolic-ref", "--quiet", "--short", "HEAD", env=_ENV)
    if not branch.ok:
        raise StudyctlError("push.detached")
    name = branch.stdout.strip()
    if not git.run(root, "rev-parse", "--verify", "-q", "HEAD", env=_ENV).ok:
        raise StudyctlError("push.no_commits", branch=name)
    proc = git.run(
        root, "push", "--porcelain", REMOTE, f"refs/heads/{name}:refs/heads/{name}", TAG_REFSPEC, env=_ENV
    )
    sent = parse_porcelain(proc.stdout)
    if not sent and not proc.ok:
        raise StudyctlError("push.failed", url=url.stdout.strip(), detail=proc.stderr.strip())
    commits = 0
    branch_sent = False
    seals: list[str] = []
    refused: list[Refused] = []
    for flag, ref, summary in sent:
        if flag == "!":
            detail = summary.removeprefix("[rejected]").removeprefix("[remote rejected]").strip().strip("()")
            refused.append(Refused(ref, _why(ref, summary), detail))
            continue
        if flag == "=":
            continue
        if ref.startswith("refs/tags/studyctl/sealed/"):
            seals.append(ref.rsplit("/", 1)[-1])
        elif ref == f"refs/heads/{name}":
            branch_sent = True
            commits = _count_sent(root, name, summary)
    return PushResult(
        REMOTE, url.stdout.strip(), name, commits, branch_sent, sorted(seals), refused, remote_set
    )


def _has_password(url: str) -> bool:
    return PASSWORD_IN_URL.match(url) is not None


def parse_porcelain(output: str) -> list[tuple[str, str, str]]:
    """`git push --porcelain` lines `<flag>\\t<from>:<to>\\t<summary>` as (flag, to, summary)."""
    out = []
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and len(parts[0]) == 1 and ":" in parts[1]:
            out.append((parts[0], parts[1].split(":", 1)[1], parts[2]))
    return out


def _why(ref: str, summary: str) -> str:
    if "already exists" in summary or (ref.startswith("refs/tags/") and "non-fast-forward" in summary):
        return "tag-exists"
    if "fetch first" in summary or "non-fast-forward" in summary:
        return "behind"
    if "remote rejected" in summary or "pre-receive" in summary or "hook declined" in summary:
        return "remote"
    return "other"


def _count_sent(root: Path, branch: str, summary: str) -> int:
    """The commits a push sent, from its summary: `old..new` counts the range; a new branch, all."""
    if ".." in summary and "..." not in summary:
        counted = git.run(root, "rev-list", "--count", summary.strip(), env=_ENV)
    else:
        counted = git.run(root, "rev-list", "--count", branch, env=_ENV)
    try:
        return int(counted.stdout.strip())
    except ValueError:
        return 0
