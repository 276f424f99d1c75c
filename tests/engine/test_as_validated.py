# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The Result's rows the engine builds without validation (``as_validated``) are the
instances validation gives for the same values: equal, of the same types field by field,
with the same set fields and the same JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from ossfirst.api import evaluate_file
from ossfirst.engine.criteria import Draft
from ossfirst.model.result import Result
from tests.conftest import EXAMPLES

REQUESTS = sorted(EXAMPLES.glob("*.yaml")) + sorted((EXAMPLES / "repo").rglob("*.yaml"))


def assert_as_validated(model: BaseModel) -> None:
    cls = type(model)
    values: dict[str, Any] = {name: getattr(model, name) for name in cls.model_fields}
    validated = cls(**values)
    assert validated == model
    for name in cls.model_fields:
        assert type(getattr(validated, name)) is type(getattr(model, name)), name
    assert validated.model_fields_set == model.model_fields_set
    assert validated.model_dump_json() == model.model_dump_json()


def built_rows(result: Result) -> list[BaseModel]:
    rows: list[BaseModel] = []
    for a in result.alternatives:
        rows.extend([*a.criteria, *a.dimensions, *a.requirements, *a.economics.cash_flows])
    return rows


@pytest.mark.parametrize("path", REQUESTS, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_rows_built_without_validation_are_the_validated_ones(path: Path) -> None:
    rows = built_rows(evaluate_file(path, draws=0))
    assert {type(row).__name__ for row in rows} >= {
        "CriterionScore",
        "DimensionScore",
        "RequirementCoverage",
        "CashFlow",
    }
    for row in rows:
        assert_as_validated(row)


def test_a_whole_number_becomes_a_float_and_the_evidence_a_list_of_its_own() -> None:
    evidence = ["a.pdf"]
    draft = Draft(
        criterion="c",
        dimension="d",
        kind="computed",
        source="computed",
        score=3,
        passed=None,
        value=5,
        rationale=None,
        evidence=evidence,
        assessed_on=None,
        assessor=None,
        stale=False,
        imported=None,
        panel=None,
        reason=None,
    )
    row = draft.final(weight=4, contribution=1, below_floor=False)
    assert type(row.value) is float and type(row.weight) is float
    assert type(row.contribution) is float and type(row.score) is int
    assert row.evidence == evidence and row.evidence is not evidence
    assert_as_validated(row)


def test_whole_amounts_give_float_cash_flows() -> None:
    from ossfirst.engine.economics import economics
    from ossfirst.model.request import Costs

    found = economics(Costs(one_time={"licence": 1000}, yearly={"support": 200}, exit=50), 3, 0.0)
    for flow in found.cash_flows:
        assert type(flow.nominal) is float and type(flow.present_value) is float
        assert_as_validated(flow)
    assert [flow.nominal for flow in found.cash_flows] == [1000.0, 200.0, 200.0, 250.0]
