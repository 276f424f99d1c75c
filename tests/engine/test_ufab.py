# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""UfAB price-performance: Z = L / P, the corridor and tie-breaker of the extended
Richtwertmethode, price-to-points conversions, and the refusal of two-sided interpolation.
Worked numbers by hand; properties where no source gives numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ossfirst.api import evaluate_file, render
from ossfirst.engine import ufab
from ossfirst.engine.policy import choose, lead_of
from ossfirst.engine.ufab import Offer
from ossfirst.errors import InputError
from ossfirst.model.catalogue import AwardPolicy
from tests.conftest import EXAMPLES
from tests.engine.requests import alternative, evaluate, request

SIMPLE = AwardPolicy(method="ufab-simple")


def extended(tie: str, corridor: float = 0.05) -> AwardPolicy:
    return AwardPolicy(method="ufab-extended", corridor=corridor, tie_breaker=tie)  # type: ignore[arg-type]


def order(settings_: AwardPolicy, offers: list[Offer]) -> list[str]:
    return [entry[3] for entry in sorted(ufab.rank(settings_, offers).standings)]


def test_ratio_in_points_per_million_euro() -> None:
    assert ufab.ratio(80, 400_000) == pytest.approx(200.0)
    with pytest.raises(ValueError, match="positive"):
        ufab.ratio(80, 0)


@pytest.mark.parametrize(
    ("price", "points"), [(10_000, 100.0), (12_500, 80.0), (20_000, 50.0), (40_000, 25.0)]
)
def test_price_to_points_by_ratio(price: float, points: float) -> None:
    # M * Pmin / P with M = 100 and Pmin = 10,000
    assert ufab.points_by_ratio(price, 10_000) == points


@pytest.mark.parametrize(
    ("price", "points"), [(10_000, 100.0), (14_000, 60.0), (20_000, 0.0), (25_000, 0.0)]
)
def test_one_sided_interpolation_is_floored_at_zero(price: float, points: float) -> None:
    # M * (2 - P / Pmin): 100 * (2 - 1.4) = 60; at twice the lowest price and beyond, 0
    assert ufab.points_one_sided(price, 10_000) == points


def test_two_sided_interpolation_is_not_offered() -> None:
    with pytest.raises(ValueError, match="not admissible"):
        ufab.price_points("two-sided", 14_000, 10_000)


OFFERS = [
    # Z = 900, 941.18, 857.14 points per million EUR
    Offer("a", "open-source", 0, 90, 100_000),
    Offer("b", "open-source", 0, 80, 85_000),
    Offer("c", "open-source", 0, 60, 70_000),
]


def test_simple_richtwertmethode_ranks_by_z() -> None:
    assert order(SIMPLE, OFFERS) == ["b", "a", "c"]


def test_extended_richtwertmethode_corridor_and_tie_breaker() -> None:
    # best Z 941.18; 5 % corridor down to 894.12: a (900) inside, c (857) outside
    ranking = ufab.rank(extended("highest-performance"), OFFERS)
    assert ranking.best_ratio == pytest.approx(941.1765, abs=1e-4)
    assert ranking.corridor_bound == pytest.approx(894.1176, abs=1e-4)
    assert {k: v.in_corridor for k, v in ranking.outcomes.items()} == {
        "a": True,
        "b": True,
        "c": False,
    }
    assert order(extended("highest-performance"), OFFERS) == ["a", "b", "c"]
    assert order(extended("lowest-price"), OFFERS) == ["b", "a", "c"]
    # a 10 % corridor (down to 847.06) takes c in, and the lowest price decides
    assert order(extended("lowest-price", 0.10), OFFERS) == ["c", "b", "a"]


def test_a_corridor_is_not_a_weighting() -> None:
    # A 10 % corridor is not the same as weighting performance 60 and price 40 (UfAB).
    # x: L 100, P 130,000, Z 769; y: L 60, P 60,000, Z 1,000. The corridor reaches down to
    # Z 900, so x is out and y wins; weighted, x gets 0.6 * 100 + 0.4 * 100 * 60/130 = 78.46
    # points and y 0.6 * 60 + 0.4 * 100 = 76, so x wins.
    offers = [Offer("x", "open-source", 0, 100, 130_000), Offer("y", "open-source", 0, 60, 60_000)]
    assert order(extended("highest-performance", 0.10), offers)[0] == "y"
    points = AwardPolicy(method="price-points", conversion="ratio", price_weight=0.4)
    ranking = ufab.rank(points, offers)
    assert (ranking.outcomes["x"].value, ranking.outcomes["y"].value) == (78.46, 76.0)
    assert order(points, offers)[0] == "x"


def test_price_points_combine_performance_and_price() -> None:
    settings_ = AwardPolicy(method="price-points", conversion="one-sided", price_weight=0.3)
    ranking = ufab.rank(settings_, OFFERS)
    # one-sided from Pmin 70,000: a 100 * (2 - 100/70) = 57.14, b 78.57, c 100
    assert ranking.outcomes["a"].price_points == 57.14
    assert ranking.outcomes["c"].price_points == 100.0
    assert ranking.outcomes["a"].value == round(0.7 * 90 + 0.3 * 57.14, 2)
    assert not ranking.relative and ranking.lowest_price == 70_000


def test_open_source_preference_under_z_uses_a_relative_margin() -> None:
    # prop leads oss in Z by 5 % (margin 10 %): the open-source alternative stays.
    offers = [
        Offer("oss", "open-source", 0, 80, 105_000),
        Offer("prop", "proprietary", 0, 80, 100_000),
    ]
    ranking = ufab.rank(SIMPLE, offers)
    chosen = choose(ranking.standings, 10.0, relative=True)
    assert chosen is not None and chosen[3] == "oss"
    # at 20 % it takes over
    offers[1] = Offer("prop", "proprietary", 0, 80, 80_000)
    chosen = choose(ufab.rank(SIMPLE, offers).standings, 10.0, relative=True)
    assert chosen is not None and chosen[3] == "prop"


prices = st.integers(1_000, 5_000_000)
performance = st.integers(0, 10_000).map(lambda v: v / 100)
offer_lists = st.lists(st.tuples(performance, prices), min_size=1, max_size=6)
methods = st.sampled_from([SIMPLE, extended("highest-performance"), extended("lowest-price", 0.1)])


@settings(max_examples=300, deadline=None)
@given(rows=offer_lists, method=methods, factor=st.floats(0.01, 100))
@example(rows=[(10.74, 1074), (22.51, 2251)], method=SIMPLE, factor=73.0)
def test_scaling_every_price_keeps_the_ranking(
    rows: list[tuple[float, int]], method: AwardPolicy, factor: float
) -> None:
    offers = [Offer(f"o{i}", "open-source", 0, l_, p) for i, (l_, p) in enumerate(rows)]
    scaled = [Offer(o.id, o.category, 0, o.performance, o.price * factor) for o in offers]
    assert order(method, scaled) == order(method, offers)


@pytest.mark.parametrize(
    "method", [SIMPLE, extended("highest-performance"), extended("lowest-price", 0.1)]
)
@pytest.mark.parametrize("factor", [1.0, 73.0, 0.37, 1e-2, 99.99])
def test_an_equal_z_stays_equal_when_the_prices_are_scaled(
    method: AwardPolicy, factor: float
) -> None:
    # 10.74 / 1074 and 22.51 / 2251 are the same Z (10,000 points per million EUR); scaled
    # by 73 the two quotients differ in their last bit. The equal Z is decided by the lower
    # price (simple; lowest-price tie-breaker) or the higher L, never by that bit.
    offers = [Offer("o0", "open-source", 0, 10.74, 1074 * factor)]
    offers.append(Offer("o1", "open-source", 0, 22.51, 2251 * factor))
    assert ufab.ratio(10.74, 1074 * 73.0) != ufab.ratio(22.51, 2251 * 73.0)  # the last bit
    expected = ["o1", "o0"] if method.tie_breaker == "highest-performance" else ["o0", "o1"]
    assert order(method, offers) == expected
    ranking = ufab.rank(method, offers)
    assert all(o.in_corridor is not False for o in ranking.outcomes.values())
    # neither leads the other: the OSS-first rule sees a tie
    first, second = sorted(ranking.standings)
    assert lead_of(second[2], first[2], relative=True) == 0.0


def test_price_points_at_a_half_hundredth_round_half_up_in_any_unit() -> None:
    # M * Pmin / P = 100 * 11,429 / 20,000 = 57.145 and M * (2 - P / Pmin) =
    # 100 * (2 - 28,571 / 20,000) = 57.145: half a hundredth, up. Plain float rounding gives
    # 57.14 for the second once the prices are scaled by 1.1.
    for factor in (1.0, 1.1, 3.0, 0.7, 73.0, 0.37):
        assert ufab.points_by_ratio(20_000 * factor, 11_429 * factor) == 57.15
        assert ufab.points_one_sided(28_571 * factor, 20_000 * factor) == 57.15


@settings(max_examples=300, deadline=None)
@given(
    rows=offer_lists,
    method=methods,
    better=st.tuples(performance, prices),
    worse_by=st.tuples(st.integers(0, 5000).map(lambda v: v / 100), st.integers(0, 100_000)),
)
def test_a_dominated_offer_never_comes_first(
    rows: list[tuple[float, int]],
    method: AwardPolicy,
    better: tuple[float, int],
    worse_by: tuple[float, int],
) -> None:
    if worse_by == (0, 0):
        return
    performance_, price = better
    offers = [Offer(f"o{i}", "open-source", 0, l_, p) for i, (l_, p) in enumerate(rows)]
    offers.append(Offer("best", "open-source", 0, performance_, price))
    worse = Offer(
        "aaa-worse", "open-source", 0, max(0.0, performance_ - worse_by[0]), price + worse_by[1]
    )
    if (worse.performance, worse.price) == (performance_, price):
        return
    offers.append(worse)
    assert order(method, offers)[0] != "aaa-worse"


def test_cloud_platform_example_under_the_extended_richtwertmethode() -> None:
    result = evaluate_file(EXAMPLES / "cloud-platform.yaml")
    award = result.award
    assert award is not None and award.method == "ufab-extended"
    assert (award.corridor, award.tie_breaker) == (0.05, "highest-performance")
    assert award.price_criteria == ["economics.tco", "lock-in.exit-cost"]
    scs, eu = result.alternative("scs-provider"), result.alternative("eu-cloud")
    assert scs.award is not None and eu.award is not None
    # L / P by hand from the Result's own figures
    assert scs.award.ratio == round(scs.award.performance / scs.award.price * 1e6, 4)
    assert eu.award.ratio is not None and scs.award.ratio is not None
    assert eu.award.ratio > scs.award.ratio  # the proprietary cloud has the best Z ...
    assert scs.award.in_corridor and eu.award.in_corridor  # ... but both are in the corridor
    assert scs.award.performance > eu.award.performance  # and the tie-breaker decides
    assert result.ranking == ["scs-provider", "eu-cloud"]
    assert result.verdict.recommended == "scs-provider"
    assert [m.code for m in result.verdict.reasons] == [
        "recommended",
        "ratio-margin-not-exceeded",
        "proposal-conforms",
    ]
    # P is the present value of the TCO
    assert scs.award.price == round(scs.economics.present_value, 2)


def test_performance_leaves_out_the_price_criteria(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, 2, yearly=1000),
            alternative("b", "open-source", 2, 4, yearly=2000),
            award={"method": "ufab-simple"},
        ),
    )
    # the tiny catalogue has no price criterion: L is the total
    for alternative_id in ("a", "b"):
        alt = result.alternative(alternative_id)
        assert alt.award is not None and alt.award.performance == alt.total
    # 75 / 2,000 and 75 / 4,000 (two years, no discount)
    assert result.alternative("a").award.ratio == 37500.0  # type: ignore[union-attr]
    assert result.ranking == ["a", "b"]
    report = render(result, "md", "en").decode("utf-8")
    assert "Simple Richtwertmethode after the UfAB" in report
    assert "| 1 | A | 75.00 | 2,000.00 EUR | 37,500.0000 |" in report


def _refused(tmp_path: Path, **award: object) -> str:
    with pytest.raises(InputError) as caught:
        evaluate(
            tmp_path,
            request(
                alternative("a", "open-source", 4, 2),
                alternative("b", "open-source", 2, 4),
                award=award,
            ),
        )
    return "\n".join(p.text("en") for p in caught.value.problems)


def test_two_sided_interpolation_is_refused_with_an_explanation(tmp_path: Path) -> None:
    text = _refused(tmp_path, method="price-points", price_weight=0.3, conversion="two-sided")
    assert "not admissible" in text and "dearest offer" in text and "review bodies" in text
    assert "use 'conversion: ratio'" in text


def test_the_tie_breaker_must_be_announced(tmp_path: Path) -> None:
    text = _refused(tmp_path, method="ufab-extended", corridor=0.05)
    assert "tie-breaker announced in advance" in text


def test_the_corridor_is_at_most_ten_percent(tmp_path: Path) -> None:
    text = _refused(tmp_path, method="ufab-extended", corridor=0.15, tie_breaker="lowest-price")
    assert "at most 0.1" in text


def test_price_points_need_the_price_weight(tmp_path: Path) -> None:
    assert "weight of the price" in _refused(tmp_path, method="price-points")


def test_a_ufab_comparison_needs_a_price(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        evaluate(
            tmp_path,
            request(
                alternative("a", "open-source", 4, 2, yearly=0),
                alternative("b", "open-source", 2, 4),
                award={"method": "ufab-simple"},
            ),
        )
    [problem] = caught.value.problems
    assert "needs a price above 0 for 'a'" in problem.text("en")


def test_why_no_oss_under_z(tmp_path: Path) -> None:
    # oss: L 75 for 4,000 EUR (Z 18,750); prop: L 75 for 2,000 EUR (Z 37,500), 100 % ahead.
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 2, yearly=2000),
            alternative("prop", "proprietary", 2, 4, yearly=1000),
            award={"method": "ufab-simple"},
            proposed="prop",
            justification="Half the price for the same performance.",
        ),
    )
    assert result.verdict.recommended == "prop"
    assert [m.code for m in result.verdict.reasons][:2] == ["recommended", "ratio-margin-exceeded"]
    [shortfall] = result.why_no_oss
    assert shortfall.lead == 0.0 and shortfall.lead_percent == 100.0
    report = render(result, "md", "en").decode("utf-8")
    assert (
        "| Oss | open source | 75.00 | ratio Z of Prop 100.00 % higher (margin 10.00 %) |" in report
    )
    assert "Prop ranks ahead of Oss and its ratio Z is 100.00 % higher" in report


def test_the_request_can_take_the_nominal_price(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, 2, yearly=1000),
            award={"method": "ufab-simple", "price_basis": "nominal"},
        ),
    )
    alt = result.alternative("a")
    assert result.award is not None and result.award.price_basis == "nominal"
    assert alt.award is not None and alt.award.price == alt.economics.nominal_total == 2000
    assert "P is the nominal total cost over the horizon." in render(result, "md", "en").decode()


def test_a_catalogue_cannot_choose_two_sided_interpolation(tmp_path: Path) -> None:
    from ossfirst.load.catalogue import load_catalogue

    local = tmp_path / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: local\nversion: '1'\ntitle: {de: L, en: L}\n"
        "extends: standard\npolicy:\n  award: {method: price-points, price_weight: 0.4,\n"
        "          conversion: two-sided}\n",
        "utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_catalogue(str(local))
    [problem] = caught.value.problems
    assert (problem.location.line, problem.location.column) == (8, 23)
    assert "not admissible" in problem.text("en") and "use 'ratio' or 'one-sided'" in problem.text(
        "en"
    )


def test_a_catalogue_can_make_ufab_the_default(tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: local\nversion: '1'\ntitle: {de: L, en: L}\n"
        "extends: tiny.yaml\npolicy:\n  award: {method: ufab-simple, margin_percent: 25}\n",
        "utf-8",
    )
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 2, yearly=1200),
            alternative("prop", "proprietary", 4, 2, yearly=1000),
            catalogue=local.name,
        ),
    )
    # Z of prop is 20 % higher: within the catalogue's 25 % margin
    assert result.award is not None and result.award.margin_percent == 25
    assert result.verdict.recommended == "oss"


@pytest.mark.parametrize(
    "award",
    [
        {"method": "ufab-simple"},
        {"method": "ufab-extended", "corridor": 0.05, "tie_breaker": "lowest-price"},
        {"method": "price-points", "price_weight": 0.3},
    ],
)
def test_no_eligible_offer_is_a_verdict_not_a_crash(
    tmp_path: Path, award: dict[str, object]
) -> None:
    # Every alternative fails its must-requirement: nothing to rank, nothing to recommend.
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 3, 3, r1="unmet"),
            alternative("prop", "proprietary", 4, 4, r1="partial"),
            award=award,
        ),
    )
    assert result.verdict.status == "no-eligible-alternative"
    assert result.sensitivity is None
