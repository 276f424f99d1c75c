# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""YAML with positions: what it keeps, what it refuses, and where it says the problem is."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.load.yamlsource import MAX_DEPTH, decode, load, parse


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as info:
        parse(text, "f.yaml")
    return [(str(p.location), p.text("en")) for p in info.value.problems]


def test_positions_of_keys_and_values_are_one_based() -> None:
    data, source = parse("a: 1\nb:\n  - x\n  - {c: 2}\n", "f.yaml")
    assert data == {"a": 1, "b": ["x", {"c": 2}]}
    assert str(source.locate(("a",))) == "f.yaml:1:4"
    assert str(source.locate(("b", 1, "c"))) == "f.yaml:4:9"
    assert str(source.locate(("b", 1, "c"), prefer_key=True)) == "f.yaml:4:6"
    # a path that is not in the file falls back to its nearest parent
    assert str(source.locate(("b", 1, "missing"))) == "f.yaml:4:5"


def test_yaml_1_2_scalars() -> None:
    data, _ = parse(
        "country: NO\nyes_: yes\nflag: true\nday: 2026-02-30\nn: 1_000\nx: 0x1f\nf: 1.5\nz: ~\n",
        "f.yaml",
    )
    assert data == {
        "country": "NO",
        "yes_": "yes",
        "flag": True,
        "day": "2026-02-30",
        "n": 1000,
        "x": 31,
        "f": 1.5,
        "z": None,
    }


def test_duplicate_key_names_both_lines() -> None:
    [(where, message)] = problems("a: 1\nb: 2\na: 3\n")
    assert where == "f.yaml:3:1"
    assert "Duplicate key 'a' (first in line 1)" in message


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system [ls]\n",
        "a: !custom x\n",
        "a: !!binary aGVsbG8=\n",
    ],
)
def test_tags_that_construct_objects_are_refused(text: str) -> None:
    [(where, message)] = problems(text)
    assert where == "f.yaml:1:4"
    assert "YAML tag" in message and "not allowed" in message


def test_syntax_error_has_position_and_hint() -> None:
    [(where, message)] = problems("a:\n\tb: 1\n")
    assert where.startswith("f.yaml:2:")
    assert "indent with spaces, not tabs" in message


def test_unclosed_flow_sequence() -> None:
    [(where, message)] = problems("a: [1, 2\n")
    assert where.startswith("f.yaml:")
    assert "YAML syntax error" in message


def test_empty_file_and_comment_only_file() -> None:
    for text in ("", "# only a comment\n"):
        [(where, message)] = problems(text)
        assert where == "f.yaml:1:1"
        assert "empty" in message


def test_two_documents_are_refused() -> None:
    [(where, message)] = problems("a: 1\n---\nb: 2\n")
    assert where == "f.yaml:2:1"
    assert "exactly one document" in message


def test_alias_bomb_is_stopped_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        previous, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    start = time.process_time()  # CPU time: the work, not the machine's load
    [(_, message)] = problems("\n".join(lines) + "\n")
    assert time.process_time() - start < 1.0
    assert "expands to more than" in message


def test_recursive_alias_and_deep_nesting() -> None:
    [(_, message)] = problems("a: &a [*a]\n")
    assert "nested deeper" in message
    [(_, message)] = problems("a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    assert "nested deeper" in message


def test_merge_keys_keep_explicit_values_and_positions() -> None:
    data, source = parse("base: &b {x: 1, y: 2}\nd: {<<: *b, y: 3}\n", "f.yaml")
    assert data["d"] == {"x": 1, "y": 3}
    assert str(source.locate(("d", "y"))) == "f.yaml:2:16"


def test_huge_number_is_an_error_not_a_crash() -> None:
    [(where, message)] = problems("n: " + "9" * 5000 + "\n")
    assert where == "f.yaml:1:4"
    assert "too large or invalid" in message


def test_utf8_bom_is_accepted_utf16_and_latin1_are_not() -> None:
    assert decode(b"\xef\xbb\xbfa: 1\n", "f.yaml") == "a: 1\n"
    with pytest.raises(InputError) as info:
        decode("a: 1\n".encode("utf-16"), "f.yaml")
    assert "UTF-16" in info.value.problems[0].text("en")
    with pytest.raises(InputError) as info:
        decode("title: ok\nname: M\xfcller\n".encode("latin-1"), "f.yaml")
    problem = info.value.problems[0]
    assert str(problem.location) == "f.yaml:2:8"
    assert "not valid UTF-8 (byte 0xfc)" in problem.text("en")
    assert "UTF-8" in problem.text("de")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * 100 + b"\n")
    with pytest.raises(InputError) as info:
        load(big, "big.yaml", max_bytes=50)
    assert "too large" in info.value.problems[0].text("en")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load(tmp_path / "nope.yaml")
    assert "does not exist" in info.value.problems[0].text("en")
    with pytest.raises(InputError) as info:
        load(tmp_path)
    assert "directory" in info.value.problems[0].text("en")


def test_spans_end_where_the_value_ends() -> None:
    """For SARIF regions: a scalar ends after its last character, a flow collection after its
    bracket, a block collection with its last value, a block scalar at the end of its last
    line (column 0)."""
    from ossfirst.load.yamlsource import parse

    text = (
        "a: plain value  # comment\n"
        "b: [1, 2]\n"
        "c:\n"
        "  d: x\n"
        "  e:\n"
        "    - y\n"
        "    - zz\n"
        "\n"
        "f: |\n"
        "  one\n"
        "  two\n"
        "g: ~\n"
    )
    _, source = parse(text, "t.yaml")
    ends = {key: source.span((key,))[1] for key in "abcfg"}
    assert ends == {"a": (1, 15), "b": (2, 10), "c": (7, 9), "f": (11, 0), "g": (12, 5)}
    assert source.span(("c", "e"))[1] == (7, 9)
    assert source.span(("missing",)) == (source.locate(()), (0, 0))


#: Plain scalars at the edges of the implicit types: booleans, numbers, nulls and merge
#: keys of YAML 1.2 and what only YAML 1.1 would read as one of them.
EDGES = [
    value
    for line in (
        "true True TRUE tRUE false False FALSE yes no NO on off y n ~ null Null NULL nULL",
        "0 -0 +1 00 01 09 1_000 _1 1__0 0o17 0o8 0O17 0x1F 0X1F 0xg 0b11 1:20 12:30:45",
        "1.5 .5 1. +.5 -1_0.0_1 1e3 1E3 1.0e+3 1e e3 .inf -.inf +.INF .Inf .nan .NaN .NAN nan",
        "2026-02-30 2026-01-01T10:00:00Z 0.1.2 << <<< < - + . .. -- ++",
    )
    for value in line.split()
]


def test_tags_are_those_of_pyyamls_resolver() -> None:
    """The composer's resolver answers as PyYAML's would with the same implicit resolvers,
    for every scalar and collection of every YAML file in the repository and for the edges
    of the implicit types (plain, quoted and in flow style)."""
    import yaml

    from ossfirst.load import yamlsource

    asked: list[tuple[str, object]] = []

    class Both(yamlsource._Composer):
        def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
            ours = super().resolve(kind, value, implicit)
            pyyaml = yaml.resolver.BaseResolver.resolve(self, kind, value, implicit)  # type: ignore[no-untyped-call]
            assert ours == pyyaml, (kind.__name__, value, implicit)
            asked.append((ours, value))
            return ours

    assert not yamlsource._Resolver.yaml_path_resolvers  # what the fast resolver leaves out
    root = Path(__file__).resolve().parents[2]
    files = [
        p
        for pattern in ("*.yaml", "*.yml")
        for p in root.rglob(pattern)
        if not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    edges = "\n".join(
        f"- {v}\n- '{v}'\n- \"{v}\"\n- [{v}]\n- {{{v}: {v}}}" for v in EDGES if v != "-"
    )
    texts = [edges + "\n- \n- ''\n- !!str 1\n- ! 1\n- !custom 1\n"]
    for path in files:
        try:
            texts.append(path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            continue  # a file that is not UTF-8 on purpose: never parsed
    for text in texts:
        composer = Both(text)
        try:
            composer.get_single_node()
        except yaml.YAMLError:
            pass  # a broken file on purpose: the scalars before the error were compared
        finally:
            composer.dispose()
    tags = {tag.rsplit(":", 1)[-1] for tag, _ in asked}
    assert len(files) > 400
    assert {"str", "int", "float", "bool", "null", "merge", "map", "seq"} <= tags


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled: bool) -> None:
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        parse("a: [1, {b: c}]\n", "f.yaml")
        assert gc.isenabled() is enabled
        with pytest.raises(InputError):
            parse("a: [1\n", "f.yaml")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
