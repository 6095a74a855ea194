"""Evidence integrity: each hole of the hostile test, reproduced on a committed copy of the shipped
records with a git identity set, and the guard that closes it.

Paths typed on the command line, writes into sealed quarters or during a merge, control characters
and look-alike names on the way in, seals that only a listed key can make, shallow clones, a
missing git program.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from office import studyctl

SHIPPED = Path(__file__).resolve().parents[2] / "records"
TODAY = "2026-11-28"
# the one plan error of the shipped 2026Q1 (an area missing), mended so that the quarter can be sealed
PLAN_MEND = "  - area: economics\n    content: 学习农村集体经济发展\n    due: 2026-12-31\n    done: null\n"


def git(root: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True, env=env)
    return done.stdout


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` but git's and studyctl's own (lock, cache), with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and not {".git", ".studyctl"} & set(path.relative_to(folder).parts)
    }


@pytest.fixture
def env(git_env: dict[str, str]) -> dict[str, str]:
    return {**git_env, "STUDYCTL_TODAY": TODAY}


@pytest.fixture
def shipped(tmp_path: Path, env: dict[str, str]) -> Path:
    """The shipped records/, copied into a fresh git repository and committed."""
    root = tmp_path / "office" / "records"
    shutil.copytree(SHIPPED, root)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "shipped records")
    return root


@pytest.fixture
def sealed(shipped: Path, env: dict[str, str]) -> Path:
    """The shipped records with 2026Q1 sealed (its one plan error mended first)."""
    with (shipped / "plans/2026/feng-tao.yaml").open("a", encoding="utf-8") as plan:
        plan.write(PLAN_MEND)
    git(shipped, "commit", "-q", "-am", "plan: economics for feng-tao")
    studyctl("seal", "2026Q1", "-C", str(shipped), env=env)
    return shipped


def minutes_file(tmp_path: Path) -> str:
    path = tmp_path / "minutes.txt"
    path.write_text("会议传达学习了上级文件精神，逐条讨论了贯彻落实的具体措施。\n", encoding="utf-8")
    return str(path)


def log_args(root: Path, tmp_path: Path, day: str, *extra: str) -> list[str]:
    return [
        "log-session",
        "-C",
        str(root),
        "--date",
        day,
        "--kind",
        "study-day",
        "--host",
        "li-hongmei",
        "--topic",
        "学习《宪法》",
        "--area",
        "law",
        "--recorder",
        "li-hongmei",
        "--minutes-file",
        minutes_file(tmp_path),
        "--all-present",
        *extra,
    ]


def commits(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD").strip())


# --- 1. a path typed on the command line never leaves its folder --------------------------------


SCHEDULE = ["schedule", "publish", "--entry", "2026-12-04,study-day,学习", "--published", TODAY]


@pytest.mark.parametrize("replace", [["--replace"], []])
def test_schedule_name_cannot_overwrite_a_member(
    shipped: Path, env: dict[str, str], tmp_path: Path, replace: list[str]
) -> None:
    before = files_of(tmp_path)
    count = commits(shipped)
    done = studyctl(
        *SCHEDULE,
        "--name",
        "../../members/zhang-wei",
        *replace,
        "-C",
        str(shipped),
        "--lang",
        "en",
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[0] == (
        "studyctl: --name '../../members/zhang-wei' cannot be a file name: use lower-case letters a-z, "
        "digits and single hyphens (like 2026-05-special), at most 64 characters."
    )
    assert files_of(tmp_path) == before
    assert commits(shipped) == count


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["essay", "add", "--author", "li-hongmei", "--date", "2026-11-20", "--title", "学习体会",
          "--area", "law", "--body-file", "essay.md"], "--slug"),
        (["member", "add", "新人", "--unit", "dzb", "--role", "staff", "--born", "1990-01-01",
          "--education", "bachelor", "--party-member", "--joined", "2026-11-01", "--backdate"], "--id"),
    ],
)  # fmt: skip
def test_other_typed_names_are_slugs_too(
    shipped: Path,
    env: dict[str, str],
    tmp_path: Path,
    args: list[str],
    option: str,
) -> None:
    body = tmp_path / "essay.md"
    body.write_text("学习体会正文。\n", encoding="utf-8")
    args = [str(body) if arg == "essay.md" else arg for arg in args]
    before = files_of(tmp_path)
    done = studyctl(
        *args, option, "../../../escaped", "-C", str(shipped), "--lang", "en", env=env, check=False
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"studyctl: {option} '../../../escaped' cannot be a file name" in done.stderr
    assert files_of(tmp_path) == before


def test_log_session_slug_with_a_newline_is_refused(
    shipped: Path, env: dict[str, str], tmp_path: Path
) -> None:
    minutes_file(tmp_path)
    before = files_of(tmp_path)
    done = studyctl(
        *log_args(shipped, tmp_path, "2026-11-20", "--slug", "study-day\n", "--lang", "en"),
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "studyctl: --slug 'study-day\\n' cannot be a file name" in done.stderr
    assert files_of(tmp_path) == before


def test_the_store_refuses_a_path_outside_the_kind_folder_and_a_symlinked_folder(tmp_path: Path) -> None:
    from studyctl.errors import StudyctlError
    from studyctl.store import safe_target

    root = tmp_path / "records"
    (root / "sessions").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (root / "sessions" / "2027").symlink_to(tmp_path / "elsewhere")
    assert safe_target(root, "sessions/2026/2026-04-03-x.yaml", "sessions") == (
        root.resolve() / "sessions/2026/2026-04-03-x.yaml"
    )
    for rel, kind in [
        ("sessions/../members/x.yaml", "sessions"),
        ("members/x.yaml", "sessions"),
        ("sessions/2026/.hidden.yaml", "sessions"),
        ("sessions//x.yaml", "sessions"),
        ("sessions/２０２６/x.yaml", "sessions"),
    ]:
        with pytest.raises(StudyctlError) as refused:
            safe_target(root, rel, kind)
        assert refused.value.key == "guard.outside", rel
    with pytest.raises(StudyctlError) as refused:
        safe_target(root, "sessions/2027/2027-01-08-x.yaml", "sessions")
    assert (refused.value.key, refused.value.params["link"]) == ("guard.symlink", "sessions/2027")


# --- 5. a sealed quarter takes no write ------------------------------------------------------------


def test_log_session_into_a_sealed_quarter_is_refused(
    sealed: Path, env: dict[str, str], tmp_path: Path
) -> None:
    minutes_file(tmp_path)
    before = files_of(sealed)
    count = commits(sealed)
    done = studyctl(
        *log_args(sealed, tmp_path, "2026-02-13", "--slug", "again", "--lang", "en"), env=env, check=False
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "studyctl: sessions/2026/2026-02-13-again.yaml belongs to the sealed quarter 2026Q1 (tag "
        "studyctl/sealed/2026Q1); nothing was written.",
        "A sealed record should not change. If it must (an error found after sign-off), add "
        '--sealed-ok "REASON": '
        "the reason goes into the commit message, and check still reports the change.",
    ]
    assert files_of(sealed) == before
    assert commits(sealed) == count


def test_replacing_a_sealed_session_is_refused(sealed: Path, env: dict[str, str], tmp_path: Path) -> None:
    minutes_file(tmp_path)
    before = files_of(sealed)
    done = studyctl(
        *log_args(sealed, tmp_path, "2026-02-06", "--replace", "--lang", "en"), env=env, check=False
    )
    assert done.returncode == 1
    assert "sessions/2026/2026-02-06-study-day.yaml belongs to the sealed quarter 2026Q1" in done.stderr
    assert files_of(sealed) == before


def test_essay_into_a_sealed_quarter_is_refused(sealed: Path, env: dict[str, str]) -> None:
    before = files_of(sealed)
    args = ["essay", "add", "--author", "li-hongmei", "--date", "2026-03-20", "--title", "学习体会"]
    body = sealed.parent / "essay.md"
    body.write_text("学习体会正文。\n", encoding="utf-8")
    done = studyctl(
        *args,
        "--area",
        "law",
        "--body-file",
        str(body),
        "-C",
        str(sealed),
        "--lang",
        "en",
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "belongs to the sealed quarter 2026Q1" in done.stderr
    assert files_of(sealed) == before


def test_sealed_ok_writes_with_the_reason_and_check_still_reports_it(
    sealed: Path, env: dict[str, str], tmp_path: Path
) -> None:
    reason = "县委检查发现漏记"
    done = studyctl(
        *log_args(sealed, tmp_path, "2026-02-13", "--slug", "again", "--sealed-ok", reason, "--lang", "en"),
        env=env,
    )
    assert done.returncode == 0
    message = git(sealed, "log", "-1", "--format=%B")
    assert f"写入已封存的季度 2026Q1，原因：{reason}" in message.splitlines()
    checked = studyctl(
        "check", "--quarter", "2026Q1", "-C", str(sealed), "--lang", "en", env=env, check=False
    )
    assert checked.returncode == 1
    assert (
        "sessions/2026/2026-02-13-again.yaml: error 2026Q1 is sealed, and this record of that quarter "
        "was added" in (checked.stdout)
    )


# --- 14. no write during an unfinished merge ---------------------------------------------------------


def test_no_write_during_a_merge(shipped: Path, env: dict[str, str], tmp_path: Path) -> None:
    config = shipped / "studyctl.yaml"
    main = git(shipped, "branch", "--show-current").strip()
    git(shipped, "checkout", "-q", "-b", "other")
    config.write_text(config.read_text(encoding="utf-8") + "# other\n", encoding="utf-8")
    git(shipped, "commit", "-q", "-am", "other")
    git(shipped, "checkout", "-q", main)
    config.write_text(config.read_text(encoding="utf-8") + "# main\n", encoding="utf-8")
    git(shipped, "commit", "-q", "-am", "main")
    merged = subprocess.run(
        ["git", "merge", "-q", "other"], cwd=shipped, capture_output=True, env=env, check=False
    )
    assert merged.returncode != 0  # a conflict: the merge waits for the clerk
    minutes_file(tmp_path)
    before = files_of(shipped)
    done = studyctl(*log_args(shipped, tmp_path, "2026-11-20", "--lang", "en"), env=env, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        "studyctl: The repository is in the middle of a git merge; nothing was written."
    )
    assert files_of(shipped) == before
    assert not (shipped / ".studyctl" / "lock").exists()


# --- 8. control characters on the way in, and in commit messages ------------------------------------


def test_control_characters_are_refused_by_the_writing_commands(
    shipped: Path, env: dict[str, str], tmp_path: Path
) -> None:
    minutes_file(tmp_path)
    before = files_of(shipped)
    args = log_args(shipped, tmp_path, "2026-11-20", "--lang", "en")
    args[args.index("--topic") + 1] = "学习\x1b]52;c;aGVsbG8=\x07宪法"
    done = studyctl(*args, env=env, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        "studyctl: topic holds the control character U+001B (invisible; it can tamper with a terminal). "
        "Nothing was written."
    )
    assert files_of(shipped) == before


def test_commit_messages_never_carry_control_characters() -> None:
    from studyctl.git import message_args

    assert message_args("记录 \x1b[2J学习\n第二行", "log-session", "原因\x07") == [
        "-m",
        "记录 \\x1b[2J学习\\x0a第二行",
        "-m",
        "原因\\x07",
        "-m",
        "Studyctl-Command: log-session",
    ]


# --- 15. names typed with compatibility characters ---------------------------------------------------


def test_a_name_typed_with_a_compatibility_ideograph_is_matched_and_written_in_nfc(
    shipped: Path, env: dict[str, str], tmp_path: Path
) -> None:
    # U+F9E1 is a compatibility ideograph that NFKC makes U+674E, the 李 of 李红梅
    args = log_args(shipped, tmp_path, "2026-11-20", "--slug", "nfc", "--lang", "en")
    args[args.index("--host") + 1] = "\uf9e1红梅"
    args[args.index("--topic") + 1] = "学习\uf9e1大钊同志的文章"
    done = studyctl(*args, env=env, check=False)
    assert done.returncode == 0, done.stderr
    text = (shipped / "sessions/2026/2026-11-20-nfc.yaml").read_text(encoding="utf-8")
    assert "host: li-hongmei\n" in text
    assert "topic: 学习\u674e大钊同志的文章\n" in text  # NFC, as every record text is written


# --- 11. without the git program ---------------------------------------------------------------------


def without_git(env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """A PATH that has python but no git."""
    bare = tmp_path / "bin"
    bare.mkdir(exist_ok=True)
    return {**env, "PATH": str(bare)}


def test_check_without_git_in_a_work_tree_warns_audit_skipped(
    shipped: Path, env: dict[str, str], tmp_path: Path
) -> None:
    done = studyctl(
        "check",
        "--year",
        "2026",
        "-C",
        str(shipped),
        "--lang",
        "en",
        env=without_git(env, tmp_path),
        check=False,
    )
    assert (
        ".: warning The records folder is in a git repository, but the git program is not found, so these "
        "checks were not made: sealed, seal-signature, uncommitted."
    ) in done.stdout


def test_undo_without_git_says_git_is_missing(shipped: Path, env: dict[str, str], tmp_path: Path) -> None:
    done = studyctl(
        "undo", "--yes", "-C", str(shipped), "--lang", "en", env=without_git(env, tmp_path), check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"studyctl: Cannot undo: the git program is not found. {shipped} is in a git repository, but git "
        "is not on PATH."
    )


# --- 4. a shallow clone blames no commit --------------------------------------------------------------


def test_a_shallow_clone_names_no_commit_and_proposes_no_revert(
    sealed: Path, env: dict[str, str], tmp_path: Path
) -> None:
    session = sealed / "sessions/2026/2026-02-06-study-day.yaml"
    session.write_text(session.read_text(encoding="utf-8").replace("学习", "复习", 1), encoding="utf-8")
    git(sealed, "commit", "-q", "-am", "edit a sealed record")
    for n in range(3):
        (sealed / f"note-{n}.txt").write_text(str(n), encoding="utf-8")
        git(sealed, "add", f"note-{n}.txt")
        git(sealed, "commit", "-q", "-m", f"note {n}")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{sealed}", str(clone))
    git(clone, "fetch", "-q", "--depth", "1", "origin", "refs/tags/*:refs/tags/*")
    done = studyctl("check", "--quarter", "2026Q1", "-C", str(clone), "--lang", "en", env=env, check=False)
    lines = [
        line for line in done.stdout.splitlines() if "2026-02-06-study-day.yaml" in line or "revert" in line
    ]
    assert lines[0] == (
        "sessions/2026/2026-02-06-study-day.yaml: error 2026Q1 is sealed, and this record was changed "
        "after the seal. This is a shallow clone: its history is incomplete, so the commit that made the "
        "change cannot be named."
    )
    assert "git revert" not in done.stdout
    assert "Fetch the whole history with git fetch --unshallow, then run check again." in done.stdout


def test_a_change_to_a_sealed_record_hints_at_restoring_only_that_record(
    sealed: Path, env: dict[str, str]
) -> None:
    session = sealed / "sessions/2026/2026-02-06-study-day.yaml"
    session.write_text(session.read_text(encoding="utf-8").replace("学习", "复习", 1), encoding="utf-8")
    git(sealed, "commit", "-q", "-am", "edit a sealed record")
    done = studyctl("check", "--quarter", "2026Q1", "-C", str(sealed), "--lang", "en", env=env, check=False)
    assert (
        "A sealed record must not change. Bring back its sealed content with git restore "
        "--source=studyctl/sealed/2026Q1 -- sessions/2026/2026-02-06-study-day.yaml, then commit;"
    ) in done.stdout
    assert "git revert" not in done.stdout


# --- 3. signed seals ---------------------------------------------------------------------------------


def make_key(folder: Path, name: str) -> Path:
    key = folder / name
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(key)], check=True)
    return key


def use_key(root: Path, key: Path | None) -> None:
    if key is None:
        git(root, "config", "--unset", "user.signingkey")
        return
    git(root, "config", "gpg.format", "ssh")
    git(root, "config", "user.signingkey", str(key))


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "keys"
    folder.mkdir()
    return {name: make_key(folder, name) for name in ("secretary", "colleague")}


def list_signers(root: Path, *keys: Path) -> None:
    lines = [f"{key.name} {key.with_suffix('.pub').read_text().strip()}\n" for key in keys]
    (root / "signers").write_text("".join(lines), encoding="utf-8")
    git(root, "add", "signers")
    git(root, "commit", "-q", "-m", "signers: who may seal")


def mend_plan(root: Path) -> None:
    with (root / "plans/2026/feng-tao.yaml").open("a", encoding="utf-8") as plan:
        plan.write(PLAN_MEND)
    git(root, "commit", "-q", "-am", "plan: economics for feng-tao")


def seal_findings(root: Path, env: dict[str, str]) -> list[str]:
    done = studyctl("check", "--quarter", "2026Q1", "-C", str(root), "--lang", "en", env=env, check=False)
    return [line for line in done.stdout.splitlines() if line.startswith("refs/tags/")]


def test_a_seal_signed_by_a_listed_key_verifies(
    shipped: Path, env: dict[str, str], keys: dict[str, Path]
) -> None:
    mend_plan(shipped)
    list_signers(shipped, keys["secretary"])
    use_key(shipped, keys["secretary"])
    done = studyctl("seal", "2026Q1", "-C", str(shipped), "--lang", "en", env=env)
    assert "The tag is signed." in done.stdout
    assert seal_findings(shipped, env) == []
    listed = studyctl("seal", "--list", "-C", str(shipped), "--lang", "en", env={**env, "COLUMNS": "200"})
    assert "good: secretary" in listed.stdout

    from studyctl.seal import verify_seals

    (verdict,) = verify_seals(shipped, shipped / "signers")
    assert (verdict.quarter, verdict.verdict, verdict.signer) == ("2026Q1", "good", "secretary")


def test_a_seal_by_an_unlisted_key_is_a_seal_signature_error(
    shipped: Path, env: dict[str, str], keys: dict[str, Path]
) -> None:
    mend_plan(shipped)
    list_signers(shipped, keys["secretary"])
    use_key(shipped, keys["colleague"])
    studyctl("seal", "2026Q1", "-C", str(shipped), env=env)
    (line,) = seal_findings(shipped, env)
    assert line.startswith(
        "refs/tags/studyctl/sealed/2026Q1: error The seal of 2026Q1 (tag studyctl/sealed/2026Q1) is "
        "signed by a key the signers file does not list."
    )
    listed = studyctl("seal", "--list", "-C", str(shipped), "--lang", "en", env={**env, "COLUMNS": "200"})
    assert "signer not listed" in listed.stdout


def test_a_seal_remade_unsigned_after_an_edit_is_caught(
    shipped: Path, env: dict[str, str], keys: dict[str, Path]
) -> None:
    """The hostile test: edit a sealed record, then `git tag -f -a` with recomputed hashes."""
    mend_plan(shipped)
    list_signers(shipped, keys["secretary"])
    use_key(shipped, keys["secretary"])
    studyctl("seal", "2026Q1", "-C", str(shipped), env=env)
    session = shipped / "sessions/2026/2026-02-06-study-day.yaml"
    session.write_text(session.read_text(encoding="utf-8").replace("学习", "复习", 1), encoding="utf-8")
    git(shipped, "commit", "-q", "-am", "edit a sealed record")
    old = git(shipped, "tag", "-l", "--format=%(contents)", "studyctl/sealed/2026Q1")
    digest = hashlib.sha256(session.read_bytes()).hexdigest()
    lines = [
        f"{digest}  sessions/2026/2026-02-06-study-day.yaml"
        if line.endswith("2026-02-06-study-day.yaml")
        else line
        for line in old.split("-----BEGIN")[0].splitlines()
    ]
    git(shipped, "tag", "-f", "-a", "-m", "\n".join(lines) + "\n", "studyctl/sealed/2026Q1", "HEAD")
    (line,) = seal_findings(shipped, env)
    assert line.startswith(
        "refs/tags/studyctl/sealed/2026Q1: error The seal of 2026Q1 (tag studyctl/sealed/2026Q1) is "
        "not signed"
    )
    # a bare copy, as the county keeps it, gives the same verdict
    from studyctl.seal import verify_seals

    bare = shipped.parent / "bare.git"
    git(shipped.parent, "clone", "-q", "--bare", str(shipped), str(bare))
    assert [v.verdict for v in verify_seals(bare, shipped / "signers")] == ["unsigned"]


def test_a_seal_whose_message_was_altered_has_a_bad_signature(
    shipped: Path, env: dict[str, str], keys: dict[str, Path]
) -> None:
    mend_plan(shipped)
    list_signers(shipped, keys["secretary"])
    use_key(shipped, keys["secretary"])
    studyctl("seal", "2026Q1", "-C", str(shipped), env=env)
    raw = git(shipped, "cat-file", "tag", "studyctl/sealed/2026Q1")
    forged = raw.replace("Seal the study records", "Seal the STUDY records").replace("封存", "封 存", 1)
    made = subprocess.run(
        ["git", "mktag"], cwd=shipped, input=forged, capture_output=True, text=True, check=True
    ).stdout.strip()
    git(shipped, "update-ref", "refs/tags/studyctl/sealed/2026Q1", made)
    (line,) = seal_findings(shipped, env)
    assert line.startswith(
        "refs/tags/studyctl/sealed/2026Q1: error The seal of 2026Q1 (tag studyctl/sealed/2026Q1) has a "
        "bad signature"
    )


def test_seal_without_a_key_is_refused_when_signers_exist(
    shipped: Path, env: dict[str, str], keys: dict[str, Path]
) -> None:
    mend_plan(shipped)
    list_signers(shipped, keys["secretary"])
    done = studyctl("seal", "2026Q1", "-C", str(shipped), "--lang", "en", env=env, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        "studyctl: Cannot seal: the records folder has a signers file, so a seal must be signed, but git has "
        "no signing key configured."
    )
    assert git(shipped, "tag", "-l") == ""


def test_a_seal_whose_commit_left_the_history_is_reported(sealed: Path, env: dict[str, str]) -> None:
    sealed_at = git(sealed, "rev-parse", "HEAD").strip()
    git(sealed, "commit", "-q", "--amend", "-m", "history rewritten under the seal")
    done = studyctl("check", "--quarter", "2026Q1", "-C", str(sealed), "--lang", "en", env=env, check=False)
    assert (
        f"refs/tags/studyctl/sealed/2026Q1: error The commit {sealed_at[:12]} that 2026Q1 was sealed at "
        "is no longer an ancestor of HEAD: the git history under the seal was rewritten."
    ) in done.stdout
    assert done.returncode == 1


def test_without_a_signers_file_unsigned_seals_stay_allowed(sealed: Path, env: dict[str, str]) -> None:
    assert seal_findings(sealed, env) == []


def test_verify_seals_without_git_folder_is_empty(tmp_path: Path) -> None:
    from studyctl.seal import verify_seals

    assert verify_seals(tmp_path, None) == []


# --- 8. record text printed: no markup, no control character ---------------------------------------


def test_member_names_are_never_rich_markup(shipped: Path, env: dict[str, str]) -> None:
    member = shipped / "members/zhang-wei.yaml"
    member.write_text(
        member.read_text(encoding="utf-8").replace(
            "name: 张伟", "name: '[link=https://example.org]张伟[/link]'"
        ),
        encoding="utf-8",
    )
    done = studyctl("member", "list", "-C", str(shipped), "--lang", "en", env={**env, "COLUMNS": "200"})
    assert "[link=https://example.org]张伟[/link]" in done.stdout


def test_control_characters_in_records_never_reach_the_terminal(shipped: Path, env: dict[str, str]) -> None:
    config = shipped / "studyctl.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("organization: 青石镇机关", 'organization: "青石镇\\e[2J机关"'), encoding="utf-8"
    )
    session = shipped / "sessions/2026/2026-11-27-study-day.yaml"
    lines = session.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = ['topic: "\\e]52;c;aGVsbG8=\\a学习"\n' if line.startswith("topic:") else line for line in lines]
    session.write_text("".join(lines), encoding="utf-8")
    for args in (["check", "--year", "2026"], ["report", "--year", "2026"]):
        done = studyctl(*args, "-C", str(shipped), "--lang", "en", env=env, check=False)
        # a studyctl.yaml that does not load stops the command (exit 2), its problem named
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("studyctl: studyctl.yaml:1: the settings do not load: "), done.stderr
        for control in ("\x1b", "\x07"):
            assert control not in done.stdout + done.stderr, args
    config.write_text(text, encoding="utf-8")  # the session's topic alone: reported, never shown raw
    for args in (["check", "--year", "2026"], ["report", "--year", "2026"]):
        done = studyctl(*args, "-C", str(shipped), "--lang", "en", env=env, check=False)
        assert done.returncode in (0, 1), done.stderr
        for control in ("\x1b", "\x07"):
            assert control not in done.stdout + done.stderr, args


def test_the_console_spells_control_characters_out() -> None:
    import io

    from rich.text import Text

    from studyctl.cli.output import SafeConsole

    console = SafeConsole(file=io.StringIO(), width=80, markup=False, color_system=None)
    console.print(Text("青石镇\x1b[2J机关\x1b]52;c;aGVsbG8=\x07"), "[bold]张伟[/bold]")
    # Rich drops BEL itself; ESC is spelled out
    assert console.file.getvalue() == "青石镇\\x1b[2J机关\\x1b]52;c;aGVsbG8= [bold]张伟[/bold]\n"  # type: ignore[attr-defined]


# --- 9. output never fails on encoding; an internal error is not "errors found" ----------------------


def test_check_into_a_gbk_file_falls_back_to_symbols_gbk_has(shipped: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "studyctl",
            "check",
            "--quarter",
            "2026Q4",
            "-C",
            str(shipped),
            "--lang",
            "zh",
        ],
        capture_output=True,
        env={**env, "PYTHONIOENCODING": "gbk"},
        check=False,
    )
    assert done.returncode == 1  # the shipped records have errors: the check ran to its end
    text = done.stdout.decode("gbk")
    assert "√" in text and "✓" not in text
    assert "冯涛的学习计划缺少经济理论方面的内容" in text


@pytest.mark.parametrize("args", [["--help"], ["report", "--year", "2026"], ["check", "--year", "2026"]])
def test_output_under_ascii_never_fails(shipped: Path, env: dict[str, str], args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studyctl", *args, "-C", str(shipped)] if args != ["--help"] else
        [sys.executable, "-m", "studyctl", "--help"],
        capture_output=True,
        env={**env, "PYTHONIOENCODING": "ascii"},
        check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr.decode("ascii", "replace")
    assert b"Traceback" not in done.stderr and done.stdout
    done.stdout.decode("ascii")


def test_an_internal_error_exits_70_and_saves_the_details(
    shipped: Path, cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr("studyctl.check.run_check", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    code, out, err = cli("check", "-C", str(shipped), cwd=shipped)
    (saved,) = tmp_path.glob("studyctl-error-*.txt")
    assert code == 70 and out == ""
    assert " ".join(err.split()) == (
        f"studyctl: studyctl failed inside (KeyError); this is not a problem in the records. The details "
        f"were saved to {saved}: please attach it when reporting this."
    )
    assert "KeyError: 'a bug'" in saved.read_text(encoding="utf-8")


# --- 16. a report never lands in .studyctl/ or .git/ ------------------------------------------------


@pytest.mark.parametrize(
    ("target", "folder"),
    [(".studyctl/.gitignore", ".studyctl"), (".studyctl/report.html", ".studyctl"), (".git/config", ".git")],
)
def test_report_output_refused_inside_studyctl_or_git(
    shipped: Path, env: dict[str, str], target: str, folder: str
) -> None:
    studyctl("check", "--quarter", "2026Q4", "-C", str(shipped), env=env, check=False)  # makes .studyctl/
    path = shipped / target
    before = path.read_bytes() if path.exists() else None
    args = ["report", "--year", "2026", "-f", "html", "-o", str(path), "-C", str(shipped), "--lang", "en"]
    done = studyctl(*args, env=env, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"studyctl: Cannot write the report to {path}: {folder}/ is studyctl's or git's own folder."
    )
    assert (path.read_bytes() if path.exists() else None) == before


# --- 13. periods between the campaign's first year and next year -------------------------------------


@pytest.mark.parametrize(
    ("args", "value"),
    [
        (["check", "--year", "9999"], "9999"),
        (["report", "--year", "9999"], "9999"),
        (["seal", "9999Q4"], "9999Q4"),
        (["seal", "0001Q1"], "0001Q1"),
        (["check", "--quarter", "2025Q4"], "2025Q4"),
        (["check", "--year", "2028"], "2028"),
    ],
)
def test_periods_outside_the_campaign_are_refused(
    shipped: Path, env: dict[str, str], args: list[str], value: str
) -> None:
    done = studyctl(*args, "-C", str(shipped), "--lang", "en", env=env, check=False)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"studyctl: {value} is out of range: a year or quarter from 2026 (the campaign's start) to 2027.\n"
    )


def test_a_period_names_its_year_in_four_digits() -> None:
    from studyctl.periods import Period

    assert (str(Period(1, 1)), str(Period(1))) == ("0001Q1", "0001")


# --- 12. bounded input: a sign-in sheet's size, and the problems shown ------------------------------


def sheet_args(root: Path, tmp_path: Path, sheet: Path) -> list[str]:
    args = log_args(root, tmp_path, "2026-11-20", "--slug", "sheet", "--lang", "en")
    args.remove("--all-present")  # the sheet gives the attendance
    return [*args, "--from-csv", str(sheet)]


def test_a_sign_in_sheet_over_a_mebibyte_is_not_read(
    shipped: Path, env: dict[str, str], tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    row = "李红梅,出席,\n".encode()
    sheet.write_bytes("姓名,状态,原因\n".encode() + row * (1024 * 1024 // len(row) + 1))
    before = files_of(shipped)
    done = studyctl(*sheet_args(shipped, tmp_path, sheet), env=env, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"studyctl: The sign-in sheet {sheet} is {sheet.stat().st_size} bytes, over the limit of 1048576 "
        "bytes; it was not read."
    )
    assert files_of(shipped) == before


def test_a_sheet_of_unknown_names_shows_twenty_problems_and_counts_the_rest(
    shipped: Path, env: dict[str, str], tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("姓名,状态,原因\n" + "".join(f"无名{n},出席,\n" for n in range(500)), encoding="utf-8")
    done = studyctl(*sheet_args(shipped, tmp_path, sheet), env=env, check=False)
    assert done.returncode == 2
    bullets = [line for line in done.stderr.splitlines() if line.startswith("  • ")]
    assert len(bullets) == 20
    # 500 unknown names and one list of the expected members missing from the sheet
    assert done.stderr.splitlines()[-1] == "  … and 481 more problems not shown."
    assert len(done.stderr) < 20_000


# --- 10. the pre-commit hook checks what is staged ---------------------------------------------------


def test_the_hook_checks_the_staged_content_not_the_work_tree(shipped: Path, env: dict[str, str]) -> None:
    studyctl("hook", "install", "-C", str(shipped), env=env)
    session = shipped / "sessions/2026/2026-11-27-study-day.yaml"
    good = session.read_text(encoding="utf-8")
    lines = good.splitlines(keepends=True)
    host = next(i for i, line in enumerate(lines) if line.startswith("host:"))
    lines[host] = "host: nobody-at-all\n"
    session.write_text("".join(lines), encoding="utf-8")
    git(shipped, "add", str(session))
    session.write_text(good, encoding="utf-8")  # the work tree is good again; the index is not
    count = commits(shipped)
    done = subprocess.run(
        ["git", "commit", "-q", "-m", "a bad host, staged"],
        cwd=shipped,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode != 0
    # git shows a hook's output on stderr; the records folder speaks Chinese
    assert f"sessions/2026/2026-11-27-study-day.yaml:{host + 1}: 错误" in done.stderr
    assert f"    {host + 1} | host: nobody-at-all" in done.stderr  # the staged line is quoted
    assert "提交已阻止：档案中有 1 个错误。" in done.stderr
    assert commits(shipped) == count


def test_the_hook_checks_what_commit_only_commits(shipped: Path, env: dict[str, str]) -> None:
    """`git commit --only PATH` (studyctl's own way) makes a temporary index: the hook reads that."""
    studyctl("hook", "install", "-C", str(shipped), env=env)
    session = shipped / "sessions/2026/2026-11-27-study-day.yaml"
    session.write_text(session.read_text(encoding="utf-8").replace("host: ", "host: x", 1), encoding="utf-8")
    done = subprocess.run(
        ["git", "commit", "-q", "-m", "bad", "--only", "--", "sessions/2026/2026-11-27-study-day.yaml"],
        cwd=shipped,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode != 0
    assert "host: xwang-guifang" in done.stderr


def test_periods_are_ascii_digits_only() -> None:
    import datetime as dt

    from studyctl.periods import Period, parse_period

    today = dt.date(2026, 11, 28)
    assert parse_period("2026q2", today) == Period(2026, 2)
    for text in ("２０２６", "٢٠٢٦", "２０２６Q2", "2026Q2x"):
        with pytest.raises(ValueError):
            parse_period(text, today)
