# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Facts derived from the request, its evidence files and shipped data, before the engine runs.

Licence class from the SPDX expression, open-standard status of the declared formats and
protocols, and what the evidence files an alternative declares say: publiccode.yml, OpenSSF
Scorecard JSON, CycloneDX SBOM. Offline always. Problems that make the request unusable (an
unknown licence id, an evidence file that is not what it claims, a publiccode.yml whose
licence disagrees with the request) are input errors with a position; doubtful things (an
unknown standard, an unknown key in a publiccode.yml) become warnings.

Evidence modules are imported only when an alternative declares a file of their kind, so a
request without evidence pays nothing for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence import spdx, standards
from ossfirst.load import yamlsource
from ossfirst.load.request import LoadedRequest
from ossfirst.model import limits
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.dates import horizon_end
from ossfirst.model.facts import AlternativeFacts, Facts
from ossfirst.model.request import Alternative
from ossfirst.model.result import (
    EvidenceFacts,
    EvidenceRef,
    ImportedFrom,
    ImportedScore,
    Message,
    StandardUse,
)

if TYPE_CHECKING:
    from pathlib import Path

    from ossfirst.evidence.derived import Derived
    from ossfirst.evidence.files import EvidenceFile


def _standard_uses(
    index: int, alternative: Alternative, warnings: list[Message], hints: list[int]
) -> list[StandardUse]:
    """The declared standards as the shipped list knows them; unknown ones with a
    did-you-mean while ``hints`` (a one-element counter shared by the request's
    alternatives) lasts: each costs a search of the whole list."""
    uses: list[StandardUse] = []
    for position, declared in enumerate(alternative.standards):
        found = standards.lookup(declared)
        if found is None:
            suggestion = None
            if hints[0] > 0:
                hints[0] -= 1
                suggestion = standards.suggest(declared)
            warnings.append(
                Message(
                    code="unknown-standard",
                    params={"standard": declared, "suggestion": suggestion},
                    alternative=alternative.id,
                    path=["alternatives", index, "standards", position],
                )
            )
            uses.append(
                StandardUse(declared=declared, id=None, name=None, open=None, suggestion=suggestion)
            )
        else:
            uses.append(
                StandardUse(
                    declared=declared,
                    id=found.id,
                    name=found.name,
                    open=found.open,
                    body=found.body,
                    criteria=found.criteria.as_dict(),
                )
            )
    return uses


def enrich(loaded: LoadedRequest, catalogue: Catalogue) -> Facts:
    """Derive the facts of every alternative; raise :class:`InputError` for bad licences and
    bad evidence files."""
    problems: list[Problem] = []
    warnings: list[Message] = []
    refs: list[EvidenceRef] = []
    result: dict[str, AlternativeFacts] = {}
    accepted = catalogue.policy.accepted_licence_refs
    request = loaded.request
    end = horizon_end(request.date, request.horizon_years or catalogue.policy.horizon_years)
    root: Path | None = None
    budget = _Budget()
    hints = [limits.PROBLEMS]
    for index, alternative in enumerate(request.alternatives):
        path = ("alternatives", index, "licence")
        try:
            licence = spdx.classify(alternative.licence, accepted, catalogue.policy.licence_rule)
        except spdx.LicenceError as exc:
            problems.append(exc.problem(loaded.locate(path), "licence"))
            continue
        if alternative.gap_closing is not None and not licence.open_source:
            from ossfirst.texts import both

            problems.append(
                Problem(
                    loaded.locate(("alternatives", index, "gap_closing"), prefer_key=True),
                    both(
                        "req.gap.not-open-source",
                        alternative=alternative.id,
                        licence=alternative.licence,
                    ),
                    both("req.gap.hint.not-open-source"),
                    "request",
                )
            )
        for deprecated in licence.deprecated:
            warnings.append(
                Message(
                    code="deprecated-licence-id",
                    params={"id": deprecated},
                    alternative=alternative.id,
                    path=list(path),
                )
            )
        uses = _standard_uses(index, alternative, warnings, hints)
        evidence = EvidenceFacts()
        imported: dict[str, ImportedScore] = {}
        if alternative.evidence is not None and alternative.evidence.declared():
            if root is None:
                from ossfirst.load.confine import repository_root

                root = repository_root(loaded.path)
            reader = _EvidenceReader(loaded, catalogue, index, alternative, end, root, budget)
            evidence, imported = reader.read(problems, warnings, refs)
        result[alternative.id] = AlternativeFacts(licence, tuple(uses), evidence, imported)
    if problems:
        raise InputError(problems)
    return Facts(
        alternatives=result,
        spdx_list_version=spdx.list_version(),
        standards_list_version=standards.standards_list().version,
        warnings=tuple(warnings),
        evidence=tuple(refs),
    )


@dataclass
class _Budget:
    """What the evidence files of one request may still cost together: bytes read, and SBOM
    components (each is validated and classified)."""

    bytes: int = limits.EVIDENCE_BYTES
    components: int = limits.SBOM_COMPONENTS

    def take_bytes(self, count: int, where: Location) -> None:
        self.bytes -= count
        if self.bytes < 0:
            from ossfirst.texts import both

            total = {
                lang: yamlsource.size_text(limits.EVIDENCE_BYTES, lang) for lang in ("de", "en")
            }
            raise InputError(
                [
                    Problem(
                        where,
                        both("ev.total-too-large", total=total),
                        both("ev.hint.smaller-extracts"),
                        "evidence-limit",
                    )
                ]
            )


class _EvidenceReader:
    """Reads the evidence files of one alternative and merges what they say."""

    def __init__(
        self,
        loaded: LoadedRequest,
        catalogue: Catalogue,
        index: int,
        alternative: Alternative,
        end: dt.date,
        root: Path,
        budget: _Budget,
    ) -> None:
        self.loaded = loaded
        self.catalogue = catalogue
        self.index = index
        self.alternative = alternative
        self.end = end
        self.root = root
        self.budget = budget

    def _open(self, kind: str, declared: str) -> EvidenceFile:
        from ossfirst.evidence import files

        where = self.loaded.locate(("alternatives", self.index, "evidence", kind), prefer_key=True)
        file = files.read(
            kind,  # type: ignore[arg-type]
            declared,
            self.loaded.path,
            self.loaded.display,
            self.root,
            where,
        )
        self.budget.take_bytes(len(file.raw), where)
        return file

    def read(
        self, problems: list[Problem], warnings: list[Message], refs: list[EvidenceRef]
    ) -> tuple[EvidenceFacts, dict[str, ImportedScore]]:
        from ossfirst.evidence import standalone

        assert self.alternative.evidence is not None
        found: dict[str, object] = {}
        derived: list[Derived] = []
        for kind, declared in self.alternative.evidence.declared():
            try:
                file = self._open(kind, declared)
                evidence = standalone.interpret(
                    file, self.catalogue, self.end, self.budget.components
                )
                self.budget.components -= getattr(evidence.facts, "components", 0)
                if evidence.licence is not None:
                    self._check_licence(*evidence.licence)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            found[kind] = evidence.facts
            derived.append(evidence.derived)
            refs.append(
                EvidenceRef(
                    alternative=self.alternative.id, kind=kind, file=declared, sha256=file.sha256
                )
            )
        for item in derived:
            warnings.extend(
                w.model_copy(update={"alternative": self.alternative.id}) for w in item.warnings
            )
        return EvidenceFacts.model_validate(found), self._merge(derived)

    def _check_licence(self, stated: str, there: Location) -> None:
        """The request and the publiccode.yml must name the same licence."""
        if spdx.equivalent(self.alternative.licence, stated):
            return
        from ossfirst.texts import both

        here = self.loaded.locate(("alternatives", self.index, "licence"))
        raise InputError(
            [
                Problem(
                    here,
                    both(
                        "ev.licence-disagrees",
                        licence=self.alternative.licence,
                        stated=stated,
                        there=there,
                    ),
                    both("ev.hint.licence-disagrees"),
                    "evidence-licence",
                )
            ]
        )

    def _merge(self, derived: list[Derived]) -> dict[str, ImportedScore]:
        """For each assessed criterion the files speak to: the lowest level, every file."""
        kinds = {c.id: c.kind for c in self.catalogue.criteria}
        sources: dict[str, list[ImportedFrom]] = {}
        dates: dict[str, list[dt.date]] = {}
        for item in derived:
            for criterion, source in item.levels.items():
                if kinds.get(criterion) != "assessed":
                    continue  # a local catalogue without this criterion
                sources.setdefault(criterion, []).append(source)
                if item.date is not None:
                    dates.setdefault(criterion, []).append(item.date)
        return {
            criterion: ImportedScore(
                score=min(s.score for s in found),
                sources=found,
                date=min(dates[criterion]) if criterion in dates else None,
            )
            for criterion, found in sources.items()
        }
