"""`init`: a new records folder with every setting written out and explained."""

from __future__ import annotations

import os
import shlex
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studyctl import git
from studyctl.errors import StudyctlError
from studyctl.fsio import atomic_write
from studyctl.kinds import CONFIG_FILE, folders
from studyctl.messages import t
from studyctl.models import AssessmentSettings, RuleSettings
from studyctl.yamlio import dump_yaml

GITATTRIBUTES = "* text=auto eol=lf\n*.yaml text eol=lf\n*.md text eol=lf\n"
GITIGNORE = "# studyctl's own lock and cache\n.studyctl/\n"


def _defaults(model: type[RuleSettings] | type[AssessmentSettings]) -> list[tuple[str, Any]]:
    """The settings of a section with their defaults, in the order the model declares them."""
    return [(name, info.default) for name, info in model.model_fields.items()]


def config_text(organization: str, campaign_start: str, lang: str, county_remote: str | None = None) -> str:
    """studyctl.yaml with every default written out, each line explained in `lang`.

    The defaults come from the models, so that the file always shows what studyctl would use."""
    entries: list[tuple[str, str]] = [
        (dump_yaml({"organization": organization}).rstrip("\n"), "organization"),
        (f"campaign_start: {campaign_start}", "campaign_start"),
        (f"language: {lang}", "language"),
        ("rules:", "rules"),
        *((f"  {key}: {value}", key) for key, value in _defaults(RuleSettings)),
        ("calendar:", "calendar"),
        ("  holidays: []", "holidays"),
        ("  workdays: []", "workdays"),
        ("assessment:", "assessment"),
        *((f"  {key}: {value}", f"assessment_{key}") for key, value in _defaults(AssessmentSettings)),
        # empty until the county gives an address: `studyctl push` sends the records there
        (
            dump_yaml({"county_remote": county_remote}).rstrip("\n") if county_remote else "county_remote:",
            "county_remote",
        ),
    ]
    lines = [f"# {t('init.config.title', lang)}"]
    for text, comment_key in entries:
        comment = t(f"init.config.{comment_key}", lang)
        if "\n" in text:  # a value written as a block: the comment goes above it
            lines += [f"# {comment}", text]
        else:
            lines.append(text + " " * max(1, COMMENT_COLUMN - _display_width(text)) + f"# {comment}")
    return "\n".join(lines) + "\n"


# the column where the comments start; Chinese characters take two columns in an editor
COMMENT_COLUMN = 41


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


@dataclass
class InitResult:
    """What `studyctl init` made: the records folder, and its git: committed, inside a repository already
    there, failed (and why) or none."""

    path: Path
    git: str  # "committed" | "inside" | "failed" | "none"
    git_detail: str = ""


def init_records(
    folder: Path, organization: str, campaign_start: str, lang: str, county_remote: str | None = None
) -> InitResult:
    """Make `folder` a records folder; refuse one that is, or lies inside, a records folder already.

    Files already in `folder` are never overwritten (a .gitignore of the person's own stays)."""
    folder = folder.resolve()
    if os.path.lexists(folder / CONFIG_FILE):
        raise StudyctlError("init.exists", path=str(folder))
    for parent in folder.parents:
        if (parent / CONFIG_FILE).is_file():
            raise StudyctlError("init.inside", path=str(folder), root=str(parent))
    # a new folder inside an existing work tree belongs to that repository: no nested `git init`
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    was_tracked = git.inside_work_tree(existing)
    files = {f"{name}/.gitkeep": "" for name in folders()}
    files |= {".gitattributes": GITATTRIBUTES, ".gitignore": GITIGNORE}
    written = []
    for rel, text in files.items():
        if not os.path.lexists(folder / rel):
            atomic_write(folder / rel, text.encode(), rel)
            written.append(rel)
    # the config last: a folder is a records folder only once it is complete
    atomic_write(
        folder / CONFIG_FILE,
        config_text(organization, campaign_start, lang, county_remote).encode(),
        CONFIG_FILE,
    )
    written.append(CONFIG_FILE)
    if was_tracked:
        if county_remote:
            _set_county_remote(folder, county_remote)
        return InitResult(folder, "inside")
    if not git.available():
        return InitResult(folder, "none")
    started = git.init(folder)
    if not started.ok:
        return InitResult(folder, "failed", started.output)
    if county_remote:
        _set_county_remote(folder, county_remote)
    # Chinese file names shown as they are in `git status` and `git log`, not as \345\255\246…
    git.set_config(folder, "core.quotepath", "false")
    message = t("init.commit_message", lang)
    committed = git.commit_paths(folder, written, message)
    if not committed.ok:
        return InitResult(folder, "failed", _why_not_committed(folder, committed.output, message, lang))
    return InitResult(folder, "committed")


def _set_county_remote(folder: Path, url: str) -> None:
    """The git remote `county`, where `studyctl push` sends the records (see push.py)."""
    from studyctl.push import set_county_remote

    set_county_remote(folder, url)


def _why_not_committed(folder: Path, output: str, message: str, lang: str) -> str:
    """Git's refusal in the person's words, and the command that makes the first commit afterwards
    (running init again would refuse: the folder is a records folder now). The files are staged
    already: git refuses at the commit, after adding them."""
    cause = git.failure_cause(folder, output)
    if cause == "git.cause.other":
        return output
    lock = str(git.index_lock_path(folder))
    explained = t(
        "init.git_cause", lang, cause=t(cause, lang, lock=lock), hint=t(cause + ".hint", lang, lock=lock)
    )
    command = f"git -C {shlex.quote(str(folder))} commit -m {shlex.quote(message)}"
    return f"{explained}\n{t('init.commit_later', lang)}\n  {command}"
