"""`studyctl plan new | done`, `schedule publish`, `essay add`, `review` and `self-report`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import test_cli_record as shared

# the records repository and the pretend terminal of the log-session tests
repo = shared.repo
terminal = shared.terminal
commits, git, run, status = shared.commits, shared.git, shared.run, shared.status

PLAN_FLAGS = [
    "--goals",
    "提高依法行政水平",
    "--politics",
    "学习党章",
    "--law",
    "学习《行政许可法》",
    "--economics",
    "学习财政知识",
    "--knowledge",
    "学习办公软件",
]
PLAN_TEXT = """\
member: zhang-wei
year: 2026
goals: 提高依法行政水平
essays_target: 4
items:
  - area: politics
    content: 学习党章
    due: 2026-12-31
  - area: law
    content: 学习《行政许可法》
    due: 2026-12-31
  - area: economics
    content: 学习财政知识
    due: 2026-12-31
  - area: knowledge
    content: 学习办公软件
    due: 2026-12-31
"""


def test_plan_new_with_flags(repo: Path) -> None:
    result = run(repo, "plan", "new", "张伟", "--year", "2026", *PLAN_FLAGS)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "已写入 plans/2026/zhang-wei.yaml\n已提交：学习计划: 张伟 2026年\n"
    assert (repo / "plans/2026/zhang-wei.yaml").read_text(encoding="utf-8") == PLAN_TEXT


def test_plan_new_without_every_area_names_the_missing_ones(repo: Path) -> None:
    result = run(repo, "plan", "new", "张伟", "--year", "2026", "--goals", "x", "--law", "学习宪法")
    assert result.exit_code == 2
    assert result.stderr.startswith("studyctl: 缺少 --politics, --economics, --knowledge。")
    assert not (repo / "plans").exists()


def test_plan_new_in_the_editor(repo: Path, terminal: Path, tmp_path: Path, monkeypatch) -> None:
    editor = tmp_path / "plan_editor.py"
    editor.write_text(
        "import sys\n"
        "path = sys.argv[1]\n"
        "text = open(path, encoding='utf-8').read()\n"
        "text = text.replace('goals: ', 'goals: 提高依法行政水平', 1)\n"
        "for content in ['学习党章', '学习《行政许可法》', '学习财政知识', '学习办公软件']:\n"
        "    text = text.replace('content: \\n', 'content: ' + content + '\\n', 1)\n"
        "open(path, 'w', encoding='utf-8').write(text)\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    result = run(repo, "plan", "new", "zhang-wei", "--year", "2026")
    assert result.exit_code == 0, result.stderr
    assert (repo / "plans/2026/zhang-wei.yaml").read_text(encoding="utf-8") == PLAN_TEXT


def test_plan_done_by_number_and_by_words(repo: Path) -> None:
    assert run(repo, "plan", "new", "张伟", "--year", "2026", *PLAN_FLAGS).exit_code == 0
    result = run(repo, "plan", "done", "张伟", "2", "--year", "2026", "--date", "2026-03-20")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "已完成：学习《行政许可法》\n已更新 plans/2026/zhang-wei.yaml\n"
        "已提交：完成计划: 张伟 学习《行政许可法》\n"
    )
    text = (repo / "plans/2026/zhang-wei.yaml").read_text(encoding="utf-8")
    assert "content: 学习《行政许可法》\n    due: 2026-12-31\n    done: 2026-03-20\n" in text
    by_words = run(repo, "plan", "done", "zhang-wei", "财政", "--year", "2026", "--date", "2026-04-01")
    assert by_words.exit_code == 0, by_words.stderr
    vague = run(repo, "plan", "done", "zhang-wei", "学习", "--year", "2026")
    assert vague.exit_code == 2
    assert "“学习”符合计划中的多项" in vague.stderr
    twice = run(repo, "plan", "done", "zhang-wei", "2", "--year", "2026")
    assert twice.exit_code == 2
    assert "“学习《行政许可法》”已于 2026-03-20 完成，没有改动。" in twice.stderr


def test_schedule_publish_from_flags(repo: Path) -> None:
    result = run(
        repo,
        "schedule",
        "publish",
        "--entry",
        "2026-04-10,周五学习日,学习《宪法》,李明",
        "--entry",
        "2026-04-07,exchange,交流学习心得,,dzb/czs",
        "--published",
        "2026-03-28",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "已写入 schedules/2026/2026-04.yaml\n已提交：发布学习安排: 2026-04（2 项）\n"
    assert (repo / "schedules/2026/2026-04.yaml").read_text(encoding="utf-8") == (
        "published: 2026-03-28\n"
        "entries:\n"
        "  - date: 2026-04-07\n    kind: exchange\n    units:\n      - dzb\n      - czs\n"
        "    topic: 交流学习心得\n"
        "  - date: 2026-04-10\n    kind: study-day\n    units:\n      - all\n"
        "    topic: 学习《宪法》\n    host: li-ming\n"
    )


def test_schedule_publish_from_a_gbk_csv(repo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "安排.csv"
    sheet.write_bytes("日期,类型,主题,主持人\r\n2026-05-08,周五学习日,学习党章,张伟\r\n".encode("gbk"))
    result = run(repo, "schedule", "publish", "--file", str(sheet), "--published", "2026-04-30")
    assert result.exit_code == 0, result.stderr
    text = (repo / "schedules/2026/2026-05.yaml").read_text(encoding="utf-8")
    assert "topic: 学习党章\n    host: zhang-wei\n" in text


def test_schedule_publish_refuses_bad_entries(repo: Path) -> None:
    result = run(repo, "schedule", "publish", "--entry", "2026-04-31,开会,x", "--entry", "2026-04-10,学习,y")
    assert result.exit_code == 2
    assert "2026-04-31 不是有效日期。" in result.stderr
    assert "没有“学习”这种学习形式。" in result.stderr
    assert not (repo / "schedules").exists()
    assert commits(repo) == ["records"]


def test_essay_add_with_a_body_file(repo: Path, tmp_path: Path) -> None:
    body = tmp_path / "心得.md"
    body.write_text("通过学习，我认识到依法行政的重要性。\n", encoding="utf-8")
    args = [
        "--author",
        "张伟",
        "--date",
        "2026-04-10",
        "--title",
        "学习《行政许可法》的体会",
        "--area",
        "law",
    ]
    result = run(repo, "essay", "add", *args, "--body-file", str(body), "--suggestions", "2")
    assert result.exit_code == 0, result.stderr
    rel = "essays/2026/2026-04-10-zhang-wei-xue-xi-xingzheng-xuke-fa-de-tihui.md"
    assert result.stdout == f"已写入 {rel}\n已提交：学习心得: 张伟《学习《行政许可法》的体会》\n"
    assert (repo / rel).read_text(encoding="utf-8") == (
        "---\nauthor: zhang-wei\ndate: 2026-04-10\ntitle: 学习《行政许可法》的体会\narea: law\n"
        "suggestions: 2\n---\n通过学习，我认识到依法行政的重要性。\n"
    )


def test_essay_add_in_the_editor_refuses_an_unknown_session(repo: Path, terminal: Path) -> None:
    args = ["--author", "zhang-wei", "--date", "2026-04-10", "--title", "体会", "--area", "politics"]
    result = run(repo, "essay", "add", *args, "--session", "2026-04-03-study-day")
    assert result.exit_code == 2
    assert "没有编号为 2026-04-03-study-day 的学习活动。" in result.stderr
    assert not (repo / "essays").exists() or not list((repo / "essays").rglob("*.md"))
    assert commits(repo) == ["records"]


def test_review_with_flags(repo: Path) -> None:
    args = ["--quarter", "2026Q2", "--reviewer", "王芳", "--attitude", "good", "--content", "good"]
    result = run(
        repo, "review", "张伟", *args, "--results", "fair", "--notebook", "kept", "--notes", "笔记较完整"
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "已写入 reviews/2026/Q2/zhang-wei.yaml\n已提交：季度检查: 张伟 2026Q2\n"
    assert (repo / "reviews/2026/Q2/zhang-wei.yaml").read_text(encoding="utf-8") == (
        "member: zhang-wei\nquarter: 2026Q2\nreviewer: wang-fang\nattitude: good\ncontent: good\n"
        "results: fair\nnotebook: kept\nnotes: 笔记较完整\n"
    )


def test_review_asks_for_the_ratings(repo: Path, terminal: Path) -> None:
    result = run(
        repo, "review", "zhang-wei", "--quarter", "2026Q1", input="李明\nexcellent\ngood\ngood\nincomplete\n"
    )
    assert result.exit_code == 0, result.stderr
    text = (repo / "reviews/2026/Q1/zhang-wei.yaml").read_text(encoding="utf-8")
    assert (
        "reviewer: li-ming\nattitude: excellent\ncontent: good\nresults: good\nnotebook: incomplete\n" in text
    )


def test_review_refuses_a_reviewer_who_was_not_active(repo: Path) -> None:
    args = ["--quarter", "2019Q1", "--reviewer", "张伟", "--attitude", "good", "--content", "good"]
    result = run(repo, "review", "li-ming", *args, "--results", "good", "--notebook", "kept")
    assert result.exit_code == 2
    assert "没有写入 reviews/2019/Q1/li-ming.yaml" in result.stderr
    assert not (repo / "reviews").exists()


@pytest.mark.parametrize("quarter", ["2026", "2026Q5"])
def test_review_needs_a_quarter(repo: Path, quarter: str) -> None:
    result = run(repo, "review", "zhang-wei", "--quarter", quarter)
    assert result.exit_code == 2
    assert f"{quarter} 不是季度。" in result.stderr


def test_self_report_from_standard_input(repo: Path) -> None:
    result = run(
        repo,
        "self-report",
        "张伟",
        "--year",
        "2026",
        "--rating",
        "good",
        "--body-file",
        "-",
        input="对照计划……\n",
    )
    assert result.exit_code == 0, result.stderr
    assert (repo / "self-reports/2026/zhang-wei.md").read_text(encoding="utf-8") == (
        "---\nmember: zhang-wei\nyear: 2026\nself_rating: good\n---\n对照计划……\n"
    )
    assert status(repo) == ""
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == ["self-reports/2026/zhang-wei.md"]


def test_an_empty_body_writes_nothing(repo: Path) -> None:
    result = run(
        repo, "self-report", "张伟", "--year", "2026", "--rating", "good", "--body-file", "-", input="\n"
    )
    assert result.exit_code == 2
    assert "正文是空的，没有写入任何内容。" in result.stderr
    assert not (repo / "self-reports").exists()


def test_essay_add_dated_after_today_is_refused(repo: Path) -> None:
    # conftest pins today at 2026-11-28
    args = [
        "--author",
        "张伟",
        "--date",
        "2026-12-05",
        "--title",
        "体会",
        "--area",
        "law",
        "--body-file",
        "-",
    ]
    result = run(repo, "essay", "add", *args, input="正文\n")
    assert result.exit_code == 2
    rel = "essays/2026/2026-12-05-zhang-wei-tihui.md"
    assert result.stderr == (
        f"studyctl: 没有写入 {rel}，因为：\n"
        f"  • {rel} 第 3 行：date 为 2026-12-05，晚于今天（2026-11-28）：档案只记已经发生的事。\n"
        "    核对日期是否写错；尚未发生的事等发生后再记（计划事项未完成时 done 留空）。"
        "详见 studyctl explain schema\n"
    )
    assert not (repo / rel).exists()
    assert commits(repo) == ["records"]


def test_plan_done_on_a_day_still_to_come_is_refused(repo: Path) -> None:
    assert run(repo, "plan", "new", "张伟", *PLAN_FLAGS).exit_code == 0
    result = run(repo, "plan", "done", "张伟", "1", "--date", "2026-12-01", "--lang", "en")
    assert result.exit_code == 2
    assert (
        "  • plans/2026/zhang-wei.yaml, line 9: items[1].done is 2026-12-01, after today (2026-11-28): "
        "records tell what happened, not what will.\n"
    ) in result.stderr
