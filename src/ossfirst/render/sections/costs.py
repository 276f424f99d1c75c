# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Costs over the horizon: the totals and present values side by side, then each
alternative's cost items and cash flows."""

from __future__ import annotations

from ossfirst.render.document import (
    Block,
    Cell,
    cell,
    column,
    number_cell,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block]:
    w, r, m = ctx.words, ctx.result, ctx.result.method
    alts = r.alternatives
    lines = [
        (w.t("cost.one_time"), [a.economics.one_time_total for a in alts]),
        (w.t("cost.yearly"), [a.economics.yearly_total for a in alts]),
        (w.t("cost.exit"), [a.economics.exit for a in alts]),
        (
            w.t("cost.nominal_total", count=m.horizon_years, years=m.horizon_years),
            [a.economics.nominal_total for a in alts],
        ),
        (w.t("cost.present_value"), [a.economics.present_value for a in alts]),
    ]
    blocks: list[Block] = [
        paragraph(w.cost_intro()),
        table(
            w.t("tab.costs"),
            [column(w.t("col.item"), width=2.2), *ctx.alternative_columns("right")],
            [[cell(label)] + [number_cell(w.money(v)) for v in values] for label, values in lines],
            strong_last=True,
        ),
    ]
    # the names of cost items recur from one alternative to the next: each is put into
    # words once
    named: dict[tuple[str, str], Cell] = {}

    def item(kind: str, key: str) -> Cell:
        found = named.get((kind, key))
        if found is None:
            found = named[kind, key] = cell(f"{w.t(kind)}: {w.cost_item(key)}")
        return found

    for a in alts:
        e = a.economics
        blocks.append(subheading(w.t("cost.flows", name=w.name(a.id))))
        if e.one_time or e.yearly:
            items = [
                [item("cost.one_time", k), number_cell(w.num(v))] for k, v in e.one_time.items()
            ] + [[item("cost.yearly", k), number_cell(w.num(v))] for k, v in e.yearly.items()]
            blocks.append(
                table(
                    w.t("tab.cost_items", name=w.name(a.id)),
                    [column(w.t("col.item"), width=3), column("EUR", "right", 1)],
                    items,
                )
            )
        blocks.append(
            table(
                w.t("tab.cash_flows", name=w.name(a.id)),
                [
                    column(w.t("col.year"), "right", 0.6),
                    column(w.t("col.nominal"), "right", 1.5),
                    column(w.t("col.discount_factor"), "right", 1.2),
                    column(w.t("col.present_value"), "right", 1.5),
                ],
                [
                    [
                        number_cell(str(f.year)),
                        number_cell(w.money(f.nominal)),
                        number_cell(w.num(f.discount_factor, 4)),
                        number_cell(w.money(f.present_value)),
                    ]
                    for f in e.cash_flows
                ],
            )
        )
    return blocks


SECTION = ReportSection("costs", "sec.costs", build)
