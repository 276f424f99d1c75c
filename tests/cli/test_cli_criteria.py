# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst criteria list`` and ``show``."""

from __future__ import annotations

from pathlib import Path

import yaml


def test_list_shows_every_criterion(cli) -> None:
    from ossfirst.load.catalogue import load_catalogue

    run = cli("criteria", "list", "--lang", "en")
    assert run.code == 0
    for criterion in load_catalogue("standard").criteria:
        assert criterion.id in run.stdout


def test_show_one_criterion_in_german(cli) -> None:
    run = cli("criteria", "show", "sovereignty.licence-freedom", "--lang", "de")
    assert run.code == 0
    assert run.stdout.startswith("sovereignty.licence-freedom: ")
    assert "Stufen:" in run.stdout and "Frage:" in run.stdout
    assert "licence-freedom" in run.stdout


def test_show_unknown_criterion_suggests(cli) -> None:
    run = cli("criteria", "show", "sovereignty.licence-fredom")
    assert run.code == 2
    assert "did you mean 'sovereignty.licence-freedom'?" in run.stderr


def test_show_resolved_local_catalogue(cli, tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(
        """ossfirst_catalogue: 1
id: musterstadt
version: "1"
title: {de: Musterstadt, en: Exampletown}
extends: standard
overrides:
  security.patching: {weight: 99}
""",
        "utf-8",
    )
    run = cli("criteria", "show", "--resolved", "--catalogue", local)
    assert run.code == 0, run.stderr
    data = yaml.safe_load(run.stdout)
    assert [entry["id"] for entry in data["lineage"]] == ["standard", "musterstadt"]
    patching = next(c for c in data["criteria"] if c["id"] == "security.patching")
    assert patching["weight"] == 99
