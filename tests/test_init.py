"""`studyctl init` and finding the records folder: the files a new folder gets, a config that loads
back to the defaults, the first commit, the refusals that change nothing, `-C` and walking up."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from studyctl.models import AssessmentSettings, Config, RuleSettings
from studyctl.records import FLAT_FOLDERS, YEAR_FOLDERS, find_root, load_records
from studyctl.scaffold import GITATTRIBUTES, config_text

# the fixture `write_records` of conftest.py (not imported: tests/reliability has a conftest too)
WriteRecords = Callable[..., Path]

Run = Callable[..., tuple[int, str, str]]
FOLDERS = [*FLAT_FOLDERS, *YEAR_FOLDERS]


@pytest.fixture(autouse=True)
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Git that ignores the machine's settings and knows who commits; a Thursday as today."""
    monkeypatch.setenv("STUDYCTL_TODAY", "2026-11-26")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "办公室")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "office@example.org")


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True)
    return done.stdout


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (.git included) with its content."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# --- a new records folder -----------------------------------------------------------------------


def test_init_makes_a_records_folder_with_a_first_commit(cli: Run, tmp_path: Path) -> None:
    code, stdout, stderr = cli(
        "init", "records", "-o", "测试镇机关", "--campaign-start", "2026-01-01", "--lang", "en", cwd=tmp_path
    )
    root = tmp_path / "records"
    assert (code, stderr) == (0, "")
    assert stdout == (
        f"Made a new records folder in {root}.\n"
        "Started a git repository with a first commit.\n"
        "Next: add units and members (studyctl unit add, studyctl member add).\n"
    )
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if ".git/" not in f"{p}/")
    assert files == sorted(
        [".gitattributes", ".gitignore", "studyctl.yaml", *FOLDERS, *(f"{f}/.gitkeep" for f in FOLDERS)]
    )
    assert (root / ".gitattributes").read_text() == GITATTRIBUTES
    assert "eol=lf" in GITATTRIBUTES
    assert git(root, "log", "--format=%s").splitlines() == ["Start the records folder"]
    assert sorted(git(root, "ls-files").splitlines()) == sorted(
        [".gitattributes", ".gitignore", "studyctl.yaml", *(f"{f}/.gitkeep" for f in FOLDERS)]
    )
    assert git(root, "status", "--porcelain") == ""


def test_the_new_folder_checks_clean(cli: Run, tmp_path: Path) -> None:
    cli("init", "records", "--lang", "zh", cwd=tmp_path)
    records = load_records(tmp_path / "records")
    assert records.findings == []
    assert records.config.language == "zh"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_commented_config_loads_back_to_the_defaults(write_records: WriteRecords, lang: str) -> None:
    root = write_records({"studyctl.yaml": config_text("海复镇机关", "2026-01-01", lang)}, base=False)
    records = load_records(root)
    assert records.findings == []
    expected = Config.model_validate(
        {"organization": "海复镇机关", "campaign_start": "2026-01-01", "language": lang}
    )
    assert records.config.model_dump() == expected.model_dump()


def test_every_setting_is_written_out_and_explained() -> None:
    text = config_text("海复镇机关", "2026-01-01", "zh")
    lines = text.splitlines()
    assert lines[0].startswith("# studyctl 设置")
    for name in [*RuleSettings.model_fields, *AssessmentSettings.model_fields]:
        assert any(line.startswith(f"  {name}: ") for line in lines), name
    for top in Config.model_fields:
        assert any(line.startswith(f"{top}:") for line in lines), top
    # every setting has its comment, and the comments line up in an editor (Chinese is two columns)
    settings = lines[1:]
    assert all(" # " in line for line in settings)
    assert {display_width(line[: line.index(" # ")]) for line in settings} == {40}


def test_a_name_that_yaml_would_misread_is_kept(write_records: WriteRecords) -> None:
    for name in ("no", "0123", "海复镇: 机关", "# 机关"):
        root = write_records({"studyctl.yaml": config_text(name, "2026-01-01", "en")}, base=False)
        assert load_records(root).config.organization == name


def test_init_here_by_default(cli: Run, tmp_path: Path) -> None:
    code, _, _ = cli("init", "-o", "测试镇机关", cwd=tmp_path)
    assert code == 0
    assert find_root(tmp_path) == tmp_path.resolve()
    assert load_records(tmp_path).config.organization == "测试镇机关"


def test_a_file_already_in_the_folder_is_kept(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / ".gitignore").write_text("*.xlsx\n")
    code, _, _ = cli("init", "records", cwd=tmp_path)
    assert code == 0
    assert (tmp_path / "records" / ".gitignore").read_text() == "*.xlsx\n"
    assert ".gitignore" not in git(tmp_path / "records", "ls-files").splitlines()


# --- git: inside a work tree, no git at all ------------------------------------------------------


def test_inside_a_git_work_tree_no_repository_is_nested(cli: Run, tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    code, stdout, _ = cli("init", "office/records", "--lang", "en", cwd=tmp_path)
    root = tmp_path / "office" / "records"
    assert code == 0
    assert "It lies inside an existing git repository; the new files are not committed yet." in stdout
    assert not (root / ".git").exists()
    assert git(tmp_path, "status", "--porcelain", "--untracked-files=all").count("?? office/records/") == 11


def test_without_git_the_folder_is_still_made(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    code, stdout, _ = cli("init", "records", "--lang", "en", cwd=tmp_path)
    assert code == 0
    assert stdout == (
        f"Made a new records folder in {tmp_path / 'records'}.\n"
        "The campaign starts (campaign_start) on this week's Monday, 2026-11-23: weeks before it are not "
        "checked. If it began earlier, change campaign_start in studyctl.yaml.\n"
        "Next: edit studyctl.yaml to name the organization, then add units and members "
        "(studyctl unit add, studyctl member add).\n"
    )
    assert not (tmp_path / "records" / ".git").exists()
    assert load_records(tmp_path / "records").findings == []


def test_git_without_an_identity_says_how_to_finish(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.delenv(f"GIT_{role}_NAME")
        monkeypatch.delenv(f"GIT_{role}_EMAIL")
    monkeypatch.setenv("EMAIL", "")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "")  # an empty e-mail is refused whatever the host is named
    code, stdout, _ = cli("init", "records", "--lang", "en", cwd=tmp_path)
    root = tmp_path / "records"
    assert code == 1  # the folder is made, the first commit is not: not a success
    assert "git does not know who is committing" in stdout
    assert f"git -C {root} commit -m 'Start the records folder'" in stdout
    assert (root / "studyctl.yaml").is_file()


# --- refusals change nothing --------------------------------------------------------------------


def test_init_refuses_an_existing_records_folder(cli: Run, tmp_path: Path) -> None:
    cli("init", "records", "-o", "测试镇机关", cwd=tmp_path)
    root = tmp_path / "records"
    (root / "units" / "dzb.yaml").write_text("id: dzb\nname: 党政办\n", encoding="utf-8")
    before = snapshot(root)
    code, stdout, stderr = cli("init", "records", "-o", "别的机关", cwd=tmp_path)
    assert (code, stdout) == (2, "")
    assert stderr == (
        f"studyctl: {root} is a records folder already; nothing was changed.\n"
        "Use studyctl inside it, or choose another folder.\n"
    )
    assert snapshot(root) == before


def test_init_refuses_a_folder_inside_a_records_folder(cli: Run, tmp_path: Path) -> None:
    cli("init", "records", cwd=tmp_path)
    root = tmp_path / "records"
    before = snapshot(root)
    code, stdout, stderr = cli("init", "sub", cwd=root / "sessions")
    assert (code, stdout) == (2, "")
    assert stderr.startswith(
        f"studyctl: {root / 'sessions' / 'sub'} lies inside the records folder {root}.\n"
    )
    assert snapshot(root) == before


def test_a_bad_campaign_start_cannot_run(cli: Run, tmp_path: Path) -> None:
    code, _, stderr = cli("init", "records", "--campaign-start", "2026-02-30", cwd=tmp_path)
    assert code == 2
    assert stderr.startswith("studyctl: 2026-02-30 is not a valid date.\n")
    assert not (tmp_path / "records").exists()


# --- finding the records folder -----------------------------------------------------------------


def test_commands_walk_up_to_the_records_folder(cli: Run, write_records: WriteRecords) -> None:
    root = write_records({"sessions/2026/.gitkeep": ""})
    assert find_root(root / "sessions" / "2026") == root.resolve()
    code, stdout, _ = cli("check", "yaml", "--format", "json", "-q", "2026Q2", cwd=root / "sessions" / "2026")
    assert code == 0
    assert f'"records": "{root.resolve()}"' in stdout


def test_records_option_names_the_folder(cli: Run, write_records: WriteRecords, tmp_path: Path) -> None:
    root = write_records({})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for option in ("-C", "--records"):
        code, stdout, _ = cli(
            "check", "yaml", "--format", "json", "-q", "2026Q2", option, str(root), cwd=elsewhere
        )
        assert code == 0
        assert f'"records": "{root.resolve()}"' in stdout


def test_records_option_wins_over_walking_up(cli: Run, write_records: WriteRecords, tmp_path: Path) -> None:
    root = write_records({})
    cli("init", "other", "--campaign-start", "2026-01-01", cwd=tmp_path)
    code, stdout, _ = cli(
        "check", "yaml", "--format", "json", "-q", "2026Q2", "-C", str(tmp_path / "other"), cwd=root
    )
    assert code == 0
    assert f'"records": "{(tmp_path / "other").resolve()}"' in stdout


def test_outside_a_records_folder(cli: Run, tmp_path: Path) -> None:
    code, stdout, stderr = cli("check", cwd=tmp_path)
    assert (code, stdout) == (2, "")
    assert stderr == (
        f"studyctl: Not in a records folder: no studyctl.yaml in {tmp_path.resolve()} "
        "or any folder above it.\n"
        "Run it inside a records folder or name one with -C DIR; to make a new one, run studyctl init DIR.\n"
    )


def test_records_option_naming_no_records_folder(cli: Run, tmp_path: Path) -> None:
    code, stdout, stderr = cli("check", "-C", str(tmp_path), cwd=tmp_path)
    assert (code, stdout) == (2, "")
    assert stderr == (
        f"studyctl: {tmp_path} is not a records folder (it has no studyctl.yaml).\n"
        "Check the path after -C; to make a new records folder, run studyctl init DIR.\n"
    )


def test_a_folder_named_studyctl_yaml_is_no_records_folder(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "studyctl.yaml").mkdir()
    code, _, stderr = cli("check", cwd=tmp_path)
    assert code == 2
    assert "studyctl init" in stderr


# --- the first minutes of a new user -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said", "next_step"),
    [
        (
            "zh",
            "活动开始日期（campaign_start）取本周一 2026-11-23：此前各周不作检查。"
            "如活动开始得更早，请改写 studyctl.yaml 中的 campaign_start。",
            "下一步：用 studyctl unit add 和 studyctl member add 登记站所办和成员。",
        ),
        (
            "en",
            "The campaign starts (campaign_start) on this week's Monday, 2026-11-23: weeks before it are not "
            "checked. If it began earlier, change campaign_start in studyctl.yaml.",
            "Next: add units and members (studyctl unit add, studyctl member add).",
        ),
    ],
)
def test_init_starts_the_campaign_this_monday_and_says_so(
    cli: Run, tmp_path: Path, lang: str, said: str, next_step: str
) -> None:
    code, stdout, _ = cli("init", "学习档案", "-o", "测试镇机关", "--lang", lang, cwd=tmp_path)
    assert code == 0
    lines = stdout.splitlines()
    assert lines[1] == said
    assert lines[-1] == next_step  # the organization is named already: nothing to fill in
    assert "campaign_start: 2026-11-23 " in (tmp_path / "学习档案" / "studyctl.yaml").read_text(
        encoding="utf-8"
    )
    # the weeks before are not owed: a fresh folder checks clean
    code, stdout, _ = cli("check", "--format", "json", cwd=tmp_path / "学习档案")
    assert code == 0, stdout


def test_init_shows_chinese_file_names_in_git(cli: Run, tmp_path: Path) -> None:
    cli("init", "学习档案", "-o", "测试镇机关", cwd=tmp_path)
    root = tmp_path / "学习档案"
    assert git(root, "config", "--local", "core.quotepath") == "false\n"
    (root / "units" / "党政办.yaml").write_text("id: dzb\nname: 党政办\n", encoding="utf-8")
    assert git(root, "status", "--porcelain") == "?? units/党政办.yaml\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "2026Q2 时创建学习型机关活动尚未开始（2026-11-23 开始），没有可检查的内容。"),
        (
            "en",
            "The campaign had not started in 2026Q1 (it started on 2026-11-23): there is nothing to check.",
        ),
    ],
)
def test_a_quarter_before_the_campaign_says_it_had_not_started(
    tmp_path: Path, lang: str, expected: str
) -> None:
    from typer.testing import CliRunner

    from studyctl.cli import app

    assert CliRunner().invoke(app, ["init", str(tmp_path / "records"), "-o", "测试镇机关"]).exit_code == 0
    # a quarter of the campaign's first year that ended before it began (earlier years are out of
    # range altogether)
    quarter = "2026Q2" if lang == "zh" else "2026Q1"
    args = ["check", "--quarter", quarter, "--lang", lang, "-C", str(tmp_path / "records")]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[0] == f"studyctl: {expected}"
