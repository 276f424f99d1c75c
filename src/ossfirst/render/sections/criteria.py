# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every criterion of every alternative: level, weight, contribution, where the level comes
from and why."""

from __future__ import annotations

from ossfirst.model.result import AlternativeResult
from ossfirst.render.document import (
    Block,
    Cell,
    Note,
    cell,
    clean,
    column,
    note,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection


def _rows(ctx: Context, a: AlternativeResult) -> list[list[Cell]]:
    w = ctx.words
    rows = []
    for row in a.criteria:
        info = w.criteria[row.criterion]
        title = info.title.get(ctx.lang)
        if info.kind == "knock-out":
            title += f" ({w.t('crit.knock_out')})"
        elif info.floor:
            title += f" ({w.t('crit.floor', floor=info.floor)})"
        score = w.score(row)
        if row.below_floor:
            score += f" ({w.t('crit.below_floor')})"
        source = w.t("source." + row.source)
        if row.stale:
            source += f" ({w.t('col.stale')})"
        notes: list[Note] = []
        if row.source == "computed":
            rationale = w.metric(row, a)
        elif row.source == "imported":
            rationale = w.imported_rationale(row)
            if row.assessed_on:
                notes.append(note(w.t("crit.dated", date=w.date(row.assessed_on))))
        else:
            # several assessors' levels lead, as the sentence that explains the level
            panel = w.panel(row)
            panel = panel[:1].upper() + panel[1:]
            rationale = " ".join(part for part in (panel, row.rationale or "") if part)
            said = []
            if row.evidence:
                evidence = ", ".join(clean(e) for e in row.evidence)
                said.append(f"{w.t('crit.evidence')}: {evidence}")
            if row.assessed_on:
                assessed = w.t("crit.assessed_on", date=w.date(row.assessed_on))
                if row.assessor:
                    assessed += " " + w.t("crit.assessor", name=clean(row.assessor))
                said.append(assessed)
            notes.append(note("; ".join(said)))
            # what the evidence files would give, beside a person's differing level, on a
            # line of its own (so it starts as a sentence does)
            differs = w.imported_note(row)
            notes.append(note(differs[:1].upper() + differs[1:]))
        knock_out = info.kind == "knock-out"
        rows.append(
            [
                cell(title),
                cell(score),
                cell("" if knock_out else f"{w.num(row.weight, 1)} %"),
                cell("" if knock_out else w.num(row.contribution)),
                cell(source),
                cell(rationale, notes=notes),
            ]
        )
    return rows


def build(ctx: Context) -> list[Block]:
    w, r = ctx.words, ctx.result
    blocks: list[Block] = [paragraph(w.t("crit.weight_note", max=r.method.max_score))]
    for a in r.alternatives:
        blocks.append(subheading(w.name(a.id)))
        blocks.append(
            table(
                w.t("tab.criteria", name=w.name(a.id)),
                [
                    column(w.t("col.criterion"), width=2.1),
                    column(w.t("col.score"), "right", 0.75),
                    column(w.t("col.weight"), "right", 0.9),
                    column(w.t("col.contribution"), "right", 0.9),
                    column(w.t("col.source"), width=1.0),
                    column(w.t("col.rationale"), width=4.4),
                ],
                _rows(ctx, a),
            )
        )
    return blocks


SECTION = ReportSection("criteria", "sec.criteria", build)
