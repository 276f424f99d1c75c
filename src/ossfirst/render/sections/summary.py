# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Summary: recommendation, verdict and robustness, the reasons, the justification and how
it answers the comparison."""

from __future__ import annotations

from ossfirst.render.document import (
    Block,
    Field,
    Verdict,
    bullets,
    cell,
    clean,
    column,
    paragraph,
    quote,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection


def essentials(ctx: Context) -> list[Block]:
    """The verdict box (recommendation, verdict, robustness), the reasons and the
    justification: the summary as the short version shows it."""
    w, r, v = ctx.words, ctx.result, ctx.result.verdict
    if v.recommended:
        best = r.alternative(v.recommended)
        recommendation = (
            f"{w.name(v.recommended)} ({w.t('category.' + best.category)}, "
            f"{w.t('sum.points', total=w.num(best.total))})"
        )
    else:
        recommendation = w.t("sum.no_recommendation")
    rows = [
        Field(w.t("sum.recommendation"), clean(recommendation)),
        Field(w.t("sum.verdict"), w.status()),
    ]
    if r.sensitivity or w.hangs_on():
        rows.append(Field(w.t("sum.robustness"), clean(w.robustness())))
    blocks: list[Block] = [
        Verdict(
            holds=v.policy_holds,
            rows=tuple(rows),
            policy=w.t("sum.policy_holds" if v.policy_holds else "sum.policy_violated"),
        ),
        paragraph(w.t("sum.reasons") + ":"),
        bullets([("", w.message(reason)) for reason in v.reasons]),
    ]
    if v.justification:
        blocks.append(quote(w.t("sum.justification"), v.justification))
    return blocks


def build(ctx: Context) -> list[Block]:
    w, v = ctx.words, ctx.result.verdict
    blocks = essentials(ctx)
    review = v.justification_review
    if review is not None:
        blocks.append(paragraph(f"{w.t('rev.title')}: {w.review_intro()}"))
        if review.points:
            blocks.append(
                table(
                    w.t("rev.title"),
                    [
                        column(w.t("rev.col.point"), width=2.6),
                        column(w.t("rev.col.standing"), width=3.2),
                        column(w.t("rev.col.named"), width=1.2),
                    ],
                    [[cell(a), cell(b), cell(c)] for a, b, c in w.review_rows()],
                )
            )
        unsupported = w.unsupported()
        if unsupported:
            blocks.append(paragraph(w.t("rev.cited") + ":"))
            blocks.append(bullets([("", line) for line in unsupported]))
    return blocks


SECTION = ReportSection("summary", "sec.summary", build)
