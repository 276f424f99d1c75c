# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The versions of the JSON Result's schema, in a module of their own, so that the format
registry names them without loading the models (their history is told at
:data:`ossfirst.model.result.SCHEMA_VERSION`)."""

from __future__ import annotations

#: The newest version: a Result that uses what it added is written as it.
RESULT_SCHEMA = "1.5"
#: The oldest version a Result is still written as: one that uses nothing a later version
#: added, byte for byte as before.
RESULT_SCHEMA_OLDEST = "1.2"
