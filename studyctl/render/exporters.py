"""The one table of report formats: each format's name, the file extensions that choose it, and the
function that makes it.

Every exporter has one signature, `export(report, lang) -> bytes`: the report and the language in,
the file's bytes out; writing them is the caller's business. A new format is a module in this
package and a row here; `cli/report.py` only picks a row, by `--format` or by the file's extension.
Exporters are imported when chosen, so that `studyctl report` in the terminal does not load the
office libraries.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyctl.report import Report

Export = Callable[["Report", str], bytes]


@dataclass(frozen=True)
class Exporter:
    """One report format: its name, its extensions, where its `export` function lives."""

    name: str
    extensions: tuple[str, ...]
    target: str  # "module:function" inside studyctl.render
    file_only: bool = False  # a binary file: never written to the terminal

    def load(self) -> Export:
        """The format's export function."""
        module, function = self.target.split(":")
        found: Export = getattr(importlib.import_module(f"studyctl.render.{module}"), function)
        return found


EXPORTERS: tuple[Exporter, ...] = (
    Exporter("text", (".txt",), "report_terminal:report_as_text"),
    Exporter("json", (".json",), "report_json:report_as_json_bytes"),
    Exporter("csv", (".csv",), "office:report_as_csv"),
    Exporter("markdown", (".md", ".markdown"), "markdown_out:report_as_markdown_bytes"),
    Exporter("html", (".html", ".htm"), "html_out:report_as_html_bytes"),
    Exporter("xlsx", (".xlsx",), "office:report_as_xlsx", file_only=True),
    Exporter("docx", (".docx",), "docx_out:report_as_docx", file_only=True),
    Exporter("pdf", (".pdf",), "pdf_out:report_as_pdf", file_only=True),
)

BY_NAME = {exporter.name: exporter for exporter in EXPORTERS}
BY_EXTENSION = {extension: exporter for exporter in EXPORTERS for extension in exporter.extensions}


def exporter_for_file(path: Path) -> Exporter | None:
    """The format a file name asks for by its extension, or None."""
    return BY_EXTENSION.get(path.suffix.lower())
