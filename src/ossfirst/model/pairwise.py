# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Pairwise comparisons for ``ossfirst weights ahp``: which dimensions (or criteria of one
dimension) matter how much more than others, on Saaty's 1-9 scale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from ossfirst.model.common import DimensionId, Identifier, Model, NonEmpty, NotBoolean, Text

ItemName = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class ProfileSpec(Model):
    """The weight profile to write: its name, title and the reason for the weights."""

    id: Identifier
    title: Text
    rationale: Text


class PairwiseJudgement(Model):
    """``more`` is ``by`` times as important as ``than``: 1 equal, 3 moderately, 5 strongly,
    7 very strongly, 9 extremely more important (2, 4, 6, 8 in between)."""

    more: ItemName
    than: ItemName
    by: Annotated[int, Field(ge=1, le=9), NotBoolean]


class Pairwise(Model):
    """A file of pairwise comparisons.

    Without ``dimension`` the catalogue's dimensions are compared and ``profile`` names the
    weight profile to write; with ``dimension`` its weighted criteria are compared and their
    weights are written as overrides.
    """

    ossfirst_pairwise: Literal[1]
    catalogue: NonEmpty = "standard"
    dimension: DimensionId | None = None
    profile: ProfileSpec | None = None
    judgements: list[PairwiseJudgement] = Field(min_length=1, max_length=100)


@dataclass(frozen=True)
class Judgement:
    """``more`` is ``by`` times as important as ``than`` (1-9): one comparison as the AHP
    reads it."""

    more: str
    than: str
    by: int
