# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Report formats: a registry of renderers, each a module with a ``render`` function.

A renderer turns a :class:`~ossfirst.model.result.Result` into bytes. It lays out what the
Result says and never computes a score. Modules are imported only when their format is used,
so that a run that writes Markdown never pays for the PDF engine.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ossfirst.model.versions import RESULT_SCHEMA, RESULT_SCHEMA_OLDEST

if TYPE_CHECKING:
    from ossfirst.model.result import Result


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer needs besides the Result."""

    lang: str
    #: The command that reproduces the report, shown in the audit annex.
    command: str = ""
    #: When the report is issued (``--date`` or ``SOURCE_DATE_EPOCH``), in UTC; ``None``
    #: means the request's date. The HTML and PDF reports show it, and it is the PDF's
    #: creation date.
    issued: dt.datetime | None = None
    #: The short version for the council paper (:mod:`ossfirst.render.short`), with the full
    #: report as its appendix, instead of the report alone.
    short: bool = False


class Renderer(Protocol):
    def __call__(self, result: Result, options: RenderOptions) -> bytes: ...


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    module: str
    summary: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("md", "md", "ossfirst.render.markdown", "Markdown report"),
        Format(
            "json",
            "json",
            "ossfirst.render.json_result",
            f"JSON Result (schema_version {RESULT_SCHEMA_OLDEST} to {RESULT_SCHEMA}, by the "
            "parts it holds)",
        ),
        Format("html", "html", "ossfirst.render.html", "HTML report, one self-contained file"),
        Format("pdf", "pdf", "ossfirst.render.pdf", "PDF/A-3b and PDF/UA-1 report"),
        Format("xlsx", "xlsx", "ossfirst.render.xlsx", "Excel workbook whose figures are formulas"),
        Format("docx", "docx", "ossfirst.render.docx", "Word document (Office Open XML)"),
        Format("odt", "odt", "ossfirst.render.odt", "OpenDocument text (LibreOffice)"),
    )
}

#: The formats that write the short version for the council paper (``--short``): the
#: documents a person reads; the JSON Result and the workbook are the same either way.
SHORT_FORMATS = ("md", "html", "pdf", "docx", "odt")


def notices(result: Result, name: str, options: RenderOptions) -> list[str]:
    """What the format ``name`` could not show of ``result`` and why, for a warning (the PDF
    names characters no font of it has); empty for most formats."""
    module = importlib.import_module(FORMATS[name].module)
    found = getattr(module, "notices", None)
    return [] if found is None else list(found(result, options))


def renderer(name: str) -> Renderer:
    """The render function of the format ``name`` (one of :data:`FORMATS`)."""
    module = importlib.import_module(FORMATS[name].module)
    render: Renderer = module.render
    return render
