# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Which law an operator is subject to."""

from __future__ import annotations

import pytest

from ossfirst.engine.jurisdiction import category


@pytest.mark.parametrize(
    ("operator", "parent", "expected"),
    [
        ("DE", None, "domestic"),
        ("DE", "DE", "domestic"),
        ("DE", "FR", "eu"),  # a German operator owned in France is EU, not domestic
        ("FR", None, "eu"),
        ("NO", None, "eu"),  # EEA
        ("IE", "US", "eu-foreign-parent"),
        ("DE", "US", "eu-foreign-parent"),
        ("CH", None, "adequacy"),
        ("GB", None, "adequacy"),
        ("US", None, "third-country"),  # the Data Privacy Framework is left out on purpose
        ("CN", None, "third-country"),
    ],
)
def test_categories(operator: str, parent: str | None, expected: str) -> None:
    assert category("DE", operator, parent) == expected
