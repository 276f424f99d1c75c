# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The human summary of an evaluation, printed to standard error."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ossfirst.model.result import Result
from ossfirst.render.words import Words


def print_summary(result: Result, lang: str) -> None:
    """A ranking table and the verdict, for the person at the terminal."""
    words = Words(result, lang)
    console = Console(stderr=True, highlight=False, soft_wrap=False)
    table = Table(title=f"{result.request.id}: {result.request.title}", title_justify="left")
    table.add_column(words.t("col.rank"), justify="right")
    table.add_column(words.t("col.alternative"))
    table.add_column(words.t("col.category"))
    table.add_column(words.t("col.total"), justify="right")
    table.add_column(words.t("col.status"))
    order = result.ranking + [a.id for a in result.alternatives if not a.eligible]
    for alternative_id in order:
        alternative = result.alternative(alternative_id)
        status = (
            words.t("col.eligible")
            if alternative.eligible
            else f"{words.t('col.excluded')} ({len(alternative.knockouts)})"
        )
        table.add_row(
            str(alternative.rank or "–"),
            alternative.name,
            words.t(f"category.{alternative.category}"),
            words.num(alternative.total),
            status,
        )
    console.print(table)
    for alternative in result.alternatives:
        for knockout in alternative.knockouts:
            console.print(
                f"  {alternative.name}: {words.knockout(knockout)}", markup=False, style="dim"
            )
    verdict = result.verdict
    recommended = words.name(verdict.recommended) if verdict.recommended else "–"
    style = "green" if verdict.policy_holds else "bold red"
    console.print(f"{words.t('sum.recommendation')}: {recommended}", markup=False)
    console.print(words.status(), style=style, markup=False)
    # what the review of the justification found, even where it breaks nothing
    for reason in verdict.reasons:
        if reason.code.startswith(("justification-unanswered", "justification-cites")):
            console.print(words.message(reason), style="yellow", markup=False)
    if result.sensitivity is not None:
        console.print(f"{words.t('sum.robustness')}: {words.robustness()}", markup=False)
    if result.gaps:
        console.print(words.t("sum.gaps", count=len(result.gaps)), style="yellow", markup=False)
