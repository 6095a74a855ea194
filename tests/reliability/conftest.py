"""The reliability suite's fixtures (a records folder in git, an isolated git) and its Hypothesis
settings: a fixed seed unless exploring.

The `reliability` profile (the default) derandomizes, so that CI runs the same examples every time
and a failure there is reproducible anywhere. `HYPOTHESIS_PROFILE=explore` draws fresh random
examples, ten times as many (see `budget` in loader_contract.py), to look for new failures; each
one found becomes a regression test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# the suite's helper modules (loader_contract, office) are imported by name; the fuzzing harness
# imports loader_contract the same way
sys.path.insert(0, str(Path(__file__).parent))

from office import MINUTES, ORGANIZATION, studyctl

settings.register_profile(
    "reliability", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "explore", derandomize=False, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "reliability"))


# --- a records folder in git --------------------------------------------------------------------


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch, git_identity: None) -> dict[str, str]:
    """Git with a known identity and none of this machine's configuration (`git_identity`), in
    English; the environment for the commands a test starts."""
    monkeypatch.setenv("STUDYCTL_LANG", "en")
    return dict(os.environ)


@pytest.fixture
def office_repo(tmp_path: Path, git_env: dict[str, str]) -> Path:
    """A records folder made by `studyctl init`, with one unit and two members, all committed."""
    root = tmp_path / "office"
    studyctl("init", str(root), "--organization", "测试镇机关", "--campaign-start", "2026-01-01", env=git_env)
    for rel, text in ORGANIZATION.items():
        (root / rel).write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", "units", "members"], cwd=root, check=True, env=git_env)
    subprocess.run(["git", "commit", "-q", "-m", "organization"], cwd=root, check=True, env=git_env)
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    return root
