"""`studyctl push`: the office sends its records and seals to the county's git server."""

from __future__ import annotations

from pathlib import Path

import typer

from studyctl.cli import app
from studyctl.cli.options import LangOption, RecordsOption, h, language


@app.command(help=h("push"))
def push(records_dir: RecordsOption = None, lang: LangOption = None) -> None:
    """`studyctl push`: send the branch and the seals to the county's remote, never forced."""
    from studyctl.cli.output import err, out
    from studyctl.messages import t
    from studyctl.push import push as push_records
    from studyctl.records import find_root, load_records

    root = find_root(Path.cwd(), records_dir)
    config = load_records(root, set(), kinds={"config"}).config
    lang_code = language(lang, config.language)
    result = push_records(root, config.county_remote)
    console = out()
    if result.remote_set:
        console.print(t(f"push.remote_{result.remote_set}", lang_code, url=result.url), markup=False)
    if result.branch_sent:
        console.print(
            t("push.sent_branch", lang_code, branch=result.branch, count=result.commits, url=result.url),
            markup=False,
        )
    elif not any(r.ref == f"refs/heads/{result.branch}" for r in result.refused):
        console.print(
            t("push.branch_up_to_date", lang_code, branch=result.branch, url=result.url), markup=False
        )
    if result.seals:
        console.print(
            t("push.sent_seals", lang_code, count=len(result.seals), quarters="、".join(result.seals)),
            markup=False,
        )
    for refused in result.refused:
        name = refused.ref.removeprefix("refs/heads/").removeprefix("refs/tags/")
        err().print(
            t(
                f"push.refused.{refused.why}",
                lang_code,
                ref=name,
                branch=result.branch,
                detail=refused.detail,
            ),
            style="red",
            markup=False,
            soft_wrap=True,
        )
    raise typer.Exit(1 if result.refused else 0)
