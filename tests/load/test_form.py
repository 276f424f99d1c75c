# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The request form in Excel holds a request without loss: YAML -> xlsx -> YAML evaluates to
the same Result for every example (and every valid test case reads back as written), also
after LibreOffice has saved the form; ``evaluate`` reads the form directly."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ossfirst.forms.workbook import comparable, form_bytes
from ossfirst.load.form import read_form
from ossfirst.load.request import read_request, resolve_catalogue
from tests.conftest import CASES, EXAMPLES, example_paths, system_tool

MOMENT = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the examples with their evidence, where forms and YAML can be written."""
    folder = tmp_path_factory.mktemp("examples")
    shutil.copytree(EXAMPLES, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("repo"))
    return folder


def _result(cli, path: Path, folder: Path) -> dict[str, object]:
    run = cli("evaluate", path, "-f", "json", "-o", folder / f"{path.name}.json", "-q")
    assert run.code in (0, 1), run.stderr
    result = json.loads((folder / f"{path.name}.json").read_text("utf-8"))
    audit = result["audit"]
    del audit["request_file"], audit["request_sha256"]
    return result


def formable() -> list[Path]:
    """The examples a form holds whole: all of them."""
    return example_paths()


def test_a_gap_closing_goes_into_the_form_and_comes_back(examples, cli) -> None:
    source = examples / "council-information-system.yaml"
    form = examples / "council.xlsx"
    assert cli("convert", source, "-o", form).code == 0
    read = read_request(form).request
    [closing] = [a.gap_closing for a in read.alternatives if a.gap_closing is not None]
    assert closing == read_request(source).request.alternatives[0].gap_closing
    assert (closing.requirements, closing.published) == (["R2"], "opencode")


def test_what_the_form_cannot_hold_is_refused_not_dropped(
    examples, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ossfirst.errors import InputError
    from ossfirst.forms import layout

    # a form without the gap-closing columns, as an older layout had
    kept = tuple(c for c in layout.ALTERNATIVES.columns if not c.key.startswith("gap_closing."))
    monkeypatch.setattr(layout, "ALTERNATIVES", layout.Table(layout.ALTERNATIVES.key, kept))
    loaded = read_request(examples / "council-information-system.yaml")
    catalogue = resolve_catalogue(loaded)
    with pytest.raises(InputError) as refused:
        form_bytes(loaded.request, catalogue, "de", created=MOMENT)
    [problem] = refused.value.problems
    assert "alternatives[0].gap_closing" in str(problem)


@pytest.mark.parametrize("example", [p.stem for p in formable()])
def test_yaml_to_form_to_yaml_evaluates_to_the_same_result(example: str, examples, cli) -> None:
    source = examples / f"{example}.yaml"
    form = examples / f"{example}.form.xlsx"
    back = examples / f"{example}.back.yaml"
    assert cli("convert", source, "-o", form).code == 0
    assert cli("convert", form, "-o", back).code == 0
    original = _result(cli, source, examples)
    assert _result(cli, form, examples) == original
    assert _result(cli, back, examples) == original
    assert comparable(read_request(back).request) == comparable(read_request(source).request)
    text = back.read_text("utf-8")
    assert "# Werden Sicherheitslücken" in text or "# Are vulnerabilities fixed" in text


def test_the_form_of_a_request_is_the_same_bytes_every_time(examples) -> None:
    loaded = read_request(examples / "office-suite.yaml")
    catalogue = resolve_catalogue(loaded)
    first = form_bytes(loaded.request, catalogue, "de", created=MOMENT)
    assert form_bytes(loaded.request, catalogue, "de", created=MOMENT) == first
    assert form_bytes(loaded.request, catalogue, "en", created=MOMENT) != first


def _cases() -> list[Path]:
    return sorted(
        p for folder in ("valid", "markup", "scenarios") for p in (CASES / folder).glob("*.yaml")
    )


@pytest.mark.parametrize("case", _cases(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_valid_request_reads_back_from_its_form(case: Path) -> None:
    """Texts that look like markup or formulas, names in every script, panels, deviations,
    award methods, strict selection, SEAL minimums: the form holds them all (form_bytes reads
    the form back and refuses one that differs)."""
    loaded = read_request(case)
    catalogue = resolve_catalogue(loaded)
    for lang in ("de", "en"):
        form_bytes(loaded.request, catalogue, lang, created=MOMENT)


def test_a_form_saved_by_libreoffice_reads_the_same(examples, tmp_path: Path) -> None:
    soffice = system_tool("soffice")
    forms = []
    for example in formable():
        loaded = read_request(example)
        path = tmp_path / f"{example.stem}.xlsx"
        path.write_bytes(
            form_bytes(loaded.request, resolve_catalogue(loaded), "de", created=MOMENT)
        )
        forms.append(path)
    out = tmp_path / "saved"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--calc", "--convert-to", "xlsx", "--outdir", str(out), *map(str, forms)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    for example, form in zip(formable(), forms, strict=True):
        saved = read_form(out / form.name)
        assert comparable(saved.request) == comparable(read_request(example).request), example


def test_init_writes_a_form_that_validates_and_evaluates(cli, tmp_path: Path) -> None:
    form = tmp_path / "formular.xlsx"
    run = cli("init", form, "--lang", "de")
    assert run.code == 0, run.stderr
    assert cli("validate", form).stdout.strip().endswith("formular.xlsx: ok")
    run = cli("evaluate", form, "-f", "json,xlsx", "-d", tmp_path / "out", "-q")
    assert run.code == 1, run.stderr  # nothing assessed yet: no alternative passes
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".json", ".xlsx"]
    yaml_path = tmp_path / "antrag.yaml"
    assert cli("convert", form, "-o", yaml_path).code == 0
    text = yaml_path.read_text("utf-8")
    assert "      security.lawful-processing:   # " in text
    assert "        passed:\n" in text
    assert cli("validate", yaml_path).code == 0


def test_init_from_a_request_and_refusals(cli, tmp_path: Path) -> None:
    form = tmp_path / "f.xlsx"
    assert cli("init", form, "--from", EXAMPLES / "service-desk.yaml").code == 0
    again = cli("init", form, "--from", EXAMPLES / "service-desk.yaml")
    assert again.code == 2 and "already exists" in again.stderr
    macro = cli("init", tmp_path / "f.xlsm")
    assert macro.code == 2 and "a form is written as .xlsx, not as .xlsm" in macro.stderr
    onto = cli("convert", form, "-o", form)
    assert onto.code == 2 and "an input of this run" in onto.stderr
    out = cli("convert", form, "-o", "-")
    assert out.code == 0 and out.stdout.startswith("# yaml-language-server")
    assert read_form(form).request.id == "2026-IT-044"
