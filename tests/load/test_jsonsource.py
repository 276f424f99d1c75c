# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""JSON with positions (ossfirst.load.jsonsource)."""

from __future__ import annotations

import json

import pytest

from ossfirst.errors import InputError
from ossfirst.load.jsonsource import parse, source_map

TEXT = """{
  "name": "x",
  "list": [1, {"deep": [true, null]}, "s\\"tr"],
  "empty": {},
  "none": [],
  "n": -1.5e3
}
"""


def test_positions_of_keys_and_values() -> None:
    source = source_map(TEXT, "f.json")
    assert str(source.locate(("name",))) == "f.json:2:11"
    assert str(source.locate(("name",), prefer_key=True)) == "f.json:2:3"
    assert str(source.locate(("list", 1, "deep", 1))) == "f.json:3:31"
    assert str(source.locate(("list", 2))) == "f.json:3:39"
    assert str(source.locate(("empty",))) == "f.json:4:12"
    assert str(source.locate(("n",))) == "f.json:6:8"
    # a key that is not there points at its parent
    assert str(source.locate(("list", 1, "missing"))) == "f.json:3:15"
    assert parse(TEXT, "f.json") == json.loads(TEXT)


def test_a_syntax_error_names_its_line_and_column() -> None:
    with pytest.raises(InputError) as error:
        parse('{\n  "a": 1\n  "b": 2\n}', "f.json")
    [problem] = error.value.problems
    assert str(problem.location) == "f.json:3:3"
    assert problem.text("en") == "JSON syntax error: Expecting ',' delimiter."
    assert problem.text("de") == "JSON-Syntaxfehler: Expecting ',' delimiter."


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(constant: str) -> None:
    with pytest.raises(InputError) as error:
        parse('{"s": "NaN in a string", "x": ' + constant + "}", "f.json")
    assert str(error.value.problems[0].location) == "f.json:1:31"


def test_too_deep_is_an_error_not_a_crash() -> None:
    with pytest.raises(InputError) as error:
        parse("[" * 100_000 + "]" * 100_000, "f.json")
    assert "nested too deeply" in error.value.problems[0].text("en")


def test_a_map_too_deep_to_walk_keeps_what_it_found() -> None:
    source = source_map("[" * 5000 + "]" * 5000, "f.json")  # no RecursionError escapes
    assert str(source.locate((0,) * 6000)).startswith("f.json:1:")
