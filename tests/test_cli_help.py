"""`studyctl --help` lists every command without importing one, and lists them exactly as the
commands themselves would; a command's module is imported when the command runs."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import typer
from typer.main import get_command_name

import studyctl.cli
from studyctl.cli import COMMANDS, app

HEAVY = ("pydantic", "yaml", "holidays", "studyctl.rules", "studyctl.records", "studyctl.models")


def run(*code: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "STUDYCTL_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-c", "\n".join(code)], capture_output=True, text=True, env=env, cwd=cwd, check=True
    )


HELP = """\
import sys
sys.argv = ['studyctl', '--help']
from studyctl.cli import main
try:
    main()
except SystemExit:
    pass"""


def test_help_imports_no_command_and_nothing_heavy(tmp_path):
    shown = run(HELP, "print('MODULES', *sorted(sys.modules))", cwd=tmp_path).stdout
    modules = shown.split("MODULES", 1)[1].split()
    # the shared options and the parser's own texts in the run's language; no command's module
    light = ("studyctl.cli.options", "studyctl.cli.parser_texts")
    assert [m for m in modules if m.startswith("studyctl.cli.") and m not in light] == []
    assert [m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY or m.startswith(HEAVY)] == []
    for name in COMMANDS:
        assert f" {name} " in shown


def test_the_lazy_listing_is_the_listing_of_the_commands_themselves(tmp_path):
    lazy = run(HELP, cwd=tmp_path).stdout
    modules = [f"import studyctl.cli.{m.name}" for m in pkgutil.iter_modules(studyctl.cli.__path__)]
    eager = run(*modules, HELP, cwd=tmp_path).stdout
    assert lazy == eager


def test_every_command_is_in_the_table_with_its_module():
    for info in pkgutil.iter_modules(studyctl.cli.__path__):
        __import__(f"studyctl.cli.{info.name}")
    registered = {}
    for command in app.registered_commands:
        assert command.callback is not None
        registered[command.name or get_command_name(command.callback.__name__)] = command.callback.__module__
    for group in app.registered_groups:
        assert group.typer_instance is not None
        callbacks = [c.callback for c in group.typer_instance.registered_commands if c.callback is not None]
        registered[str(group.name)] = callbacks[0].__module__
    assert {name: f"studyctl.cli.{module}" for name, (module, _) in COMMANDS.items()} == registered


def test_a_command_runs_and_shows_its_help_from_a_fresh_process(tmp_path):
    folder = tmp_path / "office"
    env = {**os.environ, "STUDYCTL_LANG": "en", "GIT_CONFIG_GLOBAL": os.devnull}
    # init's first commit needs an identity (without one, init exits 1)
    env |= {
        f"GIT_{who}_{what}": value
        for who in ("AUTHOR", "COMMITTER")
        for what, value in (("NAME", "Office"), ("EMAIL", "office@example.org"))
    }
    studyctl = [sys.executable, "-m", "studyctl"]
    made = subprocess.run([*studyctl, "init", str(folder), "--lang", "en"], capture_output=True, env=env)
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [*studyctl, "check", "-C", str(folder), "--year", "2026"], capture_output=True, text=True, env=env
    )
    assert checked.returncode in (0, 1), checked.stderr
    members = subprocess.run([*studyctl, "member", "--help"], capture_output=True, text=True, env=env)
    assert members.returncode == 0 and "add" in members.stdout
    wrong = subprocess.run([*studyctl, "chek"], capture_output=True, text=True, env=env)
    assert wrong.returncode == 2 and "check" in wrong.stderr


def test_the_app_is_still_a_typer_app_for_test_runners():
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    assert isinstance(app, typer.Typer)


def test_a_misspelt_command_is_named_with_the_likely_one_in_the_run_s_language():
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["chek", "--lang", "en"])
    assert result.exit_code == 2
    assert "No such command: chek. Did you mean: check?" in result.output
    result = CliRunner().invoke(app, ["chek", "--lang", "zh"])
    assert "没有 chek 这个命令。是不是要用：check？" in result.output
    result = CliRunner().invoke(app, ["xyz", "--lang", "en"])
    assert "No such command: xyz." in result.output and "Did you mean" not in result.output
