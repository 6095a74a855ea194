"""A writer killed at any moment: 100 trials of `log-session` ended by SIGKILL — at a random time,
just before the rename of its temp file, or just after the rename and before the commit.

After each kill the record is its old version or its new one, byte for byte, never torn; every
record of the folder loads; a leftover temp file is ignored by the loader, and `check` reports and
removes it. A kill during `git commit` can leave git's index.lock behind: counted, and removed as
the recording command's hint says, before the next trial.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from office import MINUTES, log_session_args

from studyctl.check import run_check
from studyctl.periods import Period
from studyctl.recording import SessionInput, log_session
from studyctl.records import load_records

TRIALS = 100
POINTS = ("random", "before-rename", "after-rename")
TARGETS = 10  # the trials take turns on this many records, so most of them replace one


@pytest.mark.slow
def test_a_killed_writer_leaves_the_old_or_the_new_record(
    office_repo: Path, git_env: dict[str, str], tmp_path: Path
) -> None:
    root = office_repo
    rng = random.Random(20260403)
    outcomes: Counter[str] = Counter()
    leftovers: list[str] = []
    for trial in range(TRIALS):
        point = POINTS[trial % len(POINTS)] if trial < TRIALS - 1 else "before-rename"
        slug = f"k{trial % TARGETS}"
        topic = f"学习《宪法》第{trial}次"
        path = root / f"sessions/2026/2026-04-03-{slug}.yaml"
        before = path.read_bytes() if path.exists() else None
        expected = _written_bytes(tmp_path / "reference", slug, topic)
        env = {**git_env}
        if point != "random":
            env["STUDYCTL_TEST_PAUSE"] = point
        writer = subprocess.Popen(
            [sys.executable, "-m", "studyctl", *log_session_args(root, slug, topic, "--replace")],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: git dies with it, as in a crash
        )
        assert writer.stderr is not None
        if point == "random":
            time.sleep(rng.uniform(0.0, 1.0))
        else:
            line = writer.stderr.readline()
            assert f"paused {point}".encode() in line, line
        os.killpg(writer.pid, signal.SIGKILL)
        writer.wait()
        after = path.read_bytes() if path.exists() else None
        assert after in (before, expected), f"trial {trial} ({point}): torn record {after!r}"
        outcomes[f"{point}:{'new' if after == expected and after != before else 'old'}"] += 1
        records = load_records(root, {2026})
        assert [f for f in records.findings if f.rule in ("yaml", "schema")] == []
        leftovers += [name for name in _hidden(path.parent) if name not in leftovers]
        lock = root / ".git" / "index.lock"
        if lock.exists():
            outcomes["index.lock left"] += 1
            lock.unlink()

    # the temp files that kills left and no later write cleaned: `check` reports each, leaves it
    present = _hidden(root / "sessions/2026")
    assert leftovers and present, "no kill left a temp file: the trials never hit the write"
    result = run_check(root, Period(2026, 2), dt.date(2026, 7, 1), ["temp-file"])
    assert [(f.file.rsplit("/", 1)[-1], f.key) for f in result.findings] == [
        (name, "temp-file.found") for name in present
    ]
    assert _hidden(root / "sessions/2026") == present
    assert outcomes["before-rename:new"] == outcomes["after-rename:old"] == 0
    summary = ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items()))
    print(f"\nkill trials: {TRIALS}; {summary}; temp files left by kills: {len(leftovers)}")


def _written_bytes(scratch: Path, slug: str, topic: str) -> bytes:
    """What a complete `log-session` writes for this slug and topic, made in a scratch folder."""
    if not scratch.exists():
        from office import ORGANIZATION

        from studyctl.scaffold import init_records

        init_records(scratch, "测试镇机关", "2026-01-01", "en")
        for rel, text in ORGANIZATION.items():
            (scratch / rel).write_text(text, encoding="utf-8")
    entry = SessionInput(
        date=dt.date(2026, 4, 3),
        kind="study-day",
        host="li-ming",
        topic=topic,
        area="law",
        recorder="wang-fang",
        minutes=MINUTES,
        slug=slug,
    )
    saved = log_session(scratch, entry, replace=True, commit=False)
    return (scratch / saved.rel).read_bytes()


def _hidden(folder: Path) -> list[str]:
    """The hidden files of a folder: temp files are the only ones a writer makes there."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) if folder.is_dir() else []
