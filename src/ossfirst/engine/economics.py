# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Total cost of ownership and its present value.

One-time costs fall at t = 0, yearly costs at the end of years 1..H, the exit (migration-out)
cost at t = H; ``PV = sum_t C_t / (1 + r)^t``. Exit cost is part of TCO.
"""

from __future__ import annotations

from ossfirst.model.common import as_validated
from ossfirst.model.request import Costs
from ossfirst.model.result import CashFlow, Economics


def discount_factor(rate: float, year: int) -> float:
    """``1 / (1 + rate)^year``."""
    return float(1.0 / (1.0 + rate) ** year)


def present_value(amount: float, rate: float, year: int) -> float:
    """The value today of ``amount`` due at the end of ``year``."""
    return amount * discount_factor(rate, year)


def economics(costs: Costs, horizon_years: int, rate: float) -> Economics:
    """Cash flows per year and the present value of the TCO over the horizon."""
    one_time_total = sum(costs.one_time.values())
    yearly_total = sum(costs.yearly.values())
    flows: list[CashFlow] = []
    pv_total = 0.0
    nominal_total = 0.0
    for year in range(horizon_years + 1):
        nominal = one_time_total if year == 0 else yearly_total
        if year == horizon_years:
            nominal += costs.exit
        factor = discount_factor(rate, year)
        value = nominal * factor
        pv_total += value
        nominal_total += nominal
        flows.append(
            as_validated(
                CashFlow,
                {
                    "year": year,
                    "nominal": float(round(nominal, 2)),
                    "discount_factor": float(round(factor, 6)),
                    "present_value": float(round(value, 2)),
                },
            )
        )
    return Economics(
        currency="EUR",
        horizon_years=horizon_years,
        discount_rate=rate,
        one_time={k: round(v, 2) for k, v in costs.one_time.items()},
        yearly={k: round(v, 2) for k, v in costs.yearly.items()},
        exit=round(costs.exit, 2),
        one_time_total=round(one_time_total, 2),
        yearly_total=round(yearly_total, 2),
        nominal_total=round(nominal_total, 2),
        present_value=round(pv_total, 2),
        present_value_exit=round(present_value(costs.exit, rate, horizon_years), 2),
        cash_flows=flows,
    )
