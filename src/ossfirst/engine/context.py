# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What every stage of an alternative's evaluation needs from the whole request."""

from __future__ import annotations

from typing import NamedTuple

from ossfirst.engine import scoring, sovereignty, ufab
from ossfirst.engine.economics import economics
from ossfirst.engine.kept import per_catalogue
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.dates import add_months, horizon_end
from ossfirst.model.facts import Facts
from ossfirst.model.request import Request, award_settings
from ossfirst.model.result import Economics, MethodInfo


def price_criteria(catalogue: Catalogue) -> list[str]:
    """The criteria derived from the price, which UfAB's performance points leave out."""
    return [
        c.id
        for c in catalogue.criteria
        if c.computation is not None and c.computation.metric in ufab.PRICE_METRICS
    ]


class Context:
    """What every alternative's evaluation needs from the whole request."""

    def __init__(
        self,
        catalogue: Catalogue,
        request: Request,
        facts: Facts,
        method: MethodInfo,
        relaxed: frozenset[tuple[str, str]] = frozenset(),
        economics_of: dict[str, Economics] | None = None,
    ) -> None:
        self.catalogue = catalogue
        #: Knock-outs, as (code, ref), that exclude nobody in this evaluation (what the
        #: decision would be without them; must-requirements are relaxed in the request).
        self.relaxed = relaxed
        self.request = request
        self.facts = facts
        self.method = method
        #: Each alternative's economics (``economics_of``: as another context of the same
        #: alternatives and method computed them).
        self.economics = economics_of or {
            a.id: economics(a.costs, method.horizon_years, method.discount_rate.value)
            for a in request.alternatives
        }
        # The TCO baseline is the cheapest alternative that meets the need (all must-
        # requirements met); one that does not meet it should not set the price.
        qualifying = [a.id for a in request.alternatives if scoring.meets_musts(request, a)]
        pool = qualifying or [a.id for a in request.alternatives]
        self.tco_baseline = min(self.economics[i].present_value for i in pool)
        self.stale_before = add_months(request.date, -method.evidence_expiry_months)
        self.horizon_end = horizon_end(request.date, method.horizon_years)
        self.award = award_settings(catalogue, request)
        self.zero_rule = method.missing_data == "zero"
        shared = _shared(catalogue, method.profile)
        self.dimensions = shared.dimensions
        self.dimension_weights = shared.dimension_weights
        self.profile_weights = shared.profile_weights
        self.criterion_weights = shared.criterion_weights
        #: What the aggregation sums per dimension (:func:`~.scoring.groups`).
        self.groups = shared.groups
        self.price_criteria = shared.price_criteria
        framework = catalogue.sovereignty_framework
        self.seal_minimum = (
            sovereignty.minimums(framework, request.minimum_seal) if framework else {}
        )


class _Shared(NamedTuple):
    """What a context takes from the catalogue and the profile alone (read, never changed)."""

    dimensions: list[str]
    dimension_weights: dict[str, float]
    profile_weights: list[float]
    criterion_weights: dict[str, float]
    groups: scoring.Groups
    price_criteria: list[str]


# The requests of a batch mostly share a catalogue, and an evaluation makes a context for
# each relaxation it tries.
@per_catalogue
def _shared(catalogue: Catalogue, profile: str) -> _Shared:
    dimensions = [d.id for d in catalogue.dimensions]
    dimension_weights = catalogue.profiles[profile].weights
    return _Shared(
        dimensions,
        dimension_weights,
        [dimension_weights[d] for d in dimensions],
        {c.id: c.weight for c in catalogue.criteria},
        scoring.groups(catalogue.criteria, dimensions),
        price_criteria(catalogue),
    )
