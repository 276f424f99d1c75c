# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The evidence floors of the catalogue: what each alternative's evidence files had to show,
what they show, and what follows (a knock-out or a cap on a criterion)."""

from __future__ import annotations

from ossfirst.render.document import Block, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, r = ctx.words, ctx.result
    if not r.catalogue.evidence_floors:
        return None
    blocks: list[Block] = [paragraph(w.t("fl.intro"))]
    rows = w.floor_rows()
    if rows:
        blocks.append(
            table(
                w.t("tab.floors"),
                [
                    column(w.t("col.alternative"), width=1.6),
                    column(w.t("fl.col.requirement"), width=2.2),
                    column(w.t("fl.col.found"), width=2.6),
                    column(w.t("fl.col.outcome"), width=2.0),
                ],
                [[cell(part) for part in row] for row in rows],
            )
        )
    unjudged = w.floors_unjudged()
    if unjudged:
        blocks.append(paragraph(unjudged))
    return blocks


SECTION = ReportSection("floors", "sec.floors", build)
