# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Compile the report templates into Python modules under ossfirst/render/compiled.

python scripts/compile_templates.py          # write the modules
python scripts/compile_templates.py --check  # exit 1 if one is missing or stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ossfirst.render import html, templating

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ROOT / "src" / "ossfirst" / "render" / "compiled"

#: Each template with the environment it is rendered in.
TEMPLATES = {html.TEMPLATE: html.environment}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="Only check; write nothing.")
    args = parser.parse_args()
    stale = []
    for name, make_environment in TEMPLATES.items():
        target = COMPILED / f"{templating._module_name(name)}.py"
        code = templating.compiled_module(make_environment(), name)
        if target.exists() and target.read_text("utf-8") == code:
            continue
        stale.append(target)
        if not args.check:
            target.write_text(code, "utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    if args.check and stale:
        print(
            "stale: "
            + ", ".join(str(p.relative_to(ROOT)) for p in stale)
            + " (run: make templates)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
