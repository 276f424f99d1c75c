# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What a language writes in its own way beyond words (``locale.<name>``): its tag in a
document, its country, its decimal sign, its date format in a spreadsheet cell and its
code in open data; and the names of the scripts a report font cannot show
(``script.<name>``), which the PDF report names in its note on characters left out."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # BCP 47 (Word, OpenDocument, the PDF's language)
    "locale.tag": ("de-DE", "en-GB"),
    "locale.country": ("DE", "GB"),
    "locale.decimal": (",", "."),
    # a number format of Excel and LibreOffice
    "locale.date-format": ("DD.MM.YYYY", "YYYY-MM-DD"),
    # ISO 639-2 in capitals, as the open data's metadata gives it
    "locale.iso639-2": ("DEU", "ENG"),
    "script.emoji": ("Emoji", "emoji"),
    "script.han": ("Chinesisch/Japanisch (Han)", "Chinese/Japanese (Han)"),
    "script.hiragana": ("Japanisch (Hiragana)", "Japanese (Hiragana)"),
    "script.katakana": ("Japanisch (Katakana)", "Japanese (Katakana)"),
    "script.hangul": ("Koreanisch (Hangul)", "Korean (Hangul)"),
    "script.bopomofo": ("Chinesisch (Bopomofo)", "Chinese (Bopomofo)"),
}
