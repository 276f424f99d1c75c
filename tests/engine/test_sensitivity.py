# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Sensitivity of the recommendation: thresholds one weight at a time, Monte-Carlo over
Dirichlet weights, and the robustness statement, on hand-computed cases and on the
service-desk example, whose recommendation flips at a plausible weight.

Totals with the tiny catalogue: quality * fit / 4 + sovereignty * control / 4 (per cent).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ossfirst.api import evaluate_file, prepare, render
from ossfirst.engine import sensitivity
from ossfirst.engine.sensitivity import Contender, decider, monte_carlo, rescaled
from ossfirst.model.catalogue import AwardPolicy, SensitivitySettings
from ossfirst.model.request import award_settings
from tests.conftest import CASES, EXAMPLES
from tests.engine.requests import alternative, evaluate, request, tiny_extension

WEIGHTED = AwardPolicy()
#: The service-desk example as it stood under standard catalogue 1.1, pinned to it: there its
#: recommendation depends on the weighting, which these tests need (under 2.0 it is robust).
SERVICE_DESK = CASES / "pinned" / "service-desk-standard-1.1.yaml"


def test_the_threshold_of_two_open_source_alternatives_is_where_their_totals_cross(
    tmp_path: Path,
) -> None:
    # Profile 80/20. a: quality 100, sovereignty 50; b: quality 50, sovereignty 100.
    # With quality weight t: a = 50 + 50 t, b = 100 - 50 t; they cross at t = 50 %.
    result = evaluate(
        tmp_path,
        request(alternative("a", "open-source", 4, 2), alternative("b", "open-source", 2, 4)),
        profile="quality-first",
    )
    assert result.verdict.recommended == "a"
    analysis = result.sensitivity
    assert analysis is not None and analysis.recommended == "a"
    quality, sovereignty = analysis.one_at_a_time
    assert (quality.dimension, quality.weight) == ("quality", 80.0)
    assert quality.lower == 50.0 and quality.lower_recommended == "b"
    assert quality.upper is None and quality.upper_recommended is None
    assert sovereignty.upper == 50.0 and sovereignty.upper_recommended == "b"
    assert sovereignty.lower is None


def test_the_margin_moves_the_threshold(tmp_path: Path) -> None:
    # Profile 80/20. oss: quality 50, sovereignty 100; prop: quality 100, sovereignty 50.
    # With sovereignty weight s: prop - oss = 50 - 100 s, and the proprietary alternative is
    # recommended only while that lead exceeds the margin of 10: up to s = 40 %, not 50 %.
    result = evaluate(
        tmp_path,
        request(alternative("oss", "open-source", 2, 4), alternative("prop", "proprietary", 4, 2)),
        profile="quality-first",
    )
    assert result.verdict.recommended == "prop"
    assert result.sensitivity is not None
    _, sovereignty = result.sensitivity.one_at_a_time
    assert sovereignty.upper == 40.0 and sovereignty.upper_recommended == "oss"


def test_a_single_eligible_alternative_is_robust(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 3, 3),
            alternative("prop", "proprietary", 4, 4, legal=False),
        ),
    )
    analysis = result.sensitivity
    assert analysis is not None and analysis.robustness == "robust"
    assert analysis.monte_carlo is not None and analysis.monte_carlo.shares == {"oss": 1.0}
    assert all(t.lower is None and t.upper is None for t in analysis.one_at_a_time)
    assert analysis.nearest is None


def test_no_recommendation_no_sensitivity(tmp_path: Path) -> None:
    result = evaluate(tmp_path, request(alternative("oss", "open-source", 3, 3, r1="unmet")))
    assert result.verdict.recommended is None and result.sensitivity is None


def test_service_desk_recommendation_flips_at_a_plausible_sovereignty_weight() -> None:
    result = evaluate_file(SERVICE_DESK)
    analysis = result.sensitivity
    assert analysis is not None
    assert result.verdict.recommended == analysis.recommended == "zammad"
    by_dimension = {t.dimension: t for t in analysis.one_at_a_time}
    sovereignty = by_dimension["sovereignty"]
    assert sovereignty.upper == 32.3 and sovereignty.upper_recommended == "otobo"
    assert analysis.nearest == sovereignty and analysis.nearest_direction == "upper"
    # the seed is fixed: the same figure on every run and machine
    simulation = analysis.monte_carlo
    assert simulation is not None
    assert (simulation.method, simulation.method_version) == ("sobol-dirichlet", 2)
    assert (simulation.draws, simulation.sets) == (10000, 8)
    assert simulation.shares == {"zammad": 0.9785, "otobo": 0.0215, "itsm-saas": 0.0}
    assert simulation.precision == {"zammad": 0.0027, "otobo": 0.0027, "itsm-saas": 0.0}
    assert analysis.holds == 0.9785 and analysis.robustness == "robust"
    # 1,000,000 independent draws (numpy's Dirichlet sampler) give 0.9778: within the interval
    assert abs(0.9778 - simulation.shares["zammad"]) <= simulation.precision["zammad"]


def test_service_desk_under_the_sovereignty_first_profile_is_a_coin_flip() -> None:
    # The profile gives sovereignty 30 %, just below the 30.3 % at which OTOBO takes over.
    result = evaluate_file(SERVICE_DESK, profile="sovereignty-first")
    analysis = result.sensitivity
    assert analysis is not None and analysis.recommended == "zammad"
    assert analysis.robustness == "sensitive"
    assert analysis.nearest is not None and analysis.nearest.dimension == "sovereignty"
    assert analysis.nearest.upper == 30.3
    assert analysis.holds is not None and 0.4 < analysis.holds < 0.6
    # 1,000,000 independent draws give 0.5253: within the interval the report states
    assert analysis.monte_carlo is not None and analysis.monte_carlo.precision is not None
    assert abs(0.5253 - analysis.holds) <= analysis.monte_carlo.precision["zammad"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "de",
            "**Belastbarkeit:** Die Empfehlung ist belastbar: sie gilt in 97,9 % von 10.000 um "
            "das Profil gestreuten Gewichtungen (auf ± 0,3 Prozentpunkte genau); sie wechselt "
            "zu OTOBO im städtischen Rechenzentrum, wenn das Gewicht der Dimension „Digitale "
            "Souveränität“ über 32,3 % steigt (Profil: 20 %).",
        ),
        (
            "en",
            "**Robustness:** The recommendation is robust: it holds in 97.9 % of 10,000 "
            "weightings spread around the profile (to within ± 0.3 percentage points); it "
            "changes to OTOBO im städtischen Rechenzentrum if the weight of "
            '"Digital sovereignty" rises above 32.3 % (profile: 20 %).',
        ),
    ],
)
def test_the_robustness_statement_in_plain_words(lang: str, expected: str) -> None:
    report = render(evaluate_file(SERVICE_DESK), "md", lang).decode("utf-8")
    assert expected in report


def test_sensitive_statement_names_the_grade() -> None:
    report = render(evaluate_file(SERVICE_DESK, profile="sovereignty-first"), "md", "en")
    assert b"The recommendation depends strongly on the weighting: it holds in 52" in report


def test_draws_zero_turns_monte_carlo_off() -> None:
    result = evaluate_file(SERVICE_DESK, draws=0)
    assert result.sensitivity is not None and result.sensitivity.monte_carlo is None
    assert result.sensitivity.holds is None
    report = render(result, "md", "en").decode("utf-8")
    assert "No random weightings were drawn." in report
    assert "Weightings around the profile" not in report


def test_the_request_can_set_the_draws(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, 2),
            alternative("b", "open-source", 2, 4),
            sensitivity={"draws": 500, "concentration": 20},
        ),
    )
    assert result.sensitivity is not None and result.sensitivity.monte_carlo is not None
    simulation = result.sensitivity.monte_carlo
    assert (simulation.draws, simulation.concentration, simulation.sets) == (500, 20.0, 8)
    assert sum(simulation.shares.values()) == pytest.approx(1.0)
    assert simulation.precision is not None and set(simulation.precision) == {"a", "b"}


def test_spread_of_a_twenty_percent_weight() -> None:
    # sqrt(0.2 * 0.8 / 61) = 0.0512
    assert sensitivity.spread_points(60, 20) == pytest.approx(5.1214, abs=1e-4)


def test_rescaled_keeps_proportions_and_sums_to_100() -> None:
    weights = [10.0, 30.0, 60.0]
    changed = rescaled(weights, 0, 55.0)
    assert changed[0] == 55.0
    assert changed[1] / changed[2] == pytest.approx(0.5)
    assert sum(changed) == pytest.approx(100.0)
    assert rescaled([100.0, 0.0, 0.0], 0, 40.0) == [40.0, 30.0, 30.0]


def _contenders(rows: list[tuple[str, str, list[float]]]) -> list[Contender]:
    return [
        Contender(i, category, tuple(scores), tuple(scores), 1.0)  # type: ignore[arg-type]
        for i, category, scores in rows
    ]


scores = st.lists(st.integers(0, 400).map(lambda v: v / 4), min_size=3, max_size=3)
categories = st.sampled_from(["reuse", "open-source", "proprietary"])
weights = st.lists(st.integers(0, 100), min_size=3, max_size=3).filter(lambda w: sum(w) > 0)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(st.tuples(categories, scores), min_size=1, max_size=5),
    profile=weights,
    margin=st.sampled_from([0.0, 5.0, 10.0]),
)
def test_zero_spread_reproduces_the_deterministic_recommendation(
    rows: list[tuple[str, list[float]]], profile: list[int], margin: float
) -> None:
    contenders = _contenders([(f"alt{i}", c, s) for i, (c, s) in enumerate(rows)])
    decide = decider(contenders, WEIGHTED, margin)
    base = decide([float(w) for w in profile])
    found = monte_carlo(
        decide,
        [c.id for c in contenders],
        [float(w) for w in profile],
        draws=1000,
        concentration=float("inf"),
        seed=1,
    )
    assert base is not None and found.shares[base] == 1.0
    assert found.precision == dict.fromkeys(found.shares, 0.0)


@settings(max_examples=200, deadline=None)
@given(
    better=scores,
    drops=st.lists(st.integers(0, 100).map(lambda v: v / 4), min_size=3, max_size=3),
    category=categories,
    others=st.lists(st.tuples(categories, scores), max_size=3),
    draw=weights,
)
def test_a_dominated_alternative_never_wins(
    better: list[float],
    drops: list[float],
    category: str,
    others: list[tuple[str, list[float]]],
    draw: list[int],
) -> None:
    # 'worse' is no better than 'best' in any dimension and of the same category, so no
    # weighting can make the rule prefer it.
    worse = [max(0.0, b - d) for b, d in zip(better, drops, strict=True)]
    rows = [("best", category, better), ("worse", category, worse)]
    rows += [(f"other{i}", c, s) for i, (c, s) in enumerate(others)]
    decide = decider(_contenders(rows), WEIGHTED, 10.0)
    if worse != better:
        assert decide([float(w) for w in draw]) != "worse"


def test_the_fast_decider_agrees_with_the_exact_one_on_the_examples() -> None:
    generator = random.Random(7)
    for example in sorted(EXAMPLES.glob("*.yaml")):
        prepared = prepare(example)
        result = evaluate_file(example, draws=0)
        if result.sensitivity is None:
            continue
        order = result.ranking
        contenders = []
        for alternative_id in order:
            dims = result.alternative(alternative_id).dimensions
            values = tuple(d.score for d in dims)
            contenders.append(
                Contender(
                    alternative_id, result.alternative(alternative_id).category, values, values, 1
                )
            )
        award = award_settings(prepared.catalogue, prepared.loaded.request)
        profile = [d.weight for d in result.alternatives[0].dimensions]
        exact = decider(contenders, award, result.method.margin)
        fast = decider(contenders, award, result.method.margin, fast=True)
        cleared = decider(contenders, award, result.method.margin, fast=True, profile=profile)
        for _ in range(1000):
            draw = [generator.gammavariate(12.0, 1.0) for _ in contenders[0].scores]
            assert fast(draw) == exact(draw) == cleared(draw), example.name


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
@pytest.mark.parametrize("profile", ["balanced", "sovereignty-first", "cost-focused"])
def test_the_profile_weights_give_the_evaluations_recommendation(
    example: Path, profile: str
) -> None:
    result = evaluate_file(example, profile=profile, draws=0)
    if result.verdict.recommended is None:
        assert result.sensitivity is None
    else:
        assert result.sensitivity is not None
        assert result.sensitivity.recommended == result.verdict.recommended


def test_same_inputs_same_figures() -> None:
    settings_ = SensitivitySettings(draws=2000, concentration=30, seed=99)
    contenders = _contenders(
        [("a", "open-source", [80.0, 60.0, 70.0]), ("b", "open-source", [60.0, 85.0, 70.0])]
    )
    first = sensitivity.analyse(contenders, ["x", "y", "z"], [40, 30, 30], WEIGHTED, 10, settings_)
    second = sensitivity.analyse(contenders, ["x", "y", "z"], [40, 30, 30], WEIGHTED, 10, settings_)
    assert first == second
    assert first is not None and first.monte_carlo is not None
    assert 0 < first.monte_carlo.shares["a"] < 1


def test_reports_are_byte_identical_across_runs() -> None:
    assert render(evaluate_file(SERVICE_DESK), "json") == render(
        evaluate_file(SERVICE_DESK), "json"
    )


def test_a_dimension_without_any_score_hands_its_weight_on(tmp_path: Path) -> None:
    # Under 'renormalise' an alternative without a control score is judged on quality alone.
    local = tiny_extension(tmp_path, "policy: {missing_data: renormalise}\n")
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 3, None),
            alternative("b", "open-source", 2, 4),
            catalogue=local.name,
        ),
    )
    # a: 75 whatever the weights; b: 50 q + 100 s, above 75 while sovereignty weighs > 50 %
    assert result.alternative("a").total == 75.0 and result.alternative("b").total == 75.0
    analysis = result.sensitivity
    assert analysis is not None and analysis.recommended == "a"
    quality, sovereignty = analysis.one_at_a_time
    assert sovereignty.upper == 50.0 and sovereignty.upper_recommended == "b"
    assert quality.lower == 50.0 and quality.lower_recommended == "b"
