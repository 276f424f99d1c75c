# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The annual report for the council: ``portfolio.pdf``, PDF/A-3b and PDF/UA-1.

It is the portfolio's document (:mod:`ossfirst.portfolio.document`) typeset with the
evaluation report's Typst template and fonts (:mod:`ossfirst.render.pdf`): the same tags,
metadata and archival standards, the charts and tables of the dashboard (long lists cut to
their first rows, the rest in the attached data), and the open data attached as files:
the two CSV files, their descriptor and ``portfolio.json``, which Typst reads from the
staging folder of the site.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ossfirst.portfolio.opendata import ALTERNATIVES, DECISIONS, DESCRIPTOR, PORTFOLIO
from ossfirst.render import document
from ossfirst.render import pdf as report_pdf
from ossfirst.render.document import Block, Document, KeyFigures, cell, column, paragraph, table
from ossfirst.texts import text

if TYPE_CHECKING:
    from ossfirst.portfolio.cache import Cache

#: The files attached to the annual report, with their media types.
ATTACHED = (
    (DECISIONS, "text/csv"),
    (ALTERNATIVES, "text/csv"),
    (DESCRIPTOR, "application/json"),
    (PORTFOLIO, "application/json"),
)


def _key_table(block: KeyFigures, lang: str) -> document.Table:
    """Key figures as a table of three columns, as a printed report shows them."""
    columns = [
        column(text("portfolio.col.figure", lang), width=2.2),
        column(text("portfolio.col.value", lang), "right", 1.4),
        column(text("portfolio.col.note", lang), width=2.4),
    ]
    rows = [[cell(t.label), cell(t.value), cell(t.note)] for t in block.tiles]
    return dataclasses.replace(table(block.caption, columns, rows), label=block.label)


def _printed(block: Block, lang: str) -> Block:
    return _key_table(block, lang) if isinstance(block, KeyFigures) else block


def template_data(built: Document, when: dt.datetime) -> dict[str, Any]:
    """What the Typst template receives: the document with the key figures as a table and a
    note on the attached files, the attachments by path."""
    lang = built.lang
    names = ", ".join(name for name, _ in ATTACHED)
    attached = paragraph(text("portfolio.pdf.attached", lang, files=names))
    sections = [
        dataclasses.replace(s, blocks=tuple(_printed(b, lang) for b in s.blocks))
        for s in built.sections
    ]
    sections[-1] = dataclasses.replace(sections[-1], blocks=(*sections[-1].blocks, attached))
    report = report_pdf.template_input(
        document.data(dataclasses.replace(built, sections=tuple(sections))), when
    )
    report["attachments"] = [
        {
            "name": name,
            "path": name,
            "mime": mime,
            "description": text(f"portfolio.file.{name}.about", lang),
        }
        for name, mime in ATTACHED
    ]
    return report


def render(built: Document, when: dt.datetime, folder: Path, kept: Cache | None = None) -> bytes:
    """The annual report; the attached files are read from ``folder``. With the cache
    ``kept``, the report of an earlier run is taken when the template's input and the
    attached files are the same (a run in which no request changed)."""
    data = template_data(built, when)
    if kept is None:
        return report_pdf.typeset(data, when, folder)[0]
    payload = json.dumps([data, when.isoformat()], ensure_ascii=False, sort_keys=True)
    entry, found = kept.document(payload, [folder / name for name, _ in ATTACHED])
    if found is not None:
        return found
    pdf, _ = report_pdf.typeset(data, when, folder)
    kept.keep_document(entry, pdf)
    return pdf
