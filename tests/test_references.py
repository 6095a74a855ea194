"""The `reference` rule from the table of kinds: records of members who had left (RULES 1.1 point 9),
and one broken record, one finding (point 11)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from studyctl.check import run_check
from studyctl.hook import install_hook
from studyctl.periods import Period

REPO = Path(__file__).resolve().parent.parent
JUDGE_DAY = dt.date(2026, 11, 28)  # on or after the last day of the shipped records
RECORD_RULES = ["yaml", "schema", "reference", "duplicate", "location"]


def member(left: str, joined: str = "2020-03-01") -> str:
    return (
        "id: zhang-wei\nname: 张伟\nunit: czs\nrole: middle\nborn: 1979-05-12\neducation: bachelor\n"
        f"party_member: false\njoined: {joined}\nleft: {left}\n"
    )


def essay(day: str) -> str:
    return f"---\nauthor: zhang-wei\ndate: {day}\ntitle: 学习体会\narea: law\n---\n正文\n"


def review(quarter: str) -> str:
    return (
        f"member: zhang-wei\nquarter: {quarter}\nreviewer: li-ming\nattitude: good\ncontent: good\n"
        "results: good\nnotebook: kept\n"
    )


SELF_REPORT = "---\nmember: zhang-wei\nyear: 2026\nself_rating: good\n---\n述学\n"


def references(root: Path) -> list[tuple[str, str, str, int | None, str, str]]:
    result = run_check(root, Period(2026), JUDGE_DAY, ["reference", "schema"])
    return [(f.rule, f.file, f.key, f.line, f.message("zh"), f.message("en")) for f in result.findings]


def test_an_essay_dated_on_or_after_the_authors_left_is_a_reference_error(write_records) -> None:  # type: ignore[no-untyped-def]
    root = write_records(
        {
            "members/zhang-wei.yaml": member("2026-05-01"),
            "essays/2026/2026-04-30-zhang-wei-before.md": essay("2026-04-30"),
            "essays/2026/2026-05-01-zhang-wei-after.md": essay("2026-05-01"),
        }
    )
    assert references(root) == [
        (
            "reference",
            "essays/2026/2026-05-01-zhang-wei-after.md",
            "reference.left_author",
            2,
            "作者 zhang-wei 已于 2026-05-01 离开，这篇心得却写于 2026-05-01。",
            "The author zhang-wei left on 2026-05-01, but the essay is dated 2026-05-01.",
        )
    ]


def test_a_review_of_a_quarter_that_began_on_or_after_left_is_a_reference_error(write_records) -> None:  # type: ignore[no-untyped-def]
    root = write_records(
        {
            "members/zhang-wei.yaml": member("2026-04-01"),
            "reviews/2026/Q1/zhang-wei.yaml": review("2026Q1"),
            "reviews/2026/Q2/zhang-wei.yaml": review("2026Q2"),
        }
    )
    assert references(root) == [
        (
            "reference",
            "reviews/2026/Q2/zhang-wei.yaml",
            "reference.left_reviewed",
            1,
            "zhang-wei 已于 2026-04-01 离开，2026Q2 开始时已不在职，不应有该季度的检查。",
            "zhang-wei left on 2026-04-01, before 2026Q2 began: there is no review of that quarter for them.",
        )
    ]
    root_later = write_records({"members/zhang-wei.yaml": member("2026-04-02")})
    assert references(root_later) == []  # left on the quarter's second day: reviewed for it


def test_a_self_report_for_a_year_that_began_on_or_after_left_is_a_reference_error(write_records) -> None:  # type: ignore[no-untyped-def]
    root = write_records(
        {"members/zhang-wei.yaml": member("2026-01-01"), "self-reports/2026/zhang-wei.md": SELF_REPORT}
    )
    assert references(root) == [
        (
            "reference",
            "self-reports/2026/zhang-wei.md",
            "reference.left_reporter",
            2,
            "zhang-wei 已于 2026-01-01 离开，2026 年开始时已不在职，不应有该年度的个人述学。",
            "zhang-wei left on 2026-01-01, before the year 2026 began: there is no self-report of that year for them.",
        )
    ]
    root_later = write_records({"members/zhang-wei.yaml": member("2026-01-02")})
    assert references(root_later) == []


@pytest.mark.parametrize("left", ["2020-03-01", "2019-12-31"])
def test_left_on_or_before_joined_is_a_schema_error_on_the_member_file(write_records, left: str) -> None:  # type: ignore[no-untyped-def]
    root = write_records({"members/zhang-wei.yaml": member(left)})
    assert references(root) == [
        (
            "schema",
            "members/zhang-wei.yaml",
            "schema.left_order",
            9,
            f"离开日期（left）{left} 不晚于入职日期（joined）。",
            f"The date left ({left}) is not after the date joined.",
        )
    ]


# --- one broken record, one finding --------------------------------------------------------------


def _slip(root: Path) -> None:
    """An indentation slip in a member file that 125 other records name."""
    path = root / "members/zhang-wei.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nunit:", "\n  unit:", 1), encoding="utf-8")


def test_a_broken_member_file_gives_one_finding_and_says_how_many_references_wait(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root, ignore=shutil.ignore_patterns(".studyctl"))
    _slip(root)
    result = run_check(root, Period(2026), JUDGE_DAY, RECORD_RULES)
    assert [(f.rule, f.file, f.line) for f in result.findings] == [("yaml", "members/zhang-wei.yaml", 3)]
    assert result.waiting == {"members/zhang-wei.yaml": 125}
    code, out, _ = cli("check", *RECORD_RULES, "--year", "2026", "--lang", "en", cwd=root)
    assert code == 1
    assert out.splitlines()[:2] == [
        "青石镇机关 2026 — errors: 1, warnings: 0 (files: 1).",
        "members/zhang-wei.yaml could not be loaded: 125 references to it could not be checked; fix it and run check again.",
    ]
    code, out, _ = cli("check", *RECORD_RULES, "--year", "2026", "--lang", "zh", cwd=root)
    assert out.splitlines()[:2] == [
        "青石镇机关 2026：1 个错误，0 个警告（1 个文件）。",
        "members/zhang-wei.yaml 未能读取，另有 125 处对它的引用暂时无法检查；修好该文件后再运行 check。",
    ]


def test_the_pre_commit_hook_shows_the_one_finding_and_the_waiting_line(tmp_path: Path, git_identity) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root, ignore=shutil.ignore_patterns(".studyctl"))

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "records")
    install_hook(root)
    _slip(root)
    git("add", "members/zhang-wei.yaml")
    commit = git("commit", "-m", "edit a member")
    assert commit.returncode != 0
    shown = (commit.stdout + commit.stderr).splitlines()
    assert [line for line in shown if line.startswith("members/")] == [
        "members/zhang-wei.yaml:3: 错误 这一行多了一个“冒号+空格”：要么文字里含有冒号，要么这一行缩进不对。",
        "members/zhang-wei.yaml 未能读取，另有 125 处对它的引用暂时无法检查；修好该文件后再运行 check。",
    ]
    assert "提交已阻止：档案中有 1 个错误。改正后重新提交。" in shown


def test_the_store_refuses_an_essay_written_after_its_author_left(write_records) -> None:  # type: ignore[no-untyped-def]
    from studyctl.store import Draft, Refused, transaction

    root = write_records({"members/zhang-wei.yaml": member("2026-05-01")})
    data = {"author": "zhang-wei", "date": dt.date(2026, 6, 1), "title": "学习体会", "area": "law"}
    with pytest.raises(Refused) as refused, transaction(root, "essay-add") as tx:
        tx.save(
            Draft("essays/2026/2026-06-01-zhang-wei-x.md", "essays", data, body="正文"), "essay", commit=False
        )
    assert [(f.rule, f.key, f.line) for f in refused.value.findings] == [
        ("reference", "reference.left_author", 2)
    ]
    assert not (root / "essays/2026/2026-06-01-zhang-wei-x.md").exists()
