"""The result cache: what a command printed, printed again while none of its inputs has changed.

A clerk checks the same quarter many times a day, mostly without having changed a thing. Loading
even a cached year of a county's records costs most of a second; telling that nothing changed
costs a walk of the same files and a stat of each. So `check` keeps, per set of arguments, the
output it printed and its exit status, under a fingerprint of every input the output depends on:

- every record file the command reads (its path, size, mtime_ns, ctime_ns, inode: the stat key the
  record cache trusts) and the `location` findings of the walk;
- every folder of the layout (a file added, removed or renamed changes its folder's times; so do
  the temporary files the `temp-file` rule looks for, and a session of another year an essay names);
- the git state the audit rules read: HEAD, the tags (the seals), the index, the ignore files;
- the day, the arguments, the language, the terminal's width and colours, and the code itself
  (studyctl's sources and the versions of Python and of the libraries it builds on).

A result is stored only if that fingerprint is the same before and after the command ran, and
nothing is cached, or replayed, while any of those files or folders changed within the last two
seconds (file times are coarse: see `cache.RACY_NS`). Results are authenticated with the user's
key like the record chunks, so a planted result is never replayed. `--no-cache` and
`STUDYCTL_NO_CACHE=1` skip it, as they skip the record cache; `seal` and the hook never use it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

RESULTS_DIR = "results"
MAGIC = b"studyctl-result 1\n"
# the packages besides studyctl whose code shapes the output
_LIBRARIES = ("pydantic", "pydantic_core", "yaml", "holidays", "rich", "typer")
_code: bytes | None = None


@dataclass
class ResultCache:
    """The stored result of one command line in one records folder."""

    path: Path
    key: bytes  # the user's key
    root: Path
    years: frozenset[int]
    context: bytes  # the arguments, the day, the terminal: what the output depends on besides files

    @classmethod
    def open(cls, root: Path, years: Iterable[int], context: object) -> ResultCache | None:
        """The result cache of `root` for a command reading the year partitions `years`, whose
        output depends on `context` (a repr-able value) besides the files; None where there is
        no cache (turned off, no key, no folder of studyctl's own)."""
        if os.environ.get("STUDYCTL_NO_CACHE"):
            return None
        from studyctl.cache import CACHE_DIR, user_key
        from studyctl.statedir import STATE_DIR, state_dir

        key = user_key(root)
        if key is None:
            return None
        try:  # made now, so that making it does not change the records folder while the command runs
            state_dir(root)
        except Exception:  # a read-only records folder: no cache
            return None
        described = repr((context, sorted(years))).encode()
        name = hashlib.blake2b(described, digest_size=16).hexdigest()
        path = root / STATE_DIR / CACHE_DIR / RESULTS_DIR / f"{name}.result"
        return cls(path, key, root, frozenset(years), described)

    def fingerprint(self) -> bytes | None:
        """The fingerprint of every input now; None if any changed too recently to be trusted."""
        return input_fingerprint(self.root, self.years, self.context)

    def get(self, fingerprint: bytes) -> tuple[int, str, str] | None:
        """(exit status, output, notes on stderr) stored under `fingerprint`, or None."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        head = len(MAGIC) + 64
        if not data.startswith(MAGIC) or len(data) < head + 1:
            return None
        mac, body = data[len(MAGIC) : head], data[head:]
        if not hmac.compare_digest(mac, self._mac(body)):
            return None
        stored, code, size, rest = [*body.split(b"\n", 3), b"", b"", b""][:4]
        if stored != fingerprint.hex().encode() or not code.isdigit() or not size.isdigit():
            return None
        try:
            text = rest.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return int(code), text[: int(size)], text[int(size) :]

    def put(self, fingerprint: bytes, code: int, output: str, notes: str = "") -> None:
        """Store the output (and the notes on stderr) of a run whose inputs had `fingerprint`
        before and after it ran."""
        if self.fingerprint() != fingerprint:
            return  # something changed while the command ran: its output may be of either state
        text = (output + notes).encode("utf-8")
        body = b"%s\n%d\n%d\n%s" % (fingerprint.hex().encode(), code, len(output), text)
        from studyctl.cache import write_atomically

        try:
            self.path.parent.mkdir(exist_ok=True)
            write_atomically(self.path, MAGIC + self._mac(body) + body)
        except OSError:
            pass  # a full disk or a read-only folder: the command ran all the same

    def _mac(self, body: bytes) -> bytes:
        return hmac.new(self.key, self.context + b"\0" + body, "sha256").hexdigest().encode()


def input_fingerprint(root: Path, years: Iterable[int], context: bytes) -> bytes | None:
    """A digest of every input of a command reading `years` of `root` (see the module's doc)."""
    from studyctl.cache import RACY_NS
    from studyctl.kinds import RecordFile
    from studyctl.layout import walk

    settled = time.time_ns() - RACY_NS
    parts = [context, code_fingerprint()]
    lstat = os.lstat
    base = str(root)
    for item in walk(root, years):
        if isinstance(item, RecordFile):
            try:
                info = lstat(f"{base}/{item.rel}")
            except OSError:
                parts.append(b"gone " + item.rel.encode())
                continue
            if info.st_mtime_ns > settled or info.st_ctime_ns > settled:
                return None
            parts.append(
                b"%s %d %d %d %d"
                % (item.rel.encode(), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
            )
        else:
            parts.append(repr(item).encode())
    for folder in _folders(root):
        try:
            info = lstat(folder)
        except OSError:
            continue
        if info.st_mtime_ns > settled or info.st_ctime_ns > settled:
            return None
        parts.append(b"%s %d %d %d" % (folder.encode(), info.st_mtime_ns, info.st_ctime_ns, info.st_ino))
    git_state = _git_state(root, settled)
    if git_state is None:
        return None
    parts.append(git_state)
    return hashlib.blake2b(b"\n".join(parts), digest_size=32).digest()


def _folders(root: Path) -> list[str]:
    """The records folder and every folder of its layout, of every year (a listing each)."""
    from studyctl.kinds import KINDS
    from studyctl.seals import SIGNERS_FILE

    base = str(root)
    # the signers decide every seal's verdict: an edit to them must not replay an old one
    folders = [base, f"{base}/.gitignore", f"{base}/{SIGNERS_FILE}"]
    for kind in KINDS.values():
        if kind.partition == "root":
            continue
        folder = f"{base}/{kind.folder}"
        folders.append(folder)
        if kind.partition == "none":
            continue
        try:
            years = [entry.name for entry in os.scandir(folder) if entry.is_dir(follow_symlinks=False)]
        except OSError:
            continue
        for year in sorted(years):
            folders.append(f"{folder}/{year}")
            if kind.partition == "quarter":
                folders += [f"{folder}/{year}/Q{quarter}" for quarter in range(1, 5)]
    return folders


def _git_state(root: Path, settled: int) -> bytes | None:
    """What the audit rules read from git: HEAD, the tags, the index and the ignore files."""
    if shutil.which("git") is None:
        return b"no git"
    from studyctl import git

    head = git.run(root, "rev-parse", "--absolute-git-dir", "--show-toplevel", "HEAD")
    tags = git.run(root, "for-each-ref", "--format=%(refname) %(objectname)", "refs/tags")
    state = [head.stdout.encode(), tags.stdout.encode()]
    if head.ok or head.stdout:
        git_dir = head.stdout.splitlines()[0] if head.stdout else ""
        for name in ("index", "info/exclude"):
            try:
                info = os.lstat(f"{git_dir}/{name}")
            except OSError:
                continue
            if info.st_mtime_ns > settled or info.st_ctime_ns > settled:
                return None
            state.append(
                b"%s %d %d %d %d"
                % (name.encode(), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
            )
    return b"\n".join(state)


def code_fingerprint() -> bytes:
    """Names the code that made an output: studyctl's sources, Python's and the libraries' versions."""
    global _code
    if _code is None:
        import importlib.util

        import studyctl

        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(repr((sys.version, studyctl.__version__)).encode())
        package = Path(studyctl.__file__).parent
        for source in sorted(package.rglob("*.py")):
            try:
                hasher.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
            except OSError:
                hasher.update(source.name.encode())
        for name in _LIBRARIES:
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec is not None else None
            try:
                info = os.stat(origin) if origin else None
            except OSError:
                info = None
            hasher.update(f"{name} {origin} {info and info.st_mtime_ns} {info and info.st_size}\n".encode())
        _code = hasher.digest()
    return _code
