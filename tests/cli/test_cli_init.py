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
