# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The shipped open-standards list and its lookup (ossfirst.evidence.standards)."""

from __future__ import annotations

import copy
import datetime as dt
from importlib.resources import files
from typing import Any

import pytest

from ossfirst.evidence.standards import (
    CATEGORIES,
    CRITERIA,
    StandardsDataError,
    lookup,
    normalise,
    parse_standards,
    standards_list,
    suggest,
)

STANDARDS = standards_list().standards


def _by_id(ident: str) -> Any:
    matches = [s for s in STANDARDS if s.id == ident]
    assert len(matches) == 1, ident
    return matches[0]


# --------------------------------------------------------------------------- the data


def test_file_starts_with_the_spdx_header() -> None:
    text = (files("ossfirst") / "data" / "standards.yaml").read_text(encoding="utf-8")
    spdx = "SPDX-"  # split so that REUSE does not read these lines as this file's header
    assert text.splitlines()[:2] == [
        f"# {spdx}FileCopyrightText: 2026 The ossfirst authors",
        f"# {spdx}License-Identifier: EUPL-1.2",
    ]


def test_list_metadata() -> None:
    data = standards_list()
    assert data.version == "2026.12"
    assert data.date == dt.date(2026, 12, 7)
    assert set(data.definition) == {"de", "en"}
    for text in data.definition.values():
        # the definition names its sources and says it is ossfirst's own reading
        assert "EIF 2017" in text
        assert "Forum Standaardisatie" in text
        assert "SAGA" in text
        assert "FRAND" in text
    assert "not an official text" in data.definition["en"]
    assert "kein amtlicher Text" in data.definition["de"]


def test_loaded_once() -> None:
    assert standards_list() is standards_list()


def test_at_least_60_entries() -> None:
    assert len(STANDARDS) >= 60


def test_ids_are_unique_slugs() -> None:
    ids = [s.id for s in STANDARDS]
    assert len(ids) == len(set(ids))
    for ident in ids:
        assert ident == ident.lower()
        assert " " not in ident


@pytest.mark.parametrize("standard", STANDARDS, ids=lambda s: s.id)
def test_open_is_exactly_all_four_criteria(standard: Any) -> None:
    flags = standard.criteria.as_dict()
    assert list(flags) == list(CRITERIA)
    assert standard.open is all(flags.values())


@pytest.mark.parametrize("standard", STANDARDS, ids=lambda s: s.id)
def test_entry_fields(standard: Any) -> None:
    assert standard.category in CATEGORIES
    assert standard.name.strip() and standard.body.strip()
    assert standard.source.startswith("https://")
    assert " " not in standard.source
    if standard.note is not None:
        assert set(standard.note) == {"de", "en"}
        assert all(text.strip() for text in standard.note.values())


def test_every_closed_standard_explains_why() -> None:
    closed = [s for s in STANDARDS if not s.open]
    assert closed, "the list should also name formats that are not open"
    for standard in closed:
        assert standard.note is not None, standard.id
        assert standard.note["de"].strip() and standard.note["en"].strip()


def test_every_category_is_used() -> None:
    assert {s.category for s in STANDARDS} == set(CATEGORIES)


def test_every_id_name_and_alias_finds_its_own_entry() -> None:
    # also proves that no alias shadows another entry
    for standard in STANDARDS:
        for text in (standard.id, standard.name, *standard.aliases):
            found = lookup(text)
            assert found is not None, text
            assert found.id == standard.id, (text, found.id, standard.id)


# --------------------------------------------------------------------------- judgements


def test_exchange_activesync_is_not_open_and_says_why() -> None:
    eas = lookup("Exchange ActiveSync")
    assert eas is not None
    assert eas.id == "exchange-activesync"
    assert eas.open is False
    assert eas.criteria.royalty_free is False
    assert eas.criteria.independent_body is False
    assert eas.note is not None
    assert "Microsoft" in eas.note["en"]


def test_ooxml_is_not_open_and_says_why() -> None:
    ooxml = lookup("OOXML")
    assert ooxml is not None
    assert ooxml.id == "ooxml"
    assert ooxml.open is False
    # the text itself is free and royalty-free; the judgement rests on criterion 4
    assert ooxml.criteria.free_spec is True
    assert ooxml.criteria.royalty_free is True
    assert ooxml.criteria.independent_body is False
    assert ooxml.note is not None
    assert "ISO/IEC 29500" in ooxml.note["en"]
    assert "Transitional" in ooxml.note["en"]


@pytest.mark.parametrize(
    ("ident", "expected"),
    [
        ("odf", True),
        ("pdf", True),
        ("pdf-a", True),  # ISO sells the text at a fee, which criterion 1 allows
        ("xrechnung", True),
        ("matrix", True),
        ("h264", False),  # patent pool royalties
        ("ms-teams", False),
        ("s3", False),
    ],
)
def test_selected_assessments(ident: str, expected: bool) -> None:
    assert _by_id(ident).open is expected


#: The German public-sector interface standards (XÖV family from the XRepository, OParl,
#: FIT-Connect) and the usual Swiss eCH standards, with the host of the source each rests on.
PUBLIC_SECTOR = {
    "OParl": ("oparl", "oparl.org"),
    "XRechnung": ("xrechnung", "xeinkauf.de"),
    "XBau": ("xbau", "xleitstelle.de"),
    "XMeld": ("xmeld", "www1.osci.de"),
    "XPersonenstand": ("xpersonenstand", "www1.osci.de"),
    "XJustiz": ("xjustiz", "xjustiz.justiz.de"),
    "XDomea": ("xdomea", "www.xoev.de"),
    "XTA": ("xta2", "www.xoev.de"),
    "OSCI": ("osci", "www.xoev.de"),
    "FIT-Connect": ("fit-connect", "docs.fitko.de"),
    "eCH": ("ech", "www.ech.ch"),
    "eCH-0007": ("ech-0007", "www.ech.ch"),
    "eCH-0010": ("ech-0010", "www.ech.ch"),
    "eCH-0011": ("ech-0011", "www.ech.ch"),
    "eCH-0020": ("ech-0020", "www.ech.ch"),
    "eCH-0039": ("ech-0039", "www.ech.ch"),
    "eCH-0044": ("ech-0044", "www.ech.ch"),
    "eCH-0058": ("ech-0058", "www.ech.ch"),
    "eCH-0090": ("ech-0090", "www.ech.ch"),
    "eCH-0097": ("ech-0097", "www.ech.ch"),
    "eCH-0160": ("ech-0160", "www.ech.ch"),
}


@pytest.mark.parametrize("name", list(PUBLIC_SECTOR))
def test_public_sector_interface_standards_are_listed_with_their_source(name: str) -> None:
    ident, host = PUBLIC_SECTOR[name]
    found = lookup(name)
    assert found is not None, name
    assert found.id == ident and found.category == "e-government"
    assert found.source.startswith(f"https://{host}/"), found.source
    # maintained by public bodies, an open initiative or an association: open
    assert found.open


def test_oparl_and_fit_connect_say_what_is_assessed() -> None:
    assert "CC BY-SA 4.0" in _by_id("oparl").note["en"]
    assert "not the operation" in _by_id("fit-connect").note["en"]


@pytest.mark.parametrize(
    ("typo", "ident"),
    [("OParel", "oparl"), ("XJustice", "xjustiz"), ("Fit Conect", "fit-connect"), ("XBaU", "xbau")],
)
def test_suggest_public_sector_standards(typo: str, ident: str) -> None:
    assert suggest(typo) == _by_id(ident).name


# --------------------------------------------------------------------------- lookup


@pytest.mark.parametrize(
    ("query", "ident"),
    [
        ("ODT", "odf"),
        ("odt", "odf"),
        ("ISO/IEC 26300", "odf"),
        ("pdf/a", "pdf-a"),
        ("PDF/A", "pdf-a"),
        ("PDF-A", "pdf-a"),
        ("pdfa", "pdf-a"),
        ("PDF / A-3", "pdf-a"),
        ("OpenID Connect", "oidc"),
        ("OpenID-Connect", "oidc"),
        ("openid_connect", "oidc"),
        ("xrechnung", "xrechnung"),
        ("XRechnung", "xrechnung"),
        ("CalDAV", "caldav"),
        ("  caldav \t", "caldav"),
        ("SAML 2.0", "saml2"),
        ("SAML2", "saml2"),
        ("saml-2.0", "saml2"),
        ("HTTP/2", "http2"),
        ("HTTP/1.1", "http11"),
        ("X.509", "x509"),
        ("XÖV", "xoev"),
        ("docx", "ooxml"),
        (".doc", "ms-office-binary"),
        ("Factur-X", "zugferd"),
        ("facturx", "zugferd"),
        ("EN 16931", "en16931"),
    ],
)
def test_lookup(query: str, ident: str) -> None:
    found = lookup(query)
    assert found is not None, query
    assert found.id == ident


@pytest.mark.parametrize("query", ["", "   ", "-/_", "xyzzy", "REST", "eIDAS", "Excel"])
def test_lookup_unknown(query: str) -> None:
    assert lookup(query) is None


def test_normalise() -> None:
    assert normalise("  PDF / A ") == "pdfa"
    assert normalise("SAML-2.0") == normalise("saml 2.0") == "saml2.0"
    assert normalise("Open__ID--Connect") == "openidconnect"


# --------------------------------------------------------------------------- suggest


def test_suggest_a_misspelling() -> None:
    caldav = lookup("CalDAV")
    assert caldav is not None
    assert suggest("CalDAW") == caldav.name


def test_suggest_an_exact_name_returns_its_canonical_name() -> None:
    assert suggest("odt") == _by_id("odf").name


@pytest.mark.parametrize("query", ["xyzzy", "", "  ", "eIDAS"])
def test_suggest_nothing_close(query: str) -> None:
    assert suggest(query) is None


# --------------------------------------------------------------------------- validation


def _minimal() -> dict[str, Any]:
    entry = {
        "id": "foo",
        "name": "Foo Format",
        "aliases": ["FOO", "Foo/1"],
        "category": "documents",
        "body": "Foo Foundation",
        "open": True,
        "criteria": dict.fromkeys(CRITERIA, True),
        "source": "https://example.org/foo",
    }
    other = {**copy.deepcopy(entry), "id": "bar", "name": "Bar Format", "aliases": ["BAR"]}
    return {
        "version": "1",
        "date": dt.date(2026, 1, 1),
        "definition": {"de": "d", "en": "e"},
        "standards": [entry, other],
    }


def test_parse_minimal() -> None:
    parsed = parse_standards(_minimal())
    assert [s.id for s in parsed.standards] == ["foo", "bar"]
    assert parsed.standards[0].aliases == ("FOO", "Foo/1")


def _broken(change: Any) -> dict[str, Any]:
    data = _minimal()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["standards"][1].update(id="foo"), "duplicate id"),
        (lambda d: d["standards"][1]["aliases"].append("foo-1"), "same lookup key"),
        (lambda d: d["standards"][1]["aliases"].append("Foo Format"), "same lookup key"),
        (lambda d: d["standards"][0]["criteria"].update(royalty_free=False), "'open' is true"),
        (
            lambda d: (
                d["standards"][0].update(open=False),
                d["standards"][0]["criteria"].update(royalty_free=False),
            ),
            "needs a 'note'",
        ),
        (lambda d: d["standards"][0].update(source="http://example.org"), "https://"),
        (lambda d: d["standards"][0].update(category="misc"), "unknown category"),
        (lambda d: d["standards"][0].update(colour="red"), "unknown 'colour'"),
        (lambda d: d["standards"][0].pop("body"), "missing 'body'"),
        (lambda d: d["standards"][0].update(id="Foo Bar"), "slug"),
        (lambda d: d["standards"][0]["aliases"].append(1.2), "non-empty string"),
        (lambda d: d["standards"][0]["aliases"].append("-/-"), "no letters or digits"),
        (lambda d: d["standards"][0]["criteria"].update(free_spec="yes"), "true or false"),
        (lambda d: d["standards"][0].update(note={"de": "nur deutsch"}), "missing 'en'"),
        (lambda d: d.update(version=2026.11), "'version'"),
        (lambda d: d.update(date="27.11.2026"), "'date'"),
        (lambda d: d.update(standards=[]), "non-empty list"),
    ],
)
def test_parse_rejects_data_bugs(change: Any, message: str) -> None:
    with pytest.raises(StandardsDataError, match=message):
        parse_standards(_broken(change))


def test_the_compiled_list_reads_as_the_checked_one() -> None:
    """A run builds the list from its compiled form without the checks (``make compiled``
    made it only after they passed): the same entries, and the same look-up keys."""
    from ossfirst import compiled
    from ossfirst.evidence import standards

    data = compiled.load("standards")
    assert data is not None, "data/compiled/standards.json is stale: make compiled"
    fast, checked = (
        standards._from_compiled(data),
        standards._build(standards.shipped_data(), "standards.yaml"),
    )
    assert fast == checked
    assert fast[0].standards == checked[0].standards  # entry by entry, every field
