# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The award method of the UfAB (ratio Z, its corridor, or price as points), when the
request names one."""

from __future__ import annotations

from ossfirst.render.document import MISSING, Block, Column, cell, column, note, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, r, aw = ctx.words, ctx.result, ctx.result.award
    if aw is None:
        return None
    blocks: list[Block] = [
        paragraph(w.award_method()),
        paragraph(
            w.t(f"award.basis.{aw.price_basis}")
            + " "
            + w.t("award.performance", criteria=w.criteria_list(aw.price_criteria))
        ),
    ]
    if aw.method == "price-points":
        blocks.append(paragraph(w.t("award.margin_points", margin=w.num(r.method.margin))))
    else:
        blocks.append(paragraph(w.t("award.margin", margin=w.points(aw.margin_percent))))
    if aw.corridor_bound is not None:
        corridor = w.t(
            "award.corridor",
            best=w.num(aw.best_ratio or 0.0, 4),
            bound=w.num(aw.corridor_bound, 4),
        )
        blocks.append(paragraph(corridor))
    points = aw.method == "price-points"
    corridor_column = aw.method == "ufab-extended"
    rows = []
    for rank, a in ctx.ranked():
        score = a.award
        row = [
            cell(rank),
            cell(w.name(a.id)),
            cell(w.num(score.performance) if score else MISSING),
            cell(w.money(score.price) if score else MISSING),
        ]
        if points:
            shown = score.price_points if score and a.eligible else None
            row.append(cell(w.num(shown) if shown is not None else MISSING))
            value = score.value if score else None
            if not a.eligible:
                row.append(cell(w.t("col.excluded")))
            else:
                row.append(cell(w.num(value) if value is not None else MISSING))
        else:
            ratio = w.num(score.ratio, 4) if score and score.ratio is not None else MISSING
            # an excluded offer keeps its Z, marked beneath it: it does not compete
            excluded = [] if a.eligible else [note(w.t("col.excluded"))]
            row.append(cell(ratio, notes=excluded))
            if corridor_column:
                inside = score.in_corridor if score and a.eligible else None
                row.append(cell(MISSING if inside is None else w.t("yes" if inside else "no")))
        rows.append(row)
    columns: list[Column] = [
        column(w.t("col.rank"), "right", 0.45),
        column(w.t("col.alternative"), width=2.5),
        column(w.t("award.col.performance"), "right", 1.15),
        column(w.t("award.col.price"), "right", 1.55),
    ]
    if points:
        columns += [
            column(w.t("award.col.price_points"), "right", 1.05),
            column(w.t("award.col.value"), "right", 1.4),
        ]
    else:
        columns.append(column(w.t("award.col.ratio"), "right", 1.35))
        if corridor_column:
            columns.append(column(w.t("award.col.corridor"), width=1.5))
    blocks.append(table(w.t("tab.award"), columns, rows, row_headers=False))
    return blocks


SECTION = ReportSection("award", "sec.award", build)
