# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The market index of the test corpus, built once per session."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ossfirst.market import index, search
from tests.conftest import CASES

CORPUS = CASES / "market" / "corpus"
SNAPSHOT = dt.date(2026, 11, 30)
#: The day searches are made on (decides what counts as maintained).
DAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the 200 files of the test corpus, catalogue name ``corpus``."""
    path = tmp_path_factory.mktemp("market") / "market.sqlite3"
    index.build(path, [index.SourceSpec("corpus", CORPUS, SNAPSHOT)])
    return path


@pytest.fixture
def market(corpus_index: Path) -> Iterator[sqlite3.Connection]:
    connection = index.connect(corpus_index)
    yield connection
    connection.close()


def keys(connection: sqlite3.Connection, query: str, **filters: object) -> list[str]:
    """The repositories of the first page of hits for ``query``."""
    limit = int(filters.pop("limit", 10))
    results = search.search(connection, query, search.Filters(**filters), limit=limit, day=DAY)
    return [hit.key for hit in results.hits]
