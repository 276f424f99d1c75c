# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The catalogue's digest in the audit: kept per catalogue object, never stale."""

from __future__ import annotations

import hashlib

from ossfirst.engine.info import catalogue_digest
from ossfirst.load.catalogue import load_catalogue


def test_digest_is_that_of_the_catalogues_json_and_follows_a_changed_copy() -> None:
    catalogue = load_catalogue("standard")
    expected = hashlib.sha256(catalogue.model_dump_json().encode("utf-8")).hexdigest()
    assert catalogue_digest(catalogue) == expected
    assert catalogue_digest(catalogue) == expected  # the kept one
    changed = catalogue.model_copy(update={"version": catalogue.version + "-changed"})
    other = hashlib.sha256(changed.model_dump_json().encode("utf-8")).hexdigest()
    assert other != expected
    assert catalogue_digest(changed) == other
    # an equal catalogue loaded apart gets the same digest
    assert catalogue_digest(catalogue.model_copy()) == expected
