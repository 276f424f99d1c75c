# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every text exists in German and English with the same placeholders, and every text a
template or the code asks for exists."""

from __future__ import annotations

import re
import string
from typing import get_args

import pytest

from ossfirst.model.result import KnockOut
from ossfirst.texts import TEXTS
from tests.conftest import ROOT

SRC = ROOT / "src" / "ossfirst"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_with_the_same_placeholders(key: str) -> None:
    de, en = TEXTS[key]
    assert de.strip() and en.strip(), key
    assert placeholders(de) == placeholders(en), key


def used_keys() -> set[str]:
    keys: set[str] = set()
    # w.t("key") in the report; text("area.key", lang) in the check formats and the CLI;
    # both("area.key") in the messages of input errors
    pattern = re.compile(
        r"""\bw?\.?t\(\s*["']([a-z0-9_.-]+)["']"""
        r"""|\b(?:text|_?both)\(\s*["']([a-z0-9_-]+\.[a-z0-9_.-]+)["']"""
    )
    for path in [*SRC.rglob("*.j2"), *SRC.rglob("*.py")]:
        if "compiled" in path.parts or "texts" in path.parts:
            continue
        keys |= {k for pair in pattern.findall(path.read_text("utf-8")) for k in pair if k}
    return keys


def test_every_literal_key_used_exists() -> None:
    # keys ending in "." are prefixes completed in the template ("category." ~ value)
    missing = sorted(
        k for k in used_keys() if not k.endswith(".") and k not in TEXTS and f"{k}.one" not in TEXTS
    )
    assert not missing, missing


def test_every_knock_out_code_has_its_texts() -> None:
    import typing

    from ossfirst.model.result import KnockOut

    codes = typing.get_args(KnockOut.model_fields["code"].annotation)
    assert codes
    for code in codes:
        assert f"ko.{code}" in TEXTS, code
        if code != "must-requirement":  # check names the requirement itself
            assert f"check.knockout.{code}" in TEXTS, code


def test_families_of_keys_are_complete() -> None:
    from ossfirst.model.result import Verdict

    statuses = Verdict.model_fields["status"].annotation.__args__  # type: ignore[union-attr]

    def exists(key: str) -> bool:
        return key in TEXTS or f"{key}.one" in TEXTS

    for status in statuses:
        assert exists(f"status.{status}")
    for prefix, values in {
        "category.": ("reuse", "open-source", "proprietary"),
        "coverage.": ("met", "partial", "unmet"),
        "deployment.": ("on-premises", "private-cloud", "public-cloud", "saas"),
        "jurisdiction.": ("domestic", "eu", "eu-foreign-parent", "adequacy", "third-country"),
        "source.": ("assessed", "computed", "imported", "missing"),
        "gap.": ("unassessed", "stale", "future-date", "undocumented", "no-data", "disagreement"),
        "ko.": (
            "must-requirement",
            "floor",
            "knock-out-criterion",
            "budget",
            "seal-minimum",
            "seal-minimum-unassessed",
            "strict-selection",
            "strict-selection-unassessed",
        ),
        "msg.": (
            "margin-exceeded",
            "margin-not-exceeded",
            "ratio-margin-exceeded",
            "ratio-margin-not-exceeded",
        ),
        "robust.": ("robust", "moderate", "sensitive", "lower", "upper"),
        "award.method.": ("ufab-simple", "ufab-extended", "price-points"),
        "award.name.": ("ufab-simple", "ufab-extended", "price-points"),
        "award.tie.": ("highest-performance", "lowest-price"),
        "award.conversion.": ("ratio", "one-sided"),
        "award.basis.": ("present-value", "nominal"),
        "panel.": ("median", "mean"),
        "mark.": ("critical", "relevant"),
    }.items():
        for value in values:
            assert exists(prefix + value), prefix + value


def test_every_message_code_the_engine_emits_has_a_text() -> None:
    codes: set[str] = set()
    for path in (SRC / "engine").rglob("*.py"):
        codes |= set(re.findall(r'Message\(\s*code="([a-z-]+)"', path.read_text("utf-8")))
    codes |= set(re.findall(r'Message\(\s*code="([a-z-]+)"', (SRC / "enrich.py").read_text()))
    knockouts = set(get_args(KnockOut.model_fields["code"].annotation))
    # a breach of the verdict is named by its check rule, whose message the check shows
    from ossfirst.model.rules import BY_ID

    breaches = {c for c in codes if c in BY_ID and f"check.msg.{c}" in TEXTS}
    assert {"unjustified-departure", "no-oss-considered"} <= breaches
    missing = sorted(
        c
        for c in codes - knockouts - breaches
        if f"msg.{c}" not in TEXTS and f"msg.{c}.one" not in TEXTS
    )
    for rule in ("violation", "warning"):  # the codes built from the catalogue's rule
        assert f"msg.justification-unanswered-{rule}" in TEXTS
    assert not missing, missing


def test_every_evidence_code_has_a_text() -> None:
    """Warnings (``warning("code", ...)``) and reasons (``level(KIND, file, n, "code")``) of
    the evidence readers, and the facts ``ossfirst evidence show`` labels."""
    warnings: set[str] = set()
    reasons: set[str] = set()
    for path in (SRC / "evidence").glob("*.py"):
        text = path.read_text("utf-8")
        warnings |= set(re.findall(r'warning\(\s*"([a-z-]+)"', text))
        reasons |= set(re.findall(r'level\(\s*KIND,\s*\w+,\s*\d,\s*"([a-z-]+)"', text))
    assert len(warnings) >= 8 and len(reasons) >= 15
    missing = sorted(
        [f"msg.{c}" for c in warnings if f"msg.{c}" not in TEXTS]
        + [f"imported.{c}" for c in reasons if f"imported.{c}" not in TEXTS]
    )
    assert not missing, missing


COUNTED = sorted({key.rpartition(".")[0] for key in TEXTS if key.endswith((".one", ".other"))})


def test_counted_texts_have_both_forms_and_differ() -> None:
    assert {"sum.gaps", "cost.nominal_total", "method.tco", "check.count.files"} <= set(COUNTED)
    for stem in COUNTED:
        assert f"{stem}.one" in TEXTS, stem
        assert f"{stem}.other" in TEXTS, stem
        # a form may read the same in one language ("1 Fehler", "2 Fehler"), not in both
        assert TEXTS[f"{stem}.one"] != TEXTS[f"{stem}.other"], stem


@pytest.mark.parametrize(
    ("key", "lang", "count", "params", "expected"),
    [
        ("cost.nominal_total", "de", 1, {"years": 1}, "Summe nominal über 1 Jahr"),
        ("cost.nominal_total", "de", 5, {"years": 5}, "Summe nominal über 5 Jahre"),
        ("cost.nominal_total", "en", 1, {"years": 1}, "Nominal total over 1 year"),
        ("sum.gaps", "de", 1, {}, "1 Lücke, siehe Bericht"),
        ("sum.gaps", "en", 0, {}, "0 gaps, see the report"),
        ("check.count.files", "de", 1, {}, "1 Antrag"),
        ("check.count.warnings", "en", 1, {}, "1 warning"),
        ("check.count.warnings", "en", 2, {}, "2 warnings"),
    ],
)
def test_a_count_picks_its_plural_form(
    key: str, lang: str, count: int, params: dict[str, int], expected: str
) -> None:
    from ossfirst.texts import text

    assert text(key, lang, count=count, **params) == expected


def test_a_counted_text_without_a_count_is_an_error() -> None:
    from ossfirst.texts import text

    with pytest.raises(KeyError):
        text("sum.gaps", "de")


def test_every_input_error_code_has_its_sentence_and_words() -> None:
    """The codes of schema errors (:mod:`ossfirst.load.validate`) and the words their
    sentences are made of are keys of the catalogue; every error type of pydantic the
    table knows has a sentence."""
    from ossfirst.load import validate

    for code, (key, _hint) in validate._MESSAGES.items():
        assert key in TEXTS, code
    assert set(validate._CODES.values()) <= set(validate._MESSAGES)
    assert set(validate._VALUE_ERRORS.values()) <= set(validate._MESSAGES)
    for word in {*validate._EXPECTED.values()}:
        assert f"val.expected.{word}" in TEXTS, word
    for name in validate._PATTERNS.values():
        assert f"val.pattern.{name}" in TEXTS, name
    # no sentence or word of the area is left unused
    used = {key for key, _hint in validate._MESSAGES.values()}
    source = (SRC / "load" / "validate.py").read_text("utf-8")
    for key in TEXTS:
        if key.startswith("val.") and not key.startswith(("val.expected.", "val.pattern.")):
            assert key in used or f'"{key}"' in source or key.startswith("val.entries"), key


@pytest.mark.parametrize(
    ("error", "path", "expected"),
    [
        (
            {"type": "greater_than_equal", "ctx": {"ge": 0}, "input": -3},
            ("cost", "amount"),
            {
                "de": "Der Wert -3 ist zu klein; er muss mindestens 0 sein.",
                "en": "The value -3 is out of range; it must be at least 0.",
            },
        ),
        (
            {"type": "string_too_long", "ctx": {"max_length": 20000}, "input": "x"},
            ("title",),
            {
                "de": "Der Text ist zu lang (höchstens 20.000 Zeichen).",
                "en": "The text is too long (at most 20,000 characters).",
            },
        ),
        (
            {"type": "too_long", "ctx": {"max_length": 50}, "input": []},
            ("alternatives",),
            {
                "de": "Hier sind höchstens 50 Alternativen erlaubt (eine Grenze von ossfirst, "
                "damit jede Prüfung in Sekunden fertig ist).",
                "en": "At most 50 alternatives are allowed here (a limit of ossfirst, so that "
                "every evaluation finishes in seconds).",
            },
        ),
        (
            {"type": "int_type", "input": None},
            ("year",),
            {
                "de": "Hier fehlt ein Wert: erwartet wird eine ganze Zahl.",
                "en": "A value is missing here: a whole number is expected.",
            },
        ),
    ],
)
def test_an_input_error_gets_its_sentence_from_the_catalogue(
    error: dict[str, object], path: tuple[str, ...], expected: dict[str, str]
) -> None:
    from pydantic import BaseModel

    from ossfirst.load.validate import _message

    message, _hint = _message(error, path, BaseModel)
    assert message == expected


def test_every_text_of_the_loaders_is_used() -> None:
    """A message of the loaders (:mod:`ossfirst.texts.load`, :mod:`ossfirst.texts.licence`)
    that no loader asks for any more is removed with the check that raised it; a key
    completed in the code (``f"req.side.{expected}"``) counts by its stem."""
    from ossfirst.texts import licence, load

    source = "".join(
        path.read_text("utf-8") for path in SRC.rglob("*.py") if "texts" not in path.parts
    )
    unused = sorted(
        key
        for key in [*load.TEXTS, *licence.TEXTS]
        if f'"{key}"' not in source and f'"{key.rpartition(".")[0]}.{{' not in source
    )
    assert not unused, unused
