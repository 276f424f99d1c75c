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
    number_cell,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection

_EMPTY = cell("")


def _rows(ctx: Context, a: AlternativeResult, made: dict[object, Cell]) -> list[list[Cell]]:
    """The rows of ``a``'s table. ``made`` holds the cells made for the report so far, by
    what they show: a criterion's title, a level, a weight or a source recur from one
    alternative's table to the next and are put into words once."""
    w = ctx.words
    evidence_label = w.t("crit.evidence")
    rows = []
    for row in a.criteria:
        info = w.criteria[row.criterion]
        knock_out = info.kind == "knock-out"
        title = made.get(row.criterion)
        if title is None:
            text = info.title.get(ctx.lang)
            if knock_out:
                text += f" ({w.t('crit.knock_out')})"
            elif info.floor:
                text += f" ({w.t('crit.floor', floor=info.floor)})"
            title = made[row.criterion] = cell(text)
        # a capped level names its floors: put into words for its row alone
        key: object = ("score", row.kind, row.passed, row.score, row.below_floor)
        score = None if row.capped is not None else made.get(key)
        if score is None:
            text = w.score(row)
            if row.below_floor:
                text += f" ({w.t('crit.below_floor')})"
            score = cell(text)
            if row.capped is None:
                made[key] = score
        weight: Cell | None
        contribution: Cell | None
        if knock_out:
            weight = contribution = _EMPTY
        else:
            # zero is put into words each time (0.0 and -0.0 are one key, not one text)
            key = ("weight", row.weight)
            weight = made.get(key) if row.weight else None
            if weight is None:
                weight = made[key] = cell(f"{w.num(row.weight, 1)} %")
            key = ("contribution", row.contribution)
            contribution = made.get(key) if row.contribution else None
            if contribution is None:
                contribution = made[key] = number_cell(w.num(row.contribution))
        key = ("source", row.source, row.stale)
        source = made.get(key)
        if source is None:
            text = w.t("source." + row.source)
            if row.stale:
                text += f" ({w.t('col.stale')})"
            source = made[key] = cell(text)
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
            if panel:
                panel = panel[:1].upper() + panel[1:]
                rationale = " ".join(part for part in (panel, row.rationale or "") if part)
            else:
                rationale = row.rationale or ""
            said = []
            if row.evidence:
                evidence = ", ".join([clean(e) for e in row.evidence])
                said.append(f"{evidence_label}: {evidence}")
            if row.assessed_on:
                assessed = w.t("crit.assessed_on", date=w.date(row.assessed_on))
                if row.assessor:
                    assessed += " " + w.t("crit.assessor", name=clean(row.assessor))
                said.append(assessed)
            if said:  # an empty note is left out (:func:`cell`)
                notes.append(note("; ".join(said)))
            # what the evidence files would give, beside a person's differing level, on a
            # line of its own (so it starts as a sentence does)
            differs = w.imported_note(row)
            if differs:
                notes.append(note(differs[:1].upper() + differs[1:]))
        rows.append([title, score, weight, contribution, source, cell(rationale, notes=notes)])
    return rows


def build(ctx: Context) -> list[Block]:
    w, r = ctx.words, ctx.result
    blocks: list[Block] = [paragraph(w.t("crit.weight_note", max=r.method.max_score))]
    made: dict[object, Cell] = {}
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
                _rows(ctx, a, made),
            )
        )
    return blocks


SECTION = ReportSection("criteria", "sec.criteria", build)
