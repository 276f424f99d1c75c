# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Decisive requirements and gap closing: what excludes each open-source and reuse
alternative, whether the recommendation would be another without it (the request evaluated
again), and an alternative with its gaps closed as an alternative of its own."""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from ossfirst.api import prepare
from ossfirst.engine import closing, decisive, info, policy
from ossfirst.engine import evaluate as engine
from ossfirst.engine.context import Context
from ossfirst.words import Words
from tests.conftest import EXAMPLES
from tests.engine.requests import alternative, evaluate, request

pytestmark = pytest.mark.filterwarnings("error")


def _two_requirements(**fields: Any) -> dict[str, Any]:
    return {
        "requirements": [
            {"id": "R1", "text": "Works", "must": True},
            {"id": "R2", "text": "Speaks the standard", "must": True},
        ],
        **fields,
    }


def _alt(alt_id: str, kind: str, fit: int, control: int, **coverage: str) -> dict[str, Any]:
    data = alternative(
        alt_id, kind, fit, control, yearly=2000.0 if kind == "open-source" else 9000.0
    )
    data["requirements"] = {"R1": "met", "R2": "met", **coverage}
    return data


def test_one_must_requirement_alone_excludes_and_the_decision_hangs_on_it(
    tmp_path: Path,
) -> None:
    oss = _alt("oss", "open-source", 4, 4, R2="unmet")
    prop = _alt("prop", "proprietary", 3, 1)
    result = evaluate(tmp_path, request(oss, prop, **_two_requirements(proposed="prop")))
    assert result.verdict.recommended == "prop"
    assert result.schema_version == "1.5"
    found = result.decisive
    assert found is not None
    (exclusion,) = found.exclusions
    assert exclusion.alternative == "oss" and exclusion.single
    assert [(k.code, k.ref) for k in exclusion.knockouts] == [("must-requirement", "R2")]
    assert exclusion.recommended_without == "oss" and exclusion.recommended
    assert exclusion.compared_with == "prop"
    pv = {a.id: a.economics.present_value for a in result.alternatives}
    assert exclusion.present_value_difference == round(pv["prop"] - pv["oss"], 2) > 0
    assert exclusion.closed_by is None
    assert [(h.code, h.ref, h.recommended) for h in found.hangs_on] == [
        ("must-requirement", "R2", "oss")
    ]
    assert found.closings == []
    words = Words(result, "en")
    assert "The decision hangs on R2 (must-requirement): without it, Oss would be" in (
        words.robustness()
    )
    assert "Die Entscheidung hängt an R2" in Words(result, "de").robustness()


def test_two_must_requirements_exclude_only_together(tmp_path: Path) -> None:
    oss = _alt("oss", "open-source", 4, 4, R1="partial", R2="unmet")
    prop = _alt("prop", "proprietary", 3, 1)
    result = evaluate(tmp_path, request(oss, prop, **_two_requirements()))
    assert result.decisive is not None
    (exclusion,) = result.decisive.exclusions
    assert not exclusion.single
    assert {k.ref for k in exclusion.knockouts} == {"R1", "R2"}
    # without both it would be recommended, but neither alone changes the decision
    assert exclusion.recommended and exclusion.recommended_without == "oss"
    assert result.decisive.hangs_on == []
    assert "hangs on" not in Words(result, "en").robustness()


def test_a_knock_out_criterion_can_be_decisive(tmp_path: Path) -> None:
    oss = alternative("oss", "open-source", 4, 4, legal=False, yearly=1000.0)
    prop = alternative("prop", "proprietary", 3, 1, yearly=5000.0)
    result = evaluate(tmp_path, request(oss, prop))
    assert result.decisive is not None
    (exclusion,) = result.decisive.exclusions
    assert [(k.code, k.ref) for k in exclusion.knockouts] == [
        ("knock-out-criterion", "quality.legal")
    ]
    assert exclusion.single and exclusion.recommended
    (hang,) = result.decisive.hangs_on
    assert (hang.code, hang.ref, hang.recommended) == (
        "knock-out-criterion",
        "quality.legal",
        "oss",
    )
    assert "The decision hangs on one knock-out (" in Words(result, "en").robustness()


def test_an_excluded_alternative_that_would_still_lose(tmp_path: Path) -> None:
    # without R2 the open-source alternative would be eligible, but the reuse one still wins
    reuse = _alt("shared", "reuse", 4, 4)
    oss = _alt("oss", "open-source", 2, 2, R2="unmet")
    result = evaluate(tmp_path, request(reuse, oss, **_two_requirements()))
    assert result.decisive is not None
    (exclusion,) = result.decisive.exclusions
    assert exclusion.recommended_without == "shared" and not exclusion.recommended
    assert result.decisive.hangs_on == []
    # compared with the recommendation: the open-source one is cheaper, not dearer
    assert exclusion.compared_with == "shared"


def test_nothing_to_say_keeps_the_result_as_it_was(tmp_path: Path) -> None:
    result = evaluate(tmp_path, request(alternative("oss", "open-source", 3, 3)))
    assert result.decisive is None
    assert result.schema_version == "1.2"
    assert "decisive" not in result.model_dump(mode="json")


def test_gap_closing_is_an_alternative_of_its_own(tmp_path: Path) -> None:
    oss = _alt("oss", "open-source", 4, 4, R2="unmet")
    oss["gap_closing"] = {
        "requirements": ["R2"],
        "one_time": 5000,
        "yearly": 300,
        "months": 6,
        "published": "opencode",
    }
    prop = _alt("prop", "proprietary", 3, 1)
    result = evaluate(tmp_path, request(oss, prop, **_two_requirements(proposed="prop")))
    ids = [a.id for a in result.alternatives]
    # after the request's own alternatives, so that positions stay those of the request
    assert ids == ["oss", "prop", "oss+gap-closing"]
    variant = result.alternative("oss+gap-closing")
    base = result.alternative("oss")
    assert variant.category == "open-source" and variant.licence == base.licence
    assert variant.name == "Oss + R2"
    assert {c.requirement: c.coverage for c in variant.requirements}["R2"] == "met"
    assert variant.eligible and not base.eligible
    assert variant.economics.one_time["gap_closing"] == 5000
    assert variant.economics.yearly["gap_closing"] == 300
    assert variant.economics.one_time_total == base.economics.one_time_total + 5000
    assert variant.gap_closing is not None
    assert variant.gap_closing.alternative == "oss" and variant.gap_closing.months == 6
    assert base.gap_closing is None
    # the variant's gaps are its alternative's, listed once
    assert not any(g.alternative == "oss+gap-closing" for g in result.gaps)
    assert result.verdict.recommended == "oss+gap-closing"
    assert result.verdict.status == "unjustified-departure"
    found = result.decisive
    assert found is not None
    (exclusion,) = found.exclusions
    assert exclusion.closed_by == "oss+gap-closing"
    (closing,) = found.closings
    assert closing.variant == "oss+gap-closing" and closing.alternative == "oss"
    assert closing.recommended and closing.rank == 1 and closing.compared_with == "prop"
    pv = variant.economics.present_value
    prop_pv = result.alternative("prop").economics.present_value
    assert closing.present_value_difference == round(prop_pv - pv, 2)
    assert closing.total_difference == round(variant.total - result.alternative("prop").total, 2)
    text = Words(result, "en").closing_row(closing)
    assert text[1] == "R2" and text[3] == "6 months, published on openCoDE"
    assert text[4].startswith("recommended (rank 1);")


def test_the_alternative_with_its_gaps_closed_can_be_proposed(tmp_path: Path) -> None:
    oss = _alt("oss", "open-source", 4, 4, R2="unmet")
    oss["gap_closing"] = {
        "requirements": ["R2"],
        "name": "Oss with the standard",
        "one_time": 5000,
        "months": 3,
        "published": "upstream",
    }
    prop = _alt("prop", "proprietary", 3, 1)
    data = request(oss, prop, **_two_requirements(proposed="oss+gap-closing"))
    result = evaluate(tmp_path, data)
    assert result.verdict.status == "conforms" and result.verdict.policy_holds
    assert result.alternative("oss+gap-closing").name == "Oss with the standard"
    found = result.decisive
    assert found is not None
    # compared with the best alternative that is not the same software
    assert found.exclusions[0].compared_with == "prop"
    assert found.closings[0].compared_with == "prop"
    # relaxing R2 makes the open-source alternative itself the better buy
    assert [(h.ref, h.recommended) for h in found.hangs_on] == [("R2", "oss")]


def test_the_re_evaluations_are_bounded_and_cached(tmp_path: Path) -> None:
    oss = _alt("oss", "open-source", 4, 4, R2="unmet")
    other = _alt("other", "open-source", 4, 3, R1="partial", R2="unmet")
    prop = _alt("prop", "proprietary", 3, 1)
    result = evaluate(tmp_path, request(oss, other, prop, **_two_requirements()))
    calls: list[frozenset[tuple[str, str]]] = []

    def recommend(relaxed: decisive.Relaxed) -> str | None:
        calls.append(relaxed)
        return "oss"

    found = decisive.find(result.alternatives, result.ranking, result.verdict, recommend)
    assert found is not None
    # R2 alone (oss's only knock-out), and {R1, R2} for other; R2 alone is asked once
    assert sorted(sorted(c) for c in calls) == [
        [("must-requirement", "R1"), ("must-requirement", "R2")],
        [("must-requirement", "R2")],
    ]
    assert len(calls) <= 3 * len(result.alternatives)
    assert result.decisive == found


def test_the_report_document_shows_the_decision_and_greys_out_the_excluded(
    tmp_path: Path,
) -> None:
    from ossfirst.render import RenderOptions, charts, sections
    from ossfirst.render.document import Figure, Paragraph, Table

    oss = _alt("oss", "open-source", 4, 4, R2="unmet")
    prop = _alt("prop", "proprietary", 3, 1)
    result = evaluate(tmp_path, request(oss, prop, **_two_requirements(proposed="prop")))
    built = sections.build(result, RenderOptions(lang="en"))
    section = next(s for s in built.sections if s.id == "decisive")
    texts = [b.paragraphs for b in section.blocks if isinstance(b, Paragraph)]
    assert texts[0] == (
        ("The decision hangs on R2 (must-requirement): without it, Oss would be recommended.",),
    )
    table = next(b for b in section.blocks if isinstance(b, Table))
    row = [c.text for c in next(iter(table.rows)).cells]
    assert row[:3] == [
        "Oss",
        "must-requirement R2 not met (decisive on its own)",
        "it would be recommended",
    ]
    assert row[3].endswith("EUR less than Prop: available to close the gap")
    figure = next(b for s in built.sections for b in s.blocks if isinstance(b, Figure))
    legend = {item.label: item.series for item in figure.legend}
    assert legend == {"Oss (excluded: must-requirement R2 not met)": 6, "Prop": 1}
    # the greyed-out styles are part of the document only where they are used
    assert len(built.series) > charts.REGULAR
    # who leads in a dimension is said in words, not as a signed number
    why = next(s for s in built.sections if s.id == "why-no-oss")
    gaps = [b for b in why.blocks if isinstance(b, Table)][-1]
    leads = [c.text for c in next(iter(gaps.rows)).cells[1:]]
    assert leads and all(t == "level" or " ahead by " in t for t in leads)
    assert not any(t.startswith("-") for t in leads)


def _relaxations(evaluated: list[Any]) -> list[decisive.Relaxed]:
    """Every single knock-out and unmet must-requirement, each alternative's whole set, and
    pairs of single ones."""
    singles: dict[tuple[str, str], None] = {}
    sets = []
    for done in evaluated:
        keys = [(k.code, k.ref) for k in done.knockouts]
        singles.update(dict.fromkeys(keys))
        sets.append(frozenset(keys))
        coverage = done.result.requirements
        singles.update(
            dict.fromkeys(("must-requirement", r.requirement) for r in coverage if r.must)
        )
    ordered = sorted(singles)
    pairs = [frozenset(p) for p in itertools.combinations(ordered, 2)]
    return [frozenset([key]) for key in ordered] + sets + pairs[:40]


def _evaluated_again(ctx: Context, relaxed: decisive.Relaxed) -> str | None:
    """The recommendation of the whole evaluation of the request with ``relaxed``."""
    musts = {ref for code, ref in relaxed if code == "must-requirement"}
    wished = [
        r.model_copy(update={"must": False}) if r.id in musts else r
        for r in ctx.request.requirements
    ]
    request = ctx.request.model_copy(update={"requirements": wished})
    changed = Context(ctx.catalogue, request, ctx.facts, ctx.method, relaxed)
    _, _, _, ranking, _ = engine._ranked(changed)
    margin = engine._margin(changed, ranking.relative)
    best = policy.choose(ranking.standings, margin, ranking.relative)
    return None if best is None else best[3]


def _variants(tmp_path: Path) -> list[Path]:
    """The examples, and each with requirements made must-requirements and coverage changed
    at random (fixed seed), so that must-requirements exclude and set the TCO baseline."""
    generator = random.Random(20261127)
    paths = sorted(EXAMPLES.glob("*.yaml"))
    for round_ in range(3):
        for example in sorted(EXAMPLES.glob("*.yaml")):
            data = yaml.safe_load(example.read_text("utf-8"))
            for requirement in data.get("requirements", []):
                requirement["must"] = generator.random() < 0.7
            for alt in data["alternatives"]:
                alt.pop("evidence", None)
                closes = (alt.get("gap_closing") or {}).get("requirements", [])
                for requirement in data.get("requirements", []):
                    if requirement["id"] in closes:
                        continue  # a gap closing names gaps only
                    coverage = generator.choice(["met", "met", "partial", "unmet"])
                    alt.setdefault("requirements", {})[requirement["id"]] = coverage
            path = tmp_path / f"{round_}-{example.name}"
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
            paths.append(path)
    return paths


def test_a_relaxed_recommendation_is_that_of_the_whole_evaluation(tmp_path: Path) -> None:
    # the re-evaluation decisive requirements need does again only what a relaxation can
    # change; it must find what evaluating the changed request from the start finds
    compared = 0
    for path in _variants(tmp_path):
        prepared = prepare(path)
        request, facts = closing.expand(prepared.loaded.request, prepared.facts)
        method = info.method_info(prepared.catalogue, request, None)
        ctx = Context(prepared.catalogue, request, facts, method)
        evaluated = engine._ranked(ctx)[0]
        for relaxed in _relaxations(evaluated):
            expected = _evaluated_again(ctx, relaxed)
            assert engine._recommendation(ctx, evaluated, relaxed) == expected, (path, relaxed)
            compared += 1
    assert compared > 300
