# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Compile every released version of the shipped catalogues, the standards list and the market
search's keyword lists into JSON (see ossfirst.compiled).

python scripts/compile_data.py          # write src/ossfirst/data/compiled/*.json
python scripts/compile_data.py --check  # exit 1 if one is missing or stale
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ossfirst import compiled
from ossfirst.evidence import standards
from ossfirst.load.catalogue import compile_shipped, shipped_catalogues, shipped_versions
from ossfirst.market import vocabulary

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "ossfirst" / "data" / "compiled"


def _plain(value: Any) -> Any:
    """YAML dates as ISO text, so that the data is JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def documents() -> dict[str, str]:
    result = {}
    for name in shipped_catalogues():
        for version in shipped_versions(name):
            sources, data, sha256 = compile_shipped(name, version)
            result[f"{name}@{version}.catalogue.json"] = compiled.dump(sources, data, sha256=sha256)
    listed = standards.shipped_data()
    standards.parse_standards(listed)  # checked here: a run builds it without the checks
    result["standards.json"] = compiled.dump(["data/standards.yaml"], _plain(listed))
    result["market.json"] = compiled.dump(
        [vocabulary.CATEGORIES_FILE, vocabulary.PRODUCTS_FILE], vocabulary.shipped_data()
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="Only check; write nothing.")
    args = parser.parse_args()
    stale = []
    wanted = documents()
    for name, text in wanted.items():
        target = TARGET / name
        if target.exists() and target.read_text("utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            target.write_text(text, "utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    extra = sorted(p.name for p in TARGET.glob("*.json") if p.name not in wanted)
    for name in extra:
        stale.append(name)
        if not args.check:
            (TARGET / name).unlink()
            print(f"removed {name}")
    if args.check and stale:
        print("stale: " + ", ".join(stale) + " (run: make compiled)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
