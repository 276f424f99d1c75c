# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evidence show``: what ossfirst reads from a file and which criteria it feeds;
every file under tests/cases/evidence/invalid is refused where it is wrong."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.evidence.helpers import INVALID, REAL, SPEC, kind_of

CASES = sorted(p for p in INVALID.iterdir() if p.suffix in (".yml", ".json", ".xml", ".spdx"))
_EXPECT = re.compile(r"^# expect: (\d+):(\d+) (.+)$")


def expectation(case: Path) -> tuple[int, int, str]:
    sidecar = case.with_suffix(".expect")
    first = (sidecar if sidecar.exists() else case).read_text("utf-8").split("\n")[0]
    match = _EXPECT.match(first.strip())
    assert match, f"{case.name}: first line must be '# expect: line:col text'"
    return int(match[1]), int(match[2]), match[3]


def test_there_are_cases_of_every_kind() -> None:
    kinds = [kind_of(c) for c in CASES]
    assert kinds.count("publiccode") >= 10
    assert kinds.count("scorecard") >= 5
    assert kinds.count("sbom") >= 20


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_invalid_evidence_is_refused_where_it_is_wrong(case: Path, cli, tmp_path: Path) -> None:
    line, column, text = expectation(case)
    target = tmp_path / case.name
    shutil.copy(case, target)
    run = cli("evidence", "show", target, "--kind", kind_of(case))
    assert run.code == 2, run.stdout
    assert "Traceback" not in run.stderr
    assert run.stdout == ""
    prefix = f"{target}:{line}:{column}: error: "
    lines = [out for out in run.stderr.splitlines() if out.startswith(prefix)]
    assert lines, f"expected {prefix}…{text}\ngot:\n{run.stderr}"
    assert any(text in out for out in lines), run.stderr


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (SPEC / "full-0.7.0.publiccode.yml", "publiccode"),
        (REAL / "fendora-io__sieve-action.scorecard.json", "scorecard"),
        (REAL / "erlef__mix_sbom.cdx.json", "sbom"),
        (EXAMPLES / "evidence" / "video-saas" / "sbom.cdx.json", "sbom"),
        (EXAMPLES / "evidence" / "bigbluebutton" / "sbom.spdx.json", "sbom"),
        (EXAMPLES / "evidence" / "libreoffice" / "sbom.cdx.xml", "sbom"),
        (REAL / "spdx__spdx-examples__example14.spdx3.json", "sbom"),
        (REAL / "FreeRTOS__coreJSON.spdx", "sbom"),
    ],
)
def test_the_kind_is_told_from_the_content(cli, path: Path, kind: str) -> None:
    run = cli("evidence", "show", path, "--format", "json")
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["kind"] == kind


def test_text_shows_facts_checks_and_what_the_file_feeds(cli) -> None:
    path = REAL / "fendora-io__sieve-action.scorecard.json"
    run = cli("evidence", "show", path, "--lang", "en")
    assert run.code == 0, run.stderr
    out = run.stdout
    assert out.startswith(f"{path}: OpenSSF Scorecard (SHA-256 ")
    assert (
        "Repository github.com/fendora-io/sieve-action (commit "
        "dfa754700898d43c1d24f6a9ca20d9b4abc660c8), Scorecard v5.5.0 of 2026-07-13. "
        "Aggregate stated in the file: 7.0; recomputed with the catalogue's risk weights: 7.02."
    ) in out
    assert f"OpenSSF Scorecard checks: {path}\n  Check  " in out
    assert re.search(
        r"\n  Dangerous-Workflow +critical +10\.0 +10/10 +security\.supply-chain\n", out
    )
    assert re.search(
        r"\n  Vulnerabilities +high +7\.5 +9/10 +security\.patching\n    Finding: ", out
    )
    assert re.search(
        r"\n  security\.supply-chain +Secure development and supply chain +3/4\n"
        r"    Reason: OpenSSF Scorecard 7\.02 of 10 \(risk-weighted, recomputed from 18 checks",
        out,
    )
    assert "Date of the file: 2026-07-13 (for the evidence expiry)." in out


def test_text_in_german(cli) -> None:
    path = REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml"
    run = cli("evidence", "show", path, "--lang", "de", "--horizon-end", "2031-11-20")
    assert run.code == 0, run.stderr
    out = run.stdout
    assert "Wartung                     durch Vertrag (contract): Dgroove Srl bis 31.12.2025" in out
    assert "Proprietäre Abhängigkeiten  Microsoft SQL Server 2014–2022, " in out
    assert re.search(r"practicality\.maturity +Reife und Pflege +1/4\n", out)
    assert re.search(
        r"lock-in\.proprietary-dependencies +Abhängigkeit von proprietären Komponenten +1/4", out
    )
    assert "der Länderabschnitt „it“ ist seit publiccode.yml 0.7 veraltet" in out
    assert "der Wartungsvertrag laut " in out and "läuft bis 31.12.2025" in out
    assert "muss die Lizenz (legal/license) der Lizenz der Alternative" in out


def test_without_a_horizon_contracts_are_not_judged(cli) -> None:
    path = REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml"
    run = cli("evidence", "show", path, "--lang", "en")
    assert re.search(r"practicality\.maturity +Maturity and maintenance +3/4\n", run.stdout)
    assert "not judged against a horizon (--horizon-end)" in run.stdout


def test_json_for_tools(cli) -> None:
    path = SPEC / "bom-1.6-licensing.cdx.json"
    run = cli("evidence", "show", path, "-f", "json", "--horizon-end", "2031-01-01")
    assert run.code == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["schema_version"] == "1.0"
    assert document["kind"] == "sbom"
    assert len(document["sha256"]) == 64
    assert document["facts"]["spec_version"] == "1.6"
    assert document["date"] == "2026-09-01"
    feeds = {f["criterion"]: f for f in document["feeds"]}
    assert feeds["economics.cost-certainty"]["score"] == 2
    assert feeds["economics.cost-certainty"]["reason"]["code"] == "sbom-licence-term"
    assert feeds["economics.cost-certainty"]["in_catalogue"] is True
    assert [w["code"] for w in document["warnings"]] == ["sbom-licence-expires"]
    assert "expires on 2028-12-31" in document["warnings"][0]["text"]


def test_a_criterion_the_catalogue_lacks_is_marked(cli, tmp_path: Path) -> None:
    from tests.conftest import CASES

    tiny = CASES / "catalogues" / "tiny.yaml"
    path = REAL / "fendora-io__sieve-action.scorecard.json"
    run = cli("evidence", "show", path, "--catalogue", tiny, "--lang", "en")
    assert run.code == 0, run.stderr
    assert re.search(r"security\.supply-chain +– +3/4 \(\(not in the catalogue", run.stdout)


def test_a_file_whose_kind_cannot_be_told(cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("nothing to see\n", "utf-8")
    run = cli("evidence", "show", path)
    assert run.code == 2
    assert run.stderr.startswith(f"{path}:1:1: error: What kind of evidence file this is")
    assert "give --kind: publiccode, scorecard, sbom" in run.stderr


def test_a_missing_file_and_a_bad_date(cli, tmp_path: Path) -> None:
    run = cli("evidence", "show", tmp_path / "missing.json")
    assert run.code == 2
    assert "The file does not exist" in run.stderr
    path = SPEC / "minimal.publiccode.yml"
    run = cli("evidence", "show", path, "--horizon-end", "31.12.2030")
    assert run.code == 2
    assert run.stderr == "ossfirst: Invalid date '31.12.2030' (YYYY-MM-DD).\n"


def test_an_oversized_file_is_refused(cli, tmp_path: Path) -> None:
    path = tmp_path / "publiccode.yml"
    path.write_bytes(b"publiccodeYmlVersion: '0.7.0'\n" + b"# padding\n" * 600_000)
    run = cli("evidence", "show", path)
    assert run.code == 2
    assert run.stderr.startswith(
        f"{path}:1:1: error: The file is too large (6.0 MB; at most 100 KB)"
    )


@pytest.mark.parametrize(
    "path",
    [
        EXAMPLES / "evidence" / "libreoffice" / "publiccode.yml",
        REAL / "fendora-io__sieve-action.scorecard.json",
        EXAMPLES / "evidence" / "cloud-office" / "sbom.cdx.json",
        EXAMPLES / "evidence" / "libreoffice" / "sbom.cdx.xml",
        SPEC / "bom-1.6-licensing.cdx.json",
    ],
    ids=lambda p: p.name,
)
def test_text_shows_every_fact_read(cli, path: Path) -> None:
    """What the JSON says was read, the text shows: every text, number and date among the
    facts, every component without an open-source licence and every licensing term (codes
    put into words and the links to Scorecard's documentation aside)."""
    facts = json.loads(cli("evidence", "show", path, "-f", "json").stdout)["facts"]
    out = cli("evidence", "show", path, "--lang", "en").stdout

    def values(value: object) -> list[str]:
        if isinstance(value, dict):
            shown = (v for k, v in value.items() if k not in ("status", "documentation"))
            return [v for item in shown for v in values(item)]
        if isinstance(value, list):
            return [v for item in value for v in values(item)]
        if isinstance(value, bool) or value is None:
            return []
        if isinstance(value, float):
            return [f"{value:.1f}"]
        return [str(value)]

    del facts["file"]
    missing = [v for v in values(facts) if v not in out]
    assert not missing, missing
