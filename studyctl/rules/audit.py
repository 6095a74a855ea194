"""The audit rules: `sealed` (a file of a signed-off quarter changed since its seal),
`uncommitted` (a record file that git does not have yet) and `temp-file` (what an interrupted
write left behind).

They judge the facts that `seals.gather_facts` collected before the rules ran — the seals, what
changed since each, git's status, the leftovers on disk — and touch neither git nor the disk. The
facts come from one `git for-each-ref` for every seal and one `git status` for the whole folder,
and a `git log` only for a seal that has changes to name. Outside a git work tree, or without git,
`sealed` and `uncommitted` find nothing: sealing needs git, and a folder kept without git has
nothing to commit.

A check looks at the seals of the years it loads: a check of 2026Q3 reports a changed 2026Q2
record too, because a changed sealed record is wrong whatever period one looks at.

`sealed` also reports a seal whose commit is no longer an ancestor of HEAD (the history under it
was rewritten). In a shallow clone no commit is blamed: the history there stops at a boundary
commit that did not make the change. A hint never proposes a command that touches more than the
sealed file it is about (`git restore --source=<tag> -- <path>`, never `git revert`).

`seal-signature` (when the records folder has a committed `signers` file): every seal must be
signed by a key that file lists, as `git verify-tag` says. `audit-skipped`: inside a git work tree
without the git program, what went unchecked; an audit never passes by not looking.

A temp file (`.<name>.tmp-<random>`) that no writer is using can only be the leftover of a write
that was killed. `check` only reports it: the next write removes it, under the folder's lock. While
a writer holds the lock its temp file is in use and not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from studyctl.findings import Finding
from studyctl.git import clean_text
from studyctl.kinds import stem_of
from studyctl.layout import place
from studyctl.rules import Context, Rule


def check_sealed(context: Context) -> Iterator[Finding]:
    """A file a seal covers that changed, was deleted or was added since the seal; a seal whose
    commit HEAD no longer contains. A shallow clone blames no commit."""
    facts = context.facts
    if facts is None:
        return
    for seal in facts.seals:
        if seal.quarter in facts.rewritten:
            yield Finding.make(
                "sealed",
                "error",
                f"refs/tags/{seal.tag}",
                None,
                seal.quarter,
                "sealed.rewritten",
                quarter=seal.quarter,
                tag=seal.tag,
                commit=facts.rewritten[seal.quarter][:12],
            )
        for change in facts.changes.get(seal.quarter, []):
            if facts.shallow and change.commit:
                key = f"sealed.{change.how}_shallow"
            else:
                key = f"sealed.{change.how}" + ("" if change.commit else "_uncommitted")
            yield Finding.make(
                "sealed",
                "error",
                change.path,
                None,
                stem_of(change.path),
                key,
                quarter=seal.quarter,
                tag=seal.tag,
                commit=change.commit,
                author=change.author,
                date=change.date,
                path=change.path,
            )


def check_seal_signatures(context: Context) -> Iterator[Finding]:
    """A seal, of a loaded year, that git does not verify as signed by a key of `signers`."""
    facts = context.facts
    if facts is None or facts.verdicts is None:
        return
    years = context.records.years
    for verdict in facts.verdicts:
        if verdict.good or (years is not None and int(verdict.quarter[:4]) not in years):
            continue
        yield Finding.make(
            "seal-signature",
            "error",
            f"refs/tags/{verdict.tag}",
            None,
            verdict.quarter,
            f"seal-signature.{verdict.verdict}",
            quarter=verdict.quarter,
            tag=verdict.tag,
            detail=clean_text(verdict.detail, one_line=True)[:300],
        )


def check_audit_skipped(context: Context) -> Iterator[Finding]:
    """Inside a git work tree without the git program: the audit rules could not look."""
    facts = context.facts
    if facts is None or not facts.git_missing:
        return
    yield Finding.make(
        "audit-skipped",
        "warning",
        ".",
        None,
        "git",
        "audit-skipped.no_git",
        rules="sealed, seal-signature, uncommitted",
    )


def check_uncommitted(context: Context) -> Iterator[Finding]:
    """A record file of the loaded partitions that differs from what git has."""
    facts = context.facts
    if facts is None:
        return
    years = context.records.years
    for path, how in sorted(facts.dirty.items()):
        source = place(path)
        if source is not None and (years is None or source.year is None or source.year in years):
            yield Finding.make(
                "uncommitted", "warning", path, None, stem_of(path), f"uncommitted.{how}", path=path
            )


def check_temp_files(context: Context) -> Iterator[Finding]:
    """A leftover of an interrupted write (unless a writer is at work right now)."""
    facts = context.facts
    if facts is None or facts.writer_active:
        return
    for path in facts.temps:
        yield Finding.make("temp-file", "warning", path, None, stem_of(path), "temp-file.found", path=path)


RULES = [
    Rule("sealed", "audit", check_sealed),
    Rule("seal-signature", "audit", check_seal_signatures),
    Rule("audit-skipped", "audit", check_audit_skipped),
    Rule("uncommitted", "audit", check_uncommitted),
    Rule("temp-file", "audit", check_temp_files),
]
