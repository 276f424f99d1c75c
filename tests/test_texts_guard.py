# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every user-facing sentence comes from the text catalogue (``ossfirst.texts``): no module
outside it writes German prose or a German/English pair of its own.

The source is read with :mod:`ast` (comments and docstrings do not count) and the templates
as text. A string counts as German prose when it has at least two words and an umlaut, an
ß or a German function word; a pair is a ``{"de": ..., "en": ...}`` literal, or a choice
``... if lang == "de" else ...``, holding a word in a string literal; in a template, a call
with two string literals (``T("…", "…")``) or German prose in a string literal. Words a
user may type (input vocabulary such as ``ja``/``nein``) are data, listed in
:data:`INPUT_WORDS`.

Modules whose texts are still being moved to the catalogue are listed in
:data:`NOT_YET`; the list only shrinks.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT, fresh_python

SRC = ROOT / "src" / "ossfirst"

#: Modules (paths below src/ossfirst, a folder ending in "/") whose texts still move to the
#: catalogue. Remove an entry once its module is converted; the test fails while an entry
#: names a module that has nothing left to convert.
NOT_YET: tuple[str, ...] = ()

#: Strings that are words a user may type, not texts shown (path: the strings).
INPUT_WORDS: dict[str, frozenset[str]] = {
    # the yes and no a form accepts in a knock-out cell
    "load/form.py": frozenset({"nicht bestanden", "nicht erfüllt"}),
    # the German example queries in the English help of the command line's market search
    "cli/market.py": frozenset(
        {
            "What to search for, in any language: a need (Terminvergabe, appointment "
            "booking), a publisher (Firenze), or a proprietary product to replace "
            "(Alternative zu Microsoft Teams). Words are text, never query syntax."
        }
    ),
}
#: Modules that hold words of the input only (the stop words of the market search).
INPUT_MODULES = ("market/words.py",)

_GERMAN = re.compile(
    r"[äöüÄÖÜß]|\b(?:der|die|das|den|dem|des|und|nicht|ist|sind|Sie|ein|eine|einen|einem|"
    r"einer|kein|keine|keinen|mit|wird|werden|für|auf|oder|bitte|gibt|steht|fehlt|nur|auch|"
    r"zu|von|vom|aus|bei|nach|schon|noch|hier|diese|dieser|dieses|Datei|Zeile|Schlüssel|"
    r"Antrag|Anforderung|geben|setzen|prüfen|wählen|nennen|entfernen|schreiben)\b"
)
_WORD = re.compile(r"[a-z]{2,}")
#: The languages of the texts, as code names them.
_LANG_CODES = ("de", "en")
#: A language test: ``lang == "de"``, a variable ``de``.
_LANG_TESTS = ('"de"', "de")


def _is_module_words(path: str, value: str) -> bool:
    return value in INPUT_WORDS.get(path, frozenset())


#: A German function word that opens a sentence ("Kein YAML-Mapping.", "Die Datei ...").
_GERMAN_START = re.compile(
    r"(?:^|[.:;!?]\s+)(?:Der|Die|Das|Den|Dem|Des|Kein|Keine|Keinen|Ein|Eine|Einen|Diese|"
    r"Dieser|Dieses|Hier|Bitte|Nur|Auch|Noch|Zu|Von|Mit|Bei|Nach|Aus|Ist|Sind|Gibt|Fehlt)\b"
)


def german(value: str) -> bool:
    """Whether ``value`` reads as German prose: two or more words and a German marker (an
    umlaut, a German function word, or one opening a sentence)."""
    if len(re.findall(r"[^\W\d_]{2,}", value)) < 2:
        return False
    return bool(_GERMAN.search(value) or _GERMAN_START.search(value))


def _text_of(node: ast.AST) -> str | None:
    """The text of a string literal or an f-string (its placeholders as ``{}``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
            for v in node.values
        )
    return None


def _words_in(node: ast.AST) -> bool:
    """Whether a string literal under ``node`` holds a word (a text, not a separator, nor
    the code of a language a text is asked for: ``problem.text("de")``)."""
    for child in ast.walk(node):
        text = _text_of(child)
        if text is not None and text not in _LANG_CODES and _WORD.search(text.replace("{}", "")):
            return True
    return False


def _docstrings(tree: ast.AST) -> set[int]:
    """The string literals that stand alone as statements: docstrings of modules, classes,
    functions and attributes."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and _text_of(node.value) is not None
    }


def _is_lang_test(test: ast.AST) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "de"
    if isinstance(test, ast.Compare) and len(test.comparators) == 1:
        sides = (test.left, test.comparators[0])
        return any(isinstance(s, ast.Constant) and s.value == "de" for s in sides)
    return False


def findings(path: Path, relative: str) -> Iterator[tuple[int, str]]:
    """(line, what) for every German string or de/en pair in the module at ``path``."""
    tree = ast.parse(path.read_text("utf-8"))
    skip = _docstrings(tree)
    inner: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inner |= {id(v) for v in node.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"de", "en"} <= keys and any(_words_in(v) for v in node.values):
                yield node.lineno, "a de/en pair"
                continue
        if (
            isinstance(node, ast.IfExp)
            and _is_lang_test(node.test)
            and (_words_in(node.body) or _words_in(node.orelse))
        ):
            yield node.lineno, "a text chosen by language"
            continue
        if id(node) in skip or id(node) in inner:
            continue
        text = _text_of(node)
        if text is not None and german(text) and not _is_module_words(relative, text):
            yield getattr(node, "lineno", 0), f"German text {text[:50]!r}"


_TEMPLATE_PAIR = re.compile(r"""\b\w+\(\s*("[^"]*"|'[^']*')\s*,\s*("[^"]*"|'[^']*')""")
_TEMPLATE_STRING = re.compile(r""""([^"\n]*)"|'([^'\n]*)'""")


def template_findings(path: Path) -> Iterator[tuple[int, str]]:
    """(line, what) for every text pair or German string in the Jinja2 template at ``path``."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if _TEMPLATE_PAIR.search(line):
            yield number, "a call with a text pair"
            continue
        for match in _TEMPLATE_STRING.finditer(line):
            if german(match[1] or match[2] or ""):
                yield number, "German text in a string"
                break


def _not_yet(relative: str) -> bool:
    return any(relative == e or (e.endswith("/") and relative.startswith(e)) for e in NOT_YET)


@functools.cache
def _all_findings() -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for path in sorted([*SRC.rglob("*.py"), *SRC.rglob("*.j2")]):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("texts/") or relative in INPUT_MODULES:
            continue
        if path.suffix == ".py":
            hits = sorted(set(findings(path, relative)))
        else:
            hits = list(template_findings(path))
        if hits:
            found[relative] = hits
    return found


def test_user_facing_texts_come_from_the_catalogue() -> None:
    found = _all_findings()
    offending = [
        f"src/ossfirst/{relative}:{line}: {what}"
        for relative, hits in found.items()
        if not _not_yet(relative)
        for line, what in hits
    ]
    assert not offending, "texts outside ossfirst.texts:\n" + "\n".join(offending)


def test_the_list_of_modules_not_yet_converted_only_names_modules_with_texts_left() -> None:
    found = _all_findings()
    done = [
        entry
        for entry in NOT_YET
        if not any(r == entry or (entry.endswith("/") and r.startswith(entry)) for r in found)
    ]
    assert not done, f"converted, remove from NOT_YET: {done}"


def test_the_guard_tells_texts_from_code() -> None:
    # German prose and pairs are found ...
    assert german("Die Datei gibt es nicht.")
    assert german("Pfad prüfen")
    assert german("geben Sie --kind an: ")
    assert german("Kein YAML-Mapping.")  # a capital function word opening the sentence
    assert not german("MIT or Apache-2.0, as the licence says")
    sample = (
        'x = {"de": "Doppelter Schlüssel.", "en": "Duplicate key."}\n'
        'y = "yes" if lang == "de" else "no"\n'
        'z = f"Die Zahl {n} ist zu groß."\n'
    )
    hits = _findings_of(sample)
    assert sorted({line for line, _ in hits}) == [1, 2, 3], hits
    # ... identifiers, keys, formats, English and data are not
    assert not german("ossfirst_catalogue")
    assert not german("The file does not exist.")
    assert not german("DIN EN 301 549")
    assert not german("Bewertungen")
    code = (
        '"""Die Datei gibt es nicht: a docstring."""\n'
        'a = {"de": text, "en": text}\n'
        'b = ",".join(x) if lang == "de" else "."\n'
        'c = "DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD"\n'
        'd = text("file.missing", lang)\n'
        'e = {"de": "", "en": ""}\n'
        'f = {"de": p.text("de"), "en": p.text("en")}\n'
    )
    assert _findings_of(code) == []
    assert german("schreiben Sie 'schlüssel: wert'")


def _findings_of(source: str) -> list[tuple[int, str]]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "sample.py")
        path.write_text(source, "utf-8")
        return sorted(set(findings(path, "sample.py")))


#: Areas of the catalogue whose keys the code names in tables and helpers (``_both``,
#: ``problem``, ``T``) rather than in ``text()`` and ``both()`` calls alone.
_KEYED_AREAS = (
    "file",
    "yaml",
    "json",
    "sbom",
    "scorecard",
    "record",
    "scaffold",
    "ev",
    "pc",
    "mkt",
)
_KEY = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9_-]+)+$")


def test_every_key_of_the_input_areas_exists() -> None:
    from ossfirst.texts import TEXTS

    named: set[tuple[str, str]] = set()
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("texts/"):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        # the head of a key an f-string completes (f"mkt.reason-{reason}") is no key
        heads = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and _KEY.match(value) and id(node) not in heads:
                named.add((relative, value))
    checked = {(r, k) for r, k in named if k.split(".")[0] in _KEYED_AREAS}
    for path in SRC.rglob("*.j2"):  # every key a template's T() names
        keys = re.findall(r"""\bT\(\s*["']([^"']+)["']""", path.read_text("utf-8"))
        checked |= {(path.relative_to(SRC).as_posix(), key) for key in keys}
    assert len(checked) > 100
    missing = sorted(f"{r}: {k}" for r, k in checked if k not in TEXTS and f"{k}.one" not in TEXTS)
    assert not missing, missing


#: Examples read without a message: one with every kind of evidence file, and two whose
#: SBOMs name licences that are no SPDX expression.
VALID_EXAMPLES = ("cloud-platform", "office-suite", "videoconferencing")


def test_a_valid_request_is_read_without_the_catalogue_of_texts(tmp_path: Path) -> None:
    """The texts are loaded for a message: reading, checking and enriching a request that
    holds together (its evidence files included) needs none, so it does not pay for
    importing them, not even for the licences its SBOMs write as names ("Apache License
    2.0", in the office suite and the video conferencing examples), which count as
    unidentified without a message. A request refused does load them."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("ossfirst: 1\ntitle: [unclosed\n", "utf-8")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ossfirst.enrich import enrich\n"
        "from ossfirst.errors import InputError\n"
        "from ossfirst.load.request import check_request, read_request, resolve_catalogue\n"
        "def prepare(path):\n"
        "    loaded = read_request(Path(path))\n"
        "    catalogue = resolve_catalogue(loaded)\n"
        "    check_request(loaded, catalogue)\n"
        "    enrich(loaded, catalogue)\n"
        f"for name in {VALID_EXAMPLES!r}:\n"
        f"    prepare({str(ROOT / 'examples')!r} + '/' + name + '.yaml')\n"
        "print('ossfirst.texts' in sys.modules)\n"
        "try:\n"
        f"    prepare({str(broken)!r})\n"
        "except InputError as exc:\n"
        "    print(exc.problems[0].code, 'ossfirst.texts' in sys.modules)\n"
    )
    done = fresh_python(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False", "yaml-syntax True"], done.stdout
