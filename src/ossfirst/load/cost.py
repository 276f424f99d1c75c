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


def _numbers(value: int) -> dict[str, str]:
    """A whole number as each language writes it (texts.number), loaded only for a request
    refused."""
    from ossfirst.texts import LANGS, number

    return {lang: number(value, lang, 0) for lang in LANGS}


def _problem(location: Location, message: dict[str, str], hint: dict[str, str]) -> Problem:
    return Problem(location, message, hint, "limit")


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language, loaded only for a request refused."""
    from ossfirst.texts import both

    return both(key, **params)


def cost_problems(loaded: LoadedRequest, catalogue: Catalogue) -> list[Problem]:
    """What the request would cost beyond the limits, each at the entry that crosses one."""
    request = loaded.request
    problems: list[Problem] = []
    alternatives = len(request.alternatives)
    requirements = len(request.requirements)
    if alternatives * requirements > limits.COVERAGE_CELLS:
        allowed = limits.COVERAGE_CELLS // alternatives
        problems.append(
            _problem(
                loaded.locate(("requirements", allowed)),
                _both(
                    "limit.coverage",
                    alternatives=alternatives,
                    allowed=allowed,
                    cells=_numbers(limits.COVERAGE_CELLS),
                ),
                _both("limit.hint.coverage"),
            )
        )
    own = request.sensitivity.draws if request.sensitivity is not None else None
    draws = own if own is not None else catalogue.policy.sensitivity.draws
    # an alternative with its gaps closed is decided in every draw too
    alternatives += sum(a.gap_closing is not None for a in request.alternatives)
    if draws * alternatives > limits.DRAW_WORK:
        allowed = limits.DRAW_WORK // alternatives
        whose = (
            {"de": "", "en": ""}
            if own is not None
            else _both("limit.draws-of-catalogue", catalogue=catalogue.id)
        )
        where = (
            loaded.locate(("sensitivity", "draws"))
            if own is not None
            else loaded.locate(("alternatives",), prefer_key=True)
        )
        problems.append(
            _problem(
                where,
                _both(
                    "limit.draws",
                    draws=_numbers(draws),
                    whose=whose,
                    alternatives=alternatives,
                    work=_numbers(limits.DRAW_WORK),
                ),
                _both("limit.hint.draws", allowed=allowed),
            )
        )
    return problems
