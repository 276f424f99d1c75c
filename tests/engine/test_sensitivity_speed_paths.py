# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The fast paths of the Monte-Carlo draws give exactly what the plain code would."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ossfirst.engine.sensitivity import gamma_draws


@pytest.mark.parametrize(
    "alphas",
    [[12, 12, 12, 12, 12], [9, 6, 15, 18, 12], [0.5, 30, 0, 1.0, 2.5], [1.0000001, 60, 1e-3]],
)
def test_gamma_draws_equal_the_standard_library(alphas: list[float]) -> None:
    ours, theirs = random.Random(2026), random.Random(2026)
    draw = gamma_draws(ours, alphas)
    for _ in range(5000):
        expected = [theirs.gammavariate(a, 1.0) if a > 0 else 0.0 for a in alphas]
        assert draw() == expected


@given(st.lists(st.floats(0, 200, allow_nan=False), min_size=1, max_size=8), st.integers(0, 2**32))
def test_gamma_draws_equal_the_standard_library_for_any_alphas(
    alphas: list[float], seed: int
) -> None:
    ours, theirs = random.Random(seed), random.Random(seed)
    draw = gamma_draws(ours, alphas)
    for _ in range(20):
        assert draw() == [theirs.gammavariate(a, 1.0) if a > 0 else 0.0 for a in alphas]
