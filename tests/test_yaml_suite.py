"""Every input of the public YAML test suite, fed to the records loader as a record and as an essay's
front matter: each must load or give findings of the record rules, never another exception.

The corpus lives outside the repository (`../shared/data/yaml-test-suite`, see its README); without
it these tests are skipped with a message saying where it was looked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from studyctl.records import load_records

# the fixture `write_records` of conftest.py (not imported: tests/reliability has a conftest too)
WriteRecords = Callable[..., Path]

SUITE = Path(__file__).resolve().parents[2] / "shared" / "data" / "yaml-test-suite"
CASES = sorted((SUITE / "data").rglob("in.yaml")) if (SUITE / "data").is_dir() else []
RECORD_RULES = {"yaml", "schema", "reference", "duplicate", "location"}

MEMBER_FILE = "members/x.yaml"
ESSAY_FILE = "essays/2026/2026-01-05-x-suite.md"


def _params() -> list[object]:
    if not CASES:
        reason = f"the YAML test suite is not at {SUITE} (see the README of ../shared/data)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="corpus-absent")]
    return [pytest.param(path, id=path.parent.relative_to(SUITE / "data").as_posix()) for path in CASES]


def as_front_matter(raw: bytes) -> bytes:
    return (
        b"---\n"
        + raw
        + (b"" if raw.endswith(b"\n") or not raw else b"\n")
        + b"---\n\xe6\xad\xa3\xe6\x96\x87\n"
    )


@pytest.mark.parametrize("case", _params())
def test_the_loader_accepts_or_reports_every_input(write_records: WriteRecords, case: Path) -> None:
    raw = case.read_bytes()
    files = {MEMBER_FILE: raw, ESSAY_FILE: as_front_matter(raw)}
    root = write_records(dict(files))
    records = load_records(root)  # any exception here fails the test
    for rel, content in files.items():
        findings = [f for f in records.findings if f.file == rel]
        loaded = "x" in records.members if rel == MEMBER_FILE else "2026-01-05-x-suite" in records.essays
        # never taken for a valid record: findings, or the record itself
        assert findings or loaded, rel
        last_line = max(1, content.count(b"\n") + (0 if content.endswith(b"\n") else 1))
        for finding in findings:
            assert finding.rule in RECORD_RULES
            assert finding.line is None or 1 <= finding.line <= last_line, (rel, finding)
            assert finding.message("zh") and finding.message("en") and finding.hint("en")
    # the rest of the folder is untouched by whatever the case holds
    assert sorted(records.members.keys() - {"x"}) == ["li-ming", "wang-fang", "zhang-wei"]
    assert all(f.file in files for f in records.findings)


def test_the_corpus_is_where_its_readme_says() -> None:
    if not CASES:
        pytest.skip(f"the YAML test suite is not at {SUITE}")
    manifest = (SUITE / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    # one row per case after the header: a corpus cut short would make the test above prove less
    assert len(CASES) == len(manifest) - 1
