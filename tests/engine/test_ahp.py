# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""AHP: weights, lambda_max, CI and CR against Saaty's textbook matrix, and properties."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ossfirst.engine.ahp import RANDOM_INDEX, elicit, matrix, percentages
from ossfirst.model import limits
from ossfirst.model.pairwise import Judgement


def test_random_indices_are_saatys() -> None:
    assert [RANDOM_INDEX[n] for n in range(3, 11)] == [
        0.58,
        0.90,
        1.12,
        1.24,
        1.32,
        1.41,
        1.45,
        1.49,
    ]


def test_the_pairwise_limit_is_where_the_random_indices_end() -> None:
    # The loader refuses files with more items than the engine has a random index for.
    assert max(RANDOM_INDEX) == limits.PAIRWISE_ITEMS


def test_textbook_three_by_three() -> None:
    # [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]: w = (0.637, 0.258, 0.105),
    # lambda_max = 3.039, CI = 0.019, CR = 0.033 (RI = 0.58)
    result = elicit(
        ["a", "b", "c"], [Judgement("a", "b", 3), Judgement("a", "c", 5), Judgement("b", "c", 3)]
    )
    assert result.weights == pytest.approx((0.6370, 0.2583, 0.1047), abs=5e-5)
    assert result.lambda_max == pytest.approx(3.0385, abs=5e-5)
    assert result.ci == pytest.approx(0.0193, abs=5e-5)
    assert result.cr == pytest.approx(0.0332, abs=5e-5)
    assert result.consistent
    assert percentages(result.weights) == [63.7, 25.8, 10.5]


def test_eigenvalue_matches_the_characteristic_polynomial() -> None:
    # An independent check of the power iteration: the largest root of det(A - l I), found
    # by bisection between n = 3 and 3.5.
    values = matrix(
        ["a", "b", "c"], [Judgement("a", "b", 2), Judgement("a", "c", 7), Judgement("b", "c", 5)]
    )

    def determinant(lam: float) -> float:
        m = [[values[i][j] - (lam if i == j else 0.0) for j in range(3)] for i in range(3)]
        return (
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        )

    low, high = 3.0, 3.5
    for _ in range(100):
        middle = (low + high) / 2
        if determinant(low) * determinant(middle) <= 0:
            high = middle
        else:
            low = middle
    result = elicit(
        ["a", "b", "c"], [Judgement("a", "b", 2), Judgement("a", "c", 7), Judgement("b", "c", 5)]
    )
    assert result.lambda_max == pytest.approx(low, abs=1e-9)


def test_the_most_inconsistent_judgement_comes_first() -> None:
    # a > b > c, but c is judged far more important than a
    result = elicit(
        ["a", "b", "c"], [Judgement("a", "b", 5), Judgement("b", "c", 5), Judgement("c", "a", 5)]
    )
    assert not result.consistent and result.cr > 0.10
    first = result.inconsistencies[0]
    assert first.deviation == max(e.deviation for e in result.inconsistencies)
    assert {e.index for e in result.inconsistencies} == {0, 1, 2}


def test_two_items_are_always_consistent() -> None:
    result = elicit(["a", "b"], [Judgement("b", "a", 4)])
    assert result.weights == pytest.approx((0.2, 0.8))
    assert result.cr == 0.0 and result.lambda_max == pytest.approx(2.0)


@st.composite
def comparisons(draw: st.DrawFn) -> tuple[list[str], list[Judgement]]:
    size = draw(st.integers(2, 10))
    items = [f"i{n}" for n in range(size)]
    judgements = []
    for a, b in itertools.combinations(items, 2):
        by = draw(st.integers(1, 9))
        judgements.append(Judgement(a, b, by) if draw(st.booleans()) else Judgement(b, a, by))
    return items, judgements


@settings(max_examples=200, deadline=None)
@given(comparisons())
def test_weights_always_sum_to_one_and_percentages_to_100(
    case: tuple[list[str], list[Judgement]],
) -> None:
    items, judgements = case
    result = elicit(items, judgements)
    assert math.fsum(result.weights) == pytest.approx(1.0, abs=1e-12)
    assert all(w > 0 for w in result.weights)
    assert result.lambda_max >= len(items) - 1e-9  # Saaty: lambda_max >= n
    assert result.ci >= 0 and result.cr >= 0
    shares = percentages(result.weights)
    assert round(sum(shares), 6) == 100.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=2, max_size=10))
def test_consistent_judgements_recover_the_weights_with_cr_zero(raw: list[int]) -> None:
    # a_ij = w_i / w_j exactly: a perfectly consistent matrix. Only ratios on the 1-9 scale
    # can be written, so the weights are powers of one base.
    base = 2
    exponents = [min(r, 3) for r in raw]  # exponents 1 to 3: ratios up to 4 fit the scale
    items = [f"i{n}" for n in range(len(raw))]
    judgements = []
    for (i, a), (j, b) in itertools.combinations(enumerate(items), 2):
        ratio = base ** (exponents[i] - exponents[j])
        judgements.append(
            Judgement(a, b, ratio) if ratio >= 1 else Judgement(b, a, round(1 / ratio))
        )
    result = elicit(items, judgements)
    expected = [base**e for e in exponents]
    total = sum(expected)
    assert result.weights == pytest.approx([e / total for e in expected], abs=1e-9)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
