# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""One registry per extension point, each checked against its type: every entry names a
module that provides what the registry promises, names are unique, and the command line
takes its choices and its help from the registry (nothing lists the entries a second time)."""

from __future__ import annotations

import importlib
import inspect
import io
import re
from pathlib import Path

import pytest

from ossfirst.check import formats as check_formats
from ossfirst.check import registry as check_registry
from ossfirst.render import FORMATS as REPORT_FORMATS
from ossfirst.render import renderer
from tests.conftest import ROOT


@pytest.mark.parametrize("name", list(REPORT_FORMATS))
def test_report_format_renders_result_with_options(name: str) -> None:
    fmt = REPORT_FORMATS[name]
    assert fmt.name == name and fmt.summary
    render = renderer(name)
    assert callable(render)
    assert list(inspect.signature(render).parameters) == ["result", "options"]
    notices = getattr(importlib.import_module(fmt.module), "notices", None)
    assert notices is None or list(inspect.signature(notices).parameters) == [
        "result",
        "options",
    ]


def test_report_formats_write_distinct_files() -> None:
    extensions = [f.extension for f in REPORT_FORMATS.values()]
    assert len(set(extensions)) == len(extensions)


def test_evaluate_takes_its_formats_from_the_registry(cli) -> None:
    run = cli("evaluate", "--help")
    listed = "Report formats, comma-separated or repeated: " + ", ".join(REPORT_FORMATS) + "."
    assert listed in " ".join(run.stdout.split())
    from ossfirst.cli.evaluate import parse_formats

    assert parse_formats([",".join(REPORT_FORMATS)]) == list(REPORT_FORMATS)


@pytest.mark.parametrize("name", list(check_registry.FORMATS))
def test_check_format_writer_is_a_writer(name: str) -> None:
    fmt = check_registry.FORMATS[name]
    assert fmt.name == name and fmt.summary
    factory = importlib.import_module(fmt.module).Writer
    assert list(inspect.signature(factory).parameters) == ["stream", "info"]
    for method in ("begin", "file", "end"):
        assert callable(getattr(factory, method)), f"{name}: Writer has no {method}()"
    writer = check_formats.writer(name, io.BytesIO(), _info())
    assert isinstance(writer, factory)


def _info() -> check_formats.RunInfo:
    import datetime as dt

    return check_formats.RunInfo("en", "0", "error", {}, dt.date(2026, 11, 27))


def test_check_help_names_every_format_once(cli) -> None:
    # the help as one line (click wraps it, also after a hyphen)
    text = re.sub(r"(?<=\w-) ", "", " ".join(cli("check", "--help").stdout.split()))
    listed = check_registry.help_text()
    assert listed in text
    for name in check_registry.FORMATS:
        assert listed.count(f" {name},") + listed.count(f" {name} (") == 1, name
    assert check_registry.DEFAULT in check_registry.FORMATS
    assert f"{check_registry.DEFAULT} (default)" in listed


# Evidence kinds: a protocol, one module each, one registry line.

EVIDENCE_CASES = ROOT / "tests" / "cases" / "evidence"


def test_evidence_kinds_are_one_list() -> None:
    from ossfirst.cli.evidence import Kind as CliKind
    from ossfirst.evidence.kinds import KINDS
    from ossfirst.model.evidence import EVIDENCE_KINDS
    from ossfirst.model.request import EvidenceFiles
    from ossfirst.model.result import EvidenceFacts

    names = list(KINDS)
    assert names == list(EVIDENCE_KINDS)
    assert names == list(EvidenceFiles.model_fields) == list(EvidenceFacts.model_fields)
    assert [choice.value for choice in CliKind] == names


@pytest.mark.parametrize("name", ["publiccode", "scorecard", "sbom"])
def test_evidence_kind_module_is_a_reader(name: str) -> None:
    from ossfirst.evidence.kinds import KINDS, Reader
    from ossfirst.model import limits

    kind = KINDS[name]
    assert kind.name == name and 0 < kind.max_bytes <= limits.SBOM_BYTES
    module = importlib.import_module(kind.module)
    assert name == module.KIND
    for member in ("sniff", "interpret"):
        expected = list(inspect.signature(getattr(Reader, member)).parameters)[1:]  # no self
        assert list(inspect.signature(getattr(module, member)).parameters) == expected, member
    # the criteria a kind's levels feed are criteria of the standard catalogue
    from ossfirst.load.catalogue import load_catalogue

    standard = load_catalogue("standard", ROOT)
    assert module.CRITERIA and all(standard.criterion(c) for c in module.CRITERIA)


def _kind_of_case(path: Path) -> str:
    name = path.name
    if "publiccode" in name:
        return "publiccode"
    return "scorecard" if "scorecard" in name else "sbom"


@pytest.mark.parametrize(
    "path",
    sorted((EVIDENCE_CASES / "real").iterdir()) + sorted((EVIDENCE_CASES / "spec").iterdir()),
    ids=lambda p: p.name,
)
def test_evidence_kind_is_told_from_the_file(path: Path) -> None:
    from ossfirst.evidence.kinds import guess

    assert guess(path, path.read_bytes()) == _kind_of_case(path)


def test_evidence_sniffing_sure_likely_by_name(tmp_path: Path) -> None:
    from ossfirst.evidence.kinds import guess

    yaml_file = tmp_path / "x.yaml"
    assert guess(yaml_file, b"name: x\n") == "publiccode"  # by its name only
    assert guess(yaml_file, b'{"checks": []}') == "scorecard"  # a sign beats a name
    assert guess(tmp_path / "x.json", b'{"checks": [], "bomFormat": "CycloneDX"}') == "sbom"
    assert guess(tmp_path / "x.json", b"{}") is None


# Metrics: every metric a catalogue can name has its function.


def test_every_metric_has_its_function() -> None:
    from typing import get_args

    from ossfirst.engine.metrics import METRICS
    from ossfirst.model.catalogue import CATEGORY_METRICS, FIXED_METRICS, NUMERIC_METRICS, Metric

    named = set(get_args(Metric))
    assert set(METRICS) == named
    # and each is numeric, a category or a fixed mapping, exactly once
    kinds = [*NUMERIC_METRICS, *CATEGORY_METRICS, *FIXED_METRICS]
    assert sorted(kinds) == sorted(named)
    for metric, function in METRICS.items():
        parameters = list(inspect.signature(function).parameters)
        assert parameters == ["ctx", "alternative", "facts", "where"], metric


def test_the_json_format_names_the_versions_of_the_result_schema() -> None:
    # The description follows the schema's own constants, so a new version cannot leave it
    # behind (it once named 1.3 while the Result was at 1.5).
    from typing import get_args

    from ossfirst.model.result import SCHEMA_VERSION, SchemaVersion

    versions = get_args(SchemaVersion)
    assert versions[-1] == SCHEMA_VERSION
    summary = REPORT_FORMATS["json"].summary
    assert f"schema_version {versions[0]} to {versions[-1]}," in summary
