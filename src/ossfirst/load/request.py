# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Load a procurement request, resolve its catalogue, and check that the two fit together."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ossfirst.errors import InputError, Location, Problem
from ossfirst.load import yamlsource
from ossfirst.load.catalogue import load_catalogue
from ossfirst.load.validate import suggestion, validate
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.request import Request


@dataclass(frozen=True)
class LoadedRequest:
    """A validated request with what is needed to point back into its file."""

    request: Request
    source: SourceMap
    sha256: str
    path: Path

    @property
    def display(self) -> str:
        return self.source.file

    def locate(self, path: PathT, *, prefer_key: bool = False) -> Location:
        return self.source.locate(path, prefer_key=prefer_key)


def read_request(path: Path, display: str | None = None) -> LoadedRequest:
    """Parse and validate the request file at ``path`` (schema only)."""
    name = display if display is not None else str(path)
    raw = yamlsource.read_bytes(path, name)
    data, source = yamlsource.parse(yamlsource.decode(raw, name), name)
    request = validate(Request, data, source)
    return LoadedRequest(request, source, hashlib.sha256(raw).hexdigest(), path)


def resolve_catalogue(loaded: LoadedRequest, override: str | None = None) -> Catalogue:
    """The catalogue the request names (or ``override``), paths relative to the request."""
    if override is not None:
        return load_catalogue(override)
    return load_catalogue(
        loaded.request.catalogue, loaded.path.parent, referrer=loaded.locate(("catalogue",))
    )


def _problem(
    location: Location, de: str, en: str, hint: dict[str, str] | None = None, code: str = "request"
) -> Problem:
    return Problem(location, {"de": de, "en": en}, hint or {}, code)


def check_request(loaded: LoadedRequest, catalogue: Catalogue, profile: str | None = None) -> None:
    """Check what the schema cannot: references between the request and the catalogue.

    Raises :class:`InputError` listing every problem with its position.
    """
    request = loaded.request
    at = loaded.locate
    problems: list[Problem] = []

    def unique(kind_de: str, kind_en: str, key: str, ids: list[str]) -> None:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                problems.append(
                    _problem(
                        at((key, index, "id")),
                        f"{kind_de} '{item_id}' ist doppelt.",
                        f"{kind_en} '{item_id}' appears twice.",
                        {"de": "jede Kennung nur einmal vergeben", "en": "give every id only once"},
                    )
                )
            seen.add(item_id)

    requirement_ids = [r.id for r in request.requirements]
    alternative_ids = [a.id for a in request.alternatives]
    unique("Die Anforderung", "The requirement", "requirements", requirement_ids)
    unique("Die Alternative", "The alternative", "alternatives", alternative_ids)

    chosen = profile or request.profile
    if chosen is not None and chosen not in catalogue.profiles:
        problems.append(
            _problem(
                at(("profile",)) if profile is None else Location(loaded.display),
                f"Das Gewichtungsprofil '{chosen}' gibt es im Katalog '{catalogue.id}' nicht.",
                f"The catalogue '{catalogue.id}' has no weight profile '{chosen}'.",
                suggestion(chosen, catalogue.profiles),
            )
        )
    if request.proposed is not None and request.proposed not in alternative_ids:
        problems.append(
            _problem(
                at(("proposed",)),
                f"Die vorgeschlagene Alternative '{request.proposed}' gibt es nicht.",
                f"The proposed alternative '{request.proposed}' does not exist.",
                suggestion(request.proposed, alternative_ids),
            )
        )

    criteria = {c.id: c for c in catalogue.criteria}
    for index, alternative in enumerate(request.alternatives):
        base: PathT = ("alternatives", index)
        for requirement_id in alternative.requirements:
            if requirement_id not in requirement_ids:
                problems.append(
                    _problem(
                        at((*base, "requirements", requirement_id), prefer_key=True),
                        f"Die Anforderung '{requirement_id}' gibt es nicht.",
                        f"There is no requirement '{requirement_id}'.",
                        suggestion(requirement_id, requirement_ids),
                    )
                )
        missing = [r for r in requirement_ids if r not in alternative.requirements]
        if missing:
            problems.append(
                _problem(
                    at((*base, "requirements"), prefer_key=True),
                    f"Für '{alternative.id}' fehlt die Angabe zu: {', '.join(missing)}.",
                    f"'{alternative.id}' does not state its coverage of: {', '.join(missing)}.",
                    {
                        "de": "je Anforderung met, partial oder unmet angeben",
                        "en": "give met, partial or unmet for every requirement",
                    },
                )
            )
        for criterion_id, assessment in alternative.assessments.items():
            path: PathT = (*base, "assessments", criterion_id)
            criterion = criteria.get(criterion_id)
            if criterion is None:
                problems.append(
                    _problem(
                        at(path, prefer_key=True),
                        f"Das Kriterium '{criterion_id}' gibt es im Katalog "
                        f"'{catalogue.id}' nicht.",
                        f"The catalogue '{catalogue.id}' has no criterion '{criterion_id}'.",
                        suggestion(criterion_id, criteria),
                    )
                )
                continue
            if criterion.kind == "computed":
                problems.append(
                    _problem(
                        at(path, prefer_key=True),
                        f"'{criterion_id}' wird aus den Angaben des Antrags berechnet und nicht "
                        "bewertet.",
                        f"'{criterion_id}' is computed from the request data, not assessed.",
                        {"de": "entfernen Sie diese Bewertung", "en": "remove this assessment"},
                    )
                )
            elif criterion.kind == "knock-out" and assessment.score is not None:
                problems.append(
                    _problem(
                        at((*path, "score")),
                        f"'{criterion_id}' ist ein K.-o.-Kriterium: es wird mit 'passed: true' "
                        "oder 'passed: false' bewertet, nicht mit Punkten.",
                        f"'{criterion_id}' is a knock-out criterion: assess it with 'passed: true' "
                        "or 'passed: false', not a score.",
                    )
                )
            elif criterion.kind == "assessed" and assessment.passed is not None:
                problems.append(
                    _problem(
                        at((*path, "passed")),
                        f"'{criterion_id}' wird mit Punkten (score: 0 bis 4) bewertet, nicht mit "
                        "'passed'.",
                        f"'{criterion_id}' takes a score (0 to 4), not 'passed'.",
                    )
                )
    problems += _deviation_problems(loaded, catalogue, alternative_ids)
    if problems:
        raise InputError(problems)


def _deviation_problems(
    loaded: LoadedRequest, catalogue: Catalogue, alternative_ids: list[str]
) -> list[Problem]:
    """A deviation must name a rule that exists and can be deviated from, and what it names
    must exist: a misspelt deviation would silently cover nothing."""
    from ossfirst.check.rules import BY_ID, DEVIABLE

    problems: list[Problem] = []
    criterion_ids = [c.id for c in catalogue.criteria]
    for index, deviation in enumerate(loaded.request.deviations):
        base: PathT = ("deviations", index)
        if deviation.rule not in BY_ID:
            problems.append(
                _problem(
                    loaded.locate((*base, "rule")),
                    f"Eine Prüfregel '{deviation.rule}' gibt es nicht.",
                    f"There is no check rule '{deviation.rule}'.",
                    suggestion(deviation.rule, DEVIABLE),
                )
            )
        elif deviation.rule not in DEVIABLE:
            problems.append(
                _problem(
                    loaded.locate((*base, "rule")),
                    f"Von der Prüfregel '{deviation.rule}' kann nicht abgewichen werden.",
                    f"The check rule '{deviation.rule}' does not allow deviations.",
                    {
                        "de": "beheben Sie die Ursache statt einer Abweichung",
                        "en": "fix the cause instead of recording a deviation",
                    },
                )
            )
        if deviation.alternative is not None and deviation.alternative not in alternative_ids:
            problems.append(
                _problem(
                    loaded.locate((*base, "alternative")),
                    f"Die Alternative '{deviation.alternative}' gibt es nicht.",
                    f"The alternative '{deviation.alternative}' does not exist.",
                    suggestion(deviation.alternative, alternative_ids),
                )
            )
        if deviation.criterion is not None and deviation.criterion not in criterion_ids:
            problems.append(
                _problem(
                    loaded.locate((*base, "criterion")),
                    f"Das Kriterium '{deviation.criterion}' gibt es im Katalog "
                    f"'{catalogue.id}' nicht.",
                    f"The catalogue '{catalogue.id}' has no criterion '{deviation.criterion}'.",
                    suggestion(deviation.criterion, criterion_ids),
                )
            )
        if deviation.decided_on is not None and deviation.decided_on > deviation.expires:
            problems.append(
                _problem(
                    loaded.locate((*base, "expires")),
                    "Die Abweichung läuft ab, bevor sie beschlossen wurde.",
                    "The deviation expires before it was decided.",
                    {"de": "Daten prüfen", "en": "check the dates"},
                )
            )
    return problems
