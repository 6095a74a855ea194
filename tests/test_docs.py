"""The guides run: every command in a ```console block of README.md and docs/zh/*.md is run, in
order, by bash, with the clock pinned; where a block shows output, it must be exactly what the
command prints (stdout and stderr together).

Each document runs in a fresh folder holding a copy of the shipped records (`records/`, committed in
git as an office keeps it) and `.venv`, the environment these tests run in (what the README's
install command makes). A hidden comment `<!-- docs: today=YYYY-MM-DD -->` changes the pinned day
for the blocks after it. The README's install commands are stood in for by that `.venv`, and its
command that runs this test suite is only collected (it would run this test again).

A shown output may leave lines out: a line holding only `…` stands for any number of lines
(none included) of the real output. Spaces at the ends of lines (a table's padding) are not
compared, since editors strip them. STUDYCTL_REGEN_DOCS=1 rewrites the shown output from the real
runs instead of comparing; an output that leaves lines out and still fits is kept as it is.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
GUIDES = [REPO / "README.md", *sorted((REPO / "docs" / "zh").glob("*.md"))]
REGEN = os.environ.get("STUDYCTL_REGEN_DOCS") == "1"
TODAY = "2026-11-27"
_BLOCK = re.compile(r"^```console\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
ELIDED = "…\n"  # a line of shown output that stands for lines left out
_TODAY = re.compile(r"<!-- docs: today=(\d{4}-\d{2}-\d{2}) -->")
# what the README's install commands make is the environment running these tests
STAND_INS = {
    'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && ': "",
    "python3 -m venv .venv && .venv/bin/pip install -e . && ": "",
    ".venv/bin/python -m pytest": ".venv/bin/python -m pytest --collect-only -q tests/test_docs.py",
}


@dataclass
class Command:
    line: str  # as shown, without the prompt
    shown: str  # the output shown under it
    today: str
    start: int  # offsets in the document of the shown output
    end: int


def commands(text: str) -> list[Command]:
    found: list[Command] = []
    today = TODAY
    position = 0
    for block in _BLOCK.finditer(text):
        for marker in _TODAY.finditer(text, position, block.start()):
            today = marker[1]
        position = block.end()
        offset = block.start(1)
        lines = block[1].splitlines(keepends=True)
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.startswith("$ "):
                raise AssertionError(f"output before any command in a console block: {line!r}")
            command = line[2:].rstrip("\n")
            while command.endswith("\\"):
                index += 1
                command = command[:-1] + lines[index].lstrip().rstrip("\n")
            index += 1
            start = offset + sum(len(x) for x in lines[:index])
            while index < len(lines) and not lines[index].startswith("$ "):
                index += 1
            end = offset + sum(len(x) for x in lines[:index])
            found.append(Command(command, text[start:end], today, start, end))
    return found


def fits(shown: str, output: str) -> bool:
    """Whether the output is what is shown, each `…` line standing for any lines left out."""
    shown, output = _unpadded(shown), _unpadded(output)
    if ELIDED not in shown.splitlines(keepends=True):
        return output == shown
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line == ELIDED else re.escape(line) for line in shown.splitlines(keepends=True)
    )
    return re.fullmatch(pattern, output) is not None


def _unpadded(text: str) -> str:
    return re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)


def prepare(folder: Path) -> dict[str, str]:
    home = folder / "home"
    home.mkdir()
    work = folder / "work"
    shutil.copytree(REPO / "records", work / "records", ignore=shutil.ignore_patterns(".studyctl"))
    (work / ".venv").symlink_to(Path(sys.prefix))
    (work / "tests").symlink_to(REPO / "tests")
    (work / "scripts").symlink_to(REPO / "scripts")
    (work / "pyproject.toml").symlink_to(REPO / "pyproject.toml")
    env = {
        "PATH": f"{Path(sys.prefix) / 'bin'}:{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "COLUMNS": "100",
        "TERM": "dumb",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_DATE": "2026-01-04T09:00:00+08:00",
        "GIT_COMMITTER_DATE": "2026-01-04T09:00:00+08:00",
        "STUDYCTL_NO_CACHE": "1",
    }
    for key in ("name", "email"):
        value = "钱丽娟" if key == "name" else "qian-lijuan@example.org"
        subprocess.run(["git", "config", "--global", f"user.{key}", value], env=env, check=True)
    records = work / "records"
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "示例档案"]):
        subprocess.run(["git", *args], cwd=records, env=env, check=True)
    return env


def _git_dates(today: str) -> dict[str, str]:
    """git's clock agrees with studyctl's: a commit or seal made on the pinned day is dated by it."""
    stamp = f"{today}T09:00:00+08:00"
    return {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}


def cwd_root(cwd: Path) -> Path:
    for folder in (cwd, *cwd.parents):
        if folder.name == "work":
            return folder
    return cwd


def run(command: Command, cwd: Path, env: dict[str, str]) -> tuple[str, Path]:
    line = command.line
    for shown, real in STAND_INS.items():
        line = line.replace(shown, real)
    where = cwd / ".." / ".docs-cwd"
    script = f"{line}\nstatus=$?\npwd > {where}\nexit $status\n"
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=cwd,
        env={**env, "STUDYCTL_TODAY": command.today, **_git_dates(command.today)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    # the folder the guide runs in is shown as the clerk's home folder
    output = (done.stdout + done.stderr).replace(str(cwd_root(cwd)), "~")
    return output, Path(where.read_text().strip()) if where.exists() else cwd


def test_a_line_of_three_dots_stands_for_any_lines_left_out() -> None:
    output = "一\n二\n三\n四\n"
    assert fits("一\n…\n四\n", output)
    assert fits("一\n二\n…\n三\n四\n", output)  # none left out
    assert fits("…\n三\n…\n", output)
    assert fits("一  \n二\n三\n四\n", "一\n二\n三   \n四\n")  # a table's padding
    assert not fits("一\n…\n三\n", output)  # the end is compared
    assert not fits("二\n…\n四\n", output)  # and the beginning
    assert not fits("一\n…\n五\n…\n", output)
    assert not fits("一\n二\n四\n", output)  # without the marker, every line
    assert not fits("一\n二…\n四\n", output)  # only a line of its own leaves lines out


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_the_commands_of_the_guide_run_and_print_what_it_shows(guide: Path, tmp_path: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    found = commands(text)
    if not found:
        pytest.skip(f"{guide.name} shows no console block")
    env = prepare(tmp_path)
    cwd = tmp_path / "work"
    replaced: list[tuple[int, int, str]] = []
    for command in found:
        output, cwd = run(command, cwd, env)
        if REGEN:
            kept = ELIDED in command.shown.splitlines(keepends=True) and fits(command.shown, output)
            real = _unpadded(output)
            replaced.append((command.start, command.end, command.shown if kept else real))
        elif command.shown:
            assert fits(command.shown, output), f"{guide.name}: $ {command.line}\n{output}"
    if REGEN:
        for start, end, output in reversed(replaced):
            text = text[:start] + output + text[end:]
        guide.write_text(text, encoding="utf-8")
