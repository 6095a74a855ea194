"""`studyctl explain` as text: one rule at length, or the list of every rule grouped as `check`
shows them. Plain lines, indented, so that the output reads the same in a terminal, a file or a
pipe and can be compared exactly."""

from __future__ import annotations

from rich.cells import cell_len

from studyctl.explain import EXAMPLES, GROUPS, SEVERITY, Example, group_of, title
from studyctl.messages import t

# a file of an example longer than this is shown up to its first SHOWN lines
LONGEST, SHOWN = 24, 16
_INDENT = "  "


def render_rule_list(rules: list[str], lang: str) -> str:
    """`studyctl explain` with no rule: every rule by group, with its id, name and summary, then the rules of
    no group."""
    lines = [t("explain.list.title", lang, n=len(rules))]
    for group, members in GROUPS.items():
        listed = [rule for rule in members if rule in rules]
        if not listed:
            continue
        lines += ["", t(f"explain.group.{group}", lang)]
        id_width = max(len(rule) for rule in listed) + 2
        name_width = max(cell_len(title(rule, lang)) for rule in listed) + 2
        for rule in listed:
            name = title(rule, lang)
            pad = " " * (name_width - cell_len(name))
            lines.append(f"{_INDENT}{rule:<{id_width}}{name}{pad}{t(f'explain.{rule}.summary', lang)}")
    extra = [rule for rule in rules if group_of(rule) is None]
    if extra:
        lines += [""] + [f"{_INDENT}{rule}" for rule in extra]
    lines += ["", t("explain.list.more", lang)]
    return "\n".join(lines)


def render_explanation(rule: str, lang: str, finding: str | None) -> str:
    """The explanation of `rule`; `finding` is what its example's check prints (None: not shown)."""
    group = group_of(rule)
    meta = [t(f"explain.group.{group}", lang)] if group else []
    if rule in SEVERITY:
        meta.append(t(f"explain.severity.{SEVERITY[rule]}", lang))
    lines = [t("explain.title", lang, title=title(rule, lang), rule=rule)]
    if meta:
        lines.append(" · ".join(meta))
    lines += ["", t("explain.heading.checks", lang), _indent(t(f"explain.{rule}.checks", lang))]
    lines += ["", t("explain.heading.source", lang), f"{_INDENT}“{t(f'explain.{rule}.source', 'zh')}”"]
    if lang != "zh":
        lines.append(f"{_INDENT}({t(f'explain.{rule}.source', lang)})")
    lines.append(_INDENT + t("explain.source_title", lang))
    example = EXAMPLES.get(rule)
    lines += ["", t("explain.heading.example", lang), _indent(t(f"explain.{rule}.example", lang))]
    if example is not None:
        lines += _example(example, lang, finding)
    lines += ["", t("explain.heading.fix", lang)]
    lines.append(_indent(t("explain.by_command", lang) + t(f"explain.{rule}.by_command", lang)))
    lines.append(_indent(t("explain.by_hand", lang) + t(f"explain.{rule}.by_hand", lang)))
    return "\n".join(lines)


def _example(example: Example, lang: str, finding: str | None) -> list[str]:
    lines = [_INDENT + t("explain.heading.bad", lang)]
    lines += _files(example.bad, lang)
    lines.append(_INDENT + t("explain.heading.finding", lang, command=example.check_command))
    if finding is None:
        lines.append(_INDENT * 2 + t("explain.no_finding", lang))
    else:
        lines += [_INDENT * 2 + line for line in finding.splitlines()]
    if example.show_good:
        lines.append(_INDENT + t("explain.heading.good", lang))
        lines += _files(example.good, lang)
    return lines


def _files(files: dict[str, str | None], lang: str) -> list[str]:
    lines = []
    for path, text in files.items():
        lines.append(_INDENT * 2 + path)
        if text is None:
            lines.append(_INDENT * 3 + t("explain.no_file", lang))
            continue
        body = text.splitlines()
        if len(body) > LONGEST:
            body = [*body[:SHOWN], t("explain.elided", lang, n=len(body) - SHOWN)]
        lines += [_INDENT * 3 + line for line in body]
    return lines


def _indent(text: str) -> str:
    return "\n".join(_INDENT + line for line in text.splitlines())
