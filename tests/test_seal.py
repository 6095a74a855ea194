"""Sealed quarters: `seal` and its refusals, `seal --list`, and the `sealed` and `uncommitted` rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyctl.check import run_check
from studyctl.errors import StudyctlError
from studyctl.periods import Period
from studyctl.seal import parse_status, read_seals, seal_quarter
from studyctl.workdays import Calendar

Q2 = Period(2026, 2)
AFTER_Q2 = dt.date(2026, 7, 10)
MEMBERS = ("li-ming", "wang-fang", "zhang-wei")
MINUTES = (
    "会议传达学习了上级文件精神，结合本单位实际逐条讨论了贯彻落实的具体措施，"
    "并明确了分工与完成时限，会后各站所办分别组织传达。"
)


def clean_quarter() -> dict[str, str]:
    """Records that make 2026Q2 of the small test office pass its check without an error: a
    scheduled whole-staff study day with minutes and full attendance in every week, plans, reviews."""
    calendar = Calendar()
    files: dict[str, str] = {}
    entries = []
    for week in Q2.weeks():
        friday = week.day(4)
        day = friday if calendar.is_workday(friday) else calendar.workdays_in(week.days())[0]
        entries.append(
            f"  - date: {day}\n    kind: study-day\n    units: [all]\n"
            "    topic: 学习《宪法》\n    host: li-ming\n"
        )
        attendance = "".join(f"  {member}: present\n" for member in MEMBERS)
        files[f"sessions/2026/{day}-study-day.yaml"] = (
            f"date: {day}\nkind: study-day\nunits: [all]\nhost: li-ming\ntopic: 学习《宪法》\narea: law\n"
            f"minutes:\n  recorder: wang-fang\n  text: {MINUTES}\nattendance:\n{attendance}"
        )
    files["schedules/2026/2026-q2.yaml"] = "published: 2026-03-25\nentries:\n" + "".join(entries)
    for member in MEMBERS:
        items = "".join(
            f"  - area: {area}\n    content: 学习内容\n    due: 2026-12-31\n"
            for area in ("politics", "law", "economics", "knowledge")
        )
        files[f"plans/2026/{member}.yaml"] = (
            f"member: {member}\nyear: 2026\ngoals: 提高理论水平\nessays_target: 4\nitems:\n{items}"
        )
        for quarter in (1, 2):
            files[f"reviews/2026/Q{quarter}/{member}.yaml"] = (
                f"member: {member}\nquarter: 2026Q{quarter}\nreviewer: li-ming\nattitude: good\n"
                "content: good\nresults: good\nnotebook: kept\n"
            )
    return files


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture(autouse=True)
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Git with a known identity and none of this machine's configuration (no signing)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "office@example.org")


@pytest.fixture
def office(write_records) -> Path:  # type: ignore[no-untyped-def]
    """The test office with a clean 2026Q2, every record committed."""
    root: Path = write_records(clean_quarter())
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "records")
    return root


def commit(root: Path, message: str, author: str = "王芳 <wang-fang@example.org>") -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, f"--author={author}")
    return git(root, "rev-parse", "--short", "HEAD").strip()


def findings(root: Path, *rules: str) -> list[tuple[str, str, str, str, str | None]]:
    result = run_check(root, Q2, AFTER_Q2, rules or ("sealed", "uncommitted"))
    return [(f.rule, f.severity, f.file, f.key, f.line) for f in result.findings]  # type: ignore[misc]


def test_the_test_quarter_is_clean(office: Path) -> None:
    result = run_check(office, Q2, AFTER_Q2)
    assert [f for f in result.findings if f.severity == "error"] == []


def test_seal_tags_head_with_the_hash_of_every_record_of_the_quarter(office: Path) -> None:
    result = seal_quarter(office, Q2, AFTER_Q2, "zh")
    quarter_records = sorted(
        [p for p in clean_quarter() if p.startswith(("sessions/", "schedules/", "reviews/2026/Q2/"))]
    )
    assert result.records == len(quarter_records) == 17  # 13 weeks, 3 reviews, 1 schedule
    assert result.seal.tag == "studyctl/sealed/2026Q2"
    assert result.seal.commit == git(office, "rev-parse", "HEAD").strip()
    assert result.seal.tagger == "办公室" and not result.seal.signed
    message = git(office, "tag", "-l", "--format=%(contents)", "studyctl/sealed/2026Q2")
    lines = message.splitlines()
    assert lines[0] == "封存 2026Q2 学习记录（17 份）"
    expected = [f"{hashlib.sha256((office / p).read_bytes()).hexdigest()}  {p}" for p in quarter_records]
    head = git(office, "rev-parse", "HEAD").strip()
    assert lines[2:4] == [f"Sealed-Commit: {head}", ""]  # the commit sealed, under the signature
    assert lines[4:] == [*expected, ""]  # git prints an empty line after the message
    assert result.seal.sealed_commit == head
    assert git(office, "cat-file", "-t", "studyctl/sealed/2026Q2").strip() == "tag"  # annotated


def test_a_sealed_quarter_without_changes_checks_clean(office: Path) -> None:
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    assert findings(office) == []


def test_a_record_changed_after_the_seal_is_an_error_naming_commit_and_author(office: Path) -> None:
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    review = office / "reviews/2026/Q2/zhang-wei.yaml"
    review.write_text(review.read_text(encoding="utf-8").replace("results: good", "results: excellent"))
    assert findings(office) == [
        ("sealed", "error", "reviews/2026/Q2/zhang-wei.yaml", "sealed.changed_uncommitted", None),
        ("uncommitted", "warning", "reviews/2026/Q2/zhang-wei.yaml", "uncommitted.modified", None),
    ]
    sha = commit(office, "改评价")
    result = run_check(office, Q2, AFTER_Q2, ["sealed"])
    [finding] = result.findings
    assert (finding.rule, finding.severity, finding.file, finding.subject) == (
        "sealed",
        "error",
        "reviews/2026/Q2/zhang-wei.yaml",
        "zhang-wei",
    )
    today = dt.date.today().isoformat()
    assert finding.message("zh") == (f"2026Q2 已封存，此记录在封存后被修改：提交 {sha}（王芳，{today}）。")
    assert finding.hint("en") == (
        "A sealed record must not change. Bring back its sealed content with git restore "
        "--source=studyctl/sealed/2026Q2 -- reviews/2026/Q2/zhang-wei.yaml, then commit; a correction "
        "needs the sign-off of the person in charge and a note of its own. See studyctl explain sealed."
    )


def test_deleted_and_added_records_of_a_sealed_quarter_are_errors(office: Path) -> None:
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    sessions = sorted((office / "sessions/2026").iterdir())
    removed = sessions[0].relative_to(office).as_posix()
    sessions[0].unlink()
    added = "essays/2026/2026-05-06-zhang-wei-xianfa.md"
    (office / added).parent.mkdir(parents=True)
    (office / added).write_text(
        "---\nauthor: zhang-wei\ndate: 2026-05-06\ntitle: 学习宪法\narea: law\n---\n正文。\n",
        encoding="utf-8",
    )
    commit(office, "删一条，补一篇")
    assert findings(office, "sealed") == [
        ("sealed", "error", added, "sealed.added", None),
        ("sealed", "error", removed, "sealed.deleted", None),
    ]


def test_changes_outside_the_sealed_quarter_are_not_reported(office: Path) -> None:
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    plan = office / "plans/2026/zhang-wei.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("提高理论水平", "提高业务水平"))
    commit(office, "改计划")
    assert findings(office, "sealed") == []


def test_a_change_reverted_to_the_sealed_bytes_is_no_longer_reported(office: Path) -> None:
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    review = office / "reviews/2026/Q2/li-ming.yaml"
    sealed_bytes = review.read_bytes()
    review.write_bytes(sealed_bytes + b"notes: added later\n")
    sha = commit(office, "补备注")
    assert [f[3] for f in findings(office, "sealed")] == ["sealed.changed"]
    git(office, "revert", "--no-edit", sha)
    assert review.read_bytes() == sealed_bytes
    assert findings(office, "sealed") == []


def test_seal_is_refused_while_the_check_has_errors(office: Path) -> None:
    (office / "reviews/2026/Q2/zhang-wei.yaml").unlink()
    commit(office, "删评价")
    with pytest.raises(StudyctlError) as refused:
        seal_quarter(office, Q2, AFTER_Q2, "zh")
    assert refused.value.key == "seal.has_errors"
    assert refused.value.render("zh").startswith("2026Q2 的检查还有 ")
    assert read_seals(office) == []


def test_seal_is_refused_while_a_record_of_the_quarter_is_uncommitted(office: Path) -> None:
    review = office / "reviews/2026/Q2/zhang-wei.yaml"
    review.write_text(review.read_text(encoding="utf-8") + "notes: 未提交\n")
    with pytest.raises(StudyctlError) as refused:
        seal_quarter(office, Q2, AFTER_Q2, "en")
    assert refused.value.render("en").splitlines()[0] == (
        "1 records of 2026Q2 have changes not committed to git: reviews/2026/Q2/zhang-wei.yaml"
    )
    assert read_seals(office) == []


def test_seal_is_refused_before_the_quarter_ends_and_when_sealed_already(office: Path) -> None:
    with pytest.raises(StudyctlError) as early:
        seal_quarter(office, Q2, dt.date(2026, 6, 30), "zh")
    assert early.value.render("zh").splitlines()[0] == (
        "2026Q2 尚未结束（最后一天是 2026-06-30），季度结束后才能封存。"
    )
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    with pytest.raises(StudyctlError) as again:
        seal_quarter(office, Q2, AFTER_Q2, "zh")
    assert again.value.key == "seal.exists"


def test_seal_needs_git(write_records) -> None:  # type: ignore[no-untyped-def]
    root = write_records(clean_quarter())
    with pytest.raises(StudyctlError) as refused:
        seal_quarter(root, Q2, AFTER_Q2, "zh")
    assert refused.value.key == "seal.no_git"


def test_audit_rules_find_nothing_outside_git(write_records) -> None:  # type: ignore[no-untyped-def]
    root = write_records(clean_quarter())
    assert findings(root) == []


def test_seal_is_signed_when_git_signing_is_configured(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a signing key configured the seal asks git for a signed tag; here the signing program
    fails on purpose, so the seal is refused with git's reason and no tag is left."""
    git(office, "config", "user.signingkey", "0000000000000000")
    git(office, "config", "gpg.program", "false")
    with pytest.raises(StudyctlError) as refused:
        seal_quarter(office, Q2, AFTER_Q2, "zh")
    assert refused.value.key == "seal.tag_failed"
    assert "sign" in refused.value.params["detail"].lower()
    assert read_seals(office) == []


def test_uncommitted_reports_untracked_modified_and_deleted_records_only(office: Path) -> None:
    (office / "members/zhao-lei.yaml").write_text(
        "id: zhao-lei\nname: 赵磊\nunit: dzb\nrole: staff\nborn: 1992-01-01\neducation: bachelor\n"
        "party_member: false\njoined: 2026-01-01\n",
        encoding="utf-8",
    )
    plan = office / "plans/2026/li-ming.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("提高理论水平", "提高写作水平"))
    (office / "plans/2026/wang-fang.yaml").unlink()
    (office / "notes.txt").write_text("not a record\n", encoding="utf-8")
    (office / "plans/2026/.wang-fang.yaml.tmp-abc").write_text("temp\n", encoding="utf-8")
    assert findings(office, "uncommitted") == [
        ("uncommitted", "warning", "members/zhao-lei.yaml", "uncommitted.untracked", None),
        ("uncommitted", "warning", "plans/2026/li-ming.yaml", "uncommitted.modified", None),
        ("uncommitted", "warning", "plans/2026/wang-fang.yaml", "uncommitted.deleted", None),
    ]


def test_a_records_folder_inside_a_larger_repository(tmp_path: Path, write_records) -> None:  # type: ignore[no-untyped-def]
    root = write_records(clean_quarter())  # tmp_path/records
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "records in a subfolder")
    seal_quarter(root, Q2, AFTER_Q2, "zh")
    review = root / "reviews/2026/Q2/wang-fang.yaml"
    review.write_text(review.read_text(encoding="utf-8").replace("content: good", "content: fair"))
    sha = commit(tmp_path, "改评价")
    result = run_check(root, Q2, AFTER_Q2, ["sealed", "uncommitted"])
    assert [(f.rule, f.file, dict(f.params)["commit"]) for f in result.findings] == [
        ("sealed", "reviews/2026/Q2/wang-fang.yaml", sha)
    ]


def test_parse_status_keeps_paths_below_the_records_folder() -> None:
    output = "\0".join(
        [
            "1 .M N... 100644 100644 100644 aaa aaa rec/plans/2026/li-ming.yaml",
            "1 A. N... 000000 100644 100644 000 bbb rec/members/new.yaml",
            "1 D. N... 100644 000000 000000 ccc 000 rec/units/old.yaml",
            "2 R. N... 100644 100644 100644 ddd ddd R100 rec/units/b.yaml",
            "rec/units/a.yaml",
            "? rec/sessions/2026/2026-04-03-study-day.yaml",
            "? outside.txt",
            "",
        ]
    )
    assert parse_status(output, "rec/") == {
        "plans/2026/li-ming.yaml": "modified",
        "members/new.yaml": "added",
        "units/old.yaml": "deleted",
        "units/b.yaml": "modified",
        "sessions/2026/2026-04-03-study-day.yaml": "untracked",
    }


# --- the command ---------------------------------------------------------------------------------


def test_seal_command_and_list(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import studyctl.cli.check
    from studyctl.cli import app

    monkeypatch.setattr(studyctl.cli.check, "current_date", lambda: AFTER_Q2)
    runner = CliRunner()
    listed = runner.invoke(app, ["seal", "--list", "-C", str(office), "--lang", "en"])
    assert (listed.exit_code, listed.output) == (0, "No quarter is sealed yet.\n")
    done = runner.invoke(app, ["seal", "2026Q2", "-C", str(office), "--lang", "en"])
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[:2] == [
        "Sealed 2026Q2: 17 records, git tag studyctl/sealed/2026Q2.",
        "The tag is not signed (git signing is not configured).",
    ]
    listed = runner.invoke(app, ["seal", "--list", "-C", str(office), "--lang", "en"])
    assert listed.exit_code == 0
    row = [line for line in listed.output.splitlines() if "2026Q2" in line]
    assert len(row) == 1 and "17" in row[0] and "studyctl/sealed/2026Q2" in row[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Name the quarter to seal, like studyctl seal 2026Q2, or list the seals with --list."),
        (["2026"], "2026 is not a quarter; quarters are sealed one at a time, like 2026Q2."),
        (["soon"], "soon is not a quarter; quarters are sealed one at a time, like 2026Q2."),
    ],
)
def test_seal_command_refuses_what_is_not_a_quarter(office: Path, args: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studyctl", "seal", *args, "-C", str(office), "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert message in " ".join(done.stderr.split())


def test_a_seal_can_be_verified_with_git_and_sha256sum_alone(office: Path) -> None:
    """The command docs/rules.md gives, run in the records folder."""
    seal_quarter(office, Q2, AFTER_Q2, "zh")
    verify = "git tag -l --format='%(contents)' studyctl/sealed/2026Q2 | sed 1,2d | sha256sum -c --quiet"
    assert subprocess.run(verify, shell=True, cwd=office, capture_output=True, check=False).returncode == 0
    review = office / "reviews/2026/Q2/li-ming.yaml"
    review.write_bytes(review.read_bytes() + b"notes: later\n")
    failed = subprocess.run(verify, shell=True, cwd=office, capture_output=True, text=True, check=False)
    assert failed.returncode == 1
    assert failed.stdout == "reviews/2026/Q2/li-ming.yaml: FAILED\n"
