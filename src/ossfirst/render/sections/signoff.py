# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Sign-off and involvement (Zeichnung und Beteiligung), for the short version: who prepared
and who approved the request, in what role and when (what is not known yet is named as
missing), and the involvement of the data protection officer, the staff council and the
representative of disabled employees, as the request states it.

The short version always has it (what is missing is named as missing); the report has it
when the request states any of it."""

from __future__ import annotations

from ossfirst.model.result import InvolvementInfo, SignOffInfo
from ossfirst.render.document import Block, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection
from ossfirst.words import Words


def _signed(w: Words, step: str, who: SignOffInfo | None) -> list[str]:
    missing = w.t("sign.missing")
    if who is None:
        return [w.t(step), missing, missing, missing]
    return [
        w.t(step),
        who.name or missing,
        who.role or missing,
        w.date(who.date) if who.date else missing,
    ]


def _standing(w: Words, found: InvolvementInfo | None) -> str:
    if found is None:
        return w.t("fin.not_given")
    if found.date is not None:
        shown = w.t("sign.involved", date=w.date(found.date))
    elif not found.required:
        shown = w.t("sign.not_required")
    else:
        shown = w.t("sign.pending")
    return f"{shown}: {found.note}" if found.note else shown


def build(ctx: Context) -> list[Block] | None:
    w, req = ctx.words, ctx.result.request
    if not (ctx.options.short or req.prepared_by or req.approved_by or req.involvement):
        return None
    blocks: list[Block] = [
        table(
            w.t("tab.signoff"),
            [
                column(w.t("sign.col.step"), width=1.1),
                column(w.t("sign.col.name"), width=1.6),
                column(w.t("sign.col.role"), width=1.8),
                column(w.t("sign.col.date"), width=0.9),
            ],
            [
                [cell(value) for value in _signed(w, "sign.prepared", req.prepared_by)],
                [cell(value) for value in _signed(w, "sign.approved", req.approved_by)],
            ],
        )
    ]
    found = req.involvement
    if not found:
        blocks.append(paragraph(w.t("sign.not_stated")))
        return blocks
    bodies = [
        ("sign.dpo", found.get("data_protection_officer")),
        ("sign.staff_council", found.get("staff_council")),
        ("sign.disability", found.get("disability_representative")),
    ]
    blocks.append(
        table(
            w.t("tab.involvement"),
            [column(w.t("sign.col.body"), width=1.6), column(w.t("sign.col.standing"), width=3.0)],
            [[cell(w.t(key)), cell(_standing(w, body))] for key, body in bodies],
        )
    )
    return blocks


SECTION = ReportSection("signoff", "sec.signoff", build)
