# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Searching: the user's words are text, filters, what each hit shows and why it matched."""

from __future__ import annotations

import sqlite3

import pytest

from ossfirst.errors import InputError
from ossfirst.market import search
from tests.market.conftest import DAY, keys

GH = "github.com/"


@pytest.mark.parametrize(
    "query",
    [
        '"Terminvergabe',
        "Termin NEAR Vergabe",
        "Termin*",
        "(Terminvergabe",
        "Terminvergabe)",
        "name:Terminvergabe",
        "- Terminvergabe AND OR NOT",
        "{name} : Terminvergabe",
        "^Termin",
        "Termin + Vergabe",
        "''; DROP TABLE entries; --",
    ],
)
def test_query_syntax_in_the_users_words_is_text(market: sqlite3.Connection, query: str) -> None:
    results = search.search(market, query, search.Filters(), day=DAY)
    assert results.hits  # the words still find something, and nothing is an error
    assert results.hits[0].key == GH + "aitema-gmbh/terminvergabe" or "DROP" in query


def test_raw_passes_fts5_syntax_and_reports_its_errors(market: sqlite3.Connection) -> None:
    raw = search.search(market, 'name : "terminvergabe"', search.Filters(), raw=True)
    assert [h.key for h in raw.hits] == [GH + "aitema-gmbh/terminvergabe"]
    with pytest.raises(InputError) as exc:
        search.search(market, '"unbalanced', search.Filters(), raw=True)
    assert "The FTS5 query is not valid" in exc.value.problems[0].text("en")
    with pytest.raises(InputError):
        search.search(market, "nosuchcolumn : x", search.Filters(), raw=True)


@pytest.mark.parametrize("query", ["", "   ", "!!! ???", "-"])
def test_a_query_without_words_is_refused(market: sqlite3.Connection, query: str) -> None:
    with pytest.raises(InputError):
        search.search(market, query, search.Filters())


def test_filters(market: sqlite3.Connection) -> None:
    everything = keys(market, "gestione", limit=1000)
    assert len(everything) > 20
    dutch = keys(market, "open", country="NL", limit=1000)
    assert dutch and all(k.startswith(("github.com/", "gitlab.com/")) for k in dutch)
    german = keys(market, "Terminvergabe", languages=("de",), limit=1000)
    assert german[0] == GH + "aitema-gmbh/terminvergabe"
    assert GH + "regione-piemonte/pslp" not in german
    for statuses in (("stable",), ("development", "beta")):
        found = search.search(
            market, "gestione", search.Filters(statuses=statuses), limit=1000, day=DAY
        ).hits
        assert found and {h.status for h in found} <= set(statuses)
    gis = keys(market, "gestione", categories=("geographic-information-systems",), limit=1000)
    assert gis and set(gis) < set(everything)


def test_maintained_means_a_maintainer_on_the_search_day(market: sqlite3.Connection) -> None:
    every = search.search(market, "gestione", search.Filters(), limit=1000, day=DAY)
    kept = search.search(market, "gestione", search.Filters(maintained=True), limit=1000, day=DAY)
    assert 0 < len(kept.hits) < len(every.hits)
    assert all(h.maintained_on(DAY) for h in kept.hits)
    dropped = [h for h in every.hits if not h.maintained_on(DAY)]
    assert {h.maintenance for h in dropped} >= {"none", "contract"}  # ended contracts too


def test_a_hit_shows_what_a_person_needs_to_judge_it(market: sqlite3.Connection) -> None:
    results = search.search(market, "Firenze", search.Filters(), day=DAY)
    hit = next(h for h in results.hits if h.key == GH + "comunefi/divo")
    assert (hit.name, hit.url) == ("Divo", "https://github.com/ComuneFI/divo")
    assert (hit.licence, hit.osi, hit.fsf) == ("AGPL-3.0-or-later", True, True)
    assert (hit.maintenance, hit.status, hit.released) == ("internal", "stable", "2020-09-22")
    assert hit.used_by == 6 and hit.languages == ("it",)
    assert [r.kind for r in hit.reasons] == ["publisher", "users"]
    assert hit.reasons[0].terms == ("Firenze",)


def test_a_contract_shows_until_when(market: sqlite3.Connection) -> None:
    results = search.search(market, "contratto", search.Filters(), limit=1000, day=DAY)
    contracts = [h for h in results.hits if h.maintenance == "contract" and h.until]
    assert contracts and all(len(h.until or "") == 10 for h in contracts)


def test_an_entry_with_problems_says_what_is_wrong(market: sqlite3.Connection) -> None:
    [hit] = search.search(market, "Open Forms Builder", search.Filters(), limit=1).hits
    assert hit.key == GH + "open-formulieren/open-forms"
    assert hit.problem_count >= 1
    assert "until" in hit.problems[0].text("en")


def test_the_same_repository_in_two_catalogues_is_shown_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from ossfirst.market import index
    from tests.market.conftest import CORPUS

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(CORPUS / "ComuneFI__divo.publiccode.yml", tmp_path / name / "publiccode.yml")
    db = tmp_path / "m.sqlite3"
    index.build(db, [index.SourceSpec(n, tmp_path / n) for n in ("a", "b")])
    connection = index.connect(db)
    results = search.search(connection, "Divo", search.Filters())
    connection.close()
    assert results.found == 1 and len(results.hits) == 1


def test_lookup_by_url_end_or_name(market: sqlite3.Connection) -> None:
    for reference in (
        "https://github.com/ComuneFI/divo.git",
        "github.com/comunefi/divo",
        "ComuneFI/divo",
        "Divo",
    ):
        [hit] = search.lookup(market, reference)
        assert hit.key == GH + "comunefi/divo"
    assert search.lookup(market, "no/such/thing") == []


def test_json_output_is_plain_data(market: sqlite3.Connection) -> None:
    import json

    results = search.search(
        market, "Terminvergabe", search.Filters(maintained=True), limit=3, day=DAY
    )
    data = json.loads(json.dumps(search.as_dict(results)))
    assert data["schema_version"] == search.SCHEMA_VERSION
    assert data["filters"] == {"maintained": True}
    # The keywords the word matches as a word form (its compound's first part included).
    assert data["categories"] == {"appointment-scheduling": ["Terminvergabe", "Termin"]}
    first = data["hits"][0]
    assert first["repository"] == GH + "aitema-gmbh/terminvergabe"
    assert first["why"][0]["kind"] == "name" and "Terminvergabe" in first["why"][0]["terms"]
    assert set(first) >= {
        "licence",
        "osi_approved",
        "fsf_libre",
        "maintenance",
        "maintained_until",
        "development_status",
        "release_date",
        "used_by",
        "languages",
    }
