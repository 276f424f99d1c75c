# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What a report reuses from one text or report to the next (looked-up texts, formatted
numbers and dates, cells, escaped strings) is what it would have made anew: the same
strings, in any order of use, and the same report bytes whatever was written before."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

import pytest

from ossfirst import prose
from ossfirst.api import evaluate_file
from ossfirst.render import RenderOptions, document, html
from ossfirst.texts import LANGS, TEXTS, date, number, text
from ossfirst.words import Phrases
from tests.conftest import CASES, EXAMPLES, fresh_python

ISSUED = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
#: Requests whose texts are hostile markup and names in scripts written right to left.
MARKUP = ("injection", "names-in-scripts")
#: Texts that take every path of cleaning and escaping: controls, tabs and line breaks, a
#: no-break space, bidirectional overrides and isolates, markup, units, scripts.
TRICKY = [
    "",
    " ",
    "plain",
    "Straße Ä ö ü ß",
    "a\tb\nc\r\nd",
    "x\x00y\x1fz\x7f\x85w",
    "5 % und 7 EUR, 5 EURO, 5\u00a0%",
    "1 2 % 3 EUR",
    "\u202eevil\u202c \u2066a\u2069",
    "before \u2068שלום\u2069 after",
    "\u2068unpaired",
    "<b>&amp; \"quoted\" 'single'</b>",
    "مرحبا",
    "Name (עברית) GmbH",
    "  many   spaces  ",
]


def test_a_number_is_the_same_text_whatever_was_formatted_before() -> None:
    # 0.0 and -0.0 are one key of a cache, but not one text
    for first, second in ((0.0, -0.0), (-0.0, 0.0)):
        assert number(first, "de") == ("-0,00" if str(first)[0] == "-" else "0,00")
        assert number(second, "de") == ("-0,00" if str(second)[0] == "-" else "0,00")
    assert number(-0.001, "en", 2) == "-0.00"
    assert number(1, "de", 2) == number(1.0, "de", 2) == number(True, "de", 2) == "1,00"
    assert number(1234567.891, "de", 1) == "1.234.567,9"
    assert number(1234567.891, "en", 1) == "1,234,567.9"
    assert number(0.5, "de", 0) == "0" and number(1.5, "de", 0) == "2"
    assert number(float("nan"), "en") == "nan"


def test_a_date_is_the_same_text_as_a_date_or_as_iso_text() -> None:
    day = dt.date(2026, 11, 27)
    for _ in range(2):
        assert date(day, "de") == date("2026-11-27", "de") == "27.11.2026"
        assert date(day, "en") == date("2026-11-27", "en") == "2026-11-27"


@pytest.mark.parametrize("lang", LANGS)
def test_words_give_the_catalogue_s_texts(lang: str) -> None:
    words = Phrases(lang, {}, {})
    for key, pair in TEXTS.items():
        if "{" not in pair[0]:
            assert words.t(key) == text(key, lang) == pair[LANGS.index(lang)], key
    # a counted text takes the form its count asks for
    assert words.t("check.count.files", count=1) == text("check.count.files.one", lang, count=1)
    assert words.t("check.count.files", count=2) == text("check.count.files.other", lang, count=2)
    with pytest.raises(KeyError):
        words.t("no.such.key")


def test_right_to_left_is_found_in_every_character_the_same_way() -> None:
    for code in range(0x110000):
        c = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        expected = unicodedata.bidirectional(c) in ("R", "AL")
        assert prose.right_to_left(f"abc {c} ä") is expected, hex(code)


def test_a_text_without_controls_is_left_as_it_is_and_one_with_them_is_cleaned() -> None:
    for code in range(0x110000):
        c = chr(code)
        if prose.CONTROL.match(c):
            assert prose.strip_controls(f"a{c}b", "_") == "a_b", hex(code)
    for value in TRICKY:
        if "\u2068" not in value:
            assert prose.strip_controls(value, " ") == prose.CONTROL.sub(" ", value)
    assert prose.strip_controls("a \u2068\u202eb\u2069 \u202ec", "") == "a \u2068b\u2069 c"


@pytest.mark.parametrize("value", [*TRICKY, 5, 2.5, -0.0, None])
def test_reused_parts_are_the_parts_made_anew(value: object) -> None:
    for _ in range(2):  # the second time from the caches
        cleaned = document.clean(value)
        assert cleaned == document.keep_units(
            " ".join(prose.strip_controls(str(value), " ").split())
        )
        assert document.cell(value) == document.Cell(cleaned)
        assert document.cell(value, strong=True) == document.Cell(cleaned, strong=True)
        assert document.note(value) == document.Note(cleaned)
        assert document.note(value, mono=True) == document.Note(cleaned, mono=True)
        assert document.column(str(value), "right", 2) == document.Column(cleaned, "right", 2)
        assert document.paragraphs(value) == tuple(
            tuple(document.keep_units(line) for line in lines)
            for lines in prose.paragraphs(value, " ")
        )
        escaped = str(value)
        for char, reference in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
            escaped = escaped.replace(char, reference)
        escaped = escaped.replace('"', "&#34;").replace("'", "&#39;")
        assert html.escape(value) == escaped
        assert html._isolated(cleaned) == prose.ISOLATED.sub(r"<bdi>\1</bdi>", html.escape(cleaned))
    # an integer and a float of the same value are different data for the PDF's template
    assert type(document.column("w", "left", 1).width) is int
    assert type(document.column("w", "left", 1.0).width) is float


def test_a_note_left_empty_is_left_out_of_its_cell() -> None:
    made = document.cell("text", notes=[document.note(" \t"), document.note("seen")])
    assert made == document.Cell("text", (document.Note("seen"),))
    assert document.cell("text", notes=[document.note("")]) == document.Cell("text")


def test_a_report_is_the_same_bytes_alone_and_after_others() -> None:
    """The caches a process keeps between reports change nothing: a report written after
    others (with their names, in other scripts) is the report a fresh process writes."""
    demo = EXAMPLES / "videoconferencing.yaml"
    alone = fresh_python(
        "import datetime as dt, hashlib\n"
        "from ossfirst.api import evaluate_file\n"
        "from ossfirst.render import RenderOptions, html\n"
        f"result = evaluate_file({str(demo)!r})\n"
        "for lang in ('de', 'en'):\n"
        "    for short in (False, True):\n"
        "        options = RenderOptions(lang, issued=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),"
        " short=short)\n"
        "        print(hashlib.sha256(html.render(result, options)).hexdigest())\n"
    )
    assert alone.returncode == 0, alone.stderr
    others = [evaluate_file(CASES / "markup" / f"{name}.yaml") for name in MARKUP]
    result = evaluate_file(demo)
    after = []
    for lang in LANGS:
        for short in (False, True):
            options = RenderOptions(lang, issued=ISSUED, short=short)
            for other in others:
                html.render(other, options)
            after.append(hashlib.sha256(html.render(result, options)).hexdigest())
    assert alone.stdout.split() == after
