"""Shared test helpers: records written inline, and the CLI run through its one exit point."""

from __future__ import annotations

import datetime as dt
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CONFIG = """\
organization: 测试镇机关
campaign_start: 2026-01-01
language: zh
"""

UNITS = {
    "units/dzb.yaml": "id: dzb\nname: 党政办\n",
    "units/czs.yaml": "id: czs\nname: 财政所\n",
}

MEMBERS = {
    "members/li-ming.yaml": """\
        id: li-ming
        name: 李明
        unit: dzb
        role: leader
        born: 1975-03-02
        education: bachelor
        party_member: true
        joined: 2015-01-01
        """,
    "members/wang-fang.yaml": """\
        id: wang-fang
        name: 王芳
        unit: dzb
        role: staff
        born: 1990-07-15
        education: associate
        party_member: true
        joined: 2018-09-01
        """,
    "members/zhang-wei.yaml": """\
        id: zhang-wei
        name: 张伟
        unit: czs
        role: middle
        born: 1979-05-12
        education: bachelor
        party_member: false
        joined: 2020-03-01
        """,
}

# a small office: studyctl.yaml, two units, three members
BASE: dict[str, str] = {"studyctl.yaml": CONFIG, **UNITS, **MEMBERS}

WriteRecords = Callable[[dict[str, str | bytes]], Path]

# the day every test runs as, unless it pins another: the one clock reads STUDYCTL_TODAY, and the
# studyctl processes a test starts inherit it
PINNED_TODAY = dt.date(2026, 11, 28)


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Pin "today" for the test, so that no result depends on the day the suite runs."""
    monkeypatch.setenv("STUDYCTL_TODAY", PINNED_TODAY.isoformat())
    return PINNED_TODAY


@pytest.fixture(autouse=True, scope="session")
def _own_cache_key(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The cache key of every test, and of the studyctl it runs, is made in a temporary folder,
    never the user's own."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def git_identity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Git with a known identity and none of this machine's configuration, for the test and the
    commands it starts."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "office@example.org")


@pytest.fixture
def write_records(tmp_path: Path) -> WriteRecords:
    """Write `{relative path: text}` into a fresh records folder and return its root.

    Text is dedented; bytes are written as they are. A path mapped to None is left out of BASE.
    """

    def write(files: dict[str, str | bytes], base: bool = True) -> Path:
        root = tmp_path / "records"
        merged: dict[str, str | bytes | None] = {**(BASE if base else {}), **files}
        for rel, content in merged.items():
            if content is None:
                continue
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return root

    return write  # type: ignore[return-value]


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `studyctl ARGS…` in `cwd` through `main()`: (exit status, stdout, stderr).

    Diagnostics are in English (the detected language is replaced), and the consoles are made
    afresh, wide, so that nothing is wrapped."""
    from studyctl.cli import main
    from studyctl.cli.output import err, out

    monkeypatch.setattr("studyctl.cli.detect_language", lambda argv=None: "en")
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args: str, cwd: Path) -> tuple[int, str, str]:
        out.cache_clear()
        err.cache_clear()
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "argv", ["studyctl", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        captured = capsys.readouterr()
        code = exited.value.code
        return (code if isinstance(code, int) else 0), captured.out, captured.err

    return run
