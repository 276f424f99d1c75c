# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Write docs/criteria-coverage.md from the newest standard catalogue: which criterion answers
which question of the published criteria it names under ``sources``, what it deliberately
leaves out, and what changed from the previous version.

python scripts/gen_coverage.py          # write docs/criteria-coverage.md
python scripts/gen_coverage.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ossfirst.load.catalogue import load_catalogue, shipped_versions
from ossfirst.model.catalogue import Catalogue, Criterion, FloorCap, Text

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "criteria-coverage.md"

WORDS = {
    "title": ("Abdeckung: Kriterien und ihre Quellen", "Coverage: the criteria and their sources"),
    "generated": (
        "Erzeugt aus `criteria/standard/{version}.yaml` von `scripts/gen_coverage.py` (`make "
        "docs`); ein Test schlägt fehl, wenn die Datei veraltet ist.",
        "Generated from `criteria/standard/{version}.yaml` by `scripts/gen_coverage.py` (`make "
        "docs`); a test fails when it is out of date.",
    ),
    "sources": ("Quellen", "Sources"),
    "source": ("Quelle", "Source"),
    "publisher": ("Herausgeber", "Publisher"),
    "published": ("Stand", "Published"),
    "status": ("Hinweis", "Note"),
    "criteria": (
        "Kriterien und die Fragen, die sie beantworten",
        "Criteria and the questions they answer",
    ),
    "criterion": ("Kriterium", "Criterion"),
    "kind": ("Art", "Kind"),
    "weight": ("Gewicht", "Weight"),
    "answers": ("beantwortet", "Answers"),
    "questions": ("Die Fragen jeder Quelle", "The questions of each source"),
    "question": ("Frage", "Question"),
    "answered_by": ("beantwortet von", "Answered by"),
    "left_out": ("bewusst ausgelassen", "deliberately left out"),
    "omissions": ("Was der Katalog bewusst auslässt", "What the catalogue deliberately leaves out"),
    "changes": ("Was sich gegenüber {old} geändert hat", "What changed from {old}"),
    "new": ("neu", "new"),
    "weights": (
        "Gewichte der Kriterien innerhalb ihrer Dimension",
        "Criterion weights within their dimension",
    ),
    "profiles": ("Gewichte der Dimensionen je Profil", "Dimension weights per profile"),
    "assessed": ("bewertet", "assessed"),
    "computed": ("berechnet", "computed"),
    "knock-out": ("K.-o.", "knock-out"),
    "floors": ("Mindestanforderungen an Nachweise (neu)", "Evidence floors (new)"),
    "cap": (
        "sonst zählt `{criterion}` höchstens Stufe {level}",
        "else `{criterion}` counts at most level {level}",
    ),
    "knock_out": ("sonst ausgeschlossen", "else excluded"),
    "licence_rule": (
        "Lizenzregel: `{rule}` (Open Source heißt OSI-anerkannt; die FSF-Einstufung wird "
        "angezeigt). Ein Katalog, der ihn erweitert, kann `osi-and-fsf` (wie der SILL) oder "
        "`osi-or-fsf` setzen.",
        "Licence rule: `{rule}` (open source means OSI-approved; the FSF status is shown). A "
        "catalogue that extends it may set `osi-and-fsf` (as the SILL does) or `osi-or-fsf`.",
    ),
}


def word(key: str, lang: str, **params: str) -> str:
    de, en = WORDS[key]
    return (de if lang == "de" else en).format(**params)


def cell(value: str) -> str:
    return " ".join(value.split()).replace("|", "\\|")


def name(criterion: Criterion, lang: str) -> str:
    return f"{criterion.title.get(lang)} (`{criterion.id}`)"


def question(catalogue: Catalogue, ref: str, lang: str) -> str:
    source_id, _, question_id = ref.partition(":")
    source = catalogue.sources[source_id]
    return f"{source.short}: {source.questions[question_id].get(lang)}"


def part(catalogue: Catalogue, previous: Catalogue, lang: str) -> list[str]:
    out: list[str] = []
    old_ids = {c.id for c in previous.criteria}
    out += [f"### {word('sources', lang)}", ""]
    out += [
        f"| {word('source', lang)} | {word('publisher', lang)} | {word('published', lang)} | "
        f"{word('status', lang)} |",
        "|---|---|---|---|",
    ]
    for source in catalogue.sources.values():
        title = source.title.get(lang)
        if source.url:
            title = f"[{title}]({source.url})"
        status = source.status.get(lang) if source.status else ""
        out.append(
            f"| {cell(source.short)}: {cell(title)} | {cell(source.publisher)} | "
            f"{source.published} | {cell(status)} |"
        )
    out += ["", f"### {word('criteria', lang)}", ""]
    out += [
        f"| {word('criterion', lang)} | {word('kind', lang)} | {word('weight', lang)} | "
        f"{word('answers', lang)} |",
        "|---|---|--:|---|",
    ]
    for criterion in catalogue.criteria:
        label = name(criterion, lang)
        if criterion.id not in old_ids:
            label += f" – **{word('new', lang)}**"
        answers = "; ".join(question(catalogue, ref, lang) for ref in criterion.answers)
        weight = f"{criterion.weight:g}" if criterion.scored else "–"
        out.append(f"| {cell(label)} | {word(criterion.kind, lang)} | {weight} | {cell(answers)} |")
    out += ["", f"### {word('questions', lang)}", ""]
    by_question: dict[str, list[str]] = {}
    for criterion in catalogue.criteria:
        for ref in criterion.answers:
            by_question.setdefault(ref, []).append(name(criterion, lang))
    for omission in catalogue.omissions:
        for ref in omission.answers:
            by_question.setdefault(ref, []).append(
                f"{word('left_out', lang)}: {omission.topic.get(lang)}"
            )
    for source_id, source in catalogue.sources.items():
        out += [f"#### {cell(source.short)}: {cell(source.title.get(lang))}", ""]
        out += [f"| {word('question', lang)} | {word('answered_by', lang)} |", "|---|---|"]
        for question_id, text in source.questions.items():
            answered = by_question.get(f"{source_id}:{question_id}", [])
            out.append(f"| {cell(text.get(lang))} | {cell('; '.join(answered)) or '–'} |")
        out.append("")
    out += [f"### {word('omissions', lang)}", ""]
    for omission in catalogue.omissions:
        out.append(f"- **{cell(omission.topic.get(lang))}**: {cell(omission.reason.get(lang))}")
    out += ["", f"### {word('changes', lang, old=previous.version)}", ""]
    out += _changes(catalogue, previous, lang)
    return out


def _changes(catalogue: Catalogue, previous: Catalogue, lang: str) -> list[str]:
    old = {c.id: c for c in previous.criteria}
    out = [f"{word('weights', lang)}:", ""]
    out += [
        f"| {word('criterion', lang)} | {previous.version} | {catalogue.version} |",
        "|---|--:|--:|",
    ]
    for criterion in catalogue.criteria:
        if not criterion.scored:
            continue
        before = old.get(criterion.id)
        shown_before = f"{before.weight:g}" if before else "–"
        if before and before.weight == criterion.weight:
            continue
        out.append(f"| {cell(name(criterion, lang))} | {shown_before} | {criterion.weight:g} |")
    out += ["", f"{word('profiles', lang)}:", ""]
    dimensions = [d.id for d in catalogue.dimensions]
    titles = {d.id: d.title for d in catalogue.dimensions}
    header = " | ".join(_text(titles[d], lang) for d in dimensions)
    out += [f"| | {header} |", "|---|" + "--:|" * len(dimensions)]
    for profile_id, profile in catalogue.profiles.items():
        old_profile = previous.profiles.get(profile_id)
        values = []
        for dimension in dimensions:
            now = profile.weights[dimension]
            then = old_profile.weights[dimension] if old_profile else None
            values.append(f"{now:g}" if then in (None, now) else f"{then:g} → {now:g}")
        out.append(f"| {cell(profile.title.get(lang))} | " + " | ".join(values) + " |")
    known = {f.id for f in previous.evidence_floors}
    added = [f for f in catalogue.evidence_floors if f.id not in known]
    if added:
        out += ["", f"{word('floors', lang)}:", ""]
        for floor in added:
            test = floor.scorecard or floor.publiccode or ""
            kind = "Scorecard" if floor.scorecard else "publiccode.yml"
            limit = f" ≥ {floor.at_least}" if floor.at_least is not None else ""
            if isinstance(floor.then, FloorCap):
                effect = word(
                    "cap", lang, criterion=floor.then.criterion, level=str(floor.then.at_most)
                )
            else:
                effect = word("knock_out", lang)
            why = f" {cell(floor.rationale.get(lang))}" if floor.rationale else ""
            out.append(f"- `{floor.id}`: {kind} `{test}`{limit} – {effect}.{why}")
    out += ["", word("licence_rule", lang, rule=catalogue.policy.licence_rule)]
    return out


def _text(value: Text, lang: str) -> str:
    return cell(value.get(lang))


def document() -> str:
    versions = shipped_versions("standard")
    catalogue = load_catalogue(f"standard@{versions[-1]}")
    previous = load_catalogue(f"standard@{versions[-2]}")
    lines = [
        "<!--\nSPDX-"
        "FileCopyrightText: 2026 The ossfirst authors\nSPDX-"
        "License-Identifier: EUPL-1.2\n-->",
        "",
        f"# {word('title', 'en')} – {catalogue.id} {catalogue.version}",
        "",
        word("generated", "en", version=catalogue.version),
        "",
        "## English",
        "",
        *part(catalogue, previous, "en"),
        "",
        f"## Deutsch – {word('title', 'de')}",
        "",
        word("generated", "de", version=catalogue.version),
        "",
        *part(catalogue, previous, "de"),
    ]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="Only check; write nothing.")
    args = parser.parse_args()
    wanted = document()
    current = TARGET.read_text("utf-8") if TARGET.exists() else None
    if current == wanted:
        return 0
    if args.check:
        print(f"stale: {TARGET.relative_to(ROOT)} (run: make docs)", file=sys.stderr)
        return 1
    TARGET.write_text(wanted, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
