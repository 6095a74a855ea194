"""`studyctl member add | leave | list` and `studyctl unit add`."""

from __future__ import annotations

from pathlib import Path

import test_cli_record as shared

# the records repository and the pretend terminal of the log-session tests
repo = shared.repo
terminal = shared.terminal
commits, git, run, status = shared.commits, shared.git, shared.run, shared.status

MEMBER_FLAGS = [
    "--unit",
    "财政所",
    "--role",
    "staff",
    "--born",
    "1992-02-03",
    "--education",
    "bachelor",
    "--party-member",
    "--joined",
    "2026-02-01",
]


def test_member_add_makes_the_id_from_the_name(repo: Path) -> None:
    result = run(repo, "member", "add", "欧阳娜娜", *MEMBER_FLAGS, "--office-automation")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "成员编号：ouyang-nana\n已写入 members/ouyang-nana.yaml\n已提交：登记成员: 欧阳娜娜 (ouyang-nana)\n"
    )
    assert (repo / "members/ouyang-nana.yaml").read_text(encoding="utf-8") == (
        "id: ouyang-nana\nname: 欧阳娜娜\nunit: czs\nrole: staff\nborn: 1992-02-03\neducation: bachelor\n"
        "party_member: true\noffice_automation: true\njoined: 2026-02-01\n"
    )


def test_a_second_member_with_the_same_name_needs_same_name_and_gets_a_number(repo: Path) -> None:
    refused = run(repo, "member", "add", "张伟", *MEMBER_FLAGS)
    assert refused.exit_code == 2
    assert refused.stderr == (
        "studyctl: 已有在职成员叫“张伟”：张伟 (zhang-wei, 财政所)。没有新建。\n"
        "确是另一位同名的人时，加上 --same-name 再运行。\n"
    )
    assert not (repo / "members/zhang-wei-2.yaml").exists()
    result = run(repo, "member", "add", "张伟", *MEMBER_FLAGS, "--same-name")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("成员编号：zhang-wei-2\n")
    assert (repo / "members/zhang-wei-2.yaml").exists()


def test_member_add_asks_for_what_is_missing(repo: Path, terminal: Path) -> None:
    answers = "单雄信\n党政办\nmiddle\n1980-01-01\nmaster\nn\n2026-01-05\n"
    result = run(repo, "member", "add", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "站所办：\n1 财政所  2 党政办\n所在站所办: " in result.stderr
    text = (repo / "members/shan-xiongxin.yaml").read_text(encoding="utf-8")
    assert "unit: dzb\nrole: middle\nborn: 1980-01-01\neducation: master\nparty_member: false\n" in text


def test_member_add_without_a_terminal_names_the_missing_option(repo: Path) -> None:
    result = run(repo, "member", "add", "赵磊", "--unit", "dzb")
    assert result.exit_code == 2
    assert result.stderr.startswith("studyctl: 缺少 --role。")
    assert not (repo / "members/zhao-lei.yaml").exists()
    assert commits(repo) == ["records"]


def test_member_add_refuses_an_unknown_unit(repo: Path) -> None:
    result = run(repo, "member", "add", "赵磊", *MEMBER_FLAGS[2:], "--unit", "xyz")
    assert result.exit_code == 2
    assert "没有编号为 xyz 的站所办。" in result.stderr
    assert not (repo / "members/zhao-lei.yaml").exists()
    assert commits(repo) == ["records"]


def test_member_leave_sets_the_date_and_keeps_the_record(repo: Path) -> None:
    result = run(repo, "member", "leave", "王芳", "--date", "2026-06-30")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "已更新 members/wang-fang.yaml\n已提交：成员离开: 王芳 2026-06-30\n"
    assert (
        (repo / "members/wang-fang.yaml")
        .read_text(encoding="utf-8")
        .endswith("joined: 2018-09-01\nleft: 2026-06-30\n")
    )
    again = run(repo, "member", "leave", "wang-fang", "--date", "2026-07-01")
    assert again.exit_code == 2
    assert "王芳 已于 2026-06-30 离开，没有改动。" in again.stderr


def test_member_list(repo: Path) -> None:
    assert run(repo, "member", "leave", "王芳", "--date", "2026-01-31").exit_code == 0
    result = run(repo, "member", "list")
    assert result.exit_code == 0
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines == [
        ["编号", "姓名", "站所办", "职务层级", "入职"],
        ["zhang-wei", "张伟", "财政所", "中层干部", "2020-03-01"],
        ["li-ming", "李明", "党政办", "班子成员", "2015-01-01"],
    ]
    everyone = run(repo, "member", "list", "--all")
    assert ["wang-fang", "王芳", "党政办", "一般干部", "2018-09-01", "2026-01-31"] in [
        line.split() for line in everyone.stdout.splitlines()
    ]


def test_unit_add_uses_the_initials(repo: Path) -> None:
    result = run(repo, "unit", "add", "农业服务中心")
    assert result.exit_code == 0, result.stderr
    assert (
        result.stdout
        == "站所办编号：nyfwzx\n已写入 units/nyfwzx.yaml\n已提交：登记站所办: 农业服务中心 (nyfwzx)\n"
    )
    assert (repo / "units/nyfwzx.yaml").read_text(encoding="utf-8") == "id: nyfwzx\nname: 农业服务中心\n"
    taken = run(repo, "unit", "add", "党政办公室")
    assert taken.stdout.startswith("站所办编号：dzbgs\n")
    assert status(repo) == ""
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == ["units/dzbgs.yaml"]


def test_an_unknown_member_lists_the_members(repo: Path) -> None:
    result = run(repo, "member", "leave", "赵六", "--date", "2026-06-30")
    assert result.exit_code == 2
    assert result.stderr == (
        "studyctl: 没有叫“赵六”的成员。可能是：李明 (li-ming, 党政办); 王芳 (wang-fang, 党政办); "
        "张伟 (zhang-wei, 财政所)\n写成员的编号或姓名；studyctl member list 列出全部成员。\n"
    )
    assert commits(repo) == ["records"]
