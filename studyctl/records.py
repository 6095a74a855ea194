"""Load a records folder: find it, read the partitions a command needs, validate every record.

The pipeline is bytes → `yamlio` (plain data with lines) → pydantic model → `Records`. Every
problem becomes a finding of the record rules (`yaml`, `schema`, `location`, `duplicate`); the
cross-record rule `reference` lives in `rules.records_rules`. Nothing here raises for a bad record:
loading always finishes and reports everything it found.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import os
import pickle
import re
import stat
import time
import types
import typing
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from studyctl.cache import Entry, RecordCache, chunk_of, make_entry
from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.models import (
    ALL_UNITS,
    Config,
    Essay,
    Member,
    Plan,
    Record,
    Review,
    Schedule,
    SelfReport,
    Session,
    Unit,
    is_slug,
    line_of,
)
from studyctl.parallel import available_cpus, run_parallel
from studyctl.yamlio import MAX_BYTES, Lines, YamlProblem, decode, parse_yaml, split_front_matter

CONFIG_FILE = "studyctl.yaml"
# folders partitioned by year, and the depth of record files below the year folder
YEAR_FOLDERS = {
    "plans": ".yaml",
    "schedules": ".yaml",
    "sessions": ".yaml",
    "essays": ".md",
    "reviews": ".yaml",
    "self-reports": ".md",
}
FLAT_FOLDERS = {"units": ".yaml", "members": ".yaml"}
_YEAR_DIR = re.compile(r"^\d{4}$")
_QUARTER_DIR = re.compile(r"^Q[1-4]$")
_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)$")


def find_root(start: Path, explicit: Path | None = None) -> Path:
    """The records folder: `explicit` if given, else the nearest folder up from `start`."""
    if explicit is not None:
        if not (explicit / CONFIG_FILE).is_file():
            raise StudyctlError("records.not_a_folder", path=str(explicit))
        return explicit.resolve()
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise StudyctlError("records.not_found", path=str(here))


@dataclass
class Records:
    """Everything loaded from one records folder, with the findings of loading it."""

    root: Path
    config: Config
    units: dict[str, Unit] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    plans: dict[tuple[str, int], Plan] = field(default_factory=dict)
    schedules: dict[str, Schedule] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    essays: dict[str, Essay] = field(default_factory=dict)
    reviews: dict[tuple[str, str], Review] = field(default_factory=dict)
    self_reports: dict[tuple[str, int], SelfReport] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    years: frozenset[int] | None = None  # the year partitions loaded; None: all of them
    # members by unit, built on first use (with the member count it was built for)
    _by_unit: tuple[int, dict[str, list[Member]]] | None = field(default=None, repr=False, compare=False)

    @property
    def language(self) -> str:
        return self.config.language

    def member_name(self, member_id: str) -> str:
        member = self.members.get(member_id)
        return member.name if member else member_id

    def members_of(self, units: Iterable[str]) -> list[Member]:
        """The members of these units (`all`: everyone), whether active or not."""
        units = list(units)
        if ALL_UNITS in units:
            return list(self.members.values())
        if self._by_unit is None or self._by_unit[0] != len(self.members):
            by_unit: dict[str, list[Member]] = {}
            for member in self.members.values():
                by_unit.setdefault(member.unit, []).append(member)
            self._by_unit = (len(self.members), by_unit)
        return [member for unit in dict.fromkeys(units) for member in self._by_unit[1].get(unit, [])]


def default_config() -> Config:
    """What rules use when studyctl.yaml itself is broken (its findings say so)."""
    return Config.model_construct(
        organization="", campaign_start=dt.date(dt.date.today().year, 1, 1), language="zh"
    )


# --- walking the folder --------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordFile:
    """One file to load: its path relative to the root, its kind and the year folder it sits in."""

    rel: str
    kind: str
    year: int | None = None
    quarter: int | None = None


# ISO week 1 of a year may start on 29 December: its sessions, and the schedules that list them,
# sit in the previous year's folders
EDGE_FOLDERS = frozenset({"sessions", "schedules"})
EDGE_FROM = "12-22"  # the sessions of the year before, from this day on
EDGE_UNTIL = "01-08"  # the sessions of the year after, before this day


def walk_records(root: Path, years: Iterable[int] | None = None) -> Iterator[RecordFile | Finding]:
    """Every record file of the layout, and a `location` finding for anything out of place.

    With `years`, only those year partitions, plus the sessions of the days around New Year on
    either side and those years' schedules (a week can straddle New Year)."""
    wanted = None if years is None else set(years)
    edges = (
        {}
        if not wanted
        else {
            min(wanted) - 1: (f"{min(wanted) - 1}-{EDGE_FROM}", "~"),
            max(wanted) + 1: ("", f"{max(wanted) + 1}-{EDGE_UNTIL}"),
        }
    )
    yield RecordFile(CONFIG_FILE, "config")
    yield from _misspelt_folders(root)
    for folder, suffix in FLAT_FOLDERS.items():
        yield from _files_in(root, folder, suffix, folder, None)
    for folder, suffix in YEAR_FOLDERS.items():
        problem = _folder_problem(root, folder)
        if problem is not None:
            yield problem
            continue
        for entry in _entries(root, folder):
            if not entry.is_dir(follow_symlinks=False):
                yield _misplaced(entry, root)
                continue
            if not _YEAR_DIR.match(entry.name):
                yield _location(f"{folder}/{entry.name}", None, "location.bad_year_folder")
                continue
            year = int(entry.name)
            rel = f"{folder}/{entry.name}"
            if wanted is not None and year not in wanted:
                if year in edges and folder in EDGE_FOLDERS:
                    first, last = edges[year] if folder == "sessions" else ("", "~")
                    for item in _files_in(root, rel, suffix, folder, year):
                        if isinstance(item, RecordFile) and first <= item.rel.rsplit("/", 1)[-1] < last:
                            yield item
                continue
            if folder == "reviews":
                for quarter in _entries(root, rel):
                    if not quarter.is_dir(follow_symlinks=False) or not _QUARTER_DIR.match(quarter.name):
                        yield _misplaced(quarter, root)
                        continue
                    q = int(quarter.name[1])
                    yield from _files_in(root, f"{rel}/{quarter.name}", suffix, folder, year, q)
            else:
                yield from _files_in(root, rel, suffix, folder, year)


def _misspelt_folders(root: Path) -> Iterator[Finding]:
    """A top-level folder named almost like a record folder (`member/`): its records would be
    silently missed. Other folders (attachments, notes) may live beside the records."""
    from difflib import get_close_matches

    known = [*FLAT_FOLDERS, *YEAR_FOLDERS]
    for entry in _entries(root, "."):
        if entry.name in known or not entry.is_dir(follow_symlinks=False):
            continue
        close = get_close_matches(entry.name.lower(), known, n=1, cutoff=0.8)
        if close:
            name = entry.name
            yield _location(name, None, "location.misspelt_folder", folder=name, expected=close[0])


def _entries(root: Path, rel: str) -> list[os.DirEntry[str]]:
    path = root / rel
    try:
        if path.is_symlink():
            return []
        with os.scandir(path) as it:
            return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return []


def _folder_problem(root: Path, rel: str) -> Finding | None:
    """A folder of the layout that is a link (never followed) or a file: its records would be missed."""
    path = root / rel
    if path.is_symlink():
        return _location(rel, None, "location.not_regular")
    if path.exists() and not path.is_dir():
        return _location(rel, None, "location.not_a_folder")
    return None


def _files_in(
    root: Path, rel: str, suffix: str, kind: str, year: int | None, quarter: int | None = None
) -> Iterator[RecordFile | Finding]:
    problem = _folder_problem(root, rel)
    if problem is not None:
        yield problem
        return
    for entry in _entries(root, rel):
        if not entry.is_file(follow_symlinks=False) or not entry.name.endswith(suffix):
            yield _misplaced(entry, root, suffix)
            continue
        yield RecordFile(f"{rel}/{entry.name}", kind, year, quarter)


def _misplaced(entry: os.DirEntry[str], root: Path, suffix: str = "") -> Finding:
    rel = Path(entry.path).relative_to(root).as_posix()
    if entry.is_symlink() or not (
        entry.is_file(follow_symlinks=False) or entry.is_dir(follow_symlinks=False)
    ):
        return _location(rel, None, "location.not_regular")
    return _location(rel, None, "location.unexpected_file", suffix=suffix or "/")


def _location(rel: str, line: int | None, key: str, **params: Any) -> Finding:
    return Finding.make("location", "error", rel, line, _subject_of(rel), key, **params)


def _subject_of(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


# --- reading one file ----------------------------------------------------------------------------

MODELS: dict[str, type[Record]] = {
    "config": Config,
    "units": Unit,
    "members": Member,
    "plans": Plan,
    "schedules": Schedule,
    "sessions": Session,
    "essays": Essay,
    "reviews": Review,
    "self-reports": SelfReport,
}
MARKDOWN_KINDS = frozenset({"essays", "self-reports"})


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
    fd = os.open(root / rel, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(rel)
        chunks = []
        left = MAX_BYTES + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), info
    finally:
        os.close(fd)


def parse_record_bytes(rel: str, kind: str, raw: bytes) -> Parsed:
    """Bytes to plain data with lines, or the `yaml` finding saying why not."""
    subject = _subject_of(rel)
    try:
        text = decode(raw)
        if kind in MARKDOWN_KINDS:
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
    model = MODELS[kind]
    try:
        record = model.model_validate(parsed.data)
    except ValidationError as exc:
        return None, [*parsed.findings, *schema_findings(rel, model, parsed, exc)]
    record.located(rel, parsed.lines)
    if isinstance(record, Essay | SelfReport):
        record._body_chars = parsed.body_chars
    if isinstance(record, Session | Essay):
        record._id = _subject_of(rel)
    return record, list(parsed.findings)


def schema_findings(rel: str, model: type[BaseModel], parsed: Parsed, exc: ValidationError) -> list[Finding]:
    subject = _subject_of(rel)
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
    """A record whose folder or file name disagrees with its content."""
    rel = source.rel
    stem = _subject_of(rel)
    problems: list[tuple[int | None, str, dict[str, Any]]] = []

    def expect(field_name: str, actual: Any, wanted: Any) -> None:
        if actual != wanted:
            problems.append(
                (
                    record.line(field_name),
                    "location.mismatch",
                    {"field": field_name, "value": actual, "expected": wanted},
                )
            )

    if isinstance(record, Unit | Member):
        expect("id", record.id, stem)
    elif isinstance(record, Plan | SelfReport):
        expect("member", record.member, stem)
        expect("year", record.year, source.year)
    elif isinstance(record, Review):
        expect("member", record.member, stem)
        expect("quarter", record.quarter, f"{source.year}Q{source.quarter}")
    elif isinstance(record, Schedule):
        years = {record.published.year, *(entry.date.year for entry in record.entries)}
        if source.year not in years:
            problems.append((record.line("published"), "location.schedule_year", {"year": source.year}))
    elif isinstance(record, Session):
        match = _DATED_NAME.match(stem)
        if match is None or not is_slug(match[2]):
            problems.append((None, "location.session_name", {"date": record.date.isoformat()}))
        else:
            expect("date", record.date.isoformat(), match[1])
        expect("date", record.date.year, source.year)
    elif isinstance(record, Essay):
        prefix = f"{record.date.isoformat()}-{record.author}-"
        if not stem.startswith(prefix) or not is_slug(stem[len(prefix) :]):
            problems.append((record.line("date"), "location.essay_name", {"prefix": prefix}))
        expect("date", record.date.year, source.year)
    return [
        Finding.make("location", "error", rel, line, stem, key, **params) for line, key, params in problems
    ]


# --- the whole folder ----------------------------------------------------------------------------

Reader = Callable[[Path, list[RecordFile]], list[tuple[RecordFile, Parsed]]]


def parse_files(root: Path, files: list[RecordFile]) -> list[tuple[RecordFile, Parsed]]:
    """Read and parse each file in this process."""
    out = []
    for source in files:
        try:
            raw = read_bytes(root, source.rel)
        except FileNotFoundError:
            if source.kind == "config":
                raise StudyctlError("records.not_found", path=str(root)) from None
            continue  # removed since the walk
        except OSError as exc:
            out.append((source, Parsed(None, {}, findings=[_unreadable(source, exc)])))
            continue
        out.append((source, parse_record_bytes(source.rel, source.kind, raw)))
    return out


def _unreadable(source: RecordFile, exc: OSError) -> Finding:
    # a link (O_NOFOLLOW says ELOOP) or a special file put there since the walk
    if exc.errno == errno.ELOOP or isinstance(exc, IsADirectoryError):
        return _location(source.rel, None, "location.not_regular")
    return _location(source.rel, None, "location.unreadable", detail=exc.strerror or str(exc))


@dataclass
class Loaded:
    """One record file loaded: its record (None if it did not load) and the findings of its own."""

    source: RecordFile
    record: Record | None
    findings: list[Finding]
    misplaced: bool = False  # it has location findings


def load_file(root: Path, source: RecordFile) -> tuple[Loaded, Entry | None] | None:
    """Read, parse and validate one file, with its cache entry if it loaded without a finding;
    None if the file is gone since the walk."""
    read_at = time.time_ns()
    try:
        raw, info = read_bytes_and_stat(root, source.rel)
    except FileNotFoundError:
        if source.kind == "config":
            raise StudyctlError("records.not_found", path=str(root)) from None
        return None
    except OSError as exc:
        return Loaded(source, None, [_unreadable(source, exc)]), None
    parsed = parse_record_bytes(source.rel, source.kind, raw)
    record, findings = validate_record(source.rel, source.kind, parsed)
    if record is None:
        return Loaded(source, None, findings), None
    out_of_place = location_findings(source, record)
    if findings or out_of_place:
        return Loaded(source, record, findings + out_of_place, bool(out_of_place)), None
    return Loaded(source, record, []), make_entry(info, raw, read_at, record, parsed.lines)


# files read per call of the reader when progress is reported
PROGRESS_BATCH = 200
Progress = Callable[[int, int], None]  # (files read so far, files in all)
# files to parse before starting more processes pays: a fork costs what ~100 files do
PARALLEL_FROM = 400


def load_records(
    root: Path,
    years: Iterable[int] | None = None,
    reader: Reader | None = None,
    progress: Progress | None = None,
    kinds: Collection[str] | None = None,
    use_cache: bool = True,
) -> Records:
    """Load the folder (only the year partitions in `years`, if given) and validate every record.

    Records come from the cache of `.studyctl/cache/` where their files did not change, the others
    are parsed, in several processes when there are many (see `cache.py`, `parallel.py`); a
    `reader`, if given, reads instead, in this process and without the cache. `kinds` keeps only
    those kinds of record (`config`, `units`, `members`, `sessions` …). `progress`, if given, is
    called as files are read, so that a front end can show how far it got."""
    walked = list(walk_records(root, years))
    files = [
        item for item in walked if isinstance(item, RecordFile) and (kinds is None or item.kind in kinds)
    ]
    findings = [item for item in walked if isinstance(item, Finding)]
    records = Records(root=root, config=default_config(), years=None if years is None else frozenset(years))
    records.findings = findings
    misplaced: list[tuple[RecordFile, Record]] = []
    with _gc_paused():
        if reader is not None:
            loaded = [
                _validated(source, parsed)
                for source, parsed in _read_reporting(root, files, reader, progress)
            ]
        else:
            use_cache = use_cache and not os.environ.get("STUDYCTL_NO_CACHE")
            loaded = _load_files(root, files, progress, use_cache)
        for item in loaded:
            findings.extend(item.findings)
            if item.record is None:
                continue
            if item.misplaced:
                misplaced.append((item.source, item.record))
            else:
                findings.extend(_add_record(records, item.source, item.record))
        # of two records with the same key, the one where it belongs is kept, the other is the duplicate
        for source, record in misplaced:
            findings.extend(_add_record(records, source, record))
    return records


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while records load: loading makes millions of objects and no
    garbage, and the collector would walk them all again and again (a third of a cold load).

    Afterwards what was loaded is frozen out of the collector's sight: it lives as long as the
    command, and the checks that follow would otherwise make the collector walk it again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _validated(source: RecordFile, parsed: Parsed) -> Loaded:
    record, findings = validate_record(source.rel, source.kind, parsed)
    if record is None:
        return Loaded(source, None, findings)
    out_of_place = location_findings(source, record)
    return Loaded(source, record, findings + out_of_place, bool(out_of_place))


def _load_files(
    root: Path, files: list[RecordFile], progress: Progress | None, use_cache: bool
) -> list[Loaded]:
    """Every file loaded, in the order given: from the cache where it holds the file, else parsed."""
    cache = RecordCache.open(root, read_bytes_and_stat) if use_cache else None
    loaded: dict[str, Loaded] = {}
    misses = []
    if cache is None:
        misses = files
    else:
        by_chunk: dict[str, list[RecordFile]] = {}
        for source in files:
            by_chunk.setdefault(chunk_of(source.rel), []).append(source)
        root_text = str(root)
        for chunk, sources in by_chunk.items():
            found = cache.lookup(root_text, chunk, [source.rel for source in sources])
            for source, record in zip(sources, found, strict=True):
                if record is None:
                    misses.append(source)
                else:
                    loaded[source.rel] = Loaded(source, record, [])
    if misses:
        # progress is first reported once the files are parsing: in the parallel case, once the
        # workers are forked (a progress bar runs a thread, and forking beside a thread is unsafe)
        for item in _parse_files(root, misses, cache, progress, len(loaded), len(files)):
            loaded[item.source.rel] = item
    if cache is not None:
        cache.save(root)
    return [loaded[source.rel] for source in files if source.rel in loaded]


def _parse_files(
    root: Path,
    files: list[RecordFile],
    cache: RecordCache | None,
    progress: Progress | None,
    done: int,
    total: int,
) -> Iterator[Loaded]:
    """Parse `files`: here if they are few, else in one process per CPU, a chunk of the cache each."""
    workers = available_cpus()
    if len(files) < PARALLEL_FROM or workers < 2:
        for count, source in enumerate(files, 1):
            result = load_file(root, source)
            if result is not None:
                item, entry = result
                if cache is not None:
                    cache.store(source.rel, entry)
                yield item
            if progress is not None and (count % PROGRESS_BATCH == 0 or count == len(files)):
                progress(done + count, total)
        return
    by_chunk: dict[str, list[RecordFile]] = {}
    for source in files:
        by_chunk.setdefault(chunk_of(source.rel), []).append(source)
    # the largest chunks first, so that no worker is left with a big one at the end
    tasks = sorted(((root, chunk, sources) for chunk, sources in by_chunk.items()), key=lambda t: -len(t[2]))
    for index, (chunk, payload, others) in run_parallel(_load_chunk, tasks, workers):
        entries: dict[str, Entry] = (
            cache.adopt(chunk, payload) if cache is not None else pickle.loads(payload)
        )
        for source in tasks[index][2]:
            entry = entries.get(source.rel.rpartition("/")[2])
            if entry is not None:
                yield Loaded(source, entry.record, [])
        for item in others:
            if cache is not None:
                cache.store(item.source.rel, None)
            yield item
        done += len(tasks[index][2])
        if progress is not None:
            progress(done, total)


def _load_chunk(task: tuple[Path, str, list[RecordFile]]) -> tuple[str, bytes, list[Loaded]]:
    """In a worker: load the files of one chunk; the clean ones come back pickled as cache entries,
    ready to be written as the chunk's file, the others (with findings) as they are."""
    root, chunk, files = task
    entries: dict[str, Entry] = {}
    others: list[Loaded] = []
    for source in files:
        result = load_file(root, source)
        if result is None:
            continue
        item, entry = result
        if entry is None:
            others.append(item)
        else:
            entries[source.rel.rpartition("/")[2]] = entry
    return chunk, pickle.dumps(entries, pickle.HIGHEST_PROTOCOL), others


def _read_reporting(
    root: Path, files: list[RecordFile], reader: Reader, progress: Progress | None
) -> Iterator[tuple[RecordFile, Parsed]]:
    """The reader's results; with `progress`, read in batches and report after each one."""
    if progress is None:
        yield from reader(root, files)
        return
    progress(0, len(files))
    for start in range(0, len(files), PROGRESS_BATCH):
        yield from reader(root, files[start : start + PROGRESS_BATCH])
        progress(min(start + PROGRESS_BATCH, len(files)), len(files))


# the field that makes two records the same one (sessions and essays are named by their file)
_KEY_FIELDS: dict[type[Record], str] = {
    Unit: "id",
    Member: "id",
    Plan: "member",
    Review: "member",
    SelfReport: "member",
    Session: "date",
    Essay: "date",
}


def _add_record(records: Records, source: RecordFile, record: Record) -> list[Finding]:
    duplicate = _add(records, source, record)
    if duplicate is None:
        return []
    line = record.line(_KEY_FIELDS.get(type(record), ""))
    subject = _subject_of(source.rel)
    return [
        Finding.make("duplicate", "error", source.rel, line, subject, "duplicate.record", other=duplicate)
    ]


def _add(records: Records, source: RecordFile, record: Record) -> str | None:
    """File `record` in its table; the file of the record it duplicates, if any."""
    if isinstance(record, Config):
        records.config = record
        return None
    table, key = _table_and_key(records, source, record)
    if key in table:
        other: str = table[key].file
        return other
    table[key] = record
    return None


def _table_and_key(records: Records, source: RecordFile, record: Record) -> tuple[dict[Any, Any], Any]:
    if isinstance(record, Unit | Member):
        return (records.units if isinstance(record, Unit) else records.members), record.id
    if isinstance(record, Plan):
        return records.plans, (record.member, record.year)
    if isinstance(record, Schedule):
        return records.schedules, source.rel
    if isinstance(record, Session | Essay):
        return (records.sessions if isinstance(record, Session) else records.essays), record.id
    if isinstance(record, Review):
        return records.reviews, (record.member, record.quarter)
    assert isinstance(record, SelfReport)
    return records.self_reports, (record.member, record.year)
