# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst weights ahp``: weights from pairwise comparisons, written as a catalogue."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.options import chosen_language

if TYPE_CHECKING:
    from ossfirst.engine.ahp import Elicitation, Inconsistency
    from ossfirst.errors import Problem
    from ossfirst.load.pairwise import LoadedPairwise

weights_app = typer.Typer(help="Derive weights for a catalogue.", no_args_is_help=True)
app.add_typer(weights_app, name="weights")

#: How many of the most inconsistent judgements a refusal names.
SHOWN_INCONSISTENCIES = 3


def _number(value: float, lang: str, decimals: int) -> str:
    from ossfirst.texts import number

    return number(value, lang, decimals)


def _label(loaded: LoadedPairwise, item: str, lang: str) -> str:
    catalogue = loaded.catalogue
    for dimension in catalogue.dimensions:
        if dimension.id == item:
            return f"{item} ({dimension.title.get(lang)})"
    criterion = catalogue.criterion(item)
    return f"{item} ({criterion.title.get(lang)})" if criterion else item


def _print_table(loaded: LoadedPairwise, result: Elicitation, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from ossfirst.engine.ahp import MAX_RATIO, percentages
    from ossfirst.texts import text

    table = Table(title=text("weights.title", lang), title_justify="left")
    table.add_column(text("weights.item", lang))
    table.add_column(text("weights.weight", lang), justify="right")
    for item, share in zip(result.items, percentages(result.weights), strict=True):
        table.add_row(_label(loaded, item, lang), f"{_number(share, lang, 1)} %")
    console = Console(highlight=False, soft_wrap=False)
    console.print(table)
    limit = _number(MAX_RATIO, lang, 2)
    verdict = text(
        "weights.accepted" if result.consistent else "weights.refused", lang, limit=limit
    )
    sys.stdout.write(
        f"lambda_max = {_number(result.lambda_max, lang, 4)}, "
        f"CI = {_number(result.ci, lang, 4)}, RI = {_number(result.ri, lang, 2)}, "
        f"CR = {_number(result.cr, lang, 4)} ({verdict})\n"
    )


def _refusal(loaded: LoadedPairwise, result: Elicitation, lang: str) -> list[Problem]:
    """The most inconsistent judgements, each at its place in the file."""
    from ossfirst.errors import Problem
    from ossfirst.texts import both

    problems = []
    cr = {code: _number(result.cr, code, 2) for code in ("de", "en")}
    for entry in result.inconsistencies[:SHOWN_INCONSISTENCIES]:
        problems.append(
            Problem(
                loaded.locate(("judgements", entry.index, "by")),
                {code: _inconsistency(entry, code, cr[code]) for code in ("de", "en")},
                both("weights.hint.inconsistent"),
                "pairwise-inconsistent",
            )
        )
    return problems


def _inconsistency(entry: Inconsistency, lang: str, cr: str) -> str:
    from ossfirst.texts import text

    more, than, given = entry.judgement.more, entry.judgement.than, entry.judgement.by
    implied = entry.implied
    said = text("weights.said", lang, more=more, than=than, given=given)
    if implied >= 1:
        other = text("weights.implied", lang, times=_number(implied, lang, 1))
    else:
        times = _number(1 / implied, lang, 1)
        other = text("weights.implied-reverse", lang, more=more, than=than, times=times)
    return text("weights.inconsistent", lang, cr=cr, said=said, other=other)


def catalogue_text(loaded: LoadedPairwise, result: Elicitation, target: Path) -> str:
    """A local catalogue that extends the compared one with the elicited weights: a profile
    (dimensions) or weight overrides (criteria of one dimension)."""
    import yaml

    from ossfirst.engine.ahp import percentages
    from ossfirst.load.catalogue import pinned_ref, split_ref
    from ossfirst.texts import both

    pairwise = loaded.pairwise
    base = pairwise.catalogue
    if split_ref(base) is None:
        base_path = (loaded.path.parent / base).resolve()
        base = Path(os.path.relpath(base_path, target.resolve().parent)).as_posix()
    else:
        # the weights were judged against this version; a later one may have other criteria
        base = pinned_ref(loaded.catalogue.id, loaded.catalogue.version)
    shares = dict(zip(result.items, percentages(result.weights), strict=True))
    cr = {code: _number(result.cr, code, 2) for code in ("de", "en")}
    data: dict[str, object] = {"ossfirst_catalogue": 1}
    if pairwise.profile is not None:
        profile = pairwise.profile
        title = {"de": profile.title.de, "en": profile.title.en}
        rationale = {"de": profile.rationale.de, "en": profile.rationale.en}
        data |= {
            "id": profile.id,
            "version": "1",
            "title": both("weights.profile-title", title=title),
            "extends": base,
            "policy": {"default_profile": profile.id},
            "profiles": {
                profile.id: {
                    "title": title,
                    "rationale": both("weights.rationale", rationale=rationale, cr=cr),
                    "weights": shares,
                }
            },
        }
    else:
        dimension = next(d for d in loaded.catalogue.dimensions if d.id == pairwise.dimension)
        data |= {
            "id": f"{dimension.id}-ahp",
            "version": "1",
            "title": both(
                "weights.overrides-title",
                title={"de": dimension.title.de, "en": dimension.title.en},
            ),
            "extends": base,
            "overrides": {item: {"weight": share} for item, share in shares.items()},
        }
    header = (
        f"# Weights from the pairwise comparisons in {loaded.path.name} (AHP):\n"
        f"# lambda_max = {result.lambda_max:.4f}, CI = {result.ci:.4f}, RI = {result.ri:.2f}, "
        f"CR = {result.cr:.4f} (accepted: CR <= 0.10).\n"
        "# Written by `ossfirst weights ahp`; name this file as `catalogue:` in a request.\n"
    )
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return header + body


@weights_app.command("ahp")
def ahp(
    pairwise: Annotated[
        Path,
        typer.Argument(
            help="The pairwise comparisons (YAML).", show_default=False, metavar="PAIRWISE"
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write a catalogue that extends the compared one with the weights (a profile, "
            "or criterion weights).",
        ),
    ] = None,
    lang: Annotated[str | None, options.lang()] = None,
) -> None:
    """Weights from pairwise comparisons on the 1-9 scale (AHP).

    Prints the weights, lambda_max, CI and CR. Judgements with CR > 0.10 are refused
    (exit 2) naming the most inconsistent ones, and nothing is written.
    """
    from ossfirst.engine.ahp import elicit
    from ossfirst.errors import InputError
    from ossfirst.load.catalogue import is_path
    from ossfirst.load.pairwise import read_pairwise
    from ossfirst.output import check_target, write_files
    from ossfirst.texts import text

    if output is not None:
        check_target(output, [pairwise])  # before any work: not onto its own input

    language = chosen_language(lang)
    loaded = read_pairwise(pairwise)
    result = elicit(loaded.items, loaded.judgements())
    _print_table(loaded, result, language)
    if not result.consistent:
        raise InputError(_refusal(loaded, result, language))
    if output is not None:
        inputs = [pairwise]
        if is_path(loaded.pairwise.catalogue):
            inputs.append(pairwise.parent / loaded.pairwise.catalogue)
        write_files({output: catalogue_text(loaded, result, output).encode("utf-8")}, inputs)
        sys.stderr.write(text("cli.written-to", language, output=output) + "\n")
