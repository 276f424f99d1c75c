# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Calendar arithmetic that several steps share: the end of a request's horizon (enrich
judges contracts and licence terms against it) and the evidence expiry (the engine)."""

from __future__ import annotations

import datetime as dt

#: Days of each month in a common year.
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The days of ``month`` (1 to 12) in ``year`` of the proleptic Gregorian calendar
    (without the module calendar, which imports the locale machinery)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative); the last day of the month
    where it does not exist (28 February for a 29th)."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return dt.date(year, month, min(day.day, _days_in(year, month)))


def horizon_end(start: dt.date, years: int) -> dt.date:
    """The last day of a horizon of ``years`` from ``start`` (28 February for a 29th)."""
    return add_months(start, 12 * years)
