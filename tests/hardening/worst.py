# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Requests at (and beyond) the limits of ossfirst.model.limits, written as YAML text.

Used by the limit tests and by bench/bench_limits.py, which times the worst accepted
requests in every report format. Every criterion of the standard catalogue that a person
assesses is assessed for every alternative, with rationale, evidence and date, so that every
section of a report is as full as the request allows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ossfirst.load.catalogue import load_catalogue
from ossfirst.model import limits

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _text(length: int, seed: str = "") -> str:
    words = (seed + " Lorem ipsum dolor sit amet, consectetur adipiscing elit. ") * (
        length // 40 + 2
    )
    return words.strip()[:length].strip() or "x"


@dataclass
class Shape:
    """How large each part of the request is."""

    alternatives: int = 2
    requirements: int = 2
    assessors: int = 1
    text: int = 40  # characters of each requirement text, rationale and evidence
    name: int = 20
    need: int = 200
    justification: int = 200
    standards: int = 3
    cost_items: int = 2
    evidence_references: int = 1
    deviations: int = 0
    draws: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


def request(shape: Shape) -> str:
    """A valid request of ``shape`` (when the shape is within the limits)."""
    catalogue = load_catalogue("standard")
    assessed = [c for c in catalogue.criteria if c.kind == "assessed"]
    knockouts = [c for c in catalogue.criteria if c.kind == "knock-out"]
    standards = ["ODF", "CalDAV", "WebRTC", "SIP", "OpenID Connect", "SAML", "LDAP", "XMPP"]
    lines = [
        "ossfirst: 1",
        "id: LIMIT-1",
        f"title: {_q(_text(min(shape.name, limits.NAME), 'Title'))}",
        "organisation: Stadt Musterstadt",
        "date: 2026-11-20",
        "language: en",
        f"need: {_q(_text(shape.need, 'Need'))}",
    ]
    if shape.draws is not None:
        lines.append(f"sensitivity: {{draws: {shape.draws}}}")
    lines.append("requirements:")
    for r in range(shape.requirements):
        must = "true" if r == 0 else "false"
        lines.append(f"  - {{id: R{r}, text: {_q(_text(shape.text, f'R{r}'))}, must: {must}}}")
    lines.append("alternatives:")
    for a in range(shape.alternatives):
        oss = a % 2 == 0
        references = [_text(shape.text, f"E{i}") for i in range(shape.evidence_references)]
        evidence = _q(references[0]) if len(references) == 1 else json.dumps(references)
        lines += [
            f"  - id: alt-{a}",
            f"    name: {_q(_text(shape.name, f'Alternative {a}'))}",
            f"    licence: {'Apache-2.0' if oss else 'LicenseRef-Proprietary'}",
            f"    deployment: {'on-premises' if oss else 'saas'}",
            "    operator_jurisdiction: DE",
            f"    providers: {3 + a}",
            "    standards: ["
            + ", ".join(_q(f"{standards[i % len(standards)]} {i}") for i in range(shape.standards))
            + "]",
            "    costs:",
            "      one_time: {"
            + ", ".join(f"item-{i}: {1000 * (a + 1) + i}" for i in range(shape.cost_items))
            + "}",
            "      yearly: {"
            + ", ".join(f"year-{i}: {500 * (a + 1) + i}" for i in range(shape.cost_items))
            + "}",
            f"      exit: {100 * (a + 1)}",
            "    requirements: {"
            + ", ".join(
                f"R{r}: {'met' if (a + r) % 3 else 'partial'}" for r in range(shape.requirements)
            )
            + "}",
            "    assessments:",
        ]
        lines[-2] = lines[-2].replace("R0: partial", "R0: met")
        for c in knockouts:
            lines.append(
                f"      {c.id}: {{passed: true, rationale: {_q(_text(shape.text))}, "
                f"evidence: {evidence}, assessed_on: 2026-10-01}}"
            )
        for index, c in enumerate(assessed):
            score = (a + index) % 4 + 1
            if shape.assessors == 1:
                lines.append(
                    f"      {c.id}: {{score: {score}, rationale: {_q(_text(shape.text))}, "
                    f"evidence: {evidence}, assessed_on: 2026-10-01}}"
                )
                continue
            lines += [f"      {c.id}:", "        scores:"]
            for s in range(shape.assessors):
                lines.append(
                    f"          - {{assessor: {_q(f'Assessor {s}')}, score: {(score + s) % 5}, "
                    f"rationale: {_q(_text(shape.text, f'A{s}'))}}}"
                )
            lines += [
                f"        rationale: {_q(_text(shape.text))}",
                f"        evidence: {evidence}",
                "        assessed_on: 2026-10-01",
            ]
    lines.append("proposed: alt-1" if shape.alternatives > 1 else "proposed: alt-0")
    lines.append(f"justification: {_q(_text(shape.justification, 'Justification'))}")
    if shape.deviations:
        lines.append("deviations:")
        for d in range(shape.deviations):
            lines += [
                "  - rule: stale-evidence",
                f"    justification: {_q(_text(shape.text, f'D{d}'))}",
                f"    approver: Approver {d}",
                f"    decision: Decision {d}",
                "    expires: 2027-06-30",
            ]
    lines += [f"{key}: {value}" for key, value in shape.extra.items()]
    return "\n".join(lines) + "\n"


def fill(
    shape: Shape, budget: int = limits.REQUEST_BYTES, write: Callable[[Shape], str] = request
) -> Shape:
    """``shape`` with its texts as long as they can be within ``budget`` bytes."""
    low, high = 1, limits.TEXT
    while low < high:
        middle = (low + high + 1) // 2
        shape.text = middle
        if len(write(shape).encode()) <= budget:
            low = middle
        else:
            high = middle - 1
    shape.text = low
    return shape


def catalogue(criteria: int, text: int = 200) -> str:
    """A local catalogue that extends the standard one to ``criteria`` criteria in all, each
    with texts of ``text`` characters."""
    standard = load_catalogue("standard")
    dimensions = [d.id for d in standard.dimensions]
    lines = [
        "ossfirst_catalogue: 1",
        "id: large",
        'version: "1"',
        "title: {de: Großer Katalog, en: Large catalogue}",
        "extends: standard",
        "criteria:",
    ]
    for index in range(criteria - len(standard.criteria)):
        body = _q(_text(text, f"C{index}"))
        lines += [
            f"  - id: {dimensions[index % len(dimensions)]}.extra-{index}",
            "    kind: assessed",
            "    weight: 10",
            f"    title: {{de: {_q(f'Zusatz {index}')}, en: {_q(f'Extra {index}')}}}",
            f"    question: {{de: {body}, en: {body}}}",
            f"    guidance: {{de: {body}, en: {body}}}",
            "    levels:",
            *(f"      {level}: {{de: {body}, en: {body}}}" for level in range(5)),
        ]
    return "\n".join(lines) + "\n"


def with_catalogue(shape: Shape, criteria: int) -> str:
    """A request naming ``large.yaml`` (see :func:`catalogue`) that assesses every criterion
    of it for every alternative."""
    extra = criteria - len(load_catalogue("standard").criteria)
    shape.extra = {"catalogue": "large.yaml"}
    text = request(shape)
    dimensions = [d.id for d in load_catalogue("standard").dimensions]
    assessed = "".join(
        f"      {dimensions[i % len(dimensions)]}.extra-{i}: "
        f"{{score: {i % 5}, rationale: R, evidence: E, assessed_on: 2026-10-01}}\n"
        for i in range(extra)
    )
    return text.replace("    assessments:\n", "    assessments:\n" + assessed)


def with_evidence(
    folder: Path, shape: Shape, text: str, components: int = limits.SBOM_COMPONENTS
) -> Path:
    """The request ``text`` (of ``shape``) in ``folder``, each of its alternatives naming a
    publiccode.yml, an OpenSSF Scorecard result with the most checks and an SBOM, the SBOMs
    sharing ``components`` components without an open-source licence."""
    publiccode = (EXAMPLES / "evidence" / "jitsi-meet" / "publiccode.yml").read_text("utf-8")
    card = json.loads((EXAMPLES / "evidence" / "jitsi-meet" / "scorecard.json").read_text())
    check = card["checks"][0]
    card["checks"] = [
        {**check, "name": f"Check-{i}", "reason": _text(limits.SCORECARD_REASON, f"Check {i}")}
        for i in range(limits.SCORECARD_CHECKS)
    ]
    each = components // shape.alternatives
    for a in range(shape.alternatives):
        own = folder / f"alt-{a}"
        own.mkdir(parents=True, exist_ok=True)
        licence = "Apache-2.0" if a % 2 == 0 else "LicenseRef-Proprietary"
        (own / "publiccode.yml").write_text(
            publiccode.replace("license: Apache-2.0", f"license: {licence}"), "utf-8"
        )
        (own / "scorecard.json").write_text(json.dumps(card), "utf-8")
        bom = {
            "bomFormat": "CycloneDX",
            "specVersion": "1.6",
            "version": 1,
            "components": [
                {
                    "type": "library",
                    "name": f"component-{a}-{i}",
                    "version": "1.0",
                    "licenses": [{"license": {"id": "LicenseRef-Proprietary"}}],
                }
                for i in range(each)
            ],
        }
        (own / "sbom.cdx.json").write_text(json.dumps(bom), "utf-8")
        text = text.replace(
            f"  - id: alt-{a}\n",
            f"  - id: alt-{a}\n    evidence: {{publiccode: alt-{a}/publiccode.yml, "
            f"scorecard: alt-{a}/scorecard.json, sbom: alt-{a}/sbom.cdx.json}}\n",
        )
    path = folder / "request.yaml"
    path.write_text(text, "utf-8")
    return path


#: Bytes an alternative's evidence line adds to a request.
_EVIDENCE_LINE = 130


def _worst_request(folder: Path, shape: Shape) -> Path:
    path = folder / "request.yaml"
    path.write_text(request(fill(shape)), "utf-8")
    return path


def _worst_everything(folder: Path) -> Path:
    """Every cost at once: a local catalogue with the most criteria and the longest texts,
    all of them assessed, every evidence file at its limits, the texts filling the rest."""
    standard = load_catalogue("standard")
    extra = limits.CRITERIA - len(standard.criteria)
    low, high = 1, limits.TEXT
    while low < high:  # catalogue texts as long as the catalogue's size limit allows
        middle = (low + high + 1) // 2
        if len(catalogue(limits.CRITERIA, middle).encode()) <= limits.CATALOGUE_BYTES:
            low = middle
        else:
            high = middle - 1
    (folder / "large.yaml").write_text(catalogue(limits.CRITERIA, low), "utf-8")
    shape = Shape(
        alternatives=limits.ALTERNATIVES,
        requirements=5,
        draws=limits.DRAW_WORK // limits.ALTERNATIVES,
    )
    budget = limits.REQUEST_BYTES - shape.alternatives * _EVIDENCE_LINE
    fill(shape, budget, lambda s: with_catalogue(s, limits.CRITERIA))
    assert extra > 0
    return with_evidence(folder, shape, with_catalogue(shape, limits.CRITERIA))


#: The worst accepted requests, each written into a folder: each maximises one cost within
#: the limits (the texts fill what the file size limit leaves), ``everything`` all at once.
WORST: dict[str, Callable[[Path], Path]] = {
    "coverage": lambda f: _worst_request(
        f,
        Shape(
            alternatives=limits.ALTERNATIVES,
            requirements=limits.COVERAGE_CELLS // limits.ALTERNATIVES,
        ),
    ),
    "requirements": lambda f: _worst_request(
        f,
        Shape(
            alternatives=limits.COVERAGE_CELLS // limits.REQUIREMENTS,
            requirements=limits.REQUIREMENTS,
        ),
    ),
    # five assessors on every criterion of 12 alternatives fill the file size limit
    "assessors": lambda f: _worst_request(
        f, Shape(alternatives=12, assessors=limits.ASSESSORS // 2)
    ),
    "texts": lambda f: _worst_request(
        f,
        Shape(
            alternatives=limits.ALTERNATIVES,
            requirements=10,
            need=limits.TEXT,
            justification=limits.TEXT,
        ),
    ),
    "lists": lambda f: _worst_request(
        f,
        Shape(
            alternatives=limits.ALTERNATIVES,
            standards=limits.STANDARDS,
            cost_items=limits.COST_ITEMS,
            evidence_references=3,
            deviations=limits.DEVIATIONS,
        ),
    ),
    "everything": _worst_everything,
    # the market exploration at all three of its limits: a table row per hit and search
    "market": lambda f: _write(
        f,
        _exploration(
            catalogues=limits.MARKET_CATALOGUES,
            searches=limits.MARKET_SEARCHES,
            hits=limits.MARKET_HITS,
        ),
    ),
}


# ------------------------------------------------------------------ each limit, at and above


@dataclass(frozen=True)
class Limit:
    """One limit: a request (in a folder) at it, one just above it, and what the refusal
    says: ``line:column`` (of the file ``file``, the request when empty) and a part of the
    message."""

    name: str
    at: Callable[[Path], Path]
    above: Callable[[Path], Path]
    where: str
    message: str
    file: str = ""
    #: Whether the request at the limit is valid (some carry an unknown key to be large).
    valid: bool = True


def _write(folder: Path, text: str, name: str = "request.yaml") -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def _shaped(**fields: object) -> Callable[[Path], Path]:
    return lambda folder: _write(folder, request(Shape(**fields)))  # type: ignore[arg-type]


def _line_of(text: str, needle: str, occurrence: int = 0) -> int:
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


def _padded(size: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        text = request(Shape())
        padding = size - len(text.encode()) - 3
        return _write(folder, text + "#" + "x" * padding + "\n" + "\n")

    return build


def _aliases(values: int) -> Callable[[Path], Path]:
    """A request whose extra key expands to ``values`` values in all (the rest of the file
    has its own)."""

    def build(folder: Path) -> Path:
        text = request(Shape())
        own = _count_values(text)
        # x: [[v, v, ...] * n]: 1 (x) + 1 (outer list) + per alias 1 (inner list) + width
        width = 99
        left = values - own - 1
        rows, rest = divmod(left, width + 1)
        lines = [text.rstrip("\n"), "x:", "  - &row [" + ", ".join(["1"] * width) + "]"]
        lines += ["  - *row"] * (rows - 1)
        if rest:
            lines.append("  - [" + ", ".join(["1"] * (rest - 1)) + "]")
        return _write(folder, "\n".join(lines) + "\n")

    return build


def _count_values(text: str) -> int:
    from ossfirst.load.yamlsource import _Builder, _Composer

    composer = _Composer(text)
    node = composer.get_single_node()
    builder = _Builder("count")
    builder.build(node, (), 0)
    return builder.count


def _characters(total: int) -> Callable[[Path], Path]:
    """A request whose texts come to ``total`` characters after its aliases are expanded."""

    def build(folder: Path) -> Path:
        text = request(Shape(need=10))
        own = _count_characters(text)
        chunk = limits.TEXT
        repeats, rest = divmod(total - own, chunk)
        lines = [text.rstrip("\n"), f"x: [&t {_q('y' * chunk)}"]
        lines[-1] += ", *t" * (repeats - 1) + (f", {_q('z' * rest)}" if rest else "") + "]"
        return _write(folder, "\n".join(lines) + "\n")

    return build


def _count_characters(text: str) -> int:
    from ossfirst.load.yamlsource import _Builder, _Composer

    node = _Composer(text).get_single_node()
    builder = _Builder("count", max_characters=10**9)
    builder.build(node, (), 0)
    return builder.characters


def _catalogue_case(criteria: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        (folder / "large.yaml").write_text(catalogue(criteria, 20), "utf-8")
        return _write(folder, with_catalogue(Shape(), criteria))

    return build


def _catalogue_bytes(size: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        text = catalogue(len(load_catalogue("standard").criteria) + 1, 20)
        padding = size - len(text.encode()) - 2
        (folder / "large.yaml").write_text(text + "#" + "x" * padding + "\n", "utf-8")
        return _write(folder, with_catalogue(Shape(), len(load_catalogue("standard").criteria) + 1))

    return build


def _evidence(
    kind: str, content: Callable[[], str | bytes], name: str, alternatives: int = 1
) -> Callable[[Path], Path]:
    """A request whose first ``alternatives`` name the evidence file ``content`` makes."""

    def build(folder: Path) -> Path:
        text = request(Shape(alternatives=max(2, alternatives)))
        for a in range(alternatives):
            data = content()
            target = folder / f"alt-{a}" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, str):
                target.write_text(data, "utf-8")
            else:
                target.write_bytes(data)
            text = text.replace(
                f"  - id: alt-{a}\n", f"  - id: alt-{a}\n    evidence: {{{kind}: alt-{a}/{name}}}\n"
            )
        return _write(folder, text)

    return build


def _publiccode(size: int = 0, values: int = 0) -> str:
    text = (EXAMPLES / "evidence" / "jitsi-meet" / "publiccode.yml").read_text("utf-8")
    if values:  # one more platform per value
        text = text.replace(
            "platforms:\n", "platforms:\n" + "  - web\n" * (values - _count_values(text)), 1
        )
    if size:
        text += "#" + "x" * (size - len(text.encode()) - 2) + "\n"
    return text


def _scorecard(checks: int = limits.SCORECARD_CHECKS, reason: int = 40) -> str:
    card = json.loads((EXAMPLES / "evidence" / "jitsi-meet" / "scorecard.json").read_text())
    check = card["checks"][0]
    card["checks"] = [
        {**check, "name": f"Check-{i}", "reason": "r" * reason} for i in range(checks)
    ]
    return json.dumps(card)


def _sbom(components: int, size: int = 0) -> str:
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "components": [
            {"type": "library", "name": f"c{i}", "licenses": [{"license": {"id": "MIT"}}]}
            for i in range(components)
        ],
    }
    text = json.dumps(bom)
    return text + " " * (size - len(text.encode())) if size else text


def _exploration(catalogues: int = 1, searches: int = 1, hits: int = 1) -> str:
    """A request with a market exploration of this size; every hit set aside but the one
    taken in as the open-source alternative."""
    lines = [request(Shape()).rstrip("\n"), "market_exploration:", "  catalogues:"]
    lines += [f"    - {{name: catalogue-{c}, entries: {100 + c}}}" for c in range(catalogues)]
    lines.append("  searches:")
    lines += [f"    - {{query: Query {q}, date: 2026-10-01, found: {q}}}" for q in range(searches)]
    lines += ["  hits:", "    - {repository: example.org/alt-0, name: Alt 0, alternative: alt-0}"]
    lines += [
        f"    - {{repository: example.org/r{h}, name: R {h}, set_aside: not-relevant}}"
        for h in range(1, hits)
    ]
    return "\n".join(lines) + "\n"


def _explored(**size: int) -> Callable[[Path], Path]:
    return lambda folder: _write(folder, _exploration(**size))


def _problems(count: int) -> Callable[[Path], Path]:
    """A request with ``count`` unknown keys (each a problem with a did-you-mean)."""

    def build(folder: Path) -> Path:
        text = request(Shape()) + "".join(f"unknown-{i}: 1\n" for i in range(count))
        return _write(folder, text)

    return build


_BASE = request(Shape())
_ALTERNATIVES = request(Shape(alternatives=limits.ALTERNATIVES + 1))
_COVERAGE = request(
    Shape(
        alternatives=limits.ALTERNATIVES,
        requirements=limits.COVERAGE_CELLS // limits.ALTERNATIVES + 1,
    )
)

_HITS = _exploration(hits=limits.MARKET_HITS + 1)
_SEARCHES = _exploration(searches=limits.MARKET_SEARCHES + 1)
_CATALOGUES = _exploration(catalogues=limits.MARKET_CATALOGUES + 1)

LIMITS = [
    Limit(
        "request size",
        _padded(limits.REQUEST_BYTES),
        _padded(limits.REQUEST_BYTES + 1),
        "1:1",
        "The file is too large (150,001 bytes; at most 150,000 bytes)",
    ),
    Limit(
        "values",
        _aliases(limits.REQUEST_VALUES),
        _aliases(limits.REQUEST_VALUES + 1),
        "",
        "The file expands to more than 50,000 values",
        valid=False,
    ),
    Limit(
        "characters",
        _characters(limits.REQUEST_CHARACTERS),
        _characters(limits.REQUEST_CHARACTERS + 1),
        "",
        "The texts of the file are longer than 300,000 characters together",
        valid=False,
    ),
    Limit(
        "alternatives",
        _shaped(alternatives=limits.ALTERNATIVES),
        _shaped(alternatives=limits.ALTERNATIVES + 1),
        f"{_line_of(_ALTERNATIVES, f'- id: alt-{limits.ALTERNATIVES}')}:5",
        f"At most {limits.ALTERNATIVES} alternatives are allowed here",
    ),
    Limit(
        "requirements",
        _shaped(alternatives=1, requirements=limits.REQUIREMENTS),
        _shaped(alternatives=1, requirements=limits.REQUIREMENTS + 1),
        f"{_line_of(request(Shape(alternatives=1, requirements=501)), '- {id: R500,')}:5",
        "At most 500 requirements are allowed here",
    ),
    Limit(
        "coverage",
        _shaped(
            alternatives=limits.ALTERNATIVES,
            requirements=limits.COVERAGE_CELLS // limits.ALTERNATIVES,
        ),
        _shaped(
            alternatives=limits.ALTERNATIVES,
            requirements=limits.COVERAGE_CELLS // limits.ALTERNATIVES + 1,
        ),
        f"{_line_of(_COVERAGE, f'- {{id: R{limits.COVERAGE_CELLS // limits.ALTERNATIVES},')}:5",
        f"With {limits.ALTERNATIVES} alternatives at most "
        f"{limits.COVERAGE_CELLS // limits.ALTERNATIVES} requirements are possible",
    ),
    Limit(
        "assessors",
        _shaped(assessors=limits.ASSESSORS),
        _shaped(assessors=limits.ASSESSORS + 1),
        f"{_line_of(request(Shape(assessors=11)), 'Assessor 10')}:13",
        "At most 10 assessors are allowed here",
    ),
    Limit(
        "standards",
        _shaped(standards=limits.STANDARDS),
        _shaped(standards=limits.STANDARDS + 1),
        "",
        "At most 30 standards are allowed here",
    ),
    Limit(
        "cost items",
        _shaped(cost_items=limits.COST_ITEMS),
        _shaped(cost_items=limits.COST_ITEMS + 1),
        "",
        "At most 20 cost items are allowed here",
    ),
    Limit(
        "evidence references",
        _shaped(evidence_references=limits.EVIDENCE_REFERENCES),
        _shaped(evidence_references=limits.EVIDENCE_REFERENCES + 1),
        "",
        "At most 20 evidence references are allowed here",
    ),
    Limit(
        "deviations",
        _shaped(deviations=limits.DEVIATIONS),
        _shaped(deviations=limits.DEVIATIONS + 1),
        f"{_line_of(request(Shape(deviations=31)), '- rule:', 30)}:5",
        "At most 30 deviations are allowed here",
    ),
    Limit(
        "market exploration hits",
        _explored(hits=limits.MARKET_HITS),
        _explored(hits=limits.MARKET_HITS + 1),
        f"{_line_of(_HITS, f'repository: example.org/r{limits.MARKET_HITS}')}:7",
        f"At most {limits.MARKET_HITS} hits are allowed here",
    ),
    Limit(
        "market exploration searches",
        _explored(searches=limits.MARKET_SEARCHES),
        _explored(searches=limits.MARKET_SEARCHES + 1),
        f"{_line_of(_SEARCHES, f'query: Query {limits.MARKET_SEARCHES},')}:7",
        f"At most {limits.MARKET_SEARCHES} searches are allowed here",
    ),
    Limit(
        "market exploration catalogues",
        _explored(catalogues=limits.MARKET_CATALOGUES),
        _explored(catalogues=limits.MARKET_CATALOGUES + 1),
        f"{_line_of(_CATALOGUES, f'name: catalogue-{limits.MARKET_CATALOGUES},')}:7",
        f"At most {limits.MARKET_CATALOGUES} catalogues are allowed here",
    ),
    Limit(
        "text",
        _shaped(need=limits.TEXT),
        _shaped(need=limits.TEXT + 1),
        f"{_line_of(_BASE, 'need:')}:7",
        "The text is too long (at most 20,000 characters)",
    ),
    Limit(
        "draws",
        _shaped(draws=limits.DRAWS),
        _shaped(draws=limits.DRAWS + 1),
        f"{_line_of(request(Shape(draws=1)), 'sensitivity:')}:22",
        "is out of range; it must be at most 100000",
    ),
    Limit(
        "draws × alternatives",
        _shaped(alternatives=4, draws=limits.DRAW_WORK // 4),
        _shaped(alternatives=4, draws=limits.DRAW_WORK // 4 + 1),
        f"{_line_of(request(Shape(draws=1)), 'sensitivity:')}:22",
        f"{limits.DRAW_WORK // 4 + 1:,} Monte-Carlo draws for 4 alternatives are too many: "
        f"at most {limits.DRAW_WORK:,}",
    ),
    Limit(
        "criteria",
        _catalogue_case(limits.CRITERIA),
        _catalogue_case(limits.CRITERIA + 1),
        "",
        "The catalogue has more than 50 criteria",
        "large.yaml",
    ),
    Limit(
        "catalogue size",
        _catalogue_bytes(limits.CATALOGUE_BYTES),
        _catalogue_bytes(limits.CATALOGUE_BYTES + 1),
        "1:1",
        "The file is too large (300,001 bytes; at most 300,000 bytes)",
        "large.yaml",
    ),
    Limit(
        "publiccode.yml size",
        _evidence(
            "publiccode", lambda: _publiccode(size=limits.PUBLICCODE_BYTES), "publiccode.yml"
        ),
        _evidence(
            "publiccode", lambda: _publiccode(size=limits.PUBLICCODE_BYTES + 1), "publiccode.yml"
        ),
        "1:1",
        "The file is too large (100,001 bytes; at most 100,000 bytes)",
        "alt-0/publiccode.yml",
    ),
    Limit(
        "publiccode.yml values",
        _evidence(
            "publiccode", lambda: _publiccode(values=limits.PUBLICCODE_VALUES), "publiccode.yml"
        ),
        _evidence(
            "publiccode", lambda: _publiccode(values=limits.PUBLICCODE_VALUES + 1), "publiccode.yml"
        ),
        "",
        "The file expands to more than 5,000 values",
        "alt-0/publiccode.yml",
    ),
    Limit(
        "Scorecard checks",
        _evidence("scorecard", lambda: _scorecard(limits.SCORECARD_CHECKS), "scorecard.json"),
        _evidence("scorecard", lambda: _scorecard(limits.SCORECARD_CHECKS + 1), "scorecard.json"),
        "",
        "At most 25 checks are allowed here",
        "alt-0/scorecard.json",
    ),
    Limit(
        "Scorecard reason",
        _evidence(
            "scorecard", lambda: _scorecard(reason=limits.SCORECARD_REASON), "scorecard.json"
        ),
        _evidence(
            "scorecard", lambda: _scorecard(reason=limits.SCORECARD_REASON + 1), "scorecard.json"
        ),
        "",
        "The text is too long (at most 200 characters)",
        "alt-0/scorecard.json",
    ),
    Limit(
        "SBOM components",
        _evidence("sbom", lambda: _sbom(limits.SBOM_COMPONENTS), "sbom.cdx.json"),
        _evidence("sbom", lambda: _sbom(limits.SBOM_COMPONENTS + 1), "sbom.cdx.json"),
        "1:1",
        "The SBOM has 10001 components; at most 10000 are read",
        "alt-0/sbom.cdx.json",
    ),
    Limit(
        "SBOM size",
        _evidence("sbom", lambda: _sbom(10, limits.SBOM_BYTES), "sbom.cdx.json"),
        _evidence("sbom", lambda: _sbom(10, limits.SBOM_BYTES + 1), "sbom.cdx.json"),
        "1:1",
        "The file is too large (10,000,001 bytes; at most 10,000,000 bytes)",
        "alt-0/sbom.cdx.json",
    ),
    Limit(
        "evidence of a request",
        _evidence("sbom", lambda: _sbom(10, limits.EVIDENCE_BYTES // 2), "sbom.cdx.json", 2),
        _evidence("sbom", lambda: _sbom(10, limits.EVIDENCE_BYTES // 2 + 1), "sbom.cdx.json", 2),
        "",
        "The evidence files of this request are larger than 10.0 MB together",
    ),
    Limit(
        "problems",
        _problems(limits.PROBLEMS),
        _problems(limits.PROBLEMS + 1),
        "",
        "… and 1 more problems, not listed",
        valid=False,
    ),
]
