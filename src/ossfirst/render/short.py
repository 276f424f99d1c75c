# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The short version for the council paper (``--short``): one or two pages with the
recommendation, the verdict and its robustness, why no open-source solution was chosen, the
financial effects and the sign-off, followed by the full report as its appendix.

It is put together from the same section modules as the report (:data:`SHORT`; the summary
in its short form, :func:`ossfirst.render.sections.summary.essentials`), so every format that
writes the report writes the short version too, and no text is written twice. The appendix
is one section that holds the whole report: its sections become subheadings (``1.
Zusammenfassung``) one level down, its tables and figures are numbered A1, A2, ... The
writers start the appendix on a new page.

One file, not two: the short version is what the officer copies into the council paper, and
the file it came from is what goes with the paper as its attachment, so the report that
backs every sentence of the summary travels with it and cannot be mixed up with the report
of another run.
"""

from __future__ import annotations

import dataclasses

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, sections
from ossfirst.render.document import (
    Block,
    Document,
    Figure,
    Section,
    Subheading,
    Table,
    paragraph,
    subheading,
)
from ossfirst.render.sections import finance, signoff, summary, why_no_oss
from ossfirst.render.sections._base import Context, ReportSection
from ossfirst.words import Words

#: The anchor of the appendix; the writers start it on a new page.
APPENDIX = "appendix"

SHORT: tuple[ReportSection, ...] = (
    ReportSection("summary", "sec.summary", summary.essentials),
    why_no_oss.SECTION,
    finance.SECTION,
    signoff.SECTION,
)


def _appendix_blocks(full: Document, w: Words) -> list[Block]:
    """The sections of the full report as blocks of one section: each section's title a
    subheading, every subheading one level down, tables and figures labelled A1, A2, ..."""
    blocks: list[Block] = [paragraph(w.t("short.appendix.intro"))]
    tables = figures = 0
    for section in full.sections:
        blocks.append(subheading(f"{section.number}. {section.title}", 3))
        for block in section.blocks:
            if isinstance(block, Subheading):
                blocks.append(dataclasses.replace(block, level=block.level + 1))
            elif isinstance(block, Table):
                tables += 1
                label = w.t("table.label", n=f"A{tables}")
                blocks.append(dataclasses.replace(block, label=label))
            elif isinstance(block, Figure):
                figures += 1
                label = w.t("figure.label", n=f"A{figures}")
                blocks.append(dataclasses.replace(block, label=label))
            else:
                blocks.append(block)
    return blocks


def build(result: Result, options: RenderOptions) -> Document:
    """The short version in ``options.lang``, with the full report as its appendix."""
    full = sections.build(result, dataclasses.replace(options, short=False))
    w = Words(result, options.lang, isolate=True)
    found = sections.numbered(Context(result, options, w), SHORT)
    number = len(found) + 1
    first = found[0]
    found[0] = dataclasses.replace(
        first, blocks=(*first.blocks, paragraph(w.t("short.see_appendix", number=number)))
    )
    appendix = Section(APPENDIX, number, w.t("short.appendix"), tuple(_appendix_blocks(full, w)))
    return dataclasses.replace(
        full,
        title=w.t("short.title"),
        subtitle=w.t("short.subtitle"),
        sections=(*found, appendix),
    )
