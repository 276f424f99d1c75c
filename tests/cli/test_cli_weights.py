# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst weights ahp``: weights and consistency printed, a catalogue written that a
request can use, inconsistent judgements refused at their place with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from ossfirst.load.catalogue import load_catalogue, pinned_ref, shipped_versions
from tests.conftest import EXAMPLES

HEADER = """ossfirst_pairwise: 1
catalogue: standard
profile:
  id: council-2026
  title: {de: Ratsbeschluss 2026/17, en: Council decision 2026/17}
  rationale: {de: Vom Rat beschlossen., en: Resolved by the council.}
judgements:
"""
CONSISTENT = """  - {more: sovereignty, than: economics, by: 3}
  - {more: security, than: economics, by: 3}
  - {more: practicality, than: economics, by: 2}
  - {more: lock-in, than: economics, by: 2}
  - {more: sovereignty, than: practicality, by: 2}
  - {more: security, than: practicality, by: 2}
  - {more: sovereignty, than: security, by: 1}
  - {more: sovereignty, than: lock-in, by: 2}
  - {more: security, than: lock-in, by: 2}
  - {more: practicality, than: lock-in, by: 1}
"""


def write(tmp_path: Path, text: str, name: str = "pairwise.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_prints_weights_and_consistency(cli, tmp_path: Path) -> None:
    run = cli("weights", "ahp", write(tmp_path, HEADER + CONSISTENT), "--lang", "en")
    assert run.code == 0, run.stderr
    assert "sovereignty (Digital sovereignty)" in run.stdout
    assert "29.8 %" in run.stdout and "8.9 %" in run.stdout
    assert "lambda_max = 5.0133, CI = 0.0033, RI = 1.12, CR = 0.0030 (accepted" in run.stdout
    assert list(tmp_path.iterdir()) == [tmp_path / "pairwise.yaml"]


def test_writes_a_catalogue_that_a_request_can_use(cli, tmp_path: Path) -> None:
    target = tmp_path / "out" / "council.yaml"
    run = cli("weights", "ahp", write(tmp_path, HEADER + CONSISTENT), "-o", target, "-l", "de")
    assert run.code == 0, run.stderr
    assert "29,8 %" in run.stdout
    text = target.read_text("utf-8")
    assert text.startswith("# Weights from the pairwise comparisons in pairwise.yaml (AHP):")
    data = yaml.safe_load(text)
    # pinned to the version the weights were judged against
    newest = shipped_versions("standard")[-1]
    assert data["extends"] == pinned_ref("standard", newest)
    assert data["policy"] == {"default_profile": "council-2026"}
    weights = data["profiles"]["council-2026"]["weights"]
    assert weights == {
        "economics": 8.9,
        "security": 29.8,
        "practicality": 15.8,
        "sovereignty": 29.8,
        "lock-in": 15.7,
    }
    catalogue = load_catalogue(str(target))
    assert catalogue.policy.default_profile == "council-2026"
    assert "CR = 0,00" in catalogue.profiles["council-2026"].rationale.de
    # a request names the written file and is evaluated with the new profile by default
    request = (EXAMPLES / "service-desk.yaml").read_text("utf-8")
    request = request.replace("catalogue: standard@2.0", "catalogue: out/council.yaml")
    request = request.replace("profile: balanced\n", "")
    run = cli("evaluate", write(tmp_path, request, "request.yaml"), "-f", "json", "-o", "-", "-q")
    assert run.code in (0, 1), run.stderr
    result = json.loads(run.stdout)
    assert result["method"]["profile"] == "council-2026"
    assert [d["weight"] for d in result["catalogue"]["dimensions"]] == [8.9, 29.8, 15.8, 29.8, 15.7]


def test_a_local_catalogue_is_extended_by_its_relative_path(cli, tmp_path: Path) -> None:
    (tmp_path / "cat").mkdir()
    local = tmp_path / "cat" / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: local\nversion: '1'\n"
        "title: {de: Lokal, en: Local}\nextends: standard\n",
        "utf-8",
    )
    pairwise = write(
        tmp_path, HEADER.replace("catalogue: standard", "catalogue: cat/local.yaml") + CONSISTENT
    )
    target = tmp_path / "out" / "weights.yaml"
    run = cli("weights", "ahp", pairwise, "-o", target)
    assert run.code == 0, run.stderr
    assert yaml.safe_load(target.read_text("utf-8"))["extends"] == "../cat/local.yaml"
    assert [ref.id for ref in load_catalogue(str(target)).lineage] == [
        "standard",
        "local",
        "council-2026",
    ]


def test_criteria_of_one_dimension_become_overrides(cli, tmp_path: Path) -> None:
    text = """ossfirst_pairwise: 1
catalogue: standard@1.1
dimension: lock-in
judgements:
  - {more: lock-in.exit-cost, than: lock-in.open-standards, by: 1}
  - {more: lock-in.exit-cost, than: lock-in.vendor-diversity, by: 2}
  - {more: lock-in.exit-cost, than: lock-in.data-portability, by: 2}
  - {more: lock-in.exit-cost, than: lock-in.proprietary-dependencies, by: 3}
  - {more: lock-in.open-standards, than: lock-in.vendor-diversity, by: 2}
  - {more: lock-in.open-standards, than: lock-in.data-portability, by: 2}
  - {more: lock-in.open-standards, than: lock-in.proprietary-dependencies, by: 3}
  - {more: lock-in.vendor-diversity, than: lock-in.data-portability, by: 1}
  - {more: lock-in.vendor-diversity, than: lock-in.proprietary-dependencies, by: 2}
  - {more: lock-in.data-portability, than: lock-in.proprietary-dependencies, by: 2}
"""
    target = tmp_path / "lock-in.yaml"
    run = cli("weights", "ahp", write(tmp_path, text), "-o", target)
    assert run.code == 0, run.stderr
    data = yaml.safe_load(target.read_text("utf-8"))
    assert data["id"] == "lock-in-ahp"
    overrides = data["overrides"]
    assert sorted(overrides) == sorted(
        [
            "lock-in.exit-cost",
            "lock-in.open-standards",
            "lock-in.vendor-diversity",
            "lock-in.data-portability",
            "lock-in.proprietary-dependencies",
        ]
    )
    assert round(sum(o["weight"] for o in overrides.values()), 6) == 100.0
    catalogue = load_catalogue(str(target))
    assert (
        catalogue.criterion("lock-in.exit-cost").weight == overrides["lock-in.exit-cost"]["weight"]
    )  # type: ignore[union-attr]


def test_inconsistent_judgements_are_refused_where_they_are_written(cli, tmp_path: Path) -> None:
    bad = CONSISTENT.replace(
        "{more: sovereignty, than: economics, by: 3}", "{more: economics, than: sovereignty, by: 9}"
    )
    path = write(tmp_path, HEADER + bad)
    target = tmp_path / "council.yaml"
    run = cli("weights", "ahp", path, "-o", target, "--lang", "en")
    assert run.code == 2
    assert "CR = 0.4325 (refused, CR > 0.10)" in run.stdout
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 3
    # the reversed judgement is line 8 of the file, its 'by' at column 46
    assert errors[0].startswith(f"{path}:8:46: error: Inconsistent (CR = 0.43 > 0.10): judged ")
    assert "'economics' 9 times as important as 'sovereignty'" in errors[0]
    assert "imply about 1.8 times" in errors[0]
    assert "Traceback" not in run.stderr
    assert not target.exists()


def test_missing_and_duplicate_pairs(cli, tmp_path: Path) -> None:
    lines = CONSISTENT.splitlines()
    text = HEADER + "\n".join(lines[:-1]) + "\n" + lines[0].replace("by: 3", "by: 4") + "\n"
    run = cli("weights", "ahp", write(tmp_path, text))
    assert run.code == 2
    assert "'sovereignty' and 'economics' are already compared (entry 1)" in run.stderr


def test_every_pair_must_be_judged(cli, tmp_path: Path) -> None:
    text = HEADER + "\n".join(CONSISTENT.splitlines()[:-1]) + "\n"
    run = cli("weights", "ahp", write(tmp_path, text))
    assert run.code == 2
    assert ":8:3: error: Comparisons are missing: practicality – lock-in (" in run.stderr


def test_unknown_item_and_scale(cli, tmp_path: Path) -> None:
    text = HEADER + CONSISTENT.replace("than: economics, by: 3}", "than: econmics, by: 3}", 1)
    run = cli("weights", "ahp", write(tmp_path, text))
    assert run.code == 2
    assert ":8:31: error: 'econmics' is not compared here (did you mean 'economics'?)" in run.stderr
    text = HEADER + CONSISTENT.replace("by: 3}", "by: 12}", 1)
    run = cli("weights", "ahp", write(tmp_path, text))
    assert run.code == 2
    assert ":8:46: error: The value 12 is out of range; it must be at most 9" in run.stderr


def test_dimensions_need_a_profile(cli, tmp_path: Path) -> None:
    text = "ossfirst_pairwise: 1\njudgements:\n" + CONSISTENT
    run = cli("weights", "ahp", write(tmp_path, text))
    assert run.code == 2
    assert "Comparing the dimensions needs 'profile:'" in run.stderr


def test_an_empty_file_points_to_the_example(cli, tmp_path: Path) -> None:
    run = cli("weights", "ahp", write(tmp_path, ""))
    assert run.code == 2
    assert ":1:1: error: The file is empty (see the example in the README" in run.stderr
