"""Inputs that once broke the loader's promise, found by fuzzing (fuzz/fuzz_loader.py) or by the
property tests; each stays here so that the bug cannot come back."""

from __future__ import annotations

import pytest
from loader_contract import KINDS, VALID_RECORDS, load_as

from studyctl.yamlio import decode, dump_yaml, parse_yaml

SESSION = "sessions/2026/2026-04-03-study-day.yaml"


def test_a_broken_last_line_without_a_final_newline_names_a_line_the_file_has() -> None:
    """fuzz: the parser puts the end of a text without a final newline on a line of its own, so
    the finding named line 17 of a 16-line file."""
    text = (
        VALID_RECORDS[SESSION].split("attendance:")[0] + "attx:\n endance:\n  zhang--wei: present\n  li-ming "
    )
    raw = text.encode()
    assert raw.count(b"\n") == 15
    record, findings = load_as("sessions", raw)
    assert record is None
    assert [(f.rule, f.line) for f in findings] == [("yaml", 16)]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_line_separator_inside_quotes_does_not_shift_the_lines_after_it(separator: str) -> None:
    """fuzz: the parser counts U+2028, U+2029 and U+0085 as line breaks, editors do not; every
    line after one was off by one."""
    text = VALID_RECORDS[SESSION].replace("topic: 学习《宪法》", f'topic: "学习{separator}宪法"')
    text = text.replace("area: law", "area: lawyer")
    record, findings = load_as("sessions", text.encode())
    assert record is None
    assert [(f.rule, f.key, f.line) for f in findings] == [("schema", "schema.choice", 7)]
    _, lines = parse_yaml(decode(text.encode()))
    assert lines[("attendance", "wang-fang")] == 16


@pytest.mark.parametrize("text", ["甲\u2028乙", "a \u2029 b", "上午\n\u2028下午"])
def test_the_writer_keeps_next_line_and_separators(text: str) -> None:
    """property test: written plain or single-quoted, U+0085 came back as a space (YAML folds it)."""
    written = dump_yaml({"topic": text})
    assert parse_yaml(decode(written.encode()))[0] == {"topic": text}
    assert written.count("\n") == 1  # escaped: the file's lines stay the editor's lines


@pytest.mark.parametrize(
    "raw",
    [
        b"\x08 ",  # fuzz: a control character; its finding had no message
        b"organization: [x\n",  # property test: a message with a literal brace failed to format
        b"a: {b\n",
    ],
)
def test_inputs_that_broke_the_message_of_their_finding(raw: bytes) -> None:
    for kind in KINDS:
        record, findings = load_as(kind, raw)
        assert record is None and [f.rule for f in findings] == ["yaml"]
