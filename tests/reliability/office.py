"""A small office for the reliability suite: its records, and the commands run as a clerk runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MINUTES = (
    "会议传达学习了上级文件精神，结合本单位实际逐条讨论了贯彻落实的具体措施，"
    "并明确了分工与完成时限，会后各站所办分别组织传达。\n"
)
ORGANIZATION = {
    "units/dzb.yaml": "id: dzb\nname: 党政办\n",
    "members/li-ming.yaml": (
        "id: li-ming\nname: 李明\nunit: dzb\nrole: leader\nborn: 1975-03-02\neducation: bachelor\n"
        "party_member: true\njoined: 2015-01-01\n"
    ),
    "members/wang-fang.yaml": (
        "id: wang-fang\nname: 王芳\nunit: dzb\nrole: staff\nborn: 1990-07-15\neducation: associate\n"
        "party_member: true\njoined: 2018-09-01\n"
    ),
}


def studyctl(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "studyctl", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"studyctl {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done


def log_session_args(root: Path, slug: str, topic: str = "学习《宪法》", *extra: str) -> list[str]:
    """`studyctl log-session` with every answer given, as a script would run it."""
    return [
        "log-session",
        "-C",
        str(root),
        "--date",
        "2026-04-03",
        "--kind",
        "study-day",
        "--host",
        "li-ming",
        "--topic",
        topic,
        "--area",
        "law",
        "--recorder",
        "wang-fang",
        "--minutes-file",
        str(root.parent / "minutes.txt"),
        "--slug",
        slug,
        "--all-present",
        *extra,
    ]
