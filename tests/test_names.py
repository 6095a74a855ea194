"""Member ids from Chinese names, and finding members by id or name."""

from __future__ import annotations

import datetime as dt

import pytest

from studyctl.models import Member, Unit
from studyctl.names import base_id, initials, member_id, resolve_member, slug_of, split_list

UNITS = {"dzb": Unit(id="dzb", name="党政办"), "czs": Unit(id="czs", name="财政所")}


def member(member_id: str, name: str, unit: str = "dzb", left: dt.date | None = None) -> Member:
    return Member(
        id=member_id,
        name=name,
        unit=unit,
        role="staff",
        born=dt.date(1980, 1, 1),
        education="bachelor",
        party_member=True,
        joined=dt.date(2015, 1, 1),
        left=left,
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张伟", "zhang-wei"),
        ("王小明", "wang-xiaoming"),
        ("欧阳娜娜", "ouyang-nana"),
        ("司马光", "sima-guang"),
        ("单雄信", "shan-xiongxin"),
        ("曾国藩", "zeng-guofan"),
        ("解缙", "xie-jin"),
        ("仇英", "qiu-ying"),
        ("吕布", "lv-bu"),
        ("张长江", "zhang-changjiang"),
        (" 李明 ", "li-ming"),
        ("Anna Li", "anna-li"),
    ],
)
def test_base_id_reads_the_surname_as_a_surname(name: str, expected: str) -> None:
    assert base_id(name) == expected


def test_member_id_is_made_unique() -> None:
    assert member_id("张伟", []) == "zhang-wei"
    assert member_id("张伟", ["zhang-wei"]) == "zhang-wei-2"
    assert member_id("张伟", ["zhang-wei", "zhang-wei-2"]) == "zhang-wei-3"


def test_member_id_of_a_name_with_nothing_readable() -> None:
    assert member_id("？", []) == "member"


def test_initials_and_slugs() -> None:
    assert initials("党政办") == "dzb"
    assert initials("财政所") == "czs"
    assert slug_of("学习《行政许可法》的几点体会") == "xue-xi-xingzheng-xuke-fa-de-ji-dian"
    assert slug_of("Notes on the Constitution") == "notes-on-the-constitution"


def test_split_list_takes_chinese_and_ascii_separators() -> None:
    assert split_list("张伟、王芳，李明 dzb,czs") == ["张伟", "王芳", "李明", "dzb", "czs"]
    assert split_list(None) == []


def test_resolve_by_id_and_by_name() -> None:
    members = {"zhang-wei": member("zhang-wei", "张伟"), "wang-fang": member("wang-fang", "王芳")}
    assert resolve_member("zhang-wei", members, UNITS).member == "zhang-wei"
    assert resolve_member("王芳", members, UNITS).member == "wang-fang"


def test_an_unknown_name_lists_similar_members() -> None:
    members = {"zhang-wei": member("zhang-wei", "张伟", "czs"), "wang-fang": member("wang-fang", "王芳")}
    found = resolve_member("张玮", members, UNITS)
    assert (found.member, found.problem, found.candidates) == (
        None,
        "names.unknown",
        "张伟 (zhang-wei, 财政所)",
    )


def test_two_members_with_one_name_are_never_guessed() -> None:
    members = {
        "zhang-wei": member("zhang-wei", "张伟", "czs"),
        "zhang-wei-2": member("zhang-wei-2", "张伟", "dzb"),
    }
    found = resolve_member("张伟", members, UNITS, dt.date(2026, 4, 3))
    assert found.member is None
    assert found.problem == "names.ambiguous"
    assert found.candidates == "张伟 (zhang-wei, 财政所); 张伟 (zhang-wei-2, 党政办)"


def test_two_members_with_one_name_are_told_apart_by_who_was_active() -> None:
    members = {
        "zhang-wei": member("zhang-wei", "张伟", left=dt.date(2025, 12, 31)),
        "zhang-wei-2": member("zhang-wei-2", "张伟"),
    }
    assert resolve_member("张伟", members, UNITS, dt.date(2026, 4, 3)).member == "zhang-wei-2"
