# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Robustness of the recommendation: the weights at which it changes, one dimension at a
time, and the random weightings with the share each alternative wins."""

from __future__ import annotations

from ossfirst.render import charts
from ossfirst.render.document import (
    MISSING,
    Block,
    Column,
    cell,
    column,
    figure,
    keep_units,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, r, sens = ctx.words, ctx.result, ctx.result.sensitivity
    if sens is None:
        return None
    mc = sens.monte_carlo
    rows = []
    for t in sens.one_at_a_time:
        row = [cell(w.dimension(t.dimension)), cell(w.points(t.weight))]
        for threshold, to in ((t.lower, t.lower_recommended), (t.upper, t.upper_recommended)):
            if threshold is None:
                row += [cell(w.t("sens.none")), cell(MISSING)]
            else:
                row += [cell(w.points(threshold)), cell(w.name(to))]
        rows.append(row)
    blocks: list[Block] = [
        paragraph(w.sensitivity_intro()),
        paragraph(w.robustness(), strong=True),
        subheading(w.t("sens.one_at_a_time")),
        table(
            w.t("tab.thresholds"),
            [
                column(w.t("col.dimension"), width=1.7),
                column(w.t("sens.col.profile"), "right", 0.85),
                column(w.t("sens.col.below"), "right", 1.2),
                column(w.t("sens.col.to"), width=1.75),
                column(w.t("sens.col.above"), "right", 1.2),
                column(w.t("sens.col.to"), width=1.75),
            ],
            rows,
        ),
    ]
    if mc:
        blocks.append(subheading(w.t("sens.monte_carlo")))
        order = {a.id: i for i, a in enumerate(r.alternatives)}
        names = [w.name(aid) for aid in mc.shares]
        shares = [share * 100 for share in mc.shares.values()]
        draws = w.num(mc.draws, 0)
        data = "; ".join(
            w.t("fig.alt.series", name=name, values=w.pct(share))
            for name, share in zip(names, mc.shares.values(), strict=True)
        )
        blocks.append(
            figure(
                w.t("fig.shares", draws=draws),
                w.t("fig.shares.alt", draws=draws, data=data),
                charts.shares(
                    names,
                    shares,
                    [order.get(aid, 0) for aid in mc.shares],
                    lambda v: keep_units(w.pct(v / 100)),
                ),
                [],
            )
        )
        columns: list[Column] = [
            column(w.t("col.alternative"), width=3.0),
            column(w.t("sens.col.share"), "right", 1.6),
        ]
        share_rows = [[cell(w.name(aid)), cell(w.pct(share))] for aid, share in mc.shares.items()]
        if mc.precision is not None:
            columns.append(column(w.t("sens.col.precision"), "right", 1.1))
            for share_row, aid in zip(share_rows, mc.shares, strict=True):
                share_row.append(cell(w.precision(mc.precision[aid])))
        blocks.append(table(w.t("tab.shares"), columns, share_rows))
    blocks.append(paragraph(w.t("sens.grades")))
    return blocks


SECTION = ReportSection("sensitivity", "sec.sensitivity", build)
