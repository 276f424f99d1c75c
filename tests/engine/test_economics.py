# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Present value of the total cost of ownership."""

from __future__ import annotations

import pytest

from ossfirst.engine.economics import economics, present_value
from ossfirst.model.request import Costs


def test_worked_example_from_the_method_notes() -> None:
    # 10,000 EUR due in 10 years at 5 % is worth 6,139.13 EUR today.
    assert round(present_value(10_000, 0.05, 10), 2) == 6139.13


def test_cash_flows_place_each_cost_in_its_year() -> None:
    costs = Costs(one_time={"implementation": 1000.0}, yearly={"support": 100.0}, exit=50.0)
    result = economics(costs, horizon_years=3, rate=0.1)
    assert [f.nominal for f in result.cash_flows] == [1000.0, 100.0, 100.0, 150.0]
    assert result.nominal_total == 1350.0
    expected = 1000 + 100 / 1.1 + 100 / 1.1**2 + 150 / 1.1**3
    assert result.present_value == pytest.approx(expected, abs=0.01)
    assert result.present_value_exit == pytest.approx(50 / 1.1**3, abs=0.01)
    assert sum(f.present_value for f in result.cash_flows) == pytest.approx(
        result.present_value, abs=0.02
    )


def test_zero_rate_present_value_equals_nominal() -> None:
    costs = Costs(one_time={"a": 10.0}, yearly={"b": 5.0}, exit=3.0)
    result = economics(costs, horizon_years=4, rate=0.0)
    assert result.present_value == result.nominal_total == 10 + 4 * 5 + 3
