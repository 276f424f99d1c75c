# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the report fonts: a machine without Noto Sans CJK, and one with it.

Noto Sans CJK is found on the system (``apt-get install fonts-noto-cjk``); the tests that
need it are skipped with one line when it is missing, unless OSSFIRST_REQUIRE_CJK_FONT is
set (``make test`` and ``.ci/run`` set it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ossfirst.render import fonts


@pytest.fixture
def no_cjk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without Noto Sans CJK."""
    monkeypatch.delenv(fonts.ENVIRONMENT, raising=False)
    monkeypatch.setattr(fonts, "system_folders", lambda: [])


@pytest.fixture
def with_cjk() -> Path:
    """The Regular face of Noto Sans CJK on this machine."""
    found = fonts.cjk_fonts().get("regular")
    if found is None:
        if os.environ.get("OSSFIRST_REQUIRE_CJK_FONT"):
            pytest.fail("Noto Sans CJK is not installed (apt-get install fonts-noto-cjk)")
        pytest.skip("Noto Sans CJK is not installed; set OSSFIRST_REQUIRE_CJK_FONT to require it")
    return found
