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


def _problem(location: Location, de: str, en: str, hint: dict[str, str] | None = None) -> Problem:
    return Problem(location, {"de": de, "en": en}, hint or {}, "pairwise")


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
                        {
                            "de": "ein Beispiel steht in der README unter „Weights from "
                            "pairwise comparisons (AHP)“",
                            "en": "see the example in the README, section 'Weights from "
                            "pairwise comparisons (AHP)'",
                        },
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
                    "Beim Vergleich der Dimensionen fehlt 'profile:' (Name, Titel und "
                    "Begründung des Gewichtungsprofils, das geschrieben wird).",
                    "Comparing the dimensions needs 'profile:' (name, title and rationale of "
                    "the weight profile to write).",
                )
            )
    else:
        if pairwise.dimension not in dimensions:
            raise InputError(
                [
                    _problem(
                        source.locate(("dimension",)),
                        f"Die Dimension '{pairwise.dimension}' gibt es im Katalog "
                        f"'{catalogue.id}' nicht.",
                        f"The catalogue '{catalogue.id}' has no dimension '{pairwise.dimension}'.",
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
                    "'profile:' gehört nur zum Vergleich der Dimensionen; Kriteriengewichte "
                    "werden als 'overrides:' geschrieben.",
                    "'profile:' belongs to comparing the dimensions only; criterion weights are "
                    "written as 'overrides:'.",
                    {"de": "entfernen Sie 'profile:'", "en": "remove 'profile:'"},
                )
            )
    most = limits.PAIRWISE_ITEMS
    if len(items) < 2 or len(items) > most:
        raise InputError(
            [
                _problem(
                    source.locate(("dimension",) if pairwise.dimension else ()),
                    f"Zu vergleichen sind {len(items)} Einträge; möglich sind 2 bis {most}.",
                    f"There are {len(items)} items to compare; 2 to {most} are possible.",
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
                        f"'{name}' wird hier nicht verglichen.",
                        f"'{name}' is not compared here.",
                        suggestion(name, items),
                    )
                )
        if unknown:
            continue
        if judgement.more == judgement.than:
            problems.append(
                _problem(
                    source.locate((*where, "than")),
                    f"'{judgement.more}' wird mit sich selbst verglichen.",
                    f"'{judgement.more}' is compared with itself.",
                )
            )
            continue
        pair = frozenset((judgement.more, judgement.than))
        if pair in seen:
            problems.append(
                _problem(
                    source.locate(where),
                    f"'{judgement.more}' und '{judgement.than}' sind schon verglichen "
                    f"(Eintrag {seen[pair] + 1}).",
                    f"'{judgement.more}' and '{judgement.than}' are already compared "
                    f"(entry {seen[pair] + 1}).",
                    {"de": "jedes Paar nur einmal", "en": "each pair only once"},
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
                "Es fehlen Vergleiche: " + "; ".join(missing) + ".",
                "Comparisons are missing: " + "; ".join(missing) + ".",
                {
                    "de": "jedes Paar braucht ein Urteil (bei gleicher Wichtigkeit by: 1)",
                    "en": "every pair needs a judgement (by: 1 for equal importance)",
                },
            )
        )
    if problems:
        raise InputError(problems)
    return LoadedPairwise(pairwise, source, path, catalogue, items)
