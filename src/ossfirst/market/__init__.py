# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Market exploration (Markterkundung): publiccode.yml catalogues -> an SQLite FTS5 index ->
search, and the search recorded in the request.

- :mod:`ossfirst.market.sources` finds publiccode.yml files in directories and catalogue
  exports (JSON, JSON Lines in the shape of the Developers Italia software API);
- :mod:`ossfirst.market.entry` reads one file through the publiccode.yml reader of
  :mod:`ossfirst.evidence.publiccode` into what the index holds;
- :mod:`ossfirst.market.index` builds the index (into a temporary file, then renamed; one
  indexer at a time, :mod:`ossfirst.market.lock`);
- :mod:`ossfirst.market.search` answers queries; :mod:`ossfirst.market.words` turns the user's
  words into an FTS5 query (word forms, compounds, the category and product bridges of
  :mod:`ossfirst.market.vocabulary`);
- :mod:`ossfirst.market.record` writes hits and the exploration into a request, keeping its
  comments and layout (:mod:`ossfirst.market.yamledit`).

Searching imports neither pydantic nor the engine: start-up time is most of a search.
"""
