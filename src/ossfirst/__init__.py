# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""ossfirst: justify software procurement under an Open Source first rule.

The library behind the ``ossfirst`` command; :mod:`ossfirst.api` is its entry point.
"""

__version__ = "0.1.0"
#: Where ossfirst is developed; its README documents every command, format and rule.
PROJECT_URL = "https://gitlab.opencode.de/ossfirst/ossfirst"
