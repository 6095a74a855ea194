"""Reading one record file: bytes → plain data with lines (`yamlio`) → the kind's model, with
a `yaml`, `schema` or `location` finding for whatever is wrong, each with its line.

Nothing here raises for a bad record, and nothing here knows a kind by name: the table of kinds
(`kinds.py`) says which model a file holds, whether it is Markdown and how it agrees with its path.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from studyctl.findings import Finding
from studyctl.kinds import KINDS, RecordFile, stem_of
from studyctl.layout import location
from studyctl.models import Record, line_of
from studyctl.yamlio import MAX_BYTES, Lines, YamlProblem, decode, parse_yaml, split_front_matter

# --- reading one file ----------------------------------------------------------------------------


def is_markdown(kind: str) -> bool:
    """Whether files of `kind` are front matter and a Markdown body."""
    return KINDS[kind].markdown


@dataclass
class Parsed:
    """A file read as plain data: what the cache keeps. `data` is None when it did not parse."""

    data: dict[str, Any] | None
    lines: Lines
    body_chars: int = 0
    findings: list[Finding] = field(default_factory=list)


def read_bytes(root: Path, rel: str) -> bytes:
    """The file's bytes, never through a link: a link swapped in after the walk is refused.

    A FIFO swapped in does not block the open, and at most one byte more than a record may hold is
    read (enough for `decode` to refuse it), so a huge file cannot eat the memory."""
    return read_bytes_and_stat(root, rel)[0]


def read_bytes_and_stat(root: Path, rel: str) -> tuple[bytes, os.stat_result]:
    """`read_bytes`, and the stat of the very file read (the cache keys its entry on it)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(f"{root}/{rel}", flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(rel)
        # one read for the size the file has, and one byte more: a short read is the end of it
        wanted = min(info.st_size + 1, MAX_BYTES + 1)
        first = os.read(fd, wanted)
        if len(first) < wanted:
            return first, info
        chunks = [first]
        left = MAX_BYTES + 1 - len(first)
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), info
    finally:
        os.close(fd)


def parse_record_bytes(rel: str, kind: str, raw: bytes) -> Parsed:
    """Bytes to plain data with lines, or the `yaml` finding saying why not."""
    subject = stem_of(rel)
    try:
        text = decode(raw)
        if is_markdown(kind):
            front, first_line, body, _ = split_front_matter(text)
            data, lines = parse_yaml(front, first_line)
            return Parsed(data, lines, body_chars=len(body.strip()))
        data, lines = parse_yaml(text)
        return Parsed(data, lines)
    except YamlProblem as problem:
        finding = Finding.make(
            "yaml", "error", rel, problem.line, subject, problem.key, detail=problem.detail
        )
        return Parsed(None, {}, findings=[finding])


def validate_record(rel: str, kind: str, parsed: Parsed) -> tuple[Record | None, list[Finding]]:
    """Plain data to a model, or `schema` findings with the line of each offending field."""
    if parsed.data is None:
        return None, list(parsed.findings)
    table = KINDS[kind]
    model = table.model
    try:
        record = model.model_validate(parsed.data)
    except ValidationError as exc:
        return None, [*parsed.findings, *schema_findings(rel, model, parsed, exc)]
    record.located(rel, parsed.lines)
    if table.markdown:
        record._body_chars = parsed.body_chars  # type: ignore[attr-defined]
    if table.id_from_file:
        record._id = stem_of(rel)  # type: ignore[attr-defined]
    return record, list(parsed.findings)


def schema_findings(rel: str, model: type[BaseModel], parsed: Parsed, exc: ValidationError) -> list[Finding]:
    """One `schema` finding per pydantic error, at the line of the offending field."""
    subject = stem_of(rel)
    out = []
    for error in exc.errors(include_url=False):
        path = _data_path(parsed.data, error["loc"])
        field_name = field_label(path)
        line = line_of(parsed.lines, path)
        key, params = _schema_message(error, model, path)
        out.append(Finding.make("schema", "error", rel, line, subject, key, field=field_name, **params))
    return out


def field_label(path: tuple[str | int, ...]) -> str:
    """A field as a person finds it in the file: `items[2].due` is `due` of the second item."""
    label = ""
    for part in path:
        if isinstance(part, int):
            label += f"[{part + 1}]"
        else:
            label += f".{part}" if label else part
    return label or "-"


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """The part of pydantic's `loc` that names places in the data (it adds union branch names)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
            path.append(part)
        elif isinstance(node, dict) and isinstance(part, str) and part not in node and part == loc[-1]:
            path.append(part)  # a missing field: point at its parent, name the field
            break
    return tuple(path)


_ERROR_KEYS = {
    "missing": "schema.missing",
    "extra_forbidden": "schema.unknown",
    "literal_error": "schema.choice",
    "slug": "schema.slug",
    "blank": "schema.blank",
    "quarter": "schema.quarter",
    "left_order": "schema.left_order",
    "date_parsing": "schema.date",
    "date_format": "schema.date",
    "date_from_datetime_parsing": "schema.date",
    "date_from_datetime_inexact": "schema.date",
    "date_type": "schema.date",
    "int_parsing": "schema.int",
    "int_type": "schema.int",
    "int_from_float": "schema.int",
    "float_parsing": "schema.number",
    "float_type": "schema.number",
    "bool_parsing": "schema.bool",
    "bool_type": "schema.bool",
    "greater_than_equal": "schema.min",
    "less_than_equal": "schema.max",
    "string_type": "schema.text",
    "list_type": "schema.list",
    "dict_type": "schema.mapping",
    "model_type": "schema.mapping",
    "model_attributes_type": "schema.mapping",
}


def _schema_message(
    error: Any, model: type[BaseModel], path: tuple[str | int, ...]
) -> tuple[str, dict[str, Any]]:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        allowed = ", ".join(_fields_at(model, path[:-1]))
        return "schema.unknown", {"allowed": allowed}
    if kind == "missing":
        return "schema.missing", {}
    if value is None:
        return "schema.empty", {}
    key = _ERROR_KEYS.get(kind)
    if key is None:
        return "schema.invalid", {"detail": error["msg"], "value": _show(value)}
    params: dict[str, Any] = {"value": _show(value)}
    if kind == "literal_error":
        # pydantic says "'a', 'b' or 'c'"; the choices are listed as they are written in a record
        expected = str(error.get("ctx", {}).get("expected", ""))
        params["expected"] = " | ".join(re.findall(r"'([^']*)'", expected)) or expected
    if kind in ("greater_than_equal", "less_than_equal"):
        ctx = error.get("ctx", {})
        params["limit"] = ctx.get("ge", ctx.get("le", ""))
    return key, params


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _fields_at(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """The field names allowed at `path` inside `model`, for the hint of an unknown field."""
    annotation: Any = model
    for part in path:
        annotation = _unwrap(annotation)
        if isinstance(part, int) or (typing.get_origin(annotation) is dict):
            args = typing.get_args(annotation)
            annotation = args[-1] if args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part)
            annotation = info.annotation if info else None
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """X | None → X; Annotated[X, …] → X (repeatedly)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation
        else:
            return annotation


# --- where a record belongs ----------------------------------------------------------------------


def location_findings(source: RecordFile, record: Record) -> list[Finding]:
    """A record whose folder or file name disagrees with its content (the kind says how)."""
    problems = KINDS[source.kind].location(record, source)
    return [
        Finding.make("location", "error", source.rel, line, source.stem, key, **params)
        for line, key, params in problems
    ]


# --- a file that cannot be read ------------------------------------------------------------------


def unreadable(source: RecordFile, exc: OSError) -> Finding:
    """The `location` finding for a record file that the walk saw but that cannot be read."""
    # a link (O_NOFOLLOW says ELOOP) or a special file put there since the walk
    if exc.errno == errno.ELOOP or isinstance(exc, IsADirectoryError):
        return location(source.rel, None, "location.not_regular")
    return location(source.rel, None, "location.unreadable", detail=exc.strerror or str(exc))
