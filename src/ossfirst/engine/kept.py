# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What the engine makes from a catalogue and a profile alone, kept for the next request."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from ossfirst.model.catalogue import Catalogue

_T = TypeVar("_T")

#: Catalogue objects and profiles kept per function: a batch of requests mostly shares one.
KEEP = 8


def per_catalogue(make: Callable[[Catalogue, str], _T]) -> Callable[[Catalogue, str], _T]:
    """``make(catalogue, profile)``, kept for the last :data:`KEEP` catalogue objects and
    profiles it was asked for. What it makes must be read only. The catalogue is kept beside
    it, so that its id stays its own while the entry lives."""
    kept: dict[tuple[int, str], tuple[Catalogue, _T]] = {}

    @functools.wraps(make)
    def cached(catalogue: Catalogue, profile: str) -> _T:
        key = (id(catalogue), profile)
        found = kept.get(key)
        if found is not None and found[0] is catalogue:
            return found[1]
        made = make(catalogue, profile)
        if len(kept) >= KEEP:
            del kept[next(iter(kept))]
        kept[key] = (catalogue, made)
        return made

    return cached
