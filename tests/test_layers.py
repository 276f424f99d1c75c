# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The flow runs one way: load -> enrich -> engine -> Result -> render, with the model
beneath every step and check, market and the command line on top.

Read from the source (every import statement, those inside functions and under
``TYPE_CHECKING`` too), so that a step cannot quietly come to depend on a later one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src"

#: The parts of ossfirst (a subpackage, or a module of the package itself) and which other
#: parts each may import. Every part may import the package itself (its version and address)
#: and the text catalogue, which lies beneath all of them and imports no other part.
ALLOWED: dict[str, set[str]] = {
    "texts": set(),
    "errors": set(),
    "model": set(),
    "compiled": set(),
    # Free text from a request cut into paragraphs, and a name written right to left set
    # apart: for the report's words and every format alike.
    "prose": set(),
    "output": {"errors"},
    # xlsx reads and writes the workbook file format (no ossfirst import): beneath the
    # loader, which reads request forms with it, and the renderer, which writes workbooks.
    "xlsx": set(),
    "load": {"model", "errors", "compiled", "xlsx"},
    # The readers of evidence files and shipped data (SPDX list, standards list): enrich's
    # sources. They read files through the loader's YAML and byte limits.
    "evidence": {"load", "model", "errors", "compiled"},
    "enrich": {"evidence", "load", "model", "errors"},
    "engine": {"model", "errors"},
    # The codes and values of a Result in words (the texts from the catalogue): for the
    # report, the check formats, the portfolio and the terminal alike.
    "words": {"model", "prose"},
    "render": {"model", "errors", "xlsx", "prose", "words"},
    # The request form in Excel: its layout, written from and read back into a request.
    "forms": {"load", "model", "errors", "xlsx"},
    "api": {"load", "enrich", "engine", "render", "model", "errors"},
    # Beside the command line, on top of the library:
    "check": {"api", "load", "model", "errors", "output", "words"},
    "market": {"load", "evidence", "model", "errors", "output", "compiled"},
    # The transparency portfolio: a repository of requests checked and evaluated (check,
    # api) and summed up into a dashboard, open data and an annual report, drawn with the
    # report's document, charts and writers.
    "portfolio": {"api", "check", "load", "model", "render", "errors", "output", "prose", "words"},
    "cli": {
        "api",
        "check",
        "market",
        "load",
        "evidence",
        "engine",
        "render",
        "model",
        "errors",
        "output",
        "forms",
        "xlsx",
        "portfolio",
        "scaffold",
        "words",
    },
    # What ``ossfirst init`` writes: the request template and the shipped examples, whose
    # evidence files it finds by the model's evidence kinds.
    "scaffold": {"model"},
    "__main__": {"cli"},
}

#: Imports that still run against the flow: (importing part, imported module) and why.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("load", "ossfirst.forms"): "as ossfirst.forms.layout, imported as a module",
    ("load", "ossfirst.forms.layout"): (
        "the request form's columns are read by the form loader and written by the form "
        "writer: one layout for both, which the loader reads from the forms package"
    ),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _part(module: str) -> str:
    """The part of ossfirst a module belongs to; "" for the package itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _is_part(path: Path) -> bool:
    if path.is_dir():
        return (path / "__init__.py").exists()
    return path.suffix == ".py" and path.name != "__init__.py"


PARTS = {p.stem for p in (SOURCE / "ossfirst").iterdir() if _is_part(p)}


def _imports(source: str, module: str, package: bool = False) -> list[tuple[str, int]]:
    """The ossfirst modules that the code ``source`` of ``module`` imports, each with the
    line of its import statement."""
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            name = node.module or ""
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if package else 0)]
                name = ".".join([*base, name] if name else base)
            if name == "ossfirst":
                # ``from ossfirst import api`` imports a part; ``__version__`` is the package's.
                found += [
                    (f"ossfirst.{alias.name}" if alias.name in PARTS else name, node.lineno)
                    for alias in node.names
                ]
            else:
                found.append((name, node.lineno))
    return [(name, line) for name, line in found if name.split(".")[0] == "ossfirst"]


def test_every_part_of_the_package_has_its_place_in_the_flow() -> None:
    unplaced = PARTS - set(ALLOWED)
    assert not unplaced, f"add {sorted(unplaced)} to ALLOWED with the parts each may import"


def test_imports_follow_the_flow() -> None:
    wrong = []
    used_exceptions = set()
    for path in sorted((SOURCE / "ossfirst").rglob("*.py")):
        module = _module_name(path)
        importer = _part(module)
        source = path.read_text(encoding="utf-8")
        for name, line in _imports(source, module, path.name == "__init__.py"):
            imported = _part(name)
            if imported in ("", importer, "texts") or imported in ALLOWED[importer]:
                continue
            if (importer, name) in EXCEPTIONS:
                used_exceptions.add((importer, name))
                continue
            wrong.append(f"{path.relative_to(SOURCE)}:{line}: {importer} imports {name}")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)
    # An exception nobody needs any more must go, so that the list stays true.
    assert used_exceptions == set(EXCEPTIONS)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from ossfirst.model.result import Result", ["ossfirst.model.result"]),
        ("import ossfirst.engine.evaluate", ["ossfirst.engine.evaluate"]),
        ("from ossfirst import api, __version__", ["ossfirst.api", "ossfirst"]),
        ("def f():\n    from ossfirst.render.words import text", ["ossfirst.render.words"]),
        ("if TYPE_CHECKING:\n    from ossfirst.enrich import Facts", ["ossfirst.enrich"]),
        ("from . import scoring", ["ossfirst.engine"]),
        ("from ..model import result", ["ossfirst.model"]),
        ("import json\nfrom pydantic import Field", []),
    ],
)
def test_every_kind_of_import_is_seen(source: str, expected: list[str]) -> None:
    # The check relies on seeing every import; a kind it missed would pass unseen.
    assert [name for name, _ in _imports(source, "ossfirst.engine.evaluate")] == expected


def test_an_import_against_the_flow_is_found() -> None:
    module = "ossfirst.engine.evaluate"
    imported = [_part(name) for name, _ in _imports("from ossfirst.enrich import Facts", module)]
    assert imported == ["enrich"]
    assert "enrich" not in ALLOWED["engine"]


#: Libraries that write one report format, and the one module that may import each; that
#: module imports it inside its functions (or under ``TYPE_CHECKING``), so that importing
#: the module, and a run that writes another format, never loads the library.
FORMAT_LIBRARIES: dict[str, str] = {
    "docx": "ossfirst.render.docx",
    "odf": "ossfirst.render.odt",
}


def _library_imports(tree: ast.AST) -> list[tuple[str, int, bool]]:
    """Each import of a library in ``tree``: its top-level name, its line and whether it runs
    when the module is imported (not inside a function nor under ``TYPE_CHECKING``)."""
    found: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, at_import: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend((a.name.split(".")[0], node.lineno, at_import) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.append((node.module.split(".")[0], node.lineno, at_import))
        for child in ast.iter_child_nodes(node):
            deferred = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or (
                isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            )
            visit(child, at_import and not deferred)

    visit(tree, True)
    return found


def test_format_libraries_are_imported_only_inside_their_writers() -> None:
    wrong = []
    for path in sorted((SOURCE / "ossfirst").rglob("*.py")):
        module = _module_name(path)
        for name, line, at_import in _library_imports(ast.parse(path.read_text("utf-8"))):
            if name not in FORMAT_LIBRARIES:
                continue
            where = f"{path.relative_to(SOURCE)}:{line}"
            if FORMAT_LIBRARIES[name] != module:
                wrong.append(f"{where}: {name} belongs to {FORMAT_LIBRARIES[name]}")
            elif at_import:
                wrong.append(f"{where}: {name} imported with the module, not where it is used")
    assert not wrong, "\n".join(wrong)


def test_a_format_library_imported_with_its_module_is_found() -> None:
    source = "import docx\nif TYPE_CHECKING:\n    import odf\ndef f():\n    from docx import x\n"
    assert _library_imports(ast.parse(source)) == [
        ("docx", 1, True),
        ("odf", 3, False),
        ("docx", 5, False),
    ]
