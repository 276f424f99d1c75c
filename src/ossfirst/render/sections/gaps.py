# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Gaps in the assessment, the warnings, and the deviations from check rules the request
records."""

from __future__ import annotations

from ossfirst.render.document import MISSING, Block, bullets, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block]:
    w, r = ctx.words, ctx.result
    blocks: list[Block] = [paragraph(w.t("gap.rule." + r.method.missing_data))]
    if r.gaps:
        blocks.append(
            table(
                w.t("tab.gaps"),
                [
                    column(w.t("col.alternative"), width=1.6),
                    column(w.t("col.criterion"), width=2.6),
                    column(w.t("col.gap"), width=2),
                ],
                [[cell(a), cell(c), cell(g)] for a, c, g in w.gap_rows()],
            )
        )
    else:
        blocks.append(paragraph(w.t("gap.none")))
    if r.warnings:
        blocks.append(paragraph(w.t("gap.warnings") + ":"))
        blocks.append(bullets([("", w.message(msg)) for msg in r.warnings]))
    deviations = r.request.deviations
    if deviations:
        blocks.append(paragraph(w.t("dev.note")))
        blocks.append(
            table(
                w.t("dev.title"),
                [
                    column(w.t("check.col.rule"), width=1.3),
                    column(w.t("col.alternative"), width=1.6),
                    column(w.t("col.criterion"), width=1.6),
                    column(w.t("check.col.decision"), width=1.3),
                    column(w.t("check.col.approver"), width=1.4),
                    column(w.t("check.col.expires"), width=1.0),
                    column(w.t("dev.justification"), width=3.0, detail=True),
                ],
                [
                    [
                        cell(d.rule),
                        cell(w.name(d.alternative) if d.alternative else MISSING),
                        cell(w.criterion(d.criterion) if d.criterion else MISSING),
                        cell(d.decision),
                        cell(d.approver),
                        cell(w.date(d.expires)),
                        cell(d.justification),
                    ]
                    for d in deviations
                ],
            )
        )
    return blocks


SECTION = ReportSection("gaps", "sec.gaps", build)
