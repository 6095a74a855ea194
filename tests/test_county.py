"""A county over real git servers: three offices made from the example records push with
`studyctl push` (two to `git daemon`s on 127.0.0.1, one to a file:// remote); the county fetches,
checks and reports; an office whose daemon was stopped, one that force-pushes over its sealed
quarter and one whose seal was signed with a key its signers file does not list are each caught.

The scenario is one story told in order, so its tests share one module-scoped world and run in
file order; each asserts the exact output of its command.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-27"
FIRST_FETCH = "2026-11-27T09:00:00+08:00"
LATER = "2026-11-30T10:00:00+08:00"
OFFICES = {"qingshi": "青石镇机关", "baisha": "白沙镇机关", "hongyan": "红岩乡机关"}


def run(
    cwd: Path, *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def studyctl(cwd: Path, *args: str, now: str = FIRST_FETCH) -> subprocess.CompletedProcess[str]:
    return run(
        cwd,
        sys.executable,
        "-m",
        "studyctl",
        *args,
        env={"STUDYCTL_NOW": now, "STUDYCTL_TODAY": TODAY},
        check=False,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Daemon:
    """`git daemon` on 127.0.0.1 serving the bare repositories under `base`, pushes allowed."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.port = free_port()
        self.proc = subprocess.Popen(
            [
                "git",
                "daemon",
                "--reuseaddr",
                "--export-all",
                "--enable=receive-pack",
                f"--base-path={base}",
                "--listen=127.0.0.1",
                f"--port={self.port}",
                str(base),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        self.stop()
        raise AssertionError("git daemon did not start")

    def url(self, name: str) -> str:
        return f"git://127.0.0.1:{self.port}/{name}.git"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@dataclass
class World:
    tmp: Path
    county: Path
    offices: dict[str, Path]
    urls: dict[str, str]
    daemons: dict[str, Daemon]


def make_office(base: Path, folder: Path, name: str, key: Path) -> None:
    shutil.copytree(base, folder)
    config = folder / "studyctl.yaml"
    config.write_text(config.read_text("utf-8").replace("青石镇机关", name), "utf-8")
    run(folder, "git", "init", "-q", "-b", "main")
    for setting, value in (("gpg.format", "ssh"), ("user.signingkey", str(key))):
        run(folder, "git", "config", setting, value)
    run(folder, "git", "add", "-A")
    run(folder, "git", "commit", "-q", "-m", "档案")


def allowed(path: Path, principal: str, key: Path) -> Path:
    kind, blob = Path(f"{key}.pub").read_text().split()[:2]
    path.write_text(f"{principal} {kind} {blob}\n")
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("county")
    environment = dict(os.environ)  # given back when the module's tests are done
    os.environ.update(
        STUDYCTL_TODAY=TODAY,
        GIT_CONFIG_GLOBAL=str(tmp / "gitconfig"),
        GIT_CONFIG_NOSYSTEM="1",
        STUDYCTL_LANG="zh",
    )
    for who in ("AUTHOR", "COMMITTER"):
        os.environ[f"GIT_{who}_NAME"] = "办公室"
        os.environ[f"GIT_{who}_EMAIL"] = "office@example.org"
    base = tmp / "base"
    run(REPO, sys.executable, "scripts/make_example_records.py", str(base))
    # the example's plan lapse is about a member, not a date: mended, so that its 2026Q2 can be sealed
    plan = base / "plans/2026/feng-tao.yaml"
    plan.write_text(
        plan.read_text("utf-8").replace(
            "  - area: law\n    content: 学习《宪法》", "  - area: economics\n    content: 学习《宪法》"
        ),
        "utf-8",
    )
    keys = {}
    for name in (*OFFICES, "hongyan-registered"):
        keys[name] = tmp / f"{name}.key"
        run(tmp, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(keys[name]))
    servers = {"qingshi": tmp / "srv-a", "baisha": tmp / "srv-b", "hongyan": tmp / "srv-c"}
    for office, server in servers.items():
        server.mkdir()
        run(server, "git", "init", "-q", "--bare", "-b", "main", f"{office}.git")
    daemons = {"qingshi": Daemon(servers["qingshi"]), "baisha": Daemon(servers["baisha"])}
    urls = {
        "qingshi": daemons["qingshi"].url("qingshi"),
        "baisha": daemons["baisha"].url("baisha"),
        "hongyan": (servers["hongyan"] / "hongyan.git").as_uri(),
    }
    offices = {}
    for office, name in OFFICES.items():
        offices[office] = tmp / office
        make_office(base, offices[office], name, keys[office])
        assert studyctl(offices[office], "seal", "2026Q2").returncode == 0
    # hongyan's registered key is another one than the key it signs with
    signers = {
        "qingshi": allowed(tmp / "qingshi.allowed", "qingshi@example.org", keys["qingshi"]),
        "baisha": allowed(tmp / "baisha.allowed", "baisha@example.org", keys["baisha"]),
        "hongyan": allowed(tmp / "hongyan.allowed", "hongyan@example.org", keys["hongyan-registered"]),
    }
    county = tmp / "county"
    assert studyctl(tmp, "county", "init", str(county), "--name", "青石县").returncode == 0
    for office, name in OFFICES.items():
        added = studyctl(
            county,
            "county",
            "add",
            office,
            "--name",
            name.removesuffix("机关"),
            "--remote",
            urls[office],
            "--signers",
            str(signers[office]),
        )
        assert added.returncode == 0, added.stderr
    yield World(tmp, county, offices, urls, daemons)
    for daemon in daemons.values():
        daemon.stop()
    os.environ.clear()
    os.environ.update(environment)


def test_init_county_remote_sets_the_remote_and_the_setting(tmp_path: Path) -> None:
    made = studyctl(
        tmp_path,
        "init",
        "档案",
        "--organization",
        "青石镇机关",
        "--county-remote",
        "git://county.example/qingshi.git",
    )
    assert made.returncode == 0, made.stderr
    assert "远程仓库 county：git://county.example/qingshi.git（用 studyctl push 推送）\n" in made.stdout
    config = (tmp_path / "档案" / "studyctl.yaml").read_text("utf-8")
    assert "\ncounty_remote: git://county.example/qingshi.git" in config
    remote = run(tmp_path / "档案", "git", "remote", "get-url", "county")
    assert remote.stdout == "git://county.example/qingshi.git\n"


def test_push_without_a_county_remote_says_how_to_set_one(world: World) -> None:
    pushed = studyctl(world.offices["qingshi"], "push")
    assert pushed.returncode == 2
    assert pushed.stderr == (
        "studyctl: 没有名为 county 的远程仓库。\n"
        "在 studyctl.yaml 中写上 county_remote: <县里给的地址>，或运行 git remote add county <地址>。\n"
    )


def test_offices_push_their_branch_and_seals(world: World) -> None:
    # qingshi from studyctl.yaml's county_remote, the others from a remote of their own
    config = world.offices["qingshi"] / "studyctl.yaml"
    config.write_text(config.read_text("utf-8") + f"county_remote: {world.urls['qingshi']}\n", "utf-8")
    run(world.offices["qingshi"], "git", "commit", "-q", "-am", "县里的地址")
    for office in ("baisha", "hongyan"):
        run(world.offices[office], "git", "remote", "add", "county", world.urls[office])
    first = studyctl(world.offices["qingshi"], "push")
    assert (first.returncode, first.stderr) == (0, "")
    assert first.stdout == (
        f"已按 studyctl.yaml 添加远程仓库 county：{world.urls['qingshi']}\n"
        f"已推送分支 main 到 {world.urls['qingshi']}：2 个新提交。\n"
        "已推送 1 个封存：2026Q2。\n"
    )
    for office in ("baisha", "hongyan"):
        pushed = studyctl(world.offices[office], "push")
        assert (
            pushed.stdout
            == f"已推送分支 main 到 {world.urls[office]}：1 个新提交。\n已推送 1 个封存：2026Q2。\n"
        )
    again = studyctl(world.offices["baisha"], "push")
    assert again.stdout == f"分支 main 在 {world.urls['baisha']} 上已是最新，没有新提交。\n"


def test_a_push_behind_the_county_is_refused_with_what_to_do(world: World) -> None:
    other = world.tmp / "hongyan-other"
    run(world.tmp, "git", "clone", "-q", world.urls["hongyan"], str(other))
    # each computer edits a record outside the sealed quarter: a seal covers every other file
    edited = other / "sessions/2026/2026-10-09-study-day.yaml"
    edited.write_text(edited.read_text("utf-8").replace("topic: ", "topic: （另一台电脑）", 1), "utf-8")
    run(other, "git", "add", "-A")
    run(other, "git", "commit", "-q", "-m", "另一台电脑")
    run(other, "git", "push", "-q", "origin", "main")
    office = world.offices["hongyan"]
    edited = office / "sessions/2026/2026-10-16-study-day.yaml"
    edited.write_text(edited.read_text("utf-8").replace("topic: ", "topic: （本机）", 1), "utf-8")
    run(office, "git", "add", "-A")
    run(office, "git", "commit", "-q", "-m", "本机")
    refused = studyctl(office, "push")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr == (
        "县里的 main 有本地没有的提交，推送被拒绝（fetch first）。先合并：git pull --no-rebase county main，"
        "确认无误后再运行 studyctl push。不要强制推送：那会改写县里已收到的记录。\n"
    )
    run(office, "git", "pull", "-q", "--no-rebase", "--no-edit", "county", "main")
    assert studyctl(office, "push").stdout == f"已推送分支 main 到 {world.urls['hongyan']}：2 个新提交。\n"


def test_the_county_fetches_every_office(world: World) -> None:
    fetched = studyctl(world.county, "county", "fetch")
    assert (fetched.returncode, fetched.stderr) == (0, "")
    assert fetched.stdout == (
        "青石镇（qingshi）: 2 个新提交，最新记录 2026-11-27，收到 1 个封存 2026Q2✓\n"
        "白沙镇（baisha）: 1 个新提交，最新记录 2026-11-27，收到 1 个封存 2026Q2✓\n"
        "红岩乡（hongyan）: 4 个新提交，最新记录 2026-11-27，收到 1 个封存 2026Q2✗\n"
    )
    mirror = world.county / ".studyctl/county/qingshi.git"
    tags = run(mirror, "git", "tag", "--list").stdout
    assert tags == "studyctl/sealed/2026Q2\n"
    again = studyctl(world.county, "county", "fetch", "qingshi")
    assert again.stdout == "青石镇（qingshi）: 0 个新提交，最新记录 2026-11-27，没有新封存\n"


def test_the_county_check_catches_the_seal_of_an_unlisted_key(world: World) -> None:
    checked = studyctl(world.county, "county", "check", "--quarter", "2026Q2", "--format", "json")
    assert checked.returncode == 1
    document = json.loads(checked.stdout)
    assert [o["id"] for o in document["offices"]] == ["qingshi", "baisha", "hongyan"]
    # the example's host rotation gives four warnings, its degree lapse one, in every office
    assert [o["counts"] for o in document["offices"]] == [
        {"error": 0, "warning": 5},
        {"error": 0, "warning": 5},
        {"error": 1, "warning": 5},
    ]
    assert document["counts"] == {"error": 1, "warning": 15}
    assert document["county"] == "青石县" and document["period"] == "2026Q2"
    assert document["offices"][0]["fetched_at"] == FIRST_FETCH
    assert len(document["offices"][0]["commit"]) == 40
    errors = [f for f in document["offices"][2]["findings"] if f["severity"] == "error"]
    assert errors == [
        {
            "rule": "seal",
            "severity": "error",
            "file": "refs/tags/studyctl/sealed/2026Q2",
            "line": None,
            "subject": "2026Q2",
            "message": "2026Q2 的封存 studyctl/sealed/2026Q2 的签名密钥不在该机关的签名公钥文件中。",
            "hint": "核实签署人；确属新密钥时，用机关新的 allowed-signers 文件重新登记（studyctl county remove，再 add --signers）。",
        }
    ]
    warning = document["offices"][0]["findings"][0]
    assert (warning["file"], warning["line"], warning["rule"]) == ("members/ding-xiaojun.yaml", 6, "degree")


def test_the_county_check_in_the_terminal(world: World) -> None:
    checked = studyctl(world.county, "county", "check", "--quarter", "2026Q2", now=FIRST_FETCH)
    lines = checked.stdout.splitlines()
    assert lines[0] == "青石县 2026Q2：3 个机关，1 个有错误；共 1 个错误，15 个警告。"
    rows = [line.split() for line in lines if line.strip().startswith(("青石镇 ", "白沙镇 ", "红岩乡 "))]
    assert rows == [
        ["青石镇", "0", "5", "✓", "✓", "✓", "✓", "✓", "13/13", "13/13", "0", "分钟前"],
        ["白沙镇", "0", "5", "✓", "✓", "✓", "✓", "✓", "13/13", "13/13", "0", "分钟前"],
        ["红岩乡", "1", "5", "✓", "✓", "✓", "✓", "✓", "13/13", "13/13", "0", "分钟前"],
    ]
    assert "红岩乡（hongyan）：1 个错误，5 个警告" in lines
    assert "members/ding-xiaojun.yaml:6: 警告 丁小军学历为高中，须在 2029-01-01 前达到大专以上。" in lines
    assert (
        "refs/tags/studyctl/sealed/2026Q2: 错误 2026Q2 的封存 studyctl/sealed/2026Q2 的签名密钥不在该机关的签名公钥文件中。"
        in lines
    )


def test_the_county_report_ranks_the_offices(world: World) -> None:
    reported = studyctl(world.county, "county", "report", "--year", "2026", "--format", "json")
    assert reported.returncode == 0, reported.stderr
    document = json.loads(reported.stdout)
    assert (document["county"], document["period"], document["as_of"]) == ("青石县", "2026", TODAY)
    offices = document["offices"]
    # the three offices hold the same records: one score, one shared rank, listed by id
    assert [(o["rank"], o["id"]) for o in offices] == [(1, "baisha"), (1, "hongyan"), (1, "qingshi")]
    first = offices[0]
    assert first["members"] == 50
    assert first["study_days"] == {"held": 46, "owed": 47, "rate": 46 / 47}
    assert first["score"] == offices[1]["score"] == offices[2]["score"]
    assert document["total"]["members"] == 150
    assert document["total"]["study_days"] == {"held": 138, "owed": 141, "rate": 138 / 141}
    assert document["total"]["score"] == first["score"]
    csv_out = studyctl(world.county, "county", "report", "--year", "2026", "--format", "csv")
    rows = csv_out.stdout.lstrip("\ufeff").splitlines()
    assert (
        rows[0]
        == "名次,机关,人数,学习日,交流,出勤率,有安排,有考勤,有记录,有心得,有笔记,心得/进度,学历达标率,得分"
    )
    assert [row.split(",")[:4] for row in rows[1:]] == [
        ["1", "白沙镇", "50", "46/47"],
        ["1", "红岩乡", "50", "46/47"],
        ["1", "青石镇", "50", "46/47"],
        ["", "全县合计", "150", "138/141"],
    ]


def test_the_bulletin_as_a_workbook_a_document_and_a_page(world: World) -> None:
    from docx import Document
    from openpyxl import load_workbook

    for name in ("通报.xlsx", "通报.docx", "通报.html", "通报.pdf"):
        written = studyctl(
            world.county, "county", "report", "--quarter", "2026Q3", "-o", str(world.tmp / name)
        )
        assert (written.returncode, written.stderr) == (0, f"报告已写入 {world.tmp / name}\n")
    sheet = load_workbook(world.tmp / "通报.xlsx").active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True) if any(cell is not None for cell in row)]
    assert values[0][0] == "青石县 2026Q3 学习型机关建设通报"
    header = values.index(next(row for row in values if row[0] == "名次"))
    assert [row[:3] for row in values[header + 1 :]] == [
        [1, "白沙镇", 50],
        [1, "红岩乡", 50],
        [1, "青石镇", 50],
        [None, "全县合计", 150],
    ]
    document = Document(str(world.tmp / "通报.docx"))
    rows = [[cell.text for cell in row.cells][:3] for row in document.tables[0].rows]
    assert rows == [
        ["名次", "机关", "人数"],
        ["1", "白沙镇", "50"],
        ["1", "红岩乡", "50"],
        ["1", "青石镇", "50"],
        ["—", "全县合计", "150"],
    ]
    # the paper of the bulletin, laid out by the report's PDF exporter: one A4 page, every office
    if shutil.which("pdftotext") is not None:
        shown = subprocess.run(
            ["pdftotext", "-layout", str(world.tmp / "通报.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "青石县 2026Q3 学习型机关建设通报" in shown
        assert [name for name in ("红岩乡", "白沙镇", "青石镇", "全县合计") if name in shown] == [
            "红岩乡",
            "白沙镇",
            "青石镇",
            "全县合计",
        ]
        assert "—1—" in shown.replace(" ", "")
    page = (world.tmp / "通报.html").read_text("utf-8")
    assert "<h1>青石县 2026Q3 学习型机关建设通报</h1>" in page
    assert page.count("<tr>") == 5  # the header and four rows


def test_push_refuses_a_password_in_county_remote(tmp_path: Path) -> None:
    assert studyctl(tmp_path, "init", "档案").returncode == 0
    config = tmp_path / "档案/studyctl.yaml"
    config.write_text(
        config.read_text("utf-8").replace("county_remote:", "county_remote: https://u:pw@git.example/a.git"),
        "utf-8",
    )
    refused = studyctl(tmp_path / "档案", "push")
    assert refused.returncode == 2
    assert refused.stderr.startswith("studyctl: studyctl.yaml 的 county_remote 地址里含有密码，未推送。\n")
    assert run(tmp_path / "档案", "git", "remote", check=False).stdout == ""


def test_an_unreachable_office_keeps_its_last_copy_and_its_age_is_stated(world: World) -> None:
    world.daemons["baisha"].stop()
    fetched = studyctl(world.county, "county", "fetch", "baisha", now=LATER)
    assert fetched.returncode == 1
    line = fetched.stdout.strip()
    assert line.startswith("白沙镇（baisha）: 取回失败：fatal: unable to connect to 127.0.0.1")
    assert line.endswith("；继续使用原有副本（3 天前）")
    checked = studyctl(world.county, "county", "check", "--quarter", "2026Q2", "baisha", now=LATER)
    assert checked.stderr == (
        "白沙镇（baisha）：最近一次取回（2026-11-30T10:00:00+08:00）失败，"
        f"使用的是 {FIRST_FETCH} 的副本（3 天前）。\n"
    )
    assert checked.returncode == 0
    assert checked.stdout.splitlines()[0] == "青石县 2026Q2：1 个机关，0 个有错误；共 0 个错误，5 个警告。"


def test_a_force_push_over_a_sealed_quarter_is_caught(world: World) -> None:
    office = world.offices["qingshi"]
    session = office / "sessions/2026/2026-04-03-study-day.yaml"
    session.write_text(session.read_text("utf-8").replace("topic: ", "topic: 改过的", 1), "utf-8")
    # the sealed commit itself is rewritten: its history now holds one other commit
    run(office, "git", "reset", "-q", "--soft", "HEAD~1")
    run(office, "git", "commit", "-q", "-a", "--amend", "--no-edit")
    run(office, "git", "tag", "-d", "studyctl/sealed/2026Q2")
    assert studyctl(office, "seal", "2026Q2").returncode == 0
    run(office, "git", "push", "-q", "--force", "county", "main", "refs/tags/studyctl/sealed/2026Q2")
    fetched = studyctl(world.county, "county", "fetch", "qingshi", now=LATER)
    assert fetched.returncode == 0
    assert fetched.stdout == (
        "青石镇（qingshi）: 1 个新提交，历史被改写（强制推送），最新记录 2026-11-27，没有新封存，"
        "机关改动了已送达的封存 2026Q2，县里保留原封存\n"
    )
    checked = studyctl(
        world.county, "county", "check", "--quarter", "2026Q2", "qingshi", "--format", "json", now=LATER
    )
    assert checked.returncode == 1
    errors = [
        (f["rule"], f["file"], f["message"])
        for f in json.loads(checked.stdout)["offices"][0]["findings"]
        if f["severity"] == "error"
    ]
    sealed_commit = run(
        world.county / ".studyctl/county/qingshi.git", "git", "rev-parse", "studyctl/sealed/2026Q2^{commit}"
    ).stdout.strip()
    assert errors == [
        (
            "seal",
            "refs/tags/studyctl/sealed/2026Q2",
            "机关在送达后改动了封存 studyctl/sealed/2026Q2；县里保留原封存。",
        ),
        (
            "seal",
            "refs/tags/studyctl/sealed/2026Q2",
            f"2026Q2 已封存于提交 {sealed_commit[:10]}，但该提交已不在机关的分支历史中：历史被强制改写。",
        ),
        (
            "sealed",
            "sessions/2026/2026-04-03-study-day.yaml",
            "2026Q2 已封存，此记录与封存时不同（改写后的历史中已无从查找修改的提交）。",
        ),
    ]


def test_fetch_in_a_terminal_shows_a_progress_bar(world: World) -> None:
    import pty

    main, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "studyctl", "county", "fetch", "qingshi", "hongyan"],
        cwd=world.county,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "STUDYCTL_NOW": LATER, "STUDYCTL_TODAY": TODAY, "TERM": "xterm", "COLUMNS": "100"},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert proc.wait(timeout=60) == 0
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "正在取回" in screen  # the bar, drawn while the offices are fetched
    assert "2/2" in screen
    assert "青石镇（qingshi）: 0 个新提交，最新记录 2026-11-27，没有新封存" in screen
    assert "红岩乡（hongyan）: 0 个新提交，最新记录 2026-11-27，没有新封存" in screen


def test_county_offices_are_listed_renamed_and_removed(world: World) -> None:
    renamed = studyctl(world.county, "county", "rename", "hongyan", "红岩乡人民政府")
    assert renamed.stdout == "hongyan：红岩乡 改名为 红岩乡人民政府\n"
    listed = studyctl(world.county, "county", "list", now=LATER)
    names = [line.split()[:2] for line in listed.stdout.splitlines()[1:]]
    assert names == [["qingshi", "青石镇"], ["baisha", "白沙镇"], ["hongyan", "红岩乡人民政府"]]
    removed = studyctl(world.county, "county", "remove", "hongyan")
    assert removed.stdout == "已注销 红岩乡人民政府（hongyan）。\n"
    assert not (world.county / "signers/hongyan.allowed").exists()
    assert "hongyan" not in (world.county / "county.yaml").read_text("utf-8")
    unknown = studyctl(world.county, "county", "fetch", "hongyan")
    assert (unknown.returncode, unknown.stderr) == (
        2,
        "studyctl: 没有代号为 hongyan 的机关（已登记：qingshi, baisha）。\n",
    )


def test_county_yaml_with_every_default_written_out(tmp_path: Path) -> None:
    made = studyctl(tmp_path, "county", "init", "县", "--name", "青石县")
    assert made.returncode == 0
    assert (tmp_path / "县/county.yaml").read_text("utf-8") == (
        "# 县级汇总设置（studyctl county）。各机关由 studyctl county add 登记；密码不要写在这里。\n"
        "\n"
        "name: 青石县                             # 县（区）名称\n"
        "language: zh                             # 输出语言：zh | en\n"
        "fetch_jobs: 4                            # 同时取回的机关数\n"
        "# 机关：id 代号，name 名称，remote git 地址，branch 分支（默认 main），signers 签名公钥文件\n"
        "offices: []\n"
    )
    assert (tmp_path / "县/signers").is_dir()
    assert run(tmp_path / "县", "git", "log", "--format=%s").stdout == "新建县级目录：青石县\n"
    password = studyctl(
        tmp_path / "县",
        "county",
        "add",
        "a",
        "--name",
        "甲",
        "--remote",
        "https://u:secret@example.org/a.git",
    )
    assert password.returncode == 2
    assert password.stderr.startswith(
        "studyctl: 地址 https://u:secret@example.org/a.git 里含有密码，未登记。"
    )
    (tmp_path / "县/county.yaml").write_text("name: 青石县\noffices:\n  - id: a\n    nme: 甲\n", "utf-8")
    broken = studyctl(tmp_path / "县", "county", "list")
    assert broken.returncode == 2
    assert broken.stderr.splitlines()[0].startswith("studyctl: county.yaml:3: offices.0.")


def test_an_office_never_fetched_is_an_error_of_that_office(tmp_path: Path) -> None:
    assert studyctl(tmp_path, "county", "init", "县", "--name", "青石县").returncode == 0
    county = tmp_path / "县"
    missing = (tmp_path / "nowhere.git").as_uri()
    assert studyctl(county, "county", "add", "a", "--name", "甲镇", "--remote", missing).stdout == (
        f"已登记 甲镇（a）：{missing}\n没有登记 a 的签名公钥（--signers）：其封存无法核验，检查时会提示。\n"
    )
    fetched = studyctl(county, "county", "fetch")
    assert fetched.returncode == 1
    assert fetched.stdout.startswith("甲镇（a）: 取回失败：fatal: '")
    assert fetched.stdout.endswith("；继续使用原有副本（从未取回）\n")
    checked = studyctl(county, "county", "check", "--quarter", "2026Q3", "--format", "json")
    assert checked.returncode == 1
    assert json.loads(checked.stdout)["offices"] == [
        {
            "id": "a",
            "name": "甲镇",
            "commit": None,
            "fetched_at": None,
            "counts": {"error": 1, "warning": 0},
            "findings": [
                {
                    "rule": "county",
                    "severity": "error",
                    "file": "county.yaml",
                    "line": None,
                    "subject": "a",
                    "message": "a 从未取回，无法检查。",
                    "hint": "运行 studyctl county fetch a",
                }
            ],
        }
    ]


def test_a_signers_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    assert studyctl(tmp_path, "county", "init", "县", "--name", "青石县").returncode == 0
    bad = tmp_path / "keys.txt"
    bad.write_text("这不是公钥\n", "utf-8")
    refused = studyctl(
        tmp_path / "县",
        "county",
        "add",
        "a",
        "--name",
        "甲镇",
        "--remote",
        "file:///x.git",
        "--signers",
        str(bad),
    )
    assert refused.returncode == 2
    assert refused.stderr == (
        f"studyctl: {bad} 不是 allowed-signers 文件：每行应为“身份 公钥类型 公钥”，如 office@example ssh-ed25519 AAAA…\n"
    )
    assert "offices: []" in (tmp_path / "县/county.yaml").read_text("utf-8")


def test_push_porcelain_and_why_a_ref_was_refused() -> None:
    from studyctl.push import _why, parse_porcelain

    output = (
        "To git://example/a.git\n"
        "*\trefs/tags/studyctl/sealed/2026Q3:refs/tags/studyctl/sealed/2026Q3\t[new tag]\n"
        " \trefs/heads/main:refs/heads/main\t1a2b3c..4d5e6f\n"
        "!\trefs/tags/studyctl/sealed/2026Q2:refs/tags/studyctl/sealed/2026Q2\t[rejected] (already exists)\n"
        "Done\n"
    )
    assert parse_porcelain(output) == [
        ("*", "refs/tags/studyctl/sealed/2026Q3", "[new tag]"),
        (" ", "refs/heads/main", "1a2b3c..4d5e6f"),
        ("!", "refs/tags/studyctl/sealed/2026Q2", "[rejected] (already exists)"),
    ]
    assert _why("refs/tags/studyctl/sealed/2026Q2", "[rejected] (already exists)") == "tag-exists"
    assert _why("refs/heads/main", "[rejected] (fetch first)") == "behind"
    assert _why("refs/heads/main", "[rejected] (non-fast-forward)") == "behind"
    assert _why("refs/heads/main", "[remote rejected] (pre-receive hook declined)") == "remote"
