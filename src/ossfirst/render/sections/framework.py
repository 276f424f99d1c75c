# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The sovereignty framework (SEAL levels per objective), when the catalogue has one."""

from __future__ import annotations

from ossfirst.render.document import MISSING, Block, bullets, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, r, fw = ctx.words, ctx.result, ctx.result.sovereignty_framework
    if fw is None:
        return None
    intro = w.t(
        "fw.intro",
        title=fw.title.get(ctx.lang),
        version=fw.version,
        published=fw.published,
        source=fw.source.get(ctx.lang),
    )

    def seal(value: float | None) -> str:
        return MISSING if value is None else f"SEAL-{w.level(value)}"

    first = next((a.sovereignty for a in r.alternatives if a.sovereignty), None)
    rows = []
    for o in first.objectives if first else []:
        row = [
            cell(w.objective(o.objective, o.criterion)),
            cell(w.points(o.weight)),
            cell(f"SEAL-{o.minimum_seal}"),
        ]
        for a in r.alternatives:
            y = next(
                (
                    y
                    for y in (a.sovereignty.objectives if a.sovereignty else [])
                    if y.objective == o.objective
                ),
                None,
            )
            if y is None:
                row.append(cell(MISSING))
            elif y.met:
                row.append(cell(seal(y.seal)))
            else:
                # the level that excludes the alternative stands out
                row.append(cell(f"{seal(y.seal)} ({w.t('fw.below')})", strong=True))
        rows.append(row)
    overall = [cell(w.t("fw.overall"), strong=True), cell(""), cell("")]
    score = [cell(w.t("fw.score"), strong=True), cell("100 %", strong=True), cell("")]
    for a in r.alternatives:
        sov = a.sovereignty
        overall.append(cell(seal(sov.overall_seal) if sov else MISSING, strong=True))
        score.append(cell(w.num(sov.score) if sov else MISSING, strong=True))
    return [
        paragraph(intro),
        table(
            w.t("tab.framework"),
            [
                column(w.t("fw.col.objective"), width=2.4),
                column(w.t("col.weight"), "right", 0.75),
                column(w.t("fw.col.minimum"), width=0.95),
                *ctx.alternative_columns(),
            ],
            [*rows, overall, score],
        ),
        paragraph(w.t("fw.levels") + ":"),
        bullets(
            [(f"SEAL-{level}:", meaning.get(ctx.lang)) for level, meaning in fw.levels.items()]
        ),
    ]


SECTION = ReportSection("framework", "sec.framework", build)
