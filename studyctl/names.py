"""Member ids from Chinese names, and finding a member by id or by name.

An id is the name in pinyin, surname first: 张伟 → `zhang-wei`, 欧阳娜娜 → `ouyang-nana`.
Surnames are read as surnames (单 shan, 曾 zeng, 解 xie …), which a dictionary reading of the
character would get wrong; a taken id gets a number (`zhang-wei-2`).

Wherever the clerk names a member, the id and the Chinese name both work. A name that fits no one,
or several people, is never guessed: the error lists the candidates.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from studyctl.layout import record_files
from studyctl.models import SLUG_MAX, Member, Unit, is_slug
from studyctl.record_file import read_bytes

COMPOUND_SURNAMES = {
    "欧阳": "ouyang",
    "司马": "sima",
    "诸葛": "zhuge",
    "上官": "shangguan",
    "东方": "dongfang",
    "皇甫": "huangfu",
    "尉迟": "yuchi",
    "公孙": "gongsun",
    "慕容": "murong",
    "令狐": "linghu",
    "长孙": "zhangsun",
    "宇文": "yuwen",
    "夏侯": "xiahou",
    "轩辕": "xuanyuan",
    "西门": "ximen",
    "南宫": "nangong",
    "端木": "duanmu",
    "司徒": "situ",
    "司空": "sikong",
    "百里": "baili",
    "呼延": "huyan",
    "澹台": "tantai",
    "公冶": "gongye",
    "太史": "taishi",
    "申屠": "shentu",
    "万俟": "moqi",
    "闻人": "wenren",
    "赫连": "helian",
    "钟离": "zhongli",
    "宗政": "zongzheng",
    "濮阳": "puyang",
    "淳于": "chunyu",
    "单于": "chanyu",
    "公羊": "gongyang",
    "东郭": "dongguo",
}

# surnames whose reading differs from the character's usual one
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "区": "ou",
    "繁": "po",
    "乐": "yue",
    "员": "yun",
    "翟": "zhai",
    "缪": "miao",
    "覃": "qin",
    "冼": "xian",
    "秘": "bi",
    "种": "chong",
    "召": "shao",
    "折": "she",
    "能": "nai",
    "便": "pian",
    "华": "hua",
    "任": "ren",
    "燕": "yan",
    "沈": "shen",
    "柏": "bai",
    "重": "chong",
    "卜": "bu",
    "薄": "bo",
    "车": "che",
    "隗": "wei",
    "句": "gou",
    "阚": "kan",
    "祭": "zhai",
    "宿": "su",
    "葛": "ge",
    "贾": "jia",
    "纪": "ji",
    "都": "du",
    "褚": "chu",
    "石": "shi",
    "宁": "ning",
    "盛": "sheng",
    "藏": "zang",
    "尉": "wei",
    "黑": "he",
}

_HAN = re.compile(r"[\u3400-\u9fff]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NAME_LINE = re.compile(r"^name:[ \t]*(.+?)[ \t]*(?:#.*)?$", re.MULTILINE)


def _pinyin(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    # ü is written v (lv for 吕), as in pinyin input methods
    return [_ascii(part) for part in lazy_pinyin(text, style=Style.NORMAL, errors="default")]


def _ascii(part: str) -> str:
    return _NOT_SLUG.sub("-", part.lower().replace("ü", "v")).strip("-")


def base_id(name: str) -> str:
    """The id a name reads as: surname, hyphen, given name (`zhang-wei`); '' if nothing is left."""
    name = name.strip()
    if not _HAN.search(name):
        return _NOT_SLUG.sub("-", name.lower()).strip("-")[:SLUG_MAX].strip("-")
    surname_chars = next((s for s in COMPOUND_SURNAMES if name.startswith(s)), name[:1])
    surname = COMPOUND_SURNAMES.get(surname_chars) or SURNAME_READINGS.get(surname_chars)
    if surname is None:
        surname = "".join(_pinyin(surname_chars))
    given = "".join(p for p in _pinyin(name[len(surname_chars) :]) if p)
    slug = "-".join(part for part in (surname, given) if part)
    return _NOT_SLUG.sub("-", slug).strip("-")[:SLUG_MAX].strip("-")


def member_id(name: str, taken: Iterable[str]) -> str:
    """A new member's id: the name in pinyin, made unique against `taken` (zhang-wei-2, …)."""
    used = set(taken)
    base = base_id(name) or "member"
    if not is_slug(base):
        base = "member-" + base
    candidate = base
    number = 2
    while candidate in used or not is_slug(candidate):
        suffix = f"-{number}"
        candidate = base[: SLUG_MAX - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def initials(name: str) -> str:
    """The first letters of a name's syllables: 党政办 → dzb (how units are usually called)."""
    return "".join(part[0] for part in _pinyin(name) if part)


def slug_of(text: str, limit: int = 40) -> str:
    """A file-name slug for free text (an essay title): pinyin words, cut at a word boundary."""
    from pypinyin.seg.mmseg import seg

    # the phrase dictionary's words keep a phrase's syllables together: 行政 → xingzheng
    words: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+", text):
        if _HAN.match(run):
            words.extend("".join(_pinyin(word)) for word in seg.cut(run))
        else:
            words.extend(_NOT_SLUG.split(run.lower()))
    words = [w for w in words if w]
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug


def typed(text: str) -> str:
    """A name as the clerk typed it, made comparable: NFKC (full-width letters, compatibility
    ideographs and the like become their ordinary form), surrounding space removed."""
    return unicodedata.normalize("NFKC", text).strip()


# --- finding members ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """A member named by the clerk: the id, or why it could not be found (`problem` is a key)."""

    token: str
    member: str | None
    problem: str = ""
    candidates: str = ""


def resolve_member(
    token: str, members: Mapping[str, Member], units: Mapping[str, Unit], day: dt.date | None = None
) -> Resolved:
    """The member `token` names, by id or by Chinese name; never a guess.

    Two members with the same name are told apart by who was active on `day`; if that does not
    settle it, the answer lists them with their ids. Names are compared in NFKC, so that a name
    typed with a compatibility character (U+F9E1 for 李) matches the one that looks the same."""
    token = typed(token)
    if token in members:
        return Resolved(token, token)
    named = [m for m in members.values() if typed(m.name) == token]
    if len(named) > 1 and day is not None:
        active = [m for m in named if m.active_on(day)]
        named = active or named
    if len(named) == 1:
        return Resolved(token, named[0].id)
    if named:
        return Resolved(token, None, "names.ambiguous", describe(named, units))
    # nothing alike: every member is a candidate, the most similar first (the active ones first
    # among equals), so that a misspelt or mistyped name shows the person meant
    candidates = similar_members(token, members, day=day)
    return Resolved(token, None, "names.unknown", describe(candidates, units))


CANDIDATES_SHOWN = 8


def similarity(token: str, name: str, slug: str) -> float:
    """How much `token` resembles a record called `name` with id `slug`: 0 to 1.

    Counted by characters (张伟 / 张玮 share one of two) and by sound, in pinyin (张玮 and 张伟
    are both zhangwei), so that a name typed with the wrong character of the right sound ranks first."""
    token = token.strip()
    if not token:
        return 0.0
    lowered = token.lower()
    scores = [
        difflib.SequenceMatcher(None, token, name).ratio(),
        difflib.SequenceMatcher(None, lowered, slug).ratio(),
    ]
    if _HAN.search(token) and _HAN.search(name):
        # by sound, syllable by syllable: 张玮 is zhang wei like 张伟; 张三 is nothing like 王芳
        scores.append(difflib.SequenceMatcher(None, _pinyin(token), _pinyin(name)).ratio() * 0.95)
    if token in name or (lowered and lowered in slug):
        scores.append(0.6)
    return max(scores)


def similar_members(
    token: str, members: Mapping[str, Member], limit: int = CANDIDATES_SHOWN, day: dt.date | None = None
) -> list[Member]:
    """The members like `token` (a similarity of 0.5 or more), else the `limit` most like it; the
    most similar first (see `similarity`), among equals the ones active on `day`, then by id."""
    scored = sorted(
        ((similarity(token, m.name, m.id), m) for m in members.values()),
        key=lambda pair: (-pair[0], day is not None and not pair[1].active_on(day), pair[1].id),
    )
    alike = [member for score, member in scored if score >= SIMILAR]
    return (alike or [member for _, member in scored])[:limit]


SIMILAR = 0.5


def similar_units(token: str, units: Mapping[str, Unit], limit: int = CANDIDATES_SHOWN) -> list[Unit]:
    """The units like `token`, else the `limit` most like it, the most similar first."""
    scored = sorted(
        ((similarity(token, u.name, u.id), u) for u in units.values()), key=lambda p: (-p[0], p[1].id)
    )
    alike = [unit for score, unit in scored if score >= SIMILAR]
    return (alike or [unit for _, unit in scored])[:limit]


def describe_units(units: Iterable[Unit]) -> str:
    """`财政所 (czs)、…` for a list of candidates."""
    return "; ".join(f"{unit.name} ({unit.id})" for unit in units)


def describe(members: Iterable[Member], units: Mapping[str, Unit]) -> str:
    """`张伟（zhang-wei，财政所）、…` for a list of candidates."""
    parts = []
    for member in members:
        unit = units.get(member.unit)
        parts.append(f"{member.name} ({member.id}, {unit.name if unit else member.unit})")
    return "; ".join(parts)


def resolve_unit(token: str, units: Mapping[str, Unit]) -> str | None:
    """A unit named by id or by name (compared in NFKC); None if no unit is called that."""
    token = typed(token)
    if token in units or token == "all":
        return token
    named = [u.id for u in units.values() if typed(u.name) == token]
    return named[0] if len(named) == 1 else None


def pick(text: str, options: Sequence[tuple[str, Sequence[str]]]) -> str | None:
    """The option `text` names: by its number in the list shown (1, 2, …), by its id, or by one of
    its names (Chinese or English, in any case); None if it names none.

    `options` are (id, names) in the order they are shown. Compared in NFKC: a full-width ３ or
    ｍｉｄｄｌｅ is the same answer."""
    text = typed(text)
    if text.isdigit():
        number = int(text)
        return options[number - 1][0] if 1 <= number <= len(options) else None
    folded = text.casefold()
    for option, names in options:
        if folded == option.casefold() or folded in (n.casefold() for n in names):
            return option
    return None


def split_list(text: str | None) -> list[str]:
    """`dzb,czs`, `张伟、王芳` or `张伟 王芳` as a list of names."""
    if not text:
        return []
    return [part for part in re.split(r"[,，、;；\s]+", text) if part]


def member_choices(root: Path) -> list[tuple[str, str]]:
    """(id, name) of every member file, read cheaply: for shell completion."""
    return _choices(root, "members")


def unit_choices(root: Path) -> list[tuple[str, str]]:
    """(id, name) of every unit file, for shell completion."""
    return _choices(root, "units")


def _choices(root: Path, kind: str) -> list[tuple[str, str]]:
    """(id, name) of each file of `kind` that the layout walker finds, its name read by a pattern."""
    out = []
    for source in record_files(root, kind):
        try:
            text = read_bytes(root, source.rel).decode("utf-8-sig", errors="replace")
        except OSError:
            continue
        match = _NAME_LINE.search(text)
        out.append((source.stem, match[1].strip().strip("'\"") if match else ""))
    return out
