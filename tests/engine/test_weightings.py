# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The quasi-random weightings of the robustness analysis: the Sobol' points, the strata
of the Gamma distribution (against closed forms computed here independently), the sets
and the precision of a share."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable

import pytest

from ossfirst.engine import weightings
from ossfirst.engine.weightings import precision, sobol_columns, strata_means, weighting_sets

# The first 8 points of the Sobol' sequence in 6 dimensions with the direction numbers of
# Joe and Kuo (new-joe-kuo-6.21201), in natural order, times 16: as printed by
# scipy.stats.qmc.Sobol(6, scramble=False, bits=4).random_base2(3) * 16 (scipy 1.17.1).
SOBOL_8 = [
    (0, 0, 0, 0, 0, 0),
    (8, 8, 8, 8, 8, 8),
    (12, 4, 4, 4, 12, 12),
    (4, 12, 12, 12, 4, 4),
    (6, 6, 10, 14, 6, 2),
    (14, 14, 2, 6, 14, 10),
    (10, 2, 14, 10, 10, 14),
    (2, 10, 6, 2, 2, 6),
]


def test_the_sobol_points_are_those_of_joe_and_kuo() -> None:
    columns = sobol_columns(6, 8, 4, random.Random(1))
    points = list(zip(*columns, strict=True))
    assert points[0] == (0,) * 6 and points[1] == (8,) * 6  # Gray-code order starts so
    assert sorted(points) == sorted(SOBOL_8)


@pytest.mark.parametrize("dims", [5, 32])
def test_each_dimension_and_the_first_pair_are_stratified(dims: int) -> None:
    # the first 2**m points of a Sobol' sequence: every coordinate takes every value once,
    # and dimensions 1 and 2 form a (0, m, 2)-net (one point in every box of area 2**-m)
    columns = sobol_columns(dims, 512, 9, random.Random(1))
    for column in columns:
        assert sorted(column) == list(range(512))
    for rows in range(10):
        boxes = {(x >> rows, y >> (9 - rows)) for x, y in zip(columns[0], columns[1], strict=True)}
        assert len(boxes) == 512


def test_dimensions_beyond_the_table_are_latin_hypercube_columns() -> None:
    columns = sobol_columns(35, 300, 9, random.Random(7))
    assert len(columns) == 35
    for column in columns[32:]:
        assert len(column) == 300 and len(set(column)) == 300
        assert all(0 <= cell < 512 for cell in column)
    assert columns[33] != columns[34]


def _bisect(cdf: Callable[[float], float], p: float) -> float:
    low, high = 0.0, 1.0
    while cdf(high) < p:
        high *= 2.0
    for _ in range(200):
        middle = 0.5 * (low + high)
        if cdf(middle) < p:
            low = middle
        else:
            high = middle
    return 0.5 * (low + high)


def _erlang(n: int) -> Callable[[float], float]:
    """P(n, x) for an integer n: 1 - exp(-x) sum_{k<n} x**k / k!."""
    return lambda x: 1.0 - math.exp(-x) * math.fsum(x**k / math.factorial(k) for k in range(n))


def _half_integer(x: float) -> float:
    """P(1.5, x) (and P(0.5, x) = erf(sqrt(x)))."""
    return math.erf(math.sqrt(x)) - 2.0 * math.sqrt(x / math.pi) * math.exp(-x)


CLOSED_FORMS: dict[float, tuple[Callable[[float], float], Callable[[float], float]]] = {
    # alpha: (P(alpha, x), P(alpha + 1, x))
    0.5: (lambda x: math.erf(math.sqrt(x)), _half_integer),
    1.0: (_erlang(1), _erlang(2)),
    3.0: (_erlang(3), _erlang(4)),
    12.0: (_erlang(12), _erlang(13)),
}


@pytest.mark.parametrize("alpha", sorted(CLOSED_FORMS))
def test_strata_means_equal_the_closed_forms(alpha: float) -> None:
    # stratum k of K: [F^-1(k / K), F^-1((k + 1) / K)]; its mean x is
    # K * alpha * (P(alpha + 1, b) - P(alpha + 1, a)) since x f_alpha(x) = alpha f_alpha+1(x)
    cdf, moment = CLOSED_FORMS[alpha]
    cells = 512
    means = strata_means(alpha, 9)
    assert len(means) == cells
    edges = [0.0] + [_bisect(cdf, k / cells) for k in range(1, cells)]
    upper = [moment(edge) for edge in edges] + [1.0]
    for k, mean in enumerate(means):
        expected = cells * alpha * (upper[k + 1] - upper[k])
        assert abs(mean - expected) <= 5e-4 * max(alpha, 1.0), (k, mean, expected)
        if 4 <= k < cells - 4:
            assert mean == pytest.approx(expected, rel=1e-4), k
    assert all(a <= b for a, b in itertools.pairwise(means))
    assert math.fsum(means) / cells == pytest.approx(alpha, rel=1e-5)


@pytest.mark.parametrize("alpha", [1e-6, 1e-3, 0.05, 60.0, 1000.0, 1e5])
@pytest.mark.parametrize("bits", [9, 11])
def test_strata_means_hold_the_mean_for_any_alpha(alpha: float, bits: int) -> None:
    means = strata_means(alpha, bits)
    assert len(means) == 1 << bits
    assert all(math.isfinite(m) and m >= 0 for m in means)
    assert math.fsum(means) / len(means) == pytest.approx(alpha, rel=1e-3)


def test_sets_split_the_draws_evenly() -> None:
    assert [len(s) for s in weighting_sets([12.0] * 5, 4096, 1)] == [512] * 8
    assert [len(s) for s in weighting_sets([12.0] * 5, 10, 1)] == [2, 2, 1, 1, 1, 1, 1, 1]
    assert [len(s) for s in weighting_sets([12.0] * 5, 3, 1)] == [1, 1, 1]
    assert weighting_sets([12.0] * 5, 0, 1) == []
    # more than 8 sets of 4,096: more sets, each at most 4,096 points (and strata)
    assert weightings.set_count(40_000) == 10
    sets = weighting_sets([12.0, 6.0], 40_000, 1)
    assert [len(s) for s in sets] == [4000] * 10
    assert sorted(p[0] for p in sets[3]) != sorted(strata_means(12.0, 12))  # 4000 of 4096
    assert {p[0] for p in sets[3]} <= set(strata_means(12.0, 12))


def test_a_set_takes_every_stratum_of_every_dimension_once() -> None:
    alphas = [9.0, 12.0, 0.0, 18.0, 21.0]
    for points in weighting_sets(alphas, 4096, 20261120):
        columns = list(zip(*points, strict=True))
        assert columns[2] == (0.0,) * 512  # a dimension the profile does not weigh
        for index in (0, 1, 3, 4):
            assert sorted(columns[index]) == sorted(strata_means(alphas[index], 9))


def test_the_seed_fixes_the_weightings() -> None:
    alphas = [12.0, 12.0, 18.0]
    assert weighting_sets(alphas, 200, 5) == weighting_sets(alphas, 200, 5)
    assert weighting_sets(alphas, 200, 5) != weighting_sets(alphas, 200, 6)


def test_the_weightings_have_the_moments_of_the_dirichlet_distribution() -> None:
    # Dirichlet(60 * w): mean w, variance w (1 - w) / 61
    profile = [0.35, 0.2, 0.2, 0.1, 0.15]
    points = [p for s in weighting_sets([60 * w for w in profile], 4096, 3) for p in s]
    for index, weight in enumerate(profile):
        shares = [p[index] / sum(p) for p in points]
        mean = math.fsum(shares) / len(shares)
        variance = math.fsum((s - mean) ** 2 for s in shares) / (len(shares) - 1)
        assert mean == pytest.approx(weight, abs=1e-3)
        assert variance == pytest.approx(weight * (1 - weight) / 61, rel=0.03)


def test_the_precision_is_a_student_t_interval() -> None:
    shares = [0.97, 0.98, 0.975, 0.985, 0.97, 0.98, 0.99, 0.975]
    mean = sum(shares) / 8
    sd = math.sqrt(sum((s - mean) ** 2 for s in shares) / 7)
    assert precision(shares) == pytest.approx(2.365 * sd / math.sqrt(8))
    assert precision([0.5, 0.7]) == pytest.approx(12.706 * math.sqrt(0.02) / math.sqrt(2))
    assert precision([1.0] * 8) == 0.0
    # more sets: the Student-t quantile by the Cornish-Fisher expansion (t_0.975,24 = 2.0639)
    many = [0.5, 0.6] * 12 + [0.55]
    sd = math.sqrt(sum((s - 0.55) ** 2 for s in many) / 24)
    assert precision(many) == pytest.approx(2.0639 * sd / 5, rel=1e-3)
    assert precision([0.4]) is None


def test_the_method_is_named() -> None:
    assert (weightings.METHOD, weightings.METHOD_VERSION, weightings.SETS) == (
        "sobol-dirichlet",
        2,
        8,
    )
