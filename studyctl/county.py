"""A county: many offices' records folders, fetched over git into bare mirrors, checked and ranked.

The county folder is any folder with a `county.yaml` at its top (found by walking up, as a records
folder is found by `studyctl.yaml`). It lists the offices: an id, a name, the git remote the office
pushes to, the branch, and the office's allowed-signers file, copied under `signers/`.

What the county keeps of each office lives in `.studyctl/county/`:
- `<id>.git`: a bare mirror. A fetch forces the branch (an office may rewrite its history, and the
  county must see that it did) but never a tag: a seal the county received stays as received, so
  a force-push over a sealed quarter is caught by comparing the new history with the old seal;
- `snapshots/<id>/`: the records of the commit last fetched, extracted read-only with `git archive`
  (no work tree, nothing to commit), where the office's own loader and cache do the check;
- `state.json`: when each office was last fetched, which commit, the last error, and the seal
  verdicts already reached (a signature checked once against the same signers stays checked).

Nothing here prints: fetching and checking return values that the CLI renders.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from studyctl.errors import StudyctlError
from studyctl.findings import Finding, count_by_severity
from studyctl.fsio import atomic_write
from studyctl.git import LAST_COMMITS_FORMAT, parse_last_commits
from studyctl.models import Slug
from studyctl.periods import Period
from studyctl.push import PASSWORD_IN_URL

COUNTY_FILE = "county.yaml"
STATE_DIR = ".studyctl/county"
SIGNERS_DIR = "signers"
SEAL_PREFIX = "studyctl/sealed/"
DEFAULT_FETCH_JOBS = 4
COMMENT_COLUMN = 41  # where county.yaml's comments start, as studyctl.yaml's do
_DATED_PATH = re.compile(r"^(?:sessions|essays)/\d{4}/(\d{4}-\d{2}-\d{2})-")
_REJECTED_TAG = re.compile(r"\[rejected\]\s+(\S+)\s+->\s+\S+\s+\(would clobber existing tag\)")


# --- county.yaml ---------------------------------------------------------------------------------


class Office(BaseModel):
    """One office of the county, as `county.yaml` lists it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    name: str = Field(min_length=1)
    remote: str = Field(min_length=1)
    branch: str = Field(default="main", min_length=1)
    signers: str | None = None  # relative to the county folder: signers/<id>.allowed


class CountySettings(BaseModel):
    """The whole of `county.yaml`."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    language: Literal["zh", "en"] = "zh"
    fetch_jobs: int = Field(default=DEFAULT_FETCH_JOBS, ge=1, le=32)
    offices: list[Office] = Field(default_factory=list)

    def office(self, office_id: str) -> Office:
        """The office `office_id` of the list; a StudyctlError naming the known ones otherwise."""
        for office in self.offices:
            if office.id == office_id:
                return office
        raise StudyctlError(
            "county.unknown_office", value=office_id, offices=", ".join(o.id for o in self.offices) or "—"
        )


@dataclass
class County:
    """A county folder: where it is and what its `county.yaml` says."""

    root: Path
    settings: CountySettings

    @property
    def state_dir(self) -> Path:
        """The folder of the county's mirrors, snapshots and state: `.studyctl/county/`."""
        return self.root / STATE_DIR

    def mirror(self, office_id: str) -> Path:
        """The bare git mirror of the office `office_id`."""
        return self.state_dir / f"{office_id}.git"

    def snapshot(self, office_id: str) -> Path:
        """The folder holding the records of the office's commit last fetched."""
        return self.state_dir / "snapshots" / office_id

    def signers(self, office: Office) -> Path | None:
        """The office's allowed-signers file, or None when none is registered."""
        return None if office.signers is None else self.root / office.signers

    def chosen(self, ids: Sequence[str]) -> list[Office]:
        """The offices named (each must exist), or every office when none is named."""
        if not ids:
            return list(self.settings.offices)
        return [self.settings.office(office_id) for office_id in dict.fromkeys(ids)]


def find_county(start: Path, explicit: Path | None = None) -> Path:
    """The county folder: `explicit` if given, else the nearest folder up from `start`."""
    if explicit is not None:
        if not (explicit / COUNTY_FILE).is_file():
            raise StudyctlError("county.not_a_folder", path=str(explicit))
        return explicit.resolve()
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / COUNTY_FILE).is_file():
            return folder
    raise StudyctlError("county.not_found", path=str(here))


def load_county(root: Path) -> County:
    """Read `county.yaml`; a StudyctlError naming the file, the line and what is wrong."""
    from studyctl.models import line_of
    from studyctl.yamlio import YamlProblem, decode, parse_yaml

    path = root / COUNTY_FILE
    try:
        data, lines = parse_yaml(decode(path.read_bytes()))
    except OSError as exc:
        raise StudyctlError("county.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    except YamlProblem as problem:
        raise StudyctlError(
            "county.bad_file", path=COUNTY_FILE, line=problem.line or 1, detail=problem.key
        ) from None
    try:
        settings = CountySettings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        raise StudyctlError(
            "county.bad_file",
            path=COUNTY_FILE,
            line=line_of(lines, loc) or 1,
            detail=f"{'.'.join(str(part) for part in loc)}: {error['msg']}",
        ) from None
    seen: set[str] = set()
    for index, office in enumerate(settings.offices):
        where = line_of(lines, ("offices", index)) or 1
        if office.id in seen:
            raise StudyctlError("county.duplicate_office", path=COUNTY_FILE, line=where, value=office.id)
        seen.add(office.id)
        if PASSWORD_IN_URL.match(office.remote):
            raise StudyctlError("county.password_in_url", path=COUNTY_FILE, line=where, value=office.id)
    return County(root, settings)


def county_text(settings: CountySettings, lang: str) -> str:
    """`county.yaml` with every setting written out and explained, in `lang`."""
    from studyctl.messages import t
    from studyctl.scaffold import COMMENT_COLUMN, _display_width
    from studyctl.yamlio import dump_yaml

    def commented(text: str, key: str) -> str:
        return text + " " * max(1, COMMENT_COLUMN - _display_width(text)) + f"# {t(key, lang)}"

    lines = [
        t("county.yaml.header", lang),
        "",
        commented(dump_yaml({"name": settings.name}).rstrip("\n"), "county.yaml.name"),
        commented(f"language: {settings.language}", "county.yaml.language"),
        commented(f"fetch_jobs: {settings.fetch_jobs}", "county.yaml.fetch_jobs"),
        f"# {t('county.yaml.offices', lang)}",
    ]
    if not settings.offices:
        lines.append("offices: []")
        return "\n".join(lines) + "\n"
    lines.append("offices:")
    for office in settings.offices:
        entry = dump_yaml(office.model_dump(exclude_none=True)).rstrip("\n").splitlines()
        lines.append("  - " + entry[0])
        lines += ["    " + line for line in entry[1:]]
    return "\n".join(lines) + "\n"


def write_county(county: County, lang: str) -> None:
    """Write `county.yaml` from the county's settings, atomically."""
    atomic_write(county.root / COUNTY_FILE, county_text(county.settings, lang).encode("utf-8"), COUNTY_FILE)


@dataclass(frozen=True)
class CountyInit:
    """What `county init` made: the county folder, and whether its git commit was made."""

    path: Path
    git: str  # committed | failed
    git_detail: str = ""


def init_county(folder: Path, name: str, lang: str) -> CountyInit:
    """Make a county folder: `county.yaml`, `signers/`, a `.gitignore` for `.studyctl/`, and git."""
    from studyctl import git
    from studyctl.messages import t

    folder = folder.resolve()
    if (folder / COUNTY_FILE).exists():
        raise StudyctlError("county.exists", path=str(folder / COUNTY_FILE))
    try:
        (folder / SIGNERS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StudyctlError("write.failed", path=str(folder), detail=exc.strerror or str(exc)) from None
    settings = CountySettings(name=name, language="en" if lang == "en" else "zh")
    atomic_write(folder / COUNTY_FILE, county_text(settings, lang).encode("utf-8"), COUNTY_FILE)
    atomic_write(folder / SIGNERS_DIR / ".gitkeep", b"")
    atomic_write(folder / ".gitignore", b"/.studyctl/\n")
    if not git.available():
        return CountyInit(folder, "failed", "git")
    if not (folder / ".git").exists():
        made = git.init(folder)
        if not made.ok:
            return CountyInit(folder, "failed", made.output)
    paths = [COUNTY_FILE, ".gitignore", f"{SIGNERS_DIR}/.gitkeep"]
    committed = git.commit_paths(folder, paths, t("county.init.commit", lang, name=name))
    return CountyInit(
        folder, "committed" if committed.ok else "failed", "" if committed.ok else committed.output
    )


def add_office(
    county: County,
    office_id: str,
    name: str,
    remote: str,
    branch: str,
    signers_file: Path | None,
    lang: str,
) -> Office:
    """Register an office; its allowed-signers file, if given, is copied to `signers/<id>.allowed`."""
    from studyctl.models import is_slug

    if not is_slug(office_id):
        raise StudyctlError("county.bad_id", value=office_id)
    if any(office.id == office_id for office in county.settings.offices):
        raise StudyctlError("county.office_exists", value=office_id)
    if PASSWORD_IN_URL.match(remote):
        raise StudyctlError("county.password_in_remote", value=remote)
    signers_rel = None
    if signers_file is not None:
        data = _read_signers(signers_file)
        signers_rel = f"{SIGNERS_DIR}/{office_id}.allowed"
        atomic_write(county.root / signers_rel, data, signers_rel)
    office = Office(id=office_id, name=name, remote=remote, branch=branch, signers=signers_rel)
    county.settings.offices.append(office)
    write_county(county, lang)
    return office


def _read_signers(path: Path) -> bytes:
    """An allowed-signers file: each line `principal [options] keytype key`, as ssh-keygen reads it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StudyctlError(
            "county.signers_unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from None
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    keys = [line for line in lines if not line.lstrip().startswith("#")]
    if not keys or any(
        not re.search(r"\b(ssh-[a-z0-9]+|ecdsa-sha2-\S+|sk-\S+)\s+\S+", line) for line in keys
    ):
        raise StudyctlError("county.signers_bad", path=str(path))
    return data


def rename_office(county: County, office_id: str, name: str, lang: str) -> tuple[str, Office]:
    """Give the office a new name in `county.yaml`; the old name and the renamed office."""
    old = county.settings.office(office_id)
    renamed = old.model_copy(update={"name": name})
    county.settings.offices = [renamed if o.id == office_id else o for o in county.settings.offices]
    write_county(county, lang)
    return old.name, renamed


def remove_office(county: County, office_id: str, lang: str) -> Office:
    """Take an office off the list. Its mirror stays under `.studyctl/county/` (delete it by hand)."""
    office = county.settings.office(office_id)
    county.settings.offices = [o for o in county.settings.offices if o.id != office_id]
    write_county(county, lang)
    if office.signers is not None:
        with contextlib.suppress(OSError):
            (county.root / office.signers).unlink()
    return office


# --- git on the mirrors --------------------------------------------------------------------------

# git must never stop to ask for a password: authentication is ssh keys and credential helpers
_GIT_ENV = {"GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "true", "LC_ALL": "C"}


def _git(git_dir: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, **_GIT_ENV}
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env=env,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def _out(proc: subprocess.CompletedProcess[bytes]) -> str:
    return proc.stdout.decode("utf-8", "replace").strip()


def _err(proc: subprocess.CompletedProcess[bytes]) -> str:
    text = proc.stderr.decode("utf-8", "replace")
    lines = [line.strip() for line in text.replace("\r", "\n").splitlines() if line.strip()]
    return "\n".join(line for line in lines if not line.startswith(("remote: Counting", "remote: Compress")))


def branch_head(git_dir: Path, branch: str) -> str | None:
    """The commit the branch points at in the mirror, or None when there is no mirror or no such branch."""
    if not git_dir.is_dir():
        return None
    proc = _git(git_dir, "rev-parse", "--verify", "-q", f"refs/heads/{branch}^{{commit}}")
    return _out(proc) or None if proc.returncode == 0 else None


def _seal_tags(git_dir: Path) -> dict[str, str]:
    """Seal tag name (quarter) -> the tag object's sha."""
    proc = _git(
        git_dir, "for-each-ref", "--format=%(refname:lstrip=4) %(objectname)", f"refs/tags/{SEAL_PREFIX}"
    )
    out = {}
    for line in _out(proc).splitlines():
        quarter, _, sha = line.partition(" ")
        if quarter and sha:
            out[quarter] = sha
    return out


@dataclass(frozen=True)
class SealVerdict:
    """The county's verdict on an office's seal: good, bad (and why), or not verifiable without signers."""

    quarter: str
    ok: bool | None  # None: not verifiable, the office has no signers registered
    detail: str = ""  # why it failed: unsigned, bad signature, unknown key


def verify_seal(git_dir: Path, quarter: str, signers: Path | None) -> SealVerdict:
    """The signature of the seal tag of `quarter` against the office's allowed-signers file, judged
    by the one verification of seals (`seals.verify_seal`); without signers, nothing to judge by."""
    from studyctl import seals

    if signers is None or not signers.is_file():
        return SealVerdict(quarter, None, "no-signers")
    verdict = seals.verify_seal(git_dir, SEAL_PREFIX + quarter, quarter, signers)
    if verdict.good:
        return SealVerdict(quarter, True)
    detail = {"unsigned": "unsigned", "unlisted": "unknown-key"}.get(verdict.verdict, "bad-signature")
    return SealVerdict(quarter, False, detail)


def _signers_digest(signers: Path | None) -> str:
    if signers is None:
        return ""
    try:
        return hashlib.sha256(signers.read_bytes()).hexdigest()
    except OSError:
        return ""


def verify_seals(county: County, office: Office, state: dict[str, Any]) -> list[SealVerdict]:
    """Every seal of the office's mirror, verified once per tag and signers file (kept in `state`)."""
    git_dir = county.mirror(office.id)
    signers = county.signers(office)
    digest = _signers_digest(signers)
    known: dict[str, Any] = state.setdefault("verified", {})
    verdicts = []
    for quarter, sha in sorted(_seal_tags(git_dir).items()):
        cached = known.get(sha)
        if cached is not None and cached.get("signers") == digest:
            verdicts.append(SealVerdict(quarter, cached["ok"], cached["detail"]))
            continue
        verdict = verify_seal(git_dir, quarter, signers)
        known[sha] = {"signers": digest, "ok": verdict.ok, "detail": verdict.detail}
        verdicts.append(verdict)
    return verdicts


# --- the state of the mirrors --------------------------------------------------------------------


def read_state(county: County) -> dict[str, Any]:
    """What the county remembers of its mirrors (`state.json`), or nothing when the file is missing or
    unreadable."""
    try:
        data = json.loads((county.state_dir / "state.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_state(county: County, state: dict[str, Any]) -> None:
    """Write `state.json`, atomically."""
    text = json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True)
    atomic_write(county.state_dir / "state.json", text.encode("utf-8"))


# --- fetching ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchResult:
    """What fetching an office brought: whether it worked (git's words if not), the new commits, whether the
    history was rewritten, the commit and its newest record's date."""

    office: Office
    ok: bool
    error: str = ""  # git's own words, when the fetch failed
    new_commits: int = 0
    rewritten: bool = False  # the branch was force-pushed: the old head is not in the new history
    commit: str | None = None
    newest_record: str | None = None  # the newest date among the commit's sessions and essays
    seals_received: tuple[str, ...] = ()
    verdicts: tuple[SealVerdict, ...] = ()
    rejected_tags: tuple[str, ...] = ()  # seals the office changed after the county received them
    last_fetched: str | None = None  # when it failed: when the copy in use was fetched


def fetch_offices(
    county: County,
    offices: Sequence[Office],
    now: dt.datetime,
    on_done: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch the offices, `fetch_jobs` at a time; the state is saved once all are done.

    One county command at a time changes the mirrors and the state: it holds the folder's lock."""
    from studyctl.store import FolderLock

    with FolderLock(county.root, "county fetch"):
        return _fetch_offices(county, offices, now, on_done)


def _fetch_offices(
    county: County,
    offices: Sequence[Office],
    now: dt.datetime,
    on_done: Callable[[FetchResult], None] | None,
) -> list[FetchResult]:
    state = read_state(county)
    offices_state: dict[str, Any] = state.setdefault("offices", {})
    results: dict[str, FetchResult] = {}
    jobs = max(1, min(county.settings.fetch_jobs, len(offices) or 1))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(_fetch_one, county, office, offices_state.get(office.id, {})) for office in offices
        ]
        for future in as_completed(futures):
            result = future.result()
            if result.ok and result.seals_received:
                # verified here, one office at a time, and kept: a check does not verify them again
                verdicts = {v.quarter: v for v in verify_seals(county, result.office, state)}
                result = replace(result, verdicts=tuple(verdicts[q] for q in result.seals_received))
            results[result.office.id] = result
            if on_done is not None:
                on_done(result)
    stamp = now.isoformat(timespec="seconds")
    for office in offices:
        result = results[office.id]
        entry = offices_state.setdefault(office.id, {})
        entry["attempted_at"] = stamp
        if result.ok:
            entry.update(fetched_at=stamp, commit=result.commit, error=None)
        else:
            entry["error"] = result.error
        if result.rejected_tags:
            entry["rejected_tags"] = sorted(set(entry.get("rejected_tags", [])) | set(result.rejected_tags))
    write_state(county, state)
    return [results[office.id] for office in offices]


def _fetch_one(county: County, office: Office, previous: dict[str, Any]) -> FetchResult:
    git_dir = county.mirror(office.id)
    if not git_dir.is_dir():
        git_dir.parent.mkdir(parents=True, exist_ok=True)
        made = subprocess.run(
            ["git", "init", "-q", "--bare", str(git_dir)],
            capture_output=True,
            check=False,
            env={**os.environ, **_GIT_ENV},
        )
        if made.returncode != 0:
            return FetchResult(office, False, made.stderr.decode("utf-8", "replace").strip())
    old = branch_head(git_dir, office.branch)
    old_tags = _seal_tags(git_dir)
    proc = _git(
        git_dir,
        "fetch",
        "--no-write-fetch-head",
        "--no-auto-gc",
        office.remote,
        f"+refs/heads/{office.branch}:refs/heads/{office.branch}",
        "refs/tags/*:refs/tags/*",
    )
    text = _err(proc)
    rejected = tuple(
        name.removeprefix(SEAL_PREFIX) for name in _REJECTED_TAG.findall(text) if name.startswith(SEAL_PREFIX)
    )
    new = branch_head(git_dir, office.branch)
    only_rejections = proc.returncode != 0 and bool(_REJECTED_TAG.search(text)) and new is not None
    if proc.returncode != 0 and not only_rejections:
        return FetchResult(
            office,
            False,
            text or f"git fetch: exit {proc.returncode}",
            commit=old,
            last_fetched=previous.get("fetched_at"),
        )
    if new is None:
        return FetchResult(office, False, text, last_fetched=previous.get("fetched_at"))
    rewritten = False
    if old is None:
        count = int(_out(_git(git_dir, "rev-list", "--count", new)) or 0)
    elif old == new:
        count = 0
    else:
        count = int(_out(_git(git_dir, "rev-list", "--count", f"{old}..{new}")) or 0)
        rewritten = _git(git_dir, "merge-base", "--is-ancestor", old, new).returncode != 0
    received = tuple(sorted(set(_seal_tags(git_dir)) - set(old_tags)))
    return FetchResult(
        office,
        True,
        new_commits=count,
        rewritten=rewritten,
        commit=new,
        newest_record=newest_record_date(git_dir, new),
        seals_received=received,
        rejected_tags=rejected,
    )


def newest_record_date(git_dir: Path, commit: str) -> str | None:
    """The newest date among the commit's sessions and essays, from their file names."""
    proc = _git(git_dir, "ls-tree", "-r", "--name-only", "-z", commit, "--", "sessions", "essays")
    dates = [
        m[1] for m in (_DATED_PATH.match(p) for p in proc.stdout.decode("utf-8", "replace").split("\0")) if m
    ]
    return max(dates) if dates else None


def age_text(fetched_at: str | None, now: dt.datetime, lang: str) -> str:
    """How old the copy in use is: `3 天` / `5 hours`."""
    from studyctl.messages import t

    if not fetched_at:
        return t("county.age.never", lang)
    try:
        then = dt.datetime.fromisoformat(fetched_at)
    except ValueError:
        return t("county.age.never", lang)
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 3600:
        return t("county.age.minutes", lang, count=seconds // 60)
    if seconds < 2 * 86400:
        return t("county.age.hours", lang, count=seconds // 3600)
    return t("county.age.days", lang, count=seconds // 86400)


# --- snapshots -----------------------------------------------------------------------------------

_MARK = ".studyctl/county-commit"


def snapshot_for(county: County, office: Office, commit: str) -> Path:
    """The records of `commit`, extracted read-only; made again only when the commit changes, so that
    the office's cache under the snapshot's `.studyctl/` stays warm between checks."""
    target = county.snapshot(office.id)
    with contextlib.suppress(OSError):
        if (target / _MARK).read_text("ascii").strip() == commit:
            return target
    archive = _git(county.mirror(office.id), "archive", "--format=tar", commit)
    if archive.returncode != 0:
        raise StudyctlError("county.archive_failed", office=office.id, detail=_err(archive))
    fresh = target.with_name(f".{office.id}.tmp-{os.getpid()}")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(fresh, filter="data")
    for folder, _dirs, files in os.walk(fresh):
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, 0o444)  # a snapshot is read, never edited
    # studyctl's own folder is never taken from an office: its cache is made here, by this studyctl
    shutil.rmtree(fresh / ".studyctl", ignore_errors=True)
    (fresh / ".studyctl").mkdir()
    (fresh / _MARK).write_text(commit + "\n", "ascii")
    old = target.with_name(f".{office.id}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target


# --- checking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeCheck:
    """One office's check, as the county shows it."""

    office: Office
    commit: str | None
    fetched_at: str | None
    findings: list[Finding]
    haves: dict[str, tuple[int, int]] = field(default_factory=dict)  # have -> (✓, judged)
    rhythm: dict[str, tuple[int, int]] = field(default_factory=dict)  # study-day/exchange -> (held, owed)
    row: dict[str, Any] | None = None  # the bulletin row, for `county report`
    organization: str = ""

    @property
    def counts(self) -> dict[str, int]:
        """How many of the office's findings are errors and how many warnings."""
        return count_by_severity(self.findings)


@dataclass(frozen=True)
class OfficeTask:
    """One office to check, with all the check needs, so that a worker process can run it."""

    county: County
    office: Office
    period: Period
    today: dt.date
    state: dict[str, Any]
    verdicts: tuple[SealVerdict, ...]
    report: bool
    in_worker: bool = False


def check_offices(
    county: County,
    offices: Sequence[Office],
    period: Period,
    today: dt.date,
    report: bool = False,
    workers: int | None = None,
) -> list[OfficeCheck]:
    """Each office's check on the commit last fetched, several offices at a time (one process each,
    forked from this one, so imports are shared)."""
    from studyctl.store import FolderLock

    # a fetch replaces mirrors and a check replaces snapshots: one at a time
    with FolderLock(county.root, "county check"):
        return _check_offices(county, offices, period, today, report, workers)


def _check_offices(
    county: County,
    offices: Sequence[Office],
    period: Period,
    today: dt.date,
    report: bool,
    workers: int | None,
) -> list[OfficeCheck]:
    from studyctl.parallel import available_cpus, run_parallel

    state = read_state(county)
    known = json.dumps(state.get("verified", {}), sort_keys=True)
    verdicts = {office.id: tuple(verify_seals(county, office, state)) for office in offices}
    if json.dumps(state.get("verified", {}), sort_keys=True) != known:
        write_state(county, state)
    count = min(workers if workers is not None else available_cpus(), len(offices))
    tasks = [
        OfficeTask(county, office, period, today, state, verdicts[office.id], report, count > 1)
        for office in offices
    ]
    found: dict[int, OfficeCheck] = {}
    for index, result in run_parallel(_check_task, tasks, count):
        found[index] = result
    return [found[index] for index in range(len(tasks))]


def _check_task(task: OfficeTask) -> OfficeCheck:
    import studyctl.records as records_module

    # an office is already one worker's task: its files load in that worker, not in more processes
    # (a worker is a daemon process, which may not start any); the setting dies with the worker
    if task.in_worker:
        records_module.PARALLEL_FROM = 1 << 60
    return check_office(
        task.county, task.office, task.period, task.today, task.state, task.verdicts, task.report
    )


def check_office(
    county: County,
    office: Office,
    period: Period,
    today: dt.date,
    state: dict[str, Any],
    verdicts: Sequence[SealVerdict],
    report: bool = False,
) -> OfficeCheck:
    """One office's rules on its last fetched commit, and its seals against its signers."""
    from studyctl.check import member_haves, run_check, session_haves, years_for
    from studyctl.records import load_records
    from studyctl.rules import registry

    entry = state.get("offices", {}).get(office.id, {})
    fetched_at = entry.get("fetched_at")
    git_dir = county.mirror(office.id)
    commit = branch_head(git_dir, office.branch)
    if commit is None:
        finding = Finding.make(
            "county", "error", COUNTY_FILE, None, office.id, "county.never_fetched", office=office.id
        )
        return OfficeCheck(office, None, None, [finding])
    root = snapshot_for(county, office, commit)
    records = load_records(root, years_for(period))
    # the audit rules ask git about a work tree; a snapshot has none: its seals are judged below
    names = [name for name, rule in registry().items() if rule.group != "audit"]
    result = run_check(root, period, today, names, records=records)
    findings = list(result.findings)
    findings += seal_findings(county, office, commit, records, entry, verdicts)
    haves: dict[str, tuple[int, int]] = {}
    for session_row in session_haves(result):
        for have, mark in session_row.marks.items():
            if mark is not None:
                good, judged = haves.get(have, (0, 0))
                haves[have] = (good + int(mark), judged + 1)
    for member_row in member_haves(result):
        for have, mark in member_row.marks.items():
            if mark is not None:
                good, judged = haves.get(have, (0, 0))
                haves[have] = (good + int(mark), judged + 1)
    rhythm = _rhythm(result)
    row = office_row(records, period, today) if report else None
    return OfficeCheck(
        office, commit, fetched_at, sorted(findings), haves, rhythm, row, records.config.organization
    )


def _rhythm(result: Any) -> dict[str, tuple[int, int]]:
    from studyctl.check import rhythm_strip

    held = {"study-day": 0, "exchange": 0}
    owed = {"study-day": 0, "exchange": 0}
    for week in rhythm_strip(result):
        if not week.judged or not week.workdays:
            continue
        owed["study-day"] += 1
        owed["exchange"] += 1
        held["study-day"] += int(bool(week.study_days))
        held["exchange"] += int(bool(week.exchanges))
    return {kind: (held[kind], owed[kind]) for kind in held}


def seal_findings(
    county: County,
    office: Office,
    commit: str,
    records: Any,
    entry: dict[str, Any],
    verdict_list: Sequence[SealVerdict],
) -> list[Finding]:
    """The office's seals, as the county received them, against its signers and its current history:
    a seal that does not verify, a sealed record changed, deleted or added, a sealed commit no longer
    in the branch (a force-push), and a seal the office changed after the county received it."""
    from studyctl.seals import content_hash, quarter_files, read_seals

    git_dir = county.mirror(office.id)
    root = records.root
    out: list[Finding] = []
    verdicts = {v.quarter: v for v in verdict_list}
    for seal in read_seals(git_dir) or []:
        tag = seal.tag
        verdict = verdicts.get(seal.quarter)
        if verdict is not None and verdict.ok is False:
            out.append(_seal_finding("error", seal.quarter, f"county.seal.{verdict.detail}", tag=tag))
        elif verdict is not None and verdict.ok is None:
            out.append(_seal_finding("warning", seal.quarter, "county.seal.no-signers", tag=tag))
        if records.years is not None and seal.period.year not in records.years:
            continue
        in_history = _git(git_dir, "merge-base", "--is-ancestor", seal.commit, commit).returncode == 0
        if not in_history:
            out.append(
                _seal_finding(
                    "error", seal.quarter, "county.seal.rewritten", tag=tag, commit=seal.commit[:10]
                )
            )
        changes: list[tuple[str, str]] = []
        for path, digest in sorted(seal.hashes.items()):
            now = content_hash(root, path)
            if now != digest:
                changes.append((path, "deleted" if now is None else "changed"))
        for path in quarter_files(root, records, seal.period):
            if path not in seal.hashes:
                changes.append((path, "added"))
        commits = _last_commits(git_dir, seal.commit, commit, [p for p, _ in changes]) if in_history else {}
        for path, how in changes:
            sha, author, date = commits.get(path, ("", "", ""))
            key = f"sealed.{how}" if sha else f"county.sealed.{how}"
            out.append(
                Finding.make(
                    "sealed",
                    "error",
                    path,
                    None,
                    path.rsplit("/", 1)[-1].rsplit(".", 1)[0],
                    key,
                    quarter=seal.quarter,
                    tag=tag,
                    commit=sha,
                    author=author,
                    date=date,
                    path=path,
                )
            )
    for quarter in entry.get("rejected_tags", []):
        out.append(_seal_finding("error", quarter, "county.seal.replaced", tag=SEAL_PREFIX + quarter))
    return out


def _seal_finding(severity: Literal["error", "warning"], quarter: str, key: str, **params: Any) -> Finding:
    return Finding.make(
        "seal", severity, f"refs/tags/{SEAL_PREFIX}{quarter}", None, quarter, key, quarter=quarter, **params
    )


def _last_commits(git_dir: Path, since: str, until: str, paths: list[str]) -> dict[str, tuple[str, str, str]]:
    if not paths:
        return {}
    proc = _git(
        git_dir,
        "-c",
        "core.quotePath=false",
        "log",
        "--name-only",
        "--date=short",
        LAST_COMMITS_FORMAT,
        f"{since}..{until}",
        "--",
        *paths,
    )
    return parse_last_commits(proc.stdout.decode("utf-8", "replace"))


# --- the bulletin --------------------------------------------------------------------------------

ROW_RATES = ("attendance", "schedule", "minutes", "reflections", "notebook", "degree")


def office_row(records: Any, period: Period, today: dt.date) -> dict[str, Any]:
    """The office's figures for the county bulletin, from the office's own report."""
    from studyctl.report import FIVE_HAVES, build_report

    built = build_report(records, period, today)
    summary = built.organization
    scores = [row.score for row in built.members if row.score is not None]
    five = {
        have: None if tally is None else [tally.done, tally.due] for have, tally in summary.five_haves.items()
    }
    return {
        "members": summary.members,
        "study_days": [summary.study_days.done, summary.study_days.due],
        "exchanges": [summary.exchanges.done, summary.exchanges.due],
        "attendance": [summary.attendance.done, summary.attendance.due],
        "five_haves": {have: five.get(have) for have in FIVE_HAVES},
        "essays": [summary.essays.done, summary.essays.due],
        "degree": [summary.degree.done, summary.degree.due],
        "score": round(sum(scores) / len(scores), 1) if scores else None,
    }
