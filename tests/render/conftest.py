# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the report fonts: a machine without Noto Sans CJK, and one with it.

Noto Sans CJK is found on the system (``apt-get install fonts-noto-cjk``); the tests that
need it are skipped when it is missing and named in the one line that lists what a test run
skipped for want of a system program, unless OSSFIRST_REQUIRE_TOOLS is set (``.ci/run`` sets
it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ossfirst.render import fonts
from tests.conftest import missing_system_tool


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
        missing_system_tool("Noto Sans CJK")
    return found
