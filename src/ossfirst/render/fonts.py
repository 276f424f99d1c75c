# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The fonts of the PDF report: which ship with ossfirst, and where the CJK fonts are found.

The wheel carries Noto Sans (Latin, Greek, Cyrillic) and Noto Sans Arabic, Hebrew,
Devanagari and Thai, about 2 MB in all. Chinese, Japanese and Korean need Noto Sans CJK,
about 20 MB per weight, which the wheel does not carry: ossfirst looks for it in the folders
of ``OSSFIRST_FONT_PATH`` (separated like ``PATH``), then in the system's font folders, by
file name (:data:`CJK_FILES`), so that no other font can change a report. Typst embeds only
the glyphs a report uses. Where no CJK font is found, such characters are shown as codes
(``[U+5E02]``) and the PDF renderer says so, naming the script and the field.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path

#: The shipped fonts, inside the package.
SHIPPED = "data/fonts"
#: The Regular face of every shipped family; their coverage is what the PDF can show
#: without a CJK font. A test checks that each Bold face covers the same.
SHIPPED_REGULAR = (
    "NotoSans-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansThai-Regular.ttf",
)
#: The families the report is set in, in the order Typst tries them for a character (the
#: template names the same).
FAMILIES = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Thai",
    "Noto Sans CJK SC",
)
#: The files of Noto Sans CJK ossfirst uses, by weight: the collection Debian, Ubuntu,
#: Fedora, Arch Linux and Homebrew install (``fonts-noto-cjk``, ``google-noto-sans-cjk-ttc-
#: fonts``, ``noto-fonts-cjk``, ``font-noto-sans-cjk``), or the Simplified Chinese OpenType
#: files of the Noto CJK release. Each covers Chinese (simplified and traditional, in the
#: simplified-Chinese glyph forms), Japanese and Korean.
CJK_FILES = {
    "regular": ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf"),
    "bold": ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf"),
}
ENVIRONMENT = "OSSFIRST_FONT_PATH"


def system_folders() -> list[Path]:
    """The font folders of this system, searched after ``OSSFIRST_FONT_PATH``."""
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        found = [windows / "Fonts"]
        if local:
            found.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return found
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        data_home / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]


def search_path(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where ossfirst looks for the CJK fonts, in order."""
    environ = os.environ if environ is None else environ
    own = [Path(p) for p in environ.get(ENVIRONMENT, "").split(os.pathsep) if p.strip()]
    return own + system_folders()


def cjk_fonts(environ: Mapping[str, str] | None = None) -> dict[str, Path]:
    """The Noto Sans CJK files found, by weight (``regular``, ``bold``); empty when there
    is no Regular face."""
    return dict(_find(tuple(search_path(environ))))


@cache
def _find(folders: tuple[Path, ...]) -> tuple[tuple[str, Path], ...]:
    wanted = {name: weight for weight, names in CJK_FILES.items() for name in names}
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _, files in sorted(os.walk(folder)):
            for name in sorted(files):
                weight = wanted.get(name)
                if weight is not None and weight not in found:
                    found[weight] = Path(root) / name
            if len(found) == len(CJK_FILES):
                break
        if len(found) == len(CJK_FILES):
            break
    if "regular" not in found:
        return ()
    return tuple(sorted(found.items()))
