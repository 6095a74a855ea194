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
modules that make records), the chunk's name and an HMAC of all that and the payload, made with
a key that only the user can read and that lives outside the records folder (`user_key`). Anyone
who can write to the records folder can write to `.studyctl/cache/`, but without the key cannot
make a chunk this process accepts: a chunk that is corrupt, truncated, from another version, from
another chunk, made by someone else or holding anything but records of its own chunk is ignored
and rebuilt, never trusted. The payload is a pickle read with an unpickler that builds nothing
but the record models, their field lines and dates. Nothing here is ever needed: a records folder
that cannot be written, or a user without a key, works without a cache.

The records are kept as the pydantic models themselves: rebuilding them from plain data would
validate every record again, which costs more than parsing them once did. Two things keep them
small and quick to load: the field lines of a record are kept as bytes and decoded only when a
check asks for a line, and equal attendance entries (`present`, `leave` with the same reason …)
are one shared object.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import io
import itertools
import marshal
import operator
import os
import pickle
import re
import stat
import sys
import time
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel

from studyctl import models
from studyctl.models import Attendance, Record, Session
from studyctl.statedir import state_dir
from studyctl.yamlio import Lines

CACHE_FORMAT = 2  # 2: chunks authenticated by the user's key
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
    """What a file's stat said when it was read: size, modification and change times, inode; any change means
    read it again."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> StatKey:
        """The stat key of a stat result."""
        return cls(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class Entry(NamedTuple):
    """One cached record: the file's stat key when read, a digest if it was racy, the record."""

    key: StatKey
    digest: bytes | None
    record: Record


def digest_of(raw: bytes) -> bytes:
    """A short hash of a file's bytes, for the files whose times cannot be trusted."""
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
        """The field lines, marshalled."""
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


# --- the user's key -----------------------------------------------------------------------------

KEY_BYTES = 32
_keys: dict[str, bytes | None] = {}


def key_path() -> Path:
    """Where the user's cache key lives: `$XDG_CACHE_HOME/studyctl/key`, else `~/.cache/studyctl/key`."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    folder = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return folder / "studyctl" / "key"


def user_key(root: Path) -> bytes | None:
    """The key that authenticates the cache chunks this user writes, made on first use (random,
    mode 0600). None where there is none to be had — no home, a read-only one, a key that others
    could read or that is not the user's, or one kept inside the records folder itself, which
    whoever can write the records could read: the records then load without a cache."""
    try:
        path = key_path()
        inside = path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # no home folder to be found
        return None
    if inside:
        return None
    name = str(path)
    if name not in _keys:
        key = _read_key(path)
        if key is None and not os.path.lexists(path):
            key = _make_key(path)
        _keys[name] = key
    return _keys[name]


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        owner = getattr(os, "getuid", lambda: info.st_uid)()
        if not stat.S_ISREG(info.st_mode) or info.st_uid != owner or info.st_mode & 0o077:
            return None
        data = os.read(fd, KEY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == KEY_BYTES else None


def _make_key(path: Path) -> bytes | None:
    """A new random key, published whole (written and synced under a temporary name, then linked
    into place): two processes making it at once end up using the same one, the first linked."""
    temp = path.with_name(f".key{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.write(fd, os.urandom(KEY_BYTES))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another process made it first: use theirs
        finally:
            os.unlink(temp)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return None
    return _read_key(path)


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


def _mac(key: bytes, header: bytes, payload: bytes | memoryview) -> bytes:
    signer = hmac.new(key, header, "sha256")
    signer.update(payload)
    return signer.hexdigest().encode()


def encode_chunk(chunk: str, payload: bytes, key: bytes) -> bytes:
    """A chunk file: the header, authenticated with the user's `key` together with the payload."""
    signed = b"%s %d %s %s %d" % (MAGIC, CACHE_FORMAT, fingerprint(), chunk.encode(), len(payload))
    return b"%s %s\n" % (signed, _mac(key, signed, payload)) + payload


def decode_chunk(chunk: str, data: bytes, key: bytes) -> dict[str, Entry] | None:
    """The entries of a chunk file, or None if it is not a sound chunk of this code, made with
    `key`, holding only records that belong to `chunk`."""
    end = data.find(b"\n", 0, 256)
    if end < 0:
        return None
    signed, _, mac = data[:end].rpartition(b" ")
    payload = memoryview(data)[end + 1 :]
    expected = b"%s %d %s %s %d" % (MAGIC, CACHE_FORMAT, fingerprint(), chunk.encode(), len(payload))
    if signed != expected or not hmac.compare_digest(mac, _mac(key, signed, payload)):
        return None
    try:
        entries = _RecordUnpickler(io.BytesIO(payload)).load()
        sound = _sound(chunk, entries)
    except Exception:  # whatever a damaged pickle raises, or its odd contents, the chunk is not used
        return None
    return entries if sound else None


def _chunk_model(chunk: str) -> type[Record] | None:
    """The model of the records a chunk holds, by the folder its name starts with (see `chunk_of`)."""
    from studyctl.kinds import KINDS

    for kind in KINDS.values():
        folder = "root" if kind.partition == "root" else kind.folder
        if chunk == folder or chunk.startswith(folder + "-"):
            return kind.model
    return None


def _sound(chunk: str, entries: Any) -> bool:
    """Every entry of the right shape: a file name of `chunk`, its stat key, a record of the kind
    the chunk's folder holds, made from that very file. (An authenticated chunk was written by
    this code; this keeps a bug, or a key that leaked, from crashing a check with a wrong type.)"""
    if type(entries) is not dict:
        return False
    model = _chunk_model(chunk)
    for name, entry in entries.items():
        if type(name) is not str or type(entry) is not Entry or type(entry.key) is not StatKey:
            return False
        record = entry.record
        if model is None or type(record) is not model or type(record._lines) is not PackedLines:
            return False
        rel = record.__pydantic_private__.get("_file") if record.__pydantic_private__ else None
        if type(rel) is not str or rel.rpartition("/")[2] != name or chunk_of(rel) != chunk:
            return False
        if not all(type(number) is int for number in entry.key):
            return False
        if entry.digest is not None and type(entry.digest) is not bytes:
            return False
    return _well_typed([entry.record for entry in entries.values()])


# --- the types a record's fields may hold ---------------------------------------------------------

# (field, the types its value may have, the types its items may have, or None)
FieldTypes = tuple[tuple[str, frozenset[type], frozenset[type] | None], ...]
_FIELD_TYPES: dict[type[BaseModel], FieldTypes] = {}
_PRIVATE_TYPES = {"_file": str, "_lines": PackedLines, "_id": str, "_body_chars": int}


def _well_typed(models: list[Any]) -> bool:
    """Every field of each of `models` (all of one class) holds a value of a type its annotation
    allows, and so do its nested models and the items of its lists and dicts.

    A chunk of a year holds thousands of records: each field is checked for all of them at once
    (`map` over their dicts), so that the check costs a fraction of the unpickling."""
    if not models:
        return True
    kind = type(models[0])
    spec = _FIELD_TYPES.get(kind)
    if spec is None:
        spec = _FIELD_TYPES[kind] = _field_types(kind)
    if any(type(model) is not kind for model in models):
        return False
    fields = [model.__dict__ for model in models]
    if set(map(len, fields)) != {len(spec)}:
        return False
    nested: dict[type, dict[int, Any]] = {}
    try:
        for name, allowed, items in spec:
            values = list(map(operator.itemgetter(name), fields))
            found = set(map(type, values))
            if not found <= allowed:
                return False
            if items is not None:
                inner: list[Any] = []
                if dict in found:
                    keyed = [value for value in values if type(value) is dict]
                    if not set(map(type, itertools.chain.from_iterable(keyed))) <= _TEXT:
                        return False
                    inner = list(itertools.chain.from_iterable(map(dict.values, keyed)))
                else:
                    inner = list(itertools.chain.from_iterable(value for value in values if value))
                values = inner
                found = set(map(type, values))
                if not found <= items:
                    return False
            for model_type in found - _PLAIN:
                same = nested.setdefault(model_type, {})
                same.update((id(value), value) for value in values if type(value) is model_type)
        privates = [model.__pydantic_private__ or {} for model in models]
        for name, wanted in _PRIVATE_TYPES.items():
            if name in privates[0] and set(map(type, map(operator.itemgetter(name), privates))) != {wanted}:
                return False
    except KeyError:  # a field missing from one of them
        return False
    return all(_well_typed(list(same.values())) for same in nested.values())


_MISSING = object()
_PLAIN = frozenset({str, int, float, bool, dt.date, type(None)})
_TEXT = frozenset({str})


def _field_types(model: type[BaseModel]) -> FieldTypes:
    return tuple((name, *_types_of(info.annotation)) for name, info in model.model_fields.items())


def _types_of(annotation: Any) -> tuple[frozenset[type], frozenset[type] | None]:
    """The types a value of `annotation` may have, and those of its items (for a list or dict)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _types_of(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        outer: set[type] = set()
        inner: set[type] | None = None
        for arg in typing.get_args(annotation):
            found, items = _types_of(arg)
            outer |= found
            if items is not None:
                inner = (inner or set()) | items
        return frozenset(outer), None if inner is None else frozenset(inner)
    if origin is typing.Literal:
        return frozenset(type(arg) for arg in typing.get_args(annotation)), None
    if origin in (list, dict):
        args = typing.get_args(annotation)
        return frozenset({origin}), _types_of(args[-1])[0] if args else frozenset({object})
    if annotation is float:
        return frozenset({float, int}), None
    if annotation is None or annotation is type(None):
        return frozenset({type(None)}), None
    return frozenset({annotation}), None


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
    key: bytes  # the user's key, that authenticates every chunk
    chunks: dict[str, dict[str, Entry]] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    # chunks whose file should be written as these bytes, as a worker pickled them
    payloads: dict[str, bytes] = field(default_factory=dict)
    asked: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def open(cls, root: Path, read_file: ReadFile) -> RecordCache | None:
        """The cache of `root`, or None where studyctl has no folder of its own and cannot make one,
        or the user has no key."""
        key = user_key(root)
        if key is None:
            return None
        try:
            folder = state_dir(root, CACHE_DIR)  # never through a link
        except Exception:  # a read-only records folder: load without a cache
            return None
        return cls(folder, read_file, key)

    def entries(self, chunk: str) -> dict[str, Entry]:
        """The cached entries of `chunk` by file name, read from its file on first use (none for a missing,
        unsound or unauthenticated one)."""
        entries = self.chunks.get(chunk)
        if entries is None:
            entries = self.chunks[chunk] = dict(_decoded(self.folder, chunk, self.key))
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
        """Take the entries a worker pickled for `chunk`. When the chunk had nothing else worth
        keeping, the bytes are its file as they are, written at once: a cold load of a year does
        not hold a year of pickles until it ends."""
        fresh: dict[str, Entry] = pickle.loads(payload)
        entries = self.entries(chunk)
        kept = {name: e for name, e in entries.items() if name not in fresh}
        if not kept:
            self.chunks[chunk] = fresh
            try:
                write_atomically(self.folder / (chunk + SUFFIX), encode_chunk(chunk, payload, self.key))
            except OSError:  # a full disk or a read-only folder: `save` tries again, and gives up
                self.payloads[chunk] = payload
                self.changed.add(chunk)
            return fresh
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
                write_atomically(self.folder / (chunk + SUFFIX), encode_chunk(chunk, payload, self.key))
            except OSError:
                return  # a full disk or a read-only folder: the records loaded all the same
        self.changed.clear()


# the chunks this process decoded in one cache folder, by chunk file and key: the file's stat key
# when it was read, and its entries (never changed: each cache takes a copy of the dict). A command
# that loads twice (a recording command reads the organization for its prompts, then again under
# the folder's lock) pays for the second load a stat of each chunk file; a chunk written since has
# another inode. Only the last folder's are kept: the county's check reads one office after another.
_DECODED: dict[tuple[str, bytes], tuple[tuple[int, int, int, int], dict[str, Entry]]] = {}
_DECODED_FOLDER: list[Path] = []


def _decoded(folder: Path, chunk: str, key: bytes) -> dict[str, Entry]:
    """The entries of `chunk`'s file in the cache `folder` (none for a missing, unsound or
    unauthenticated one)."""
    if [folder] != _DECODED_FOLDER:
        _DECODED.clear()
        _DECODED_FOLDER[:] = [folder]
    path = folder / (chunk + SUFFIX)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
            known = _DECODED.get((str(path), key))
            if known is not None and known[0] == stamp:
                return known[1]
            data = handle.read()
    except OSError:
        return {}
    entries = decode_chunk(chunk, data, key) or {}
    _DECODED[(str(path), key)] = (stamp, entries)
    return entries


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


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` by `data` at once. No fsync: a chunk torn by a crash fails its checksum and
    is rebuilt, so the cache need not pay for durability."""
    tmp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
