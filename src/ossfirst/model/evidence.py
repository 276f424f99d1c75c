# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The names of the evidence kinds, without pydantic (the command line's ``--kind`` choices
are read when it starts)."""

from __future__ import annotations

from typing import Literal, get_args

#: The kinds of evidence file an alternative can declare, in the order they are read: the
#: names of the registry :data:`ossfirst.evidence.kinds.KINDS` (a test holds them together).
EvidenceKind = Literal["publiccode", "scorecard", "sbom"]
EVIDENCE_KINDS: tuple[EvidenceKind, ...] = get_args(EvidenceKind)
