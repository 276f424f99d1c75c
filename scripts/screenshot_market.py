# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Write docs/images/market-search.png, the terminal picture of the README's section
"Market exploration": a search of the test corpus (tests/cases/market/corpus), as the
terminal shows it, set in a terminal-like page and photographed by headless Chromium.

    python scripts/screenshot_market.py      # needs chromium

The index is built in a temporary folder with a fixed snapshot and search date, so the
picture shows the same text on every machine; lines are wrapped at 100 columns, as in a
terminal of that width (at word boundaries, with the indentation of the line).
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "images" / "market-search.png"
CORPUS = ROOT / "tests" / "cases" / "market" / "corpus"
QUERY = ["Terminvergabe", "--limit", "2", "--date", "2026-10-12"]
PAGE = """<!doctype html><html lang="de"><meta charset="utf-8"><style>
body {{ margin: 0; background: #1e1e1e; }}
pre {{ margin: 0; padding: 12px 16px; color: #d4d4d4;
  font: 13px/18px "DejaVu Sans Mono", monospace; }}
.prompt {{ color: #6a9955; }}
</style><pre><span class="prompt">$ ossfirst market search {query}</span>
{output}</pre></html>
"""


def ossfirst(*args: str, env: dict[str, str]) -> str:
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "ossfirst", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout


def wrapped(output: str, width: int = 100) -> list[str]:
    lines: list[str] = []
    for line in output.rstrip().splitlines():
        indent = " " * (len(line) - len(line.lstrip()))
        lines += textwrap.wrap(line, width, subsequent_indent=indent) or [""]
    return lines


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "OSSFIRST_MARKET_DB": str(work / "market.sqlite3")}
        env.update(OSSFIRST_LANG="de", COLUMNS="100")
        ossfirst("market", "index", f"publiccode-corpus={CORPUS}", "--snapshot", "2026-10-01",
                 env=env)  # fmt: skip
        lines = wrapped(ossfirst("market", "search", *QUERY, env=env))
        page = work / "page.html"
        page.write_text(
            PAGE.format(query=html.escape(" ".join(QUERY)), output=html.escape("\n".join(lines))),
            "utf-8",
        )
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        # 18 px a line, the prompt line included, and 12 px above and below
        subprocess.run(  # noqa: S603
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--window-size=860,{18 * (len(lines) + 1) + 24}", f"--screenshot={TARGET}",
             page.as_uri()],
            check=True,
            capture_output=True,
        )  # fmt: skip
    print(f"wrote {TARGET.relative_to(ROOT)} ({TARGET.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
