"""`studyctl log-session` and `studyctl undo`: flags, prompts, sign-in sheets, refusals, git, and
several writers at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyctl.cli import app

MINUTES = "会议传达学习了《宪法》全文，大家结合工作实际谈了体会。\n"
SESSION_TEXT = """\
date: 2026-04-03
kind: study-day
units:
  - all
host: li-ming
topic: 学习《宪法》
area: law
minutes:
  recorder: wang-fang
  text: |
    会议传达学习了《宪法》全文，大家结合工作实际谈了体会。
attendance:
  li-ming: present
  wang-fang: late
  zhang-wei:
    status: leave
    reason: 病假
"""
REL = "sessions/2026/2026-04-03-study-day.yaml"


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(write_records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A records folder in a git repository that `studyctl init` did not make (no .gitignore)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("STUDYCTL_LOCK_WAIT", "20")
    root = write_records({"minutes.txt": MINUTES})
    git(root, "init", "-q")
    git(root, "config", "user.name", "Office")
    git(root, "config", "user.email", "office@example.org")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "records")
    return root


def run(root: Path, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, [*args, "-C", str(root)], input=input)


def log(root: Path, *extra: str, input: str | None = None):  # type: ignore[no-untyped-def]
    """log-session with every option; attendance as `extra` says, else `--all-present`."""
    said = {"--late", "--leave", "--absent", "--from-csv", "--all-present"} & set(extra)
    extra = extra if said else (*extra, "--all-present")
    return run(
        root,
        "log-session",
        "--date",
        "2026-04-03",
        "--kind",
        "study-day",
        "--host",
        "li-ming",
        "--topic",
        "学习《宪法》",
        "--area",
        "law",
        "--recorder",
        "wang-fang",
        "--minutes-file",
        str(root / "minutes.txt"),
        *extra,
        input=input,
    )


def commits(root: Path) -> list[str]:
    return git(root, "log", "--format=%s").splitlines()


def status(root: Path) -> str:
    return git(root, "status", "--porcelain", "--untracked-files=all")


# --- flags ---------------------------------------------------------------------------------------


def test_log_session_with_flags(repo: Path) -> None:
    result = log(repo, "--late", "王芳", "--leave", "zhang-wei:病假")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"已写入 {REL}\n已提交：记录学习: 2026-04-03 周五学习日\n"
    assert (repo / REL).read_text(encoding="utf-8") == SESSION_TEXT
    assert commits(repo) == ["记录学习: 2026-04-03 周五学习日", "records"]
    assert git(repo, "show", "--name-only", "--format=%b", "HEAD").split() == [
        "Studyctl-Command:",
        "log-session",
        REL,
    ]
    assert status(repo) == ""


def test_names_kinds_and_a_chinese_colon_are_understood(repo: Path) -> None:
    result = run(
        repo,
        "log-session",
        "--date",
        "2026-04-07",
        "--kind",
        "站所办学习",
        "--units",
        "党政办",
        "--host",
        "李明",
        "--topic",
        "学习财务制度",
        "--area",
        "经济理论",
        "--recorder",
        "王芳",
        "--minutes-file",
        str(repo / "minutes.txt"),
        "--absent",
        "王芳：出差",
    )
    assert result.exit_code == 0, result.stderr
    rel = "sessions/2026/2026-04-07-unit-study-dzb.yaml"
    text = (repo / rel).read_text(encoding="utf-8")
    assert "units:\n  - dzb\n" in text
    assert "attendance:\n  li-ming: present\n  wang-fang:\n    status: absent\n    reason: 出差\n" in text
    assert commits(repo)[0] == "记录学习: 2026-04-07 站所办学习 党政办"


def test_english_commit_messages_follow_the_configured_language(repo: Path) -> None:
    config = (repo / "studyctl.yaml").read_text(encoding="utf-8").replace("language: zh", "language: en")
    (repo / "studyctl.yaml").write_text(config, encoding="utf-8")
    git(repo, "commit", "-qam", "english")
    result = log(repo, "--late", "wang-fang", "--leave", "zhang-wei:sick")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Wrote {REL}\nCommitted: Log session: 2026-04-03 study day\n"


def test_minutes_from_standard_input(repo: Path) -> None:
    args = ["--date", "2026-04-03", "--kind", "study-day", "--host", "li-ming", "--topic", "学习《宪法》"]
    args += ["--area", "law", "--recorder", "wang-fang", "--minutes-file", "-"]
    args += ["--late", "wang-fang", "--leave", "zhang-wei:病假"]
    result = run(repo, "log-session", *args, input=MINUTES)
    assert result.exit_code == 0, result.stderr
    assert (repo / REL).read_text(encoding="utf-8") == SESSION_TEXT


# --- prompts -------------------------------------------------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pretend stdin is a terminal; $EDITOR writes the minutes."""
    import studyctl.cli.prompting as prompting

    monkeypatch.setattr(prompting, "interactive", lambda: True)
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\n"
        "path = sys.argv[1]\n"
        "text = open(path, encoding='utf-8').read()\n"
        f"open(path, 'w', encoding='utf-8').write(text + {MINUTES!r})\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.delenv("VISUAL", raising=False)
    return editor


def test_missing_options_are_asked_for_on_a_terminal(repo: Path, terminal: Path) -> None:
    answers = "2026-04-03\nstudy-day\n李明\n学习《宪法》\nlaw\n王芳\n是\n"
    result = run(repo, "log-session", "--late", "wang-fang", "--leave", "张伟:病假", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "应参加人员（3 人）：\n1 李明  2 王芳  3 张伟\n主持人: " in result.stderr
    assert (repo / REL).read_text(encoding="utf-8") == SESSION_TEXT


def test_a_wrong_answer_is_asked_again(repo: Path, terminal: Path) -> None:
    answers = "2026-04-31\n2026-04-03\n周五学习日\n张三\n李明\n学习《宪法》\nlaw\nwang-fang\ny\n"
    result = run(repo, "log-session", "--late", "wang-fang", "--leave", "张伟:病假", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "2026-04-31 不是有效日期。" in result.stderr
    assert "没有叫“张三”的成员。可能是：张伟 (zhang-wei, 财政所)" in result.stderr
    assert (repo / REL).read_text(encoding="utf-8") == SESSION_TEXT


def test_without_a_terminal_every_missing_option_is_named_at_once(repo: Path) -> None:
    result = run(repo, "log-session", "--date", "2026-04-03", "--kind", "study-day", "--topic", "x")
    assert result.exit_code == 2
    assert result.stderr == (
        "studyctl: 缺少 --host, --area, --recorder, --minutes-file, --all-present。\n"
        "加上这些选项，或在终端中运行本命令逐项填写。全员出席时写 --all-present 明确说明。\n"
    )
    assert not (repo / "sessions" / "2026").exists()
    assert commits(repo) == ["records"]


def test_without_a_terminal_the_minutes_are_required(repo: Path) -> None:
    args = ["--date", "2026-04-03", "--kind", "study-day", "--host", "li-ming", "--topic", "x"]
    result = run(repo, "log-session", *args, "--area", "law", "--recorder", "wang-fang", "--all-present")
    assert result.exit_code == 2
    assert "缺少 --minutes-file。" in result.stderr


# --- refusals ------------------------------------------------------------------------------------


def assert_nothing_written(root: Path, before: tuple[str, ...] = ("records",)) -> None:
    assert not (root / "sessions" / "2026").exists() or not list((root / "sessions" / "2026").iterdir())
    assert commits(root) == list(before)
    assert status(root) == ""


def test_an_unknown_host_is_refused_with_the_candidates(repo: Path) -> None:
    result = log(repo, "--host", "李敏")
    assert result.exit_code == 2
    assert result.stderr == (
        f"studyctl: 没有写入 {REL}，因为：\n"
        "  • 没有叫“李敏”的成员。可能是：李明 (li-ming, 党政办)\n"
        "    写成员的编号或姓名；studyctl member list 列出全部成员。详见 studyctl explain reference\n"
    )
    assert_nothing_written(repo)


def test_a_member_who_had_left_is_refused(repo: Path) -> None:
    member = (repo / "members/zhang-wei.yaml").read_text(encoding="utf-8") + "left: 2026-03-01\n"
    (repo / "members/zhang-wei.yaml").write_text(member, encoding="utf-8")
    git(repo, "commit", "-qam", "zhang-wei left")
    result = log(repo, "--absent", "张伟:出差")
    assert result.exit_code == 2
    assert f"没有写入 {REL}" in result.stderr
    assert "张伟" in result.stderr
    assert_nothing_written(repo, ("zhang-wei left", "records"))


def test_leave_without_a_reason_is_refused(repo: Path) -> None:
    result = log(repo, "--leave", "张伟")
    assert result.exit_code == 2
    assert "--leave 张伟 没有写原因。" in result.stderr
    assert_nothing_written(repo)


def test_an_existing_session_needs_replace(repo: Path) -> None:
    assert log(repo).exit_code == 0
    first = (repo / REL).read_bytes()
    again = log(repo, "--topic", "新主题")
    assert again.exit_code == 2
    assert again.stderr.startswith(f"studyctl: {REL} 已经存在，没有覆盖。\n")
    assert (repo / REL).read_bytes() == first
    assert len(commits(repo)) == 2
    replaced = log(repo, "--topic", "新主题", "--replace")
    assert replaced.exit_code == 0, replaced.stderr
    assert replaced.stdout.startswith(f"已替换 {REL}\n")
    assert "topic: 新主题\n" in (repo / REL).read_text(encoding="utf-8")
    assert len(commits(repo)) == 3


# --- sign-in sheets ------------------------------------------------------------------------------

SHEET = "姓名,状态,原因\n李明,出席,\n王芳,迟到,\n张伟,请假,病假\n"


@pytest.mark.parametrize(
    "data",
    [
        SHEET.encode("utf-8"),
        b"\xef\xbb\xbf" + SHEET.encode("utf-8"),
        SHEET.replace("\n", "\r\n").encode("gbk"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk"],
)
def test_attendance_from_a_sign_in_sheet(repo: Path, tmp_path: Path, data: bytes) -> None:
    sheet = tmp_path / "签到表.csv"
    sheet.write_bytes(data)
    result = log(repo, "--from-csv", str(sheet))
    assert result.exit_code == 0, result.stderr
    assert (repo / REL).read_text(encoding="utf-8") == SESSION_TEXT


def test_a_sheet_with_an_unknown_name_and_a_missing_member_is_refused(repo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "sign.csv"
    sheet.write_text("姓名,状态,原因\n李明,出席,\n张玮,出席,\n", encoding="utf-8")
    result = log(repo, "--from-csv", str(sheet))
    assert result.exit_code == 2
    assert result.stderr == (
        f"studyctl: 没有写入 {REL}，因为：\n"
        f"  • {sheet} 第 3 行：签到表中的“张玮”不是成员。可能是：张伟 (zhang-wei, 财政所)\n"
        "    核对姓名的写法（studyctl member list 列出全部成员），或改写成员编号。\n"
        "  • 签到表缺少应到人员：王芳 (wang-fang, 党政办); 张伟 (zhang-wei, 财政所)\n"
        "    为他们各加一行，填上状态（没来的写 缺席 或 请假 及原因）。\n"
    )
    assert_nothing_written(repo)


def test_a_sheet_and_attendance_flags_do_not_mix(repo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "sign.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = log(repo, "--from-csv", str(sheet), "--late", "王芳")
    assert result.exit_code == 2
    assert "--from-csv 不能和 --absent、--leave、--late 同时使用。" in result.stderr
    assert_nothing_written(repo)


# --- git -----------------------------------------------------------------------------------------


def test_no_commit_writes_without_committing(repo: Path) -> None:
    result = log(repo, "--no-commit")
    assert result.exit_code == 0
    assert result.stdout == f"已写入 {REL}\n"
    assert commits(repo) == ["records"]
    assert status(repo) == f"?? {REL}\n"


def test_outside_git_the_record_is_written_and_that_is_said(write_records) -> None:
    root = write_records({"minutes.txt": MINUTES})
    result = log(root)
    assert result.exit_code == 0
    assert result.stdout == f"已写入 {REL}\n档案目录不在 git 仓库中，未提交。\n"


def test_unrelated_dirty_and_staged_files_stay_out_of_the_commit(repo: Path) -> None:
    (repo / "units/dzb.yaml").write_text("id: dzb\nname: 党政办公室\n", encoding="utf-8")
    (repo / "notes.txt").write_text("草稿\n", encoding="utf-8")
    git(repo, "add", "notes.txt")
    result = log(repo)
    assert result.exit_code == 0, result.stderr
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == [REL]
    assert status(repo) == "A  notes.txt\n M units/dzb.yaml\n"


def test_studyctl_leaves_nothing_in_git_status(repo: Path) -> None:
    assert log(repo).exit_code == 0
    assert (repo / ".studyctl" / "lock").exists()
    assert status(repo) == ""


def test_a_commit_without_an_identity_keeps_the_record_and_says_what_to_do(repo: Path) -> None:
    git(repo, "config", "--unset", "user.name")
    git(repo, "config", "--unset", "user.email")
    git(repo, "config", "user.useConfigOnly", "true")
    result = log(repo)
    assert result.exit_code == 1
    assert (repo / REL).exists()
    assert commits(repo) == ["records"]
    assert "记录已写入" in result.stderr and "git 还不知道提交人的姓名和邮箱" in result.stderr
    command = result.stderr.rstrip("\n").rsplit("\n", 1)[-1].strip()
    assert command.startswith(f"git -C {repo} add -- {REL} && git -C {repo} commit --only -m ")
    git(repo, "config", "user.name", "Office")
    git(repo, "config", "user.email", "office@example.org")
    subprocess.run(command, shell=True, check=True, cwd="/")
    assert commits(repo)[0] == "记录学习: 2026-04-03 周五学习日"
    assert status(repo) == ""


def test_a_stale_index_lock_is_named(repo: Path) -> None:
    (repo / ".git" / "index.lock").write_text("")
    result = log(repo)
    assert result.exit_code == 1
    assert (repo / REL).exists()
    assert f"git 的索引被锁住（存在 {repo / '.git' / 'index.lock'}）" in result.stderr
    assert f"删除 {repo / '.git' / 'index.lock'}" in result.stderr


def test_a_hook_that_refuses_is_named(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 不许提交\nexit 1\n")
    hook.chmod(0o755)
    result = log(repo)
    assert result.exit_code == 1
    assert (repo / REL).exists()
    assert "仓库的 git 钩子拒绝了这次提交" in result.stderr
    assert "不许提交" in result.stderr
    assert commits(repo) == ["records"]


# --- undo ----------------------------------------------------------------------------------------


def test_undo_reverts_the_last_studyctl_commit(repo: Path) -> None:
    assert log(repo).exit_code == 0
    assert log(repo, "--date", "2026-04-10").exit_code == 0
    result = run(repo, "undo", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "记录学习: 2026-04-10 周五学习日" in result.stdout
    assert result.stdout.endswith("已撤销：记录学习: 2026-04-10 周五学习日\n")
    assert not (repo / "sessions/2026/2026-04-10-study-day.yaml").exists()
    assert (repo / REL).exists()
    again = run(repo, "undo", "--yes")
    assert again.exit_code == 0, again.stderr
    assert not (repo / REL).exists()
    assert commits(repo) == [
        "撤销: 记录学习: 2026-04-03 周五学习日",
        "撤销: 记录学习: 2026-04-10 周五学习日",
        "记录学习: 2026-04-10 周五学习日",
        "记录学习: 2026-04-03 周五学习日",
        "records",
    ]
    assert status(repo) == ""
    nothing = run(repo, "undo", "--yes")
    assert nothing.exit_code == 2
    assert "没有可以撤销的 studyctl 提交。" in nothing.stderr


def test_undo_asks_on_a_terminal_and_needs_yes_without_one(repo: Path, terminal: Path) -> None:
    assert log(repo, "--yes").exit_code == 0
    declined = run(repo, "undo", input="n\n")
    assert declined.exit_code == 1
    assert (repo / REL).exists()
    accepted = run(repo, "undo", input="y\n")
    assert accepted.exit_code == 0
    assert not (repo / REL).exists()


def test_undo_without_a_terminal_needs_yes(repo: Path) -> None:
    assert log(repo).exit_code == 0
    result = run(repo, "undo")
    assert result.exit_code == 2
    assert "不在终端中运行时，撤销需要加 --yes 确认。" in result.stderr
    assert (repo / REL).exists()


# --- several writers at once, and a writer killed mid-write --------------------------------------


def studyctl(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "studyctl", *args, "-C", str(root)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def session_args(day: str, root: Path) -> list[str]:
    return [
        "log-session",
        "--date",
        day,
        "--kind",
        "study-day",
        "--host",
        "li-ming",
        "--topic",
        f"第 {day} 次学习",
        "--area",
        "politics",
        "--recorder",
        "wang-fang",
        "--minutes-file",
        str(root / "minutes.txt"),
        "--all-present",
    ]


def test_several_writers_at_once_lose_nothing(repo: Path) -> None:
    days = [f"2026-04-{d:02d}" for d in (3, 10, 17, 24)] + ["2026-05-08", "2026-05-15"]
    writers = [studyctl(repo, *session_args(day, repo)) for day in days]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    written = sorted(p.name for p in (repo / "sessions" / "2026").iterdir())
    assert written == [f"{day}-study-day.yaml" for day in days]
    assert sorted(commits(repo)[:-1]) == sorted(f"记录学习: {day} 周五学习日" for day in days)
    assert status(repo) == ""


def test_a_writer_killed_before_the_rename_leaves_the_old_record(repo: Path) -> None:
    assert log(repo).exit_code == 0
    old = (repo / REL).read_bytes()
    args = [*session_args("2026-04-03", repo), "--replace"]
    writer = studyctl(repo, *args, env={"STUDYCTL_TEST_PAUSE": "before-rename"})
    folder = repo / "sessions" / "2026"
    deadline = time.monotonic() + 60
    while not [p for p in folder.iterdir() if p.name.startswith(".")]:
        assert writer.poll() is None, writer.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert (repo / REL).read_bytes() == old
    temps = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    assert len(temps) == 1 and temps[0].startswith(".2026-04-03-study-day.yaml.tmp-")
    from studyctl.records import load_records

    assert load_records(repo).findings == []
    # the next write clears what the killed one left
    assert log(repo, "--date", "2026-04-10").exit_code == 0
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    assert status(repo) == ""


# --- shell completion ----------------------------------------------------------------------------


def complete(root: Path, words: str) -> list[str]:
    env = {**os.environ, "_STUDYCTL_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(len(words.split(" ")) - 1)
    # the installed script: the completion variable is named after the program
    script = Path(sys.executable).with_name("studyctl")
    done = subprocess.run([str(script)], cwd=root, env=env, capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_completion_of_members_units_kinds_and_areas(repo: Path) -> None:
    assert complete(repo, "studyctl log-session --host ") == [
        "li-ming",
        "李明",
        "wang-fang",
        "王芳",
        "zhang-wei",
        "张伟",
    ]
    assert complete(repo, "studyctl log-session --recorder 王") == ["王芳"]
    assert complete(repo, "studyctl log-session --units dzb,c") == ["dzb,czs"]
    assert complete(repo, "studyctl log-session --kind ex") == ["exchange", "exhibition"]
    assert complete(repo, "studyctl log-session --area l") == ["law"]
