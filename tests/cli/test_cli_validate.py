# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst validate`` over several files."""

from __future__ import annotations

from tests.conftest import CASES, example_paths


def test_valid_files_say_ok(cli) -> None:
    paths = [CASES / "valid" / "minimal.yaml", *example_paths()]
    run = cli("validate", *paths)
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == [f"{p}: ok" for p in paths]


def test_one_bad_file_does_not_hide_the_others(cli) -> None:
    good = CASES / "valid" / "minimal.yaml"
    bad = CASES / "invalid" / "unknown-criterion.yaml"
    run = cli("validate", bad, good)
    assert run.code == 2
    assert f"{good}: ok" in run.stdout
    assert f"{bad}:26:7: error:" in run.stderr


def test_validate_warns_about_an_unknown_standard_with_a_did_you_mean(cli, tmp_path) -> None:
    text = (CASES / "valid" / "minimal.yaml").read_text("utf-8")
    request = tmp_path / "r.yaml"
    request.write_text(text.replace("[ODF, CalDAV]", "[ODF, OParel, Frobnicate]"), "utf-8")
    run = cli("validate", request)
    # a warning, not an error: the request is valid, the standard counts as not open
    assert run.code == 0 and run.stdout == f"{request}: ok\n"
    first, second = run.stderr.splitlines()
    assert first.startswith(f"{request}:20:") and ": warning: Open tool: " in first
    assert 'the standard "OParel" is not in the standards list and counts as not open' in first
    assert 'Did you mean "OParl' in first
    assert '"Frobnicate"' in second and "Did you mean" not in second
    german = cli("validate", request, "--lang", "de")
    assert "Warnung" in german.stderr and "Meinten Sie „OParl" in german.stderr
    # the names the list knows, with any spelling of case and separators, raise no warning
    request.write_text(text.replace("[ODF, CalDAV]", "[ODF, oparl, XJustiz, eCH 0010]"), "utf-8")
    run = cli("validate", request)
    assert run.code == 0 and run.stderr == ""
