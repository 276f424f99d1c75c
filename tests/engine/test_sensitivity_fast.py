# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The fast paths of the robustness analysis decide every weighting exactly as the plain
code does: the rounding, the one-pass deciders of every award method, the alternatives left
out as dominated, and the clearance that settles most weightings with a few sums."""

from __future__ import annotations

import math
import operator
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ossfirst.engine import sensitivity
from ossfirst.engine.sensitivity import (
    Contender,
    Screen,
    clearance,
    decider,
    monte_carlo,
    round2,
    screening,
)
from ossfirst.model.catalogue import AwardPolicy


@given(st.floats(0, 100, allow_nan=False))
def test_round2_is_round(value: float) -> None:
    assert round2(value) == round(value, 2)


@pytest.mark.parametrize("hundredths", range(0, 10001, 7))
def test_round2_is_round_next_to_every_half(hundredths: int) -> None:
    half = (hundredths + 0.5) / 100
    for value in (math.nextafter(half, 0), half, math.nextafter(half, 200)):
        assert round2(value) == round(value, 2)


CATEGORIES = st.sampled_from(["reuse", "open-source", "proprietary"])
SCORE = st.one_of(st.integers(0, 400).map(lambda v: v / 4), st.floats(0, 100))
AWARDS = st.one_of(
    st.just(AwardPolicy()),
    st.builds(
        AwardPolicy,
        method=st.just("ufab-simple"),
        margin_percent=st.sampled_from([0.0, 5.0, 10.0]),
    ),
    st.builds(
        AwardPolicy,
        method=st.just("ufab-extended"),
        corridor=st.sampled_from([0.0, 0.03, 0.05, 0.1]),
        tie_breaker=st.sampled_from(["lowest-price", "highest-performance"]),
        margin_percent=st.sampled_from([0.0, 10.0]),
    ),
    st.builds(
        AwardPolicy,
        method=st.just("price-points"),
        conversion=st.sampled_from(["ratio", "one-sided"]),
        price_weight=st.sampled_from([0.2, 0.3, 0.5]),
    ),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Contender], AwardPolicy, float, list[float]]:
    dims = draw(st.integers(2, 5))
    count = draw(st.integers(2, 5))
    contenders = []
    prices = st.sampled_from([100_000.0, 150_000.0, 200_000.0, 320_000.0])
    for index in range(count):
        scores = tuple(draw(SCORE) for _ in range(dims))
        # L leaves out the price criteria: lower or equal in the price's dimension
        performance = (draw(SCORE), *scores[1:])
        if draw(st.booleans()) and index:  # a copy that is no better: dominated
            other = contenders[0]
            scores = tuple(max(0.0, s - 1) for s in other.scores)
            performance = tuple(max(0.0, s - 1) for s in other.performance)  # type: ignore[operator]
        contenders.append(
            Contender(f"alt{index}", draw(CATEGORIES), scores, performance, draw(prices))
        )
    profile = [float(draw(st.integers(1, 100))) for _ in range(dims)]
    return contenders, draw(AWARDS), draw(st.sampled_from([0.0, 5.0, 10.0])), profile


@settings(max_examples=300, deadline=None)
@given(cases(), st.integers(0, 2**32))
def test_the_fast_deciders_agree_with_the_exact_one(
    case: tuple[list[Contender], AwardPolicy, float, list[float]], seed: int
) -> None:
    contenders, award, margin, profile = case
    exact = decider(contenders, award, margin)
    fast = decider(contenders, award, margin, fast=True)
    cleared = decider(contenders, award, margin, fast=True, profile=profile)
    generator = random.Random(seed)
    for concentration in (5.0, 60.0, 500.0):
        for _ in range(60):
            weights = [generator.gammavariate(concentration * w / 100, 1.0) for w in profile]
            assert fast(weights) == exact(weights) == cleared(weights)


@settings(max_examples=300, deadline=None)
@given(cases(), st.integers(0, 2**32))
def test_a_cleared_weighting_recommends_the_profiles_choice(
    case: tuple[list[Contender], AwardPolicy, float, list[float]], seed: int
) -> None:
    contenders, award, margin, profile = case
    exact = decider(contenders, award, margin)
    base = exact(profile)
    assert base is not None
    vectors = clearance(contenders, award, margin, base, profile)
    if vectors is None:
        return
    generator = random.Random(seed)
    for _ in range(200):
        weights = [generator.gammavariate(60 * w / 100, 1.0) for w in profile]
        if all(
            math.fsum(w * v for w, v in zip(weights, vector, strict=True)) > 0 for vector in vectors
        ):
            assert exact(weights) == base


def test_clearance_settles_most_weightings_of_a_clear_case() -> None:
    contenders = [
        Contender("oss", "open-source", (80.0, 70.0, 75.0), (80.0, 70.0, 75.0), 100_000.0),
        Contender("prop", "proprietary", (70.0, 72.0, 60.0), (70.0, 72.0, 60.0), 120_000.0),
        Contender("oss-b", "open-source", (79.0, 69.0, 70.0), (79.0, 69.0, 70.0), 100_000.0),
    ]
    profile = [40.0, 30.0, 30.0]
    vectors = clearance(contenders, AwardPolicy(), 10.0, "oss", profile)
    # oss-b is dominated by oss (same class, smaller id, no better anywhere): left out
    assert vectors is not None and len(vectors) == 1
    extended = AwardPolicy(method="ufab-extended", corridor=0.05, tie_breaker="lowest-price")
    assert clearance(contenders, extended, 10.0, "oss", profile) is not None


@settings(max_examples=60, deadline=None)
@given(cases(), st.integers(0, 2**32), st.sampled_from([5.0, 60.0, 500.0]))
def test_the_screened_draws_count_as_the_plain_ones(
    case: tuple[list[Contender], AwardPolicy, float, list[float]], seed: int, concentration: float
) -> None:
    # the weightings the screen settles at once are those the decider gives its base
    contenders, award, margin, profile = case
    decide = decider(contenders, award, margin, fast=True, profile=profile)
    screen = screening(contenders, award, margin, profile)
    ids = [c.id for c in contenders]
    plain = monte_carlo(decide, ids, profile, 600, concentration, seed)
    assert monte_carlo(decide, ids, profile, 600, concentration, seed, screen) == plain


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 8),
    st.lists(st.floats(-1e6, 1e6), min_size=8, max_size=8),
    st.integers(0, 2**32),
    st.sampled_from([1e-300, 1e-9, 1.0, 1e3]),
)
def test_a_weighting_the_screen_passes_has_a_positive_exact_sum(
    dims: int, vector: list[float], seed: int, scale: float
) -> None:
    # weightings on and next to the plane sum_d w_d v_d = 0, where the plain sum and the
    # exact one differ in sign most easily
    generator = random.Random(seed)
    vector = [v * scale for v in vector[:dims]]
    points = []
    for _ in range(300):
        weights = [generator.uniform(0.0, 3.0) for _ in range(dims)]
        last = vector[-1]
        if last:
            rest = math.fsum(w * v for w, v in zip(weights, vector[:-1], strict=False))
            weights[-1] = abs(-rest / last)
            for _ in range(generator.randrange(4)):
                weights[-1] = math.nextafter(weights[-1], generator.choice([0.0, math.inf]))
        points.append(tuple(weights))
    heaviest = [max(column) for column in zip(*points, strict=True)]
    bounds = sensitivity._bounds(Screen("a", [vector]), heaviest)
    doubtful = set(sensitivity._doubtful(points, [vector], bounds))
    for point in points:
        exact = math.fsum(map(operator.mul, point, vector))
        if point not in doubtful:
            assert exact > 0


@settings(max_examples=150, deadline=None)
@given(cases())
def test_the_screened_grid_finds_the_thresholds_the_plain_one_finds(
    case: tuple[list[Contender], AwardPolicy, float, list[float]],
) -> None:
    contenders, award, margin, profile = case
    exact = decider(contenders, award, margin)
    base = exact(profile)
    assert base is not None
    fast = decider(contenders, award, margin, fast=True, profile=profile)
    screen = screening(contenders, award, margin, profile)
    dims = [f"d{i}" for i in range(len(profile))]
    plain = sensitivity.one_at_a_time(exact, dims, profile, base, scan=fast)
    assert sensitivity.one_at_a_time(exact, dims, profile, base, fast, screen) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.floats(0.0, 100.0), min_size=2, max_size=6).filter(lambda w: sum(w) > 0),
    st.integers(0, 5),
    st.lists(st.floats(-1e4, 1e4), min_size=6, max_size=6),
    st.integers(0, 200),
)
def test_a_grid_weight_the_screen_passes_is_cleared_exactly(
    profile: list[float], index: int, vector: list[float], step: int
) -> None:
    # the vector is tilted so that its sum crosses zero near the grid weight
    index %= len(profile)
    weights = [100.0 * w / math.fsum(profile) for w in profile]
    if weights[index] >= 100.0:
        return
    vector = vector[: len(weights)]
    point = step * sensitivity.GRID_STEP
    changed = sensitivity.rescaled(weights, index, point)
    if changed[index] == 0.0:
        return
    rest = math.fsum(
        c * v for j, (c, v) in enumerate(zip(changed, vector, strict=True)) if j != index
    )
    for nudge in (-1e-12, -1e-15, 0.0, 1e-15, 1e-13, 1e-12):
        vector[index] = -rest / changed[index] * (1.0 + nudge)
        passes = sensitivity._grid_cleared(Screen("a", [vector]), weights, index)
        assert passes is not None
        if passes(point):
            assert math.fsum(map(operator.mul, changed, vector)) > 0
