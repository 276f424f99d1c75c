# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The Result as JSON, for machines. Byte-identical for the same inputs."""

from __future__ import annotations

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions


def render(result: Result, options: RenderOptions) -> bytes:
    """Indented JSON in field order, UTF-8, ending with a newline."""
    del options  # the JSON form is the same in every language
    return result.model_dump_json(indent=2).encode("utf-8") + b"\n"
