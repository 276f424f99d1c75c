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


@criteria_app.command("list")
def list_criteria(catalogue: CatalogueOption = "standard", lang: LangOption = None) -> None:
    """List the dimensions and criteria of a catalogue."""
    from rich.console import Console
    from rich.table import Table

    from ossfirst.texts import text

    language = chosen_language(lang)
    resolved = _load(catalogue)
    table = Table(
        title=f"{resolved.title.get(language)} ({resolved.id} {resolved.version})",
        title_justify="left",
    )
    for index, heading in enumerate(("criterion", "kind", "weight", "floor", "title")):
        table.add_column(text(f"criteria.{heading}", language), no_wrap=index < 4)
    for dimension in resolved.dimensions:
        table.add_section()
        table.add_row(dimension.id, "", "", "", dimension.title.get(language), style="bold")
        for criterion in resolved.criteria_of(dimension.id):
            kind = text(f"criteria.kind.{criterion.kind}", language)
            table.add_row(
                criterion.id,
                kind,
                f"{criterion.weight:g}" if criterion.scored else "",
                str(criterion.floor or ""),
                criterion.title.get(language),
            )
    Console(highlight=False).print(table)


def _show_criterion(criterion: Criterion, language: str) -> str:
    from ossfirst.texts import text

    def label(name: str) -> str:
        return text(f"criteria.{name}", language)

    lines = [f"{criterion.id}: {criterion.title.get(language)}", ""]
    lines.append(f"{label('question')}: {criterion.question.get(language)}")
    if criterion.guidance:
        lines.append(f"{label('guidance')}: {criterion.guidance.get(language)}")
    lines.append(f"{label('kind')}: {label('kind.' + criterion.kind)}")
    if criterion.scored:
        lines.append(f"{label('weight')}: {criterion.weight:g}")
    if criterion.floor is not None:
        lines.append(f"{label('floor')}: {criterion.floor}")
    if criterion.computation is not None:
        computation = criterion.computation
        detail: str = computation.metric
        if computation.thresholds:
            detail += " " + ", ".join(f"{t:g}" for t in computation.thresholds)
        if computation.levels:
            detail += " " + ", ".join(f"{k}={v}" for k, v in computation.levels.items())
        lines.append(f"{label('computation')}: {detail}")
    if criterion.levels:
        lines.append("")
        lines.append(f"{label('levels')}:")
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
        from ossfirst.texts import both

        raise UsageError(both("criteria.which"))
    found = loaded.criterion(criterion)
    if found is None:
        from ossfirst.load.validate import suggestion
        from ossfirst.texts import both

        hint = suggestion(criterion, [c.id for c in loaded.criteria])
        raise UsageError(both("criteria.unknown", criterion=criterion, hint=hint))
    sys.stdout.write(_show_criterion(found, language))
