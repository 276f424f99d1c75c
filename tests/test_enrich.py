# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The enrich step with evidence files: the licence in a publiccode.yml must be the request's,
warnings name the alternative and the file, and evidence modules load only when needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ossfirst.api import evaluate_file, render
from ossfirst.model.dates import horizon_end
from tests.conftest import CASES, ROOT
from tests.evidence.helpers import REAL, SPEC, line_of, request_with_evidence


def publiccode(tmp_path: Path, licence: str = "Apache-2.0", extra: str = "") -> None:
    text = (SPEC / "minimal.publiccode.yml").read_text("utf-8").replace("EUPL-1.2", licence)
    target = tmp_path / "evidence" / "publiccode.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text + extra, "utf-8")


def test_a_licence_that_disagrees_with_the_publiccode_is_an_error(tmp_path: Path, cli) -> None:
    publiccode(tmp_path, licence="AGPL-3.0-or-later")
    request = request_with_evidence(tmp_path, "{publiccode: evidence/publiccode.yml}")
    run = cli("validate", request)
    assert run.code == 2
    line = line_of(request, "licence: Apache-2.0")
    evidence = tmp_path / "evidence" / "publiccode.yml"
    licence_line = line_of(evidence, "license: AGPL")
    assert run.stderr == (
        f"{request}:{line}:14: error: The licence 'Apache-2.0' disagrees with the "
        f"publiccode.yml, which states 'AGPL-3.0-or-later' ({evidence}:{licence_line}:12) "
        "(correct the licence in the request, or name the publiccode.yml of the software "
        "you mean)\n"
    )


def test_the_same_licence_written_differently_agrees(tmp_path: Path, cli) -> None:
    publiccode(tmp_path, licence="'apache-2.0'")
    request = request_with_evidence(tmp_path, "{publiccode: evidence/publiccode.yml}")
    assert cli("validate", request).code == 0


def test_every_bad_file_is_reported_at_once(tmp_path: Path, cli) -> None:
    publiccode(tmp_path, licence="''")
    (tmp_path / "evidence" / "sc.json").write_text("{", "utf-8")
    request = request_with_evidence(
        tmp_path, "{publiccode: evidence/publiccode.yml, scorecard: evidence/sc.json}"
    )
    run = cli("validate", request)
    assert run.code == 2
    errors = run.stderr.splitlines()
    assert len(errors) == 2
    assert "publiccode.yml:" in errors[0] and "The text must not be empty" in errors[0]
    assert "sc.json:1:2: error: JSON syntax error" in errors[1]


def test_warnings_name_the_alternative_and_the_file(tmp_path: Path) -> None:
    publiccode(
        tmp_path,
        extra="landingUrl: https://example.org\nmaintenance2: {}\n",
    )
    request = request_with_evidence(tmp_path, "{publiccode: evidence/publiccode.yml}")
    result = evaluate_file(request)
    unknown = [w for w in result.warnings if w.code == "pc-unknown-key"]
    assert [(w.alternative, w.params["file"], w.params["key"]) for w in unknown] == [
        ("oss", "evidence/publiccode.yml", "landingUrl"),
        ("oss", "evidence/publiccode.yml", "maintenance2"),
    ]
    line = line_of(tmp_path / "evidence" / "publiccode.yml", "landingUrl")
    assert unknown[0].params["line"] == line
    markdown = render(result, "md", "en").decode()
    assert (
        f"- Open tool: evidence/publiccode.yml, line {line}: the publiccode.yml standard has no "
        'key "landingUrl"; it is not read. Did you mean "landingURL"?'
    ) in markdown


def test_a_contract_that_ends_before_the_horizon_warns(tmp_path: Path) -> None:
    source = REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml"
    target = tmp_path / "evidence" / "publiccode.yml"
    target.parent.mkdir()
    target.write_bytes(source.read_bytes())
    request = request_with_evidence(
        tmp_path, "{publiccode: evidence/publiccode.yml}", licence="EUPL-1.2"
    )
    result = evaluate_file(request)
    [ends] = [w for w in result.warnings if w.code == "pc-contract-ends"]
    # the minimal request: 2026-11-20, the standard catalogue's horizon of 5 years
    assert ends.params["until"] == "2025-12-31"
    assert ends.params["horizon_end"] == "2031-11-20"
    maturity = next(c for c in result.alternative("oss").criteria if "maturity" in c.criterion)
    assert (maturity.source, maturity.score) == ("imported", 1)
    markdown = render(result, "md", "de").decode()
    assert "Open tool: der Wartungsvertrag laut evidence/publiccode.yml läuft bis 31.12.2025" in (
        markdown
    )


def test_horizon_end() -> None:
    import datetime as dt

    assert horizon_end(dt.date(2026, 11, 20), 5) == dt.date(2031, 11, 20)
    assert horizon_end(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)


def test_evidence_modules_load_only_when_a_request_declares_evidence() -> None:
    code = (
        "import sys; from ossfirst.api import evaluate_file; "
        f"evaluate_file({str(CASES / 'valid' / 'minimal.yaml')!r}); "
        "print(sorted(m for m in sys.modules if m.startswith('ossfirst.evidence')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert run.stdout.strip() == "['ossfirst.evidence', 'ossfirst.evidence.spdx', " + (
        "'ossfirst.evidence.standards']"
    )
