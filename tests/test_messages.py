"""The message catalogue: both languages for every message, the same placeholders, no key missing."""

from __future__ import annotations

import re
import string
from pathlib import Path

from studyctl.messages import LANGUAGES, catalogue, t

SOURCE = Path(__file__).parents[1] / "studyctl"
# a literal key handed to the catalogue: t("…"), StudyctlError("…"), h("…")
_LITERAL_KEY = re.compile(r"""\b(?:t|StudyctlError|h)\(\s*["']([a-z][a-z0-9_.-]*)["']""")


def placeholders(template: str) -> set[str]:
    # a finding carries a translated name once per language: {kind_zh} in Chinese, {kind_en} in English
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {re.sub(r"_(zh|en)$", "", name) for name in names}


# messages whose languages name the same thing differently (二季度 / 2026Q2), or where English
# leaves out the Chinese title beside the rule's own name
DIFFERENT_PLACEHOLDERS = {"check.group", "report.title.quarter", "report.period.quarter", "report.col.review"}


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, texts in catalogue().items():
        assert set(texts) == set(LANGUAGES), key
        assert all(texts[lang].strip() for lang in LANGUAGES), key
        if key not in DIFFERENT_PLACEHOLDERS:
            assert placeholders(texts["zh"]) == placeholders(texts["en"]), key


def test_every_literal_key_in_the_code_is_in_the_catalogue() -> None:
    used = {
        (path.relative_to(SOURCE).as_posix(), key)
        for path in SOURCE.rglob("*.py")
        for key in _LITERAL_KEY.findall(path.read_text(encoding="utf-8"))
    }
    known = catalogue()
    help_keys = {key for key in known if key.startswith("help.")}
    missing = sorted(
        (where, key) for where, key in used if key not in known and f"help.{key}" not in help_keys
    )
    assert missing == []


def test_a_missing_parameter_shows_its_placeholder() -> None:
    assert t("schema.missing", "en") == "The field {field} is missing."
    assert t("schema.missing", "en", field="name") == "The field name is missing."


def test_an_unknown_key_shows_itself() -> None:
    assert t("no.such.key", "zh") == "no.such.key"
