# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Into the request: hits as alternatives and the exploration as a record, the request
edited in place (comments, order and layout kept), validated before it is written."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from ossfirst import api
from ossfirst.errors import InputError
from ossfirst.load.request import read_request
from ossfirst.market import record, search
from ossfirst.market.yamledit import Document, scalar
from tests.conftest import CASES
from tests.market.conftest import DAY

MINIMAL = CASES / "valid" / "minimal.yaml"
GH = "github.com/"


@pytest.fixture
def request_file(tmp_path: Path) -> Path:
    target = tmp_path / "repo" / "request.yaml"
    target.parent.mkdir()
    (target.parent / ".git").mkdir()
    text = MINIMAL.read_text("utf-8").replace(
        "alternatives:\n", "alternatives:   # what could meet the need\n"
    )
    target.write_text(text + "# closing remark\n", "utf-8")
    return target


def original_lines_kept(before: str, after: str) -> bool:
    """Every line of ``before`` is in ``after``, in the same order."""
    remaining = iter(after.splitlines())
    return all(any(line == other for other in remaining) for line in before.splitlines())


def found(market: sqlite3.Connection, query: str, limit: int = 3) -> search.Results:
    return search.search(market, query, search.Filters(), limit=limit, day=DAY)


def test_record_a_search_then_take_in_and_set_aside_hits(
    market: sqlite3.Connection, request_file: Path
) -> None:
    before = request_file.read_text("utf-8")
    added, listed = record.record_search(request_file, found(market, "Terminvergabe"))
    assert (added, listed) == (3, 0)
    middle = request_file.read_text("utf-8")
    assert original_lines_kept(before, middle)
    exploration = read_request(request_file).request.market_exploration
    assert exploration is not None
    assert [(c.name, c.snapshot, c.entries) for c in exploration.catalogues] == [
        ("corpus", dt.date(2026, 11, 30), 196)
    ]
    [first] = exploration.searches
    assert (first.query, first.date, first.found) == ("Terminvergabe", DAY, first.found)
    assert [h.repository for h in exploration.hits] == [
        GH + "aitema-gmbh/terminvergabe",
        GH + "regione-piemonte/pslp",
        GH + "aziendazero/siavr",
    ]

    # A second search: the catalogue is not repeated, hits already listed are not either.
    added, listed = record.record_search(request_file, found(market, "appointment booking", 4))
    assert listed >= 2 and added >= 1
    exploration = read_request(request_file).request.market_exploration
    assert exploration is not None
    assert len(exploration.catalogues) == 1 and len(exploration.searches) == 2

    [taken] = record.add_alternatives(request_file, market, ["aitema-gmbh/terminvergabe"])
    assert taken.id == "aitema-terminvergabe"
    assert taken.evidence == "evidence/aitema-terminvergabe/publiccode.yml"
    copy = request_file.parent / taken.evidence
    assert b"Terminvergabe" in copy.read_bytes()
    assert record.set_aside(request_file, ["pslp"], "not-relevant", "Arbeitsvermittlung") == [
        GH + "regione-piemonte/pslp"
    ]
    assert record.set_aside(request_file, [GH + "aziendazero/siavr"], "country-specific", None)

    after = request_file.read_text("utf-8")
    assert original_lines_kept(before, after)
    assert after.startswith(before.removesuffix("# closing remark\n").split("proposed:")[0])
    request = read_request(request_file).request
    exploration = request.market_exploration
    assert exploration is not None
    outcome = {h.repository: (h.alternative, h.set_aside, h.note) for h in exploration.hits}
    assert outcome[GH + "aitema-gmbh/terminvergabe"] == ("aitema-terminvergabe", None, None)
    assert outcome[GH + "regione-piemonte/pslp"] == (None, "not-relevant", "Arbeitsvermittlung")
    assert outcome[GH + "aziendazero/siavr"] == (None, "country-specific", None)

    # The alternative is filled in from the publiccode.yml and the request evaluates.
    alternative = request.alternatives[-1]
    assert (alternative.id, alternative.licence, alternative.reuse) == (
        "aitema-terminvergabe",
        "AGPL-3.0-only",
        False,
    )
    assert alternative.evidence is not None
    assert alternative.evidence.publiccode == taken.evidence
    assert alternative.requirements == {"R1": "unmet", "R2": "unmet"}
    result = api.evaluate_file(request_file, draws=0)
    assert any(a.id == "aitema-terminvergabe" for a in result.alternatives)


def test_add_without_a_recorded_exploration(market: sqlite3.Connection, request_file: Path) -> None:
    before = request_file.read_text("utf-8")
    added = record.add_alternatives(request_file, market, ["ComuneFI/divo", "Whistleblowing"])
    assert [a.id for a in added] == ["divo", "whistleblowing"]
    after = request_file.read_text("utf-8")
    assert original_lines_kept(before, after)
    assert "market_exploration" not in after
    request = read_request(request_file).request
    divo = request.alternatives[2]
    assert divo.reuse is True  # usedBy names public bodies
    assert "usedBy names 6 public bodies" in after
    api.prepare(request_file)  # valid, evidence included


def test_add_refuses_what_it_cannot_do_and_writes_nothing(
    market: sqlite3.Connection, request_file: Path
) -> None:
    before = request_file.read_text("utf-8")
    cases = [
        (["no/such/repository"], None, "There is no such hit"),
        (["Divo", "github.com/comunefi/divo"], None, "A hit is named twice"),
        (["Divo"], ["oss"], "There is already an alternative 'oss'"),
        (["Divo", "Whistleblowing"], ["x"], "one id per hit"),
    ]
    for references, ids, message in cases:
        with pytest.raises(InputError) as exc:
            record.add_alternatives(request_file, market, references, ids=ids)
        assert message in exc.value.problems[0].text("en")
    assert request_file.read_text("utf-8") == before
    assert not (request_file.parent / "evidence").exists()


def test_an_existing_different_evidence_file_is_not_overwritten(
    market: sqlite3.Connection, request_file: Path
) -> None:
    target = request_file.parent / "evidence" / "divo" / "publiccode.yml"
    target.parent.mkdir(parents=True)
    target.write_text("mine\n", "utf-8")
    with pytest.raises(InputError) as exc:
        record.add_alternatives(request_file, market, ["Divo"])
    assert "not overwritten" in exc.value.problems[0].text("en")
    assert target.read_text("utf-8") == "mine\n"


def test_an_entry_that_breaks_the_standard_is_added_without_citing_it(
    market: sqlite3.Connection, request_file: Path
) -> None:
    [item] = record.add_alternatives(request_file, market, ["open-formulieren/open-forms"])
    assert item.evidence is None and item.not_cited
    text = request_file.read_text("utf-8")
    assert "publiccode.yml not cited as evidence, it breaks the standard" in text
    api.prepare(request_file)


def test_an_invalid_request_is_not_edited(market: sqlite3.Connection, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINIMAL.read_text("utf-8").replace("proposed: oss", "proposed: nix"))
    with pytest.raises(InputError) as exc:
        record.record_search(broken, found(market, "Divo"))
    assert "proposed alternative 'nix' does not exist" in exc.value.problems[0].text("en")


def test_set_aside_checks_its_reason(market: sqlite3.Connection, request_file: Path) -> None:
    record.record_search(request_file, found(market, "Divo", 1))
    with pytest.raises(InputError) as exc:
        record.set_aside(request_file, ["divo"], "not-relevent", None)
    assert "not-relevant" in exc.value.problems[0].text("en")
    with pytest.raises(InputError) as exc:
        record.set_aside(request_file, ["divo"], "other", None)
    assert "needs a note" in exc.value.problems[0].text("en")
    record.add_alternatives(request_file, market, ["divo"])
    with pytest.raises(InputError) as exc:
        record.set_aside(request_file, ["divo"], "duplicate", None)
    assert "taken in as the alternative 'divo'" in exc.value.problems[0].text("en")


def test_the_block_is_checked_when_the_request_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(
        MINIMAL.read_text("utf-8")
        + """market_exploration:
  catalogues: [{name: c, snapshot: 2026-11-01, entries: 10}]
  searches: [{query: Termin, date: 2026-11-02, found: 2}]
  hits:
    - {repository: a, name: A, alternative: nope}
    - {repository: b, name: B, alternative: oss, set_aside: duplicate}
    - {repository: c, name: C, set_aside: other}
    - {repository: a, name: A again, set_aside: not-relevant}
""",
        "utf-8",
    )
    with pytest.raises(InputError) as exc:
        api.prepare(path)
    texts = [f"{p.location.line}: {p.text('en')}" for p in exc.value.problems]
    assert any("There is no alternative 'nope'" in t for t in texts)
    assert any("either taken in as an alternative or set aside" in t for t in texts)
    assert any("the reason is missing" in t for t in texts)
    assert any("listed twice" in t for t in texts)
    assert all(not t.startswith("0:") for t in texts)


def test_a_request_without_the_block_is_as_before() -> None:
    assert read_request(MINIMAL).request.market_exploration is None


# --- editing YAML in place ---------------------------------------------------------------


def test_crlf_and_block_scalars_survive(tmp_path: Path) -> None:
    text = "a: 1\r\nitems:   # list\r\n  - x: |\r\n      text\r\n\r\n  - y: 2\r\nz: 3 # end\r\n"
    document = Document(text, "t.yaml")
    document.append_items(["items"], [["n: new", "m: more"]])
    document.set_key(["items", 0], "w", ["w: 4"])
    document.set_key([], "z", ["z: 5"])
    assert document.text == (
        "a: 1\r\nitems:   # list\r\n  - x: |\r\n      text\r\n    w: 4\r\n\r\n  - y: 2\r\n"
        "  - n: new\r\n    m: more\r\nz: 5 # end\r\n"
    )


def test_flow_collections_are_not_edited(tmp_path: Path) -> None:
    document = Document("items: [1, 2]\nmap: {a: 1}\n", "t.yaml")
    with pytest.raises(InputError) as exc:
        document.append_items(["items"], [["n: 1"]])
    assert "block style" in exc.value.problems[0].text("en")
    with pytest.raises(InputError):
        document.set_key(["map"], "b", ["b: 2"])


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "Comune di Firenze",
        "true",
        "no",
        "1.0",
        "2026-01-01",
        "a: b",
        "x #y",
        "-a",
        "'quoted'",
        '"dq"',
        "line\nbreak",
        "tab\there",
        "\u2028",
        "",
        " padded ",
        "ü ß é",
        "*alias",
        "&anchor",
        "!tag",
        "%x",
        "@x",
        "`x",
        "[x]",
        "{x}",
        "|",
        ">",
        "~",
        "null",
        "NO",
        "0x1F",
    ],
)
def test_scalars_read_back_as_written(value: str) -> None:
    import yaml

    assert yaml.safe_load(f"k: {scalar(value)}\n") == {"k": value}


def test_the_evidence_folder_must_stay_in_the_repository(
    market: sqlite3.Connection, request_file: Path
) -> None:
    with pytest.raises(InputError) as exc:
        record.add_alternatives(request_file, market, ["Divo"], evidence_dir="../outside")
    assert "outside the request's repository" in exc.value.problems[0].text("en")


def test_hostile_catalogue_text_cannot_add_keys_or_reach_the_terminal(
    tmp_path: Path, request_file: Path
) -> None:
    from ossfirst.cli.market_search import _table
    from ossfirst.market import index

    source = tmp_path / "hostile"
    source.mkdir()
    (source / "publiccode.yml").write_text(
        """publiccodeYmlVersion: "0.4"
name: "Evil\\e[31m red\\nassessments: {}"
url: "https://example.org/evil\\n    reuse: true"
platforms: [web]
developmentStatus: stable
softwareType: standalone/web
description:
  en:
    shortDescription: "Beep\\a and \\e]0;title\\a"
legal: {license: MIT}
maintenance:
  type: contract
  contractors:
    - {name: "Firm\\n    assessments: {security.patching: {score: 4}}", until: "2030-01-01"}
localisation: {localisationReady: true, availableLanguages: [en]}
""",
        "utf-8",
    )
    db = tmp_path / "evil.sqlite3"
    index.build(db, [index.SourceSpec("hostile", source)])
    connection = index.connect(db)
    try:
        results = search.search(connection, "Evil", search.Filters())
        shown = _table(results)
        assert "\x1b" not in shown and "\x07" not in shown
        [item] = record.add_alternatives(request_file, connection, [results.hits[0].key])
    finally:
        connection.close()
    request = read_request(request_file).request
    added = next(a for a in request.alternatives if a.id == item.id)
    assert added.assessments == {}  # nothing came in through a comment
    assert added.providers == 1 and added.reuse is False
