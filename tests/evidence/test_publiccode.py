# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""publiccode.yml: the fields that matter, warnings for unknown and deprecated keys, and the
levels the facts give (ossfirst.evidence.publiccode)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.evidence import publiccode
from ossfirst.model.result import Message
from tests.evidence.helpers import REAL, SPEC, evidence_file

HORIZON_END = dt.date(2031, 11, 20)


def read(path: Path) -> publiccode.Reading:
    return publiccode.read(evidence_file("publiccode", path))


def levels(reading: publiccode.Reading, end: dt.date | None = HORIZON_END) -> dict[str, int]:
    return {k: v.score for k, v in publiccode.derive(reading, end).levels.items()}


def codes(messages: tuple[Message, ...]) -> list[tuple[str, object]]:
    return [(m.code, m.params.get("key")) for m in messages]


# --- the standard, field for field ------------------------------------------------------


def test_every_key_of_0_7_0_is_read_without_a_warning() -> None:
    reading = read(SPEC / "full-0.7.0.publiccode.yml")
    assert reading.warnings == ()
    facts = reading.facts
    assert facts.file == "full-0.7.0.publiccode.yml"
    assert (facts.version, facts.name, facts.software_version) == ("0.7.0", "Medusa", "1.0")
    assert facts.url == "https://example.com/italia/medusa.git"
    assert facts.development_status == "stable"
    assert facts.software_type == "standalone/web"
    assert facts.platforms == ["web", "linux"]
    assert facts.licence == "AGPL-3.0-or-later"
    assert facts.maintenance == "contract"
    assert [(c.name, c.until) for c in facts.contractors] == [
        ("Fornitore Privato SPA", dt.date(2099, 1, 1)),
        ("Second Supplier GmbH", dt.date(2030, 6, 30)),
    ]
    assert facts.used_by == ["Comune di Firenze", "Stadt Musterstadt"]
    assert facts.localisation_ready is True
    assert facts.languages == ["en", "it", "de"]
    assert [(d.name, d.optional, d.version) for d in facts.depends_open or []] == [
        ("MySQL", True, "1.1–1.3"),
        ("PostgreSQL", True, "3.2"),
    ]
    assert [(d.name, d.optional, d.version) for d in facts.depends_proprietary or []] == [
        ("Oracle", False, "≥ 11.4"),
        ("IBM SoftLayer", True, None),
    ]
    assert [d.name for d in facts.depends_hardware or []] == ["NFC Reader"]
    assert facts.supports == ["alias:gdpr", "https://eur-lex.europa.eu/eli/reg/2014/910/oj"]
    assert publiccode.contract_end(facts) == dt.date(2099, 1, 1)


def test_the_full_file_feeds_four_criteria() -> None:
    derived = publiccode.derive(read(SPEC / "full-0.7.0.publiccode.yml"), HORIZON_END)
    assert {k: v.score for k, v in derived.levels.items()} == {
        "practicality.maturity": 3,  # stable, contract beyond the horizon, used by two bodies
        "economics.reuse-potential": 3,
        "lock-in.proprietary-dependencies": 2,  # Oracle mandatory, SoftLayer optional
        "practicality.documentation": 3,  # documentation and API documentation (2.0)
    }
    maturity = derived.levels["practicality.maturity"]
    assert maturity.kind == "publiccode"
    assert maturity.file == "full-0.7.0.publiccode.yml"
    assert maturity.reason.code == "pc-maturity-used"
    assert maturity.reason.params == {"maintenance": "contract", "count": 2}
    assert derived.levels["lock-in.proprietary-dependencies"].reason.params == {"names": "Oracle"}
    assert derived.warnings == ()
    assert derived.date is None  # a publiccode.yml does not date itself


def test_mandatory_keys_only() -> None:
    reading = read(SPEC / "minimal.publiccode.yml")
    assert reading.warnings == ()
    assert reading.facts.platforms == ["web"]  # a single value is allowed
    assert reading.facts.languages == ["en"]
    assert reading.facts.version == "0.7"
    assert reading.facts.depends_proprietary is None  # no dependsOn: not stated
    # beta: level 1; no dependsOn: no level for dependencies; open licence, no usedBy: 2
    assert levels(reading) == {"practicality.maturity": 1, "economics.reuse-potential": 2}


def test_deprecated_and_unknown_keys_warn_and_never_fail() -> None:
    reading = read(SPEC / "deprecated-0.2.publiccode.yml")
    assert reading.facts.version == "0.2"  # written as a YAML number
    assert reading.facts.localisation_ready is True  # YAML 1.1 'yes'
    assert reading.facts.depends_open is not None
    assert reading.facts.depends_open[0].version == "≥ 9"
    assert codes(reading.warnings) == [
        ("pc-unknown-key", "landingUrl"),
        ("pc-deprecated-key", "monochromeLogo"),
        ("pc-deprecated-key", "inputTypes"),
        ("pc-deprecated-key", "outputTypes"),
        ("pc-unknown-key", "x-custom-field"),
        ("pc-deprecated-key", "description/it/genericName"),
        ("pc-deprecated-key", "legal/repoOwner"),
        ("pc-deprecated-key", "legal/authorsFile"),
        ("pc-country-section", "it"),
    ]
    by_key = {m.params["key"]: m for m in reading.warnings}
    assert by_key["landingUrl"].params["suggestion"] == "landingURL"
    assert by_key["landingUrl"].params["line"] == 10
    assert by_key["landingUrl"].params["column"] == 1
    assert by_key["legal/repoOwner"].params["replacement"] == "organisation/name"
    assert by_key["x-custom-field"].params["suggestion"] is None
    assert all(m.params["file"] == "deprecated-0.2.publiccode.yml" for m in reading.warnings)


def test_a_version_the_standard_never_had_warns() -> None:
    reading = read(REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml")
    assert "pc-unknown-version" not in [m.code for m in reading.warnings]  # '0.4.0' exists


def test_unknown_version(tmp_path: Path) -> None:
    text = (SPEC / "minimal.publiccode.yml").read_text("utf-8").replace('"0.7"', '"0.9"')
    path = tmp_path / "publiccode.yml"
    path.write_text(text, "utf-8")
    [warning] = read(path).warnings
    assert (warning.code, warning.params["version"]) == ("pc-unknown-version", "0.9")


# --- real files -------------------------------------------------------------------------


def test_docsuite_pa_as_published() -> None:
    reading = read(REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml")
    facts = reading.facts
    assert facts.version == "0.4.0"
    assert facts.maintenance == "contract"
    assert publiccode.contract_end(facts) == dt.date(2025, 12, 31)
    assert len(facts.used_by) == 16
    assert [d.name for d in facts.depends_proprietary or [] if not d.optional] == [
        "Microsoft SQL Server",
        "LimiLabs Mail.dll (developer)",
        "ITextSharp (developer)",
    ]
    derived = publiccode.derive(reading, HORIZON_END)
    assert {k: v.score for k, v in derived.levels.items()} == {
        "practicality.maturity": 1,  # the contract ends before the horizon
        "economics.reuse-potential": 3,
        "lock-in.proprietary-dependencies": 1,  # three mandatory proprietary dependencies
        "practicality.documentation": 3,  # a wiki with its integrations (API) page (2.0)
    }
    assert codes(derived.warnings) == [
        ("pc-country-section", "it"),
        ("pc-deprecated-key", "legal/repoOwner"),
        ("pc-contract-ends", None),
    ]
    ends = derived.warnings[-1]
    assert ends.params["until"] == "2025-12-31"
    assert ends.params["horizon_end"] == "2031-11-20"


def test_without_a_horizon_the_contract_is_not_judged() -> None:
    reading = read(REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml")
    derived = publiccode.derive(reading, None)
    assert derived.levels["practicality.maturity"].score == 3
    assert "pc-contract-ends" not in [m.code for m in derived.warnings]


def test_a_contract_that_covers_the_horizon_is_no_warning() -> None:
    reading = read(REAL / "AUSL-ReggioEmilia__DocSuitePA.publiccode.yml")
    derived = publiccode.derive(reading, dt.date(2025, 12, 31))  # ends on the last day
    assert "pc-contract-ends" not in [m.code for m in derived.warnings]


def test_open_zaak_contractor_without_until_is_an_error_where_it_is_written() -> None:
    with pytest.raises(InputError) as error:
        read(REAL / "open-zaak__open-zaak.publiccode.yml")
    [problem] = error.value.problems
    assert (problem.location.line, problem.location.column) == (181, 7)
    assert problem.text("en") == "The key 'until' is missing (add 'until: …')"
    assert problem.text("de").startswith("Der Schlüssel 'until' fehlt")


# --- how facts become levels ------------------------------------------------------------

BASE = """publiccodeYmlVersion: "0.7.0"
name: X
platforms: [web]
developmentStatus: {status}
softwareType: standalone/web
legal: {{license: {licence}}}
maintenance: {maintenance}
localisation: {{localisationReady: true, availableLanguages: [de]}}
"""


def write(tmp_path: Path, extra: str = "", **fields: str) -> Path:
    values = {
        "status": "stable",
        "licence": "EUPL-1.2",
        "maintenance": "{type: internal}",
        **fields,
    }
    path = tmp_path / "publiccode.yml"
    path.write_text(BASE.format(**values) + extra, "utf-8")
    return path


@pytest.mark.parametrize(
    ("status", "maintenance", "level", "code"),
    [
        ("concept", "{type: internal}", 0, "pc-maturity-status"),
        ("development", "{type: internal}", 0, "pc-maturity-status"),
        ("obsolete", "{type: community}", 0, "pc-maturity-status"),
        ("beta", "{type: internal}", 1, "pc-maturity-status"),
        ("stable", "{type: none}", 1, "pc-maturity-unmaintained"),
        ("stable", "{type: contract, contractors: [{name: A, until: 2027-01-01}]}", 1,
         "pc-maturity-contract-ends"),
        ("stable", "{type: contract, contractors: [{name: A, until: 2032-01-01}]}", 2,
         "pc-maturity-stable"),
        ("stable", "{type: community}", 2, "pc-maturity-stable"),
    ],
)  # fmt: skip
def test_maturity(tmp_path: Path, status: str, maintenance: str, level: int, code: str) -> None:
    derived = publiccode.derive(
        read(write(tmp_path, status=status, maintenance=maintenance)), HORIZON_END
    )
    found = derived.levels["practicality.maturity"]
    assert (found.score, found.reason.code) == (level, code)


def test_maturity_is_at_most_3(tmp_path: Path) -> None:
    path = write(tmp_path, "usedBy: [A, B, C, D, E, F, G]\n")
    assert levels(read(path))["practicality.maturity"] == 3


@pytest.mark.parametrize(
    ("depends", "level", "code"),
    [
        ("dependsOn: {open: [{name: PostgreSQL}]}\n", 4, "pc-deps-none"),
        ("dependsOn: {proprietary: []}\n", 4, "pc-deps-none"),
        ("dependsOn: {proprietary: [{name: A, optional: true}, {name: B, optional: true}]}\n", 3,
         "pc-deps-optional"),
        ("dependsOn: {proprietary: [{name: A}, {name: B, optional: true}]}\n", 2, "pc-deps-one"),
        ("dependsOn: {proprietary: [{name: A}, {name: B}]}\n", 1, "pc-deps-several"),
    ],
)  # fmt: skip
def test_proprietary_dependencies(tmp_path: Path, depends: str, level: int, code: str) -> None:
    found = publiccode.derive(read(write(tmp_path, depends)), HORIZON_END).levels[
        "lock-in.proprietary-dependencies"
    ]
    assert (found.score, found.reason.code) == (level, code)


def test_no_reuse_level_for_a_licence_that_is_not_open(tmp_path: Path) -> None:
    path = write(tmp_path, licence="LicenseRef-Proprietary")
    assert "economics.reuse-potential" not in levels(read(path))


def test_an_accepted_licence_ref_counts_as_open(tmp_path: Path) -> None:
    path = write(tmp_path, licence="LicenseRef-Musterstadt")
    reading = publiccode.read(evidence_file("publiccode", path), ["LicenseRef-Musterstadt"])
    assert levels(reading)["economics.reuse-potential"] == 2


def test_an_empty_used_by_is_none(tmp_path: Path) -> None:
    assert read(write(tmp_path, "usedBy:\n")).facts.used_by == []


def test_a_file_that_is_not_a_mapping_is_not_a_publiccode(tmp_path: Path) -> None:
    path = tmp_path / "publiccode.yml"
    path.write_text("- a\n- b\n", "utf-8")
    with pytest.raises(InputError) as error:
        read(path)
    assert "not a publiccode.yml" in error.value.problems[0].text("en")


def test_the_key_check_covers_the_whole_standard() -> None:
    # a key tree, not a flat list: dependencies, contractors, descriptions per language
    assert "versionMin" in publiccode.KEYS["dependsOn"]["proprietary"][0]
    assert "until" in publiccode.KEYS["maintenance"]["contractors"][0]
    assert "shortDescription" in publiccode.KEYS["description"]["*"]


def test_a_catalogue_survey_keeps_a_file_that_breaks_the_standard() -> None:
    from ossfirst.errors import InputError
    from ossfirst.evidence import publiccode

    text = (
        "publiccodeYmlVersion: '0.4'\nname: Broken\nmaintenance: {type: contract}\n"
        "legal: {license: EUPL-1.2}\n"
    )
    survey = publiccode.survey(text, "broken.yml")
    assert survey.reading is None and survey.data["name"] == "Broken"
    assert any("platforms" in p.text("en") for p in survey.problems)
    draft = publiccode.survey(
        'publiccode-yaml-version: "http://w3id.org/publiccode/version/0.1"\nname: Draft\n', "d"
    )
    assert draft.version == "0.1"
    for not_one in ("- a list\n", "name: no version\n", "publiccodeYmlVersion: '0.2'\n"):
        with pytest.raises(InputError):
            publiccode.survey(not_one, "x.yml")
