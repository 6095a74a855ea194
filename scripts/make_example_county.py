"""Make an example county: four offices, each a records folder in git that has sealed its 2026Q2 and
pushed with `studyctl push` to a bare repository of the county's git server.

Run `python scripts/make_example_county.py OUTDIR` (OUTDIR must not exist). It writes:

    OUTDIR/offices/<id>/       each office's records folder (a git repository, remote `county`)
    OUTDIR/server/<id>.git     the county's git server: one bare repository per office (file://)
    OUTDIR/keys/<id>.allowed   each office's allowed-signers file, handed to the county
    OUTDIR/keys/<id>           the ssh key each office signs its seals with

The offices are made from the example records (scripts/make_example_records.py, 青石镇机关 with
one lapse of each rule in 2026Q3), as of 2026-11-27, each with lapses of its own:
- qingshi 青石镇机关: the example as it is; its plan lapse (feng-tao) is mended to seal 2026Q2 and
  comes back in a later commit;
- baisha 白沙镇机关: in 2026Q4, no study day in W42 (10-16 not held) and eight people absent
  without leave at each session of November;
- hongyan 红岩乡机关: after sealing 2026Q2 it changed a sealed session (the county's `sealed` rule);
- liushu 柳树乡机关: its seal is signed with a new key that the allowed-signers file it gave the
  county does not list; and twelve members wrote no essay after September.

Deterministic apart from the ssh keys and commit times. Needs git; without ssh-keygen the seals are
left unsigned (and the county says so).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2026-11-27"
OFFICES = {
    "qingshi": "青石镇机关",
    "baisha": "白沙镇机关",
    "hongyan": "红岩乡机关",
    "liushu": "柳树乡机关",
}
ENV = {
    "STUDYCTL_TODAY": TODAY,
    "STUDYCTL_LANG": "zh",
    "GIT_AUTHOR_NAME": "党政办",
    "GIT_AUTHOR_EMAIL": "office@example.org",
    "GIT_COMMITTER_NAME": "党政办",
    "GIT_COMMITTER_EMAIL": "office@example.org",
}
_PRESENT = re.compile(r"^(  [a-z0-9-]+): present$", re.MULTILINE)


def run(cwd: Path, *args: str) -> str:
    proc = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, env={**os.environ, **ENV}, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed in {cwd}:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def studyctl(cwd: Path, *args: str) -> str:
    return run(cwd, sys.executable, "-m", "studyctl", *args)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    if old not in text:
        raise SystemExit(f"{path}: {old!r} not found")
    path.write_text(text.replace(old, new, 1), "utf-8")


def commit(office: Path, message: str) -> None:
    run(office, "git", "add", "-A")
    run(office, "git", "commit", "-q", "-m", message)


def make_key(keys: Path, name: str) -> Path | None:
    if shutil.which("ssh-keygen") is None:
        return None
    key = keys / name
    run(keys, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", f"{name}@example.org", "-f", str(key))
    return key


def allowed_line(principal: str, key: Path) -> str:
    kind, blob = Path(f"{key}.pub").read_text().split()[:2]
    return f"{principal} {kind} {blob}\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(argv[1]).resolve()
    if out.exists():
        raise SystemExit(f"{out} exists already")
    base = out / "base"
    keys = out / "keys"
    keys.mkdir(parents=True)
    run(HERE, sys.executable, str(HERE / "make_example_records.py"), str(base))
    plan = base / "plans/2026/feng-tao.yaml"
    mended_plan = "  - area: economics\n    content: 学习《宪法》"
    replace_in(plan, "  - area: law\n    content: 学习《宪法》", mended_plan)
    for office_id, name in OFFICES.items():
        office = out / "offices" / office_id
        shutil.copytree(base, office)
        replace_in(office / "studyctl.yaml", "青石镇机关", name)
        server = out / "server" / f"{office_id}.git"
        server.parent.mkdir(exist_ok=True)
        run(out, "git", "init", "-q", "--bare", "-b", "main", str(server))
        run(office, "git", "init", "-q", "-b", "main")
        key = make_key(keys, office_id)
        if key is not None:
            run(office, "git", "config", "gpg.format", "ssh")
            run(office, "git", "config", "user.signingkey", str(key))
            (keys / f"{office_id}.allowed").write_text(allowed_line(f"{office_id}@example.org", key))
        config = office / "studyctl.yaml"
        config.write_text(config.read_text("utf-8") + f"county_remote: {server.as_uri()}\n", "utf-8")
        commit(office, f"{name}学习档案")
        if office_id == "liushu" and key is not None:
            # the office signs with a new key; the allowed-signers file the county holds is the old one
            new_key = make_key(keys, "liushu-new")
            assert new_key is not None
            run(office, "git", "config", "user.signingkey", str(new_key))
        studyctl(office, "seal", "2026Q2")
        lapses(office_id, office)
        studyctl(office, "push")
    shutil.rmtree(base)
    print(f"{out}/offices: {', '.join(OFFICES)}")
    print(f"{out}/server: file:// remotes; {out}/keys: allowed-signers files")
    return 0


def lapses(office_id: str, office: Path) -> None:
    """Each office's own lapses, committed after its seal of 2026Q2."""
    if office_id == "qingshi":
        replace_in(office / "plans/2026/feng-tao.yaml", "  - area: economics\n", "  - area: law\n")
        commit(office, "调整学习计划")
    elif office_id == "baisha":
        (office / "sessions/2026/2026-10-16-study-day.yaml").unlink()
        for session in sorted((office / "sessions/2026").glob("2026-11-*.yaml")):
            text = session.read_text("utf-8")
            text = _PRESENT.sub(r"\1: {status: absent, reason: 外出未请假}", text, count=8)
            session.write_text(text, "utf-8")
        commit(office, "补录十月、十一月考勤")
    elif office_id == "hongyan":
        replace_in(office / "sessions/2026/2026-04-03-study-day.yaml", "topic: ", "topic: （补记）")
        commit(office, "修改四月学习记录")
    elif office_id == "liushu":
        removed = 0
        authors: set[str] = set()
        for essay in sorted((office / "essays/2026").glob("2026-1[0-2]-*.md")):
            author = re.search(r"^author: (\S+)$", essay.read_text("utf-8"), re.MULTILINE)[1]  # type: ignore[index]
            if author in authors or len(authors) < 12:
                authors.add(author)
                essay.unlink()
                removed += 1
        commit(office, f"整理学习心得（{removed} 篇）")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
