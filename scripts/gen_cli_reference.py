# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Write docs/cli.md from the commands' own --help, so that the reference cannot drift.

python scripts/gen_cli_reference.py          # write docs/cli.md
python scripts/gen_cli_reference.py --check  # exit 1 if docs/cli.md is out of date
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
COMMANDS = [
    [],
    ["init"],
    ["validate"],
    ["evaluate"],
    ["check"],
    ["criteria", "list"],
    ["criteria", "show"],
    ["evidence", "show"],
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = reference()
    if args.check:
        if not TARGET.exists() or TARGET.read_text("utf-8") != text:
            print("docs/cli.md is out of date (run: make docs)", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
