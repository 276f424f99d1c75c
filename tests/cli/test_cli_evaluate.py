# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evaluate``: formats, outputs, exit codes, and nothing half-written."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, EXAMPLES

MINIMAL = CASES / "valid" / "minimal.yaml"


def test_writes_markdown_and_json(cli, tmp_path: Path) -> None:
    run = cli("evaluate", MINIMAL, "--format", "md,json", "--output-dir", tmp_path)
    assert run.code == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["T-1.json", "T-1.md"]
    data = json.loads((tmp_path / "T-1.json").read_text("utf-8"))
    # 1.3: the standard catalogue 2.0 sets evidence floors
    assert data["schema_version"] == "1.3"
    assert data["verdict"]["status"] == "conforms"
    assert (
        (tmp_path / "T-1.md")
        .read_text("utf-8")
        .startswith("# Justification of the software selection: Minimal request")
    )
    # the human summary goes to stderr
    assert "Recommendation: Open tool" in run.stderr and run.stdout == ""


def test_formats_may_be_repeated(cli, tmp_path: Path) -> None:
    run = cli("evaluate", MINIMAL, "-f", "json", "-f", "markdown", "-d", tmp_path, "-q")
    assert run.code == 0 and run.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["T-1.json", "T-1.md"]


def test_report_to_stdout_and_lang_option(cli) -> None:
    run = cli("evaluate", MINIMAL, "--format", "md", "--output", "-", "--lang", "de", "-q")
    assert run.code == 0
    assert run.stdout.startswith("# Begründung der Softwareauswahl: Minimal request")


def test_markdown_and_json_are_byte_identical_across_runs(cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        assert cli("evaluate", MINIMAL, "-f", "md,json", "-d", out, "-q").code == 0
    for name in ("T-1.md", "T-1.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_policy_violation_exits_1(cli, tmp_path: Path) -> None:
    request = tmp_path / "r.yaml"
    request.write_text(
        MINIMAL.read_text("utf-8").replace("proposed: oss", "proposed: prop"), "utf-8"
    )
    run = cli("evaluate", request, "-d", tmp_path / "out")
    assert run.code == 1
    assert "without a written justification" in run.stderr
    assert (tmp_path / "out" / "T-1.md").exists()  # the report is written all the same


def test_unknown_format_is_a_usage_error(cli, tmp_path: Path) -> None:
    run = cli("evaluate", MINIMAL, "--format", "mdd", "-d", tmp_path)
    assert run.code == 2
    assert "Unknown format 'mdd' (did you mean 'md'?)" in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_needs_a_single_format(cli, tmp_path: Path) -> None:
    run = cli("evaluate", MINIMAL, "--format", "md,json", "--output", tmp_path / "x")
    assert run.code == 2 and "exactly one format" in run.stderr


def test_missing_request_file(cli, tmp_path: Path) -> None:
    run = cli("evaluate", tmp_path / "nope.yaml", "-d", tmp_path / "out")
    assert run.code == 2
    assert "nope.yaml: error: The file does not exist" in run.stderr
    assert not (tmp_path / "out").exists()


def test_invalid_input_leaves_an_earlier_report_intact(cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("evaluate", MINIMAL, "-f", "md", "-d", out, "-q").code == 0
    before = (out / "T-1.md").read_bytes()
    broken = tmp_path / "minimal.yaml"
    broken.write_text(MINIMAL.read_text("utf-8").replace("providers: 4", "providers: many"))
    assert cli("evaluate", broken, "-f", "md", "-d", out, "-q").code == 2
    assert (out / "T-1.md").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["T-1.md"]  # no temporary files left


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_output_directory(cli, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        run = cli("evaluate", MINIMAL, "-d", locked, "-q")
    finally:
        locked.chmod(0o700)
    assert run.code == 2 and "cannot be written" in run.stderr


def test_output_path_that_is_a_directory_is_an_error(cli, tmp_path: Path) -> None:
    target = tmp_path / "T-1.md"
    target.mkdir()
    run = cli("evaluate", MINIMAL, "-f", "md", "-d", tmp_path, "-q")
    assert run.code == 2 and "cannot be written" in run.stderr
    assert "Traceback" not in run.stderr


def test_relative_catalogue_is_found_beside_the_request(cli, tmp_path: Path) -> None:
    shutil.copy(CASES / "catalogues" / "tiny.yaml", tmp_path / "tiny.yaml")
    request = tmp_path / "r.yaml"
    text = MINIMAL.read_text("utf-8").replace("language: en", "language: en\ncatalogue: tiny.yaml")
    # the tiny catalogue knows neither criterion; use its own
    text = text.replace("security.patching", "quality.fit").replace(
        "security.lawful-processing", "quality.legal"
    )
    request.write_text(text, "utf-8")
    run = cli("evaluate", request, "-f", "json", "-o", "-", "-q")
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["catalogue"]["id"] == "tiny"


def test_summary_states_the_robustness(cli, tmp_path: Path) -> None:
    run = cli("evaluate", EXAMPLES / "service-desk.yaml", "--output-dir", tmp_path, "-l", "en")
    assert run.code == 0, run.stderr
    flat = " ".join(run.stderr.split())
    assert "Robustness: The recommendation is robust: it holds in 100.0 % of 10,000" in flat
    assert "(to within less than ± 0.1 percentage points)" in flat
    assert 'if the weight of "Digital sovereignty" rises above 66.6 %' in flat
    # the same request under catalogue 1.1, where its recommendation depends on the weighting
    pinned = CASES / "pinned" / "service-desk-standard-1.1.yaml"
    run = cli("evaluate", pinned, "--output-dir", tmp_path / "pinned", "-l", "en")
    assert run.code == 0, run.stderr
    flat = " ".join(run.stderr.split())
    assert "Robustness: The recommendation is robust: it holds in 97.9 % of 10,000" in flat
    assert "(to within ± 0.3 percentage points)" in flat
    assert 'if the weight of "Digital sovereignty" rises above 32.3 %' in flat


def test_summary_speaks_the_language_of_the_report_not_of_the_machine(cli, tmp_path: Path) -> None:
    # the machine's language is English (OSSFIRST_LANG=en); the request is German
    run = cli("evaluate", EXAMPLES / "service-desk.yaml", "--output-dir", tmp_path)
    flat = " ".join(run.stderr.split())
    assert "Belastbarkeit: Die Empfehlung ist belastbar" in flat
    assert "Empfehlung: Zammad" in flat and "Recommendation" not in flat
    run = cli("evaluate", EXAMPLES / "service-desk.yaml", "--output-dir", tmp_path, "-l", "en")
    assert "Recommendation: Zammad" in " ".join(run.stderr.split())


def test_draws_option(cli, tmp_path: Path) -> None:
    run = cli(
        "evaluate", EXAMPLES / "service-desk.yaml", "-f", "json", "-o", "-", "--draws", "0", "-q"
    )
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["sensitivity"]["monte_carlo"] is None
    run = cli("evaluate", EXAMPLES / "service-desk.yaml", "-o", "-", "--draws", "200", "-q")
    assert (
        "To reproduce: ossfirst evaluate service-desk.yaml --lang de --draws 200" not in run.stdout
    )
    assert "Nachvollziehen: ossfirst evaluate service-desk.yaml --lang de --draws 200" in run.stdout
    run = cli("evaluate", EXAMPLES / "service-desk.yaml", "--draws", "-5")
    assert run.code == 2


def test_summary_names_what_the_justification_does_not_answer(cli, tmp_path: Path) -> None:
    from tests.conftest import CASES

    case = CASES / "scenarios" / "justification-answered.yaml"
    run = cli("evaluate", case, "-d", tmp_path, "--draws", "0", "-l", "en")
    assert run.code == 0, run.stderr
    flat = " ".join(run.stderr.split())
    assert "The justification names R3, which does not support the proposal" in flat
    run = cli("evaluate", case.with_name("justification-unanswered.yaml"), "-d", tmp_path)
    assert run.code == 1
    assert "Die Begründung nennt keinen der Punkte" in " ".join(run.stderr.split())
