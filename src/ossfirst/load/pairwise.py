# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Load a file of pairwise comparisons and check it against its catalogue."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from ossfirst.errors import InputError, Location, Problem
from ossfirst.load import yamlsource
from ossfirst.load.catalogue import load_catalogue
from ossfirst.load.confine import repository_root
from ossfirst.load.validate import suggestion, validate
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model import limits
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.pairwise import Judgement, Pairwise
from ossfirst.texts import both


@dataclass(frozen=True)
class LoadedPairwise:
    """Checked comparisons with their catalogue and the items they compare."""

    pairwise: Pairwise
    source: SourceMap
    path: Path
    catalogue: Catalogue
    items: list[str]

    def judgements(self) -> list[Judgement]:
        return [Judgement(j.more, j.than, j.by) for j in self.pairwise.judgements]

    def locate(self, path: PathT) -> Location:
        return self.source.locate(path)


def _problem(
    location: Location, message: dict[str, str], hint: dict[str, str] | None = None
) -> Problem:
    return Problem(location, message, hint or {}, "pairwise")


def read_pairwise(path: Path, display: str | None = None) -> LoadedPairwise:
    """Parse, validate and check the comparisons at ``path`` (named ``display`` in messages);
    raise :class:`InputError`."""
    try:
        data, source = yamlsource.load(path, display)
    except InputError as exc:
        # The loader's hint for an empty file points to 'ossfirst init', which writes requests.
        if [p.code for p in exc.problems] == ["empty"]:
            empty = exc.problems[0]
            raise InputError(
                [
                    Problem(
                        empty.location,
                        empty.message,
                        both("ahp.hint.example"),
                        "empty",
                    )
                ]
            ) from None
        raise
    pairwise = validate(Pairwise, data, source)
    catalogue = load_catalogue(
        pairwise.catalogue,
        path.parent,
        referrer=source.locate(("catalogue",)),
        confine=repository_root(path),
    )
    problems: list[Problem] = []
    dimensions = [d.id for d in catalogue.dimensions]
    if pairwise.dimension is None:
        items = dimensions
        if pairwise.profile is None:
            problems.append(
                _problem(
                    source.locate(()),
                    both("ahp.profile-missing"),
                )
            )
    else:
        if pairwise.dimension not in dimensions:
            raise InputError(
                [
                    _problem(
                        source.locate(("dimension",)),
                        both(
                            "ahp.no-dimension", dimension=pairwise.dimension, catalogue=catalogue.id
                        ),
                        suggestion(pairwise.dimension, dimensions),
                    )
                ]
            )
        items = [
            c.id for c in catalogue.criteria_of(pairwise.dimension) if c.scored and c.weight > 0
        ]
        if pairwise.profile is not None:
            problems.append(
                _problem(
                    source.locate(("profile",)),
                    both("ahp.profile-not-here"),
                    both("ahp.hint.remove-profile"),
                )
            )
    most = limits.PAIRWISE_ITEMS
    if len(items) < 2 or len(items) > most:
        raise InputError(
            [
                _problem(
                    source.locate(("dimension",) if pairwise.dimension else ()),
                    both("ahp.item-count", items=len(items), most=most),
                )
            ]
        )
    seen: dict[frozenset[str], int] = {}
    for index, judgement in enumerate(pairwise.judgements):
        where: PathT = ("judgements", index)
        unknown = False
        for key in ("more", "than"):
            name = getattr(judgement, key)
            if name not in items:
                unknown = True
                problems.append(
                    _problem(
                        source.locate((*where, key)),
                        both("ahp.not-compared", name=name),
                        suggestion(name, items),
                    )
                )
        if unknown:
            continue
        if judgement.more == judgement.than:
            problems.append(
                _problem(
                    source.locate((*where, "than")),
                    both("ahp.itself", name=judgement.more),
                )
            )
            continue
        pair = frozenset((judgement.more, judgement.than))
        if pair in seen:
            problems.append(
                _problem(
                    source.locate(where),
                    both(
                        "ahp.compared-twice",
                        more=judgement.more,
                        than=judgement.than,
                        entry=seen[pair] + 1,
                    ),
                    both("ahp.hint.once"),
                )
            )
            continue
        seen[pair] = index
    missing = [
        f"{a} – {b}" for a, b in itertools.combinations(items, 2) if frozenset((a, b)) not in seen
    ]
    if missing and not problems:
        problems.append(
            _problem(
                source.locate(("judgements",)),
                both("ahp.missing", missing="; ".join(missing)),
                both("ahp.hint.missing"),
            )
        )
    if problems:
        raise InputError(problems)
    return LoadedPairwise(pairwise, source, path, catalogue, items)
