"""The pre-commit hook: installed for a records folder inside a git repository, it stops a commit
that leaves a record broken and lets every other commit through."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyctl.cli import app
from studyctl.errors import StudyctlError
from studyctl.hook import MARK, hook_script, install_hook, record_rules

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def repository(write_records, tmp_path, git_identity) -> Path:
    """A git repository whose folder `records/` is the records folder, with a first commit."""
    root = write_records({})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "records")
    return root


def git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=False)


def test_the_hook_checks_the_record_rules():
    assert record_rules() == ["yaml", "schema", "reference", "duplicate", "location"]


def test_the_registry_of_one_group_is_that_group_of_the_whole_and_imports_its_module_alone():
    import sys

    from studyctl.rules import registry

    every = registry()
    for group in {rule.group for rule in every.values()}:
        assert registry({group}) == {name: rule for name, rule in every.items() if rule.group == group}
    # the hook, run in a fresh process, imports no rule module but the record rules'
    code = (
        "import sys, datetime; from studyctl.hook import record_rules; record_rules(); "
        "print(sorted(m for m in sys.modules if m.startswith(('studyctl.rules', 'studyctl.seals'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["['studyctl.rules',", "'studyctl.rules.records_rules']"]


def test_install_writes_an_executable_hook_that_runs_in_the_records_folder(repository):
    installed = install_hook(repository)
    assert installed.path == (repository.parent / ".git" / "hooks" / "pre-commit").resolve()
    assert not installed.replaced
    text = installed.path.read_text(encoding="utf-8")
    assert MARK in text and "hook run -C records" in text
    assert os.access(installed.path, os.X_OK)
    assert install_hook(repository).path == installed.path  # installing again replaces our own hook


def test_a_broken_record_stops_the_commit(repository):
    install_hook(repository)
    (repository / "units" / "bgs.yaml").write_text("id: bgs\nname: [办公室\n", encoding="utf-8")
    git(repository, "add", "units/bgs.yaml")
    commit = git(repository, "commit", "-m", "add a unit")
    assert commit.returncode != 0
    shown = commit.stdout + commit.stderr  # git passes the hook's output on to its stderr
    assert "units/bgs.yaml:2" in shown
    assert "提交已阻止：档案中有 1 个错误。改正后重新提交。" in shown
    assert git(repository, "rev-list", "--count", "HEAD").stdout.strip() == "1"


def test_a_good_record_and_a_commit_outside_the_records_pass(repository):
    install_hook(repository)
    (repository / "units" / "bgs.yaml").write_text("id: bgs\nname: 办公室\n", encoding="utf-8")
    git(repository, "add", "units/bgs.yaml")
    assert git(repository, "commit", "-q", "-m", "add a unit").returncode == 0
    (repository / "units" / "broken.yaml").write_text("id: [\n", encoding="utf-8")  # not staged
    (repository.parent / "README.txt").write_text("notes\n", encoding="utf-8")
    git(repository.parent, "add", "README.txt")
    assert git(repository.parent, "commit", "-q", "-m", "notes").returncode == 0


def test_someone_elses_hook_is_left_alone_unless_forced(repository):
    hook = repository.parent / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    with pytest.raises(StudyctlError) as refused:
        install_hook(repository)
    assert refused.value.key == "hook.foreign"
    assert hook.read_text(encoding="utf-8") == "#!/bin/sh\nexit 0\n"
    assert install_hook(repository, force=True).replaced
    assert MARK in hook.read_text(encoding="utf-8")


def test_install_outside_git_cannot_run(write_records):
    root = write_records({})
    if git(root, "rev-parse", "--is-inside-work-tree").returncode == 0:
        pytest.skip("the temporary folder lies inside a git repository")
    with pytest.raises(StudyctlError) as refused:
        install_hook(root)
    assert refused.value.key == "hook.not_git"


def test_hook_script_quotes_its_paths():
    script = hook_script("学习 档案", "/opt/my python/bin/python")
    assert "exec '/opt/my python/bin/python' -m studyctl hook run -C '学习 档案'" in script


def test_cli_hook_install_and_run(repository, monkeypatch):
    monkeypatch.chdir(repository)
    result = CliRunner().invoke(app, ["hook", "install", "--lang", "en"])
    assert result.exit_code == 0
    assert "Installed the commit hook" in result.output
    (repository / "units" / "bgs.yaml").write_text("id: bgs\nname: 办公室\n", encoding="utf-8")
    git(repository, "add", "units/bgs.yaml")
    result = CliRunner().invoke(app, ["hook", "run", "--lang", "en"])
    assert (result.exit_code, result.output.strip()) == (
        0,
        "The records pass their checks (staged files: 1).",
    )


SESSION = """\
date: 2026-04-03
kind: unit-study
units: [dzb]
host: li-ming
topic: 学习《宪法》
area: law
attendance:
  li-ming: present
  wang-fang: present
"""
SESSION_FILE = "sessions/2026/2026-04-03-unit-study-dzb.yaml"


def staged_findings(repository: Path) -> list[tuple[str, str, int | None, str]]:
    from studyctl.hook import check_commit

    result = check_commit(repository, dt.date(2026, 4, 10)).result
    assert result is not None
    return [(f.rule, f.file, f.line, f.key) for f in result.findings]


def test_a_host_who_has_left_is_found_by_the_hook(repository):
    member = repository / "members" / "li-ming.yaml"
    member.write_text(member.read_text(encoding="utf-8") + "left: 2026-03-01\n", encoding="utf-8")
    git(repository, "commit", "-q", "-am", "li-ming left")
    (repository / "sessions" / "2026").mkdir(parents=True)
    (repository / SESSION_FILE).write_text(SESSION, encoding="utf-8")
    git(repository, "add", SESSION_FILE)
    assert staged_findings(repository) == [("reference", SESSION_FILE, 4, "reference.inactive_host")]


def test_removing_a_member_others_name_checks_every_record(repository):
    (repository / "sessions" / "2026").mkdir(parents=True)
    (repository / SESSION_FILE).write_text(SESSION, encoding="utf-8")
    git(repository, "add", SESSION_FILE)
    git(repository, "commit", "-q", "-m", "a session")
    git(repository, "rm", "-q", "members/wang-fang.yaml")
    assert staged_findings(repository) == [("reference", SESSION_FILE, 9, "reference.member")]


# --- the fast path: a commit that changes nothing others judge reads only what it needs ------------

STRANGER_SESSION = SESSION.replace("  wang-fang: present\n", "  wang-fang: present\n  nobody: present\n")
PLAN = """\
member: {member}
year: 2026
goals: 学习《宪法》
essays_target: 2
items: []
"""
ESSAY = """\
---
author: li-ming
date: 2026-04-08
title: 学习《宪法》的体会
area: law
session: {session}
---
学习了《宪法》，有所收获。
"""
ESSAY_FILE = "essays/2026/2026-04-08-li-ming-xianfa.md"


def stage(repository: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (repository / rel).parent.mkdir(parents=True, exist_ok=True)
        (repository / rel).write_text(text, encoding="utf-8")
        git(repository, "add", rel)


def commit(repository: Path, message: str, *args: str) -> tuple[int, list[str]]:
    """`git commit`, with the hook run in the records folder: its exit status and the lines it showed."""
    env = {**os.environ, "STUDYCTL_TODAY": "2026-04-10"}
    done = subprocess.run(
        ["git", "commit", "-q", "-m", message, *args],
        cwd=repository,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return done.returncode, (done.stdout + done.stderr).splitlines()


def test_a_session_naming_no_member_is_stopped(repository):
    install_hook(repository)
    stage(repository, {SESSION_FILE: STRANGER_SESSION})
    code, shown = commit(repository, "a session")
    assert code == 1
    assert shown == [
        "编号引用（reference）：1 个错误",
        f"{SESSION_FILE}:10: 错误 没有编号为 nobody 的成员。",
        "    10 |   nobody: present",
        "    提示：检查拼写，或先用 studyctl member add 登记该成员；成员编号见 members/ 文件夹。"
        "详见 studyctl explain reference",
        "",
        "提交已阻止：档案中有 1 个错误。改正后重新提交。",
    ]
    assert git(repository, "rev-list", "--count", "HEAD").stdout.strip() == "1"


def exported_files(monkeypatch) -> list[list[str]]:
    """What the hook's loader is given, each time it loads: the files it is told to read, or every file
    of the folder it walks."""
    import studyctl.hook
    from studyctl.kinds import RecordFile

    seen: list[list[str]] = []
    load = studyctl.hook.load_records

    def spy(root: Path, *args, **kwargs):
        if kwargs.get("walked") is not None:
            seen.append(sorted(item.rel for item in kwargs["walked"] if isinstance(item, RecordFile)))
        else:
            seen.append(sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if not p.is_dir()))
        return load(root, *args, **kwargs)

    monkeypatch.setattr(studyctl.hook, "load_records", spy)
    return seen


def test_a_commit_reads_only_what_its_files_need_and_a_broken_file_it_does_not_touch_stops_nothing(
    repository, monkeypatch
):
    install_hook(repository)
    broken = "sessions/2026/2026-03-06-study-day.yaml"
    stage(repository, {broken: "date: [2026-03-06\n"})
    assert commit(repository, "broken, past the hook", "--no-verify")[0] == 0
    stage(repository, {SESSION_FILE: SESSION})
    assert commit(repository, "a session") == (0, ["档案检查通过（待提交 1 个文件）。"])
    # what was read: the staged session, studyctl.yaml, the members and unit it names; not the broken
    # session, not the unit and member it does not name
    seen = exported_files(monkeypatch)
    stage(repository, {SESSION_FILE: SESSION.replace("学习《宪法》", "学习《民法典》")})
    found = staged_findings(repository)
    assert found == []
    assert seen == [
        [
            "members/li-ming.yaml",
            "members/wang-fang.yaml",
            SESSION_FILE,
            "studyctl.yaml",
            "units/dzb.yaml",
        ]
    ]
    # the whole folder, broken session and all, is read when the commit removes a file
    git(repository, "rm", "-q", "--cached", "units/czs.yaml")
    assert staged_findings(repository) == [
        ("reference", "members/zhang-wei.yaml", 3, "reference.unit"),
        ("yaml", broken, 1, "yaml.unclosed_bracket"),
    ]
    assert len(seen) == 2 and broken in seen[1] and "members/zhang-wei.yaml" in seen[1]


def test_a_plan_whose_member_has_a_plan_already_is_a_duplicate(repository, monkeypatch):
    install_hook(repository)
    stage(repository, {"plans/2026/wang-fang.yaml": PLAN.format(member="wang-fang")})
    assert commit(repository, "wang-fang's plan")[0] == 0
    # li-ming's file says wang-fang: its key is wang-fang's plan of 2026, which has a file already
    stage(repository, {"plans/2026/li-ming.yaml": PLAN.format(member="wang-fang")})
    seen = exported_files(monkeypatch)
    assert staged_findings(repository) == [
        ("duplicate", "plans/2026/li-ming.yaml", 1, "duplicate.record"),
        ("location", "plans/2026/li-ming.yaml", 1, "location.mismatch"),
    ]
    assert seen == [
        [
            "members/wang-fang.yaml",
            "plans/2026/li-ming.yaml",
            "plans/2026/wang-fang.yaml",
            "studyctl.yaml",
        ]
    ]
    code, shown = commit(repository, "li-ming's plan")
    assert (code, shown[:4]) == (
        1,
        [
            "重复档案（duplicate）：1 个错误",
            "plans/2026/li-ming.yaml:1: 错误 与 plans/2026/wang-fang.yaml 重复：同一份档案只能有一个文件。",
            "    1 | member: wang-fang",
            "    提示：合并两份文件，删去多余的一份。详见 studyctl explain duplicate",
        ],
    )
    assert shown[-1] == "提交已阻止：档案中有 2 个错误。改正后重新提交。"


def test_an_essay_names_a_session_the_commit_will_hold_not_one_of_the_work_tree(repository, monkeypatch):
    install_hook(repository)
    stage(repository, {SESSION_FILE: SESSION})
    assert commit(repository, "a session")[0] == 0
    (repository / SESSION_FILE).unlink()  # gone from the work tree, not from the index
    essay = ESSAY.format(session="2026-04-03-unit-study-dzb")
    stage(repository, {ESSAY_FILE: essay})
    seen = exported_files(monkeypatch)
    assert staged_findings(repository) == []
    assert seen == [[ESSAY_FILE, "members/li-ming.yaml", SESSION_FILE, "studyctl.yaml"]]
    assert commit(repository, "an essay") == (0, ["档案检查通过（待提交 1 个文件）。"])
    # a session written but never staged is no session of the commit
    other = "sessions/2026/2026-04-10-study-day.yaml"
    (repository / other).write_text(SESSION.replace("2026-04-03", "2026-04-10"), encoding="utf-8")
    stage(repository, {ESSAY_FILE: essay.replace("2026-04-03-unit-study-dzb", "2026-04-10-study-day")})
    code, shown = commit(repository, "an essay on a session not staged")
    assert (code, shown[:3]) == (
        1,
        [
            "编号引用（reference）：1 个错误",
            f"{ESSAY_FILE}:6: 错误 没有编号为 2026-04-10-study-day 的学习活动。",
            "    6 | session: 2026-04-10-study-day",
        ],
    )


def test_commit_only_reads_the_index_git_makes_for_it(repository):
    install_hook(repository)
    stage(repository, {SESSION_FILE: STRANGER_SESSION})  # staged, but not in what is committed below
    good = "sessions/2026/2026-04-10-study-day.yaml"
    (repository / good).write_text(SESSION.replace("2026-04-03", "2026-04-10"), encoding="utf-8")
    git(repository, "add", good)
    assert commit(repository, "one session", "--only", "--", good) == (
        0,
        ["档案检查通过（待提交 1 个文件）。"],
    )
    assert git(repository, "show", "--name-only", "--format=", "HEAD").stdout.split() == [f"records/{good}"]
    # the session left staged is judged once it is committed
    code, shown = commit(repository, "the other")
    assert (code, shown[1]) == (1, f"{SESSION_FILE}:10: 错误 没有编号为 nobody 的成员。")


def test_a_member_who_leaves_before_a_session_they_hosted_is_judged_in_every_record(repository):
    install_hook(repository)
    stage(repository, {SESSION_FILE: SESSION})
    assert commit(repository, "a session")[0] == 0
    member = repository / "members" / "li-ming.yaml"
    stage(repository, {"members/li-ming.yaml": member.read_text(encoding="utf-8") + "left: 2026-03-01\n"})
    # the finding is in the session, which the commit does not touch: every record was read
    code, shown = commit(repository, "li-ming left")
    assert (code, shown[:3]) == (
        1,
        [
            "编号引用（reference）：1 个错误",
            f"{SESSION_FILE}:4: 错误 主持人（host）li-ming 在 2026-04-03 不在职（尚未入职或已经离开）。",
            "    4 | host: li-ming",
        ],
    )
    assert shown[-1] == "提交已阻止：档案中有 1 个错误。改正后重新提交。"


def test_a_broken_record_a_staged_one_names_is_shown_with_the_names_waiting_on_it(repository):
    install_hook(repository)
    member = repository / "members" / "wang-fang.yaml"
    stage(repository, {"members/wang-fang.yaml": member.read_text(encoding="utf-8") + "left: [\n"})
    assert commit(repository, "broken, past the hook", "--no-verify")[0] == 0
    stage(repository, {SESSION_FILE: SESSION})
    # the session cannot be judged while the member it names does not load: that file's finding,
    # and how many of the commit's names wait on it, stop the commit
    code, shown = commit(repository, "a session")
    assert (code, shown[:3]) == (
        1,
        [
            "YAML 格式（yaml）：1 个错误",
            "members/wang-fang.yaml:9: 错误 这一行的方括号 [ 或花括号 { 没有闭合。",
            "    9 | left: [",
        ],
    )
    assert shown[-2:] == [
        "members/wang-fang.yaml 未能读取，另有 1 处对它的引用暂时无法检查；修好该文件后再运行 check。",
        "提交已阻止：档案中有 1 个错误。改正后重新提交。",
    ]


def test_a_session_in_another_years_folder_is_the_duplicate_of_the_one_where_it_belongs(repository):
    stage(repository, {SESSION_FILE: SESSION})
    git(repository, "commit", "-q", "-m", "a session")
    misplaced = "sessions/2025/2026-04-03-unit-study-dzb.yaml"
    stage(repository, {misplaced: SESSION})
    assert staged_findings(repository) == [
        ("duplicate", misplaced, 1, "duplicate.record"),
        ("location", misplaced, 1, "location.mismatch"),
    ]
