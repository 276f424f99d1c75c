# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Financial effects (Finanzielle Auswirkungen), as a council paper states them: the budget
and the budget line, always; the proposal's one-time and yearly costs, its nominal total and
present value and how it stands against the budget; the burden by budget year, beside the
recommended alternative's; and the difference to the recommendation in words.

The year ``t`` of an alternative's cash flows (:mod:`ossfirst.engine.economics`: one-time
costs at ``t = 0``, yearly costs at the end of years 1 to H, the exit in year H) burdens the
budget year ``first_budget_year + t``; without a first budget year the request's year is
taken, and the table says so.
"""

from __future__ import annotations

from ossfirst.model.result import AlternativeResult
from ossfirst.render.document import Block, cell, column, paragraph, table
from ossfirst.render.sections._base import Context, ReportSection
from ossfirst.words import Words


def _difference(w: Words, subject: AlternativeResult, best: AlternativeResult) -> str:
    """The difference of ``subject`` to the recommended alternative ``best``, in words (no
    negative numbers that mean "cheaper")."""
    nominal = round(subject.economics.nominal_total - best.economics.nominal_total, 2)
    present = round(subject.economics.present_value - best.economics.present_value, 2)
    names = {"proposed": w.name(subject.id), "recommended": w.name(best.id)}
    if nominal == 0 and present == 0:
        return w.t("fin.equal", **names)
    amounts = {"nominal": w.money(abs(nominal)), "present": w.money(abs(present))}
    if nominal >= 0 and present >= 0:
        return w.t("fin.more", **names, **amounts)
    if nominal <= 0 and present <= 0:
        return w.t("fin.less", **names, **amounts)
    return w.t(
        "fin.mixed",
        **names,
        **amounts,
        nominal_way=w.t("fin.way.more" if nominal > 0 else "fin.way.less"),
        present_way=w.t("fin.way.more" if present > 0 else "fin.way.less"),
    )


def _against_budget(w: Words, budget: float | None, total: float) -> str:
    if budget is None:
        return w.t("fin.no_budget")
    rest = round(budget - total, 2)
    if rest > 0:
        return w.t("fin.within", amount=w.money(rest))
    if rest == 0:
        return w.t("fin.exact")
    return w.t("fin.above", amount=w.money(-rest))


def build(ctx: Context) -> list[Block]:
    w, r, req = ctx.words, ctx.result, ctx.result.request
    not_given = w.t("fin.not_given")
    if req.first_budget_year is not None:
        first, first_shown = req.first_budget_year, str(req.first_budget_year)
    else:
        first = req.date.year
        first_shown = w.t("fin.first_year.assumed", year=first)
    rows = [
        [
            cell(w.t("fin.budget")),
            cell(w.money(req.budget) if req.budget is not None else not_given),
        ],
        [cell(w.t("fin.budget_line")), cell(req.budget_line or not_given)],
        [cell(w.t("fin.first_year")), cell(first_shown)],
    ]
    v = r.verdict
    subject_id = v.proposed or v.recommended
    if subject_id is None:
        return [
            table(
                w.t("tab.finance", name=w.name(None)),
                [
                    column(w.t("fin.col.subject"), width=1.6),
                    column(w.t("fin.col.value"), width=2.4),
                ],
                rows,
            ),
            paragraph(w.t("fin.none")),
        ]
    subject = r.alternative(subject_id)
    e = subject.economics
    key = "fin.subject.proposed" if v.proposed else "fin.subject.recommended"
    rows += [
        [cell(w.t(key)), cell(w.name(subject.id), strong=True)],
        [cell(w.t("fin.one_time")), cell(w.money(e.one_time_total))],
        [cell(w.t("fin.yearly")), cell(w.money(e.yearly_total))],
    ]
    if e.exit:
        rows.append([cell(w.t("fin.exit")), cell(w.money(e.exit))])
    rows += [
        [
            cell(w.t("fin.nominal_total", count=e.horizon_years)),
            cell(w.money(e.nominal_total), strong=True),
        ],
        [cell(w.t("fin.present_value")), cell(w.money(e.present_value))],
        [cell(w.t("fin.against_budget")), cell(_against_budget(w, req.budget, e.nominal_total))],
    ]
    blocks: list[Block] = [
        table(
            w.t("tab.finance", name=w.name(subject.id)),
            [column(w.t("fin.col.subject"), width=1.6), column(w.t("fin.col.value"), width=2.4)],
            rows,
        )
    ]
    best = r.alternative(v.recommended) if v.recommended else None
    shown = [subject] if best is None or best.id == subject.id else [subject, best]
    columns = [column(w.t("fin.col.year"), "right", 0.9)]
    columns += [column(w.name(a.id), "right", 1.4) for a in shown]
    if len(shown) == 2:
        columns.append(column(w.t("fin.col.difference"), "right", 1.2))
    years: list[list[str]] = []
    for flows in zip(*(a.economics.cash_flows for a in shown), strict=True):
        line = [str(first + flows[0].year)] + [w.num(f.nominal) for f in flows]
        if len(shown) == 2:
            line.append(_signed(w, flows[0].nominal - flows[1].nominal))
        years.append(line)
    total = [w.t("fin.total")] + [w.num(a.economics.nominal_total) for a in shown]
    if len(shown) == 2:
        total.append(
            _signed(w, shown[0].economics.nominal_total - shown[1].economics.nominal_total)
        )
    blocks += [
        paragraph(w.t("fin.years.intro", count=e.horizon_years)),
        table(
            w.t("tab.finance_years"),
            columns,
            [[cell(value) for value in line] for line in [*years, total]],
            strong_last=True,
        ),
    ]
    if best is None:
        blocks.append(paragraph(w.t("fin.no_recommendation")))
    elif best.id == subject.id:
        blocks.append(paragraph(w.t("fin.same")))
    else:
        blocks.append(paragraph(_difference(w, subject, best), strong=True))
    return blocks


def _signed(w: Words, value: float) -> str:
    """A difference with its sign written out: "+1.000,00", "−500,00", "0,00"."""
    value = round(value, 2)
    if value > 0:
        return "+" + w.num(value)
    if value < 0:
        return "\u2212" + w.num(-value)
    return w.num(0)


SECTION = ReportSection("finance", "sec.finance", build)
