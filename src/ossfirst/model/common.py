# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Building blocks shared by the catalogue, request and result models."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

LANGUAGES = ("de", "en")


class Model(BaseModel):
    """Base of every input model: unknown keys are errors, NaN and infinity are refused."""

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        coerce_numbers_to_str=True,
        str_strip_whitespace=True,
        validate_default=True,
        defer_build=True,
    )


class OutputModel(BaseModel):
    """Base of the Result models: plain data, serialised in field order."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(Model):
    """A user-facing text in both report languages."""

    de: Annotated[str, StringConstraints(min_length=1)]
    en: Annotated[str, StringConstraints(min_length=1)]

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


def _date_from_text(value: Any) -> Any:
    # pydantic would read an integer as a Unix timestamp; a YAML date is always text here.
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("date-format")
    return value


Date = Annotated[dt.date, BeforeValidator(_date_from_text)]

#: Identifiers that appear in file names, URLs and CI output: letters, digits, ``.``, ``_``, ``-``.
Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
#: A criterion id is ``dimension.name`` in lower case.
CriterionId = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,31}\.[a-z][a-z0-9-]{0,47}$")
]
DimensionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,31}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
Money = Annotated[float, Field(ge=0, le=1e12)]

#: The kinds of evidence file an alternative can declare, in the order they are read.
EvidenceKind = Literal["publiccode", "scorecard", "sbom"]
EVIDENCE_KINDS: tuple[EvidenceKind, ...] = ("publiccode", "scorecard", "sbom")


def omit_defaults(model: BaseModel, data: Any, names: tuple[str, ...]) -> Any:
    """``data`` (a model's serialised form) without the fields ``names`` while they hold
    their default.

    Fields added to a model after a release are left out this way, so that what a pinned
    catalogue version gives, its hash and the Result it produces, stays byte for byte what
    earlier releases wrote.
    """
    if not isinstance(data, dict):
        return data
    fields = type(model).model_fields
    for name in names:
        if name in data and getattr(model, name) == fields[name].get_default(
            call_default_factory=True
        ):
            del data[name]
    return data
