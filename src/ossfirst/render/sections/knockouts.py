# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Knock-outs: how each alternative meets the requirements, and what excludes it."""

from __future__ import annotations

from ossfirst.render.document import MISSING, Block, cell, column, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block]:
    w, r = ctx.words, ctx.result
    rows = []
    # Looked up, not searched: a search per cell is quadratic in the requirements.
    covered = [{c.requirement: c.coverage for c in a.requirements} for a in r.alternatives]
    for q in r.request.requirements:
        row = [cell(f"{q.id} {q.text}"), cell(w.t("yes") if q.must else w.t("no"))]
        for coverage_of in covered:
            coverage = coverage_of.get(q.id)
            row.append(cell(w.t("coverage." + coverage) if coverage else MISSING))
        rows.append(row)
    return [
        table(
            w.t("tab.coverage"),
            [
                column(w.t("col.requirement"), width=3.2),
                column(w.t("col.must"), width=0.6),
                *ctx.alternative_columns(),
            ],
            rows,
        ),
        table(
            w.t("tab.knockouts"),
            [column(w.t("col.alternative"), width=2.6), column(w.t("col.knockouts"), width=4)],
            [
                [
                    cell(w.name(a.id)),
                    cell(w.knockouts(a.knockouts) if a.knockouts else w.t("ko.none")),
                ]
                for a in r.alternatives
            ],
        ),
    ]


SECTION = ReportSection("knockouts", "sec.knockouts", build)
