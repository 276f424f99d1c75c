# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Facts derived from the request and shipped data, before the engine runs.

Licence class from the SPDX expression, open-standard status of the declared formats and
protocols. Offline always. Problems that make the request unusable (an unknown licence id)
are input errors with a position; doubtful things (an unknown standard) become warnings.
"""

from __future__ import annotations

from dataclasses import dataclass

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence import spdx, standards
from ossfirst.load.request import LoadedRequest
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.result import Message, StandardUse


@dataclass(frozen=True)
class AlternativeFacts:
    licence: spdx.LicenceInfo
    standards: tuple[StandardUse, ...]


@dataclass(frozen=True)
class Facts:
    alternatives: dict[str, AlternativeFacts]
    spdx_list_version: str
    standards_list_version: str
    warnings: tuple[Message, ...]


def enrich(loaded: LoadedRequest, catalogue: Catalogue) -> Facts:
    """Derive the facts of every alternative; raise :class:`InputError` for bad licences."""
    problems: list[Problem] = []
    warnings: list[Message] = []
    result: dict[str, AlternativeFacts] = {}
    accepted = catalogue.policy.accepted_licence_refs
    for index, alternative in enumerate(loaded.request.alternatives):
        path = ("alternatives", index, "licence")
        try:
            licence = spdx.classify(alternative.licence, accepted)
        except spdx.LicenceError as exc:
            where = loaded.locate(path)
            column = where.column + max(exc.column - 1, 0) if where.line else 0
            problems.append(
                Problem(
                    Location(where.file, where.line, column),
                    {"de": exc.message_de, "en": exc.message_en},
                    {"de": exc.hint_de, "en": exc.hint_en} if exc.hint_en else {},
                    code="licence",
                )
            )
            continue
        for deprecated in licence.deprecated:
            warnings.append(
                Message(
                    code="deprecated-licence-id",
                    params={"id": deprecated},
                    alternative=alternative.id,
                    path=list(path),
                )
            )
        uses: list[StandardUse] = []
        for position, declared in enumerate(alternative.standards):
            found = standards.lookup(declared)
            if found is None:
                warnings.append(
                    Message(
                        code="unknown-standard",
                        params={"standard": declared, "suggestion": standards.suggest(declared)},
                        alternative=alternative.id,
                        path=["alternatives", index, "standards", position],
                    )
                )
                uses.append(StandardUse(declared=declared, id=None, name=None, open=None))
            else:
                uses.append(
                    StandardUse(declared=declared, id=found.id, name=found.name, open=found.open)
                )
        result[alternative.id] = AlternativeFacts(licence, tuple(uses))
    if problems:
        raise InputError(problems)
    return Facts(
        alternatives=result,
        spdx_list_version=spdx.list_version(),
        standards_list_version=standards.standards_list().version,
        warnings=tuple(warnings),
    )
