# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Load a procurement request, resolve its catalogue, and check that the two fit together."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from ossfirst.errors import InputError, Location, OssfirstError, Problem
from ossfirst.load import numbers, yamlsource
from ossfirst.load.catalogue import TWO_SIDED, is_path, load_catalogue
from ossfirst.load.confine import repository_root
from ossfirst.load.cost import cost_problems
from ossfirst.load.validate import suggestion
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model import limits
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.request import (
    DECIDED,
    GAP_CLOSING_SUFFIX,
    Assessment,
    Involvements,
    Request,
    award_settings,
)

#: Suffixes of request forms in Excel (the others are refused with their reason there).
_FORM_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb")

#: A text in every language, by language code (:data:`ossfirst.texts.Phrase`).
Phrase = dict[str, str]


def _both(key: str, /, **params: object) -> Phrase:
    """The text ``key`` of the catalogue in every language (:func:`ossfirst.texts.both`),
    loaded only for a request refused: a request that holds together needs no words."""
    from ossfirst.texts import both

    return both(key, **params)


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
    """Parse and validate the request file at ``path`` (schema only): YAML, or a request
    form in Excel (``.xlsx``, :mod:`ossfirst.load.form`)."""
    name = display if display is not None else str(path)
    if path.suffix.lower() in _FORM_SUFFIXES:
        from ossfirst.load.form import read_form

        return read_form(path, name)
    raw = yamlsource.read_bytes(path, name, limits.REQUEST_BYTES)
    data, source = yamlsource.parse(
        yamlsource.decode(raw, name),
        name,
        max_values=limits.REQUEST_VALUES,
        max_characters=limits.REQUEST_CHARACTERS,
        utf8=raw.removeprefix(yamlsource.UTF8_BOM),
    )
    try:
        request = numbers.validate(Request, data, source, numbers.request_spots(data))
    except InputError as exc:
        raise InputError(_with_levels(exc.problems, data, path)) from None
    return LoadedRequest(request, source, hashlib.sha256(raw).hexdigest(), path)


def _with_levels(problems: list[Problem], data: object, path: Path) -> list[Problem]:
    """A score that is no level (``score: gut``) explained with what each level of its
    criterion means, from the catalogue the request names (when it can be read)."""
    asked = [p for p in problems if "criterion" in p.hint]
    if not asked:
        return problems
    named = data.get("catalogue", "standard") if isinstance(data, dict) else "standard"
    try:
        catalogue = load_catalogue(
            named if isinstance(named, str) else "standard",
            path.parent,
            confine=repository_root(path),
        )
    except OssfirstError:
        return problems
    criteria = {c.id: c for c in catalogue.criteria}
    explained = []
    for problem in problems:
        criterion = criteria.get(problem.hint.get("criterion", ""))
        if criterion is None or not criterion.levels:
            explained.append(problem)
            continue
        levels = sorted(criterion.levels.items())
        hint = {
            lang: "; ".join(f"{level} = {text.get(lang).rstrip('.')}" for level, text in levels)
            for lang in ("de", "en")
        }
        explained.append(dataclasses.replace(problem, hint=hint))
    return explained


def resolve_catalogue(
    loaded: LoadedRequest,
    override: str | None = None,
    cache: MutableMapping[tuple[str, str], Catalogue] | None = None,
    rebase: Mapping[str, str] | None = None,
) -> Catalogue:
    """The catalogue the request names, a path relative to the request, or ``override``, a
    path relative to the current directory.

    ``cache`` keeps resolved catalogues between calls, by name and the folder a path is
    relative to. ``rebase`` replaces a shipped catalogue in the chain by another version of
    it (:func:`~ossfirst.load.catalogue.load_catalogue`); it is never cached.
    """
    if rebase:
        return _load_catalogue(loaded, override, rebase)
    if cache is None:
        return _load_catalogue(loaded, override)
    # A shipped catalogue's name means the same catalogue from every folder; a path is
    # relative to the current directory (--catalogue) or to the request's folder.
    if override is not None:
        key = (override, str(Path.cwd()) if is_path(override) else "")
    else:
        ref = loaded.request.catalogue
        key = (ref, _real_folder(loaded.path) if is_path(ref) else "")
    resolved = cache.get(key)
    if resolved is None:
        resolved = _load_catalogue(loaded, override)
        if len(cache) >= KEPT_CATALOGUES:  # a repository with a folder per request
            del cache[next(iter(cache))]
        cache[key] = resolved
    return resolved


#: Catalogues kept between requests, by reference and folder (see resolve_catalogue).
KEPT_CATALOGUES = 64


#: The real folder of each folder requests were read from, by the working directory and the
#: folder as given: a batch run reads hundreds of requests from the same few folders, and
#: resolving a path asks the file system about every part of it.
_REAL_FOLDERS: dict[str, str] = {}


def _real_folder(path: Path) -> str:
    """The folder of ``path`` with symbolic links resolved, as a text."""
    folder = str(Path.cwd() / path.parent)
    real = _REAL_FOLDERS.get(folder)
    if real is None:
        if len(_REAL_FOLDERS) >= 1024:
            _REAL_FOLDERS.clear()
        real = _REAL_FOLDERS[folder] = str(path.parent.resolve())
    return real


def _load_catalogue(
    loaded: LoadedRequest, override: str | None, rebase: Mapping[str, str] | None = None
) -> Catalogue:
    if override is not None:
        return load_catalogue(override, rebase=rebase)
    # A catalogue the request names is read like its evidence: only from its repository.
    return load_catalogue(
        loaded.request.catalogue,
        loaded.path.parent,
        referrer=loaded.locate(("catalogue",)),
        rebase=rebase,
        confine=repository_root(loaded.path),
    )


def _problem(
    location: Location, message: Phrase, hint: Phrase | None = None, code: str = "request"
) -> Problem:
    return Problem(location, message, hint or {}, code)


def check_request(loaded: LoadedRequest, catalogue: Catalogue, profile: str | None = None) -> None:
    """Check what the schema cannot: references between the request and the catalogue.

    Raises :class:`InputError` listing every problem with its position.
    """
    costly = cost_problems(loaded, catalogue)
    if costly:
        raise InputError(costly)  # before any of the work the limits bound
    request = loaded.request
    at = loaded.locate
    problems: list[Problem] = []

    def unique(kind: str, key: str, ids: list[str]) -> None:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                problems.append(
                    _problem(
                        at((key, index, "id")),
                        _both("req.duplicate", kind=_both(kind), id=item_id),
                        _both("req.hint.once"),
                    )
                )
            seen.add(item_id)

    requirement_ids = [r.id for r in request.requirements]
    alternative_ids = [a.id for a in request.alternatives]
    unique("req.kind.requirement", "requirements", requirement_ids)
    unique("req.kind.alternative", "alternatives", alternative_ids)

    chosen = profile or request.profile
    if chosen is not None and chosen not in catalogue.profiles:
        problems.append(
            _problem(
                at(("profile",)) if profile is None else Location(loaded.display),
                _both("req.no-profile", profile=chosen, catalogue=catalogue.id),
                suggestion(chosen, catalogue.profiles),
            )
        )
    proposable = alternative_ids + [
        a.id + GAP_CLOSING_SUFFIX for a in request.alternatives if a.gap_closing is not None
    ]
    if request.proposed is not None and request.proposed not in proposable:
        problems.append(
            _problem(
                at(("proposed",)),
                _both("req.no-proposed", id=request.proposed),
                suggestion(request.proposed, proposable),
            )
        )

    problems += _decision_problems(loaded)
    problems += _gap_closing_problems(loaded, requirement_ids)

    criteria = {c.id: c for c in catalogue.criteria}
    for index, alternative in enumerate(request.alternatives):
        base: PathT = ("alternatives", index)
        for requirement_id in alternative.requirements:
            if requirement_id not in requirement_ids:
                problems.append(
                    _problem(
                        at((*base, "requirements", requirement_id), prefer_key=True),
                        _both("req.no-requirement", id=requirement_id),
                        suggestion(requirement_id, requirement_ids),
                    )
                )
        missing = [r for r in requirement_ids if r not in alternative.requirements]
        if missing:
            problems.append(
                _problem(
                    at((*base, "requirements"), prefer_key=True),
                    _both(
                        "req.coverage-missing",
                        alternative=alternative.id,
                        missing=", ".join(missing),
                    ),
                    _both("req.hint.coverage"),
                )
            )
        for criterion_id, assessment in alternative.assessments.items():
            path: PathT = (*base, "assessments", criterion_id)
            criterion = criteria.get(criterion_id)
            if criterion is None:
                problems.append(
                    _problem(
                        at(path, prefer_key=True),
                        _both("req.no-criterion", criterion=criterion_id, catalogue=catalogue.id),
                        suggestion(criterion_id, criteria),
                    )
                )
                continue
            if criterion.kind == "computed":
                problems.append(
                    _problem(
                        at(path, prefer_key=True),
                        _both("req.computed", criterion=criterion_id),
                        _both("req.hint.remove-assessment"),
                    )
                )
            elif assessment.scores is not None and criterion.kind == "knock-out":
                problems.append(
                    _problem(
                        at((*path, "scores"), prefer_key=True),
                        _both("req.knock-out-scores", criterion=criterion_id),
                    )
                )
            elif assessment.scores is not None and assessment.score is not None:
                problems.append(
                    _problem(
                        at((*path, "score"), prefer_key=True),
                        _both("req.score-and-scores"),
                        _both("req.hint.scores-only"),
                    )
                )
            elif criterion.kind == "knock-out" and assessment.score is not None:
                problems.append(
                    _problem(
                        at((*path, "score")), _both("req.knock-out-score", criterion=criterion_id)
                    )
                )
            elif criterion.kind == "assessed" and assessment.passed is not None:
                problems.append(
                    _problem(
                        at((*path, "passed")), _both("req.assessed-passed", criterion=criterion_id)
                    )
                )
            if assessment.scores:
                problems.extend(_check_panel(loaded, path, assessment))
    problems.extend(_check_methods(loaded, catalogue))
    problems += _deviation_problems(loaded, catalogue, alternative_ids)
    problems += _market_problems(loaded, alternative_ids)
    problems += _council_problems(loaded)
    if problems:
        raise InputError(problems)


def _gap_closing_problems(loaded: LoadedRequest, requirement_ids: list[str]) -> list[Problem]:
    """A gap closing names requirements that exist, each once, and only gaps: requirements
    its alternative does not meet yet."""
    problems: list[Problem] = []
    for index, alternative in enumerate(loaded.request.alternatives):
        closing = alternative.gap_closing
        if closing is None:
            continue
        seen: set[str] = set()
        for position, requirement in enumerate(closing.requirements):
            at = loaded.locate(("alternatives", index, "gap_closing", "requirements", position))
            names = {"alternative": alternative.id, "requirement": requirement}
            if requirement not in requirement_ids:
                problems.append(
                    _problem(
                        at,
                        _both("req.gap.unknown", **names),
                        suggestion(requirement, requirement_ids) or _both("req.gap.hint.unknown"),
                    )
                )
            elif requirement in seen:
                problems.append(
                    _problem(at, _both("req.gap.twice", **names), _both("req.gap.hint.twice"))
                )
            elif alternative.requirements.get(requirement) == "met":
                problems.append(
                    _problem(at, _both("req.gap.met", **names), _both("req.gap.hint.met"))
                )
            seen.add(requirement)
    return problems


#: The EU threshold each set of award rules belongs to.
_RULES_THRESHOLD = {"uvgo": "below-eu", "vgv": "above-eu"}


def _council_problems(loaded: LoadedRequest) -> list[Problem]:
    """What the council paper would state wrongly: award rules on the wrong side of the EU
    threshold, a body involved though not required, or not required without a reason."""
    request = loaded.request
    problems: list[Problem] = []
    procurement = request.procurement
    if procurement is not None and procurement.rules in _RULES_THRESHOLD:
        expected = _RULES_THRESHOLD[procurement.rules]
        if procurement.threshold is not None and procurement.threshold != expected:
            rules = "UVgO" if procurement.rules == "uvgo" else "VgV"
            problems.append(
                _problem(
                    loaded.locate(("procurement", "threshold")),
                    _both(
                        "req.threshold",
                        rules=rules,
                        side=_both(f"req.side.{expected}"),
                        given=procurement.threshold,
                    ),
                    _both("req.hint.threshold", expected=expected),
                    "council",
                )
            )
    for body in Involvements.model_fields:
        given = getattr(request.involvement, body) if request.involvement else None
        if given is None or given.required:
            continue
        path: PathT = ("involvement", body)
        if given.date is not None:
            problems.append(
                _problem(
                    loaded.locate((*path, "date")),
                    _both("req.involvement-date"),
                    _both("req.hint.involvement-date"),
                    "council",
                )
            )
        if given.note is None:
            problems.append(
                _problem(
                    loaded.locate((*path, "required")),
                    _both("req.involvement-reason"),
                    _both("req.hint.note"),
                    "council",
                )
            )
    return problems


def _decision_problems(loaded: LoadedRequest) -> list[Problem]:
    """The status and the decision agree: an approved or awarded request names what it
    approved (``proposed``); a decision date or body belongs to a decided request, and the
    decision comes no earlier than the request."""
    request = loaded.request
    at = loaded.locate
    problems: list[Problem] = []
    decided = request.status in DECIDED
    if request.status in ("approved", "awarded") and request.proposed is None:
        problems.append(
            _problem(
                at(("status",)),
                _both("req.proposed-missing", status=request.status),
                _both("req.hint.proposed"),
            )
        )
    for key in ("decided_on", "decided_by"):
        if getattr(request, key) is not None and not decided:
            problems.append(
                _problem(
                    at((key,)),
                    _both("req.undecided", key=key, status=request.status),
                    _both("req.hint.undecided", key=key),
                )
            )
    if request.decided_on is not None and request.decided_on < request.date:
        problems.append(
            _problem(
                at(("decided_on",)),
                _both(
                    "req.decided-early",
                    decided=request.decided_on.isoformat(),
                    date=request.date.isoformat(),
                ),
                _both("req.hint.both-dates"),
            )
        )
    return problems


def _market_problems(loaded: LoadedRequest, alternative_ids: list[str]) -> list[Problem]:
    """A hit of the market exploration is taken in as an alternative that exists, or set
    aside, not both; set aside for ``other`` it says why; each repository is listed once."""
    exploration = loaded.request.market_exploration
    if exploration is None:
        return []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, hit in enumerate(exploration.hits):
        path: PathT = ("market_exploration", "hits", index)
        if hit.repository in seen:
            problems.append(
                _problem(
                    loaded.locate((*path, "repository")),
                    _both("req.hit-twice", repository=hit.repository),
                    _both("req.hint.hit-once"),
                    "market",
                )
            )
        seen.add(hit.repository)
        if hit.alternative is not None and hit.set_aside is not None:
            problems.append(
                _problem(
                    loaded.locate((*path, "set_aside")),
                    _both("req.hit-both"),
                    _both("req.hint.hit-both"),
                    "market",
                )
            )
        if hit.alternative is not None and hit.alternative not in alternative_ids:
            problems.append(
                _problem(
                    loaded.locate((*path, "alternative")),
                    _both("req.hit-no-alternative", id=hit.alternative),
                    suggestion(hit.alternative, alternative_ids),
                    "market",
                )
            )
        if hit.set_aside == "other" and hit.note is None:
            problems.append(
                _problem(
                    loaded.locate((*path, "set_aside")),
                    _both("req.hit-reason"),
                    _both("req.hint.note"),
                    "market",
                )
            )
    return problems


def _deviation_problems(
    loaded: LoadedRequest, catalogue: Catalogue, alternative_ids: list[str]
) -> list[Problem]:
    """A deviation must name a rule that exists and can be deviated from, and what it names
    must exist: a misspelt deviation would silently cover nothing."""
    from ossfirst.model.rules import BY_ID, DEVIABLE

    problems: list[Problem] = []
    criterion_ids = [c.id for c in catalogue.criteria]
    for index, deviation in enumerate(loaded.request.deviations):
        base: PathT = ("deviations", index)
        if deviation.rule not in BY_ID:
            problems.append(
                _problem(
                    loaded.locate((*base, "rule")),
                    _both("req.no-rule", rule=deviation.rule),
                    suggestion(deviation.rule, DEVIABLE),
                )
            )
        elif deviation.rule not in DEVIABLE:
            problems.append(
                _problem(
                    loaded.locate((*base, "rule")),
                    _both("req.rule-not-deviable", rule=deviation.rule),
                    _both("req.hint.fix-cause"),
                )
            )
        if deviation.alternative is not None and deviation.alternative not in alternative_ids:
            problems.append(
                _problem(
                    loaded.locate((*base, "alternative")),
                    _both("req.deviation-no-alternative", id=deviation.alternative),
                    suggestion(deviation.alternative, alternative_ids),
                )
            )
        if deviation.criterion is not None and deviation.criterion not in criterion_ids:
            problems.append(
                _problem(
                    loaded.locate((*base, "criterion")),
                    _both(
                        "req.no-criterion", criterion=deviation.criterion, catalogue=catalogue.id
                    ),
                    suggestion(deviation.criterion, criterion_ids),
                )
            )
        if deviation.decided_on is not None and deviation.decided_on > deviation.expires:
            problems.append(
                _problem(
                    loaded.locate((*base, "expires")),
                    _both("req.deviation-expires"),
                    _both("req.hint.dates"),
                )
            )
    return problems


def _check_panel(loaded: LoadedRequest, path: PathT, assessment: Assessment) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for position, entry in enumerate(assessment.scores or []):
        if entry.assessor in seen:
            problems.append(
                _problem(
                    loaded.locate((*path, "scores", position, "assessor")),
                    _both("req.assessor-twice", assessor=entry.assessor),
                    _both("req.hint.assessor-once"),
                )
            )
        seen.add(entry.assessor)
    return problems


def _check_methods(loaded: LoadedRequest, catalogue: Catalogue) -> list[Problem]:
    """The award method, strict selection and minimum SEAL levels of a request."""
    request = loaded.request
    at = loaded.locate
    problems: list[Problem] = []
    settings = award_settings(catalogue, request)
    award_at = at(("award",), prefer_key=True)

    def award_problem(key: str, message: Phrase, hint: Phrase) -> None:
        given = request.award is not None and getattr(request.award, key) is not None
        problems.append(_problem(at(("award", key)) if given else award_at, message, hint))

    if settings.method == "ufab-extended":
        if settings.tie_breaker is None:
            award_problem("tie_breaker", _both("req.tie-breaker"), _both("req.hint.tie-breaker"))
        if settings.corridor is None:
            award_problem("corridor", _both("req.corridor"), _both("req.hint.corridor"))
    if settings.method == "price-points":
        if settings.price_weight is None:
            award_problem("price_weight", _both("req.price-weight"), _both("req.hint.price-weight"))
        if settings.conversion == "two-sided":
            award_problem("conversion", _both(TWO_SIDED), _both("req.hint.conversion"))
    if settings.method != "weighted":
        for index, alternative in enumerate(request.alternatives):
            costs = alternative.costs
            if not (sum(costs.one_time.values()) + sum(costs.yearly.values()) + costs.exit) > 0:
                problems.append(
                    _problem(
                        at(("alternatives", index, "costs"), prefer_key=True),
                        _both("req.price-zero", alternative=alternative.id),
                        _both("req.hint.costs"),
                    )
                )
    criteria = {c.id: c for c in catalogue.criteria}
    if request.strict_selection is not None:
        for mark in ("critical", "relevant"):
            for position, criterion_id in enumerate(getattr(request.strict_selection, mark)):
                criterion = criteria.get(criterion_id)
                where = at(("strict_selection", mark, position))
                if criterion is None:
                    problems.append(
                        _problem(
                            where,
                            _both(
                                "req.no-criterion", criterion=criterion_id, catalogue=catalogue.id
                            ),
                            suggestion(criterion_id, criteria),
                        )
                    )
                elif not criterion.scored:
                    problems.append(
                        _problem(where, _both("req.strict-knock-out", criterion=criterion_id))
                    )
    framework = catalogue.sovereignty_framework
    if request.minimum_seal is not None:
        if framework is None:
            problems.append(
                _problem(
                    at(("minimum_seal",), prefer_key=True),
                    _both("req.no-framework", catalogue=catalogue.id),
                    _both("req.hint.framework"),
                )
            )
        elif isinstance(request.minimum_seal, dict):
            objectives = [o.id for o in framework.objectives]
            for objective in request.minimum_seal:
                if objective not in objectives:
                    problems.append(
                        _problem(
                            at(("minimum_seal", objective), prefer_key=True),
                            _both("req.no-objective", objective=objective, framework=framework.id),
                            suggestion(objective, objectives),
                        )
                    )
    return problems


def named_evidence(loaded: LoadedRequest) -> tuple[str, ...]:
    """The evidence files a request names, as resolved paths (whether or not they exist)."""
    named = []
    folder = loaded.path.parent
    for alternative in loaded.request.alternatives:
        if alternative.evidence is None:
            continue
        for _, declared in alternative.evidence.declared():
            try:
                named.append(str((folder / declared).resolve()))
            except (OSError, RuntimeError, ValueError):
                continue
    return tuple(named)
