# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""OpenSSF Scorecard results: every check, the aggregate recomputed with the catalogue's
risk weights (-1 left out, never 0), and the level of security.supply-chain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.evidence import scorecard
from ossfirst.model.catalogue import ScorecardWeights
from tests.evidence.helpers import REAL, SPEC, evidence_file


def read(path: Path, weights: ScorecardWeights | None = None) -> scorecard.Reading:
    return scorecard.read(evidence_file("scorecard", path), weights)


@pytest.mark.parametrize(
    ("name", "published"),
    [("ossf__scorecard.scorecard.json", 5.0), ("fendora-io__sieve-action.scorecard.json", 7.0)],
)
def test_the_recomputed_aggregate_matches_scorecards_own(name: str, published: float) -> None:
    # Scorecard's default weights are the catalogue's; it rounds to one decimal.
    facts = read(REAL / name).facts
    assert facts.published_score == published
    assert facts.aggregate is not None
    assert abs(facts.aggregate - published) < 0.05


def test_inconclusive_checks_are_left_out_not_counted_as_zero() -> None:
    facts = read(REAL / "ossf__scorecard.scorecard.json").facts
    inconclusive = [c.name for c in facts.checks if c.score is None]
    assert inconclusive == ["CI-Tests", "Packaging", "Signed-Releases"]
    as_zero = [c for c in facts.checks if c.weight]
    total = sum(c.weight for c in as_zero)
    zero_mean = sum(c.weight * (c.score or 0) for c in as_zero) / total
    assert facts.aggregate == pytest.approx(4.97, abs=0.005)
    assert zero_mean < facts.aggregate - 0.5  # counting them as 0 would be visibly lower


def test_every_check_with_its_risk_weight_and_criterion() -> None:
    facts = read(REAL / "fendora-io__sieve-action.scorecard.json").facts
    assert len(facts.checks) == 18
    assert [c.name for c in facts.checks] == sorted(c.name for c in facts.checks)
    by_name = {c.name: c for c in facts.checks}
    assert (by_name["Dangerous-Workflow"].risk, by_name["Dangerous-Workflow"].weight) == (
        "critical",
        10.0,
    )
    assert (by_name["Code-Review"].risk, by_name["Code-Review"].score) == ("high", 1)
    assert by_name["Fuzzing"].weight == 5.0
    assert by_name["License"].weight == 2.5
    assert by_name["Vulnerabilities"].criterion == "security.patching"
    assert by_name["License"].criterion == "security.auditability"
    assert by_name["Signed-Releases"].criterion == "security.supply-chain"
    assert by_name["SAST"].reason == "SAST tool detected but not run on all commits"
    assert by_name["SAST"].documentation is not None
    assert facts.repository == "github.com/fendora-io/sieve-action"
    assert facts.date == dt.date(2026, 7, 13)  # the calendar day as written (+02:00)
    assert facts.scorecard_version == "v5.5.0"


def test_a_date_without_time() -> None:
    assert read(REAL / "ossf__scorecard.scorecard.json").facts.date == dt.date(2022, 3, 21)


def test_the_catalogues_weights_are_used() -> None:
    path = REAL / "fendora-io__sieve-action.scorecard.json"
    only_critical = ScorecardWeights(critical=1, high=0, medium=0, low=0)
    facts = read(path, only_critical).facts
    assert facts.aggregate == 10.0  # Dangerous-Workflow alone, scored 10
    equal = ScorecardWeights(critical=1, high=1, medium=1, low=1)
    facts = read(path, equal).facts
    scores = [c.score for c in facts.checks if c.score is not None]
    assert facts.aggregate == pytest.approx(sum(scores) / len(scores), abs=0.005)


def test_all_fields_of_the_v2_layout() -> None:
    reading = read(SPEC / "scorecard-v2.json")
    facts = reading.facts
    assert facts.commit == "8c3d2a4d1b2e9c0f7a6b5c4d3e2f1a0b9c8d7e6f"
    assert facts.published_score == 8.6
    by_name = {c.name: c for c in facts.checks}
    assert by_name["SBOM"].risk == "medium"
    assert by_name["Webhooks"].risk == "critical"
    unknown = by_name["Binary-Reproducibility"]
    assert (unknown.risk, unknown.weight, unknown.criterion) == (None, 0.0, None)
    [warning] = reading.warnings
    assert (warning.code, warning.params["check"]) == ("sc-unknown-check", "Binary-Reproducibility")
    assert warning.params["file"] == "scorecard-v2.json"


@pytest.mark.parametrize(
    ("aggregate", "level"),
    [(10.0, 4), (8.0, 4), (7.99, 3), (6.0, 3), (5.99, 2), (4.0, 2), (3.99, 1), (2.0, 1),
     (1.99, 0), (0.0, 0)],
)  # fmt: skip
def test_levels_of_supply_chain(aggregate: float, level: int) -> None:
    assert scorecard.level_of(aggregate) == level


def test_the_level_and_its_reason() -> None:
    derived = scorecard.derive(read(REAL / "ossf__scorecard.scorecard.json"))
    [(criterion, source)] = derived.levels.items()
    assert criterion == "security.supply-chain"
    assert source.score == 2
    assert source.reason.code == "sc-aggregate"
    assert source.reason.params == {"aggregate": 4.97, "counted": 15, "inconclusive": 3}
    assert derived.date == dt.date(2022, 3, 21)


def test_only_inconclusive_checks_give_no_level(tmp_path: Path) -> None:
    data = json.loads((REAL / "ossf__scorecard.scorecard.json").read_text("utf-8"))
    for check in data["checks"]:
        check["score"] = -1
    path = tmp_path / "scorecard.json"
    path.write_text(json.dumps(data), "utf-8")
    derived = scorecard.derive(read(path))
    assert derived.levels == {}
    assert [w.code for w in derived.warnings] == ["sc-inconclusive"]


def test_a_result_without_checks_is_not_a_scorecard(tmp_path: Path) -> None:
    path = tmp_path / "scorecard.json"
    path.write_text('{"date": "2026-01-01", "repo": {"name": "x"}}', "utf-8")
    with pytest.raises(InputError) as error:
        read(path)
    assert "not an OpenSSF Scorecard result" in error.value.problems[0].text("en")
