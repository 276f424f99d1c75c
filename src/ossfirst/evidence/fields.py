# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Building blocks of the models of the evidence files (publiccode.yml, Scorecard, SBOM)."""

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict


class Fields(BaseModel):
    """Base of the evidence file models: keys ossfirst does not read are ignored (the readers
    check them separately where the format's key list is known), NaN and infinity are
    refused, and a number where text belongs is read as text."""

    model_config = ConfigDict(
        extra="ignore",
        allow_inf_nan=False,
        coerce_numbers_to_str=True,
        str_strip_whitespace=True,
        defer_build=True,
    )


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]")


def _calendar_day(value: Any) -> Any:
    # Tools write date-times ("2026-06-27T17:41:00Z", "2026-07-13T17:39:01+02:00"); the
    # calendar day as written is the date of the file.
    if isinstance(value, str) and _DATE_TIME.match(value):
        return value[:10]
    return value


#: A date, or a date-time of which the calendar day is kept.
CalendarDay = Annotated[dt.date, BeforeValidator(_calendar_day)]
