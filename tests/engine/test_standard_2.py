# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Version 2.0 of the standard catalogue: its new criteria, their computed and imported
values, evidence floors and licence rules."""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
from pathlib import Path

import pytest
import yaml

from ossfirst.api import evaluate_file, render
from ossfirst.engine import arrangements, floors
from ossfirst.evidence import spdx
from ossfirst.load.catalogue import load_catalogue
from ossfirst.model.catalogue import EvidenceFloor, FloorCap
from ossfirst.model.request import ExitPlan, FrameworkContract
from ossfirst.model.result import (
    Contractor,
    EvidenceFacts,
    PubliccodeFacts,
    ScorecardCheck,
    ScorecardFacts,
)
from tests.conftest import CASES, EXAMPLES

NEW = {
    "lock-in.exit-plan": ("computed", "exit-plan"),
    "sovereignty.switchable-operator": ("computed", "operators"),
    "sovereignty.control-under-blocking": ("assessed", None),
    "practicality.documentation": ("assessed", None),
    "practicality.supplier-upstream": ("assessed", None),
    "economics.framework-contract": ("computed", "framework-contract"),
}


@pytest.fixture(scope="module")
def v2():  # type: ignore[no-untyped-def]
    return load_catalogue("standard@2.0")


def test_six_new_criteria_each_fully_described(v2) -> None:  # type: ignore[no-untyped-def]
    v1 = {c.id for c in load_catalogue("standard@1.1").criteria}
    added = {c.id for c in v2.criteria} - v1
    assert added == set(NEW)
    for criterion_id, (kind, metric) in NEW.items():
        criterion = v2.criterion(criterion_id)
        assert criterion is not None and criterion.kind == kind
        assert (criterion.computation.metric if criterion.computation else None) == metric
        assert criterion.guidance is not None and criterion.weight > 0
        assert criterion.levels is not None and sorted(criterion.levels) == [0, 1, 2, 3, 4]
        for text in [
            criterion.title,
            criterion.question,
            criterion.guidance,
            *criterion.levels.values(),
        ]:
            assert text.de.strip() and text.en.strip() and text.de != text.en
        assert criterion.answers, criterion_id


def test_every_criterion_names_the_sources_it_answers(v2) -> None:  # type: ignore[no-untyped-def]
    questions = {f"{s}:{q}" for s, source in v2.sources.items() for q in source.questions}
    answered = {ref for c in v2.criteria for ref in c.answers}
    left_out = {ref for o in v2.omissions for ref in o.answers}
    assert all(c.answers for c in v2.criteria)
    # every question of every source is answered by a criterion or deliberately left out
    assert questions == answered | left_out
    assert {"zendis-2026", "dstack", "osba-2025", "eu-csf", "cad-68", "dora", "kgst"} <= set(
        v2.sources
    )


def test_profiles_are_rebalanced(v2) -> None:  # type: ignore[no-untyped-def]
    v1 = load_catalogue("standard@1.1")
    assert v2.profiles["balanced"].weights == v1.profiles["balanced"].weights
    assert v2.profiles["sovereignty-first"].weights["lock-in"] == 25
    assert v2.profiles["cost-focused"].weights["sovereignty"] == 15
    for profile in v2.profiles.values():
        assert math.isclose(sum(profile.weights.values()), 100)
    for dimension in v2.dimensions:
        scored = [c.weight for c in v2.criteria_of(dimension.id) if c.scored]
        assert math.isclose(sum(scored), 100), dimension.id


# -- exit plan and framework contract --------------------------------------------------

DAY = dt.date(2026, 11, 20)


def plan(**changes: object) -> ExitPlan:
    fields: dict[str, object] = {
        "document": "plan",
        "roles": "r",
        "triggers": "t",
        "target": "x",
        "data_export": "d",
        "tested_on": dt.date(2026, 6, 1),
    }
    fields.update(changes)
    return ExitPlan.model_validate(fields)


@pytest.mark.parametrize(
    ("given", "state"),
    [
        (None, None),
        ("none", "none"),
        (plan(triggers=None), "incomplete"),
        (plan(tested_on=None), "untested"),
        (plan(), "tested"),
        (plan(tested_on=dt.date(2025, 11, 20)), "tested"),  # exactly 12 months
        (plan(tested_on=dt.date(2025, 11, 19)), "expired"),  # the test expires like evidence
        (plan(review_months=3), "expired"),  # reviewed on the test day, due after 3 months
        (plan(review_months=3, reviewed_on=dt.date(2026, 10, 1)), "tested"),
        (plan(tested_on=dt.date(2025, 6, 1), reviewed_on=dt.date(2026, 10, 1)), "expired"),
    ],
)
def test_exit_plan_states(given: ExitPlan | str | None, state: str | None) -> None:
    assert arrangements.exit_plan_state(given, DAY, 12) == state


def contract(**changes: object) -> FrameworkContract:
    fields: dict[str, object] = {"name": "c", "holder": "body", "until": dt.date(2032, 1, 1)}
    fields.update(changes)
    return FrameworkContract.model_validate(fields)


@pytest.mark.parametrize(
    ("given", "state"),
    [
        (None, None),
        ("none", "none"),
        (contract(scope="partial"), "partial"),
        (contract(holder="other-body"), "joinable"),
        (contract(until=dt.date(2031, 11, 19)), "expires"),
        (contract(until=dt.date(2031, 11, 20)), "covered"),
        (contract(holder="service-provider"), "covered"),
    ],
)
def test_framework_contract_states(given: FrameworkContract | str | None, state: str) -> None:
    assert arrangements.framework_state(given, dt.date(2031, 11, 20)) == state


def test_an_exit_plan_tested_after_the_request_date_is_a_gap(tmp_path: Path) -> None:
    text = (EXAMPLES / "videoconferencing.yaml").read_text("utf-8")
    assert "      tested_on: 2026-06-18" in text
    request = tmp_path / "video.yaml"
    request.write_text(text.replace("      tested_on: 2026-06-18", "      tested_on: 2026-12-01"))
    shutil.copytree(EXAMPLES / "evidence", tmp_path / "evidence")
    result = evaluate_file(request, draws=0)
    [gap] = [g for g in result.gaps if g.criterion == "lock-in.exit-plan"]
    assert (gap.alternative, gap.reason) == ("bbb-kommunal", "future-date")
    assert gap.path == ["alternatives", 1, "exit_plan", "tested_on"]


def test_the_examples_values_in_the_report() -> None:
    result = evaluate_file(EXAMPLES / "specialised-procedure.yaml", draws=0)
    row = {r.criterion: r for r in result.alternative("fachverfahren-a").criteria}
    assert (row["lock-in.exit-plan"].value, row["lock-in.exit-plan"].score) == ("expired", 3)
    assert (
        row["economics.framework-contract"].value,
        row["economics.framework-contract"].score,
    ) == (
        "covered",
        4,
    )
    assert row["sovereignty.switchable-operator"].score == 1  # two operators
    report = render(result, "md", "de").decode("utf-8")
    assert "| Getesteter Ausstiegsplan | 3/4 |" in report
    assert "Test oder Überprüfung abgelaufen" in report
    assert "| Wechselbarkeit des Betreibers | 1/4 |" in report and "2 mögliche Betreiber" in report


def test_documentation_and_blocking_come_from_evidence_files() -> None:
    result = evaluate_file(EXAMPLES / "videoconferencing.yaml", draws=0)
    jitsi = {r.criterion: r for r in result.alternative("jitsi").criteria}
    documentation = jitsi["practicality.documentation"]
    assert (documentation.source, documentation.score) == ("imported", 3)
    saas = {r.criterion: r for r in result.alternative("video-saas").criteria}
    blocking = saas["sovereignty.control-under-blocking"]
    # a person's 0 wins over the SBOM's subscription licence (1), which the report shows
    assert (blocking.source, blocking.score) == ("assessed", 0)
    assert blocking.imported is not None and blocking.imported.score == 1


# -- evidence floors ---------------------------------------------------------------------


def card(**scores: tuple[int | None, str]) -> ScorecardFacts:
    return ScorecardFacts(
        file="sc.json",
        repository="r",
        commit=None,
        date=DAY,
        scorecard_version="v5",
        published_score=None,
        aggregate=5.0,
        checks=[
            ScorecardCheck(
                name=name.replace("_", "-"),
                score=score,
                risk="high",
                weight=7.5,
                reason=reason,
                criterion=None,
                documentation=None,
            )
            for name, (score, reason) in scores.items()
        ],
    )


def publiccode(maintenance: str, status: str, until: dt.date | None = None) -> PubliccodeFacts:
    return PubliccodeFacts(
        file="publiccode.yml",
        version="0.7",
        name="x",
        url=None,
        software_version=None,
        development_status=status,
        software_type="standalone/web",
        platforms=["web"],
        licence="EUPL-1.2",
        maintenance=maintenance,
        contractors=[Contractor(name="c", until=until)] if until else [],
        used_by=[],
        localisation_ready=True,
        languages=["de"],
        depends_open=None,
        depends_proprietary=None,
        depends_hardware=None,
        supports=[],
    )


FLOORS = [
    EvidenceFloor(id="not-archived", scorecard="not-archived", then="knock-out"),
    EvidenceFloor(
        id="maintained",
        scorecard="Maintained",
        at_least=5,
        then=FloorCap(criterion="practicality.maturity", at_most=2),
    ),
    EvidenceFloor(
        id="dangerous-workflow",
        scorecard="Dangerous-Workflow",
        at_least=10,
        then=FloorCap(criterion="security.supply-chain", at_most=1),
    ),
    EvidenceFloor(
        id="maintenance",
        publiccode="maintained",
        then=FloorCap(criterion="practicality.maturity", at_most=1),
    ),
    EvidenceFloor(id="contract", publiccode="contract-current", then="knock-out"),
    EvidenceFloor(
        id="stable",
        publiccode="stable",
        then=FloorCap(criterion="practicality.maturity", at_most=2),
    ),
]


def test_floors_judge_what_the_files_say() -> None:
    facts = EvidenceFacts(
        scorecard=card(
            Maintained=(0, "project is archived"), Dangerous_Workflow=(None, "no workflows")
        ),
        publiccode=publiccode("contract", "beta", dt.date(2026, 11, 1)),
    )
    outcomes = floors.judge(FLOORS, facts, DAY)
    assert [(o.floor, o.status, o.found) for o in outcomes] == [
        ("not-archived", "not-met", 0),
        ("maintained", "not-met", 0),
        ("dangerous-workflow", "unverified", None),
        ("maintenance", "met", "contract"),
        ("contract", "not-met", "2026-11-01"),
        ("stable", "not-met", "beta"),
    ]
    assert outcomes[0].reason == "project is archived"  # the check's own words
    effects = floors.consequences(FLOORS, outcomes)
    assert [(k.code, k.ref) for k in effects.knockouts] == [
        ("evidence-floor", "not-archived"),
        ("evidence-floor", "contract"),
    ]
    # two floors limit maturity; the lower limit counts and both are named
    assert effects.caps == {"practicality.maturity": (2, ["maintained", "stable"])}


def test_floors_leave_alternatives_without_such_files_alone() -> None:
    assert floors.judge(FLOORS, EvidenceFacts(), DAY) == []
    only = floors.judge(FLOORS, EvidenceFacts(publiccode=publiccode("internal", "stable")), DAY)
    assert [(o.floor, o.status) for o in only] == [
        ("maintenance", "met"),
        ("contract", "not-applicable"),
        ("stable", "met"),
    ]


def test_a_floor_that_is_not_met_caps_the_criterion_in_the_report(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES / "evidence", tmp_path / "evidence")
    file = tmp_path / "evidence" / "jitsi-meet" / "scorecard.json"
    scorecard = json.loads(file.read_text("utf-8"))
    for check in scorecard["checks"]:
        if check["name"] == "Maintained":
            check.update(
                score=3, reason="4 commit(s) and 1 issue activity found in the last 90 days"
            )
    file.write_text(json.dumps(scorecard), "utf-8")
    request = tmp_path / "video.yaml"
    text = (EXAMPLES / "videoconferencing.yaml").read_text("utf-8")
    request.write_text(
        text.replace(
            "      economics.cost-certainty:\n        score: 3\n",
            "      practicality.maturity:\n        score: 4\n        rationale: mature\n"
            "        evidence: releases\n        assessed_on: 2026-10-02\n"
            "      economics.cost-certainty:\n        score: 3\n",
            1,
        ),
        "utf-8",
    )
    result = evaluate_file(request, draws=0)
    row = next(
        r for r in result.alternative("jitsi").criteria if r.criterion == "practicality.maturity"
    )
    assert row.score == 2 and row.capped is not None
    assert (row.capped.score, row.capped.floors) == (4, ["maintained"])
    report = render(result, "md", "en").decode("utf-8")
    assert "| Maturity and maintenance | 2/4 (at most 2 by maintained; else 4) |" in report
    assert (
        '| Scorecard check Maintained at least 5 of 10 | 3/10: "4 commit(s) and 1 issue '
        'activity found in the last 90 days" | not met: Maturity and maintenance counts at most '
        "level 2 |" in report
    )


def test_the_report_shows_every_floor_with_the_checks_reason() -> None:
    result = evaluate_file(EXAMPLES / "videoconferencing.yaml", draws=0)
    assert result.schema_version == "1.3"
    assert [f.id for f in result.catalogue.evidence_floors][:3] == [
        "not-archived",
        "maintained",
        "dangerous-workflow",
    ]
    report = render(result, "md", "de").decode("utf-8")
    assert "Mindestanforderungen an Nachweise" in report
    assert "10/10: „no dangerous workflow patterns detected“ | erfüllt |" in report
    assert "Ohne Scorecard-Ergebnis und ohne publiccode.yml, daher nicht geprüft: " in report


def test_a_local_catalogue_adds_floors_and_they_are_checked(tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: town\nversion: '1'\ntitle: {de: S, en: T}\n"
        "extends: standard@2.0\nevidence_floors:\n"
        "  - {id: vulnerabilities, scorecard: Vulnerabilities, at_least: 5, then: knock-out}\n"
        "  - {id: typo, scorecard: Maintaned, at_least: 5, then: knock-out}\n",
        "utf-8",
    )
    with pytest.raises(Exception) as info:
        load_catalogue(str(local))
    text = info.value.problems[0].text("en")  # type: ignore[attr-defined]
    assert "There is no Scorecard check 'Maintaned'" in text and "Maintained" in text
    local.write_text(
        local.read_text().replace(
            "  - {id: typo, scorecard: Maintaned, at_least: 5, then: knock-out}\n", ""
        )
    )
    assert [f.id for f in load_catalogue(str(local)).evidence_floors][-1] == "vulnerabilities"


# -- licence rules -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "rule", "open_source", "level"),
    [
        ("Apache-2.0", "osi", True, 4),  # on both lists
        ("0BSD", "osi", True, 4),  # OSI only
        ("BSD-4-Clause", "osi", False, 3),  # FSF only
        ("Apache-2.0", "osi-and-fsf", True, 4),
        ("0BSD", "osi-and-fsf", False, 3),
        ("BSD-4-Clause", "osi-and-fsf", False, 3),
        ("0BSD OR BSD-4-Clause", "osi-and-fsf", False, 3),
        ("0BSD OR Apache-2.0", "osi-and-fsf", True, 4),
        ("0BSD", "osi-or-fsf", True, 4),
        ("BSD-4-Clause", "osi-or-fsf", True, 4),
        ("BSD-4-Clause AND LicenseRef-Proprietary", "osi-or-fsf", False, 2),
    ],
)
def test_licence_rules(expression: str, rule: str, open_source: bool, level: int) -> None:
    info = spdx.classify(expression, (), rule)
    assert (info.open_source, info.freedom_level) == (open_source, level)


def test_a_catalogue_that_requires_both_lists(tmp_path: Path) -> None:
    local = tmp_path / "sill.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: sill\nversion: '1'\ntitle: {de: S, en: S}\n"
        "extends: standard@2.0\npolicy: {licence_rule: osi-and-fsf}\n",
        "utf-8",
    )
    data = yaml.safe_load((CASES / "valid" / "minimal.yaml").read_text("utf-8"))
    data["catalogue"] = local.name  # relative to the request, in its folder
    data["alternatives"][0]["licence"] = "0BSD"  # OSI-approved, not on the FSF's list
    request = tmp_path / "r.yaml"
    request.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    result = evaluate_file(request, draws=0)
    assert result.method.licence_rule == "osi-and-fsf" and result.schema_version == "1.3"
    oss = result.alternative("oss")
    assert oss.category == "proprietary" and oss.licence.freedom_level == 3
    report = render(result, "md", "en").decode("utf-8")
    assert "under this catalogue's licence rule (osi-and-fsf)" in report
    # the standard catalogue keeps OSI and says so as before
    plain = render(evaluate_file(CASES / "valid" / "minimal.yaml", draws=0), "md", "en")
    assert b"OSI-approved licences alone" in plain and b"osi-and-fsf" not in plain
