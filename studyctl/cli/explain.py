"""`studyctl explain`: what a check rule means, in the run's language."""

from __future__ import annotations

from typing import Annotated

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, h, language


@app.command(help=h("explain"))
def explain(
    rule: Annotated[str | None, typer.Argument(help=h("explain.rule"), show_default=False)] = None,
    lang: LangOption = None,
) -> None:
    """`studyctl explain`: one rule at length, or every rule grouped as check shows them."""
    from rich.text import Text

    from studyctl.cli.output import out
    from studyctl.errors import StudyctlError
    from studyctl.explain import all_rules, explained, find_rule
    from studyctl.explain_findings import FINDINGS
    from studyctl.render.explain_text import render_explanation, render_rule_list
    from studyctl.rules import registry

    lang_code = language(lang)
    registered = list(registry())
    if rule is None:
        text = render_rule_list(all_rules(registered), lang_code)
    else:
        found = find_rule(rule, explained(registered))
        if found is None:
            raise StudyctlError("explain.unknown_rule", value=rule)
        text = render_explanation(found, lang_code, FINDINGS.get(found, {}).get(lang_code))
    out().print(Text(text))
