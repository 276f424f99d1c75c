# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What the evidence files say, per alternative and file: one function per kind of file
(:data:`KINDS`). ``ossfirst evidence show`` shows a file with the same function, complete
(every fact read, every component listed), and what it feeds (:func:`show`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ossfirst.model.result import (
    ImportedFrom,
    Message,
    PubliccodeFacts,
    SbomFacts,
    ScorecardFacts,
)
from ossfirst.render.document import (
    MISSING,
    Block,
    Bullets,
    Entry,
    Paragraph,
    cell,
    clean,
    column,
    note,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection
from ossfirst.words import Phrases

if TYPE_CHECKING:
    from ossfirst.model.catalogue import Catalogue
    from ossfirst.model.evidence import EvidenceKind


def publiccode(pc: PubliccodeFacts, w: Phrases, name: str, complete: bool = False) -> list[Block]:
    def listed(items: list[str]) -> str:
        return ", ".join(items) if items else w.t("ev.none")

    maintenance = w.t("ev.maintenance." + pc.maintenance)
    for i, c in enumerate(pc.contractors):
        contractor = w.t("ev.pc.contractor", name=c.name, until=w.date(c.until))
        maintenance += (": " if i == 0 else "; ") + contractor
    version = f" ({pc.software_version})" if pc.software_version else ""
    facts = [
        ("ev.pc.name", pc.name + version),
        ("field.url", pc.url or MISSING),
        ("ev.pc.version", pc.version),
        ("ev.pc.status", w.t("ev.status." + pc.development_status)),
        ("ev.pc.type", pc.software_type),
        ("ev.pc.platforms", ", ".join(pc.platforms)),
        ("ev.pc.licence", pc.licence),
        ("ev.pc.maintenance", maintenance),
        ("ev.pc.used_by", listed(pc.used_by)),
        *(
            [("field.localisation_ready", w.t("yes" if pc.localisation_ready else "no"))]
            if complete
            else []
        ),
        ("ev.pc.languages", ", ".join(pc.languages)),
        ("ev.pc.proprietary", w.dependencies(pc.depends_proprietary)),
        ("ev.pc.open", w.dependencies(pc.depends_open)),
        ("ev.pc.hardware", w.dependencies(pc.depends_hardware)),
        ("ev.pc.supports", listed(pc.supports)),
    ]
    return [
        table(
            w.t("tab.publiccode", name=clean(name)),
            [column(w.t("col.field"), width=1.6), column(w.t("col.value"), width=4.4)],
            [[cell(w.t(key)), cell(value)] for key, value in facts],
        )
    ]


def scorecard(sc: ScorecardFacts, w: Phrases, name: str, complete: bool = False) -> list[Block]:
    rows = [
        [
            cell(c.name),
            cell(w.t("ev.risk." + c.risk) if c.risk else w.t("ev.sc.unknown_risk")),
            cell(w.num(c.weight, 1)),
            cell(f"{c.score}/10" if c.score is not None else w.t("ev.sc.inconclusive")),
            cell(c.reason or ""),
            cell(w.criterion(c.criterion) if c.criterion else ""),
        ]
        for c in sc.checks
    ]
    return [
        paragraph(w.scorecard_summary(sc, whole_commit=complete)),
        table(
            w.t("tab.scorecard", name=clean(name)),
            [
                column(w.t("ev.sc.check"), width=2.9),
                column(w.t("ev.sc.risk"), width=1.6),
                column(w.t("col.weight"), "right", 1.5),
                column(w.t("ev.sc.score"), "right", 1.8),
                column(w.t("ev.sc.reason"), width=3.7, detail=True),
                column(w.t("ev.sc.criterion"), width=4.5),
            ],
            rows,
        ),
    ]


def sbom(bom: SbomFacts, w: Phrases, name: str, complete: bool = False) -> list[Block]:
    blocks: list[Block] = [paragraph(w.sbom_summary(bom))]
    if complete:
        read = [f"{w.t('field.encoding')}: {bom.encoding}"]
        if bom.serial_number:
            read.append(f"{w.t('field.serial_number')}: {bom.serial_number}")
        blocks.append(Paragraph((tuple(clean(line) for line in read),)))
    if bom.not_open:
        rows = []
        for c in bom.not_open if complete else w.sbom_listed(bom):
            status = w.t("ev.sbom.status." + c.status)
            if c.optional:
                status += ", " + w.t("ev.pc.optional")
            if c.own:
                status += ", " + w.t("ev.sbom.own")
            rows.append(
                [
                    cell(c.name),
                    cell(c.version or MISSING),
                    cell(c.licence or MISSING),
                    cell(status),
                ]
            )
        blocks.append(
            table(
                w.t("tab.sbom_not_open", name=clean(name)),
                [
                    column(w.t("ev.sbom.component"), width=2.0),
                    column(w.t("ev.sbom.version"), width=0.9),
                    column(w.t("ev.sbom.licence"), width=2.2),
                    column(w.t("ev.sbom.status"), width=1.9),
                ],
                rows,
            )
        )
        if not complete and w.sbom_unlisted(bom):
            blocks.append(paragraph(w.sbom_unlisted(bom)))
    elif bom.components:
        blocks.append(paragraph(w.t("ev.sbom.all_open")))
    if bom.licensing:
        blocks.append(
            table(
                w.t("tab.sbom_licensing", name=clean(name)),
                [
                    column(w.t("ev.sbom.component"), width=1.8),
                    column(w.t("ev.sbom.licence"), width=1.8),
                    column(w.t("ev.sbom.types"), width=1.3),
                    column(w.t("ev.sbom.expiration"), width=0.9),
                    column(w.t("ev.sbom.licensor"), width=1.4),
                ],
                [
                    [
                        cell(t.component),
                        cell(t.licence or MISSING),
                        cell(", ".join(t.types) or MISSING),
                        cell(w.date(t.expiration) if t.expiration else MISSING),
                        cell(t.licensor or MISSING),
                    ]
                    for t in bom.licensing
                ],
            )
        )
    return blocks


class Shows(Protocol):
    """How a file of one kind is shown: from its facts (the field of the same name of an
    alternative's evidence in the Result), the words and the name of what it is about, its
    blocks; ``complete`` adds what only ``evidence show`` prints (every fact read, every
    component)."""

    def __call__(
        self, facts: Any, w: Phrases, name: str, /, complete: bool = False
    ) -> list[Block]: ...


#: How a file of each kind is shown: the report section of each kind of the registry
#: :data:`ossfirst.evidence.kinds.KINDS` (which lies beneath the renderer and cannot name
#: it; a test holds the two together). A new kind of evidence file adds one entry.
KINDS: dict[EvidenceKind, Shows] = {
    "publiccode": publiccode,
    "scorecard": scorecard,
    "sbom": sbom,
}


def build(ctx: Context) -> list[Block] | None:
    w, r = ctx.words, ctx.result
    if not r.audit.evidence:
        return None
    blocks: list[Block] = [paragraph(w.t("ev.intro"))]
    for a in r.alternatives:
        files = [(kind, facts) for kind in KINDS if (facts := getattr(a.evidence, kind))]
        if not files:
            continue
        blocks.append(subheading(w.name(a.id)))
        for kind, facts in files:
            blocks.append(subheading(f"{w.t('ev.kind.' + kind)}: {facts.file}", level=4))
            blocks += KINDS[kind](facts, w, w.name(a.id))
    return blocks


SECTION = ReportSection("evidence", "sec.evidence", build)


class Derived(Protocol):
    """What an evidence file gives (:class:`ossfirst.evidence.derived.Derived`, which the
    renderer does not import: evidence files are read before, and apart from, the report)."""

    @property
    def levels(self) -> Mapping[str, ImportedFrom]: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def warnings(self) -> Sequence[Message]: ...


class Evidence(Protocol):
    """One evidence file as read (:class:`ossfirst.evidence.kinds.Evidence`)."""

    @property
    def kind(self) -> EvidenceKind: ...
    @property
    def facts(self) -> Any: ...
    @property
    def sha256(self) -> str: ...
    @property
    def derived(self) -> Derived: ...


def feeds(evidence: Evidence, catalogue: Catalogue, w: Phrases) -> list[dict[str, Any]]:
    """The criteria an evidence file feeds, with the level it gives and why, in the order
    of their ids."""
    found = []
    for criterion_id, source in sorted(evidence.derived.levels.items()):
        criterion = catalogue.criterion(criterion_id)
        found.append(
            {
                "criterion": criterion_id,
                "title": criterion.title.get(w.lang) if criterion else None,
                "in_catalogue": criterion is not None and criterion.kind == "assessed",
                "score": source.score,
                "reason": source.reason.model_dump(mode="json"),
                "text": w.reason(source),
            }
        )
    return found


def show(
    file: Path, evidence: Evidence, catalogue: Catalogue, w: Phrases, end: dt.date | None
) -> list[Block]:
    """One evidence file on its own (``ossfirst evidence show``): what it is, its blocks
    as the report shows them but complete, the criteria it feeds and what to bear in mind."""
    name = str(file)
    blocks: list[Block] = [
        paragraph(f"{name}: {w.t('ev.kind.' + evidence.kind)} (SHA-256 {evidence.sha256})"),
        *KINDS[evidence.kind](evidence.facts, w, name, complete=True),
    ]
    found = feeds(evidence, catalogue, w)
    if found:
        blocks.append(
            table(
                w.t("show.feeds"),
                [
                    column(w.t("col.criterion")),
                    column(w.t("show.col.title")),
                    column(w.t("col.score"), "right"),
                    column(w.t("show.col.reason"), detail=True),
                ],
                [
                    [
                        cell(f["criterion"]),
                        cell(f["title"] or MISSING),
                        cell(
                            f"{f['score']}/4",
                            notes=[] if f["in_catalogue"] else [note(w.t("show.not_in_catalogue"))],
                        ),
                        cell(f["text"]),
                    ]
                    for f in found
                ],
            )
        )
    else:
        blocks.append(paragraph(f"{w.t('show.feeds')}: {w.t('show.feeds_none')}"))
    if evidence.derived.date is not None:
        blocks.append(paragraph(w.t("show.dated", date=w.date(evidence.derived.date))))
    if evidence.kind == "publiccode":
        blocks.append(paragraph(w.t("show.licence_check")))
    if evidence.kind != "scorecard" and end is None:
        blocks.append(paragraph(w.t("show.no_horizon")))
    if evidence.derived.warnings:
        blocks.append(paragraph(w.t("gap.warnings") + ":"))
        blocks.append(
            Bullets(tuple(Entry("", clean(w.message(m))) for m in evidence.derived.warnings))
        )
    return blocks
