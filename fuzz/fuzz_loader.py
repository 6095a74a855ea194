"""Fuzz the record loader with atheris: any bytes, read as every record kind, must keep the loader's
promise (`tests/reliability/loader_contract.py`): a valid record or findings, never an exception,
never a finding without its message or with a line that the file does not have.

Runs outside CI, for a bounded time (the figures of the last run are in docs/reliability.md):

    pip install atheris
    python fuzz/fuzz_loader.py -max_total_time=1200 -artifact_prefix=fuzz/crashes/

The seed corpus (`fuzz/corpus/`, rebuilt at each start) holds every `in.yaml` of the YAML test
suite in `shared/data/yaml-test-suite/` and the valid records of the loader contract. Each crash
that libFuzzer writes to `fuzz/crashes/` becomes a case in `tests/reliability/test_regressions.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(REPO / "tests" / "reliability"))

with atheris.instrument_imports(include=["studyctl"]):
    from loader_contract import KINDS, VALID_RECORDS, load_as


def yaml_test_suite() -> Path:
    """`shared/` sits beside the repository, unless STUDYCTL_SHARED names it."""
    shared = Path(os.environ.get("STUDYCTL_SHARED", REPO.parent / "shared"))
    return shared / "data" / "yaml-test-suite" / "data"


def build_corpus() -> int:
    """Write the seeds into CORPUS; how many there are."""
    CORPUS.mkdir(exist_ok=True)
    seeds = sorted(yaml_test_suite().glob("*/in.yaml"))
    for seed in seeds:
        (CORPUS / f"yts-{seed.parent.name}").write_bytes(seed.read_bytes())
    for rel, text in VALID_RECORDS.items():
        (CORPUS / ("record-" + rel.replace("/", "_"))).write_bytes(text.encode())
    return len(seeds) + len(VALID_RECORDS)


def load_as_every_kind(raw: bytes) -> None:
    for kind in KINDS:
        load_as(kind, raw)


def main() -> None:
    print(f"fuzz_loader: {build_corpus()} seeds in {CORPUS}", file=sys.stderr)
    args = list(sys.argv)
    if all(arg.startswith("-") for arg in args[1:]):  # no corpus folder given: use the seeds
        args.append(str(CORPUS))
    atheris.Setup(args, load_as_every_kind)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
