# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""CycloneDX SBOMs: the licence of every component, commercial licensing terms, and the
levels they give (ossfirst.evidence.sbom)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ossfirst.errors import InputError
from ossfirst.evidence import sbom
from tests.evidence.helpers import REAL, SPEC, evidence_file

HORIZON_END = dt.date(2031, 11, 20)


def read(path: Path, accepted: tuple[str, ...] = ()) -> sbom.Reading:
    return sbom.read(evidence_file("sbom", path), accepted)


def statuses(reading: sbom.Reading) -> dict[str, str]:
    return {c.name: c.status for c in reading.components}


def test_licence_forms_of_1_4() -> None:
    reading = read(SPEC / "bom-1.4.cdx.json")
    assert statuses(reading) == {
        "requests": "open",  # license.id
        "certifi": "open",  # license.name, the full SPDX name of MPL-2.0
        "chardet": "open",  # expression
        "typing-extensions": "unidentified",  # a PyPI classifier is no SPDX licence
        "org.example/assembly": "open",  # group/name
        "bundled-tool": "unknown",  # nested in the assembly, no licence
    }  # pytest (scope: excluded) is not counted
    facts = reading.facts
    assert (facts.spec_version, facts.components, facts.open_source) == ("1.4", 6, 4)
    assert facts.subject == "medusa 1.0"
    assert facts.date == dt.date(2026, 6, 1)
    assert [(c.name, c.status, c.licence) for c in facts.not_open] == [
        (
            "typing-extensions",
            "unidentified",
            "License :: OSI Approved :: Python Software Foundation License",
        ),
        ("bundled-tool", "unknown", None),
    ]
    assert facts.licensing == []


def test_unknown_licences_give_no_level_and_say_so() -> None:
    derived = sbom.derive(read(SPEC / "bom-1.4.cdx.json"), HORIZON_END)
    assert derived.levels == {}
    [warning] = derived.warnings
    assert (warning.code, warning.params["count"]) == ("sbom-licences-unknown", 2)


def test_commercial_terms_and_the_products_own_components() -> None:
    reading = read(SPEC / "bom-1.6-licensing.cdx.json")
    by_name = {c.name: c for c in reading.components}
    assert by_name["acme-core"].own  # the product's own supplier
    assert by_name["acme-core"].status == "unidentified"
    assert by_name["report-engine"].status == "commercial"
    assert not by_name["report-engine"].own
    assert by_name["ocr-module"].status == "proprietary"
    assert by_name["ocr-module"].optional
    assert by_name["com.fasterxml.jackson.core/jackson-databind"].status == "open"
    terms = reading.facts.licensing
    assert [(t.component, t.types, t.expiration, t.licensor) for t in terms] == [
        ("Acme Records", ["subscription", "named-user"], dt.date(2028, 12, 31), "Acme Software AG"),
        ("report-engine", ["perpetual", "core-points"], None, "Jane Doe"),
    ]
    derived = sbom.derive(reading, HORIZON_END)
    levels = {k: (v.score, v.reason.code) for k, v in derived.levels.items()}
    assert levels == {
        # report-engine (commercial, required) and ocr-module (optional); acme-core is own
        "lock-in.proprietary-dependencies": (2, "sbom-deps-one"),
        "economics.cost-certainty": (2, "sbom-licence-term"),
        # standard catalogue 2.0: the use ends with the licence
        "sovereignty.control-under-blocking": (1, "sbom-licence-blocking"),
    }
    term = derived.levels["economics.cost-certainty"].reason.params
    assert term == {
        "component": "Acme Records",
        "types": "subscription, named-user",
        "expiration": "2028-12-31",
    }
    [expires] = derived.warnings
    assert expires.code == "sbom-licence-expires"
    assert expires.params["expiration"] == "2028-12-31"
    assert expires.params["horizon_end"] == "2031-11-20"


def test_a_licence_term_that_covers_the_horizon_warns_not() -> None:
    derived = sbom.derive(read(SPEC / "bom-1.6-licensing.cdx.json"), dt.date(2028, 12, 31))
    assert [w.code for w in derived.warnings] == []
    # a subscription binds prices for its term only, whatever the horizon
    assert derived.levels["economics.cost-certainty"].score == 2


def test_without_a_horizon_licence_ends_are_not_judged() -> None:
    derived = sbom.derive(read(SPEC / "bom-1.6-licensing.cdx.json"), None)
    assert derived.warnings == ()


def test_1_7_and_a_licence_that_is_free_but_not_osi() -> None:
    reading = read(SPEC / "bom-1.7.cdx.json")
    assert statuses(reading) == {"left-pad": "proprietary"}  # WTFPL is not OSI-approved
    derived = sbom.derive(reading, HORIZON_END)
    assert derived.levels["lock-in.proprietary-dependencies"].score == 2


def test_erlef_mix_sbom_as_published() -> None:
    reading = read(REAL / "erlef__mix_sbom.cdx.json")
    facts = reading.facts
    assert (facts.spec_version, facts.components, facts.open_source) == ("1.6", 45, 25)
    assert len(facts.not_open) == 20
    assert {c.status for c in facts.not_open} == {"unknown"}
    derived = sbom.derive(reading, HORIZON_END)
    assert derived.levels == {}
    assert derived.warnings[0].params["count"] == 20


def bom(*components: dict[str, Any], **metadata: Any) -> dict[str, Any]:
    return {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "metadata": metadata,
        "components": list(components),
    }


def component(name: str, licence: str | None = None, **extra: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"type": "library", "name": name, **extra}
    if licence:
        found["licenses"] = [{"expression": licence}]
    return found


def level(tmp_path: Path, document: dict[str, Any], accepted: tuple[str, ...] = ()) -> Any:
    path = tmp_path / "bom.cdx.json"
    path.write_text(json.dumps(document), "utf-8")
    derived = sbom.derive(read(path, accepted), HORIZON_END)
    found = derived.levels.get("lock-in.proprietary-dependencies")
    return None if found is None else (found.score, found.reason.code)


def test_dependency_levels(tmp_path: Path) -> None:
    open_ = component("a", "MIT")
    closed = component("b", "LicenseRef-X")
    other = component("c", "LicenseRef-Y")
    optional = component("d", "LicenseRef-Z", scope="optional")
    unknown = component("e")
    assert level(tmp_path, bom(open_)) == (4, "sbom-deps-none")
    assert level(tmp_path, bom(open_, optional)) == (3, "sbom-deps-optional")
    assert level(tmp_path, bom(open_, closed, optional)) == (2, "sbom-deps-one")
    assert level(tmp_path, bom(closed, other)) == (1, "sbom-deps-several")
    assert level(tmp_path, bom(closed, other, unknown)) == (1, "sbom-deps-several")
    assert level(tmp_path, bom(closed, unknown)) is None
    assert level(tmp_path, bom()) is None  # no components: nothing to say
    assert level(tmp_path, bom(closed), ("LicenseRef-X",)) == (4, "sbom-deps-none")


def test_an_expression_inside_license_is_read(tmp_path: Path) -> None:
    # as FNNDSC/pl-dicom_anonymize writes it: {"license": {"expression": "MPL-2.0 AND MIT"}}
    licence = {"license": {"acknowledgement": "declared", "expression": "MPL-2.0 AND MIT"}}
    document = bom({"type": "library", "name": "tqdm", "licenses": [licence]})
    assert level(tmp_path, document) == (4, "sbom-deps-none")


def test_several_licence_entries_must_all_be_open(tmp_path: Path) -> None:
    licences = [{"license": {"id": "MIT"}}, {"license": {"id": "LicenseRef-Closed"}}]
    both = {"type": "library", "name": "x", "licenses": licences}
    assert level(tmp_path, bom(both)) == (2, "sbom-deps-one")


def test_an_invalid_expression_is_listed_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bom.cdx.json"
    path.write_text(json.dumps(bom(component("x", "MIT OR OR"))), "utf-8")
    assert statuses(read(path)) == {"x": "unidentified"}


def test_placeholders_of_a_template_are_read_as_text() -> None:
    # DMTF/libspdm publishes a template with @VCS_TAG@ placeholders and no timestamp
    document = bom(component("libspdm", "BSD-3-Clause", version="@VCS_VERSION@"))
    assert sbom.Bom.model_validate(document).components[0].version == "@VCS_VERSION@"


@pytest.mark.parametrize("version", ["1.4", "1.5", "1.6", "1.7"])
def test_supported_versions(tmp_path: Path, version: str) -> None:
    document = bom(component("a", "MIT"))
    document["specVersion"] = version
    assert level(tmp_path, document) == (4, "sbom-deps-none")


def test_a_wrong_spec_version_type_is_an_error(tmp_path: Path) -> None:
    document = bom()
    document["specVersion"] = 1.6  # a number, as some tools write it
    path = tmp_path / "bom.cdx.json"
    path.write_text(json.dumps(document), "utf-8")
    assert read(path).facts.spec_version == "1.6"
    document["specVersion"] = "2.0"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(InputError) as error:
        read(path)
    assert "version 2.0 is not supported" in error.value.problems[0].text("en")
