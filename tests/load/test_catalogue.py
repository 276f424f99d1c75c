# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The standard catalogue, and local catalogues that extend it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.load.catalogue import load_catalogue, shipped_catalogues
from ossfirst.model.catalogue import MAX_SCORE, Text


@pytest.fixture(scope="module")
def standard():  # type: ignore[no-untyped-def]
    return load_catalogue("standard")


def test_standard_is_shipped_and_versioned(standard) -> None:  # type: ignore[no-untyped-def]
    assert "standard" in shipped_catalogues()
    assert standard.id == "standard" and standard.version
    assert [ref.id for ref in standard.lineage] == ["standard"]
    assert len(standard.lineage[0].sha256) == 64


def test_five_dimensions_with_at_least_four_scored_criteria(standard) -> None:  # type: ignore[no-untyped-def]
    assert [d.id for d in standard.dimensions] == [
        "economics",
        "security",
        "practicality",
        "sovereignty",
        "lock-in",
    ]
    for dimension in standard.dimensions:
        scored = [c for c in standard.criteria_of(dimension.id) if c.scored]
        assert len(scored) >= 4, dimension.id


def test_required_computed_criteria_exist(standard) -> None:  # type: ignore[no-untyped-def]
    metrics = {c.computation.metric: c.dimension for c in standard.criteria if c.computation}
    assert metrics == {
        "tco-ratio": "economics",
        "exit-cost-share": "lock-in",
        "licence-freedom": "sovereignty",
        "open-standards-share": "lock-in",
        "requirements-coverage": "practicality",
        "providers": "lock-in",
        "jurisdiction": "sovereignty",
        "deployment": "sovereignty",
        # standard catalogue 2.0
        "operators": "sovereignty",
        "exit-plan": "lock-in",
        "framework-contract": "economics",
    }
    assert any(c.kind == "knock-out" for c in standard.criteria)
    assert any(c.floor for c in standard.criteria)


def test_every_user_facing_text_is_bilingual(standard) -> None:  # type: ignore[no-untyped-def]
    texts: list[Text] = [standard.title]
    for dimension in standard.dimensions:
        texts += [dimension.title, dimension.description]
    for criterion in standard.criteria:
        texts += [criterion.title, criterion.question]
        if criterion.guidance:
            texts.append(criterion.guidance)
        if criterion.scored:
            assert criterion.levels is not None
            assert sorted(criterion.levels) == list(range(MAX_SCORE + 1)), criterion.id
            texts += list(criterion.levels.values())
    for profile in standard.profiles.values():
        texts += [profile.title, profile.rationale]
    for text in texts:
        assert text.de.strip() and text.en.strip()
        assert text.de != text.en or len(text.de) < 20  # short proper names may coincide


def test_profiles_sum_to_100_with_rationale(standard) -> None:  # type: ignore[no-untyped-def]
    assert {"balanced", "sovereignty-first", "cost-focused"} <= set(standard.profiles)
    for profile in standard.profiles.values():
        assert math.isclose(sum(profile.weights.values()), 100)
        assert len(profile.rationale.en) > 40


def test_policy_parameters(standard) -> None:  # type: ignore[no-untyped-def]
    policy = standard.policy
    assert policy.missing_data in ("zero", "renormalise")
    assert policy.margin > 0 and policy.evidence_expiry_months > 0
    assert policy.discount_rate.value == 0.009
    assert "Finanzen" in policy.discount_rate.source.de


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


HEAD = """ossfirst_catalogue: 1
id: musterstadt
version: "2026.1"
title: {de: Katalog der Stadt Musterstadt, en: Exampletown catalogue}
extends: standard
"""


def test_local_catalogue_overrides_adds_and_tightens(tmp_path: Path) -> None:
    local = write(
        tmp_path / "local.yaml",
        HEAD
        + """
policy: {margin: 5, evidence_expiry_months: 18}
overrides:
  security.patching: {weight: 50, floor: 2}
  lock-in.vendor-diversity: {computation: {metric: providers, thresholds: [8, 4, 2, 1]}}
criteria:
  - id: security.bsi-c5
    kind: assessed
    weight: 10
    title: {de: BSI C5, en: BSI C5}
    question: {de: "Liegt ein C5-Testat vor?", en: "Is there a C5 attestation?"}
    levels: {0: {de: a, en: a}, 1: {de: b, en: b}, 2: {de: c, en: c}, 3: {de: d, en: d},
             4: {de: e, en: e}}
profiles:
  musterstadt:
    title: {de: Musterstadt, en: Exampletown}
    rationale: {de: Ratsbeschluss 2026/17, en: Council decision 2026/17}
    weights: {economics: 10, security: 30, practicality: 20, sovereignty: 25, lock-in: 15}
""",
    )
    resolved = load_catalogue(str(local))
    standard = load_catalogue("standard")
    assert [r.id for r in resolved.lineage] == ["standard", "musterstadt"]
    assert resolved.policy.margin == 5 and resolved.policy.evidence_expiry_months == 18
    assert resolved.policy.discount_rate == standard.policy.discount_rate  # inherited
    patching = resolved.criterion("security.patching")
    assert patching is not None and patching.weight == 50 and patching.floor == 2
    diversity = resolved.criterion("lock-in.vendor-diversity")
    assert diversity is not None and diversity.computation is not None
    assert diversity.computation.thresholds == [8, 4, 2, 1]
    assert resolved.criterion("security.bsi-c5") is not None
    assert len(resolved.criteria) == len(standard.criteria) + 1
    assert set(resolved.profiles) == set(standard.profiles) | {"musterstadt"}


def problem_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_catalogue(str(path))
    problem = info.value.problems[0]
    return f"{problem.location.line}:{problem.location.column} {problem.text('en')}"


def test_floors_may_only_tighten(tmp_path: Path) -> None:
    local = write(
        tmp_path / "l.yaml",
        HEAD + "overrides:\n  security.patching: {floor: 1}\n"
        "  practicality.usability: {floor: 2}\n",
    )
    load_catalogue(str(local))  # same floor and a new floor are fine
    loose = write(tmp_path / "m.yaml", HEAD + "overrides:\n  security.patching: {floor: 1}\n")
    loose.write_text(loose.read_text().replace("floor: 1", "floor: 2"))
    lower = write(
        tmp_path / "lower.yaml",
        HEAD.replace("extends: standard", f"extends: {loose}").replace(
            "id: musterstadt", "id: district"
        )
        + "overrides:\n  security.patching: {floor: 1}\n",
    )
    assert "may only be tightened (inherited: 2)" in problem_of(lower)


def test_override_of_unknown_criterion_suggests(tmp_path: Path) -> None:
    local = write(tmp_path / "l.yaml", HEAD + "overrides:\n  security.patchin: {weight: 2}\n")
    assert problem_of(local) == (
        "7:3 The base catalogue has no criterion 'security.patchin' "
        "(did you mean 'security.patching'?)"
    )


def test_redefining_an_inherited_criterion_is_refused(tmp_path: Path) -> None:
    local = write(
        tmp_path / "l.yaml",
        HEAD
        + """criteria:
  - id: security.patching
    kind: assessed
    weight: 1
    title: {de: x, en: x}
    question: {de: x, en: x}
    levels: {0: {de: a, en: a}, 1: {de: b, en: b}, 2: {de: c, en: c}, 3: {de: d, en: d},
             4: {de: e, en: e}}
""",
    )
    assert "already inherited" in problem_of(local)


def test_profile_must_sum_to_100(tmp_path: Path) -> None:
    local = write(
        tmp_path / "l.yaml",
        HEAD
        + """profiles:
  lopsided:
    title: {de: x, en: x}
    rationale: {de: x, en: x}
    weights: {economics: 50, security: 30, practicality: 20, sovereignty: 20, lock-in: 0}
""",
    )
    assert "sum to 120, not 100" in problem_of(local)


def test_extends_cycle_is_detected(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    write(a, HEAD.replace("extends: standard", "extends: b.yaml").replace("musterstadt", "a"))
    write(b, HEAD.replace("extends: standard", "extends: a.yaml").replace("musterstadt", "b"))
    assert "cycle" in problem_of(a)
    own = write(tmp_path / "self.yaml", HEAD.replace("extends: standard", "extends: self.yaml"))
    assert "cycle" in problem_of(own)


def test_unknown_shipped_catalogue(tmp_path: Path) -> None:
    local = write(tmp_path / "l.yaml", HEAD.replace("extends: standard", "extends: standart"))
    assert "ships no catalogue 'standart' (did you mean 'standard'?" in problem_of(local)


def test_dimensions_cannot_be_changed(tmp_path: Path) -> None:
    local = write(tmp_path / "l.yaml", HEAD + "dimensions: []\n")
    assert "cannot define dimensions" in problem_of(local)


def test_a_local_catalogue_replaces_nested_policy_keys(tmp_path: Path) -> None:
    local = write(
        tmp_path / "local.yaml",
        HEAD
        + """
policy:
  scorecard_risk_weights: {critical: 10, high: 10, medium: 5, low: 0}
  discount_rate: {value: 0.025, source: {de: Land, en: State}, date: 2026-01-01}
""",
    )
    resolved = load_catalogue(str(local))
    weights = resolved.policy.scorecard_risk_weights
    assert (weights.critical, weights.high, weights.medium, weights.low) == (10, 10, 5, 0)
    assert resolved.policy.discount_rate.value == 0.025
    assert resolved.policy.discount_rate.source.en == "State"


@pytest.mark.parametrize("rate", ["-0.005", "-0.05", "0"])
def test_a_local_catalogue_may_set_a_negative_or_zero_rate(tmp_path: Path, rate: str) -> None:
    # the federal rates for economic-efficiency studies were negative in 2020-2022
    local = write(
        tmp_path / "local.yaml",
        HEAD
        + f"""
policy:
  discount_rate: {{value: {rate}, source: {{de: BMF 2021, en: BMF 2021}}, date: 2021-01-01}}
""",
    )
    assert load_catalogue(str(local)).policy.discount_rate.value == float(rate)


def test_scorecard_weights_default_to_scorecards_own(standard) -> None:  # type: ignore[no-untyped-def]
    weights = standard.policy.scorecard_risk_weights
    assert (weights.critical, weights.high, weights.medium, weights.low) == (10, 7.5, 5, 2.5)
