"""Eight clerks recording at once: 8 processes x 25 `log-session` each on one records folder.

Every record must be there and valid, every write its own commit touching only its file, and no
command may fail — neither on git's index.lock nor on the folder's own lock.
"""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from office import log_session_args, studyctl

from studyctl.records import load_records

WRITERS = 8
WRITES_EACH = 25


@pytest.mark.slow
def test_eight_writers_lose_nothing(office_repo: Path, git_env: dict[str, str]) -> None:
    root = office_repo
    commits_before = int(_git(root, "rev-list", "--count", "HEAD"))

    def writer(number: int) -> list[subprocess.CompletedProcess[str]]:
        # one clerk: each write waits for the one before, as a script or a person would
        args = (log_session_args(root, f"w{number}-{n:02d}") for n in range(WRITES_EACH))
        return [studyctl(*a, env=git_env, check=False) for a in args]

    with ThreadPoolExecutor(WRITERS) as pool:
        runs = [run for runs in pool.map(writer, range(WRITERS)) for run in runs]

    failed = [f"{run.returncode}: {run.stdout}{run.stderr}" for run in runs if run.returncode != 0]
    assert failed == []
    assert not any("index.lock" in run.stdout + run.stderr for run in runs)
    expected = {
        f"sessions/2026/2026-04-03-w{w}-{n:02d}.yaml" for w in range(WRITERS) for n in range(WRITES_EACH)
    }
    on_disk = {p.relative_to(root).as_posix() for p in (root / "sessions/2026").glob("*.yaml")}
    assert on_disk == expected
    records = load_records(root, {2026})
    assert records.findings == []
    assert len(records.sessions) == WRITERS * WRITES_EACH
    # one commit per record, each touching exactly its own file
    assert int(_git(root, "rev-list", "--count", "HEAD")) - commits_before == WRITERS * WRITES_EACH
    touched = _git(root, "log", f"-{WRITERS * WRITES_EACH}", "--format=%x00", "--name-only").split("\0")
    assert sorted(chunk.strip() for chunk in touched if chunk.strip()) == sorted(expected)
    assert _git(root, "status", "--porcelain") == ""
    assert not (root / ".git" / "index.lock").exists()


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
