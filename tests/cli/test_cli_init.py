# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst init`` writes a request that validates and evaluates as written."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("de", "Beschreiben Sie hier den Bedarf"), ("en", "Describe the need here")],
)
def test_scaffold_validates_and_evaluates(cli, tmp_path: Path, lang: str, phrase: str) -> None:
    target = tmp_path / "my-request.yaml"
    run = cli("init", target, "--lang", lang)
    assert run.code == 0, run.stderr
    text = target.read_text("utf-8")
    assert phrase in text
    assert "security.patching:" in text and "passed:" in text
    assert f"language: {lang}" in text
    # a new request is a draft; the portfolio's fields are there to fill in
    assert "\nstatus: draft " in text and text.count("    supplier: ") == 2
    assert "# decided_on: " in text and "# decided_by: " in text
    # a gap closing is offered for the open-source alternative only; filled in, it validates
    assert text.count("    # gap_closing: {requirements: [R2]") == 1
    run = cli("validate", target)
    assert run.code == 0, run.stderr
    assert run.stdout == f"{target}: ok\n"
    # nothing is assessed yet, so the knock-outs exclude everything: exit 1, not a crash
    run = cli("evaluate", target, "--output-dir", tmp_path / "out", "--quiet")
    assert run.code == 1, run.stderr
    assert (tmp_path / "out" / "2026-IT-001.md").exists()


def test_scaffold_lists_every_criterion_to_assess_with_its_question(cli, tmp_path: Path) -> None:
    from ossfirst.load.catalogue import load_catalogue

    run = cli("init", "-", "--lang", "en")
    assert run.code == 0
    for criterion in load_catalogue("standard").criteria:
        if criterion.kind == "computed":
            assert f"      {criterion.id}:" not in run.stdout
        else:
            assert f"      {criterion.id}:   # {criterion.question.en}" in run.stdout


@pytest.mark.parametrize("lang", ["de", "en"])
def test_scaffold_says_what_every_level_means_under_each_criterion(cli, lang: str) -> None:
    from ossfirst.load.catalogue import load_catalogue

    run = cli("init", "-", "--lang", lang)
    assert run.code == 0
    text = run.stdout
    lines = text.splitlines()
    unwrapped = " ".join(line.strip().lstrip("# ").strip() for line in lines)
    for criterion in load_catalogue("standard").criteria:
        if criterion.kind == "computed":
            continue
        at = next(i for i, line in enumerate(lines) if line.startswith(f"      {criterion.id}:"))
        if criterion.kind == "knock-out":
            assert lines[at + 1].strip().startswith("# passed: true = ")
            continue
        # the five levels, highest first, each with its meaning in the form's language
        assert lines[at + 1].strip().startswith("# 4 = ")
        for level, meaning in (criterion.levels or {}).items():
            assert f"{level} = {' '.join(meaning.get(lang).split())}" in unwrapped, criterion.id
        if criterion.floor is not None:
            floor = "Mindestwert" if lang == "de" else "Floor"
            assert f"{floor} {criterion.floor}" in text
    # what a council paper states is in the form, to fill in
    for key in (
        "budget_line:",
        "first_budget_year:",
        "procurement:",
        "prepared_by:",
        "approved_by:",
        "involvement:",
        "staff_council:",
        "contact:",
    ):
        assert f"\n{key}" in text or f"  {key}" in text, key


def test_init_does_not_overwrite(cli, tmp_path: Path) -> None:
    target = tmp_path / "r.yaml"
    target.write_text("keep me\n")
    run = cli("init", target)
    assert run.code == 2
    assert "already exists" in run.stderr
    assert target.read_text() == "keep me\n"
    assert cli("init", target, "--force").code == 0
    assert target.read_text() != "keep me\n"


def test_scaffold_gap_closing_filled_in_validates(cli, tmp_path: Path) -> None:
    target = tmp_path / "request.yaml"
    assert cli("init", target, "--lang", "en").code == 0
    text = target.read_text("utf-8").replace(
        "    # gap_closing: {requirements: [R2], one_time: 0",
        "    gap_closing: {requirements: [R2], one_time: 25000",
    )
    target.write_text(text, "utf-8")
    run = cli("validate", target)
    assert run.code == 0, run.stderr


def test_list_examples_names_every_shipped_example_with_its_title(cli) -> None:
    from tests.conftest import example_paths

    run = cli("init", "--list-examples")
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [p.stem for p in example_paths()]
    videoconferencing = next(line for line in lines if line.startswith("videoconferencing "))
    assert "de  Videokonferenzlösung für die Stadtverwaltung" in videoconferencing
    assert "ossfirst init --example NAME" in run.stderr


def test_init_example_writes_the_request_with_its_evidence_files(cli, tmp_path: Path) -> None:
    from tests.conftest import EXAMPLES

    target = tmp_path / "work" / "vc.yaml"
    run = cli("init", "--example", "videoconferencing", target)
    assert run.code == 0, run.stderr
    assert target.read_bytes() == (EXAMPLES / "videoconferencing.yaml").read_bytes()
    written = sorted(p.relative_to(target.parent) for p in target.parent.rglob("*") if p.is_file())
    evidence = [p for p in written if p.parts[0] == "evidence"]
    # every evidence file the request names, and only those (not the whole evidence folder)
    assert Path("evidence/jitsi-meet/scorecard.json") in evidence
    assert Path("evidence/cloud-office/sbom.cdx.json") not in evidence
    for path in evidence:
        assert (target.parent / path).read_bytes() == (EXAMPLES / path).read_bytes()
        assert str(path) in target.read_text("utf-8")
    assert f"{target}: created" in run.stderr
    # the copy evaluates as the shipped example does: its evidence is found beside it
    run = cli("evaluate", target, "-f", "json", "-d", tmp_path / "out", "-q")
    assert run.code == 0, run.stderr
    assert "evidence file" not in run.stderr


def test_init_example_defaults_to_its_own_name(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("init", "-e", "office-suite")
    assert run.code == 0, run.stderr
    assert (tmp_path / "office-suite.yaml").is_file()
    assert (tmp_path / "evidence" / "libreoffice" / "publiccode.yml").is_file()


def test_init_example_refuses_what_exists_and_writes_nothing(cli, tmp_path: Path) -> None:
    target = tmp_path / "vc.yaml"
    kept = tmp_path / "evidence" / "opentalk" / "publiccode.yml"
    kept.parent.mkdir(parents=True)
    kept.write_text("mine\n")
    run = cli("init", "--example", "videoconferencing", target)
    assert run.code == 2
    assert f"{kept} already exists (--force overwrites)" in run.stderr
    assert not target.exists() and kept.read_text() == "mine\n"
    assert cli("init", "--example", "videoconferencing", target, "--force").code == 0
    assert kept.read_text() != "mine\n"


def test_init_example_unknown_name_suggests_the_nearest(cli, tmp_path: Path) -> None:
    run = cli("init", "--example", "videoconference", tmp_path / "x.yaml")
    assert run.code == 2
    assert "There is no example 'videoconference'" in run.stderr
    assert "videoconferencing" in run.stderr and "--list-examples" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "x.yaml").exists()


def test_init_example_needs_a_file_not_standard_output(cli) -> None:
    run = cli("init", "--example", "web-cms", "-")
    assert run.code == 2
    assert "give a file name, not '-'" in run.stderr


def test_init_without_a_file_says_what_to_give(cli, monkeypatch) -> None:
    monkeypatch.setenv("OSSFIRST_LANG", "de")
    run = cli("init")
    assert run.code == 2
    assert "Welche Datei?" in run.stderr and "--example NAME" in run.stderr
