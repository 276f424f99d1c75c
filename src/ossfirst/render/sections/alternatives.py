# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The alternatives by rank: category, licence, operation, jurisdiction, providers, total;
then each one's description."""

from __future__ import annotations

from ossfirst.model.result import AlternativeResult
from ossfirst.render.document import Block, Cell, bullets, cell, column, note, table
from ossfirst.render.sections._base import Context, ReportSection


def _row(ctx: Context, a: AlternativeResult, rank: str) -> list[Cell]:
    w = ctx.words
    total = w.num(a.total)
    return [
        cell(rank),
        cell(w.name(a.id)),
        cell(w.t("category." + a.category)),
        cell(a.licence.expression, notes=[note(w.fsf(a))]),
        cell(w.t("deployment." + a.deployment)),
        cell(f"{w.t('jurisdiction.' + a.jurisdiction)} ({a.operator_jurisdiction})"),
        cell(str(a.providers)),
        cell(total if a.eligible else f"{total} ({w.t('col.excluded')})"),
    ]


def build(ctx: Context) -> list[Block]:
    w, r = ctx.words, ctx.result
    blocks: list[Block] = [
        table(
            w.t("tab.alternatives"),
            [
                column(w.t("col.rank"), "right", 0.5),
                column(w.t("col.alternative"), width=2.3),
                column(w.t("col.category"), width=1.1),
                column(w.t("col.licence"), width=1.6),
                column(w.t("col.operation"), width=1.3),
                column(w.t("col.jurisdiction"), width=1.4),
                column(w.t("col.providers"), "right", 1.0),
                column(w.t("col.total"), "right", 0.9),
            ],
            [_row(ctx, a, rank) for rank, a in ctx.ranked()],
            row_headers=False,
        )
    ]
    described = [(w.name(a.id), a.description) for a in r.alternatives if a.description]
    if described:
        blocks.append(bullets([(name + ":", text or "") for name, text in described]))
    return blocks


SECTION = ReportSection("alternatives", "sec.alternatives", build)
