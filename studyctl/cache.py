"""The cache of parsed and validated records, in `.studyctl/cache/` of the records folder.

A clerk checks the current quarter many times a day, and parsing a year of a county's records
takes seconds; the cache makes every run after the first one cost a stat per file. It holds
records that loaded *cleanly*: a file with a finding of its own (yaml, schema, location) is never
cached, so it is read again on every run and its findings can never be hidden.

An entry is used only while the file's size, mtime_ns, ctime_ns and inode are what they were when
it was read. An edit changes the ctime even when it restores size and mtime; a file replaced by a
rename has another inode. A file changed within `RACY_NS` of its reading may share all four with
its next version (file times are coarse), so such an entry also keeps a digest of the bytes, and
is used only after the file is read again and matches it.

Records are grouped in chunk files, one per folder (one per month for sessions and essays, whose
names start with their date), so that a run reads only the chunks of the partitions it loads.
A chunk file starts with a header naming the cache format, a fingerprint of the code that parsed
and validated its records (the versions of Python, pydantic and PyYAML and the source of the
modules that make records) and a checksum of the rest: a chunk that is corrupt, truncated, from
another version or from another chunk is ignored and rebuilt, never trusted. The payload is a
pickle read with an unpickler that builds nothing but the record models, their field lines and
dates. Nothing here is ever needed: a records folder that cannot be written works without a cache.

The records are kept as the pydantic models themselves: rebuilding them from plain data would
validate every record again, which costs more than parsing them once did. Two things keep them
small and quick to load: the field lines of a record are kept as bytes and decoded only when a
check asks for a line, and equal attendance entries (`present`, `leave` with the same reason …)
are one shared object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import marshal
import os
import pickle
import re
import sys
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel

from studyctl import models
from studyctl.models import Attendance, Record, Session
from studyctl.statedir import state_dir
from studyctl.yamlio import Lines

CACHE_FORMAT = 1
CACHE_DIR = "cache"
MAGIC = b"studyctl-cache"
SUFFIX = ".cache"
TEMP_MARK = ".tmp-"
STALE_TEMP_SECONDS = 3600  # a chunk is written in well under a second
# a file changed this recently may change again with the same size and times: check its bytes
RACY_NS = 2_000_000_000
# the modules whose code decides what a record file loads as
_SOURCES = ("models", "kinds", "record_file", "records", "yamlio", "cache")
_DATED_NAME = re.compile(r"[0-9]{4}-([0-9]{2})-", re.ASCII)


class StatKey(NamedTuple):
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> StatKey:
        return cls(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class Entry(NamedTuple):
    """One cached record: the file's stat key when read, a digest if it was racy, the record."""

    key: StatKey
    digest: bytes | None
    record: Record


def digest_of(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


def is_racy(info: os.stat_result, read_at_ns: int) -> bool:
    """Whether the file changed so shortly before it was read that its times may not show the next
    change (or its times lie in the future)."""
    return max(info.st_mtime_ns, info.st_ctime_ns) > read_at_ns - RACY_NS


def make_entry(info: os.stat_result, raw: bytes, read_at_ns: int, record: Record, lines: Lines) -> Entry:
    """The cache entry of a record that loaded cleanly from `raw`; packs the record for the cache."""
    pack(record, lines)
    digest = digest_of(raw) if is_racy(info, read_at_ns) else None
    return Entry(StatKey.of(info), digest, record)


def chunk_of(rel: str) -> str:
    """The chunk a record file belongs to: its folder, and for dated names the month too."""
    folder, _, name = rel.rpartition("/")
    if not folder:
        return "root"
    month = _DATED_NAME.match(name) if folder.startswith(("sessions/", "essays/")) else None
    chunk = f"{folder}/{month[1]}" if month else folder
    return chunk.replace("/", "-")


# --- the field lines, decoded on first use -------------------------------------------------------


class PackedLines(Mapping[Any, int]):
    """A record's field lines as marshalled bytes, decoded the first time a line is asked for.

    Only the records a check reports on ever need their lines; decoding all of them on every run
    would cost more than the rest of a warm load."""

    __slots__ = ("_blob", "_lines")

    def __init__(self, blob: bytes) -> None:
        self._blob = blob
        self._lines: dict[Any, int] | None = None

    @classmethod
    def pack(cls, lines: Lines) -> PackedLines:
        return cls(marshal.dumps(lines))

    def _decoded(self) -> dict[Any, int]:
        if self._lines is None:
            lines = marshal.loads(self._blob)
            self._lines = lines if isinstance(lines, dict) else {}
        return self._lines

    def __getitem__(self, path: Any) -> int:
        return self._decoded()[path]

    def __contains__(self, path: object) -> bool:
        return path in self._decoded()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())

    def __reduce__(self) -> tuple[type[PackedLines], tuple[bytes]]:
        return PackedLines, (self._blob,)


_SHARED_ATTENDANCE: dict[tuple[Any, ...], Attendance] = {}
_SHARED_DATES: dict[dt.date, dt.date] = {}
SHORT_TEXT = 64  # ids, kinds, areas, ratings: the values that repeat from record to record


def pack(record: Record, lines: Lines) -> None:
    """Make `record` cheap to keep and to load: its lines packed, and every value that repeats
    from record to record (an id, a date, an attendance entry) one shared object, which a pickle
    then holds once.

    Sharing is safe because nothing changes a loaded record; it is what makes a year of sessions,
    with tens of attendance entries each, quick to unpickle."""
    record.__pydantic_private__["_lines"] = PackedLines.pack(lines)  # type: ignore[index]
    _share_values(record)
    for value in record.__dict__.values():
        if isinstance(value, BaseModel):
            _share_values(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    _share_values(item)
    if isinstance(record, Session) and record.attendance:
        record.__dict__["attendance"] = _shared_attendance(record.attendance)


# an attendance entry is its status and reason: two entries alike in both, and in which of them
# were written, are one value (checked against the model, so that a field added later is not lost)
_ATTENDANCE_IS_STATUS_AND_REASON = list(Attendance.model_fields) == ["status", "reason"]


def _shared_attendance(attendance: dict[str, Attendance]) -> dict[str, Attendance]:
    shared = {}
    intern, canonical = sys.intern, _SHARED_ATTENDANCE.setdefault
    for member, entry in attendance.items():
        fields = entry.__dict__
        if _ATTENDANCE_IS_STATUS_AND_REASON:
            value: tuple[Any, ...] = (fields["status"], fields["reason"], len(entry.__pydantic_fields_set__))
        else:
            value = (tuple(fields.items()), frozenset(entry.__pydantic_fields_set__))
        try:
            shared[intern(member)] = canonical(value, entry)
        except TypeError:  # a field that cannot be a key: keep the entry as it is
            shared[member] = entry
    return shared


def _share_values(model: BaseModel) -> None:
    fields = model.__dict__
    for name, value in fields.items():
        kind = type(value)
        if kind is str and len(value) <= SHORT_TEXT:
            fields[name] = sys.intern(value)
        elif kind is dt.date:
            fields[name] = _SHARED_DATES.setdefault(value, value)
        elif kind is list and value and all(type(item) is str for item in value):
            fields[name] = [sys.intern(item) for item in value]


# --- chunk files ---------------------------------------------------------------------------------

_fingerprint: bytes | None = None


def fingerprint() -> bytes:
    """Names the code that made the records: a cache made by other code is never used."""
    global _fingerprint
    if _fingerprint is None:
        import pydantic
        import yaml

        import studyctl

        hasher = hashlib.blake2b(digest_size=16)
        versions = (CACHE_FORMAT, sys.version, pydantic.VERSION, yaml.__version__, studyctl.__version__)
        hasher.update(repr(versions).encode())
        package = Path(studyctl.__file__).parent
        for name in _SOURCES:
            try:
                hasher.update((package / f"{name}.py").read_bytes())
            except OSError:  # installed without its sources (a zip): its version names the code
                hasher.update(name.encode())
        _fingerprint = hasher.hexdigest().encode()
    return _fingerprint


def encode_chunk(chunk: str, payload: bytes) -> bytes:
    header = b"%s %d %s %s %08x %d\n" % (
        MAGIC,
        CACHE_FORMAT,
        fingerprint(),
        chunk.encode(),
        zlib.crc32(payload),
        len(payload),
    )
    return header + payload


def decode_chunk(chunk: str, data: bytes) -> dict[str, Entry] | None:
    """The entries of a chunk file, or None if it is not a sound chunk of this code."""
    end = data.find(b"\n", 0, 256)
    if end < 0:
        return None
    header, payload = data[:end].split(b" "), memoryview(data)[end + 1 :]
    expected = [MAGIC, b"%d" % CACHE_FORMAT, fingerprint(), chunk.encode()]
    if len(header) != 6 or header[:4] != expected or header[5] != b"%d" % len(payload):
        return None
    if header[4] != b"%08x" % zlib.crc32(payload):
        return None
    try:
        entries = _RecordUnpickler(io.BytesIO(payload)).load()
    except Exception:  # whatever a damaged pickle raises, the chunk is not used
        return None
    return entries if isinstance(entries, dict) else None


class _RecordUnpickler(pickle.Unpickler):
    """Builds cache entries, the record models, their packed lines and dates; refuses every other
    class, so that a foreign pickle cannot make this process run anything."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "studyctl.models":
            found = getattr(models, name, None)
            if isinstance(found, type) and issubclass(found, models.BaseModel):
                return found
        elif module == __name__ and name in ("Entry", "StatKey", "PackedLines"):
            return globals()[name]
        elif (module, name) == ("datetime", "date"):
            return dt.date
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a record")


ReadFile = Callable[[Path, str], tuple[bytes, os.stat_result]]


@dataclass
class RecordCache:
    """The chunk files of one records folder, read as they are needed and written back if changed."""

    folder: Path
    read_file: ReadFile  # bytes and stat of a record file, as the loader reads them
    chunks: dict[str, dict[str, Entry]] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    # chunks whose file should be written as these bytes, as a worker pickled them
    payloads: dict[str, bytes] = field(default_factory=dict)
    asked: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def open(cls, root: Path, read_file: ReadFile) -> RecordCache | None:
        """The cache of `root`, or None where studyctl has no folder of its own and cannot make one."""
        try:
            folder = state_dir(root, CACHE_DIR)  # never through a link
        except Exception:  # a read-only records folder: load without a cache
            return None
        return cls(folder, read_file)

    def entries(self, chunk: str) -> dict[str, Entry]:
        entries = self.chunks.get(chunk)
        if entries is None:
            try:
                data = (self.folder / (chunk + SUFFIX)).read_bytes()
            except OSError:
                data = b""
            entries = decode_chunk(chunk, data) or {}
            self.chunks[chunk] = entries
        return entries

    def lookup(self, root: str, chunk: str, rels: list[str]) -> list[Record | None]:
        """For each file of `chunk` in `rels`, its cached record if the file is still the one it
        was read from, else None. (A stat per file: this is all a warm load does to a file.)"""
        entries = self.entries(chunk)
        asked = self.asked.setdefault(chunk, set())
        lstat = os.lstat
        found: list[Record | None] = []
        for rel in rels:
            name = rel[rel.rfind("/") + 1 :]
            asked.add(name)
            entry = entries.get(name)
            if entry is None:
                found.append(None)
                continue
            try:
                info = lstat(f"{root}/{rel}")
            except OSError:
                found.append(None)
                continue
            if (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) != entry.key:
                found.append(None)
            elif entry.digest is not None:
                found.append(self._recheck(root, rel, chunk, name, entry))
            else:
                found.append(entry.record)
        return found

    def _recheck(self, root: str, rel: str, chunk: str, name: str, entry: Entry) -> Record | None:
        read_at = time.time_ns()
        try:
            raw, info = self.read_file(Path(root), rel)
        except OSError:
            return None
        if StatKey.of(info) != entry.key or digest_of(raw) != entry.digest:
            return None
        if not is_racy(info, read_at):  # settled since: the stat key alone will do from now on
            self.chunks[chunk][name] = entry._replace(digest=None)
            self.changed.add(chunk)
        return entry.record

    def store(self, rel: str, entry: Entry | None) -> None:
        """Keep `entry` for `rel`; None forgets the file (it has findings now, or is gone)."""
        chunk = chunk_of(rel)
        entries = self.entries(chunk)
        name = rel.rpartition("/")[2]
        if entry is None:
            if entries.pop(name, None) is None:
                return
        else:
            entries[name] = entry
        self.changed.add(chunk)
        self.payloads.pop(chunk, None)

    def adopt(self, chunk: str, payload: bytes) -> dict[str, Entry]:
        """Take the entries a worker pickled for `chunk`; the bytes are written as they are when
        the chunk had nothing else worth keeping."""
        fresh: dict[str, Entry] = pickle.loads(payload)
        entries = self.entries(chunk)
        kept = {name: e for name, e in entries.items() if name not in fresh}
        if not kept:
            self.payloads[chunk] = payload
            self.chunks[chunk] = fresh
        else:
            entries.update(fresh)
            self.payloads.pop(chunk, None)
        self.changed.add(chunk)
        return fresh

    def save(self, root: Path) -> None:
        """Write back the chunks that changed, dropping entries of files that are gone."""
        if self.changed:
            _remove_stale_temps(self.folder)
        for chunk in sorted(self.changed):
            payload = self.payloads.get(chunk)
            if payload is None:
                entries = self.chunks[chunk]
                asked = self.asked.get(chunk, set())
                for name in [n for n in entries if n not in asked]:
                    rel = entries[name].record.file
                    if not rel or not os.path.lexists(root / rel):
                        del entries[name]
                payload = pickle.dumps(entries, pickle.HIGHEST_PROTOCOL)
            try:
                _write(self.folder / (chunk + SUFFIX), encode_chunk(chunk, payload))
            except OSError:
                return  # a full disk or a read-only folder: the records loaded all the same
        self.changed.clear()


def _remove_stale_temps(folder: Path) -> None:
    """Temporary files that a process killed while writing left behind."""
    too_old = time.time() - STALE_TEMP_SECONDS
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if TEMP_MARK in entry.name and entry.stat(follow_symlinks=False).st_mtime < too_old:
                    os.unlink(entry.path)
    except OSError:
        pass


def _write(path: Path, data: bytes) -> None:
    """Replace `path` by `data` at once. No fsync: a chunk torn by a crash fails its checksum and
    is rebuilt, so the cache need not pay for durability."""
    tmp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
