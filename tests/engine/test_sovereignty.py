# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The EU Cloud Sovereignty Framework: the shipped catalogue, the framework's score, the
overall SEAL as the weakest objective, and minimum levels as knock-outs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ossfirst.api import evaluate_file, render
from ossfirst.engine.sovereignty import assess, minimums
from ossfirst.errors import InputError
from ossfirst.load.catalogue import load_catalogue
from tests.conftest import EXAMPLES

CLOUD = EXAMPLES / "cloud-platform.yaml"
WEIGHTS = [15, 10, 10, 15, 20, 15, 10, 5]


@pytest.fixture(scope="module")
def eu_csf():  # type: ignore[no-untyped-def]
    return load_catalogue("eu-csf")


def test_the_shipped_framework(eu_csf) -> None:  # type: ignore[no-untyped-def]
    framework = eu_csf.sovereignty_framework
    assert framework is not None
    assert (framework.id, framework.version, framework.published) == ("eu-csf", "1.2.1", "2025-10")
    assert "DG DIGIT" in framework.source.en and "DG DIGIT" in framework.source.de
    assert [o.id for o in framework.objectives] == [f"SOV-{n}" for n in range(1, 9)]
    weights = [eu_csf.criterion(o.criterion).weight for o in framework.objectives]
    assert weights == WEIGHTS and sum(weights) == 100
    assert sorted(framework.levels) == [0, 1, 2, 3, 4]
    # the sovereignty dimension is the framework alone: the standard criteria stay, at 0
    counted = [c for c in eu_csf.criteria_of("sovereignty") if c.weight > 0]
    assert [c.id for c in counted] == [o.criterion for o in framework.objectives]
    assert eu_csf.criterion("sovereignty.licence-freedom").weight == 0
    for objective in framework.objectives:
        criterion = eu_csf.criterion(objective.criterion)
        assert criterion.kind == "assessed" and sorted(criterion.levels) == [0, 1, 2, 3, 4]


def test_score_and_overall_level_by_the_framework(eu_csf) -> None:  # type: ignore[no-untyped-def]
    framework = eu_csf.sovereignty_framework
    weights = {c.id: c.weight for c in eu_csf.criteria}
    criteria = [o.criterion for o in framework.objectives]
    levels = dict(zip(criteria, [4, 4, 3, 4, 3, 4, 3, 3], strict=True))
    score, knockouts = assess(framework, weights, levels, minimums(framework, None), True)
    # (15*4 + 10*4 + 10*3 + 15*4 + 20*3 + 15*4 + 10*3 + 5*3) / 4 = 88.75
    assert score.score == 88.75 and score.overall_seal == 3 and knockouts == []
    assert [o.weight for o in score.objectives] == WEIGHTS
    full, _ = assess(
        framework, weights, dict.fromkeys(criteria, 4), minimums(framework, None), True
    )
    assert (full.score, full.overall_seal) == (100.0, 4)


def test_minimum_levels_exclude(eu_csf) -> None:  # type: ignore[no-untyped-def]
    framework = eu_csf.sovereignty_framework
    weights = {c.id: c.weight for c in eu_csf.criteria}
    criteria = [o.criterion for o in framework.objectives]
    levels = dict(zip(criteria, [4, 1, 2, 4, 3, 4, 3, 3], strict=True))
    required = minimums(framework, {"SOV-2": 2, "SOV-3": 2})
    score, knockouts = assess(framework, weights, levels, required, True)
    assert [(k.code, k.ref, k.params["seal"], k.params["minimum"]) for k in knockouts] == [
        ("seal-minimum", "SOV-2", 1, 2)
    ]
    assert score.overall_seal == 1
    # one level for every objective
    _, knockouts = assess(framework, weights, levels, minimums(framework, 3), True)
    assert [k.ref for k in knockouts] == ["SOV-2", "SOV-3"]


def test_unassessed_objectives_under_each_missing_data_rule(eu_csf) -> None:  # type: ignore[no-untyped-def]
    framework = eu_csf.sovereignty_framework
    weights = {c.id: c.weight for c in eu_csf.criteria}
    criteria = [o.criterion for o in framework.objectives]
    levels: dict[str, int | None] = dict.fromkeys(criteria, 4)
    levels["sovereignty.sov-5-supply-chain"] = None  # 20 %
    required = minimums(framework, 1)
    zero, knockouts = assess(framework, weights, levels, required, True)
    assert zero.score == 80.0 and zero.overall_seal == 0
    assert [(k.ref, k.params["unassessed"]) for k in knockouts] == [("SOV-5", True)]
    open_, knockouts = assess(framework, weights, levels, required, False)
    assert open_.score == 100.0 and open_.overall_seal is None and knockouts == []


def test_the_cloud_platform_example(tmp_path: Path) -> None:
    result = evaluate_file(CLOUD)
    info = result.sovereignty_framework
    assert info is not None and info.objectives == [f"SOV-{n}" for n in range(1, 9)]
    us = result.alternative("us-hyperscaler")
    assert not us.eligible
    assert [(k.code, k.ref) for k in us.knockouts] == [("seal-minimum", "SOV-2")]
    assert us.sovereignty is not None and us.sovereignty.overall_seal == 1
    scs = result.alternative("scs-provider")
    assert scs.sovereignty is not None
    assert (scs.sovereignty.overall_seal, scs.sovereignty.score) == (3, 88.75)
    # the sovereignty dimension score is the framework's score
    dimension = next(d for d in scs.dimensions if d.dimension == "sovereignty")
    assert dimension.score == scs.sovereignty.score
    report = render(result, "md", "de").decode("utf-8")
    assert "SOV-2: SEAL-1, verlangt mindestens SEAL-2" in report
    assert (
        "| **Gesamtstufe (schwächstes Ziel)** |  |  | **SEAL-3** | **SEAL-2** | **SEAL-1** |"
        in report
    )


def cloud_request(tmp_path: Path, **changes: Any) -> Path:
    data = yaml.safe_load(CLOUD.read_text("utf-8"))
    data.update(changes)
    path = tmp_path / "request.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def test_weights_are_overridable_in_a_local_catalogue(tmp_path: Path) -> None:
    # the later third-party transcription: 20/10/10/15/10/15/15/5
    local = tmp_path / "local.yaml"
    overrides = {
        "sovereignty.sov-1-strategic": {"weight": 20},
        "sovereignty.sov-5-supply-chain": {"weight": 10},
        "sovereignty.sov-7-security": {"weight": 15},
    }
    local.write_text(
        yaml.safe_dump(
            {
                "ossfirst_catalogue": 1,
                "id": "local-csf",
                "version": "1",
                "title": {"de": "L", "en": "L"},
                "extends": "eu-csf",
                "overrides": overrides,
            }
        ),
        "utf-8",
    )
    result = evaluate_file(cloud_request(tmp_path, catalogue=local.name))
    scs = result.alternative("scs-provider").sovereignty
    assert scs is not None
    assert [o.weight for o in scs.objectives] == [20, 10, 10, 15, 10, 15, 15, 5]
    # (20*4 + 10*4 + 10*3 + 15*4 + 10*3 + 15*4 + 15*3 + 5*3) / 4 = 90
    assert scs.score == 90.0


def test_the_request_only_tightens_the_catalogues_minimum(tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    catalogue = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "criteria" / "eu-csf" / "1.1.0.yaml").read_text(
            "utf-8"
        )
    )
    framework = catalogue["sovereignty_framework"]
    for objective in framework["objectives"]:
        objective["minimum_seal"] = 2
    local.write_text(
        yaml.safe_dump(
            {
                "ossfirst_catalogue": 1,
                "id": "strict-csf",
                "version": "1",
                "title": {"de": "S", "en": "S"},
                "extends": "eu-csf@1.1",
                "sovereignty_framework": framework,
            },
            allow_unicode=True,
        ),
        "utf-8",
    )
    result = evaluate_file(cloud_request(tmp_path, catalogue=local.name, minimum_seal=1))
    us = result.alternative("us-hyperscaler")
    assert {k.ref for k in us.knockouts} == {"SOV-1", "SOV-2", "SOV-4", "SOV-5"}
    assert {o.minimum_seal for o in us.sovereignty.objectives} == {2}  # type: ignore[union-attr]


def test_minimum_seal_needs_a_framework(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        evaluate_file(cloud_request(tmp_path, catalogue="standard"))
    texts = [p.text("en") for p in caught.value.problems]
    assert any("has no sovereignty framework" in t and "catalogue: eu-csf" in t for t in texts)


def test_unknown_objective(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        evaluate_file(cloud_request(tmp_path, minimum_seal={"SOV-9": 2, "SOV2": 1}))
    texts = sorted(p.text("en") for p in caught.value.problems)
    assert texts == [
        "The framework 'eu-csf' has no objective 'SOV-9' (did you mean 'SOV-8'?)",
        "The framework 'eu-csf' has no objective 'SOV2' (did you mean 'SOV-2'?)",
    ]


def test_framework_objectives_must_name_scored_criteria(tmp_path: Path) -> None:
    local = tmp_path / "bad.yaml"
    local.write_text(
        yaml.safe_dump(
            {
                "ossfirst_catalogue": 1,
                "id": "bad",
                "version": "1",
                "title": {"de": "B", "en": "B"},
                "extends": "standard",
                "sovereignty_framework": {
                    "id": "x",
                    "title": {"de": "X", "en": "X"},
                    "version": "1",
                    "published": "2026-01",
                    "source": {"de": "Q", "en": "S"},
                    "levels": {n: {"de": "d", "en": "e"} for n in range(4)},
                    "objectives": [
                        {"id": "OBJ-1", "criterion": "security.lawful-processing"},
                        {"id": "OBJ-1", "criterion": "security.patching"},
                    ],
                },
            },
            allow_unicode=True,
        ),
        "utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_catalogue(str(local))
    texts = sorted(p.text("en") for p in caught.value.problems)
    assert any("Every level 0 to 4 needs a description" in t for t in texts)
    assert any("needs an assessed or computed criterion" in t for t in texts)
    assert any("The objective 'OBJ-1' appears twice" in t for t in texts)
