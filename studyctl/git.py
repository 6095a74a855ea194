"""The only module that runs git: is this a work tree, init, stage named paths, commit."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GitResult:
    ok: bool
    output: str


def available() -> bool:
    return shutil.which("git") is not None


def run(folder: Path, *args: str) -> GitResult:
    try:
        proc = subprocess.run(
            ["git", *args],
            cwd=folder,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except OSError as exc:
        return GitResult(False, str(exc))
    return GitResult(proc.returncode == 0, (proc.stdout + proc.stderr).strip())


def inside_work_tree(folder: Path) -> bool:
    return available() and run(folder, "rev-parse", "--is-inside-work-tree").output == "true"


def init(folder: Path) -> GitResult:
    return run(folder, "init", "-q")


def commit_paths(folder: Path, paths: list[str], message: str) -> GitResult:
    """Stage exactly `paths` and commit only them, whatever else is staged or dirty."""
    added = run(folder, "add", "--", *paths)
    if not added.ok:
        return added
    return run(folder, "commit", "-q", "-m", message, "--only", "--", *paths)
