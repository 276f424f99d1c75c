# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report as PDF/A-3b and PDF/UA-1, typeset with Typst.

The Typst template (``render/templates/report.typ``) is fixed; the report reaches it as one
JSON string in ``sys.inputs.data``, which the template reads with ``json(bytes(...))``.
Request text is therefore never Typst markup: ``#import``, ``$``, ``*`` or ``]`` in a
request are characters like any other. Typst runs without system fonts and without
packages; the shipped Noto fonts (``data/fonts``), Noto Sans CJK where it is found
(:mod:`ossfirst.render.fonts`) and Typst's own fonts are all it sees. A character none of
them can show is named in a note at the end of the report and in :func:`notices`.

PDF/A-3 (not PDF/A-2) because only part 3 allows attaching arbitrary files: the complete
Result rides along as ``<request id>.json``, so a machine can read the decision back out of
the archived PDF. The file is byte-identical for the same inputs and the same issue date.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, document, fonts, glyphs, json_result, sections
from ossfirst.texts import text

if TYPE_CHECKING:
    from typst import PDFStandard

TEMPLATE = "render/templates/report.typ"
#: PDF/A-3b for archiving with the Result attached, PDF/UA-1 for accessibility.
STANDARDS: list[PDFStandard] = ["a-3b", "ua-1"]


#: A run of characters in which the line breaker finds no place to break (it breaks at
#: spaces and after '/' and '-', and hyphenates words of letters); longer runs would
#: overflow a table cell.
_UNBREAKABLE = re.compile(r"[^\s/\-]{28,}")
_ZWSP = "\u200b"
#: A character, or a whole code standing for one ([U+5E02]), which must stay searchable.
_TOKEN = re.compile(r"\[U\+[0-9A-F]{4,6}\]|.", re.DOTALL)


def _split(run: str) -> str:
    if run.isalpha():
        return run  # a long word: hyphenation breaks it
    pieces: list[str] = []
    for token in _TOKEN.findall(run):
        if pieces and len(pieces[-1]) + len(token) <= 20:
            pieces[-1] += token
        else:
            pieces.append(token)
    return _ZWSP.join(pieces)


def _split_match(match: re.Match[str]) -> str:
    return _split(match[0])


#: The shortest run :data:`_UNBREAKABLE` finds: a shorter string is left as it is.
_SHORTEST_RUN = 28


def breakable(text: str) -> str:
    """``text`` with a zero-width space after every 20 characters of a run that has no
    other place to break, such as a long document number in a narrow table cell."""
    # such a run lies within one word between white space, which most strings lack
    if len(text) < _SHORTEST_RUN or len(max(text.split(), key=len, default="")) < _SHORTEST_RUN:
        return text
    return _UNBREAKABLE.sub(_split_match, text)


#: Values :func:`_printable` gives back as they are.
_UNCHANGED = frozenset({int, float, bool, type(None)})


def _as_is(item: Any) -> bool:
    """Whether :func:`_printable` gives ``item`` back as it is, known without a call: a
    number, or a short ASCII string (every report font has ASCII, and no run of it is long
    enough to need a break)."""
    kind = type(item)
    return kind in _UNCHANGED or (kind is str and len(item) < _SHORTEST_RUN and item.isascii())


def _printable(value: Any, missing: re.Pattern[str], cjk: list[bool] | None = None) -> Any:
    """Every string of the document with the characters the font lacks (``missing``, see
    :func:`ossfirst.render.glyphs.missing`) spelled out, and overlong words made breakable
    (except in monospaced cells: hashes stay copyable). ``cjk``, if given, becomes
    ``[True]`` when a string has a character a CJK font could show
    (:func:`ossfirst.render.glyphs.has_cjk`)."""
    if isinstance(value, str):
        if value.isascii():
            return breakable(value)
        if cjk is not None and not cjk[0] and glyphs.has_cjk(value):
            cjk[0] = True
        return breakable(glyphs.printable(value, missing))
    if isinstance(value, list):
        return [item if _as_is(item) else _printable(item, missing, cjk) for item in value]
    if isinstance(value, dict):
        mono = value.get("mono") is True
        printed: dict[Any, Any] = {}
        for key, item in value.items():
            if _as_is(item):
                printed[key] = item
            elif mono and key == "text":
                printed[key] = _printable_mono(item, missing, cjk)
            else:
                printed[key] = _printable(item, missing, cjk)
        return printed
    return value


def _printable_mono(text: str, missing: re.Pattern[str], cjk: list[bool] | None) -> str:
    if cjk is not None and not cjk[0] and glyphs.has_cjk(text):
        cjk[0] = True
    return glyphs.printable(text, missing)


#: A table row with more characters than this may break across pages; a shorter one is kept
#: on one page. A page holds about 3,000 characters in the widest column of a table.
LONG_ROW = 1500


def _mark_long_rows(report: dict[str, Any]) -> None:
    """Mark the table rows too long to be kept on one page (a rationale of many paragraphs)."""
    for section in report["sections"]:
        for block in section["blocks"]:
            if block["type"] != "table":
                continue
            for row in block["rows"]:
                size = sum(
                    len(c["text"]) + sum(len(n["text"]) for n in c["notes"]) for c in row["cells"]
                )
                row["long"] = size > LONG_ROW


def issued(result: Result, options: RenderOptions) -> dt.datetime:
    """The PDF's creation date: the issue date given, else midnight UTC of the request date,
    so that the same inputs always give the same file."""
    if options.issued is not None:
        # a naive time is taken as UTC, so that the machine's time zone cannot change the file
        if options.issued.tzinfo is None:
            return options.issued.replace(tzinfo=dt.UTC)
        return options.issued.astimezone(dt.UTC)
    day = result.request.date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Unshown:
    """Characters of one field of the Result that no report font can show."""

    #: Where in the Result (and so in the request): ``alternatives[2].name``.
    field: str
    #: The script (or emoji) in words, in the report language.
    script: str
    chars: str
    #: Emoji are left out; any other character is shown as its code ([U+5E02]).
    left_out: bool
    #: Chinese, Japanese or Korean: Noto Sans CJK would show it.
    cjk: bool = False


def _path(parts: list[str | int]) -> str:
    """Where a value is in the Result: ``alternatives[2].name``."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else part
    return path


def _non_ascii(value: Any, parts: list[str | int], found: list[tuple[str, str]]) -> None:
    """Append each string of ``value`` with a character outside ASCII, with its place: the
    others have nothing a font could lack."""
    if isinstance(value, str):
        if not value.isascii():
            found.append((_path(parts), value))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            parts.append(index)
            _non_ascii(item, parts, found)
            parts.pop()
    elif isinstance(value, dict):
        for key, item in value.items():
            parts.append(key)
            _non_ascii(item, parts, found)
            parts.pop()


#: The last Result's strings outside ASCII (the PDF and its warnings ask for them in turn).
_LAST: list[tuple[Result, list[tuple[str, str]]]] = []


def _strings(result: Result, json_text: str | None = None) -> list[tuple[str, str]]:
    """The strings of ``result`` outside ASCII with their places, in the order of the
    Result, the catalogue left out; none where its JSON form ``json_text`` (if known)
    shows that no font lacks a character of them."""
    last = _LAST[:]  # one look, should another thread render at the same time
    if last and last[0][0] is result:
        return last[0][1]
    found: list[tuple[str, str]] = []
    if json_text is None or _any_unshown(json_text):
        _non_ascii(result.model_dump(mode="json", exclude={"catalogue"}), [], found)
    _LAST[:] = [(result, found)]
    return found


#: How JSON writes the control characters a string may hold (the line break aside, which
#: every font may lack): where one is, the strings are looked at one by one.
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_ASCII_SHOWN = "".join(chr(code) for code in range(0x20, 0x7F))
_ESCAPES = ("\\b", "\\t", "\\f", "\\r", "\\u00")


def _any_unshown(text: str) -> bool:
    """Whether the Result's JSON ``text`` may hold a string with a character no font can
    show. JSON keeps every other character as it is, so a text with neither such a
    character, nor one of the CJK blocks (which would change the fonts), nor an escaped
    control character has no such string. (Every report has many characters beyond ASCII:
    the strings are looked at one by one only where one may be missing; the catalogue in
    the text can only make that happen more often.)"""
    if "\x7f" in text or any(escape in text for escape in _ESCAPES):
        return True
    # each character beyond ASCII once, with every printable ASCII character (JSON keeps no
    # other raw); those spelled out in ASCII count as shown, as in :func:`unshown`
    others = set(_ASCII_RUNS.sub("", text)).difference(glyphs.SPELLED)
    chars = _ASCII_SHOWN + "".join(sorted(others))
    return glyphs.has_cjk(chars) or glyphs.missing(cjk=False).search(chars) is not None


def unshown(result: Result, lang: str, json_text: str | None = None) -> list[Unshown]:
    """Every field of ``result`` with characters no report font can show, by script, in
    the order of the Result (the request's texts come first). ``json_text``: the Result
    as JSON, if at hand, which tells most Results apart quickly."""
    found: dict[tuple[str, str], list[str]] = {}
    left_out: dict[tuple[str, str], bool] = {}
    cjk: dict[tuple[str, str], bool] = {}
    strings = _strings(result, json_text)
    # the CJK font is looked for only where it could show something
    missing = glyphs.missing(cjk=any(glyphs.has_cjk(value) for _, value in strings))
    for path, value in strings:
        for char in glyphs.unshown(value, missing):
            key = (path, glyphs.script(char, lang))
            chars = found.setdefault(key, [])
            if char not in chars:
                chars.append(char)
            left_out[key] = glyphs.is_emoji(char)
            cjk[key] = glyphs.is_cjk(char)
    return [
        Unshown(
            field=field,
            script=script,
            chars="".join(chars),
            left_out=left_out[field, script],
            cjk=cjk[field, script],
        )
        for (field, script), chars in found.items()
    ]


def _described(item: Unshown, lang: str) -> str:
    codes = ", ".join(f"U+{ord(c):04X}" for c in item.chars)
    if item.left_out:
        return text("pdf.unshown.left_out", lang, script=item.script, field=item.field, codes=codes)
    return text("pdf.unshown.coded", lang, script=item.script, field=item.field, codes=codes)


def notices(result: Result, options: RenderOptions) -> list[str]:
    """Warnings for the person who renders the PDF: each field with characters it cannot
    show, its script, and what to do (install Noto Sans CJK, or name its folder in
    ``OSSFIRST_FONT_PATH``)."""
    items = unshown(result, options.lang)
    found = [_described(item, options.lang) for item in items]
    if any(item.cjk for item in items):
        found.append(text("pdf.unshown.fix", options.lang, variable=fonts.ENVIRONMENT))
    return found


#: At most this many fields are named in the PDF's own note; the warnings name all of them.
NOTE_FIELDS = 12


def data(result: Result, options: RenderOptions) -> dict[str, Any]:
    """What the Typst template receives: the document as plain data
    (:func:`ossfirst.render.document.data`), its date and the attachment."""
    name = f"{result.request.id}.json"
    built = sections.build(result, options)
    # The method section (the last) ends by naming the attached file, which only a PDF has,
    # and any characters it cannot show.
    mentioned = text("pdf.attachment", options.lang, name=name, schema=result.schema_version)
    added: list[document.Block] = [document.paragraph(mentioned)]
    content = json_result.render(result, options).decode("utf-8")
    items = unshown(result, options.lang, content)
    if items:
        lines = [_described(item, options.lang) for item in items[:NOTE_FIELDS]]
        if len(items) > NOTE_FIELDS:
            lines.append(text("pdf.unshown.more", options.lang, count=len(items) - NOTE_FIELDS))
        added.append(document.paragraph(text("pdf.unshown.note", options.lang)))
        added.append(document.Bullets(tuple(document.Entry("", line) for line in lines)))
    last = built.sections[-1]
    built = dataclasses.replace(
        built,
        sections=(
            *built.sections[:-1],
            dataclasses.replace(last, blocks=(*last.blocks, *added)),
        ),
    )
    report = template_input(document.data(built), issued(result, options))
    report["attachment"] = {
        "name": name,
        "description": text("pdf.attachment.description", options.lang),
        "content": content,
    }
    return report


def template_input(built: dict[str, Any], when: dt.datetime) -> dict[str, Any]:
    """A document in the blocks of :mod:`ossfirst.render.document` made ready for the
    template: the characters the fonts lack spelled out, overlong words made breakable, long
    table rows marked, the fonts to use and the date. The caller adds the attachments:
    ``attachment`` (one, with its ``content``) or ``attachments`` (a list; each with its
    ``content``, a ``mime`` type and a ``description``)."""
    # Noto Sans CJK is looked for (and read, by ossfirst and by Typst) only for a document
    # with a character of the CJK blocks; Typst would not use it for any other. Without one,
    # the strings are made printable with the shipped fonts as they are checked for them.
    seen = [False]
    report = cast(dict[str, Any], _printable(built, glyphs.missing(cjk=False), seen))
    cjk = seen[0] and bool(fonts.cjk_fonts())
    if cjk:
        report = cast(dict[str, Any], _printable(built, glyphs.missing(cjk=True)))
    _mark_long_rows(report)
    report["fonts"] = list(fonts.FAMILIES if cjk else fonts.FAMILIES[:-1])
    report["date"] = {
        "year": when.year,
        "month": when.month,
        "day": when.day,
        "hour": when.hour,
        "minute": when.minute,
        "second": when.second,
    }
    return report


def typeset(report: dict[str, Any], timestamp: dt.datetime) -> tuple[bytes, list[str]]:
    """Run Typst on the template with ``report`` (see :func:`data`): the PDF and the
    messages of any warnings Typst gave."""
    import typst

    source = (resources.files("ossfirst") / TEMPLATE).read_bytes()
    payload = json.dumps(report, ensure_ascii=False, separators=(",", ":"))
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(resources.as_file(resources.files("ossfirst") / glyphs.FONTS))
        cjk: list[str] = []
        if fonts.FAMILIES[-1] in report["fonts"]:
            extra = stack.enter_context(tempfile.TemporaryDirectory(prefix="ossfirst-fonts-"))
            cjk = _cjk_folder(Path(extra))
        found = typst.Fonts(include_system_fonts=False, font_paths=[str(folder), *cjk])
        pdf, warnings = typst.compile_with_warnings(
            source,
            font_paths=found,
            ignore_system_fonts=True,
            sys_inputs={"data": payload},
            pdf_standards=STANDARDS,
            timestamp=timestamp,
        )
    assert isinstance(pdf, bytes)
    return without_false_suspects(pdf), [warning.message for warning in warnings]


# The catalogue's /MarkInfo as Typst writes it, with its optional /Suspects entry.
_SUSPECTS = re.compile(rb"(/MarkInfo\s*<<[^<>]*?)(/Suspects\s+false)")


def without_false_suspects(pdf: bytes) -> bytes:
    """``pdf`` without the ``/Suspects false`` of its ``/MarkInfo``: valid PDF and the
    default, but poppler (pdfinfo, pdftotext; up to 25.11) reports it as "Syntax Error:
    Suspects object is wrong type (boolean)" on every run, which looks like a fault of the
    file. PDF/UA-1 asks only that it is not true. The entry becomes spaces of its length, so
    that every offset of the cross-reference table stays right."""
    return _SUSPECTS.sub(lambda m: m[1] + b" " * len(m[2]), pdf, count=1)


def _cjk_folder(folder: Path) -> list[str]:
    """A folder that holds exactly the CJK font files found (as links), for Typst, which
    reads whole folders; without links (some Windows set-ups), their own folders."""
    found = fonts.cjk_fonts()
    if not found:
        return []
    try:
        for path in found.values():
            (folder / path.name).symlink_to(path)
    except OSError:
        return sorted({str(path.parent) for path in found.values()})
    return [str(folder)]


def render(result: Result, options: RenderOptions) -> bytes:
    """The PDF report in ``options.lang``."""
    pdf, _ = typeset(data(result, options), issued(result, options))
    return pdf
