# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The document behind every report format is plain, consistent data."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ossfirst.api import evaluate_file
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, document, sections
from tests.conftest import CASES, EXAMPLES, example_paths

CASES_AND_EXAMPLES = [
    *example_paths(),
    CASES / "markup" / "injection.yaml",
    CASES / "markup" / "names-in-scripts.yaml",
]
#: A request that records deviations from check rules.
STANDESAMT = EXAMPLES / "repo" / "requests" / "2026" / "2026-34-004-standesamt.yaml"


def build(result: Result, options: RenderOptions) -> dict[str, Any]:
    """The document as plain data, as the PDF's template receives it."""
    data: dict[str, Any] = document.data(sections.build(result, options))
    return data


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    return []


@pytest.mark.parametrize("example", CASES_AND_EXAMPLES, ids=lambda p: p.stem)
def test_plain_consistent_data(example: Path) -> None:
    doc = build(evaluate_file(example), RenderOptions(lang="de", command="ossfirst x"))
    assert json.loads(json.dumps(doc)) == doc
    for text in strings(doc):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066\u2067]", text)
        # the only bidirectional controls are isolate pairs around a name written right to left
        assert not re.search("[\u2068\u2069]", re.sub("\u2068[^\u2068\u2069]*\u2069", "", text))
    blocks = [b for s in doc["sections"] for b in s["blocks"]]
    tables = [b for b in blocks if b["type"] == "table"]
    figures = [b for b in blocks if b["type"] == "figure"]
    assert [t["label"] for t in tables] == [f"Tabelle {n}" for n in range(1, len(tables) + 1)]
    assert [f["label"] for f in figures] == [f"Abbildung {n}" for n in range(1, len(figures) + 1)]
    for table in tables:
        assert table["caption"]
        for row in table["rows"]:
            assert len(row["cells"]) == len(table["columns"]), table["caption"]
    result = evaluate_file(example)
    # the two charts of the dimensions, and the random weightings when there are any
    random = result.sensitivity is not None and result.sensitivity.monte_carlo is not None
    assert len(figures) == 2 + random
    for figure in figures[:2]:
        assert figure["alt"] and len(figure["legend"]) == len(result.alternatives)
    if random:
        # its bars are named on the chart's axis: no legend
        assert figures[2]["alt"] and figures[2]["legend"] == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_number_stays_on_the_line_of_its_unit(lang: str) -> None:
    doc = build(evaluate_file(EXAMPLES / "cloud-platform.yaml"), RenderOptions(lang=lang))
    text = "\n".join(strings(doc))
    assert not re.search(r"\d (%|EUR)", text)
    assert re.search(r"\d\u00a0%", text) and re.search(r"\d\u00a0EUR", text)
    assert document.clean("5,0 % von 2 EUR, 3 EURO") == "5,0\u00a0% von 2\u00a0EUR, 3 EURO"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_number_cell_is_the_cell_of_its_text(lang: str) -> None:
    from ossfirst.texts import money, number, percent

    values = [0.0, -0.0, 1.0, -1234567.891, 0.125, 12.5, 1e9, 3]
    for text in [
        *(number(v, lang) for v in values),
        *(number(v, lang, 4) for v in values),
        *(money(v, lang) for v in values),
        *(percent(v, lang) for v in values),
        "2026",
    ]:
        assert document.number_cell(text) == document.cell(text), text


def test_title_block_dates() -> None:
    import datetime as dt

    result = evaluate_file(example_paths()[0])
    plain = build(result, RenderOptions(lang="de"))
    meta = {m["label"]: m["value"] for m in plain["meta"]}
    assert meta["Berichtsdatum"] == meta["Antragsdatum"]
    issued = dt.datetime(2027, 1, 31, 23, 0, tzinfo=dt.UTC)
    dated = build(result, RenderOptions(lang="de", issued=issued))
    assert {m["label"]: m["value"] for m in dated["meta"]}["Berichtsdatum"] == "31.01.2027"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\ntwo\n\nthree", [["one two"], ["three"]]),
        ("Intro:\n- first\n- second\n  continued", [["Intro:", "- first", "- second continued"]]),
        ("a\x00b\u202ec\r\nd", [["a b c d"]]),
        ("\n\n", []),
    ],
)
def test_paragraphs(text: str, expected: list[list[str]]) -> None:
    assert document.paragraphs(text) == tuple(tuple(lines) for lines in expected)


def test_page_parts() -> None:
    assert document.page_parts("Seite {page} von {pages}") == (
        "Seite ",
        "{page}",
        " von ",
        "{pages}",
    )
    assert document.page_parts("{page}/{pages}") == ("{page}", "/", "{pages}")


#: Every kind of block and part of a document (each made with its own constructor).
KINDS = [
    document.Note,
    document.Cell,
    document.Column,
    document.Row,
    document.Entry,
    document.Field,
    document.Tile,
    document.LegendItem,
    document.Paragraph,
    document.Bullets,
    document.Quote,
    document.Verdict,
    document.Table,
    document.KeyFigures,
    document.Figure,
    document.Subheading,
    document.Section,
    document.Document,
]


#: The kinds made by the hundred per report, with slots and a quicker constructor.
QUICK = [document.Note, document.Cell, document.Row, document.Table]


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_blocks_are_frozen_dataclasses_as_dataclass_makes_them(kind: type) -> None:
    """The quicker constructor of the document's most made dataclasses takes the same
    arguments as the one ``dataclass`` writes, with the same defaults, and sets every
    field (as the others' constructors do, which ``dataclass`` wrote); the fields
    cannot be assigned afterwards, and equality, ``replace`` and pickling work as before."""
    import dataclasses
    import inspect
    import pickle

    found = dataclasses.fields(kind)
    parameters = list(inspect.signature(kind).parameters.values())
    assert [p.name for p in parameters] == [f.name for f in found]
    for parameter, field in zip(parameters, found, strict=True):
        expected = (
            inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        )
        assert parameter.default == expected, (kind.__name__, field.name)
    # a distinct value per field, given by position and by name
    values = [f"{field.name}-value" for field in found]
    made = kind(*values)
    assert made == kind(**{f.name: v for f, v in zip(found, values, strict=True)})
    assert [getattr(made, f.name) for f in found] == values
    if kind in QUICK:  # slots: a field cannot be added either
        assert not hasattr(made, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, found[0].name, "changed")
    changed = dataclasses.replace(made, **{found[-1].name: "changed"})
    assert [getattr(changed, f.name) for f in found] == [*values[:-1], "changed"]
    assert pickle.loads(pickle.dumps(made)) == made
    assert hash(made) == hash(kind(*values))
    # left-out arguments take the defaults
    required = [f for f in found if f.default is dataclasses.MISSING]
    short = kind(*values[: len(required)])
    for field in found[len(required) :]:
        assert getattr(short, field.name) == field.default
