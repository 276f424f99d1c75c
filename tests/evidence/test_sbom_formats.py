# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""SBOMs in every format ossfirst reads give the same facts as CycloneDX JSON: CycloneDX XML
1.2 to 1.7, SPDX 2.2/2.3 as JSON and tag-value, SPDX 3.0 as JSON-LD; the format is told from
the content; hostile XML is refused before anything is expanded or fetched."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.evidence import sbom
from tests.evidence.helpers import INVALID, REAL, SPEC, evidence_file

HORIZON_END = dt.date(2031, 11, 20)


def read(path: Path) -> sbom.Reading:
    return sbom.read(evidence_file("sbom", path))


def components(reading: sbom.Reading) -> dict[str, tuple[str | None, str, bool, bool]]:
    return {c.name: (c.version, c.status, c.optional, c.own) for c in reading.components}


def comparable(reading: sbom.Reading) -> dict[str, object]:
    """The facts without what tells the files apart (their name and encoding)."""
    facts = reading.facts.model_dump()
    for key in ("file", "encoding", "standard", "spec_version", "serial_number"):
        facts.pop(key)
    return facts


def test_cyclonedx_xml_gives_the_facts_of_the_same_sbom_in_json() -> None:
    xml = read(REAL / "CycloneDX__specification__valid-license-licensing-1.6.cdx.xml")
    json = read(REAL / "CycloneDX__specification__valid-license-licensing-1.6.cdx.json")
    assert (xml.facts.standard, xml.facts.encoding, xml.facts.spec_version) == (
        "CycloneDX",
        "XML",
        "1.6",
    )
    assert comparable(xml) == comparable(json)
    assert xml.components == json.components
    [term] = xml.facts.licensing
    assert (term.types, term.expiration, term.licensor) == (
        ["appliance"],
        dt.date(2023, 4, 13),
        "Acme Inc",
    )
    xml_levels = sbom.derive(xml, HORIZON_END)
    json_levels = sbom.derive(json, HORIZON_END)
    assert {k: (v.score, v.reason) for k, v in xml_levels.levels.items()} == {
        k: (v.score, v.reason) for k, v in json_levels.levels.items()
    }
    assert {k: v.score for k, v in xml_levels.levels.items()} == {
        "lock-in.proprietary-dependencies": 2,
        "economics.cost-certainty": 2,
        "sovereignty.control-under-blocking": 1,
    }


def test_cyclonedx_xml_1_5_licensing() -> None:
    reading = read(REAL / "CycloneDX__specification__valid-license-licensing-1.5.cdx.xml")
    assert reading.facts.spec_version == "1.5"
    assert [c.status for c in reading.components] == ["commercial"]


@pytest.mark.parametrize("version", ["1.2", "1.3", "1.4"])
def test_one_real_sbom_in_three_xml_versions(version: str) -> None:
    """Laravel 7.12.0 as published in CycloneDX/bom-examples, once per specification."""
    path = REAL / f"CycloneDX__bom-examples__laravel-7.12.0.bom.{version}.cdx.xml"
    reading = read(path)
    facts = reading.facts
    assert (facts.spec_version, facts.components, facts.open_source) == (version, 62, 62)
    assert facts.subject == "cyclonedx/cyclonedx-php-composer-demo dev-master"
    assert components(reading)["laravel/framework"] == ("v7.30.6", "open", False, False)
    baseline = read(REAL / "CycloneDX__bom-examples__laravel-7.12.0.bom.1.2.cdx.xml")
    assert comparable(reading) == comparable(baseline)


def test_spdx_2_3_json_and_3_0_json_ld_of_one_sbom_agree() -> None:
    """spdx/spdx-examples, example 14: the same Maven project in SPDX 2.3 and 3.0."""
    two = read(REAL / "spdx__spdx-examples__example14.spdx.json")
    three = read(REAL / "spdx__spdx-examples__example14.spdx3.json")
    assert (two.facts.standard, two.facts.encoding, two.facts.spec_version) == (
        "SPDX",
        "JSON",
        "2.3",
    )
    assert (three.facts.encoding, three.facts.spec_version) == ("JSON-LD", "3.0.1")
    for reading in (two, three):
        assert reading.facts.subject == "examplemaven 0.0.1"
        assert reading.facts.date == dt.date(2024, 11, 18)
        # JUnit is a test dependency (TEST_DEPENDENCY_OF; in 3.0 a dependsOn of scope test):
        # no part of the product; the log4j packages state no licence (NOASSERTION)
        assert "JUnit" not in components(reading)
        assert {c.status for c in reading.components} == {"unknown"}
    assert sorted(components(two)) == sorted(components(three))
    assert comparable(two) | {"not_open": None} == comparable(three) | {"not_open": None}


def test_spdx_tag_value_2_3_as_written_after_the_specification() -> None:
    reading = read(SPEC / "example-2.3.spdx")
    facts = reading.facts
    assert (facts.standard, facts.encoding, facts.spec_version) == ("SPDX", "tag-value", "2.3")
    assert facts.subject == "examplemaven 0.0.1"
    assert facts.date == dt.date(2024, 11, 18)
    assert facts.serial_number == "http://spdx.org/documents/examplemaven-0.0.1/enriched"
    assert components(reading) == {
        # JUnit: TEST_DEPENDENCY_OF, left out; the file's licence is not the package's
        "Apache Log4j SLF4J Binding": (None, "unknown", False, False),
        "SLF4J API Module": (None, "unknown", False, False),  # NONE states no licence
        "Apache Log4j API": (None, "unknown", False, False),
        "Apache Log4j Core": (None, "unknown", False, False),
        "acme-report-plugin": ("2.0", "proprietary", True, False),  # optional, LicenseRef
    }
    # the same packages as the JSON file of example 14
    json = read(REAL / "spdx__spdx-examples__example14.spdx.json")
    assert set(components(json)) == set(components(reading)) - {"acme-report-plugin"}


def test_spdx_tag_value_as_published() -> None:
    """FreeRTOS/coreJSON's sbom.spdx (SPDX 2.2): one package under MIT, no DESCRIBES."""
    reading = read(REAL / "FreeRTOS__coreJSON.spdx")
    assert (reading.facts.spec_version, reading.facts.subject) == ("2.2", None)
    assert components(reading) == {"coreJSON": ("v3.3.0", "open", False, False)}
    derived = sbom.derive(reading, HORIZON_END)
    assert derived.levels["lock-in.proprietary-dependencies"].score == 4


def test_spdx_tag_value_2_2_from_the_spdx_examples() -> None:
    reading = read(REAL / "spdx__spdx-examples__example6-lib.spdx")
    assert reading.facts.spec_version == "2.2"
    assert reading.facts.subject == "go-1.15 1.15.4"
    assert set(components(reading)) == {"go", "go.fmt", "go.reflect", "go.strconv"}


def test_the_product_s_own_supplier_is_recognised_in_spdx(tmp_path: Path) -> None:
    text = (SPEC / "example-2.3.spdx").read_text("utf-8")
    text = text.replace(
        "PackageName: acme-report-plugin", "PackageName: acme-report-plugin\nPackageSupplier: SPDX"
    ).replace("PackageSupplier: Organization: Acme Software AG (sales@acme.example)\n", "")
    path = tmp_path / "own.spdx"
    path.write_text(text, "utf-8")
    assert components(read(path))["acme-report-plugin"][3] is True


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (REAL / "spdx__spdx-examples__example14.spdx.json", "sbom.json"),
        (REAL / "spdx__spdx-examples__example14.spdx3.json", "bom.cdx.json"),
        (REAL / "FreeRTOS__coreJSON.spdx", "sbom.txt"),
        (REAL / "CycloneDX__bom-examples__laravel-7.12.0.bom.1.4.cdx.xml", "sbom"),
        (REAL / "erlef__mix_sbom.cdx.json", "sbom.spdx"),
    ],
)
def test_the_format_is_told_by_content_not_by_name(source: Path, name: str, tmp_path: Path) -> None:
    target = tmp_path / name
    shutil.copy(source, target)
    assert comparable(read(target)) == comparable(read(source))


def test_billion_laughs_is_refused_without_expanding(tmp_path: Path) -> None:
    start = time.perf_counter()
    with pytest.raises(InputError) as error:
        read(INVALID / "billion-laughs.cdx.xml")
    assert time.perf_counter() - start < 2
    [problem] = error.value.problems
    assert (problem.location.line, problem.location.column) == (2, 15)
    assert "lol" not in problem.text("en")


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", "utf-8")
    text = (INVALID / "external-entity.cdx.xml").read_text("utf-8")
    path = tmp_path / "bom.xml"
    path.write_text(text.replace("file:///etc/passwd", secret.as_uri()), "utf-8")
    with pytest.raises(InputError) as error:
        read(path)
    assert "TOP-SECRET-VALUE" not in str(error.value.problems[0].text("en"))
    # nor through a parameter entity or an external DTD
    for doctype in (
        f'<!DOCTYPE bom [<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]>',
        f'<!DOCTYPE bom SYSTEM "{secret.as_uri()}">',
    ):
        path.write_text(
            '<?xml version="1.0"?>\n'
            + doctype
            + '\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>\n',
            "utf-8",
        )
        with pytest.raises(InputError) as error:
            read(path)
        assert "TOP-SECRET-VALUE" not in error.value.problems[0].text("en")


def test_the_xml_parser_is_imported_only_when_xml_is_read() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ossfirst.evidence import sbom\n"
        "from tests.evidence.helpers import REAL, evidence_file\n"
        "sbom.read(evidence_file('sbom', REAL / 'erlef__mix_sbom.cdx.json'))\n"
        "assert 'defusedxml' not in sys.modules, 'imported for JSON'\n"
        "sbom.read(evidence_file('sbom', REAL / "
        "'CycloneDX__specification__valid-license-licensing-1.6.cdx.xml'))\n"
        "assert 'defusedxml' in sys.modules\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.returncode == 0, run.stderr


def test_each_reader_is_a_module_with_detect_and_read() -> None:
    import importlib

    heads = {
        "ossfirst.evidence.sbom_cdx_xml": REAL
        / "CycloneDX__bom-examples__laravel-7.12.0.bom.1.2.cdx.xml",
        "ossfirst.evidence.sbom_spdx3": REAL / "spdx__spdx-examples__example14.spdx3.json",
        "ossfirst.evidence.sbom_spdx_json": REAL / "spdx__spdx-examples__example14.spdx.json",
        "ossfirst.evidence.sbom_spdx_tv": REAL / "FreeRTOS__coreJSON.spdx",
    }
    assert set(heads) == set(sbom.READERS)
    for name, path in heads.items():
        module = importlib.import_module(name)
        head = path.read_bytes()[: sbom.HEAD]
        assert module.detect(head)
        assert sbom.detect(path.read_bytes()) == name
        others = [m for m in heads if m != name]
        assert not any(importlib.import_module(m).detect(head) for m in others), name
    assert sbom.detect((REAL / "erlef__mix_sbom.cdx.json").read_bytes()) is None
