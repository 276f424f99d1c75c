# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Several assessors of one criterion: the catalogue's aggregate, the spread, disagreement,
and documentation per assessor.

Totals with the tiny catalogue: 50 * fit / 4 + 50 * control / 4.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ossfirst.api import render
from ossfirst.engine.assessors import combine, shown, spread
from ossfirst.errors import InputError
from tests.engine.requests import alternative, evaluate, request, tiny_extension


@pytest.mark.parametrize(
    ("levels", "median", "mean"),
    [([4, 3, 3], 3.0, 10 / 3), ([3, 3, 1], 3.0, 7 / 3), ([1, 2], 1.5, 1.5), ([0], 0.0, 0.0)],
)
def test_median_and_mean(levels: list[int], median: float, mean: float) -> None:
    assert combine(levels, "median") == median
    assert combine(levels, "mean") == pytest.approx(mean)


def test_spread_and_shown_value() -> None:
    assert spread([4, 1, 3]) == 3
    assert shown(3.0) == 3 and isinstance(shown(3.0), int)
    assert shown(10 / 3) == 3.33


def panel(*entries: tuple[str, int], **extra: Any) -> dict[str, Any]:
    return {
        "scores": [{"assessor": name, "score": level} for name, level in entries],
        "rationale": "Pilot.",
        "evidence": "Pilot report",
        "assessed_on": "2026-10-01",
        **extra,
    }


def with_panel(kind: str, criterion: str, value: dict[str, Any], **fields: Any) -> dict[str, Any]:
    alt = alternative("a", kind, 3, 3, **fields)
    alt["assessments"][criterion] = value
    return alt


def test_the_median_of_the_assessors_counts(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(with_panel("open-source", "quality.fit", panel(("A", 4), ("B", 1)))),
    )
    row = next(r for r in result.alternative("a").criteria if r.criterion == "quality.fit")
    assert row.score == 2.5 and row.source == "assessed"
    assert row.panel is not None
    assert (row.panel.aggregate, row.panel.value, row.panel.spread) == ("median", 2.5, 3)
    assert row.panel.disagreement
    # 50 * 2.5 / 4 + 50 * 3 / 4
    assert result.alternative("a").total == 68.75
    [gap] = result.gaps
    assert (gap.criterion, gap.reason) == ("quality.fit", "disagreement")
    assert gap.params["spread"] == 3 and gap.params["threshold"] == 2
    assert gap.path == ["alternatives", 0, "assessments", "quality.fit", "scores"]
    assert result.method.assessor_aggregate == "median"


def test_agreeing_assessors_are_no_gap(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(with_panel("open-source", "quality.fit", panel(("A", 4), ("B", 3), ("C", 4)))),
    )
    row = next(r for r in result.alternative("a").criteria if r.criterion == "quality.fit")
    assert row.score == 4 and row.panel is not None and not row.panel.disagreement
    assert result.gaps == []


def test_the_catalogue_chooses_the_mean_and_the_threshold(tmp_path: Path) -> None:
    local = tiny_extension(tmp_path, "policy:\n  assessors: {aggregate: mean, disagreement: 4}\n")
    result = evaluate(
        tmp_path,
        request(
            with_panel("open-source", "quality.fit", panel(("A", 4), ("B", 1), ("C", 1))),
            catalogue=local.name,
        ),
    )
    row = next(r for r in result.alternative("a").criteria if r.criterion == "quality.fit")
    assert row.score == 2 and row.panel is not None and row.panel.aggregate == "mean"
    assert row.panel.spread == 3 and not row.panel.disagreement
    assert result.method.assessor_aggregate == "mean" and result.method.disagreement_threshold == 4
    report = render(result, "md", "en").decode("utf-8")
    assert "Mean of 3 assessments: A 4, B 1, C 1." in report
    assert "Several assessors: the levels are combined by their mean" in report


def test_a_combined_level_below_the_floor_excludes(tmp_path: Path) -> None:
    # quality.fit has floor 1 in the tiny catalogue
    result = evaluate(
        tmp_path,
        request(with_panel("open-source", "quality.fit", panel(("A", 0), ("B", 1)))),
    )
    alt = result.alternative("a")
    assert not alt.eligible
    [knockout] = alt.knockouts
    assert (knockout.code, knockout.ref, knockout.params["score"]) == ("floor", "quality.fit", 0.5)
    report = render(result, "md", "de").decode("utf-8")
    assert "Eignung: 0,5 Punkte, Mindestwert 1" in report


def test_each_assessor_is_documented(tmp_path: Path) -> None:
    value = {
        "scores": [
            {"assessor": "A", "score": 3, "assessed_on": "2026-10-05", "evidence": "Notes A"},
            {"assessor": "B", "score": 2, "rationale": "Too slow in the pilot."},
        ],
        "rationale": "Pilot.",
    }
    result = evaluate(tmp_path, request(with_panel("open-source", "quality.fit", value)))
    row = next(r for r in result.alternative("a").criteria if r.criterion == "quality.fit")
    assert row.panel is not None
    first, second = row.panel.entries
    assert (first.rationale, first.evidence, str(first.assessed_on)) == (
        "Pilot.",
        ["Notes A"],
        "2026-10-05",
    )
    assert second.rationale == "Too slow in the pilot." and second.evidence == []
    [gap] = result.gaps
    assert gap.reason == "undocumented" and gap.params == {"missing": "evidence, assessed_on"}
    assert gap.path == ["alternatives", 0, "assessments", "quality.fit", "scores", 1]
    report = render(result, "md", "en").decode("utf-8")
    assert "Median of 2 assessments: A 3, B 2. B: Too slow in the pilot. Pilot." in report


def test_a_stale_assessor_makes_the_criterion_stale(tmp_path: Path) -> None:
    value = panel(("A", 3), ("B", 3))
    value["scores"][1]["assessed_on"] = "2025-01-10"
    result = evaluate(tmp_path, request(with_panel("open-source", "quality.fit", value)))
    row = next(r for r in result.alternative("a").criteria if r.criterion == "quality.fit")
    assert row.stale
    assert [g.reason for g in result.gaps] == ["stale"]


@pytest.mark.parametrize(
    ("criterion", "value", "message"),
    [
        (
            "quality.fit",
            {"score": 3, "scores": [{"assessor": "A", "score": 3}]},
            "'score' and 'scores' exclude each other",
        ),
        (
            "quality.legal",
            {"scores": [{"assessor": "A", "score": 3}]},
            "is a knock-out criterion: assess it with 'passed'",
        ),
        (
            "quality.fit",
            {"scores": [{"assessor": "A", "score": 3}, {"assessor": "A", "score": 2}]},
            "'A' assesses this criterion twice",
        ),
    ],
)
def test_panels_are_checked(
    tmp_path: Path, criterion: str, value: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError) as caught:
        evaluate(tmp_path, request(with_panel("open-source", criterion, value)))
    assert any(message in p.text("en") for p in caught.value.problems), caught.value.problems


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 4), min_size=1, max_size=50))
def test_aggregates_agree_with_the_statistics_module(levels: list[int]) -> None:
    assert combine(levels, "median") == statistics.median(levels)
    assert combine(levels, "mean") == pytest.approx(statistics.fmean(levels))
    assert min(levels) <= combine(levels, "median") <= max(levels)
