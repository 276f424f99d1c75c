# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Market exploration: what was searched, when, what was found and what became of each
hit, with a note when the search is past the evidence expiry or unfinished; the exploration
in words (``market_search``) after it. Only when the request records one or the other."""

from __future__ import annotations

from ossfirst.render.document import Block, cell, column, paragraph, quote, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, req = ctx.words, ctx.result.request
    exploration = req.market_exploration
    if exploration is None and not req.market_search:
        return None
    blocks: list[Block] = []
    if exploration is None:
        blocks.append(paragraph(w.t("mkt.none")))
    else:
        blocks.append(paragraph(w.market_intro()))
        blocks.extend(paragraph(line, strong=True) for line in w.market_notes())
        blocks.append(
            table(
                w.t("mkt.tab.catalogues"),
                [
                    column(w.t("mkt.col.catalogue"), width=2.4),
                    column(w.t("mkt.col.snapshot"), width=1.2),
                    column(w.t("mkt.col.entries"), "right", 1.0),
                ],
                [[cell(a), cell(b), cell(c)] for a, b, c in w.market_catalogue_rows()],
            )
        )
        blocks.append(
            table(
                w.t("mkt.tab.searches"),
                [
                    column(w.t("mkt.col.query"), width=2.2),
                    column(w.t("mkt.col.filters"), width=2.2),
                    column(w.t("mkt.col.date"), width=1.2),
                    column(w.t("mkt.col.found"), "right", 0.8),
                ],
                [[cell(a), cell(b), cell(c), cell(d)] for a, b, c, d in w.market_search_rows()],
            )
        )
        if exploration.hits:
            blocks.append(
                table(
                    w.t("mkt.tab.hits"),
                    [
                        column(w.t("mkt.col.hit"), width=2.2),
                        column(w.t("mkt.col.repository"), width=2.6),
                        column(w.t("mkt.col.outcome"), width=2.6),
                    ],
                    [[cell(a), cell(b), cell(c)] for a, b, c in w.market_hit_rows()],
                )
            )
    if req.market_search:
        blocks.append(quote(w.t("mkt.words"), req.market_search))
    return blocks


SECTION = ReportSection("market", "sec.market", build)
