# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Building blocks shared by the catalogue, request and result models."""

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
)
from pydantic.fields import FieldInfo

from ossfirst.model import limits

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


_set = object.__setattr__
_Output = TypeVar("_Output", bound=OutputModel)


def as_validated(cls: type[_Output], values: dict[str, Any]) -> _Output:
    """``cls(**values)`` without validating ``values``: for the engine's many rows, whose
    values it makes already as validation would leave them (of the field's type, ``float``
    where a field is one, lists of their own, nested models as they are). ``values`` names
    every field, so that the instance is the one ``cls(**values)`` gives, with the same set
    fields; a test compares the two on every example. A third of the time of validation."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


class Text(Model):
    """A user-facing text in both report languages."""

    de: Annotated[str, StringConstraints(min_length=1, max_length=limits.TEXT)]
    en: Annotated[str, StringConstraints(min_length=1, max_length=limits.TEXT)]

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


def _date_from_text(value: Any) -> Any:
    # pydantic would read an integer as a Unix timestamp; a YAML date is always text here.
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("date-format")
    return value


#: Dates outside this range are typing errors (9999-12-31), and the horizon's arithmetic
#: beyond the year 9999 would fail.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def _date_in_range(value: dt.date) -> dt.date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError("date-range")
    return value


Date = Annotated[dt.date, BeforeValidator(_date_from_text), AfterValidator(_date_in_range)]


def _not_a_boolean(value: Any) -> Any:
    # Lax validation would read true as the number 1: a typo must not become a score.
    if isinstance(value, bool):
        raise ValueError("number-not-boolean")
    return value


#: Put before a number's constraints: ``true`` and ``false`` are no numbers.
NotBoolean = BeforeValidator(_not_a_boolean)
#: ``true`` or ``false`` only, as the README promises: not ``yes``, ``on`` or ``1``, which
#: lax validation would accept (YAML 1.1 booleans written as text).
Flag = Annotated[bool, Strict()]

#: Identifiers that appear in file names, URLs and CI output: letters, digits, ``.``, ``_``, ``-``.
Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
#: Names Windows reserves for devices, with or without an extension (``CON``, ``nul.txt``).
WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{name}{n}" for name in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)


def _not_a_device_name(value: str) -> str:
    if value.split(".", 1)[0].upper() in WINDOWS_DEVICES:
        raise ValueError("windows-device")
    return value


#: An identifier that names files (the request's reports): no Windows device name, since
#: reports travel to Windows desktops, where ``CON.md`` cannot be opened.
FileId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"),
    AfterValidator(_not_a_device_name),
]
#: A criterion id is ``dimension.name`` in lower case.
CriterionId = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,31}\.[a-z][a-z0-9-]{0,47}$")
]
DimensionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,31}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=limits.TEXT)]
Money = Annotated[float, Field(ge=0, le=1e12), NotBoolean]


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
        if name not in data:
            continue
        if getattr(model, name) == default_of(fields[name]):
            del data[name]
    return data


def default_of(field: FieldInfo) -> Any:
    """A field's default, its factory called (no factory here takes the validated data).

    pydantic's ``get_default(call_default_factory=True)`` first asks the factory's signature
    whether it takes the data, which for a builtin such as ``list`` means parsing its text
    signature with the tokenizer, on every serialisation."""
    factory = cast(Callable[[], Any] | None, field.default_factory)
    return factory() if factory is not None else field.default
