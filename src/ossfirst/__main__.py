# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``python -m ossfirst``."""

from ossfirst.cli import run

# Guarded: worker processes started with "spawn" import the main module again.
if __name__ == "__main__":
    run()
