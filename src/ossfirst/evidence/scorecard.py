# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""OpenSSF Scorecard results (the JSON v2 output of ``scorecard --format=json``).

ossfirst reads saved files only and never calls the Scorecard API. The report shows every
check; the aggregate is recomputed as the risk-weighted mean of the conclusive checks, with
the catalogue's weight per risk level (``policy.scorecard_risk_weights``; Scorecard's own
are critical 10, high 7.5, medium 5, low 2.5). A check scored ``-1`` is inconclusive and
left out, never counted as 0; a check ossfirst does not know has no risk level and is left
out too, with a warning.

The aggregate gives the level of ``security.supply-chain`` (8 or more: 4, 6: 3, 4: 2,
2: 1, below: 0), as the criterion's own levels name Scorecard 6 and 8. Every check is also
shown with the security criterion it speaks to (``RELATED``), so that the person who
assesses security.patching sees Vulnerabilities, Security-Policy and Maintained.
"""

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from pydantic import ConfigDict, Field, StringConstraints

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence.derived import Derived, level, warning
from ossfirst.evidence.fields import CalendarDay, Fields
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.kinds import LIKELY, Evidence
from ossfirst.load import jsonsource
from ossfirst.load.yamlsource import SourceMap
from ossfirst.model import limits
from ossfirst.model.catalogue import ScorecardWeights
from ossfirst.model.evidence import EvidenceKind
from ossfirst.model.result import Message, ScorecardCheck, ScorecardFacts
from ossfirst.model.scorecard import SCORECARD_RISK

if TYPE_CHECKING:
    from pathlib import Path

    from ossfirst.model.catalogue import Catalogue

KIND: EvidenceKind = "scorecard"
SUPPLY_CHAIN = "security.supply-chain"
CRITERIA = (SUPPLY_CHAIN,)

#: The risk level of every Scorecard check (in the model: catalogues name the checks too).
RISK = SCORECARD_RISK

#: The security criterion each check speaks to (shown in the report; only the aggregate
#: gives a level, to security.supply-chain).
RELATED: dict[str, str] = {
    **dict.fromkeys(RISK, SUPPLY_CHAIN),
    "Maintained": "security.patching",
    "Security-Policy": "security.patching",
    "Vulnerabilities": "security.patching",
    "License": "security.auditability",
}

#: Lowest aggregate for levels 4, 3, 2 and 1 of security.supply-chain.
THRESHOLDS = (8.0, 6.0, 4.0, 2.0)


class _Fields(Fields):
    # Scorecard writes its own JSON: a number where text belongs is an error here.
    model_config = ConfigDict(coerce_numbers_to_str=False)


Name = Annotated[str, StringConstraints(min_length=1, max_length=500)]


class Documentation(_Fields):
    url: str | None = None


class Check(_Fields):
    name: Name
    score: Annotated[int, Field(ge=-1, le=10)]
    reason: Annotated[str, StringConstraints(max_length=limits.SCORECARD_REASON)] | None = None
    documentation: Documentation | None = None


class Repository(_Fields):
    name: Name
    commit: str | None = None


class Tool(_Fields):
    version: Name
    commit: str | None = None


class Result(_Fields):
    """The fields of a Scorecard result that ossfirst reads."""

    date: CalendarDay
    repo: Repository
    scorecard: Tool
    score: Annotated[float, Field(ge=-1, le=10)] | None = None
    checks: Annotated[list[Check], Field(min_length=1, max_length=limits.SCORECARD_CHECKS)]


@dataclass(frozen=True)
class Reading:
    facts: ScorecardFacts
    warnings: tuple[Message, ...]


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language, loaded only for a result refused."""
    from ossfirst.texts import both

    return both(key, **params)


def _not_a_result(file: EvidenceFile) -> InputError:
    return InputError(
        [
            Problem(
                Location(file.display, 1, 1),
                _both("scorecard.not-a-result"),
                _both("scorecard.hint.not-a-result"),
                "scorecard",
            )
        ]
    )


def aggregate(checks: list[ScorecardCheck]) -> float | None:
    """The weighted mean of the conclusive, known checks, or None when there is none."""
    counted = [c for c in checks if c.score is not None and c.weight > 0]
    total = sum(c.weight for c in counted)
    if total <= 0:
        return None
    return sum(c.weight * (c.score or 0) for c in counted) / total


def read(file: EvidenceFile, weights: ScorecardWeights | None = None) -> Reading:
    """Read a Scorecard result and recompute its aggregate with ``weights``."""
    weights = weights or ScorecardWeights()
    text = file.text()
    data = jsonsource.parse(text, file.display)
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("checks"), list)
        or "scorecard" not in data
    ):
        raise _not_a_result(file)
    result = jsonsource.validate(Result, data, text, file.display)
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    positions: SourceMap | None = None
    for index, check in enumerate(result.checks):
        if check.name in seen:
            if positions is None:
                positions = jsonsource.source_map(text, file.display)
            where = positions.locate(("checks", index, "name"))
            problems.append(
                Problem(
                    where,
                    _both("scorecard.check-twice", check=check.name),
                    {},
                    "scorecard",
                )
            )
        seen[check.name] = index
    if problems:
        raise InputError(problems)
    found: list[Message] = []
    checks: list[ScorecardCheck] = []
    for check in sorted(result.checks, key=lambda c: c.name.lower()):
        risk = RISK.get(check.name)
        if risk is None:
            found.append(warning("sc-unknown-check", file.declared, check=check.name))
        score = None if check.score < 0 else check.score
        checks.append(
            ScorecardCheck(
                name=check.name,
                score=score,
                risk=risk,
                weight=float(getattr(weights, risk)) if risk else 0.0,
                reason=check.reason or None,
                criterion=RELATED.get(check.name),
                documentation=check.documentation.url if check.documentation else None,
            )
        )
    mean = aggregate(checks)
    facts = ScorecardFacts(
        file=file.declared,
        repository=result.repo.name,
        commit=result.repo.commit or None,
        date=result.date,
        scorecard_version=result.scorecard.version,
        published_score=result.score if result.score is not None and result.score >= 0 else None,
        aggregate=None if mean is None else round(mean, 2),
        checks=checks,
    )
    return Reading(facts, tuple(found))


def level_of(value: float) -> int:
    """The level of security.supply-chain for an aggregate."""
    for index, threshold in enumerate(THRESHOLDS):
        if value >= threshold:
            return 4 - index
    return 0


def derive(reading: Reading) -> Derived:
    """The level of security.supply-chain from the recomputed aggregate."""
    facts = reading.facts
    warnings = list(reading.warnings)
    levels = {}
    conclusive = sum(1 for c in facts.checks if c.score is not None and c.weight > 0)
    inconclusive = sum(1 for c in facts.checks if c.score is None)
    if facts.aggregate is None:
        warnings.append(warning("sc-inconclusive", facts.file))
    else:
        levels[SUPPLY_CHAIN] = level(
            KIND,
            facts.file,
            level_of(facts.aggregate),
            "sc-aggregate",
            aggregate=facts.aggregate,
            counted=conclusive,
            inconclusive=inconclusive,
        )
    return Derived(levels=levels, date=facts.date, warnings=tuple(warnings))


def sniff(path: "Path", raw: bytes) -> int | None:
    """Likely when the file has a ``checks`` key (an SBOM may have one too)."""
    return LIKELY if b'"checks"' in raw else None


def interpret(
    file: EvidenceFile,
    catalogue: "Catalogue",
    horizon_end: dt.date | None,
    max_components: int = limits.SBOM_COMPONENTS,
) -> Evidence:
    """Read and derive ``file`` with ``catalogue``'s Scorecard risk weights."""
    card = read(file, catalogue.policy.scorecard_risk_weights)
    return Evidence(KIND, card.facts, derive(card), file.sha256)
