# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The portfolio site as a whole: an invalid request is listed as not evaluable (never left
out) and the run exits 2 after writing everything else; a failed run leaves the previous site
as it was and no staging folder; a folder that is not a portfolio is refused; the dashboard
loads in headless Chromium without a console message and axe finds no WCAG violation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ossfirst.cli.app import main
from tests.conftest import CASES, EXAMPLES
from tests.portfolio.test_portfolio import DATE, rows, run, shown_text
from tests.render.test_html_browser import axe_violations, keep, load

REPO = EXAMPLES / "repo"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(REPO, copy)
    return copy


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_an_invalid_request_is_listed_and_the_exit_code_is_2(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = repo / "requests" / "2026" / "status-unknown.yaml"
    shutil.copy(CASES / "invalid" / "status-unknown.yaml", broken)
    site = tmp_path / "site"
    done = run("portfolio", "--date", DATE, "-d", site, cwd=repo)
    assert done.returncode == 2, done.stderr
    # the first error, where it is, as check reports it (in the policy's language, German)
    assert (
        "requests/2026/status-unknown.yaml:44:9: Fehler: Der Wert 'vergeben' ist hier nicht "
        "erlaubt" in done.stderr
    )
    data = json.loads((site / "portfolio.json").read_text("utf-8"))
    assert data["figures"]["not_evaluable"] == 1
    assert data["figures"]["requests"] == 12  # the evaluated ones
    [problem] = data["not_evaluable"]
    assert problem["path"] == "requests/2026/status-unknown.yaml"
    assert problem["location"].endswith("status-unknown.yaml:44:9")
    assert problem["status"] == "invalid"
    # everything else is written: the twelve valid requests, their reports, the PDF
    assert len(data["requests"]) == 12
    decisions = rows(site / "decisions.csv")
    assert len(decisions) == 13
    # the open data list the broken file too, with its first error, counted nowhere
    [listed] = [row for row in decisions if row["verdict"] == "not-evaluable"]
    assert listed["source"] == "requests/2026/status-unknown.yaml"
    assert listed["check"] == "invalid" and listed["counted"] == "false"
    assert listed["error"].startswith(problem["location"] + ": ")
    assert "Der Wert 'vergeben' ist hier nicht erlaubt" in listed["error"]
    assert listed["request_id"] == listed["present_value"] == listed["year"] == ""
    assert sorted(r["source"] for r in decisions if r["verdict"] != "not-evaluable") == sorted(
        r["path"] for r in data["requests"]
    )
    assert all(r["error"] == "" for r in decisions if r["verdict"] != "not-evaluable")
    assert len(rows(site / "alternatives.csv")) == sum(
        len(r["alternatives"]) for r in data["requests"]
    )
    assert len(list((site / "requests").glob("*.html"))) == 12
    assert (site / "portfolio.pdf").stat().st_size > 50_000
    page = shown_text((site / "index.html").read_text("utf-8"))
    assert "requests/2026/status-unknown.yaml" in page
    assert "Der Wert 'vergeben' ist hier nicht erlaubt" in page
    # and the open data with that row still validate against their Data Package (offline)
    import socket

    import frictionless

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("frictionless tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    report = frictionless.validate(site / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_a_failed_run_leaves_the_previous_site(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    assert run("portfolio", "--date", DATE, "-d", site, "-q").returncode == 1
    before = snapshot(site)

    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ossfirst.portfolio.pdf.write", broken)
    monkeypatch.chdir(REPO)
    with pytest.raises(SystemExit) as exit_info:
        main(["portfolio", "--date", "2027-01-15", "-d", str(site), "-q", "-j", "1"])
    assert exit_info.value.code == 2
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging folder left


def test_a_folder_that_is_no_portfolio_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me", "utf-8")
    done = run("portfolio", "--date", DATE, "-d", folder)
    assert done.returncode == 2
    assert "holds no portfolio" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents"]


@pytest.fixture(scope="module")
def chromium() -> str:
    from tests.conftest import system_tool

    return system_tool("chromium")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_dashboard_loads_in_chromium_without_console_messages(
    chromium: str, lang: str, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    assert run("portfolio", "--date", DATE, "--lang", lang, "-d", site, "-q").returncode == 1
    page = site / "index.html"
    screenshot = tmp_path / f"portfolio.{lang}.png"
    assert load(chromium, page, screenshot, tmp_path / "profile") == []
    # a blank page compresses to a few kilobytes; the dashboard with its charts does not
    assert len(screenshot.read_bytes()) > 60_000
    keep(screenshot)
    # one of the linked reports, too
    report = site / "requests" / "2026-IT-017.html"
    assert load(chromium, report, tmp_path / "report.png", tmp_path / "profile") == []
    assert axe_violations(chromium, page.read_text("utf-8"), tmp_path) == []


def test_no_reports_and_no_draws(tmp_path: Path) -> None:
    """--no-reports writes no request report and links none; --draws 0 leaves out the
    Monte-Carlo draws, and the grades come from the one-at-a-time analysis."""
    site = tmp_path / "site"
    done = run("portfolio", "--date", DATE, "-d", site, "-q", "--no-reports", "--draws", "0")
    assert done.returncode == 1, done.stderr
    assert not (site / "requests").exists() or not any((site / "requests").iterdir())
    assert {row["report"] for row in rows(site / "decisions.csv")} == {""}
    assert 'href="requests/' not in (site / "index.html").read_text("utf-8")
    data = json.loads((site / "portfolio.json").read_text("utf-8"))
    assert sum(data["figures"]["robustness"].values()) == 12
    assert data["figures"]["robustness"]["none"] < 12


def test_the_annual_report_typesets_without_warnings_and_qpdf_and_pdfinfo_find_no_fault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As the evaluation report: Typst gives no warning (a missing glyph, an overfull
    line), the file's structure is sound (qpdf --check, where qpdf is installed) and
    pdfinfo reads it without a message."""
    import subprocess

    from ossfirst.render import pdf as report_pdf
    from tests.conftest import system_tool

    seen: list[list[str]] = []
    typeset = report_pdf.typeset

    def recording(*args: object, **kwargs: object) -> tuple[bytes, list[str]]:
        found = typeset(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(found[1])
        return found

    monkeypatch.setattr(report_pdf, "typeset", recording)
    monkeypatch.chdir(REPO)
    site = tmp_path / "site"
    with pytest.raises(SystemExit):
        main(["portfolio", "--date", DATE, "-d", str(site), "-q", "-j", "1", "--no-reports"])
    assert seen == [[]]
    qpdf = system_tool("qpdf")
    checked = subprocess.run(
        [qpdf, "--check", str(site / "portfolio.pdf")], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors" in checked.stdout
    # poppler reads it without a message (no "Suspects object is wrong type")
    pdfinfo = system_tool("pdfinfo", ("-v",))
    info = subprocess.run(
        [pdfinfo, str(site / "portfolio.pdf")], capture_output=True, text=True, check=False
    )
    assert info.returncode == 0 and info.stderr == "", info.stderr
    assert "Tagged:          yes" in info.stdout
