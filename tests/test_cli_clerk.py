"""The clerk's path, in both languages: fixed choices by Chinese name, id or number; dates as they
are written by hand; 是/否; the parser's own texts; duplicates and records of members who had left
refused; a script that says nothing about attendance refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import test_cli_record as shared

from studyctl.cli.prompting import read_date
from studyctl.errors import StudyctlError

repo = shared.repo
terminal = shared.terminal
commits, git, run = shared.commits, shared.git, shared.run

MEMBER = ["--unit", "财政所", "--born", "1992-02-03", "--party-member", "--joined", "2026-02-01"]
TODAY = dt.date(2026, 5, 20)


@pytest.fixture(autouse=True)
def pinned_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDYCTL_TODAY", TODAY.isoformat())


def member_file(root: Path, member: str) -> str:
    return (root / f"members/{member}.yaml").read_text(encoding="utf-8")


# --- fixed choices -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "education"),
    [("中层干部", "本科"), ("middle", "bachelor"), ("3", "5"), ("middle-level", "学士")],
)
def test_a_role_and_an_education_by_chinese_name_id_or_number(repo: Path, role: str, education: str) -> None:
    result = run(repo, "member", "add", "钱七", *MEMBER, "--role", role, "--education", education)
    assert result.exit_code == 0, result.stderr
    assert "role: middle\nborn: 1992-02-03\neducation: bachelor\n" in member_file(repo, "qian-qi")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "studyctl: “班长”不是可选的 --role：1 书记 (secretary)  2 班子成员 (leader)  "
            "3 中层干部 (middle)  4 一般干部 (staff)\n",
        ),
        (
            "en",
            "studyctl: “班长” is not a choice for --role: 1 secretary (secretary)  2 leader (leader)  "
            "3 middle-level (middle)  4 staff (staff)\n",
        ),
    ],
)
def test_a_wrong_choice_lists_the_choices_in_the_run_s_language(repo: Path, lang: str, expected: str) -> None:
    result = run(
        repo, "member", "add", "钱七", *MEMBER, "--role", "班长", "--education", "本科", "--lang", lang
    )
    assert (result.exit_code, result.stderr) == (2, expected)
    assert commits(repo) == ["records"]


def test_the_kind_error_lists_the_chinese_names(repo: Path) -> None:
    result = shared.log(repo, "--kind", "学习会")
    assert result.exit_code == 2
    assert result.stderr.startswith("studyctl: “学习会”不是可选的 --kind：1 周五学习日 (study-day)  ")
    assert "3 站所办学习 (unit-study)" in result.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_review_grades_in_chinese(repo: Path, lang: str) -> None:
    args = ["--quarter", "2026Q2", "--reviewer", "王芳", "--attitude", "优秀", "--content", "良好"]
    result = run(repo, "review", "张伟", *args, "--results", "一般", "--notebook", "完整", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert (repo / "reviews/2026/Q2/zhang-wei.yaml").read_text(encoding="utf-8") == (
        "member: zhang-wei\nquarter: 2026Q2\nreviewer: wang-fang\nattitude: excellent\ncontent: good\n"
        "results: fair\nnotebook: kept\n"
    )


def test_review_grades_asked_on_a_terminal_take_chinese_and_numbers(repo: Path, terminal: Path) -> None:
    result = run(repo, "review", "zhang-wei", "--quarter", "2026Q1", input="李明\n优秀\n2\n良好\n不完整\n")
    assert result.exit_code == 0, result.stderr
    assert (
        "1 优秀 (excellent)  2 良好 (good)       3 一般 (fair)       4 较差 (poor)\n学习态度: "
        in result.stderr
    )
    text = (repo / "reviews/2026/Q1/zhang-wei.yaml").read_text(encoding="utf-8")
    assert "attitude: excellent\ncontent: good\nresults: good\nnotebook: incomplete\n" in text


@pytest.mark.parametrize(
    ("answer", "party"), [("是", "true"), ("否", "false"), ("y", "true"), ("n", "false")]
)
def test_yes_and_no_in_chinese_at_a_prompt(repo: Path, terminal: Path, answer: str, party: str) -> None:
    flags = ["--unit", "财政所", "--born", "1992-02-03", "--joined", "2026-02-01", "--role", "staff"]
    result = run(repo, "member", "add", "钱七", *flags, "--education", "高中", input=f"好的\n{answer}\n")
    assert result.exit_code == 0, result.stderr
    assert "“好的”不是“是”或“否”。" in result.stderr
    assert "是否党员 [是/否]:" in result.stderr
    assert f"education: high-school\nparty_member: {party}\n" in member_file(repo, "qian-qi")


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-05-01", dt.date(2026, 5, 1)),
        ("2026-5-1", dt.date(2026, 5, 1)),
        ("2026/5/1", dt.date(2026, 5, 1)),
        ("2026年5月1日", dt.date(2026, 5, 1)),
        ("5月1日", dt.date(2026, 5, 1)),
        ("5月1号", dt.date(2026, 5, 1)),
        ("今天", TODAY),
        ("昨天", dt.date(2026, 5, 19)),
        ("前天", dt.date(2026, 5, 18)),
    ],
)
def test_dates_as_a_clerk_writes_them(text: str, day: dt.date) -> None:
    assert read_date(text, TODAY) == day


@pytest.mark.parametrize("text", ["2026-02-30", "5月32日", "明年", "2026-5", ""])
def test_a_date_that_is_none_is_refused(text: str) -> None:
    with pytest.raises(StudyctlError) as refused:
        read_date(text, TODAY)
    assert refused.value.key == "cli.bad_date"


@pytest.mark.parametrize(
    ("lang", "echo"), [("zh", "昨天 读作 2026-05-19\n"), ("en", "昨天 read as 2026-05-19\n")]
)
def test_a_date_option_says_which_day_it_was_read_as(repo: Path, lang: str, echo: str) -> None:
    result = run(repo, "member", "leave", "张伟", "--date", "昨天", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == echo
    assert member_file(repo, "zhang-wei").endswith("left: 2026-05-19\n")


def test_a_date_prompt_takes_chinese_and_echoes_the_iso_date(repo: Path, terminal: Path) -> None:
    result = run(repo, "member", "leave", "张伟", input="5月32日\n5月1日\n")
    assert result.exit_code == 0, result.stderr
    assert "5月32日 不是有效日期。" in result.stderr
    assert "5月1日 读作 2026-05-01" in result.stderr
    assert member_file(repo, "zhang-wei").endswith("left: 2026-05-01\n")


# --- from a script, attendance must be stated -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "studyctl: 没有考勤：缺少 --all-present（或 --late、--leave、--absent、--from-csv）。\n"
            "全员出席时写 --all-present 明确说明；有人迟到、请假或缺席时用 --late、--leave、--absent 写明，"
            "或用 --from-csv 读入签到表。\n",
        ),
        (
            "en",
            "studyctl: No attendance given: --all-present (or --late, --leave, --absent, --from-csv) is missing.\n"
            "When everyone was present, say so with --all-present; otherwise name who was late, on leave or "
            "absent with --late, --leave, --absent, or read a sign-in sheet with --from-csv.\n",
        ),
    ],
)
def test_a_script_that_says_nothing_about_attendance_is_refused(repo: Path, lang: str, expected: str) -> None:
    result = shared.log(repo, "--all-present", "--lang", lang)  # the helper adds nothing more
    assert result.exit_code == 0, result.stderr
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    args = shared.session_args("2026-04-03", repo)[1:]
    args.remove("--all-present")
    refused = run(repo, "log-session", *args, "--lang", lang)
    assert (refused.exit_code, refused.stderr) == (2, expected)
    assert commits(repo) == ["records"]


@pytest.mark.parametrize(
    ("lang", "extra", "expected"),
    [
        (
            "zh",
            ["--late", "张伟"],
            "studyctl: --all-present 说全员出席，不能同时用 --late。\n"
            "有人迟到、请假或缺席时去掉 --all-present，只用 --late、--leave、--absent 写明他们，其余的人记为出席；"
            "用 --from-csv 时考勤全部来自签到表。\n",
        ),
        (
            "en",
            ["--absent", "张伟:出差", "--leave", "王芳:病假"],
            "studyctl: --all-present says everyone was present: it cannot go with --leave, --absent.\n"
            "When someone was late, on leave or absent, leave out --all-present and name them with --late, "
            "--leave, --absent: everyone else is recorded present. With --from-csv the sign-in sheet gives "
            "the whole attendance.\n",
        ),
    ],
)
def test_all_present_and_a_list_of_who_was_not_is_refused(
    repo: Path, lang: str, extra: list[str], expected: str
) -> None:
    args = shared.session_args("2026-04-03", repo)[1:]
    assert "--all-present" in args
    refused = run(repo, "log-session", *args, *extra, "--lang", lang)
    assert (refused.exit_code, refused.stdout, refused.stderr) == (2, "", expected)
    assert commits(repo) == ["records"]
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""  # nothing written


def test_a_unit_study_from_a_script_must_name_its_units(repo: Path) -> None:
    args = ["log-session", "--date", "2026-04-07", "--kind", "站所办学习", "--topic", "财务制度"]
    result = run(repo, *args, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "studyctl: Missing: --host, --area, --recorder, --minutes-file, --units, --all-present.\n"
    )


# --- duplicates and records nobody could have made ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "studyctl: 已有名为“财政所”的站所办（编号 czs），没有新建。\n用 --unit czs 或 --unit 财政所 指这个站所办。\n",
        ),
        (
            "en",
            "studyctl: A unit called “财政所” exists already (id czs); nothing was added.\n"
            "Name it with --unit czs or --unit 财政所.\n",
        ),
    ],
)
def test_a_unit_whose_name_exists_is_refused(repo: Path, lang: str, expected: str) -> None:
    result = run(repo, "unit", "add", "财政所", "--lang", lang)
    assert (result.exit_code, result.stderr) == (2, expected)
    assert not (repo / "units/czs-2.yaml").exists()
    assert commits(repo) == ["records"]


def test_a_namesake_in_english(repo: Path) -> None:
    result = run(
        repo, "member", "add", "张伟", *MEMBER, "--role", "staff", "--education", "本科", "--lang", "en"
    )
    assert (result.exit_code, result.stderr) == (
        2,
        "studyctl: An active member is called “张伟” already: 张伟 (zhang-wei, 财政所). Nothing was added.\n"
        "If this is another person of the same name, run again with --same-name.\n",
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "studyctl: 入职日期 2026-04-01 之后已记录了 2 次应有此人参加的学习，这些记录中将没有此人的考勤（每次一个错误）。没有新建。\n"
            "确要补登时加上 --backdate，然后在这些学习记录中补上此人的考勤。\n",
        ),
        (
            "en",
            "studyctl: 2 sessions recorded since 2026-04-01 would have expected this member, and will lack "
            "their attendance (one error each). Nothing was added.\n"
            "To add the member anyway, run again with --backdate, then add their attendance to those sessions.\n",
        ),
    ],
)
def test_a_member_who_joined_before_recorded_sessions_needs_backdate(
    repo: Path, lang: str, expected: str
) -> None:
    for day in ("2026-03-27", "2026-04-03", "2026-04-10"):
        assert run(repo, *shared.session_args(day, repo)).exit_code == 0
    flags = ["--unit", "财政所", "--born", "1992-02-03", "--party-member", "--role", "staff"]
    flags += ["--education", "本科", "--joined", "2026-04-01", "--lang", lang]
    refused = run(repo, "member", "add", "钱七", *flags)
    assert (refused.exit_code, refused.stderr) == (2, expected)
    assert not (repo / "members/qian-qi.yaml").exists()
    added = run(repo, "member", "add", "钱七", *flags, "--backdate")
    assert added.exit_code == 0, added.stderr
    assert (repo / "members/qian-qi.yaml").exists()


@pytest.fixture
def left_in_may(repo: Path) -> Path:
    member = member_file(repo, "zhang-wei") + "left: 2026-05-01\n"
    (repo / "members/zhang-wei.yaml").write_text(member, encoding="utf-8")
    git(repo, "commit", "-qam", "zhang-wei left")
    return repo


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "studyctl: 张伟 已于 2026-05-01 离开，不能记录 2026Q3 的季度检查。\n检查成员和季度。\n"),
        (
            "en",
            "studyctl: 张伟 left on 2026-05-01: there is no 2026Q3 review of them to record.\n"
            "Check the member and the quarter.\n",
        ),
    ],
)
def test_a_review_of_a_quarter_after_leaving_is_refused(left_in_may: Path, lang: str, expected: str) -> None:
    args = ["--quarter", "2026Q3", "--reviewer", "王芳", "--attitude", "good", "--content", "good"]
    result = run(
        left_in_may, "review", "zhang-wei", *args, "--results", "good", "--notebook", "kept", "--lang", lang
    )
    assert (result.exit_code, result.stderr) == (2, expected)
    assert not (left_in_may / "reviews").exists() or not list((left_in_may / "reviews").rglob("*.yaml"))
    # the quarter in which they left was still theirs
    args[1] = "2026Q2"
    kept = run(left_in_may, "review", "zhang-wei", *args, "--results", "good", "--notebook", "kept")
    assert kept.exit_code == 0, kept.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "studyctl: 张伟 已于 2026-05-01 离开，不能记录 2026-05-01 的学习心得。\n检查作者和日期。\n"),
        (
            "en",
            "studyctl: 张伟 left on 2026-05-01: an essay of 2026-05-01 cannot be theirs.\nCheck the author and the date.\n",
        ),
    ],
)
def test_an_essay_dated_on_or_after_leaving_is_refused(
    left_in_may: Path, tmp_path: Path, lang: str, expected: str
) -> None:
    body = tmp_path / "body.md"
    body.write_text("体会。\n", encoding="utf-8")
    args = [
        "--author",
        "zhang-wei",
        "--title",
        "体会",
        "--area",
        "law",
        "--body-file",
        str(body),
        "--lang",
        lang,
    ]
    result = run(left_in_may, "essay", "add", *args, "--date", "2026-05-01")
    assert (result.exit_code, result.stderr) == (2, expected)
    assert commits(left_in_may) == ["zhang-wei left", "records"]
    kept = run(left_in_may, "essay", "add", *args, "--date", "2026-04-30")
    assert kept.exit_code == 0, kept.stderr


# --- the parser's own texts ------------------------------------------------------------------------


def test_usage_errors_in_chinese(repo: Path) -> None:
    result = run(repo, "unit", "add", "--bogus", "x")
    assert result.exit_code == 2
    lines = [line.strip(" │╭╰─") for line in result.stderr.splitlines()]
    assert lines[:2] == ["用法：studyctl unit add [选项] {name}", "运行 'studyctl unit add -h' 查看帮助。"]
    assert "错误" in lines[2]
    assert lines[3] == "没有 --bogus 这个选项。"


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["unit", "add"], "缺少参数 name。", "Missing argument 'name'."),
        (["essay", "add", "--suggestions", "x"], "--suggestions 的值无效：“x”不是整数。", None),
        (["essay", "add", "--suggestions", "-1"], "--suggestions 的值无效：应不小于 0。", None),
        (["member", "bogus"], "没有 bogus 这个命令。", "No such command 'bogus'."),
        (["unit", "add", "甲", "乙"], "多出了参数：乙", "Got unexpected extra argument(s) (乙)"),
    ],
)
def test_usage_errors_follow_the_language(repo: Path, args: list[str], zh: str, en: str | None) -> None:
    for lang, expected in (("zh", zh), ("en", en)):
        result = run(repo, *args, "--lang", lang)
        assert result.exit_code == 2
        text = " ".join(line.strip(" │╭╰─") for line in result.stderr.splitlines())
        if expected is not None:
            assert expected in text, text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            [
                "用法：studyctl unit add [选项] {name}",
                "参数",
                "选项",
                "显示本帮助并退出。",
                "<文本>",
                "[必填]",
            ],
        ),
        (
            "en",
            [
                "Usage: studyctl unit add [OPTIONS] {name}",
                "Arguments",
                "Options",
                "Show this message and exit.",
                "<str>",
                "[required]",
            ],
        ),
    ],
)
def test_help_follows_the_language_and_flags_show_no_bool(repo: Path, lang: str, expected: list[str]) -> None:
    result = run(repo, "unit", "add", "--help", "--lang", lang)
    assert result.exit_code == 0
    for text in expected:
        assert text in result.stdout, text
    assert "<bool>" not in result.stdout
    other = "Show this message and exit." if lang == "zh" else "显示本帮助并退出。"
    assert other not in result.stdout


# --- labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "zh", "en"),
    [
        ("report.education.secondary", "中专", "secondary vocational"),
        ("report.education.high-school", "高中", "high school"),
        ("check.education.secondary", "中专", "secondary vocational school"),
        ("check.education.high-school", "高中", "high school"),
        ("report.figure.members", "在册干部（期内，人）", "Members (during the period)"),
    ],
)
def test_labels_agree_with_the_records_format(key: str, zh: str, en: str) -> None:
    from studyctl.messages import t

    assert (t(key, "zh"), t(key, "en")) == (zh, en)


def test_the_two_counts_of_members_say_which_they_are() -> None:
    from studyctl.messages import t

    assert t("report.figure.degree", "zh", level="大专") == "大专及以上学历（人 / 现在册）"
    assert t("report.figure.degree", "en", level="associate degree") == (
        "Members with associate degree or above (of those on the roll now)"
    )


# --- a broken studyctl.yaml stops every command ----------------------------------------------------

BROKEN = "organization: 测试镇机关\ncampaign_start: 2026-01-01\nlanguage: zh\nrules:\n essays_per_year: 4\n  study_day: friday\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "studyctl: studyctl.yaml:6: 设置文件有误：这一行多了一个“冒号+空格”：要么文字里含有冒号，要么这一行缩进不对。\n"
            "studyctl 不会在设置有误时改用默认值：改正 studyctl.yaml 第 6 行后再运行。\n",
        ),
        (
            "en",
            "studyctl: studyctl.yaml:6: the settings do not load: This line holds one `: ` too many: either the "
            "text contains a colon, or the line is indented wrongly.\n"
            "studyctl does not fall back to defaults when the settings are broken: fix line 6 of studyctl.yaml and run again.\n",
        ),
    ],
)
@pytest.mark.parametrize(
    "command",
    [["report", "--year", "2026"], ["check", "--year", "2026"], ["unit", "add", "农办"]],
)
def test_a_broken_studyctl_yaml_is_an_error_with_file_and_line(
    repo: Path, lang: str, expected: str, command: list[str]
) -> None:
    (repo / "studyctl.yaml").write_text(BROKEN, encoding="utf-8")
    result = run(repo, *command, "--lang", lang)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", expected)
    assert not (repo / "units/nb.yaml").exists()
