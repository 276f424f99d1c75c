# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Levels of computed metrics and the weighted aggregation."""

from __future__ import annotations

import pytest

from ossfirst.engine.scoring import aggregate, level_of, ratio
from ossfirst.model.catalogue import Computation, Criterion, Text

T = Text(de="x", en="x")
LEVELS = dict.fromkeys(range(5), T)


@pytest.mark.parametrize(
    ("value", "level"),
    [(1.0, 4), (1.05, 4), (1.0500001, 3), (1.2, 3), (1.5, 2), (2.0, 1), (2.01, 0)],
)
def test_lower_is_better_thresholds(value: float, level: int) -> None:
    computation = Computation(metric="tco-ratio", thresholds=[1.05, 1.2, 1.5, 2.0])
    assert level_of(computation, value) == level


@pytest.mark.parametrize(("value", "level"), [(7, 4), (5, 4), (4, 3), (2, 2), (1, 1), (0, 0)])
def test_higher_is_better_thresholds(value: int, level: int) -> None:
    computation = Computation(metric="providers", thresholds=[5, 3, 2, 1])
    assert level_of(computation, float(value)) == level


def test_category_and_fixed_metrics() -> None:
    deployment = Computation(
        metric="deployment",
        levels={"on-premises": 4, "private-cloud": 3, "public-cloud": 2, "saas": 1},
    )
    assert level_of(deployment, "saas") == 1
    assert level_of(Computation(metric="licence-freedom"), 2.0) == 2


def test_ratio_with_zero_baseline() -> None:
    assert ratio(0, 0) == 1.0
    assert ratio(5, 0) is None
    assert ratio(6, 4) == 1.5


def criterion(cid: str, weight: float) -> Criterion:
    return Criterion(id=cid, kind="assessed", title=T, question=T, levels=LEVELS, weight=weight)


def test_weights_normalise_and_contributions_add_up() -> None:
    criteria = [criterion("a.x", 3), criterion("a.y", 1), criterion("b.z", 2)]
    weighted = aggregate(
        criteria, ["a", "b"], {"a": 60, "b": 40}, {"a.x": 4.0, "a.y": 0.0, "b.z": 2.0}
    )
    assert weighted.criterion == pytest.approx({"a.x": 45.0, "a.y": 15.0, "b.z": 40.0})
    assert weighted.dimension_score["a"] == pytest.approx(75.0)
    assert weighted.dimension_score["b"] == pytest.approx(50.0)
    total = sum(w * s / 4 for w, s in zip(weighted.criterion.values(), (4, 0, 2), strict=True))
    assert total == pytest.approx(0.6 * 75 + 0.4 * 50)


def test_renormalise_leaves_out_missing_and_rescales() -> None:
    criteria = [criterion("a.x", 1), criterion("a.y", 1), criterion("b.z", 1)]
    weighted = aggregate(
        criteria, ["a", "b"], {"a": 50, "b": 50}, {"a.x": 4.0, "a.y": None, "b.z": None}
    )
    assert weighted.criterion == {"a.x": 100.0}
    assert weighted.dimension == {"a": 100.0}
    assert weighted.dimension_score == {"a": 100.0, "b": None}
