"""The only module that runs git: is this a work tree, init, commit named paths, find and revert
studyctl's own commits.

studyctl's commits carry a trailer `Studyctl-Command: <command>` so that `undo` can tell them from
the clerk's own; a revert made by `undo` names the commit it reverts (`Studyctl-Command: undo <sha>`).
The trailer is a second `-m`, so that the command to finish a failed commit fits on one line.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

COMMAND_TRAILER = "Studyctl-Command"
UNDO = "undo"


@dataclass(frozen=True)
class GitResult:
    """What a git command said: whether it succeeded, its output trimmed for messages, and its stdout as
    written."""

    ok: bool
    output: str  # stdout and stderr, trimmed: for messages
    stdout: str = ""  # as git wrote it: for parsing (a status line may start with a space)
    stderr: str = ""  # as git wrote it


def available() -> bool:
    """Whether the git program can be found."""
    return shutil.which("git") is not None


def run(folder: Path, *args: str, env: Mapping[str, str] | None = None) -> GitResult:
    """Run git in `folder`, without stdin (`env`: variables set for it); a missing git is a failed
    result, never an exception."""
    try:
        proc = subprocess.run(
            ["git", *args],
            cwd=folder,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
            stdin=subprocess.DEVNULL,
            env=None if env is None else {**os.environ, **env},
        )
    except OSError as exc:
        return GitResult(False, str(exc))
    output = (proc.stdout + proc.stderr).strip()
    return GitResult(proc.returncode == 0, output, proc.stdout, proc.stderr)


def run_bytes(
    folder: Path, *args: str, env: Mapping[str, str] | None = None, stdin: bytes | None = None
) -> bytes | None:
    """git's stdout as bytes, for file contents (`env`: the whole environment; `stdin`: what it
    reads); None when git fails."""
    try:
        proc = subprocess.run(
            ["git", *args],
            cwd=folder,
            capture_output=True,
            check=False,
            env=env,
            input=stdin,
            stdin=subprocess.DEVNULL if stdin is None else None,
        )
    except OSError:
        return None
    return proc.stdout if proc.returncode == 0 else None


def _index_env() -> dict[str, str]:
    """The environment for a git command that reads the index. In a pre-commit hook git names the
    index of the commit in GIT_INDEX_FILE, possibly relative to the top of the work tree (where
    hooks run): it is made absolute, so that git finds it from any folder."""
    env = dict(os.environ)
    index = env.get("GIT_INDEX_FILE")
    if index and not os.path.isabs(index):
        env["GIT_INDEX_FILE"] = os.path.abspath(index)
    return env


def export_index(folder: Path, destination: Path) -> Path | None:
    """Write the staged version of every file under `folder` (what the next commit will hold, read
    from the index) into `destination`; the folder there that stands for `folder`, or None when git
    cannot."""
    env = _index_env()
    top = run(folder, "rev-parse", "--show-toplevel", "--show-prefix")
    if not top.ok:
        return None
    lines = top.stdout.splitlines()
    prefix = lines[1] if len(lines) > 1 else ""
    listed = run_bytes(folder, "ls-files", "-z", "--full-name", "--", ".", env=env)
    if listed is None:
        return None
    exported = run_bytes(
        Path(lines[0]), "checkout-index", "-z", "--stdin", f"--prefix={destination}/", env=env, stdin=listed
    )
    if exported is None:
        return None
    exported_root = destination / prefix
    exported_root.mkdir(parents=True, exist_ok=True)
    return exported_root


# --- single files of the index, for the pre-commit hook --------------------------------------------

# the modes of a file in git: a file, an executable file, a link, a submodule
FILE_MODES = ("100644", "100755")
LINK_MODE = "120000"
SUBMODULE_MODE = "160000"


@dataclass(frozen=True)
class Blob:
    """A file as git holds it: its path (relative to the folder asked about), its mode and its
    object name."""

    path: str
    mode: str
    sha: str


@dataclass(frozen=True)
class StagedChange:
    """One staged change: A (added), M (modified), D (deleted), T (type changed), U (unmerged) …,
    and the file as the index holds it (mode 000000 when deleted)."""

    status: str
    blob: Blob


def staged_changes(folder: Path) -> list[StagedChange] | None:
    """The changes staged under `folder` (the index against HEAD; on a branch with no commit yet,
    every staged file is added), paths relative to `folder`; None when git fails. One git call:
    `git diff --cached --raw --no-renames -z --relative -- .`, the index named by GIT_INDEX_FILE."""
    diff = run_bytes(
        folder,
        "diff",
        "--cached",
        "--raw",
        "--no-renames",
        "--no-color",
        "-z",
        "--relative",
        "--",
        ".",
        env=_index_env(),
    )
    if diff is None:
        return None
    # each change: ":<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0"
    fields = diff.split(b"\0")
    changes = []
    for head, raw_path in zip(fields[0::2], fields[1::2], strict=False):
        parts = head.decode("ascii", errors="replace").split()
        if len(parts) != 5 or not parts[0].startswith(":"):
            return None
        path = raw_path.decode("utf-8", errors="surrogateescape")
        changes.append(StagedChange(parts[4][:1], Blob(path, parts[1], parts[3])))
    return changes


def committed_blobs(folder: Path, paths: list[str]) -> list[Blob] | None:
    """The files of HEAD at `paths` (relative to `folder`), those that are there; None when git
    fails, or there is no commit yet. For a path the staged changes do not name, HEAD holds what the
    index holds: the next commit keeps it as it is. `git ls-tree` reads no index, only the trees on
    the way to each path, which costs next to nothing in a folder of any size."""
    wanted = set(paths)
    found = []
    for start in range(0, len(paths), 500):  # within any limit on the length of a command line
        listed = run_bytes(
            folder, "--literal-pathspecs", "ls-tree", "-z", "HEAD", "--", *paths[start : start + 500]
        )
        if listed is None:
            return None
        for entry in listed.split(b"\0"):
            head, tab, raw_path = entry.partition(b"\t")
            parts = head.decode("ascii", errors="replace").split()
            path = raw_path.decode("utf-8", errors="surrogateescape")
            if tab and len(parts) == 3 and path in wanted:
                found.append(Blob(path, parts[0], parts[2]))
    return found


def read_blobs(folder: Path, shas: list[str]) -> list[bytes] | None:
    """The contents of these objects, as git stores them, read with one `git cat-file --batch`; None
    when git cannot, or one of them is no blob."""
    if not shas:
        return []
    out = run_bytes(folder, "cat-file", "--batch", stdin="".join(f"{sha}\n" for sha in shas).encode("ascii"))
    if out is None:
        return None
    position, contents = 0, []
    for _ in shas:
        # "<sha> blob <size>\n<content>\n", or "<sha> missing\n"
        end = out.find(b"\n", position)
        head = out[position:end].split()
        if end < 0 or len(head) != 3 or head[1] != b"blob":
            return None
        size = int(head[2])
        contents.append(out[end + 1 : end + 1 + size])
        position = end + 1 + size + 1
    return contents


def write_blobs(folder: Path, blobs: list[Blob], destination: Path) -> bool:
    """Write each blob at its path under `destination` as `git checkout-index` would write the file (a
    link as a link, a submodule as an empty folder), its content as git stores it; False when git
    cannot."""
    contents = read_blobs(folder, [blob.sha for blob in blobs if blob.mode != SUBMODULE_MODE])
    if contents is None:
        return False
    read = iter(contents)
    try:
        for blob in blobs:
            target = destination / blob.path
            target.parent.mkdir(parents=True, exist_ok=True)
            if blob.mode == SUBMODULE_MODE:
                target.mkdir()
            elif blob.mode == LINK_MODE:
                os.symlink(os.fsdecode(next(read)), target)
            else:
                target.write_bytes(next(read))
    except OSError:
        return False
    return True


def is_ancestor(folder: Path, commit: str, of: str) -> bool:
    """`commit` is `of` or one of its ancestors (false too when `commit` is not in the repository)."""
    return run(folder, "merge-base", "--is-ancestor", commit, of).ok


def inside_work_tree(folder: Path) -> bool:
    """Whether `folder` lies in a git work tree (false too when git is missing)."""
    return available() and run(folder, "rev-parse", "--is-inside-work-tree").output == "true"


def in_git_repository(folder: Path) -> bool:
    """`folder` lies in a git work tree, told without the git program: a `.git` (folder or file)
    in it or above it. For saying "git is missing" rather than "not in git"."""
    return any((place / ".git").exists() for place in (folder.resolve(), *folder.resolve().parents))


# what git leaves in its folder while an operation waits for the user, and the operation's name
_IN_PROGRESS = (
    ("MERGE_HEAD", "merge"),
    ("rebase-merge", "rebase"),
    ("rebase-apply", "rebase"),
    ("CHERRY_PICK_HEAD", "cherry-pick"),
    ("REVERT_HEAD", "revert"),
)


def operation_in_progress(folder: Path) -> str | None:
    """The git operation the work tree is in the middle of (merge, rebase, cherry-pick, revert),
    or None. One git call."""
    paths: list[str] = []
    for name, _ in _IN_PROGRESS:
        paths += ["--git-path", name]
    found = run(folder, "rev-parse", *paths)
    if not found.ok:
        return None
    for line, (_, operation) in zip(found.stdout.splitlines(), _IN_PROGRESS, strict=False):
        if (folder / line).exists():
            return operation
    return None


def is_shallow(folder: Path) -> bool:
    """A shallow clone: its history stops at a boundary commit, so blame and reverts are wrong."""
    return run(folder, "rev-parse", "--is-shallow-repository").output == "true"


def init(folder: Path) -> GitResult:
    """Make `folder` a git repository."""
    return run(folder, "init", "-q")


def set_config(folder: Path, key: str, value: str) -> GitResult:
    """Set `key` in the repository's own configuration (.git/config)."""
    return run(folder, "config", "--local", key, value)


def commit_paths(folder: Path, paths: list[str], message: str) -> GitResult:
    """Stage exactly `paths` and commit only them, whatever else is staged or dirty."""
    added = run(folder, "add", "--", *paths)
    if not added.ok:
        return added
    return run(folder, "commit", "-q", "-m", message, "--only", "--", *paths)


# --- studyctl's commits --------------------------------------------------------------------------


@dataclass(frozen=True)
class Committed:
    """A commit studyctl made, or why it could not: `cause` is a message key, `command` finishes it."""

    ok: bool
    sha: str = ""
    cause: str = ""
    detail: str = ""
    command: str = ""
    lock: str = ""  # git's index.lock, when that is the cause


def message_args(subject: str, command: str, body: str = "") -> list[str]:
    """`-m subject [-m body] -m trailer`: git joins them as paragraphs, the last read as a trailer.

    Control characters never reach a commit message (record text may hold them): each becomes
    its `\\x..` spelling, and the subject and trailer stay one line each."""
    paragraphs = [clean_text(subject, one_line=True)]
    if body:
        paragraphs.append(clean_text(body))
    paragraphs.append(f"{COMMAND_TRAILER}: {clean_text(command, one_line=True)}")
    return [arg for text in paragraphs for arg in ("-m", text)]


def clean_text(text: str, one_line: bool = False) -> str:
    """`text` with every C0/C1 control character (and DEL) spelled out, tab and newline kept
    unless `one_line`."""
    keep = "\t" if one_line else "\t\n"
    return "".join(
        ch if ch in keep or not _is_control(ch) else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else ch
        for ch in text
    )


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code < 0xA0


def commit_record(folder: Path, paths: list[str], subject: str, command: str, body: str = "") -> Committed:
    """Stage exactly `paths` and commit only them with studyctl's trailer; never `git add .`."""
    messages = message_args(subject, command, body)
    finish = finish_command(folder, paths, messages)
    added = run(folder, "add", "--", *paths)
    result = run(folder, "commit", "-q", *messages, "--only", "--", *paths) if added.ok else added
    if not result.ok:
        cause = failure_cause(folder, result.output)
        return Committed(
            False, cause=cause, detail=result.output, command=finish, lock=str(index_lock_path(folder))
        )
    head = run(folder, "rev-parse", "HEAD")
    return Committed(True, sha=head.output if head.ok else "")


def finish_command(folder: Path, paths: list[str], messages: list[str], add: bool = True) -> str:
    """The command line that makes the commit studyctl could not make."""
    where = shlex.quote(str(folder))
    quoted = " ".join(shlex.quote(p) for p in paths)
    commit = f"git -C {where} commit --only {' '.join(shlex.quote(m) for m in messages)} -- {quoted}"
    return f"git -C {where} add -- {quoted} && {commit}" if add else commit


def failure_cause(folder: Path, output: str) -> str:
    """Why git refused to commit, as a message key of the catalogue."""
    lowered = output.lower()
    if "index.lock" in lowered:
        return "git.cause.index_lock"
    if "tell me who you are" in lowered or "user.email" in lowered or "user.name" in lowered:
        return "git.cause.identity"
    if "empty ident" in lowered or "author identity unknown" in lowered:
        return "git.cause.identity"
    if _has_commit_hook(folder):
        return "git.cause.hook"
    return "git.cause.other"


def _has_commit_hook(folder: Path) -> bool:
    hooks = run(folder, "rev-parse", "--git-path", "hooks")
    if not hooks.ok:
        return False
    base = folder / hooks.output
    names = ("pre-commit", "commit-msg", "prepare-commit-msg")
    return any((base / name).is_file() and os.access(base / name, os.X_OK) for name in names)


def index_lock_path(folder: Path) -> Path:
    """The index's lock file of the repository `folder` lies in."""
    found = run(folder, "rev-parse", "--git-path", "index.lock")
    return (folder / found.output).resolve() if found.ok else folder / ".git" / "index.lock"


@dataclass(frozen=True)
class LoggedCommit:
    """A commit studyctl made: its sha, date and subject, the command that made it, the commit it reverts (for
    an undo) and the paths it changed."""

    sha: str
    date: str
    subject: str
    command: str
    reverts: str
    paths: tuple[str, ...]


def studyctl_commits(folder: Path, limit: int = 200) -> list[LoggedCommit]:
    """studyctl's commits reachable from HEAD, newest first (at most `limit` looked at)."""
    fmt = f"%H%x1f%ad%x1f%s%x1f%(trailers:key={COMMAND_TRAILER},valueonly,separator=%x2c)%x1e"
    logged = run(folder, "log", f"-n{limit}", "--date=format:%Y-%m-%d %H:%M", f"--format={fmt}")
    if not logged.ok:
        return []
    out = []
    for chunk in logged.output.split("\x1e"):
        fields = chunk.strip("\n").split("\x1f")
        if len(fields) != 4 or not fields[3].strip():
            continue
        sha, date, subject, command = (f.strip() for f in fields)
        reverts = command[len(UNDO) + 1 :] if command.startswith(f"{UNDO} ") else ""
        out.append(LoggedCommit(sha, date, subject, command.split(" ", 1)[0], reverts, ()))
    return out


def last_undoable(folder: Path) -> LoggedCommit | None:
    """The newest studyctl commit that recorded something and has not been undone yet."""
    undone: set[str] = set()
    for commit in studyctl_commits(folder):
        if commit.reverts:
            undone.add(commit.reverts)
            continue
        if commit.sha not in undone:
            return LoggedCommit(*_fields(commit), paths=tuple(changed_paths(folder, commit.sha)))
    return None


def _fields(commit: LoggedCommit) -> tuple[str, str, str, str, str]:
    return commit.sha, commit.date, commit.subject, commit.command, commit.reverts


def changed_paths(folder: Path, sha: str) -> list[str]:
    """The paths the commit `sha` changed."""
    listed = run(folder, "diff-tree", "--no-commit-id", "--name-only", "-r", "--root", "-z", sha)
    return [p for p in listed.output.split("\0") if p] if listed.ok else []


def changed_since(folder: Path, sha: str, paths: list[str]) -> list[str]:
    """Commits after `sha` that touch `paths` (they would make a revert conflict)."""
    listed = run(folder, "log", "--format=%h %s", f"{sha}..HEAD", "--", *paths)
    return [line for line in listed.output.splitlines() if line] if listed.ok else []


def dirty_paths(folder: Path, paths: list[str]) -> list[str]:
    """Which of `paths` have uncommitted changes, staged or not."""
    status = run(folder, "status", "--porcelain", "-z", "--", *paths)
    if not status.ok:
        return []
    return [entry[3:] for entry in status.stdout.split("\0") if len(entry) > 3]


def revert(folder: Path, commit: LoggedCommit, subject: str) -> Committed:
    """Revert `commit` with git revert, as one commit of only its paths, tagged as studyctl's undo."""
    messages = message_args(subject, f"{UNDO} {commit.sha}")
    paths = list(commit.paths)
    undone = run(folder, "revert", "--no-commit", commit.sha)
    if not undone.ok:
        return Committed(False, cause="git.cause.revert", detail=undone.output)
    result = run(folder, "commit", "-q", *messages, "--only", "--", *paths)
    if not result.ok:
        return Committed(
            False,
            cause=failure_cause(folder, result.output),
            detail=result.output,
            command=finish_command(folder, paths, messages, add=False),
            lock=str(index_lock_path(folder)),
        )
    head = run(folder, "rev-parse", "HEAD")
    return Committed(True, sha=head.output if head.ok else "")


# `git log --name-only` in this format: a record separator before each commit, unit separators
# between its fields, then the names it touched, one a line
LAST_COMMITS_FORMAT = "--format=%x1e%h%x1f%an%x1f%ad"


def parse_last_commits(output: str) -> dict[str, tuple[str, str, str]]:
    """For each path in the output of `git log --name-only` with `LAST_COMMITS_FORMAT`, the first
    (newest) commit that names it: (short sha, author, date)."""
    found: dict[str, tuple[str, str, str]] = {}
    for chunk in output.split("\x1e"):
        head, _, names = chunk.partition("\n")
        fields = head.split("\x1f")
        if len(fields) != 3:
            continue
        for name in names.splitlines():
            if name.strip():
                found.setdefault(name.strip(), (fields[0], fields[1], fields[2]))
    return found
