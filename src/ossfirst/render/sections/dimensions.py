# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Points per dimension: the table, and the same points as bars and as a radar chart."""

from __future__ import annotations

from ossfirst.render import charts
from ossfirst.render.document import MISSING, Block, cell, column, figure, number_cell, table
from ossfirst.render.sections._base import Context, ReportSection


def _decimals(value: float) -> int:
    """As many decimals as the value has, up to two: 70, 62.5, 96.25 (no rounding that
    would make a chart label differ from the table beside it)."""
    for decimals in (0, 1):
        if round(value, decimals) == round(value, 2):
            return decimals
    return 2


def build(ctx: Context) -> list[Block]:
    w, r = ctx.words, ctx.result
    dims = r.catalogue.dimensions
    # each alternative's score per dimension, in the order of the dimensions
    scores = [
        [next((s.score for s in a.dimensions if s.dimension == d.id), None) for d in dims]
        for a in r.alternatives
    ]
    rows = []
    for i, d in enumerate(dims):
        row = [cell(d.title.get(ctx.lang)), cell(f"{w.num(d.weight, 0)} %")]
        for values in scores:
            score = values[i]
            row.append(number_cell(w.num(score)) if score is not None else cell(MISSING))
        rows.append(row)
    rows.append(
        [cell(w.t("col.total")), cell("100 %")]
        + [number_cell(w.num(a.total)) for a in r.alternatives]
    )
    axes = [d.title.get(ctx.lang) for d in dims]
    # an excluded alternative is greyed out, with the reason beside its name
    series = [
        charts.Series(
            a.name
            if a.eligible
            else f"{a.name} ({w.t('fig.excluded', reasons=w.knockouts(a.knockouts))})",
            values,
            excluded=not a.eligible,
        )
        for a, values in zip(r.alternatives, scores, strict=True)
    ]
    data = "; ".join(
        w.t(
            "fig.alt.series",
            name=s.label,
            values=", ".join(
                f"{axis} {w.num(v) if v is not None else MISSING}"
                for axis, v in zip(axes, s.values, strict=True)
            ),
        )
        for s in series
    )
    return [
        table(
            w.t("tab.dimensions"),
            [
                column(w.t("col.dimension"), width=1.8),
                column(w.t("col.weight"), "right", 0.7),
                *ctx.alternative_columns("right"),
            ],
            rows,
            strong_last=True,
        ),
        figure(
            w.t("fig.bars"),
            w.t("fig.bars.alt", data=data),
            charts.bars(axes, series, lambda v: w.num(v, _decimals(v)), MISSING),
            charts.legend(series, "fill"),
        ),
        figure(
            w.t("fig.radar"),
            w.t("fig.radar.alt", axes=", ".join(axes), data=data),
            charts.radar(axes, series),
            charts.legend(series, "line"),
        ),
    ]


SECTION = ReportSection("dimensions", "sec.dimensions", build)
