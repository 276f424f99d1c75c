# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Levels from evidence files: they fill criteria nobody assessed, a person's assessment
always wins, several files give the lowest level, and old files are stale like old
assessments."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ossfirst.api import evaluate_file, render
from ossfirst.model.result import CriterionScore, Result
from tests.evidence.helpers import REAL, SPEC, request_with_evidence

SCORECARD = REAL / "fendora-io__sieve-action.scorecard.json"  # 7.02 -> level 3, 2026-07-13


def setup(tmp_path: Path, evidence: str, assessments: str = "", **files: Path) -> Path:
    for name, source in files.items():
        target = tmp_path / "evidence" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    return request_with_evidence(tmp_path, evidence, assessments=assessments)


def row(result: Result, criterion: str, alternative: str = "oss") -> CriterionScore:
    return next(c for c in result.alternative(alternative).criteria if c.criterion == criterion)


def gaps(
    result: Result, criterion: str, alternative: str = "oss"
) -> list[tuple[str, dict[str, object]]]:
    return [
        (g.reason, dict(g.params))
        for g in result.gaps
        if g.criterion == criterion and g.alternative == alternative
    ]


def test_an_imported_level_fills_a_criterion_nobody_assessed(tmp_path: Path) -> None:
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", **{"sc.json": SCORECARD})
    result = evaluate_file(request)
    found = row(result, "security.supply-chain")
    assert (found.source, found.score) == ("imported", 3)
    assert found.evidence == ["evidence/sc.json"]
    assert found.assessed_on == dt.date(2026, 7, 13)
    assert (found.rationale, found.assessor, found.stale) == (None, None, False)
    assert found.imported is not None
    [source] = found.imported.sources
    assert (source.kind, source.file, source.score) == ("scorecard", "evidence/sc.json", 3)
    assert found.contribution > 0
    assert gaps(result, "security.supply-chain") == []
    # the other alternative has no evidence: its gap stays
    assert gaps(result, "security.supply-chain", "prop") == [("unassessed", {})]
    assert row(result, "security.supply-chain", "prop").source == "missing"


def test_a_persons_assessment_always_wins(tmp_path: Path) -> None:
    assessed = (
        "      security.supply-chain: {score: 1, rationale: Unsigned releases, "
        "evidence: own review, assessed_on: 2026-10-01}"
    )
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", assessed, **{"sc.json": SCORECARD})
    result = evaluate_file(request)
    found = row(result, "security.supply-chain")
    assert (found.source, found.score, found.rationale) == ("assessed", 1, "Unsigned releases")
    assert found.evidence == ["own review"]
    assert found.imported is not None and found.imported.score == 3  # shown beside it
    markdown = render(result, "md", "en").decode()
    assert "(Evidence file gives 3/4: OpenSSF Scorecard 7.02 of 10" in markdown


def test_an_assessment_without_a_score_is_filled(tmp_path: Path) -> None:
    pending = "      security.supply-chain: {rationale: Review pending}"
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", pending, **{"sc.json": SCORECARD})
    found = row(evaluate_file(request), "security.supply-chain")
    assert (found.source, found.score) == ("imported", 3)


def test_several_files_give_the_lowest_level_and_name_each(tmp_path: Path) -> None:
    publiccode = tmp_path / "pc.yml"
    text = (SPEC / "minimal.publiccode.yml").read_text("utf-8").replace("EUPL-1.2", "Apache-2.0")
    publiccode.write_text(text + "dependsOn: {open: [{name: PostgreSQL}]}\n", "utf-8")
    request = setup(
        tmp_path,
        "{publiccode: evidence/pc.yml, sbom: evidence/bom.json}",
        **{"pc.yml": publiccode, "bom.json": SPEC / "bom-1.7.cdx.json"},
    )
    result = evaluate_file(request)
    found = row(result, "lock-in.proprietary-dependencies")
    assert found.imported is not None
    assert [(s.kind, s.score) for s in found.imported.sources] == [("publiccode", 4), ("sbom", 2)]
    assert (found.source, found.score) == ("imported", 2)
    assert found.evidence == ["evidence/pc.yml", "evidence/bom.json"]
    assert found.assessed_on == dt.date(2026, 10, 1)  # the SBOM's date; the publiccode has none


def test_an_old_file_is_stale_like_an_old_assessment(tmp_path: Path) -> None:
    old = REAL / "ossf__scorecard.scorecard.json"  # 2022-03-21
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", **{"sc.json": old})
    result = evaluate_file(request)
    found = row(result, "security.supply-chain")
    assert (found.source, found.score, found.stale) == ("imported", 2, True)
    assert gaps(result, "security.supply-chain") == [
        ("stale", {"assessed_on": "2022-03-21", "months": 12, "file": "evidence/sc.json"}),
    ]
    markdown = render(result, "md", "en").decode()
    assert "evidence file evidence/sc.json of 2022-03-21 is older than 12 months" in markdown


def test_a_file_dated_after_the_request(tmp_path: Path) -> None:
    data = json.loads(SCORECARD.read_text("utf-8"))
    data["date"] = "2027-01-05T10:00:00Z"
    future = tmp_path / "future.json"
    future.write_text(json.dumps(data), "utf-8")
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", **{"sc.json": future})
    result = evaluate_file(request)
    assert gaps(result, "security.supply-chain")[0] == (
        "future-date",
        {"assessed_on": "2027-01-05", "request_date": "2026-11-20", "file": "evidence/sc.json"},
    )


def test_knock_out_and_computed_criteria_are_never_imported(tmp_path: Path) -> None:
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", **{"sc.json": SCORECARD})
    result = evaluate_file(request)
    for criterion in result.alternative("oss").criteria:
        if criterion.kind != "assessed":
            assert criterion.source != "imported"
            assert criterion.imported is None


def test_the_result_carries_the_facts_and_the_audit_hashes(tmp_path: Path) -> None:
    request = setup(tmp_path, "{scorecard: evidence/sc.json}", **{"sc.json": SCORECARD})
    result = evaluate_file(request)
    facts = result.alternative("oss").evidence
    assert facts.scorecard is not None and facts.publiccode is None and facts.sbom is None
    assert facts.scorecard.file == "evidence/sc.json"
    assert facts.scorecard.aggregate == 7.02
    [ref] = result.audit.evidence
    assert (ref.alternative, ref.kind, ref.file) == ("oss", "scorecard", "evidence/sc.json")
    assert len(ref.sha256) == 64
    assert result.method.scorecard_risk_weights == {
        "critical": 10.0,
        "high": 7.5,
        "medium": 5.0,
        "low": 2.5,
    }
    assert result.alternative("prop").evidence.scorecard is None


def test_reports_with_evidence_are_reproducible(tmp_path: Path) -> None:
    request = setup(
        tmp_path,
        "{scorecard: evidence/sc.json, sbom: evidence/bom.json}",
        **{"sc.json": SCORECARD, "bom.json": SPEC / "bom-1.6-licensing.cdx.json"},
    )
    first = [render(evaluate_file(request), f) for f in ("md", "json")]
    second = [render(evaluate_file(request), f) for f in ("md", "json")]
    assert first == second
