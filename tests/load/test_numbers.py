# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Money amounts and rates as a German or English user types them: what is accepted, and
how the reading of the rest is spelled out."""

from __future__ import annotations

import pytest

from ossfirst.errors import InputError
from ossfirst.load import numbers, yamlsource
from ossfirst.load.yamlsource import SourceMap


def problem(written: str, kind: str = "money") -> str | None:
    data, source = yamlsource.parse(f"value: {written}\n", "x.yaml")
    found = numbers.problems(data, source, [(("value",), kind)])  # type: ignore[list-item]
    return found[0].text("en") if found else None


@pytest.mark.parametrize(
    "written", ["60000", "60_000", "60000.5", "60000.50", "0.99", "1e6", "0", "'12'"]
)
def test_amounts_written_plainly_are_accepted(written: str) -> None:
    assert problem(written) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("60.000", "60.000 is read as 60 EUR (in YAML a dot is the decimal point)"),
        ("5.500", "5.500 is read as 5.50 EUR"),
        ("12.345", "12.345 is read as 12.345 EUR"),
        ("1.250.000", "for 1,250,000 EUR write 1250000 (or 1_250_000)"),
        ("60,000", "'60,000' is not a number in YAML (thousands separators)"),
        ("60 000", "for 60,000 EUR write 60000 (or 60_000), without separators"),
        ("60.000,50", "for 60,000.50 EUR write 60000.50 (or 60_000.50)"),
        ("99,90", "(a decimal comma) (for 99.90 EUR write 99.90, with a decimal point)"),
        ("1234.567", "euro amounts have at most two decimals (cents)"),
        ("0.125", "euro amounts have at most two decimals (cents)"),
        ("60000 EUR", "(a currency) (write 60000; amounts are always in EUR)"),
        ("€ 1.200", "(thousands separators and a currency)"),
    ],
)
def test_amounts_typed_otherwise_are_explained(written: str, expected: str) -> None:
    found = problem(written)
    assert found is not None and expected in found, found


@pytest.mark.parametrize("written", ["0.009", "0", "-0.005", "-0.05", "0.2", "0.15"])
def test_rates_as_fractions_are_accepted(written: str) -> None:
    assert problem(written, "rate") is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("0,9 %", "for 0.9 % write 0.009"),
        ("0.9%", "for 0.9 % write 0.009"),
        ("0,009", "for 0.9 % write 0.009"),
        ("0.9", "0.9 is read as a rate of 90 %"),
        ("9", "for 9 % write 0.09"),
        ("-0.5", "-0.5 is read as a rate of -50 %"),
    ],
)
def test_rates_typed_as_percentages_are_explained(written: str, expected: str) -> None:
    found = problem(written, "rate")
    assert found is not None and expected in found, found


def test_a_refused_number_replaces_the_schema_complaint_at_its_place() -> None:
    from pydantic import BaseModel

    class Amounts(BaseModel):
        a: float
        b: float

    data, source = yamlsource.parse("a: '1.250.000'\nb: x\n", "x.yaml")
    with pytest.raises(InputError) as caught:
        numbers.validate(Amounts, data, source, [(("a",), "money")])
    texts = [p.text("en") for p in caught.value.problems]
    assert len(texts) == 2
    assert texts[0].startswith("'1.250.000' is not a number in YAML")
    assert "A number is expected here, not 'x'" in texts[1]


def test_the_source_map_keeps_how_a_number_was_written() -> None:
    _, source = yamlsource.parse("a: 60.000\nb: [1_000, '2']\n", "x.yaml")
    assert source.texts == {("a",): "60.000", ("b", 0): "1_000"}
    assert isinstance(source, SourceMap)
