# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst criteria``: browse a catalogue and print the resolved one."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.options import chosen_language
from ossfirst.errors import UsageError

if TYPE_CHECKING:
    from ossfirst.model.catalogue import Catalogue, Criterion

criteria_app = typer.Typer(help="Browse the criteria catalogue.", no_args_is_help=True)
app.add_typer(criteria_app, name="criteria")

CatalogueOption = Annotated[
    str,
    options.catalogue("A shipped catalogue name or the path of a local catalogue.", short=True),
]
LangOption = Annotated[str | None, options.lang()]


def _load(ref: str) -> Catalogue:
    from ossfirst.load.catalogue import load_catalogue

    return load_catalogue(ref)


#: The kinds of criterion in words.
_KINDS = {
    "assessed": ("bewertet", "assessed"),
    "computed": ("berechnet", "computed"),
    "knock-out": ("K.-o.", "knock-out"),
}


@criteria_app.command("list")
def list_criteria(catalogue: CatalogueOption = "standard", lang: LangOption = None) -> None:
    """List the dimensions and criteria of a catalogue."""
    from rich.console import Console
    from rich.table import Table

    language = chosen_language(lang)
    resolved = _load(catalogue)
    de = language == "de"
    table = Table(
        title=f"{resolved.title.get(language)} ({resolved.id} {resolved.version})",
        title_justify="left",
    )
    for index, heading in enumerate(
        (
            ("Kriterium", "Criterion"),
            ("Art", "Kind"),
            ("Gewicht", "Weight"),
            ("Mindestwert", "Floor"),
            ("Titel", "Title"),
        )
    ):
        table.add_column(heading[0] if de else heading[1], no_wrap=index < 4)
    for dimension in resolved.dimensions:
        table.add_section()
        table.add_row(dimension.id, "", "", "", dimension.title.get(language), style="bold")
        for criterion in resolved.criteria_of(dimension.id):
            kind = _KINDS[criterion.kind][0 if de else 1]
            table.add_row(
                criterion.id,
                kind,
                f"{criterion.weight:g}" if criterion.scored else "",
                str(criterion.floor or ""),
                criterion.title.get(language),
            )
    Console(highlight=False).print(table)


def _show_criterion(criterion: Criterion, language: str) -> str:
    de = language == "de"
    lines = [f"{criterion.id}: {criterion.title.get(language)}", ""]
    lines.append(f"{'Frage' if de else 'Question'}: {criterion.question.get(language)}")
    if criterion.guidance:
        lines.append(f"{'Hinweise' if de else 'Guidance'}: {criterion.guidance.get(language)}")
    lines.append(f"{'Art' if de else 'Kind'}: {_KINDS[criterion.kind][0 if de else 1]}")
    if criterion.scored:
        lines.append(f"{'Gewicht' if de else 'Weight'}: {criterion.weight:g}")
    if criterion.floor is not None:
        lines.append(f"{'Mindestwert' if de else 'Floor'}: {criterion.floor}")
    if criterion.computation is not None:
        computation = criterion.computation
        detail: str = computation.metric
        if computation.thresholds:
            detail += " " + ", ".join(f"{t:g}" for t in computation.thresholds)
        if computation.levels:
            detail += " " + ", ".join(f"{k}={v}" for k, v in computation.levels.items())
        lines.append(f"{'Berechnung' if de else 'Computation'}: {detail}")
    if criterion.levels:
        lines.append("")
        lines.append("Stufen:" if de else "Levels:")
        for level in sorted(criterion.levels, reverse=True):
            lines.append(f"  {level}  {criterion.levels[level].get(language)}")
    return "\n".join(lines) + "\n"


@criteria_app.command("show")
def show(
    criterion: Annotated[
        str | None,
        typer.Argument(
            help="A criterion id such as sovereignty.licence-freedom.",
            show_default=False,
            metavar="CRITERION",
        ),
    ] = None,
    catalogue: CatalogueOption = "standard",
    resolved: Annotated[
        bool,
        typer.Option(
            "--resolved",
            help="Print the whole resolved catalogue (after 'extends:') as YAML.",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Show one criterion, or with --resolved the effective catalogue."""
    language = chosen_language(lang)
    loaded = _load(catalogue)
    if resolved:
        import yaml

        data = loaded.model_dump(mode="json", exclude_none=True)
        sys.stdout.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
        return
    if criterion is None:
        raise UsageError(
            {
                "de": "Welches Kriterium? Geben Sie eine Kennung an oder --resolved.",
                "en": "Which criterion? Give an id, or --resolved.",
            }
        )
    found = loaded.criterion(criterion)
    if found is None:
        from ossfirst.load.validate import suggestion

        hint = suggestion(criterion, [c.id for c in loaded.criteria])
        raise UsageError(
            {
                "de": f"Das Kriterium '{criterion}' gibt es nicht ({hint['de']}).",
                "en": f"There is no criterion '{criterion}' ({hint['en']}).",
            }
        )
    sys.stdout.write(_show_criterion(found, language))
