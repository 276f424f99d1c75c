# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Why not open source: the open-source and reuse alternatives not chosen, how far each is
behind, and who leads in each dimension, and what the market exploration found. Only when one
of them lost, or a proprietary alternative is recommended."""

from __future__ import annotations

from ossfirst.render.document import Block, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, r, v = ctx.words, ctx.result, ctx.result.verdict
    proprietary = v.recommended and r.alternative(v.recommended).category == "proprietary"
    if not (r.why_no_oss or proprietary):
        return None
    reference = [paragraph(line) for line in [w.market_reference()] if line]
    if not r.why_no_oss:
        return [paragraph(w.t("why.none")), *reference]
    other = w.name(r.why_no_oss[0].compared_with)
    rows = [
        [
            cell(w.name(s.alternative)),
            cell(w.t("category." + s.category)),
            cell(w.num(s.total)),
            cell(w.shortfall(s)),
        ]
        for s in r.why_no_oss
    ]
    dims = r.catalogue.dimensions
    gap_rows = [
        [cell(w.name(s.alternative))] + [cell(w.dimension_lead(s, d.id)) for d in dims]
        for s in r.why_no_oss
    ]
    return [
        paragraph(w.t("why.intro", name=other)),
        table(
            w.t("tab.why"),
            [
                column(w.t("col.alternative"), width=2.4),
                column(w.t("col.category"), width=1.1),
                column(w.t("col.total"), "right", 0.8),
                column(w.t("col.status"), width=3.2),
            ],
            rows,
        ),
        table(
            w.t("why.gaps", name=other),
            [
                column(w.t("col.alternative"), width=2.0),
                *(column(d.title.get(ctx.lang), width=1.3) for d in dims),
            ],
            gap_rows,
        ),
        *reference,
    ]


SECTION = ReportSection("why-no-oss", "sec.why_no_oss", build)
