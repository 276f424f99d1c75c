# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The need in the request's words, and its requirements."""

from __future__ import annotations

from ossfirst.render.document import Block, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block]:
    w, req = ctx.words, ctx.result.request
    return [
        paragraph(req.need),
        table(
            w.t("tab.requirements"),
            [
                column("ID", width=0.5),
                column(w.t("col.requirement"), width=6),
                column(w.t("col.must"), width=0.6),
            ],
            [
                [cell(q.id), cell(q.text), cell(w.t("yes") if q.must else w.t("no"))]
                for q in req.requirements
            ],
        ),
    ]


SECTION = ReportSection("need", "sec.need", build)
