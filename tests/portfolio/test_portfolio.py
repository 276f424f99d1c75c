# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst portfolio`` on the sample repository examples/repo: every figure on the
dashboard, in the open data and in the annual report is the count or sum a reader gets from
the requests' own JSON Results (computed here independently, from ``ossfirst evaluate -f
json``); the CSV files validate against their Data Package; names of people stay out."""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pypdf import PdfReader

from ossfirst.cli.app import main
from tests.conftest import EXAMPLES

REPO = EXAMPLES / "repo"
DATE = "2026-11-27"
REQUESTS = sorted((REPO / "requests").rglob("*.yaml"))
COUNTED = ("approved", "awarded")
CATEGORIES = ("reuse", "open-source", "proprietary")


def run(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own (workers, signals and exit as in use)."""
    return subprocess.run(
        [sys.executable, "-m", "ossfirst", *[str(a) for a in args]],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "OSSFIRST_LANG": "en",
            "HOME": str(cwd),
        },
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("portfolio") / "site"
    done = run("portfolio", "--date", DATE, "--output-dir", folder)
    assert done.returncode == 1, done.stderr  # two requests of the sample break the policy
    return folder


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The JSON Result of every request, as ``ossfirst evaluate`` writes it."""
    out = tmp_path_factory.mktemp("results")
    found = []
    for index, request in enumerate(REQUESTS):
        target = out / f"{index}.json"
        with pytest.raises(SystemExit) as exit_info:
            main(["evaluate", str(request), "-f", "json", "-o", str(target), "-q"])
        assert exit_info.value.code in (0, 1)
        found.append(json.loads(target.read_text("utf-8")))
    return found


# -- the figures, computed from the JSON Results alone -------------------------------------


def selection(result: dict[str, Any]) -> dict[str, Any]:
    chosen = result["verdict"]["proposed"] or result["verdict"]["recommended"]
    return next(a for a in result["alternatives"] if a["id"] == chosen)


def year_of(result: dict[str, Any]) -> int:
    request = result["request"]
    return int((request.get("decided_on") or request["date"])[:4])


def euros(values: list[float]) -> float:
    return float(sum((Decimal(str(v)) for v in values), Decimal(0)))


def expected(results: list[dict[str, Any]]) -> dict[str, Any]:
    counted = [r for r in results if r["request"].get("status", "submitted") in COUNTED]
    chosen = [selection(r) for r in counted]
    by_category = {c: [s for s in chosen if s["category"] == c] for c in CATEGORIES}
    suppliers: dict[str, list[float]] = defaultdict(list)
    for s in chosen:
        if s.get("supplier"):
            suppliers[s.get("supplier")].append(s["economics"]["present_value"])
    years: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    statuses_by_year: dict[int, Counter[str]] = defaultdict(Counter)
    for r in results:
        statuses_by_year[year_of(r)][r["request"].get("status", "submitted")] += 1
    for r in counted:
        s = selection(r)
        years[year_of(r)][s["category"]].append(s["economics"]["present_value"])
    today = dt.date.fromisoformat(DATE)
    deviations = [d for r in results for d in r["request"]["deviations"]]
    standards = [u for s in chosen for u in s["standards"]]
    return {
        "requests": len(results),
        "counted": len(counted),
        "statuses": Counter(r["request"].get("status", "submitted") for r in results),
        "verdicts": Counter(r["verdict"]["status"] for r in results),
        "policy_holds": sum(r["verdict"]["policy_holds"] for r in results),
        "categories": {
            c: (
                len(items),
                euros([s["economics"]["present_value"] for s in items]),
                euros([s["economics"]["nominal_total"] for s in items]),
            )
            for c, items in by_category.items()
        },
        "total": euros([s["economics"]["present_value"] for s in chosen]),
        "nominal": euros([s["economics"]["nominal_total"] for s in chosen]),
        "years": {y: {c: euros(years[y][c]) for c in CATEGORIES} for y in sorted(statuses_by_year)},
        "statuses_by_year": statuses_by_year,
        "exit_proprietary": euros([s["economics"]["exit"] for s in by_category["proprietary"]]),
        "exit_total": euros([s["economics"]["exit"] for s in chosen]),
        "sole_provider": sum(1 for s in chosen if s["providers"] <= 1),
        "suppliers": {name: (len(v), euros(v)) for name, v in suppliers.items()},
        "unnamed": sum(1 for s in chosen if not s.get("supplier")),
        "standards": (
            len(standards),
            sum(1 for u in standards if u["open"] is True),
            sum(1 for u in standards if u["open"] is None),
        ),
        "in_force": sum(1 for d in deviations if dt.date.fromisoformat(d["expires"]) >= today),
        "expired": sum(1 for d in deviations if dt.date.fromisoformat(d["expires"]) < today),
        "stale": sum(1 for r in results for g in r["gaps"] if g["reason"] == "stale"),
        "stale_requests": sum(1 for r in results if any(g["reason"] == "stale" for g in r["gaps"])),
        "robustness": Counter(
            (r["sensitivity"] or {}).get("robustness") or "none" for r in results
        ),
    }


def test_the_sample_is_what_the_portfolio_needs(results: list[dict[str, Any]]) -> None:
    """At least 12 requests over 2025 and 2026; awarded, rejected and draft ones; three
    suppliers or more among the counted selections; a proprietary selection that only one
    provider delivers."""
    assert len(results) >= 12
    assert {year_of(r) for r in results} == {2025, 2026}
    assert {"awarded", "rejected", "draft"} <= {
        r["request"].get("status", "submitted") for r in results
    }
    counted = [selection(r) for r in results if r["request"].get("status", "submitted") in COUNTED]
    assert len({s.get("supplier") for s in counted if s.get("supplier")}) >= 3
    assert any(s["category"] == "proprietary" and s["providers"] <= 1 for s in counted)


def test_portfolio_json_figures_are_the_sums_of_the_results(
    site: Path, results: list[dict[str, Any]]
) -> None:
    want = expected(results)
    data = json.loads((site / "portfolio.json").read_text("utf-8"))
    f = data["figures"]
    assert f["requests"] == want["requests"] and f["not_evaluable"] == 0
    assert f["counted"] == want["counted"]
    assert {k: v for k, v in f["statuses"].items() if v} == dict(want["statuses"])
    assert {k: v for k, v in f["verdicts"].items() if v} == dict(want["verdicts"])
    assert f["policy_holds"] == want["policy_holds"]
    for category, (count, pv, nominal) in want["categories"].items():
        assert f["categories"][category] == {
            "count": count,
            "present_value": pv,
            "nominal_total": nominal,
        }
    assert f["total"]["present_value"] == want["total"]
    assert f["total"]["nominal_total"] == want["nominal"]
    assert f["proprietary"] == want["categories"]["proprietary"][0]
    assert [y["year"] for y in f["years"]] == list(want["years"])
    for year in f["years"]:
        assert {c: a["present_value"] for c, a in year["categories"].items()} == want["years"][
            year["year"]
        ]
        assert {k: v for k, v in year["statuses"].items() if v} == dict(
            want["statuses_by_year"][year["year"]]
        )
    lock = f["lock_in"]
    assert lock["exit_cost_proprietary"] == want["exit_proprietary"]
    assert lock["exit_cost_total"] == want["exit_total"]
    assert lock["sole_provider"] == want["sole_provider"]
    assert {s.get("supplier"): (s["count"], s["present_value"]) for s in lock["suppliers"]} == want[
        "suppliers"
    ]
    assert lock["unnamed"] == want["unnamed"]
    s = f["standards"]
    assert (s["declared"], s["open"], s["unknown"]) == want["standards"]
    assert f["deviations_in_force"] == want["in_force"] == 1
    assert f["deviations_expired"] == want["expired"] == 1
    assert f["stale_assessments"] == want["stale"]
    assert f["stale_requests"] == want["stale_requests"]
    assert {k: v for k, v in f["robustness"].items() if v} == dict(want["robustness"])
    # one summary per request, in the order of the files
    assert [r["path"] for r in data["requests"]] == [
        p.relative_to(REPO).as_posix() for p in REQUESTS
    ]


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_rows_are_the_results(site: Path, results: list[dict[str, Any]]) -> None:
    raw = (site / "decisions.csv").read_bytes()
    assert raw.count(b"\r\n") == len(results) + 1 and not raw.startswith(b"\xef\xbb\xbf")
    decisions = rows(site / "decisions.csv")
    assert len(decisions) == len(results)
    for row, result in zip(decisions, results, strict=True):
        chosen = selection(result)
        assert row["request_id"] == result["request"]["id"]
        assert row["status"] == result["request"].get("status", "submitted")
        assert row["verdict"] == result["verdict"]["status"]
        assert row["selection_id"] == chosen["id"]
        assert row["category"] == chosen["category"]
        assert float(row["present_value"]) == chosen["economics"]["present_value"]
        assert float(row["nominal_total"]) == chosen["economics"]["nominal_total"]
        assert float(row["exit_cost"]) == chosen["economics"]["exit"]
        assert row["licence"] == chosen["licence"]["expression"]
        assert int(row["deviations"]) == len(result["request"]["deviations"])
        assert row["year"] == str(year_of(result))
        assert row["report"] == f"requests/{result['request']['id']}.html"
        assert (site / row["report"]).is_file()
    alternatives = rows(site / "alternatives.csv")
    assert len(alternatives) == sum(len(r["alternatives"]) for r in results)
    flat = [(r, a) for r in results for a in r["alternatives"]]
    for row, (result, alternative) in zip(alternatives, flat, strict=True):
        assert (row["request_id"], row["alternative_id"]) == (
            result["request"]["id"],
            alternative["id"],
        )
        assert float(row["total"]) == alternative["total"]
        for dimension in alternative["dimensions"]:
            column = f"points_{dimension['dimension']}"
            score = dimension["score"]
            assert row[column] == ("" if score is None else f"{score:.2f}")
        assert row["eligible"] == str(alternative["eligible"]).lower()


def german(value: float) -> str:
    """1234567.8 as 1.234.567,80 EUR, formatted here, not by ossfirst."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + "\u00a0EUR"


def shown_text(page: str) -> str:
    """The text of an HTML page as a reader sees it."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.DOTALL)
    # str.split() would take the no-break space in "1.234,00\u00a0EUR" apart: ASCII only
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    return re.sub(r"[ \t\r\n\f]+", " ", text).strip()


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_dashboard_and_the_annual_report_show_the_sums(
    site: Path, results: list[dict[str, Any]]
) -> None:
    want = expected(results)
    dashboard = shown_text((site / "index.html").read_text("utf-8"))
    report = pdf_text(site / "portfolio.pdf")
    figures = [
        want["total"],
        want["nominal"],
        want["exit_proprietary"],
        want["exit_total"],
        *(pv for _, pv, _ in want["categories"].values()),
        *(nominal for _, _, nominal in want["categories"].values()),
        *(pv for year in want["years"].values() for pv in year.values()),
        *(pv for _, pv in want["suppliers"].values()),
    ]
    for value in figures:
        assert german(value) in dashboard, value
        assert german(value).replace("\u00a0", " ") in report.replace("\u00a0", " "), value
    # the shares of open source and reuse, by number and by present value
    free = want["categories"]["open-source"][0] + want["categories"]["reuse"][0]
    free_pv = want["categories"]["open-source"][1] + want["categories"]["reuse"][1]
    for share in (free / want["counted"], free_pv / want["total"]):
        text = f"{share * 100:.1f}".replace(".", ",") + "\u00a0%"
        assert text in dashboard
        assert text.replace("\u00a0", " ") in report.replace("\u00a0", " ")
    # every request is listed, and linked to its report on the dashboard
    page = (site / "index.html").read_text("utf-8")
    for result in results:
        request_id = result["request"]["id"]
        assert f'<a href="requests/{request_id}.html">{request_id}</a>' in page
        assert request_id in report


def test_the_open_data_validate_against_their_data_package(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """frictionless validates types, required fields, allowed values, keys, size and hash,
    offline (a connection attempt fails the test); a broken value is found."""
    import socket

    import frictionless

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("frictionless tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    report = frictionless.validate(copy / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == ["decisions", "alternatives"]
    descriptor = json.loads((copy / "datapackage.json").read_text("utf-8"))
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            assert set(field["titles"]) == set(field["descriptions"]) == {"de", "en"}
    dcat = descriptor["dcat"]
    for key in ("dct:title", "dct:description", "dct:publisher", "dct:license", "dct:temporal"):
        assert dcat[key], key
    assert dcat["dct:modified"] == DATE
    assert dcat["dct:temporal"] == {"dcat:startDate": "2025-01-01", "dcat:endDate": "2026-12-31"}
    assert dcat["dct:license"] == "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
    # a value of the wrong type is found: the test can fail
    table = copy / "decisions.csv"
    table.write_text(table.read_text("utf-8").replace(",true,", ",yes,", 1), "utf-8", newline="")
    descriptor["resources"][0]["bytes"] = table.stat().st_size
    descriptor["resources"][0].pop("hash")
    (copy / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    broken = frictionless.validate(copy / "datapackage.json")
    assert not broken.valid
    assert {e[2] for e in broken.flatten(["rowNumber", "fieldName", "type"])} == {"type-error"}


def test_portfolio_json_is_described_by_its_schema(site: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["schema", "portfolio"])
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads((site / "portfolio.json").read_text("utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert not errors, errors[0]
    assert data["schema_version"] == "1.0" and data["generator"].startswith("ossfirst ")


def test_names_of_people_stay_out(site: Path) -> None:
    """Assessors, approvers and contacts of the sample requests appear nowhere on the site
    (the reports name assessors Person 1, Person 2, ...)."""
    names = ["A. Yilmaz", "C. Lehmann", "Dr. M. Kaiser", "Leitung Standesamt", "J. Brandt"]
    texts = [
        p.read_text("utf-8") for p in site.rglob("*") if p.suffix in (".html", ".csv", ".json")
    ]
    texts.append(pdf_text(site / "portfolio.pdf"))
    assert len(texts) > 15
    for name in names:
        assert not any(name in text for text in texts), name
    report = (site / "requests" / "2025-IT-044.html").read_text("utf-8")
    assert "Person 1" in report and "Person 3" in report


def test_annual_report_is_archival_and_accessible(
    site: Path, results: list[dict[str, Any]]
) -> None:
    from tests.render.test_pdf import fonts_of, role, struct_elements

    path = site / "portfolio.pdf"
    reader = PdfReader(path)
    raw = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"<pdfaid:part>3</pdfaid:part>", raw)
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>", raw)
    assert re.search(r"<pdfuaid:part>1</pdfuaid:part>", raw)
    assert reader.xmp_metadata is not None
    assert reader.xmp_metadata.dc_title == {
        "x-default": "Transparenzportfolio Open Source: Softwarebeschaffung 2025–2026"
    }
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "de-DE"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    seen: set[int] = set()
    fonts = [font for page in reader.pages for font in fonts_of(page["/Resources"], seen)]
    assert fonts
    for font in fonts:
        for face in font.get("/DescendantFonts", [font]):
            descriptor = face.get_object()["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    roles = [role(reader, e) for e in struct_elements(reader)]
    assert "/H1" in roles and "/TH" in roles and "/Table" in roles
    figures = [e for e in struct_elements(reader) if role(reader, e) == "/Figure"]
    assert len(figures) == 2 and all(str(f["/Alt"]) for f in figures)
    # the open data ride along, byte for byte as published
    attached = reader.attachments
    assert sorted(attached) == [
        "alternatives.csv",
        "datapackage.json",
        "decisions.csv",
        "portfolio.json",
    ]
    for name, [content] in attached.items():
        assert content == (site / name).read_bytes(), name
    for spec in root["/AF"]:
        assert spec.get_object()["/AFRelationship"] == "/Data"
    assert reader.metadata is not None
    assert reader.metadata.creation_date == dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    assert "Seite 1 von" in reader.pages[0].extract_text()


def test_the_same_inputs_give_the_same_site(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run("portfolio", "--date", DATE, "-d", again, "-q").returncode == 1
    files = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in files:
        assert (site / name).read_bytes() == (again / name).read_bytes(), name


def test_exit_code_is_checks(tmp_path: Path) -> None:
    checked = run("check", "--date", DATE, "-q")
    built = run("portfolio", "--date", DATE, "-q", "-d", tmp_path / "site")
    assert checked.returncode == built.returncode == 1
    # on 1 July 2027 the Standesamt's deviation has expired too: one more failing request
    built = run("portfolio", "--date", "2027-07-01", "-q", "-d", tmp_path / "site")
    assert built.returncode == 1
    data = json.loads((tmp_path / "site" / "portfolio.json").read_text("utf-8"))
    assert data["figures"]["deviations_in_force"] == 0
    assert data["figures"]["deviations_expired"] == 2
    assert data["figures"]["check_failed"] == 3


def test_the_dashboard_in_english_with_names_published(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(REPO, repo)
    policy = repo / "ossfirst.toml"
    policy.write_text(
        policy.read_text("utf-8").replace("publish-names = false", "publish-names = true"),
        "utf-8",
    )
    done = run("portfolio", "--date", DATE, "--lang", "en", "-d", tmp_path / "site", cwd=repo)
    assert done.returncode == 1, done.stderr
    site = tmp_path / "site"
    page = shown_text((site / "index.html").read_text("utf-8"))
    assert "Open source transparency portfolio" in page
    assert "Vermerk 10/2026-118 (Dr. M. Kaiser, Leitung Amt 10)" in page
    assert "contact" in rows(site / "decisions.csv")[0]
    report = (site / "requests" / "2025-IT-044.html").read_bytes()
    assert "A. Yilmaz" in report.decode("utf-8")
    assert "Page 1 of" in PdfReader(site / "portfolio.pdf").pages[0].extract_text()
    # each request's report is the one `ossfirst evaluate -f html` writes, byte for byte
    alone = tmp_path / "alone.html"
    request = repo / "requests" / "2025" / "2025-IT-044-ticketsystem.yaml"
    done = run("evaluate", request, "-f", "html", "--lang", "en", "--date", DATE, "-o", alone)
    assert done.returncode == 0, done.stderr
    assert alone.read_bytes() == report


def test_every_file_has_checks_findings(tmp_path: Path) -> None:
    """The portfolio reports each request with the findings ``ossfirst check`` gives it,
    rule for rule, so that a file that fails check fails in the portfolio too: here a
    request whose only new error is an unpinned catalogue (a rule check applies after the
    evaluation)."""
    repo = tmp_path / "repo"
    shutil.copytree(REPO, repo)
    request = repo / "requests" / "2026" / "2026-IT-017-videokonferenz.yaml"
    text = request.read_text("utf-8")
    assert "catalogue: standard@1.1\n" in text
    request.write_text(text.replace("catalogue: standard@1.1\n", "catalogue: standard\n"), "utf-8")
    checked = run("check", "--date", DATE, "-q", "-f", "json", "-o", tmp_path / "c.json", cwd=repo)
    built = run("portfolio", "--date", DATE, "-q", "-d", tmp_path / "site", cwd=repo)
    assert checked.returncode == built.returncode == 1, built.stderr
    files = json.loads((tmp_path / "c.json").read_text("utf-8"))["files"]
    expected = {f["path"]: (f["status"], f["counts"]) for f in files}
    portfolio = json.loads((tmp_path / "site" / "portfolio.json").read_text("utf-8"))
    found = {r["path"]: (r["check"], r["findings"]) for r in portfolio["requests"]}
    assert found == expected
    assert found["requests/2026/2026-IT-017-videokonferenz.yaml"][0] == "fail"
