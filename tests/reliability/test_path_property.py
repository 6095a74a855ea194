"""Property: whatever string is typed for an option that becomes part of a path (`--name`,
`--slug`, `--id`), the write is either refused or lands inside its kind's folder, and no file or
folder appears anywhere else."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from studyctl.errors import StudyctlError
from studyctl.recording import (
    EssayInput,
    MemberInput,
    ScheduleRow,
    SessionInput,
    add_essay,
    add_member,
    add_unit,
    log_session,
    publish_schedule,
)
from studyctl.store import Saved

CONFIG = "organization: 测试镇机关\ncampaign_start: 2026-01-01\nlanguage: zh\n"
ORGANIZATION = {
    "studyctl.yaml": CONFIG,
    "units/dzb.yaml": "id: dzb\nname: 党政办\n",
    "members/li-ming.yaml": (
        "id: li-ming\nname: 李明\nunit: dzb\nrole: leader\nborn: 1975-03-02\neducation: bachelor\n"
        "party_member: true\njoined: 2015-01-01\n"
    ),
}
DAY = dt.date(2026, 4, 3)

# every option that becomes part of a path: its kind's folder, and a write with the typed value
Write = Callable[[Path, str], Saved]


def _schedule(root: Path, name: str) -> Saved:
    return publish_schedule(root, [ScheduleRow("2026-04-03", "study-day", "学习")], DAY, name, commit=False)


def _session(root: Path, slug: str) -> Saved:
    entry = SessionInput(DAY, "study-day", "li-ming", "学习", "law", "li-ming", "会议记录。", slug=slug)
    return log_session(root, entry, commit=False)


def _essay(root: Path, slug: str) -> Saved:
    entry = EssayInput("li-ming", DAY, "学习体会", "law", "正文。", slug=slug)
    return add_essay(root, entry, commit=False)


def _member(root: Path, new_id: str) -> Saved:
    entry = MemberInput("新人", "dzb", "staff", dt.date(1990, 1, 1), "bachelor", True, DAY, id=new_id)
    return add_member(root, entry, commit=False)[1]


def _unit(root: Path, new_id: str) -> Saved:
    return add_unit(root, "新单位", new_id, commit=False)[1]


OPTIONS: dict[str, tuple[str, Write]] = {
    "schedule publish --name": ("schedules", _schedule),
    "log-session --slug": ("sessions", _session),
    "essay add --slug": ("essays", _essay),
    "member add --id": ("members", _member),
    "unit add --id": ("units", _unit),
}

HOSTILE = [
    "../../members/zhang-wei",
    "..",
    ".",
    "",
    "a/b",
    "/etc/passwd",
    "study-day\n",
    "２０２６",
    "٢٠٢٦",
    "con",
    "a" * 200,
    "x\x00y",
    "\\..\\x",
    "ok-name",
]


@pytest.fixture
def sandbox() -> Iterator[Path]:
    """A folder holding a records folder (and nothing else), made once for all examples."""
    folder = Path(tempfile.mkdtemp(prefix="studyctl-paths-"))
    root = folder / "records"
    for rel, text in ORGANIZATION.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    yield folder
    shutil.rmtree(folder)


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if ".studyctl" not in p.parts}


@pytest.mark.parametrize("option", list(OPTIONS))
def test_a_typed_name_is_refused_or_lands_inside_its_folder(sandbox: Path, option: str) -> None:
    kind, write = OPTIONS[option]
    root = sandbox / "records"
    before = _tree(sandbox)

    @given(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=80)))
    @example("../../members/li-ming")
    def attempt(value: str) -> None:
        try:
            saved = write(root, value)
        except StudyctlError:
            assert _tree(sandbox) == before, value
            return
        target = (root / saved.rel).resolve()
        assert target.is_relative_to((root / kind).resolve()), (value, saved.rel)
        assert target.is_file()
        target.unlink()
        # a folder the write made inside the kind's folder goes too, so the next example starts clean
        for made in sorted(_tree(sandbox) - before, key=len, reverse=True):
            assert (sandbox / made).resolve().is_relative_to((root / kind).resolve()), (value, made)
            (sandbox / made).rmdir()

    attempt()
