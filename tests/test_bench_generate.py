"""The benchmark's generator: the same files for the same size and seed, and records that load.

The generator lives in `bench/`, outside the package; it is imported here from its file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from studyctl.periods import Period
from studyctl.records import load_records
from studyctl.rules import Context
from studyctl.rules.records_rules import check_references

BENCH = Path(__file__).resolve().parent.parent / "bench"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_generate", module)
    spec.loader.exec_module(module)
    return module


def digest(root: Path) -> str:
    hasher = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            hasher.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


def test_the_same_size_and_seed_give_the_same_files(tmp_path):
    generate = generator().generate
    first = generate("S", tmp_path / "one", seed=7)
    second = generate("S", tmp_path / "two", seed=7)
    other = generate("S", tmp_path / "three", seed=8)
    assert digest(first) == digest(second)
    assert digest(first) != digest(other)


def test_s_loads_with_only_its_planned_lapse(tmp_path):
    root = generator().generate("S", tmp_path / "S")
    records = load_records(root, use_cache=False)
    references = list(check_references(Context(records, Period(2025), dt.date(2026, 1, 1))))
    problems = [(f.rule, f.file.rsplit("/", 1)[0], f.line) for f in [*records.findings, *references]]
    # the one record error planned in the last year's second quarter: an essay dated 2025-04-31
    assert problems == [("schema", "essays/2025", 3)]
    assert records.findings[0].file.startswith("essays/2025/2025-04-31-")
    assert len(records.members) == 60
    assert len(records.units) == 6
    # a study day and an exchange per unit in every week with a working day
    assert len([s for s in records.sessions.values() if s.date.year == 2025]) > 2 * 6 * 48
