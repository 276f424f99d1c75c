# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Property-based fuzzing of the loader and the engine.

``make test`` runs a bounded number of examples; ``make fuzz`` runs many more
(``HYPOTHESIS_PROFILE=fuzz``). Generated valid requests always evaluate and keep the
engine's invariants; mutated files always end in a result or a clean input error.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ossfirst.api import evaluate_file, prepare
from ossfirst.errors import InputError
from ossfirst.load.catalogue import load_catalogue
from ossfirst.render import FORMATS, RenderOptions, renderer
from tests.conftest import CASES

settings.register_profile(
    "default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

CATALOGUE = load_catalogue("standard")
ASSESSED = [c.id for c in CATALOGUE.criteria if c.kind == "assessed"]
KNOCK_OUTS = [c.id for c in CATALOGUE.criteria if c.kind == "knock-out"]
LICENCES = [
    "Apache-2.0",
    "EUPL-1.2",
    "MIT OR Apache-2.0",
    "GPL-3.0-or-later",
    "LicenseRef-Proprietary",
    "BUSL-1.1",
    "MPL-2.0 AND LicenseRef-Proprietary",
    "AGPL-3.0-only",
]
STANDARDS = ["ODF", "PDF/A", "OOXML", "CalDAV", "SAML 2.0", "H.264", "Not-A-Standard"]
COUNTRIES = ["DE", "FR", "IE", "US", "CH", "CN"]
AWARDS = [
    None,
    {"method": "weighted"},
    {"method": "ufab-simple"},
    {"method": "ufab-extended", "corridor": 0.05, "tie_breaker": "lowest-price"},
    {"method": "ufab-extended", "corridor": 0.1, "tie_breaker": "highest-performance"},
    {"method": "price-points", "price_weight": 0.3},
    {"method": "price-points", "price_weight": 0.5, "conversion": "one-sided"},
]


@st.composite
def alternatives(draw: st.DrawFn, index: int, requirements: list[str]) -> dict[str, Any]:
    assessments: dict[str, Any] = {}
    for criterion in draw(st.lists(st.sampled_from(ASSESSED), unique=True)):
        assessments[criterion] = {
            "score": draw(st.integers(0, 4)),
            "rationale": "r",
            "evidence": "e",
            "assessed_on": draw(st.sampled_from(["2025-01-15", "2026-06-30", "2026-11-30"])),
        }
    for criterion in KNOCK_OUTS:
        if draw(st.booleans()):
            assessments[criterion] = {"passed": draw(st.booleans())}
    # euro amounts have at most two decimals (cents); more are refused as input errors
    money = st.floats(0, 1e6, allow_nan=False).map(lambda value: round(value, 2))
    # (UfAB methods need a price above 0: every alternative costs at least something)
    return {
        "id": f"alt-{index}",
        "name": f"Alternative {index}",
        "licence": draw(st.sampled_from(LICENCES)),
        "reuse": draw(st.booleans()),
        "deployment": draw(
            st.sampled_from(["on-premises", "private-cloud", "public-cloud", "saas"])
        ),
        "operator_jurisdiction": draw(st.sampled_from(COUNTRIES)),
        "parent_jurisdiction": draw(st.none() | st.sampled_from(COUNTRIES)),
        "providers": draw(st.integers(0, 12)),
        "standards": draw(st.lists(st.sampled_from(STANDARDS), unique=True)),
        "costs": {
            "one_time": {"implementation": round(1.0 + draw(money), 2)},
            "yearly": {"operations": draw(money)},
            "exit": draw(money),
        },
        "requirements": {
            r: draw(st.sampled_from(["met", "partial", "unmet"])) for r in requirements
        },
        "assessments": assessments,
    }


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    requirements = [f"R{i}" for i in range(1, draw(st.integers(1, 4)) + 1)]
    count = draw(st.integers(1, 5))
    alts = [draw(alternatives(i, requirements)) for i in range(count)]
    return {
        "ossfirst": 1,
        "id": "FUZZ-1",
        "title": "Fuzz",
        "organisation": "Town",
        "date": "2026-11-20",
        "language": draw(st.sampled_from(["de", "en"])),
        "profile": draw(st.sampled_from(sorted(CATALOGUE.profiles))),
        "budget": draw(
            st.none() | st.floats(0, 1e7, allow_nan=False).map(lambda value: round(value, 2))
        ),
        "need": "Need.",
        "requirements": [{"id": r, "text": r, "must": draw(st.booleans())} for r in requirements],
        "alternatives": alts,
        "award": draw(st.sampled_from(AWARDS)),
        "sensitivity": {"draws": draw(st.sampled_from([0, 50]))},
        "proposed": draw(st.none() | st.sampled_from([a["id"] for a in alts])),
        "justification": draw(st.none() | st.just("Because of R1.")),
    }


def run(data: dict[str, Any]) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "request.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return evaluate_file(path)


@given(requests())
def test_generated_requests_evaluate_and_keep_the_invariants(data: dict[str, Any]) -> None:
    result = run(data)
    by_id = {a.id: a for a in result.alternatives}
    for alternative in result.alternatives:
        assert 0 <= alternative.total <= 100
        present = [d for d in alternative.dimensions if d.score is not None]
        for dimension in present:
            assert 0 <= dimension.score <= 100  # type: ignore[operator]
        if present:
            assert abs(sum(d.weight for d in alternative.dimensions) - 100) < 0.05
        contributions = sum(c.contribution for c in alternative.criteria)
        assert abs(contributions - alternative.total) < 0.01 * len(alternative.criteria) + 0.01
        assert alternative.eligible == (not alternative.knockouts)
    recommended = result.verdict.recommended
    if recommended is not None:
        winner = by_id[recommended]
        assert winner.eligible
        # The point margin applies to the weighted total; the UfAB methods rank by Z = L / P
        # (or price points) with a margin of their own (tests/engine/test_ufab.py).
        if winner.category == "proprietary" and result.award is None:
            for other in result.alternatives:
                if other.eligible and other.category != "proprietary":
                    assert winner.total > other.total + result.method.margin - 1e-6
    else:
        assert not any(a.eligible for a in result.alternatives)
    assert result.verdict.policy_holds == (
        result.verdict.status in ("conforms", "recommendation-only", "justified-departure")
    )
    for fmt in FORMATS:
        assert renderer(fmt)(result, RenderOptions(lang="de"))


@given(requests())
def test_a_dominated_alternative_never_changes_the_winner(data: dict[str, Any]) -> None:
    before = run(data).verdict.recommended
    worst = dict(data["alternatives"][0])
    worst.update(
        id="dominated",
        name="Dominated",
        licence="LicenseRef-Proprietary",
        reuse=False,
        deployment="saas",
        operator_jurisdiction="CN",
        parent_jurisdiction=None,
        providers=0,
        standards=["H.264"],
        costs={"one_time": {"x": 2e6}, "yearly": {"x": 2e6}, "exit": 2e6},
        requirements=dict.fromkeys(data["alternatives"][0]["requirements"], "unmet"),
        assessments={c: {"score": 0} for c in ASSESSED},
    )
    data = {**data, "alternatives": [*data["alternatives"], worst]}
    assert run(data).verdict.recommended == before


@given(requests())
def test_the_same_request_gives_the_same_json(data: dict[str, Any]) -> None:
    assert run(data).model_dump_json() == run(data).model_dump_json()


BASE = (CASES / "valid" / "minimal.yaml").read_text("utf-8")
NASTY = [
    "\x00",
    "\t",
    "\u202e",
    "'",
    '"',
    ":",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "&a",
    "*a",
    "!!",
    "%",
    "@",
    "`",
    "|",
    ">",
    "#",
    "\n",
    "  ",
    "ä",
    "€",
    "1e999",
    ".nan",
    "-1",
    "~",
    "<<",
    "? ",
    "---",
    "...",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = BASE
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "duplicate"]))
        if action == "insert":
            text = (
                text[:position]
                + draw(st.sampled_from(NASTY) | st.text(max_size=5))
                + text[position:]
            )
        elif action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 20)) :]
        elif action == "replace":
            text = text[:position] + draw(st.sampled_from(NASTY)) + text[position + 1 :]
        else:
            lines = text.split("\n")
            line = draw(st.integers(0, len(lines) - 1))
            lines.insert(line, lines[line])
            text = "\n".join(lines)
    return text


@given(mutated())
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_mutated_files_give_a_result_or_a_clean_input_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "request.yaml"
        path.write_text(text, "utf-8", errors="surrogatepass")
        try:
            prepared = prepare(path)
        except InputError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.location.file == str(path)
                assert "\n" not in problem.text("en")
            return
        assert prepared.loaded.request.id
