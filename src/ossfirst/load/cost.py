# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Limits on what a request costs together, beyond the limits of each list and text.

Some work grows with a product: the coverage table has a cell per alternative and
requirement, the robustness analysis decides every Monte-Carlo draw for every alternative.
Each product is bounded (:mod:`ossfirst.model.limits`) and refused at the entry that crosses
the bound, naming it, before any of that work is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ossfirst.errors import Location, Problem
from ossfirst.model import limits

if TYPE_CHECKING:
    from ossfirst.load.request import LoadedRequest
    from ossfirst.model.catalogue import Catalogue


def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def _problem(location: Location, de: str, en: str, hint_de: str, hint_en: str) -> Problem:
    return Problem(location, {"de": de, "en": en}, {"de": hint_de, "en": hint_en}, "limit")


def cost_problems(loaded: LoadedRequest, catalogue: Catalogue) -> list[Problem]:
    """What the request would cost beyond the limits, each at the entry that crosses one."""
    request = loaded.request
    problems: list[Problem] = []
    alternatives = len(request.alternatives)
    requirements = len(request.requirements)
    if alternatives * requirements > limits.COVERAGE_CELLS:
        allowed = limits.COVERAGE_CELLS // alternatives
        cells_de, cells_en = (_number(limits.COVERAGE_CELLS, lang) for lang in ("de", "en"))
        problems.append(
            _problem(
                loaded.locate(("requirements", allowed)),
                f"Bei {alternatives} Alternativen sind höchstens {allowed} Anforderungen "
                f"möglich: jede Alternative gibt ihre Erfüllung jeder Anforderung an, "
                f"höchstens {cells_de} Angaben im Ganzen.",
                f"With {alternatives} alternatives at most {allowed} requirements are possible: "
                f"each alternative states its coverage of each, at most {cells_en} statements "
                "in all.",
                "fassen Sie Anforderungen zusammen oder teilen Sie den Antrag",
                "merge requirements or split the request",
            )
        )
    own = request.sensitivity.draws if request.sensitivity is not None else None
    draws = own if own is not None else catalogue.policy.sensitivity.draws
    # an alternative with its gaps closed is decided in every draw too
    alternatives += sum(a.gap_closing is not None for a in request.alternatives)
    if draws * alternatives > limits.DRAW_WORK:
        work_de, work_en = (_number(limits.DRAW_WORK, lang) for lang in ("de", "en"))
        allowed = limits.DRAW_WORK // alternatives
        whose_de = "" if own is not None else f" (aus dem Katalog '{catalogue.id}')"
        whose_en = "" if own is not None else f" (from the catalogue '{catalogue.id}')"
        where = (
            loaded.locate(("sensitivity", "draws"))
            if own is not None
            else loaded.locate(("alternatives",), prefer_key=True)
        )
        problems.append(
            _problem(
                where,
                f"{_number(draws, 'de')} Monte-Carlo-Ziehungen{whose_de} für {alternatives} "
                f"Alternativen sind zu viel: höchstens {work_de} Ziehungen × Alternativen.",
                f"{_number(draws, 'en')} Monte-Carlo draws{whose_en} for {alternatives} "
                f"alternatives are too many: at most {work_en} draws × alternatives.",
                f"setzen Sie 'sensitivity: {{draws: {allowed}}}' oder weniger (oder --draws "
                "beim Aufruf)",
                f"set 'sensitivity: {{draws: {allowed}}}' or fewer (or --draws on the command "
                "line)",
            )
        )
    return problems
