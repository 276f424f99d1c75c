# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Write docs/cli.md from the commands' own --help, and docs/schemas/ from ``ossfirst
schema``, so that neither can drift. The schemas' ``$id`` is their address in a release.

python scripts/gen_cli_reference.py          # write docs/cli.md and docs/schemas/*.json
python scripts/gen_cli_reference.py --check  # exit 1 if one of them is out of date
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "cli.md"
SCHEMAS = ROOT / "docs" / "schemas"
COMMANDS = [
    [],
    ["init"],
    ["validate"],
    ["evaluate"],
    ["check"],
    ["portfolio"],
    ["criteria", "list"],
    ["criteria", "show"],
    ["evidence", "show"],
    ["market", "index"],
    ["market", "search"],
    ["market", "add"],
    ["market", "set-aside"],
    ["market", "info"],
    ["weights", "ahp"],
    ["schema"],
]


def help_text(args: list[str]) -> str:
    from ossfirst.cli.app import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main([*args, "--help"])
    return out.getvalue()


def reference() -> str:
    os.environ["COLUMNS"] = "100"
    os.environ["TERM"] = "dumb"
    parts = [
        "<!--\nSPDX-"
        "FileCopyrightText: 2026 The ossfirst authors\n"
        "SPDX-"
        "License-Identifier: EUPL-1.2\n-->\n",
        "# Command-line reference\n",
        "Generated from `ossfirst --help` by `scripts/gen_cli_reference.py`; a test fails when "
        "it is out of date.\n",
    ]
    for args in COMMANDS:
        title = " ".join(["ossfirst", *args])
        parts.append(f"## `{title}`\n\n```text\n{help_text(args).rstrip()}\n```\n")
    return "\n".join(parts)


def schemas() -> dict[Path, str]:
    import json

    from ossfirst.cli.schema import Kind, schema_of

    return {
        SCHEMAS / f"{kind.value}.schema.json": json.dumps(
            schema_of(kind.value), indent=2, ensure_ascii=False
        )
        + "\n"
        for kind in Kind
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    wanted = {TARGET: reference(), **schemas()}
    if args.check:
        stale = [p for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
        extra = set(SCHEMAS.glob("*.json")) - set(wanted)
        for path in sorted([*stale, *extra]):
            print(f"{path.relative_to(ROOT)} is out of date (run: make docs)", file=sys.stderr)
        return 1 if stale or extra else 0
    SCHEMAS.mkdir(exist_ok=True)
    for path, text in wanted.items():
        path.write_text(text, "utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
