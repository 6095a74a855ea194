"""docs/zh/档案格式.md says what docs/format.md says: the same kinds of record, the same fields of
each (in its example and in its table), the same types and choices, and the same record rules, so
that the two languages cannot drift. Its examples are valid records, as the English page's are."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.rules import Context, run_checks

DOCS = Path(__file__).resolve().parents[1] / "docs"
ENGLISH = DOCS / "format.md"
CHINESE = DOCS / "zh" / "档案格式.md"
RECORD_RULES = {"yaml", "schema", "reference", "duplicate", "location"}

# a heading naming a record by its example path: `### units/dzb.yaml — a unit`, `… —— 站所办`
_KIND = re.compile(r"^### (\S+\.(?:yaml|md)) —", re.MULTILINE)
_HEADING = re.compile(r"^#{1,3} ", re.MULTILINE)
_EXAMPLE = re.compile(r"^```(?:yaml|markdown)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_KEY = re.compile(r"^(\s*)(?:- )?([a-z_]+):(?:\s|$)")
_TICKED = re.compile(r"`([^`]+)`")


@dataclass
class Described:
    """What a format page says: by example path, the keys of its example (with their nesting,
    `minutes.text`) and its table's rows (field -> the ticked words of its type and default)."""

    examples: dict[str, set[str]]
    tables: dict[str, dict[str, list[str]]]
    rules: list[str]
    example_text: dict[str, str]
    layout: list[str]


def example_keys(text: str) -> set[str]:
    """The dotted keys of a YAML example (the front matter of a Markdown one): `items.due`."""
    if text.startswith("---\n"):
        text = text[4:].split("\n---\n", 1)[0]
    keys: set[str] = set()
    stack: list[tuple[int, str]] = []
    for line in text.splitlines():
        match = _KEY.match(line)
        if match is None:
            continue
        indent = len(match[1]) + (2 if line.lstrip().startswith("- ") else 0)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        dotted = ".".join([*(name for _, name in stack), match[2]])
        keys.add(dotted)
        stack.append((indent, match[2]))
    return keys


def table_rows(section: str) -> dict[str, list[str]]:
    """The rows of the field table of a section: field -> ticked words of its 2nd and 3rd cells."""
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].startswith("`"):
            continue
        field = cells[0].strip("`")
        rows[field] = sorted(_TICKED.findall(cells[1]) + _TICKED.findall(cells[2]))
    return rows


def describe(path: Path) -> Described:
    text = path.read_text(encoding="utf-8")
    examples: dict[str, set[str]] = {}
    tables: dict[str, dict[str, list[str]]] = {}
    example_text: dict[str, str] = {}
    for match in _KIND.finditer(text):
        following = _HEADING.search(text, match.end())
        section = text[match.end() : following.start() if following else len(text)]
        example = _EXAMPLE.search(section)
        assert example is not None, f"{path.name}: {match[1]} has no example"
        example_text[match[1]] = example[1]
        examples[match[1]] = example_keys(example[1])
        tables[match[1]] = table_rows(section)
    last = list(_HEADING.finditer(text))[-1]
    rules = [m[1] for m in re.finditer(r"^\| `([a-z-]+)` \|", text[last.start() :], re.MULTILINE)]
    tree = re.search(r"^```\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    assert tree is not None, f"{path.name} shows no layout"
    layout = [line.split()[0].split("<")[0] for line in tree[1].splitlines() if line.strip()]
    return Described(examples, tables, rules, example_text, layout)


def differences(english: Described, chinese: Described) -> list[str]:
    """Every way the Chinese page says otherwise than the English one, in words."""
    found: list[str] = []
    if sorted(english.examples) != sorted(chinese.examples):
        found.append(f"kinds: {sorted(english.examples)} != {sorted(chinese.examples)}")
    for kind in sorted(set(english.examples) & set(chinese.examples)):
        for name, left, right in (
            ("example", english.examples[kind], chinese.examples[kind]),
            ("table", set(english.tables[kind]), set(chinese.tables[kind])),
        ):
            if left != right:
                found.append(
                    f"{kind} {name}: only English {sorted(left - right)}, only Chinese {sorted(right - left)}"
                )
        for field in sorted(set(english.tables[kind]) & set(chinese.tables[kind])):
            if english.tables[kind][field] != chinese.tables[kind][field]:
                found.append(
                    f"{kind} {field}: {english.tables[kind][field]} != {chinese.tables[kind][field]}"
                )
    if english.layout != chinese.layout:
        found.append(f"layout: {english.layout} != {chinese.layout}")
    if english.rules != chinese.rules:
        found.append(f"rules: {english.rules} != {chinese.rules}")
    return found


def test_both_pages_describe_the_same_kinds_fields_choices_and_rules() -> None:
    english, chinese = describe(ENGLISH), describe(CHINESE)
    assert len(english.examples) == 9  # studyctl.yaml and the eight kinds of record
    assert english.rules == ["yaml", "schema", "location", "duplicate", "reference"]
    assert english.layout[:3] == ["studyctl.yaml", "units/", "members/"] and "signers" in english.layout
    assert english.tables["members/zhang-wei.yaml"]["role"] == ["leader", "middle", "secretary", "staff"]
    assert "minutes.recorder" in english.examples["sessions/2026/2026-04-03-study-day.yaml"]
    assert "items.due" in english.examples["plans/2026/zhang-wei.yaml"]
    assert differences(english, chinese) == []


@pytest.mark.parametrize(
    ("page", "old", "new", "difference"),
    [
        (
            "zh",
            "| `notes` | 文字 | 可选 | 备注 |\n",
            "| `notes` | 文字 | 可选 | 备注 |\n| `signed` | 日期 | 可选 | 签字日期 |\n",
            "reviews/2026/Q2/zhang-wei.yaml table: only English [], only Chinese ['signed']",
        ),
        (
            "en",
            "| `notes` | text | optional | remarks (备注) |\n",
            "| `notes` | text | optional | remarks (备注) |\n| `signed` | date | optional | signed |\n",
            "reviews/2026/Q2/zhang-wei.yaml table: only English ['signed'], only Chinese []",
        ),
        (
            "zh",
            "notes: 笔记较完整\n",
            "notes: 笔记较完整\nsigned: 2026-07-01\n",
            "reviews/2026/Q2/zhang-wei.yaml example: only English [], only Chinese ['signed']",
        ),
        (
            "zh",
            "  minutes_min_chars: 50\n",
            "  minutes_min_chars: 50\n  minutes_max_chars: 5000\n",
            "studyctl.yaml example: only English [], only Chinese ['rules.minutes_max_chars']",
        ),
        (
            "zh",
            "| `role` | `secretary` `leader` `middle` `staff` |",
            "| `role` | `secretary` `leader` `middle` |",
            "members/zhang-wei.yaml role: ['leader', 'middle', 'secretary', 'staff'] "
            "!= ['leader', 'middle', 'secretary']",
        ),
        (
            "zh",
            "signers                                   封存签名名单（可选）\n",
            "",
            "layout: ['studyctl.yaml', 'units/', 'members/', 'plans/', 'schedules/', 'sessions/', 'essays/', "
            "'reviews/', 'self-reports/', 'signers'] != ['studyctl.yaml', 'units/', 'members/', 'plans/', "
            "'schedules/', 'sessions/', 'essays/', 'reviews/', 'self-reports/']",
        ),
        (
            "zh",
            "| `duplicate` |",
            "| `duplicated` |",
            "rules: ['yaml', 'schema', 'location', 'duplicate', 'reference'] != "
            "['yaml', 'schema', 'location', 'duplicated', 'reference']",
        ),
    ],
)
def test_a_field_or_rule_on_one_page_only_is_found(
    page: str, old: str, new: str, difference: str, tmp_path: Path
) -> None:
    source = CHINESE if page == "zh" else ENGLISH
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    tampered = tmp_path / source.name
    tampered.write_text(text.replace(old, new), encoding="utf-8")
    pages = (
        (describe(ENGLISH), describe(tampered)) if page == "zh" else (describe(tampered), describe(CHINESE))
    )
    assert differences(*pages) == [difference]


def test_the_examples_of_the_chinese_page_are_valid_records(tmp_path: Path) -> None:
    examples = describe(CHINESE).example_text
    for rel, text in examples.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # the members, units and session the examples name
    for member, unit in (("li-ming", "dzb"), ("wang-fang", "dzb")):
        (tmp_path / f"members/{member}.yaml").write_text(
            f"id: {member}\nname: 成员\nunit: {unit}\nrole: middle\nborn: 1980-01-01\n"
            "education: bachelor\nparty_member: true\njoined: 2020-01-01\n",
            encoding="utf-8",
        )
    records = load_records(tmp_path)
    findings = run_checks(Context(records, Period(2026, 2), dt.date(2026, 6, 30)), sorted(RECORD_RULES))
    assert [(f.rule, f.file, f.key) for f in findings] == []
    assert records.config.organization == "青石镇机关"
    assert records.sessions["2026-04-03-study-day"].attendance["wang-fang"].reason == "病假"
    assert records.essays["2026-04-10-zhang-wei-xingzheng-xuke"].title == "学习《行政许可法》的几点体会"


@pytest.mark.parametrize(
    ("prefix", "choices"),
    [
        ("kind", ["study-day", "exchange", "unit-study", "cadre-meeting", "branch-meeting", "group-meeting"]),
        ("kind", ["anti-corruption", "patriotic", "exhibition", "joint-meeting", "other"]),
        ("area", ["politics", "law", "economics", "knowledge"]),
        ("report.rating", ["excellent", "good", "fair", "poor"]),
        ("report.status", ["present", "late", "leave", "absent"]),
    ],
)
def test_the_chinese_page_names_each_choice_as_the_catalogue_does(prefix: str, choices: list[str]) -> None:
    from studyctl.messages import t

    text = CHINESE.read_text(encoding="utf-8")
    for choice in choices:
        assert f"`{choice}` {t(f'{prefix}.{choice}', 'zh')}" in text, choice


def test_the_chinese_page_names_roles_and_degrees_as_the_catalogue_does() -> None:
    from studyctl.messages import t

    rows = table_rows(CHINESE.read_text(encoding="utf-8"))
    text = CHINESE.read_text(encoding="utf-8")
    roles = "、".join(t(f"store.role.{role}", "zh") for role in ("secretary", "leader", "middle", "staff"))
    degrees = "、".join(
        t(f"check.education.{level}", "zh")
        for level in ("none", "secondary", "high-school", "associate", "bachelor", "master", "doctor")
    )
    assert rows["role"] == ["leader", "middle", "secretary", "staff"]
    assert f"职务：{roles}；" in text
    assert f"最高学历：{degrees} |" in text
