# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Is the open-standards screening (``src/ossfirst/data/standards.yaml``) due for review?

Standards bodies publish new versions and change their terms; the list states the day it
was last reviewed (``date:``), and a list older than the review interval (six months by
default) is due for another look at its sources (``src/ossfirst/data/README.md``).

Usage::

    python scripts/check_standards.py --check                 # today
    python scripts/check_standards.py --check --today 2027-06-01

Runs offline, with the standard library only (the scheduled CI job needs no install).
Exit codes as ``scripts/update_spdx.py --check``: 0 up to date, 1 review due, 2 the check
could not be made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "src" / "ossfirst" / "data" / "standards.yaml"
#: Days after its review date that the list is due again (about six months).
MAX_AGE_DAYS = 183


def reviewed_on(target: Path) -> tuple[str, dt.date]:
    """The list's version and review date, from its top-level ``version`` and ``date``."""
    text = target.read_text("utf-8")
    version = re.search(r'^version: "([^"]+)"$', text, re.MULTILINE)
    date = re.search(r"^date: (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
    if version is None or date is None:
        raise ValueError("no top-level version and date")
    return version[1], dt.date.fromisoformat(date[1])


def check(target: Path, today: dt.date, max_age_days: int = MAX_AGE_DAYS) -> int:
    """0 reviewed within ``max_age_days`` of ``today``, 1 review due, 2 cannot tell."""
    try:
        version, date = reviewed_on(target)
    except (OSError, ValueError) as exc:
        print(f"cannot read {target}: {exc}", file=sys.stderr)
        return 2
    age = (today - date).days
    if age > max_age_days:
        print(
            f"review due: standards list {version} was reviewed on {date.isoformat()}, "
            f"{age} days ago (interval {max_age_days} days). Check each entry against its "
            "sources, then set version and date in src/ossfirst/data/standards.yaml and "
            "run make compiled."
        )
        return 1
    print(f"up to date: standards list {version}, reviewed on {date.isoformat()} ({age} days ago)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", required=True, help="check the age")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD")
    parser.add_argument("--max-age-days", type=int, default=MAX_AGE_DAYS)
    parser.add_argument("--target", type=Path, default=TARGET, help=f"default: {TARGET}")
    args = parser.parse_args(argv)
    today = args.today or dt.datetime.now(dt.UTC).date()
    return check(args.target, today, args.max_age_days)


if __name__ == "__main__":
    sys.exit(main())
