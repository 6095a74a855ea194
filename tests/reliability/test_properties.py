"""Property tests of reading and writing records: any text survives the canonical writer, and any
mutation of a valid record gives findings or a valid record — never an exception.

Examples are derandomized (see conftest.py): CI tries the same ones every run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from loader_contract import KINDS, PATHS, VALID_RECORDS, budget, kind_of, load_as
from office import ORGANIZATION

from studyctl.check import run_check
from studyctl.errors import StudyctlError
from studyctl.models import Essay, Member, Session
from studyctl.periods import Period
from studyctl.recording import MemberInput, SessionInput, add_member, log_session
from studyctl.records import load_records, parse_record_bytes, validate_record
from studyctl.yamlio import decode, dump_yaml, parse_yaml

# what people type that YAML would read as something else, and characters that break lines
TRICKY_TEXTS = [
    "学习《中华人民共和国宪法》",
    "#",
    "第一条 # 注释",
    "原文: 第二条",
    ": ",
    "上午\n下午",
    "NO",
    "no",
    "Yes",
    "off",
    "1:20",
    "0123",
    "1e3",
    "0x1F",
    "2026-02-30",
    "null",
    "~",
    "",
    " ",
    "- 条目",
    "'单引号'",
    '"双引号"',
    "[方括号]",
    "{花括号}",
    "&锚",
    "*别名",
    "!标签",
    "%",
    "@",
    "`",
    "|",
    ">",
    "?",
    "---",
    "...",
    "行尾空格 \n第二行",
    "\t制表符",
    "甲\u2028乙",
    "甲\u2029乙",
    "\ufeff开头",
    "末尾换行\n",
    "\n开头换行",
    "表情😀",
]

# C0 and C1 control characters but tab and newline: the loader refuses them in any text (see below)
CONTROLS = [chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]
texts = st.sampled_from(TRICKY_TEXTS) | st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROLS), max_size=60
)


def reread(data: dict[str, Any]) -> dict[str, Any]:
    """`data` through the canonical writer and back, as bytes on disk would be."""
    text = dump_yaml(data)
    parsed, _ = parse_yaml(decode(text.encode("utf-8")))
    return parsed


@hypothesis_settings(max_examples=budget(500))
@given(texts)
def test_any_text_survives_the_writer(text: str) -> None:
    data = {
        "topic": text,
        "minutes": {"recorder": "wang-fang", "text": text},
        "attendance": {"li-ming": {"status": "leave", "reason": text}},
        "units": [text],
    }
    assert reread(data) == data


@hypothesis_settings(max_examples=budget(300))
@given(
    before=texts, control=st.sampled_from(CONTROLS), after=texts, field=st.sampled_from(["topic", "reason"])
)
def test_a_text_with_a_control_character_is_refused_on_its_line(
    before: str, control: str, after: str, field: str
) -> None:
    """Written by the canonical writer (an escape such as \\e, or U+0085 as it is), a control
    character in any text is a `yaml` error on the line of that text."""
    session = {
        "date": "2026-04-03",
        "kind": "study-day",
        "host": "li-ming",
        "topic": "学习",
        "area": "law",
        "attendance": {"wang-fang": {"status": "leave", "reason": "病假"}},
    }
    if field == "topic":
        session["topic"] = before + control + after
    else:
        session["attendance"] = {"wang-fang": {"status": "leave", "reason": before + control + after}}
    text = dump_yaml(session)
    line = next(number for number, row in enumerate(text.split("\n"), 1) if row.lstrip().startswith(field))
    record, findings = load_as("sessions", text.encode())
    assert record is None
    assert [(f.rule, f.line) for f in findings] == [("yaml", line)]
    assert findings[0].key in ("yaml.control_char", "yaml.control_escape")


@hypothesis_settings(max_examples=budget(300))
@given(name=texts, topic=texts, minutes=texts, reason=texts)
def test_records_with_any_text_load_back_equal_or_are_refused(
    name: str, topic: str, minutes: str, reason: str
) -> None:
    """A member and a session written with the canonical writer load back as the same model; a
    text the model refuses (blank, say) is refused the same way before and after writing."""
    member = {
        "id": "zhang-wei",
        "name": name,
        "unit": "dzb",
        "role": "staff",
        "born": "1990-01-01",
        "education": "bachelor",
        "party_member": "true",
        "joined": "2020-01-01",
    }
    session = {
        "date": "2026-04-03",
        "kind": "study-day",
        "units": ["all"],
        "host": "li-ming",
        "topic": topic,
        "area": "law",
        "minutes": {"recorder": "wang-fang", "text": minutes},
        "attendance": {"wang-fang": {"status": "leave", "reason": reason}},
    }
    for kind, data in (("members", member), ("sessions", session)):
        rel = PATHS[kind]
        direct = _validate(rel, kind, data)
        record, findings = validate_record(rel, kind, parse_record_bytes(rel, kind, dump_yaml(data).encode()))
        if direct is None:
            assert record is None
            assert {f.rule for f in findings} == {"schema"}
        else:
            assert record is not None and findings == []
            assert record.model_dump() == direct.model_dump()


def _validate(rel: str, kind: str, data: dict[str, Any]) -> Member | Session | None:
    model = Member if kind == "members" else Session
    try:
        return model.model_validate(data)
    except ValueError:
        return None


@hypothesis_settings(max_examples=budget(200))
@given(title=texts, body=texts)
def test_essays_with_any_title_and_body_load_back_equal(title: str, body: str) -> None:
    front = {"author": "zhang-wei", "date": "2026-04-10", "title": title, "area": "law"}
    raw = f"---\n{dump_yaml(front)}---\n{body}".encode()
    rel = PATHS["essays"]
    record, findings = validate_record(rel, "essays", parse_record_bytes(rel, "essays", raw))
    if "\x00" in body:  # a NUL byte marks a binary file: refused as a whole
        assert record is None and [f.key for f in findings] == ["yaml.binary"]
        return
    if not title.strip():
        assert record is None and [f.key for f in findings] == ["schema.blank"]
        return
    assert isinstance(record, Essay) and findings == []
    assert record.title == title
    assert record.date == dt.date(2026, 4, 10)
    # the loader reads line ends as LF, whatever the editor saved
    assert record.body_chars == len(body.replace("\r\n", "\n").replace("\r", "\n").strip())


# --- mutations of valid records --------------------------------------------------------------------

# bytes that mean something to YAML or to UTF-8, beside random ones
MEANINGFUL_BYTES = [*b":#-[]{}'\"|>&*!%@`?,\n\r\t \\", 0x00, 0x85, 0xC2, 0xE2, 0xFF, 0xFE, 0xEF]
mutation = st.tuples(
    st.sampled_from(["replace", "insert", "delete", "duplicate-line", "drop-line"]),
    st.floats(min_value=0, max_value=1, exclude_max=True),
    st.sampled_from(MEANINGFUL_BYTES) | st.integers(0, 255),
)


def mutate(raw: bytes, mutations: list[tuple[str, float, int]]) -> bytes:
    data = bytearray(raw)
    for operation, where, byte in mutations:
        if not data:
            data.append(byte)
            continue
        at = int(where * len(data))
        if operation == "replace":
            data[at] = byte
        elif operation == "insert":
            data.insert(at, byte)
        elif operation == "delete":
            del data[at]
        else:
            lines = bytes(data).split(b"\n")
            index = int(where * len(lines))
            if operation == "duplicate-line":
                lines.insert(index, lines[index])
            else:
                del lines[index]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@hypothesis_settings(max_examples=budget(1000))
@given(st.sampled_from(sorted(VALID_RECORDS)), st.lists(mutation, min_size=1, max_size=6))
def test_mutated_records_give_findings_or_a_valid_record(rel: str, mutations: list[Any]) -> None:
    raw = mutate(VALID_RECORDS[rel].encode(), mutations)
    load_as(kind_of(rel), raw)  # raises when the loader breaks its promise


@hypothesis_settings(max_examples=budget(300))
@given(st.binary(max_size=400), st.sampled_from(KINDS))
def test_any_bytes_give_findings_or_a_valid_record(raw: bytes, kind: str) -> None:
    load_as(kind, raw)


@hypothesis_settings(max_examples=budget(60))
@given(st.sampled_from(sorted(VALID_RECORDS)), st.lists(mutation, min_size=1, max_size=4))
def test_a_folder_with_a_mutated_record_checks_without_a_crash(
    tmp_path_factory: Any, rel: str, mutations: list[Any]
) -> None:
    """Loading and every rule run on what the mutation left: no rule crashes on an odd record."""
    root: Path = tmp_path_factory.mktemp("records")
    for path, text in VALID_RECORDS.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(text.encode())
    (root / "units" / "czs.yaml").write_text("id: czs\nname: 财政所\n", encoding="utf-8")
    for member, role in (("li-ming", "leader"), ("wang-fang", "staff")):
        (root / "members" / f"{member}.yaml").write_text(
            f"id: {member}\nname: 甲\nunit: dzb\nrole: {role}\nborn: 1980-01-01\n"
            "education: bachelor\nparty_member: true\njoined: 2015-01-01\n",
            encoding="utf-8",
        )
    (root / rel).write_bytes(mutate(VALID_RECORDS[rel].encode(), mutations))
    records = load_records(root, {2026})
    result = run_check(root, Period(2026, 2), dt.date(2026, 7, 1), records=records)
    crashed = [f for f in result.findings if f.key == "rules.crashed"]
    assert crashed == []


# --- the write path: the store ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def office_without_git(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A records folder of the small office, outside git (the commit is not what is tested here)."""
    root: Path = tmp_path_factory.mktemp("store") / "office"
    for rel, text in {**VALID_RECORDS, **ORGANIZATION}.items():
        if kind_of(rel) in ("config", "units", "members"):
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
    return root


WRITTEN = itertools.count()


@hypothesis_settings(max_examples=budget(200))
@given(topic=texts, minutes=texts, name=texts)
def test_records_written_by_the_store_load_back_equal_or_are_refused_clearly(
    office_without_git: Path, topic: str, minutes: str, name: str
) -> None:
    root = office_without_git
    number = next(WRITTEN)
    entry = SessionInput(
        date=dt.date(2026, 4, 3),
        kind="study-day",
        host="li-ming",
        topic=topic,
        area="law",
        recorder="wang-fang",
        minutes=minutes,
        slug=f"p{number}",
    )
    member = MemberInput(
        name=name,
        unit="dzb",
        role="staff",
        born=dt.date(1990, 1, 1),
        education="bachelor",
        party_member=True,
        joined=dt.date(2030, 1, 1),  # joins after every session: never expected to attend
        id=f"m{number}",
    )

    # add-member trims the spaces around a name on purpose; everything else comes back as typed,
    # in Unicode NFC (the form every record text is written in)
    def nfc(text: str) -> str:
        return unicodedata.normalize("NFC", text)

    for write, read_back in (
        (lambda: log_session(root, entry, commit=False), lambda rel: _loaded(root, rel).topic == nfc(topic)),
        (
            lambda: add_member(root, member, same_name=True, backdate=True, commit=False)[1],
            lambda rel: _loaded(root, rel).name == name.strip(),
        ),
    ):
        try:
            saved = write()
        except StudyctlError as refused:
            # refused before anything was written, with a message in both languages: findings, or a
            # control character (no record holds one but tab and newline)
            assert refused.key in ("store.refused", "guard.control"), refused.key
            assert all(refused.render(lang) != refused.key for lang in ("zh", "en"))
            continue
        assert read_back(saved.rel)


def _loaded(root: Path, rel: str) -> Any:
    kind = kind_of(rel)
    record, findings = validate_record(rel, kind, parse_record_bytes(rel, kind, (root / rel).read_bytes()))
    assert findings == [] and record is not None
    return record
