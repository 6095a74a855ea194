"""Load a records folder: find it, read the partitions a command needs, validate every record.

The pipeline is bytes → `yamlio` (plain data with lines) → pydantic model → `Records`. Every
problem becomes a finding of the record rules (`yaml`, `schema`, `location`, `duplicate`); the
cross-record rule `reference` lives in `rules.records_rules`. Nothing here raises for a bad record:
loading always finishes and reports everything it found.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import pickle
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyctl.errors import StudyctlError
from studyctl.findings import Finding
from studyctl.future import future_findings
from studyctl.kinds import CONFIG_FILE, KINDS, Kind, RecordFile
from studyctl.layout import walk
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
)
from studyctl.record_file import (
    Parsed,
    location_findings,
    parse_record_bytes,
    read_bytes,
    read_bytes_and_stat,
    unreadable,
    validate_record,
)

if TYPE_CHECKING:
    from studyctl.cache import Entry, RecordCache

# the folders of the layout with their file suffix (read from the table of kinds)
FLAT_FOLDERS = {kind.folder: kind.suffix for kind in KINDS.values() if kind.partition == "none"}
YEAR_FOLDERS = {kind.folder: kind.suffix for kind in KINDS.values() if kind.partition in ("year", "quarter")}

# kept for code written before the table of kinds: read `kinds.KINDS` instead
MODELS = {name: kind.model for name, kind in KINDS.items()}
MARKDOWN_KINDS = frozenset(name for name, kind in KINDS.items() if kind.markdown)

__all__ = [
    "CONFIG_FILE",
    "FLAT_FOLDERS",
    "MARKDOWN_KINDS",
    "MODELS",
    "YEAR_FOLDERS",
    "BrokenConfig",
    "Parsed",
    "RecordFile",
    "Records",
    "find_root",
    "load_records",
    "location_findings",
    "parse_record_bytes",
    "read_bytes",
    "refuse_broken_config",
    "validate_record",
    "walk_records",
]


def walk_records(root: Path, years: Iterable[int] | None = None) -> Iterator[RecordFile | Finding]:
    """The record files of the layout and the `location` findings of the walk (see `layout.walk`)."""
    for item in walk(root, years):
        if isinstance(item, RecordFile | Finding):
            yield item


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
    # the tables of kinds that have no attribute above (a kind added to the table of kinds)
    others: dict[str, dict[Any, Record]] = field(default_factory=dict)
    # records that failed to load (yaml, schema): kind -> the key its path gives -> its file
    broken: dict[str, dict[Any, str]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    years: frozenset[int] | None = None  # the year partitions loaded; None: all of them
    # members by unit, built on first use (with the member count it was built for)
    _by_unit: tuple[int, dict[str, list[Member]]] | None = field(default=None, repr=False, compare=False)

    @property
    def language(self) -> str:
        """The output language the config asks for."""
        return self.config.language

    def table(self, kind: str) -> dict[Any, Record]:
        """The loaded records of `kind`, by key."""
        name = KINDS[kind].table
        found = getattr(self, name, None)
        if isinstance(found, dict):
            return found
        return self.others.setdefault(name, {})

    def tables(self) -> Iterator[tuple[Kind, dict[Any, Record]]]:
        """Every kind but the config, with its loaded records."""
        for kind in KINDS.values():
            if kind.partition != "root":
                yield kind, self.table(kind.name)

    def add(self, source: RecordFile, record: Record) -> str | None:
        """File `record` in its table; the file of the record it duplicates, if any."""
        kind = KINDS[source.kind]
        if kind.partition == "root":
            self.config = record  # type: ignore[assignment]
            return None
        table = self.table(source.kind)
        key = kind.key(record, source)
        if key in table:
            return table[key].file
        table[key] = record
        return None

    def member_name(self, member_id: str) -> str:
        """The member's display name, or the id itself for an unknown member."""
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


def default_config(year: int) -> Config:
    """What rules use when studyctl.yaml itself is broken (its findings say so): the campaign
    taken to start on 1 January of `year`."""
    return Config.model_construct(organization="", campaign_start=dt.date(year, 1, 1), language="zh")


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
            out.append((source, Parsed(None, {}, findings=[unreadable(source, exc)])))
            continue
        out.append((source, parse_record_bytes(source.rel, source.kind, raw)))
    return out


@dataclass
class Loaded:
    """One record file loaded: its record (None if it did not load) and the findings of its own."""

    source: RecordFile
    record: Record | None
    findings: list[Finding]
    misplaced: bool = False  # it has location findings


def load_file(root: Path, source: RecordFile, entry: bool = True) -> tuple[Loaded, Entry | None] | None:
    """Read, parse and validate one file, with its cache entry if it loaded without a finding (and
    `entry`: none is made for a load without the cache); None if the file is gone since the walk."""
    read_at = time.time_ns()
    try:
        raw, info = read_bytes_and_stat(root, source.rel)
    except FileNotFoundError:
        if source.kind == "config":
            raise StudyctlError("records.not_found", path=str(root)) from None
        return None
    except OSError as exc:
        return Loaded(source, None, [unreadable(source, exc)]), None
    parsed = parse_record_bytes(source.rel, source.kind, raw)
    record, findings = validate_record(source.rel, source.kind, parsed)
    if record is None:
        return Loaded(source, None, findings), None
    out_of_place = location_findings(source, record)
    if findings or out_of_place:
        return Loaded(source, record, findings + out_of_place, bool(out_of_place)), None
    if not entry:
        return Loaded(source, record, []), None
    from studyctl.cache import make_entry

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
    today: dt.date | None = None,
    walked: Iterable[RecordFile | Finding] | None = None,
) -> Records:
    """Load the folder (only the year partitions in `years`, if given) and validate every record.

    Records come from the cache of `.studyctl/cache/` where their files did not change, the others
    are parsed, in several processes when there are many (see `cache.py`, `parallel.py`); a
    `reader`, if given, reads instead, in this process and without the cache. `kinds` keeps only
    those kinds of record (`config`, `units`, `members`, `sessions` …). `progress`, if given, is
    called as files are read, so that a front end can show how far it got. `today`, if given, makes
    every session, essay or plan item dated after it a `schema` finding (`future.py`). `walked`, if
    given, is what to load (record files, in the walker's order, and the walk's findings) instead of
    what a walk of `root` finds: the pre-commit hook names files it read from git."""
    items: list[Any] = list(walk(root, years) if walked is None else walked)
    files = [item for item in items if isinstance(item, RecordFile) and (kinds is None or item.kind in kinds)]
    findings = [item for item in items if isinstance(item, Finding)]
    loaded_years = None if years is None else frozenset(years)
    # with studyctl.yaml broken, the campaign is taken to start with the year of today or of the records
    first_year = today.year if today is not None else min(loaded_years or {dt.MINYEAR})
    records = Records(root=root, config=default_config(first_year), years=loaded_years)
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
                if item.findings and all(f.rule in ("yaml", "schema") for f in item.findings):
                    _note_broken(records, item.source)
                continue
            if item.misplaced:
                misplaced.append((item.source, item.record))
            else:
                findings.extend(_add_record(records, item.source, item.record))
        # of two records with the same key, the one where it belongs is kept, the other is the duplicate
        for source, record in misplaced:
            findings.extend(_add_record(records, source, record))
    if today is not None:
        dated = (*records.sessions.values(), *records.essays.values(), *records.plans.values())
        findings.extend(future_findings(dated, today))
    return records


class BrokenConfig(StudyctlError):
    """studyctl.yaml does not load: nothing can be judged by defaults nobody chose."""

    def __init__(self, finding: Finding) -> None:
        super().__init__("clerk.config_broken", file=finding.file, line=finding.line or 1)
        self.finding = finding

    def render(self, lang: str) -> str:
        """The error in `lang`: the line of studyctl.yaml that is wrong, what is wrong with it, and the
        hint."""
        from studyctl.messages import t

        detail = self.finding.message(lang)
        text = t(self.key, lang, **self.params, detail=detail)
        return text + "\n" + t(self.key + ".hint", lang, **self.params)


def refuse_broken_config(records: Records) -> Records:
    """`records`, unless studyctl.yaml did not load: then BrokenConfig for its first error. The
    commands call it (the loader itself reports every file, the config too, as findings), so that
    no command reports or writes by defaults nobody chose."""
    for finding in records.findings:
        if finding.file == CONFIG_FILE and finding.severity == "error" and finding.rule in ("yaml", "schema"):
            raise BrokenConfig(finding)
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
    """Every file loaded, in the order given: from the cache where it holds the file, else parsed.
    (The cache's module is imported only with the cache: the pre-commit hook, which never reads it,
    starts faster without it.)"""
    cache = None
    if use_cache:
        from studyctl.cache import RecordCache

        cache = RecordCache.open(root, read_bytes_and_stat)
    loaded: dict[str, Loaded] = {}
    misses = []
    if cache is None:
        misses = files
    else:
        from studyctl.cache import chunk_of

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


def available_cpus() -> int:
    """The CPUs this process may run on (`parallel.available_cpus`, imported when files are many)."""
    from studyctl.parallel import available_cpus as cpus

    return cpus()


def _parse_files(
    root: Path,
    files: list[RecordFile],
    cache: RecordCache | None,
    progress: Progress | None,
    done: int,
    total: int,
) -> Iterator[Loaded]:
    """Parse `files`: here if they are few, else in one process per CPU, a chunk of the cache each."""
    workers = available_cpus() if len(files) >= PARALLEL_FROM else 1
    if workers < 2:
        for count, source in enumerate(files, 1):
            result = load_file(root, source, cache is not None)
            if result is not None:
                item, entry = result
                if cache is not None:
                    cache.store(source.rel, entry)
                yield item
            if progress is not None and (count % PROGRESS_BATCH == 0 or count == len(files)):
                progress(done + count, total)
        return
    from studyctl.cache import chunk_of
    from studyctl.parallel import run_parallel

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


def _add_record(records: Records, source: RecordFile, record: Record) -> list[Finding]:
    duplicate = records.add(source, record)
    if duplicate is None:
        return []
    line = record.line(KINDS[source.kind].key_field)
    return [
        Finding.make("duplicate", "error", source.rel, line, source.stem, "duplicate.record", other=duplicate)
    ]


def _note_broken(records: Records, source: RecordFile) -> None:
    """Remember the key a record that failed to load would have had: the rules that look for it
    then know it is there, only broken (one broken record, one finding)."""
    key = KINDS[source.kind].key_from_path(source)
    if key is not None:
        records.broken.setdefault(source.kind, {})[key] = source.rel
