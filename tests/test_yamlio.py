"""The strict YAML reader and the canonical writer."""

from __future__ import annotations

import datetime as dt

import pytest

from studyctl.yamlio import YamlProblem, decode, dump_yaml, parse_yaml, split_front_matter


def problem(text: str) -> tuple[str, int | None]:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(decode(text.encode()))
    return caught.value.key, caught.value.line


def test_scalars_stay_the_text_typed() -> None:
    data, lines = parse_yaml("id: 0123\nok: no\ntime: 9:30\nempty:\ntilde: ~\nquoted: '~'\n")
    assert data == {"id": "0123", "ok": "no", "time": "9:30", "empty": None, "tilde": None, "quoted": "~"}
    assert lines[("time",)] == 3


def test_lines_of_nested_fields() -> None:
    _, lines = parse_yaml("a: 1\nattendance:\n  li-ming: present\n  wang-fang:\n    status: leave\n")
    assert lines[("attendance", "li-ming")] == 3
    assert lines[("attendance", "wang-fang", "status")] == 5


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("a: 1\nb: 2\na: 3\n", "yaml.duplicate_key", 3),
        ("a: !!python/object/apply:os.system [ls]\n", "yaml.tag", 1),
        ("a: &x 1\nb: *x\n", "yaml.alias", 1),
        ("a:\n\tb: 1\n", "yaml.tab", 2),
        ("", "yaml.empty", 1),
        ("# only a comment\n", "yaml.empty", 1),
        ("- a\n- b\n", "yaml.not_mapping", 1),
        ("a: 1\n---\nb: 2\n", "yaml.many_documents", 2),
        ("a: [1, 2\nb: 3\n", "yaml.unclosed_bracket", 1),
        ("a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> other\n", "yaml.conflict", 2),
        ("? [a, b]\n: 1\n", "yaml.complex_key", 1),
        ("a: " + "[" * 20 + "]" * 20 + "\n", "yaml.too_deep", 1),
    ],
)
def test_refused_inputs(text: str, key: str, line: int) -> None:
    assert problem(text) == (key, line)


def test_conflict_marker_inside_a_block_scalar() -> None:
    text = "text: |\n  第一段\n<<<<<<< HEAD\n  第二段\n=======\n  另一段\n>>>>>>> b\n"
    assert problem(text) == ("yaml.conflict", 3)


def test_billion_laughs_fails_fast() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}" if i > 1 else "*a"] * 9) + "]")
    assert problem("\n".join(lines) + "\n")[0] == "yaml.alias"


def test_encodings() -> None:
    assert decode("\ufeffa: 1\r\nb: 2\r\n".encode()) == "a: 1\nb: 2\n"
    with pytest.raises(YamlProblem) as caught:
        decode("name: 张伟\nunit: 党政办\n".encode("gbk"))
    assert (caught.value.key, caught.value.line, caught.value.detail) == ("yaml.legacy_encoding", 1, "GBK")
    with pytest.raises(YamlProblem) as caught:
        decode(b"a: 1\n" + b"x" * (1024 * 1024))
    assert caught.value.key == "yaml.too_large"


def test_front_matter() -> None:
    front, first, body, body_line = split_front_matter("---\nauthor: li-ming\n---\n正文\n")
    assert (front, first, body, body_line) == ("author: li-ming\n", 2, "正文\n", 4)
    with pytest.raises(YamlProblem) as caught:
        split_front_matter("---\nauthor: li-ming\n正文\n")
    assert caught.value.key == "yaml.front_matter_open"


def test_dump_round_trips() -> None:
    record = {
        "date": dt.date(2026, 4, 3),
        "topic": "学习《宪法》: 第一章 # 总纲",
        "host": "no",
        "code": "0123",
        "time": "9:30",
        "text": "第一行\n第二行\n",
        "empty": None,
        "list": ["all"],
    }
    text = dump_yaml(record)
    assert "学习《宪法》" in text and "2026-04-03" in text and "\r" not in text
    data, _ = parse_yaml(text)
    assert data == {**record, "date": "2026-04-03"}


def test_dump_writes_a_shared_value_out_twice() -> None:
    units = ["all"]
    text = dump_yaml({"units": units, "also": units})
    assert "&" not in text and "*" not in text
    assert parse_yaml(text)[0] == {"units": ["all"], "also": ["all"]}


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('organization: "\\e[2J青石镇"\n', "yaml.control_escape", 1),  # clears the screen
        ('a: 1\ntopic: "学习\\x1b]52;c;ZWNobw==\\x07"\n', "yaml.control_escape", 2),  # OSC 52
        ('a: 1\n"\\u009b31m": x\n', "yaml.control_escape", 2),  # a C1 CSI, in a key
        ('a: "回车\\r"\n', "yaml.control_escape", 1),
        ('a: "\\0"\n', "yaml.control_escape", 1),
        ('a: 1\nb: "第一行\\N第二行"\n', "yaml.control_escape", 2),  # U+0085, YAML's next line
        ("a: 1\nb: |\n  第一行\n  第二\x1b[2J行\n", "yaml.control_char", 4),  # typed as it is
        ('a:\n  - x\n  - "y\\x7f"\n', "yaml.control_escape", 3),
    ],
)
def test_control_characters_are_refused_in_every_scalar(text: str, key: str, line: int) -> None:
    assert problem(text) == (key, line)


def test_tab_and_newline_are_the_control_characters_text_may_hold() -> None:
    data, _ = parse_yaml('a: "甲\\t乙\\n丙"\nb: "反斜杠\\\\e"\n')
    assert data == {"a": "甲\t乙\n丙", "b": "反斜杠\\e"}
