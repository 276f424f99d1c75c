# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The SPDX License List: ``make update-data`` checks the shipped copy against the newest
release (never run in tests: it needs the network), and every report names the version."""

from __future__ import annotations

import importlib.util
import io
import json
import re
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

from ossfirst.api import evaluate_file, render
from ossfirst.evidence.spdx import list_version
from ossfirst.render import FORMATS
from tests.conftest import EXAMPLES, ROOT

SCRIPT = ROOT / "scripts" / "update_spdx.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_spdx", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_update_data_runs_the_check() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    target = re.search(r"^update-data:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert target, "the Makefile has no update-data target"
    assert "scripts/update_spdx.py --check" in target[1]
    assert re.search(r"^\.PHONY:.*\bupdate-data\b", makefile, re.MULTILINE)


def test_the_check_compares_the_shipped_version_with_the_newest_release(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = load_script()
    shipped = tmp_path / "spdx-licenses.json"
    shipped.write_text(json.dumps({"licenseListVersion": "3.29"}), "utf-8")
    monkeypatch.setattr(script, "latest_on_pypi", lambda: "3.29.0")
    assert script.check(shipped) == 0
    monkeypatch.setattr(script, "latest_on_pypi", lambda: "3.30.1")
    assert script.check(shipped) == 1
    assert "update available: shipped SPDX License List 3.29" in capsys.readouterr().out

    def offline() -> str:
        raise OSError("no network")

    monkeypatch.setattr(script, "latest_on_pypi", offline)
    assert script.check(shipped) == 2


def test_the_shipped_list_states_its_version() -> None:
    data = json.loads((files("ossfirst") / "data" / "spdx-licenses.json").read_text("utf-8"))
    assert data["licenseListVersion"] == list_version()
    assert re.fullmatch(r"\d+\.\d+", list_version())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_report_names_the_spdx_list_version(fmt: str) -> None:
    result = evaluate_file(EXAMPLES / "videoconferencing.yaml")
    assert result.audit.spdx_list_version == list_version()
    data = render(result, fmt, "en")
    if fmt == "pdf":
        from pypdf import PdfReader

        report = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        report = " ".join(report.split())
    elif fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data))
        report = "\n".join(
            " ".join(str(value) for value in row if value is not None)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    elif fmt in ("docx", "odt"):
        import re
        import zipfile

        part = "word/document.xml" if fmt == "docx" else "content.xml"
        xml = zipfile.ZipFile(io.BytesIO(data)).read(part).decode("utf-8")
        report = " ".join(re.sub(r"<[^>]+>", "", xml).split())
    else:
        report = data.decode("utf-8")
    if fmt == "json":
        assert json.loads(report)["audit"]["spdx_list_version"] == list_version()
    else:
        assert f"SPDX License List {list_version()}" in report
