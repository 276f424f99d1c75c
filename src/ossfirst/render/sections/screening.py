# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The open-standards screening: each declared format or protocol against the standards
list and its openness criteria, when an alternative declares any."""

from __future__ import annotations

from ossfirst.render.document import MISSING, Block, cell, column, paragraph, subheading, table
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block] | None:
    w, r = ctx.words, ctx.result
    screened = [a for a in r.alternatives if a.standards]
    if not screened:
        return None
    blocks: list[Block] = [paragraph(w.t("scr.intro", version=r.audit.standards_list_version))]
    criteria = w.openness_criteria
    for a in screened:
        rows = []
        for s in a.standards:
            if s.id:
                standard = f"{s.name} ({s.body})"
            elif s.suggestion:
                standard = w.t("scr.unknown") + w.t("msg.suggestion", name=s.suggestion)
            else:
                standard = w.t("scr.unknown")
            judged = [
                cell((w.t("yes") if s.criteria[c] else w.t("no")) if s.criteria else MISSING)
                for c in criteria
            ]
            # a standard the list does not know counts as not open, as in the share the
            # criterion computes (the intro says so)
            is_open = w.t("yes" if s.open else "no")
            rows.append([cell(s.declared), cell(standard), *judged, cell(is_open, strong=True)])
        blocks.append(subheading(w.name(a.id)))
        blocks.append(
            table(
                w.t("tab.screening", name=w.name(a.id)),
                [
                    column(w.t("scr.declared"), width=1.3),
                    column(w.t("scr.standard"), width=2.3),
                    *(column(w.t("scr." + c), "center", 1.45) for c in criteria),
                    column(w.t("scr.open"), "center", 0.65),
                ],
                rows,
            )
        )
    return blocks


SECTION = ReportSection("screening", "sec.screening", build)
