"""Strict YAML for records: bytes in, plain data with line numbers out; and the canonical writer.

Records are edited by hand, so the reader refuses what a person cannot have meant and keeps what
they typed. It parses with PyYAML's C parser when present (safe loading only: nothing is ever
constructed from a tag) and builds the data itself from the composed nodes:

- every scalar stays the text the person typed (`0123`, `no`, `9:30` are strings); only `null`,
  `~` and an empty value are None. Typing, dates included, is pydantic's job, which reports an
  impossible date with its line instead of PyYAML's bare ValueError;
- a duplicate key, an explicit tag, an anchor or alias, a complex key, nesting deeper than records
  need, several documents, git conflict markers, a file that is not UTF-8 or too large: each is a
  `YamlProblem` with the line it is on; so are the syntax mistakes people make by hand (text
  holding `: `, no space after a colon, an unclosed quote or bracket, a misaligned line), each with
  a key of its own so that the message can say how to fix it.

`Lines` maps a path of keys and indexes to the 1-based line where that value's key (or item) sits.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C parser is several times faster; the pure-Python one behaves the same here
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 8

Path = tuple[str | int, ...]
Lines = dict[Path, int]

_IMPLICIT = "!studyctl/implicit"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
# git writes its markers at the start of a line; an editor may have indented them into a text block
_CONFLICT = re.compile(r"^[ \t]*(<{7}|>{7})(?: |$)", re.MULTILINE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class YamlProblem(Exception):
    """Why a file could not be read as a record: a message key, its 1-based line and parameters."""

    key: str
    line: int | None
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.key} (line {self.line}): {self.detail}"


class _Loader(_BaseLoader):
    """Resolves nothing: implicit scalars keep a marker tag, explicit tags stay visible."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return _IMPLICIT


def decode(data: bytes) -> str:
    """UTF-8 (a BOM allowed) to text with LF line ends; anything else is a YamlProblem."""
    if len(data) > MAX_BYTES:
        raise YamlProblem("yaml.too_large", None, str(len(data)))
    if data.startswith(_UTF16_BOMS):  # what Windows Notepad calls "Unicode"
        raise YamlProblem("yaml.legacy_encoding", 1, "UTF-16")
    if b"\x00" in data:
        raise YamlProblem("yaml.binary", data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess = _guess_encoding(data)
        raise YamlProblem("yaml.legacy_encoding" if guess else "yaml.not_utf8", line, guess) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _CONFLICT.search(text) if "<<<<<<<" in text or ">>>>>>>" in text else None
    if match:
        raise YamlProblem("yaml.conflict", text.count("\n", 0, match.start()) + 1)
    return text


def _guess_encoding(data: bytes) -> str:
    for name in ("gb18030", "big5"):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return "GBK" if name == "gb18030" else "Big5"
    return ""


def parse_yaml(text: str, first_line: int = 1) -> tuple[dict[str, Any], Lines]:
    """One YAML mapping from `text`; `first_line` is the file line where `text` starts."""
    line_of_mark = _LineCounter(text, first_line - 1)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        key, mark = _syntax_problem(exc, text)
        line = None if mark is None else line_of_mark(mark)
        raise YamlProblem(key, line, exc.problem or "") from None
    except yaml.reader.ReaderError as exc:  # a control character the person cannot see
        bad = exc.character if isinstance(exc.character, str) else chr(exc.character)
        index = text.find(bad)
        line = first_line + text.count("\n", 0, index) if index >= 0 else None
        raise YamlProblem("yaml.control_char", line, f"U+{ord(bad):04X}") from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error is one of the above
        raise YamlProblem("yaml.syntax", None, str(exc).splitlines()[0]) from None
    except RecursionError:  # the pure-Python parser recurses on nesting; the C one stops at 1000
        raise YamlProblem("yaml.too_deep", None) from None
    finally:
        loader.dispose()
    if node is None or _is_null(node):  # nothing, or a lone `---`
        raise YamlProblem("yaml.empty", first_line)
    if not isinstance(node, yaml.MappingNode):
        raise YamlProblem("yaml.not_mapping", line_of_mark(node.start_mark))
    lines: Lines = {(): line_of_mark(node.start_mark)}
    data = _build(node, lines, line_of_mark, text)
    return data, lines


# (part of PyYAML's problem or context, part of its context, our key, whether the context mark is
# the line to look at: where the quote or bracket opened, the line lacking its colon)
_SYNTAX_PROBLEMS = (
    ("single document", "", "yaml.many_documents", False),
    ("undefined alias", "", "yaml.alias", False),
    ("nesting depth", "", "yaml.too_deep", False),
    ("mapping values are not allowed", "", "yaml.colon_in_text", False),
    ("could not find expected ':'", "simple key", "yaml.no_colon", True),
    ("end of stream", "quoted scalar", "yaml.unclosed_quote", True),
    ("did not find expected ','", "flow", "yaml.unclosed_bracket", True),
    ("expected node content", "flow node", "yaml.unclosed_bracket", False),
    ("did not find expected key", "", "yaml.indentation", False),
    ("cannot start any token", "", "yaml.reserved_char", False),
    ("unknown escape", "", "yaml.backslash", False),
)


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, Any]:
    """The message key for a PyYAML error, and the mark of the line the person should look at.

    PyYAML's own wording stays in the finding's detail; the key lets the message say how to fix
    the mistakes people make by hand."""
    problem = exc.problem or ""
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    if "\\t" in problem or "\t" in problem or "tab character" in problem or _tab_at(text, mark):
        return "yaml.tab", mark
    for problem_part, context_part, key, at_context in _SYNTAX_PROBLEMS:
        if problem_part in f"{context} {problem}" and context_part in context:
            if key == "yaml.indentation" and not _starts_line(text, mark):
                break  # text after a closing quote, say: not a matter of indentation
            if "node content" in problem and mark is not None and text[mark.index :].strip():
                break  # a bracket left open runs into the end of the file; this is something else
            return key, (exc.context_mark or mark) if at_context else mark
    return "yaml.syntax", mark


def _is_null(node: yaml.Node) -> bool:
    """An untagged, unquoted `null`, `~` or nothing."""
    return (
        isinstance(node, yaml.ScalarNode)
        and node.tag == _IMPLICIT
        and not node.style
        and node.value in _NULLS
    )


def _starts_line(text: str, mark: Any) -> bool:
    """Only spaces stand before the mark on its line (or there is no mark)."""
    return mark is None or not text[text.rfind("\n", 0, mark.index) + 1 : mark.index].strip()


# besides LF, the parser counts these as line breaks; editors and `git blame` do not
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")


class _LineCounter:
    """The 1-based file line of a parser mark, as an editor numbers lines (LF only).

    The parser also breaks lines at U+0085, U+2028 and U+2029, and puts the end of a text without
    a final newline on a line of its own; a finding must name a line that the file has."""

    def __init__(self, text: str, offset: int) -> None:
        self.offset = offset
        self.last = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        self.newlines = (
            [index for index, char in enumerate(text) if char == "\n"] if _OTHER_BREAKS.search(text) else None
        )

    def __call__(self, mark: Any) -> int:
        line = mark.line + 1
        if self.newlines is not None:  # the mark's index counts characters: count the LFs before it
            line = bisect.bisect_left(self.newlines, mark.index) + 1
        return min(line, self.last) + self.offset


def _tab_at(text: str, mark: Any) -> bool:
    """A tab on the problem's line, up to the problem (found by index: see _LineCounter)."""
    if mark is None:
        return False
    start = text.rfind("\n", 0, mark.index) + 1
    return "\t" in text[start : mark.index + 1]


# C0 and C1 control characters, but tab and newline: they have no place in a record, and printed
# they could move the cursor, clear the screen or write to the clipboard (ESC, CSI, OSC …)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _build(root: yaml.Node, lines: Lines, line_of_mark: _LineCounter, text: str) -> Any:
    """Turn composed nodes into dicts, lists and strings, refusing what records never need.

    This runs once per node of every record a cold load reads, so it is written for speed: one
    closure with its names bound locally, scalars handled in their parent's loop, and the checks
    that cannot apply to `text` skipped — no anchor or alias without a `&`, and no control
    character in a scalar without a backslash escape or U+0085 (the reader refuses the others)."""
    scalar_node, sequence_node = yaml.ScalarNode, yaml.SequenceNode
    implicit, nulls, max_depth = _IMPLICIT, _NULLS, MAX_DEPTH
    anchors = "&" in text  # an alias needs an anchor: without `&`, neither can occur
    controls = "\\" in text or "\x85" in text
    seen: set[int] = set()
    if line_of_mark.newlines is None:
        base, last = line_of_mark.offset + 1, line_of_mark.last + line_of_mark.offset

        def line_of(mark: Any) -> int:
            line: int = mark.line + base
            return line if line <= last else last
    else:
        line_of = line_of_mark

    def refuse_anchor(node: yaml.Node) -> None:
        # nodes do not keep their anchor, but an anchored node starts at its `&`; an alias is a
        # node met twice (which is also how a "billion laughs" file is stopped at its first alias)
        if text.startswith("&", node.start_mark.index) or id(node) in seen:
            raise YamlProblem("yaml.alias", line_of(node.start_mark))
        seen.add(id(node))

    def scalar(node: yaml.ScalarNode, depth: int) -> str | None:
        if anchors:
            refuse_anchor(node)
        if node.tag != implicit:
            raise YamlProblem("yaml.tag", line_of(node.start_mark), node.tag)
        if depth > max_depth:
            raise YamlProblem("yaml.too_deep", line_of(node.start_mark))
        value: str = node.value
        if not node.style and value in nulls:
            return None
        if controls and _CONTROL.search(value):
            _refuse_control(node, value, text, line_of)
        return value

    def build(node: yaml.Node, path: Path, depth: int) -> Any:
        if type(node) is scalar_node:
            return scalar(node, depth)
        if anchors:
            refuse_anchor(node)
        if node.tag != implicit:
            raise YamlProblem("yaml.tag", line_of(node.start_mark), node.tag)
        if depth > max_depth:
            raise YamlProblem("yaml.too_deep", line_of(node.start_mark))
        inner = depth + 1
        if type(node) is sequence_node:
            items = []
            for index, item in enumerate(node.value):
                item_path = (*path, index)
                lines[item_path] = line_of(item.start_mark)
                items.append(
                    scalar(item, inner) if type(item) is scalar_node else build(item, item_path, inner)
                )
            return items
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not scalar_node:
                raise YamlProblem("yaml.complex_key", line_of(key_node.start_mark))
            key = scalar(key_node, inner)
            if key is None:
                key = ""
            if key in mapping:
                raise YamlProblem("yaml.duplicate_key", line_of(key_node.start_mark), key)
            key_path = (*path, key)
            lines[key_path] = line_of(key_node.start_mark)
            if type(value_node) is scalar_node:
                mapping[key] = scalar(value_node, inner)
            else:
                mapping[key] = build(value_node, key_path, inner)
        return mapping

    return build(root, (), 0)


def _refuse_control(node: yaml.ScalarNode, value: str, text: str, line_of: Any) -> None:
    """A `yaml` problem on the line of the first control character of the scalar `node`: where it
    stands in the file, or (written as an escape such as `\\e`) where the scalar starts."""
    bad = _CONTROL.search(value)
    assert bad is not None
    char = bad.group()
    start, end = node.start_mark.index, node.end_mark.index
    index = text.find(char, start, end)
    if index >= 0:
        line = line_of(node.start_mark) + text.count("\n", start, index)
        raise YamlProblem("yaml.control_char", line, f"U+{ord(char):04X}")
    raise YamlProblem("yaml.control_escape", line_of(node.start_mark), f"U+{ord(char):04X}")


def split_front_matter(text: str) -> tuple[str, int, str, int]:
    """Markdown with a `---` block: (front matter, its first line, body, the body's first line)."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        raise YamlProblem("yaml.no_front_matter", 1)
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if end is None:
        raise YamlProblem("yaml.front_matter_open", 1)
    front = text[4 : 4 + end.start()]
    body_start = 4 + end.end() + 1
    body_line = text.count("\n", 0, min(body_start, len(text))) + 1
    return front, 2, text[body_start:], body_line


# --- writing ------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, Chinese unescaped, multi-line text as literal blocks, dates unquoted."""

    def ignore_aliases(self, data: Any) -> bool:
        # records never hold anchors: a value used twice is written out twice
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # lists indented under their key, as people write them by hand
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and _literal_safe(value) else None
    if _OTHER_BREAKS.search(value):
        # only double quotes escape them; plain or single-quoted, U+0085 is folded into a space
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _literal_safe(value: str) -> bool:
    # literal blocks cannot carry trailing spaces on lines or some control/line-break characters
    return not any(ch in value for ch in "\r\x85\u2028\u2029\t") and not any(
        line != line.rstrip(" ") for line in value.split("\n")
    )


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: dict[str, Any]) -> str:
    """Canonical text of one record: key order as given, block style, LF line ends."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
