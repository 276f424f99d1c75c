# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The human summary of an evaluation, printed to standard error."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ossfirst.errors import printable
from ossfirst.model.result import Result
from ossfirst.words import Words


def print_summary(result: Result, lang: str) -> None:
    """A ranking table and the verdict, for the person at the terminal.

    Request text is data here as in the reports: the console interprets no markup (a name
    ``[link=...]`` is no hyperlink, ``[/bold]`` no error) and no emoji codes, and control and
    bidirectional-formatting characters are shown as escapes (no escape sequence, no window
    title, no reordered text reaches the terminal)."""
    words = Words(result, lang)
    console = Console(stderr=True, highlight=False, soft_wrap=False, markup=False, emoji=False)
    title = printable(f"{result.request.id}: {result.request.title}")
    table = Table(title=title, title_justify="left")
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
            printable(alternative.name),
            words.t(f"category.{alternative.category}"),
            words.num(alternative.total),
            status,
        )
    console.print(table)
    for alternative in result.alternatives:
        for knockout in alternative.knockouts:
            console.print(
                printable(f"  {alternative.name}: {words.knockout(knockout)}"),
                markup=False,
                style="dim",
            )
    verdict = result.verdict
    recommended = words.name(verdict.recommended) if verdict.recommended else "–"
    style = "green" if verdict.policy_holds else "bold red"
    console.print(printable(f"{words.t('sum.recommendation')}: {recommended}"), markup=False)
    console.print(printable(words.status()), style=style, markup=False)
    # what the review of the justification found, even where it breaks nothing
    for reason in verdict.reasons:
        if reason.code.startswith(
            ("justification-unanswered", "justification-cites", "relaxing-admits", "ways-on")
        ):
            console.print(printable(words.message(reason)), style="yellow", markup=False)
    if result.sensitivity is not None:
        console.print(printable(f"{words.t('sum.robustness')}: {words.robustness()}"), markup=False)
    if result.gaps:
        console.print(words.t("sum.gaps", count=len(result.gaps)), style="yellow", markup=False)
