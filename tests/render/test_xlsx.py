# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The evaluation workbook (``--format xlsx``): LibreOffice recalculates its formulas to the
figures of the JSON report, for every example, to the cent and to 0.01 points, and to the
engine's figures after an auditor changed a level, a weight or the rule for missing scores.

The workbook carries no computed values: whatever a test reads back from LibreOffice's copy,
LibreOffice computed.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ossfirst import api
from ossfirst.engine.evaluate import evaluate
from ossfirst.model.result import Result
from tests.conftest import EXAMPLES, example_paths, fresh_python, system_tool

CENT = 0.005 + 1e-9
POINT = 0.005 + 1e-9


def recalculate(paths: list[Path], folder: Path) -> Path:
    """LibreOffice's copy of each workbook, with every formula computed and stored."""
    soffice = system_tool("soffice")
    out = folder / "recalculated"
    out.mkdir(exist_ok=True)
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--calc",
         "--convert-to", "xlsx", "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return out


class Sheets:
    """Cells of a recalculated workbook found by their labels (the English workbook)."""

    def __init__(self, path: Path) -> None:
        self.book = openpyxl.load_workbook(path, data_only=True)

    def sheet(self, name: str) -> Any:
        return self.book[name]

    @staticmethod
    def row_of(sheet: Any, column: int, label: str, start: int = 1) -> int:
        for row in range(start, sheet.max_row + 1):
            if sheet.cell(row, column).value == label:
                return row
        raise KeyError(label)

    @staticmethod
    def column_of(sheet: Any, row: int, label: str) -> int:
        for column in range(1, sheet.max_column + 1):
            if sheet.cell(row, column).value == label:
                return column
        raise KeyError(label)


def near(value: object, expected: float, tolerance: float) -> bool:
    return isinstance(value, int | float) and abs(float(value) - expected) <= tolerance


def check_scores(sheets: Sheets, result: dict[str, Any]) -> None:
    scores = sheets.sheet("Scores")
    header = Sheets.row_of(scores, 1, "Dimension")
    groups = {
        a["name"]: Sheets.column_of(scores, header - 1, a["name"]) for a in result["alternatives"]
    }
    dimensions = Sheets.row_of(scores, 1, "Dimensions", header + 1)
    total = Sheets.row_of(scores, 1, "Total (0–100)", dimensions)
    titles = {d["id"]: d["title"]["en"] for d in result["catalogue"]["dimensions"]}
    for alternative in result["alternatives"]:
        level = groups[alternative["name"]]
        got = scores.cell(total, level + 3).value
        assert near(got, alternative["total"], POINT), (alternative["id"], got)
        for row in alternative["criteria"]:
            at = Sheets.row_of(scores, 2, row["criterion"], header + 1)
            weight, contribution = (
                scores.cell(at, level + 2).value,
                scores.cell(at, level + 3).value,
            )
            assert near(weight, row["weight"], POINT), (alternative["id"], row["criterion"], weight)
            assert near(contribution, row["contribution"], POINT), (row["criterion"], contribution)
        for dimension in alternative["dimensions"]:
            at = Sheets.row_of(scores, 1, titles[dimension["dimension"]], dimensions)
            score = scores.cell(at, level).value
            if dimension["score"] is None:
                assert score in ("", None)
            else:
                assert near(score, dimension["score"], POINT), (dimension, score)
            assert near(scores.cell(at, level + 2).value, dimension["weight"], POINT)
            assert near(scores.cell(at, level + 3).value, dimension["contribution"], POINT)


def check_costs(sheets: Sheets, result: dict[str, Any]) -> None:
    costs = sheets.sheet("Costs")
    names = Sheets.row_of(costs, 1, "Cost items (EUR)") - 1
    flows = Sheets.row_of(costs, 1, "Year")
    total = Sheets.row_of(costs, 1, "Total over the horizon", flows)
    exit_value = Sheets.row_of(costs, 1, "Present value of the exit cost", flows)
    one_time = Sheets.row_of(costs, 1, "One-time total")
    yearly = Sheets.row_of(costs, 1, "Yearly total")
    for alternative in result["alternatives"]:
        economics = alternative["economics"]
        nominal = Sheets.column_of(costs, names, alternative["name"])
        assert near(costs.cell(total, nominal).value, economics["nominal_total"], CENT)
        assert near(costs.cell(total, nominal + 1).value, economics["present_value"], CENT)
        assert near(
            costs.cell(exit_value, nominal + 1).value, economics["present_value_exit"], CENT
        )
        assert near(costs.cell(one_time, nominal).value, economics["one_time_total"], CENT)
        assert near(costs.cell(yearly, nominal).value, economics["yearly_total"], CENT)
        for flow in economics["cash_flows"]:
            row = flows + 1 + flow["year"]
            assert costs.cell(row, 1).value == flow["year"]
            assert near(costs.cell(row, 2).value, flow["discount_factor"], 5e-7)
            assert near(costs.cell(row, nominal).value, flow["nominal"], CENT)
            assert near(costs.cell(row, nominal + 1).value, flow["present_value"], CENT)


def check_requirements(sheets: Sheets, result: dict[str, Any]) -> None:
    sheet = sheets.sheet("Requirements")
    coverage = Sheets.row_of(sheet, 2, "Coverage")
    for alternative in result["alternatives"]:
        column = Sheets.column_of(sheet, 3, alternative["name"])
        [row] = [c for c in alternative["criteria"] if c["criterion"].endswith(".requirements")]
        assert near(sheet.cell(coverage, column).value, row["value"], 5e-5)


def check_award(sheets: Sheets, result: dict[str, Any]) -> None:
    award = result["award"]
    if award is None:
        assert "Price-performance" not in sheets.book.sheetnames
        return
    sheet = sheets.sheet("Price-performance")
    header = Sheets.row_of(sheet, 1, "Alternative")
    headings = {sheet.cell(header, c).value: c for c in range(1, sheet.max_column + 1)}
    for alternative in result["alternatives"]:
        row = Sheets.row_of(sheet, 1, alternative["name"], header + 1)
        figures = alternative["award"]
        assert near(sheet.cell(row, headings["Performance L"]).value, figures["performance"], POINT)
        assert near(sheet.cell(row, headings["Price P (EUR)"]).value, figures["price"], CENT)
        if figures["ratio"] is not None:
            z = sheet.cell(row, headings["Z = L / P (points per million EUR)"]).value
            assert near(z, figures["ratio"], 5e-5)
        if figures["in_corridor"] is not None:
            inside = sheet.cell(row, headings["Within the corridor"]).value
            assert inside == ("yes" if figures["in_corridor"] else "no")
        if figures["price_points"] is not None:
            assert near(
                sheet.cell(row, headings["Price points"]).value, figures["price_points"], POINT
            )
            assert near(sheet.cell(row, headings["Award points"]).value, figures["value"], POINT)
    if award["best_ratio"] is not None:
        best = Sheets.row_of(sheet, 1, "Best Z")
        assert near(sheet.cell(best, 2).value, award["best_ratio"], 5e-5)
    if award["corridor_bound"] is not None:
        bound = Sheets.row_of(sheet, 1, "Lower bound of the corridor")
        assert near(sheet.cell(bound, 2).value, award["corridor_bound"], 5e-5)
    if award["method"] == "price-points":
        lowest = Sheets.row_of(sheet, 1, "Lowest price")
        assert near(sheet.cell(lowest, 2).value, award["lowest_price"], CENT)


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, Any]]]:
    """Every example as workbook and JSON report, and LibreOffice's recalculated copies."""
    system_tool("soffice")
    folder = tmp_path_factory.mktemp("workbooks")
    made: dict[str, tuple[Path, dict[str, Any]]] = {}
    for example in example_paths():
        result = api.evaluate_file(example)
        path = folder / f"{example.stem}.xlsx"
        path.write_bytes(api.render(result, "xlsx", "en"))
        made[example.stem] = (path, json.loads(api.render(result, "json")))
    out = recalculate([p for p, _ in made.values()], folder)
    return {stem: (out / path.name, result) for stem, (path, result) in made.items()}


@pytest.mark.parametrize("example", [p.stem for p in example_paths()])
def test_libreoffice_recalculates_the_json_figures(example: str, workbooks) -> None:
    path, result = workbooks[example]
    sheets = Sheets(path)
    check_scores(sheets, result)
    check_costs(sheets, result)
    check_requirements(sheets, result)
    check_award(sheets, result)


def test_the_examples_cover_every_award_method_the_sheet_computes() -> None:
    methods = set()
    for example in example_paths():
        award = api.evaluate_file(example, draws=0).award
        methods.add(award.method if award else "weighted")
    assert {"weighted", "ufab-extended"} <= methods


@pytest.mark.parametrize(
    ("method", "extra"),
    [
        ("ufab-simple", {}),
        ("price-points", {"price_weight": 0.3, "conversion": "ratio"}),
        ("price-points", {"price_weight": 0.4, "conversion": "one-sided"}),
    ],
)
def test_every_award_method_recalculates(
    method: str, extra: dict[str, Any], tmp_path: Path
) -> None:
    prepared = api.prepare(EXAMPLES / "videoconferencing.yaml")
    award = {"method": method, **extra}
    request = prepared.loaded.request.model_copy(
        update={"award": prepared.loaded.request.award.__class__(**award)}
        if prepared.loaded.request.award
        else {"award": _award(award)}
    )
    result = _evaluate(prepared, request)
    assert result.award is not None and result.award.method == method
    path = tmp_path / "award.xlsx"
    path.write_bytes(api.render(result, "xlsx", "en"))
    out = recalculate([path], tmp_path)
    check_award(Sheets(out / path.name), json.loads(result.model_dump_json()))


def _award(values: dict[str, Any]) -> Any:
    from ossfirst.model.request import AwardChoice

    return AwardChoice(**values)


def _evaluate(prepared: api.Prepared, request: Any, catalogue: Any = None) -> Result:
    return evaluate(
        catalogue or prepared.catalogue,
        request,
        prepared.facts,
        request_file="r.yaml",
        draws=0,
    )


def test_an_auditor_changing_levels_and_weights_sees_what_ossfirst_computes(tmp_path: Path) -> None:
    """Levels changed, one left empty, a profile weight changed and the rule for missing
    scores switched: LibreOffice's totals are the engine's for the changed request."""
    prepared = api.prepare(EXAMPLES / "videoconferencing.yaml")
    original = prepared.loaded.request
    result = _evaluate(prepared, original)
    path = tmp_path / "audit.xlsx"
    path.write_bytes(api.render(result, "xlsx", "en"))

    changes = {("jitsi", "security.patching"): 4, ("video-saas", "practicality.usability"): 1}
    emptied = ("bbb-kommunal", "security.certification")
    book = openpyxl.load_workbook(path)
    scores = book["Scores"]
    header = Sheets.row_of(scores, 1, "Dimension")
    names = {a.id: a.name for a in result.alternatives}
    for (alternative, criterion), level in [*changes.items(), (emptied, None)]:
        column = Sheets.column_of(scores, header - 1, names[alternative])
        scores.cell(Sheets.row_of(scores, 2, criterion, header + 1), column).value = level
    dimensions = Sheets.row_of(scores, 1, "Dimensions", header + 1)
    sovereignty = Sheets.row_of(scores, 1, "Digital sovereignty", dimensions)
    scores.cell(sovereignty, 6).value = 35
    rule = Sheets.row_of(scores, 1, "Rule for missing scores")
    scores.cell(rule, 3).value = "renormalise"
    book.save(path)
    out = recalculate([path], tmp_path)

    alternatives = []
    for alternative in original.alternatives:
        assessments = dict(alternative.assessments)
        for (which, criterion), level in changes.items():
            if which == alternative.id:
                assessments[criterion] = assessments[criterion].model_copy(update={"score": level})
        if alternative.id == emptied[0]:
            del assessments[emptied[1]]
        alternatives.append(alternative.model_copy(update={"assessments": assessments}))
    changed = original.model_copy(update={"alternatives": alternatives})
    catalogue = prepared.catalogue
    profile = catalogue.profiles["balanced"]
    weights = {**profile.weights, "sovereignty": 35.0}
    catalogue = catalogue.model_copy(
        update={
            "profiles": {
                **catalogue.profiles,
                "balanced": profile.model_copy(update={"weights": weights}),
            },
            "policy": catalogue.policy.model_copy(update={"missing_data": "renormalise"}),
        }
    )
    expected = _evaluate(prepared, changed, catalogue)
    check_scores(Sheets(out / path.name), json.loads(expected.model_dump_json()))
    assert expected.alternative("jitsi").total != result.alternative("jitsi").total


def test_the_workbook_is_the_same_bytes_for_the_same_inputs(cli, tmp_path: Path) -> None:
    runs = []
    for name in ("a", "b"):
        run = cli("evaluate", EXAMPLES / "web-cms.yaml", "-f", "xlsx", "-d", tmp_path / name, "-q")
        assert run.code == 0, run.stderr
        runs.append((tmp_path / name / "2026-IT-022.xlsx").read_bytes())
    assert runs[0] == runs[1]
    dated = tmp_path / "c"
    cli(
        "evaluate",
        EXAMPLES / "web-cms.yaml",
        "-f",
        "xlsx",
        "-d",
        dated,
        "--date",
        "2027-01-05",
        "-q",
    )
    other = (dated / "2026-IT-022.xlsx").read_bytes()
    assert other != runs[0]
    with zipfile.ZipFile(dated / "2026-IT-022.xlsx") as archive:
        core = archive.read("docProps/core.xml").decode()
        assert '<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-05T00:00:00Z' in core
        assert {info.date_time for info in archive.infolist()} == {(2027, 1, 5, 0, 0, 0)}
        assert {info.create_system for info in archive.infolist()} == {0}


def test_sheets_formats_frozen_headers_and_named_cells(tmp_path: Path) -> None:
    result = api.evaluate_file(EXAMPLES / "cloud-platform.yaml", draws=0)
    path = tmp_path / "w.xlsx"
    path.write_bytes(api.render(result, "xlsx", "de"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Übersicht",
        "Bewertung",
        "Kosten",
        "Anforderungen",
        "Preis-Leistung",
        "Robustheit",
    ]
    assert set(book.defined_names) >= {
        "DiscountRate",
        "Horizon",
        "MissingData",
        "MaxScore",
        "Corridor",
    }
    scores = book["Bewertung"]
    assert scores.freeze_panes is not None
    header = Sheets.row_of(scores, 1, "Dimension")
    assert scores.freeze_panes == f"D{header + 1}"
    row = Sheets.row_of(scores, 2, "security.patching", header + 1)
    share = scores.cell(row, 10).value
    assert isinstance(share, str) and share.startswith("=IF(AND(")
    assert scores.column_dimensions["C"].width == 44
    costs = book["Kosten"]
    rate = book.defined_names["DiscountRate"].attr_text
    cell = costs[rate.split("!")[1].replace("$", "")]
    assert cell.value == result.method.discount_rate.value and cell.number_format == "0.00%"
    flows = Sheets.row_of(costs, 1, "Jahr")
    assert costs.cell(flows + 1, 2).value == "=1/(1+DiscountRate)^$A" + str(flows + 1)
    assert "SUMPRODUCT" in costs.cell(Sheets.row_of(costs, 1, "Summe über den Zeitraum"), 4).value
    assert costs.cell(flows + 1, 3).number_format == '#,##0.00" €"'


def test_text_from_the_request_stays_text(tmp_path: Path) -> None:
    """A name that starts like a formula is a text cell with Excel's quote prefix; control
    characters XML forbids do not break the file."""
    prepared = api.prepare(EXAMPLES / "web-cms.yaml")
    request = prepared.loaded.request
    hostile = '=HYPERLINK("https://example.org/x","Klick")'
    alternatives = [
        request.alternatives[0].model_copy(update={"name": hostile}),
        request.alternatives[1].model_copy(update={"name": "+1-2 @SUM(A1) \x07 \x1b[31m _x0041_"}),
        *request.alternatives[2:],
    ]
    changed = request.model_copy(
        update={"alternatives": alternatives, "title": "-cmd|' /C calc'!A0"}
    )
    result = _evaluate(prepared, changed)
    raw = api.render(result, "xlsx", "en")
    path = tmp_path / "t.xlsx"
    path.write_bytes(raw)
    with zipfile.ZipFile(path) as archive:
        scores = archive.read("xl/worksheets/sheet2.xml").decode()
    assert "HYPERLINK" in scores and "<f>HYPERLINK" not in scores and "<f>=" not in scores
    book = openpyxl.load_workbook(path)
    sheet = book["Scores"]
    header = Sheets.row_of(sheet, 1, "Dimension")
    column = Sheets.column_of(sheet, header - 1, hostile)
    cell = sheet.cell(header - 1, column)
    assert cell.data_type == "s" and cell.quotePrefix
    assert Sheets.column_of(sheet, header - 1, "+1-2 @SUM(A1)  [31m _x005F_x0041_") > 0
    summary = book["Summary"]
    assert summary["A1"].value == "Evaluation: -cmd|' /C calc'!A0"


def test_other_formats_do_not_load_the_workbook_writer() -> None:
    code = (
        "import sys\n"
        "from ossfirst.cli.app import main\n"
        "try:\n"
        f"    main(['evaluate', {str(EXAMPLES / 'web-cms.yaml')!r}, '-f', 'md,json', '-o', '-',"
        " '-q'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in sys.modules if m.startswith(('ossfirst.xlsx', 'openpyxl',"
        " 'ossfirst.render.xlsx', 'ossfirst.forms', 'ossfirst.load.form'))]\n"
        "sys.stderr.write(repr(loaded))\n"
    )
    done = fresh_python(code.replace("'md,json', '-o', '-'", "'md', '-o', '-'"))
    assert done.stderr.strip().endswith("[]"), done.stderr


def test_the_summary_names_the_award_procedure(tmp_path: Path) -> None:
    """The workbook's summary names the award procedure as the report's title block does."""
    from ossfirst.render import RenderOptions
    from ossfirst.render.sections import build

    result = api.evaluate_file(EXAMPLES / "council-information-system.yaml")
    for lang in ("de", "en"):
        path = tmp_path / f"{lang}.xlsx"
        path.write_bytes(api.render(result, "xlsx", lang))
        sheet = openpyxl.load_workbook(path).worksheets[0]
        labels = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(1, 40)}
        label = "Vergabe" if lang == "de" else "Award procedure"
        title = {f.label: f.value for f in build(result, RenderOptions(lang=lang)).meta}
        assert labels[label] == title[label]
        assert labels[label].startswith("UVgO")
    # a request that names none has no such line
    result = api.evaluate_file(EXAMPLES / "office-suite.yaml")
    path = tmp_path / "none.xlsx"
    path.write_bytes(api.render(result, "xlsx", "en"))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert "Award procedure" not in {sheet.cell(r, 1).value for r in range(1, 40)}
