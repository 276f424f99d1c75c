# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The sections of the report, one module each, in the order of the report.

Each module has a ``SECTION``: its anchor, the key of its title and a function from the
Result (with the options of the report and the words of its language) to its blocks, or to
``None`` when the Result gives it nothing to show. No section computes a score. A new
section is a module here and an entry in :data:`SECTIONS`; every writer then shows it.
:func:`build` walks :data:`SECTIONS` and numbers the sections, tables and figures.
"""

from __future__ import annotations

import datetime as dt

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, charts
from ossfirst.render.document import (
    Block,
    Document,
    Field,
    Figure,
    Section,
    Table,
    clean,
    page_parts,
)
from ossfirst.render.sections import (
    alternatives,
    award,
    costs,
    criteria,
    decisive,
    dimensions,
    evidence,
    finance,
    floors,
    framework,
    gaps,
    knockouts,
    market,
    method,
    need,
    screening,
    sensitivity,
    signoff,
    summary,
    why_no_oss,
)
from ossfirst.render.sections._base import Context, ReportSection
from ossfirst.words import Words, procurement

SECTIONS: tuple[ReportSection, ...] = (
    summary.SECTION,
    why_no_oss.SECTION,
    market.SECTION,
    decisive.SECTION,
    finance.SECTION,
    need.SECTION,
    alternatives.SECTION,
    knockouts.SECTION,
    dimensions.SECTION,
    award.SECTION,
    framework.SECTION,
    sensitivity.SECTION,
    criteria.SECTION,
    screening.SECTION,
    evidence.SECTION,
    floors.SECTION,
    costs.SECTION,
    gaps.SECTION,
    signoff.SECTION,
    method.SECTION,
)


def issued_date(options: RenderOptions, result: Result) -> dt.date:
    """The date a report is issued: the one given, else the request's date."""
    return options.issued.date() if options.issued else result.request.date


def numbered(ctx: Context, parts: tuple[ReportSection, ...]) -> list[Section]:
    """The sections of ``parts`` that have something to show, numbered, with their tables
    and figures numbered through."""
    w = ctx.words
    sections: list[Section] = []
    tables = figures = 0
    for part in parts:
        found = part.build(ctx)
        if found is None:
            continue
        blocks: list[Block] = []
        # each labelled block made anew with all its fields (dataclasses.replace would look
        # the fields up each time)
        for block in found:
            if isinstance(block, Table):
                tables += 1
                label = w.t("table.label", n=tables)
                blocks.append(
                    Table(label, block.caption, block.columns, block.rows, block.row_headers)
                )
            elif isinstance(block, Figure):
                figures += 1
                label = w.t("figure.label", n=figures)
                blocks.append(Figure(label, block.caption, block.alt, block.chart, block.legend))
            else:
                blocks.append(block)
        sections.append(Section(part.anchor, len(sections) + 1, w.t(part.title), tuple(blocks)))
    return sections


def build(result: Result, options: RenderOptions) -> Document:
    """The report in ``options.lang``: title block, page furniture and the numbered
    sections of :data:`SECTIONS` that have something to show; with ``options.short``, the
    short version with the report as its appendix (:mod:`ossfirst.render.short`)."""
    if options.short:
        from ossfirst.render import short

        return short.build(result, options)
    # names written right to left are set apart (isolates), for the HTML and the PDF
    w = Words(result, options.lang, isolate=True)
    sections = numbered(Context(result, options, w), SECTIONS)
    r, req, lang = result, result.request, options.lang
    issued = issued_date(options, r)
    meta = [
        (w.t("meta.request"), req.id),
        (w.t("meta.organisation"), req.organisation),
        (w.t("meta.department"), req.department),
        (w.t("meta.contact"), req.contact),
        (w.t("meta.request_date"), w.date(req.date)),
        (w.t("meta.issued"), w.date(issued)),
        (
            w.t("meta.catalogue"),
            f"{r.catalogue.title.get(lang)} ({r.catalogue.id} {r.catalogue.version})",
        ),
        (w.t("meta.profile"), r.method.profile_title.get(lang)),
        (w.t("meta.proposed"), w.name(r.verdict.proposed)),
        (w.t("meta.procurement"), procurement(w, req.procurement)),
    ]
    return Document(
        lang=lang,
        title=w.t("doc.title"),
        request_title=clean(req.title),
        subtitle=w.t("doc.subtitle"),
        organisation=clean(req.organisation),
        department=clean(req.department or ""),
        request_id=clean(req.id),
        header=w.t("page.header", id=clean(req.id)),
        footer=page_parts(w.t("page.footer")),
        meta=tuple(Field(label, clean(value)) for label, value in meta if value),
        contents=w.t("doc.contents"),
        skip=w.t("doc.skip"),
        sections=tuple(sections),
        # the greyed-out styles only where an alternative is excluded
        series=(
            charts.SERIES
            if any(not a.eligible for a in r.alternatives)
            else charts.SERIES[: charts.REGULAR]
        ),
        issued=issued.isoformat(),
        tool=f"ossfirst {r.audit.tool_version}",
    )
