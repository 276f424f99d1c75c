# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Decisive requirements and gap closing: what excludes the open-source and reuse
alternatives, whether the decision hangs on it, the present-value difference available to
close each gap, and what a commissioned gap closing would cost and bring. Only when the
Result has decisive requirements to show."""

from __future__ import annotations

from ossfirst.render.document import Block, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, found = ctx.words, ctx.result.decisive
    if found is None:
        return None
    blocks: list[Block] = [paragraph(sentence, strong=True) for sentence in w.hangs_on()]
    if found.exclusions:
        blocks.append(paragraph(w.t("dec.intro")))
        blocks.append(
            table(
                w.t("tab.decisive"),
                [
                    column(w.t("col.alternative"), width=2.0),
                    column(w.t("dec.col.excluded_by"), width=2.4),
                    column(w.t("dec.col.without"), width=1.6),
                    column(w.t("dec.col.available"), width=2.4),
                ],
                [[cell(text) for text in w.exclusion_row(e)] for e in found.exclusions],
            )
        )
        if any(e.closed_by is None for e in found.exclusions):
            blocks.append(paragraph(w.t("dec.no_closing")))
    if found.closings:
        blocks.append(paragraph(w.t("dec.closings")))
        blocks.append(
            table(
                w.t("tab.closings"),
                [
                    column(w.t("dec.col.variant"), width=2.0),
                    column(w.t("dec.col.closes"), width=0.8),
                    column(w.t("dec.col.cost"), width=1.6),
                    column(w.t("dec.col.time"), width=1.5),
                    column(w.t("dec.col.outcome"), width=2.6),
                ],
                [[cell(text) for text in w.closing_row(c)] for c in found.closings],
            )
        )
    return blocks


SECTION = ReportSection("decisive", "sec.decisive", build)
