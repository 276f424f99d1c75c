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

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from ossfirst.portfolio.opendata import ALTERNATIVES, DECISIONS, DESCRIPTOR, PORTFOLIO
from ossfirst.render import pdf as report_pdf
from ossfirst.render.document import cell, column, paragraph
from ossfirst.render.words import text

#: The files attached to the annual report, with their media types.
ATTACHED = (
    (DECISIONS, "text/csv"),
    (ALTERNATIVES, "text/csv"),
    (DESCRIPTOR, "application/json"),
    (PORTFOLIO, "application/json"),
)


def _key_table(block: dict[str, Any], lang: str) -> dict[str, Any]:
    """Key figures as a table of three columns, as a printed report shows them."""
    return {
        "type": "table",
        "label": block["label"],
        "caption": block["caption"],
        "columns": [
            column(text("portfolio.col.figure", lang), width=2.2),
            column(text("portfolio.col.value", lang), "right", 1.4),
            column(text("portfolio.col.note", lang), width=2.4),
        ],
        "rows": [
            {"cells": [cell(i["label"]), cell(i["value"]), cell(i["note"])], "strong": False}
            for i in block["tiles"]
        ],
        "row_headers": True,
    }


def template_data(document: dict[str, Any], when: dt.datetime) -> dict[str, Any]:
    """What the Typst template receives: the document with the key figures as a table and a
    note on the attached files, the attachments by path."""
    built = copy.deepcopy(document)
    lang = built["lang"]
    for section in built["sections"]:
        section["blocks"] = [
            _key_table(b, lang) if b["type"] == "keyfigures" else b for b in section["blocks"]
        ]
    names = ", ".join(name for name, _ in ATTACHED)
    built["sections"][-1]["blocks"].append(
        paragraph(text("portfolio.pdf.attached", lang, files=names))
    )
    report = report_pdf.template_input(built, when)
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


def render(document: dict[str, Any], when: dt.datetime, folder: Path) -> bytes:
    """The annual report; the attached files are read from ``folder``."""
    pdf, _ = report_pdf.typeset(template_data(document, when), when, folder)
    return pdf
