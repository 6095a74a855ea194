"""`studyctl log-session` in a real terminal (a pseudo-terminal driven by pexpect), as a clerk uses
it: a unit picked by its Chinese name, who was late and absent with reasons, 是 for yes, the
record shown and confirmed. The record then holds exactly what was said."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

EXTRA_MEMBERS = {
    f"members/{member}.yaml": f"""\
        id: {member}
        name: {name}
        unit: dzb
        role: staff
        born: 1988-01-01
        education: bachelor
        party_member: true
        joined: 2019-01-01
        """
    for member, name in (("chen-gang", "陈刚"), ("liu-yang", "刘洋"), ("zhao-min", "赵敏"))
}

MINUTES = "会议学习了财务管理制度，逐条讨论了报销审批的流程和要求。"

SESSION = f"""\
date: 2026-04-07
kind: unit-study
units:
  - dzb
host: li-ming
topic: 学习财务制度
area: economics
minutes:
  recorder: wang-fang
  text: |
    {MINUTES}
attendance:
  chen-gang: late
  li-ming: present
  liu-yang:
    status: absent
    reason: 病假
  wang-fang: present
  zhao-min:
    status: absent
    reason: 出差
"""
REL = "sessions/2026/2026-04-07-unit-study-dzb.yaml"

# what the clerk sees and answers, in order: (a prompt's text, the answer)
CONVERSATION = {
    "zh": [
        ("日期", "4月7日"),
        ("4月7日 读作 2026-04-07", None),
        ("学习形式", "站所办学习"),
        ("哪些站所办", "党政办"),
        ("主持人", "李明"),
        ("学习主题", "学习财务制度"),
        ("学习领域", "经济理论"),
        ("记录人", "王芳"),
        ("应参加人员（5 人）", None),
        ("迟到的人", "陈刚"),
        ("请假的人", ""),
        ("缺席的人", "赵敏、刘洋"),
        ("赵敏 缺席的原因", "出差"),
        ("刘洋 缺席的原因", "病假"),
        ("其余 2 人都出席了吗？ [是/否]", "是"),
        ("将要写入的学习记录", None),
        ("写入这条记录吗？ [是/否]", "是"),
    ],
    "en": [
        ("Date", "昨天"),
        ("昨天 read as 2026-04-07", None),
        ("Kind", "3"),
        ("Which units", "党政办"),
        ("Host", "li-ming"),
        ("Topic", "学习财务制度"),
        ("Area", "3"),
        ("Recorder", "王芳"),
        ("Expected participants (5)", None),
        ("Who was late", "1"),
        ("Who was on leave", ""),
        ("Who was absent", "zhao-min 3"),
        ("Why 赵敏 was absent", "出差"),
        ("Why 刘洋 was absent", "病假"),
        ("Were the other 2 all present? [y/n]", "是"),
        ("The session about to be recorded", None),
        ("Write this record? [y/n]", "y"),
    ],
}


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def office(write_records, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A records folder in git with five members in 党政办, and an editor that writes the minutes."""
    root: Path = write_records(dict(EXTRA_MEMBERS))
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1"}
    for args in (
        ["init", "-q"],
        ["config", "user.name", "办公室"],
        ["config", "user.email", "o@example.org"],
    ):
        subprocess.run(["git", *args], cwd=root, check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "records"], cwd=root, check=True, env=env)
    editor = tmp_path / "editor.py"
    editor.write_text(
        f"import sys\nopen(sys.argv[1], 'w', encoding='utf-8').write({MINUTES!r} + '\\n')\n", encoding="utf-8"
    )
    return root


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_clerk_logs_a_unit_study_in_a_terminal(office: Path, tmp_path: Path, lang: str) -> None:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "STUDYCTL_TODAY": "2026-04-08",
        "EDITOR": f"{sys.executable} {tmp_path / 'editor.py'}",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "COLUMNS": "100",
    }
    env.pop("VISUAL", None)
    args = ["-m", "studyctl", "log-session", "-C", str(office), "--lang", lang]
    child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=60, dimensions=(40, 100))
    transcript: list[str] = []
    try:
        for prompt, answer in CONVERSATION[lang]:
            child.expect_exact(prompt)
            transcript.append(child.before + child.after)
            if answer is not None:
                child.sendline(answer)
        child.expect(pexpect.EOF)
        transcript.append(child.before)
    finally:
        child.close()
    shown = "".join(transcript)
    assert child.exitstatus == 0, shown
    assert (office / REL).read_text(encoding="utf-8") == SESSION
    assert git(office, "status", "--porcelain") == ""
    assert git(office, "log", "--format=%s") == "记录学习: 2026-04-07 站所办学习 党政办\nrecords\n"
    # the table shown before writing says the same as the record
    lines = {" ".join(line.split()) for line in shown.replace("\r", "").split("\n")}
    assert TABLE[lang] <= lines, shown


TABLE = {
    "zh": {
        "站所办 党政办",
        "出席 2 人：李明、王芳",
        "迟到 陈刚",
        "请假 无",
        "缺席 赵敏（出差）、刘洋（病假）",
    },
    "en": {
        "Units 党政办",
        "Present 2: 李明、王芳",
        "Late 陈刚",
        "On leave nobody",
        "Absent 赵敏 (出差)、刘洋 (病假)",
    },
}


def test_no_at_the_last_question_writes_nothing(office: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "STUDYCTL_TODAY": "2026-04-08",
        "EDITOR": f"{sys.executable} {tmp_path / 'editor.py'}",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    env.pop("VISUAL", None)
    args = ["-m", "studyctl", "log-session", "-C", str(office), "--date", "2026-04-07"]
    args += ["--kind", "unit-study", "--units", "党政办", "--host", "李明", "--topic", "学习财务制度"]
    args += ["--area", "economics", "--recorder", "王芳"]
    child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=60)
    for prompt, answer in [
        ("迟到的人", ""),
        ("请假的人", ""),
        ("缺席的人", ""),
        ("其余 5 人都出席了吗？ [是/否]", "是"),
        ("写入这条记录吗？ [是/否]", "否"),
    ]:
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect_exact("没有写入任何内容。")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert not (office / "sessions" / "2026").exists()
    assert git(office, "status", "--porcelain") == ""
