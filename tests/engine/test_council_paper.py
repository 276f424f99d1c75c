# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What a request says for the council paper (budget line, first budget year, procurement,
sign-off, involvement) reaches the Result; a Result without it keeps its earlier schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ossfirst.api import evaluate_file, render
from ossfirst.errors import InputError
from tests.conftest import CASES

COUNCIL = """\
budget: 90000
budget_line: "1.11.01 / 7831000"
first_budget_year: 2027
procurement: {rules: uvgo, threshold: below-eu, procedure: restricted, competition: true}
prepared_by: {name: A. Meier, role: Amt 10, date: 2026-11-18}
approved_by: {name: B. Schulz, role: Dezernat I}
involvement:
  data_protection_officer: {date: 2026-10-30, note: no objections}
  staff_council: {required: false, note: no change to workplaces}
  disability_representative: {}
"""


def council_request(tmp_path: Path, extra: str = COUNCIL) -> Path:
    text = (CASES / "valid" / "minimal.yaml").read_text("utf-8")
    request = tmp_path / "r.yaml"
    request.write_text(text.replace("language: en\n", f"language: en\n{extra}", 1), "utf-8")
    return request


def test_the_council_paper_fields_reach_the_result(tmp_path: Path) -> None:
    result = evaluate_file(council_request(tmp_path))
    info = result.request
    assert result.schema_version == "1.4"
    assert info.budget_line == "1.11.01 / 7831000" and info.first_budget_year == 2027
    assert info.procurement is not None
    assert (info.procurement.rules, info.procurement.threshold) == ("uvgo", "below-eu")
    assert info.procurement.procedure == "restricted" and info.procurement.competition is True
    assert info.prepared_by is not None and info.prepared_by.date == dt.date(2026, 11, 18)
    assert info.approved_by is not None and info.approved_by.date is None
    assert info.involvement["data_protection_officer"].date == dt.date(2026, 10, 30)
    assert info.involvement["staff_council"].required is False
    # given without a date and without "required: false": still to come
    still = info.involvement["disability_representative"]
    assert still.date is None and still.required is True and still.note is None
    data = json.loads(render(result, "json", "en"))
    assert data["schema_version"] == "1.4"
    assert data["request"]["procurement"]["procedure"] == "restricted"


def test_a_request_without_them_keeps_the_earlier_schema(tmp_path: Path) -> None:
    result = evaluate_file(council_request(tmp_path, ""))
    assert result.schema_version in ("1.2", "1.3")
    data = json.loads(render(result, "json", "en"))
    for key in ("budget_line", "first_budget_year", "procurement", "prepared_by", "involvement"):
        assert key not in data["request"], key


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("first_budget_year: 27\n", "1900"),
        ("procurement: {procedure: auction}\n", "innovation-partnership"),
        ("involvement: {works_council: {}}\n", "works_council"),
    ],
)
def test_bad_council_paper_fields_are_refused_at_their_line(
    tmp_path: Path, extra: str, message: str
) -> None:
    with pytest.raises(InputError) as refused:
        evaluate_file(council_request(tmp_path, extra))
    [problem] = refused.value.problems
    assert problem.location.line == 9 and message in repr(problem)
