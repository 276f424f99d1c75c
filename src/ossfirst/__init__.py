# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""ossfirst: justify software procurement under an Open Source first rule.

The library behind the ``ossfirst`` command; :mod:`ossfirst.api` is its entry point.
"""

__version__ = "0.1.0"
#: Where ossfirst is developed; its README documents every command, format and rule.
PROJECT_URL = "https://gitlab.opencode.de/ossfirst/ossfirst"

#: Container objects made (less those freed) between two runs of the cycle collector.
GC_THRESHOLD = 50_000


def collect_rarely() -> None:
    """Run Python's cycle collector every :data:`GC_THRESHOLD` objects instead of every 700.

    A run makes a hundred thousand objects that live as long as the process (modules,
    classes, the catalogue), and a request's own objects nearly all die young, freed as soon
    as they are done with, without the collector. At the default threshold the collector
    would pass over them some 150 times per ``evaluate``, a tenth of its time, and twice per
    request in a worker; the garbage it leaves between its runs stays bounded."""
    import gc

    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
