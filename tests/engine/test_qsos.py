# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""QSOS: the worked aggregation example from its documentation, and strict selection.

Totals with the tiny catalogue: 50 * fit / 4 + 50 * control / 4.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ossfirst.api import render
from ossfirst.engine.scoring import aggregate
from ossfirst.errors import InputError
from ossfirst.model.catalogue import Criterion, Text
from tests.engine.requests import alternative, evaluate, request, tiny_extension

T = Text(de="x", en="x")


def test_qsos_worked_example_is_the_weighted_mean() -> None:
    # QSOS: four sections weighted 200/250/150/100 with scores 2/2/1/2 give
    # 1250 / 700 = 1.79 of 2. On the 0-4 scale the same mean is 89.29 % of the top.
    criteria = [
        Criterion(
            id=f"quality.s{n}",
            kind="assessed",
            title=T,
            question=T,
            levels=dict.fromkeys(range(5), T),
            weight=weight,
        )
        for n, weight in enumerate([200, 250, 150, 100])
    ]
    scores = {c.id: 2.0 * s for c, s in zip(criteria, [2, 2, 1, 2], strict=True)}
    weighted = aggregate(criteria, ["quality"], {"quality": 100}, scores)
    score = weighted.dimension_score["quality"]
    assert score is not None
    assert round(score / 100 * 2, 2) == 1.79
    assert score == pytest.approx(100 * 1250 / 700 / 2)


def test_critical_must_be_at_the_top_relevant_not_at_the_bottom(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("top", "open-source", 4, 1),
            alternative("short", "open-source", 3, 4),
            alternative("bottom", "open-source", 4, 0),
            strict_selection={"critical": ["quality.fit"], "relevant": ["sovereignty.control"]},
        ),
    )
    assert result.method.strict_selection is not None
    assert result.method.strict_selection.critical == ["quality.fit"]
    assert result.alternative("top").eligible
    [short] = result.alternative("short").knockouts
    assert (short.code, short.ref, short.params["mark"], short.params["score"]) == (
        "strict-selection",
        "quality.fit",
        "critical",
        3,
    )
    [bottom] = result.alternative("bottom").knockouts
    assert (bottom.ref, bottom.params["mark"]) == ("sovereignty.control", "relevant")
    # without strict selection 'short' (87.5) would beat 'top' (62.5)
    assert result.verdict.recommended == "top"
    report = render(result, "md", "en").decode("utf-8")
    assert "strict selection: Fit is critical and has level 3" in report
    assert (
        "Strict selection (after QSOS)" in report and "Critical: Fit. Relevant: Control." in report
    )


def test_strict_selection_is_off_by_default(tmp_path: Path) -> None:
    result = evaluate(tmp_path, request(alternative("short", "open-source", 3, 0)))
    assert result.method.strict_selection is None
    assert result.alternative("short").eligible


def test_the_catalogue_marks_and_switches_on(tmp_path: Path) -> None:
    local = tiny_extension(
        tmp_path,
        "policy: {strict_selection: true}\n"
        "overrides:\n  sovereignty.control: {selection: critical}\n",
    )
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, 4),
            alternative("b", "open-source", 4, 3),
            catalogue=local.name,
        ),
    )
    assert result.method.strict_selection is not None
    assert result.method.strict_selection.critical == ["sovereignty.control"]
    assert not result.alternative("b").eligible


def test_unassessed_counts_as_zero_under_the_zero_rule(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, None),
            strict_selection={"relevant": ["sovereignty.control"]},
        ),
    )
    [knockout] = result.alternative("a").knockouts
    assert knockout.params["unassessed"] is True
    assert "not assessed (counts as 0)" in render(result, "md", "en").decode("utf-8")


def test_unassessed_is_unchecked_under_renormalise(tmp_path: Path) -> None:
    local = tiny_extension(tmp_path, "policy: {missing_data: renormalise}\n")
    result = evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, None),
            catalogue=local.name,
            strict_selection={"critical": ["sovereignty.control"]},
        ),
    )
    assert result.alternative("a").eligible
    [warning] = [w for w in result.warnings if w.code == "strict-selection-unverified"]
    assert warning.alternative == "a" and warning.params == {"criterion": "sovereignty.control"}


@pytest.mark.parametrize(
    ("marks", "message"),
    [
        ({"critical": ["quality.legal"]}, "'quality.legal' is a knock-out criterion"),
        ({"relevant": ["quality.fitt"]}, "has no criterion 'quality.fitt' (did you mean"),
    ],
)
def test_marks_are_checked(tmp_path: Path, marks: dict[str, list[str]], message: str) -> None:
    with pytest.raises(InputError) as caught:
        evaluate(tmp_path, request(alternative("a", "open-source", 4, 4), strict_selection=marks))
    assert any(message in p.text("en") for p in caught.value.problems)


def test_a_knock_out_criterion_takes_no_mark(tmp_path: Path) -> None:
    local = tiny_extension(tmp_path, "overrides:\n  quality.legal: {selection: critical}\n")
    with pytest.raises(InputError) as caught:
        evaluate(tmp_path, request(alternative("a", "open-source", 4, 4), catalogue=local.name))
    assert any("takes no selection mark" in p.text("en") for p in caught.value.problems)
