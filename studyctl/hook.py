"""The git pre-commit hook: installing it for a records folder, and the check it runs.

The hook runs `studyctl hook run` in the records folder, which checks every record file with the
record rules (`yaml`, `schema`, `reference`, `duplicate`, `location`) when the commit touches the
records; an error exits 1, and git stops the commit. What is checked is what the commit will hold:
the staged content, read from the index (exported to a temporary folder), never the work tree,
which may differ from it; and never the cache. The records folder may be the repository
itself or a folder inside it. Git is run through `studyctl.git` only.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from studyctl import git
from studyctl.check import CheckResult, run_check, source_line
from studyctl.errors import StudyctlError
from studyctl.fsio import atomic_write
from studyctl.periods import quarter_of
from studyctl.records import load_records
from studyctl.rules import registry

# the line that tells our hook from someone else's, so that installing again replaces only ours
MARK = "# studyctl pre-commit hook"


@dataclass(frozen=True)
class Installed:
    """The hook as written: its path, and whether another program's hook was replaced."""

    path: Path
    replaced: bool  # a hook of someone else's was replaced (--force)


def record_rules() -> list[str]:
    """The rules of the `records` group: what a commit is checked against."""

    return [name for name, rule in registry().items() if rule.group == "records"]


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
    """The record rules over every record of `root` as staged, if the staged changes touch it."""
    staged = git.run(root, "diff", "--cached", "--name-only", "--relative", "--", ".")
    files = [line for line in staged.output.splitlines() if line.strip()] if staged.ok else []
    if staged.ok and not files:
        return CommitCheck(None, 0)
    with tempfile.TemporaryDirectory(prefix="studyctl-staged-") as folder:
        exported = git.export_index(root, Path(folder))
        if exported is None:
            raise StudyctlError("hook.not_git", path=str(root))
        # every year: a commit may touch any year's records
        records = load_records(exported, use_cache=False, today=today)
        result = run_check(exported, quarter_of(today), today, record_rules(), records=records)
        quotes = {}
        for finding in result.findings:
            text = source_line(exported, finding.file, finding.line)
            if text is not None and finding.line is not None:
                quotes[(finding.file, finding.line)] = text
    return CommitCheck(result, len(files), quotes)
