# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The rules of ``ossfirst check``: stable ids, default levels, what a repository may change.

Rule ids are part of the interface: configuration files, recorded deviations, SARIF
results, GitLab fingerprints and JUnit test names all use them. Never rename one; retire it
and add a new id instead. Their titles, help texts and messages are in
:mod:`ossfirst.texts.check`. The table is part of the model because requests name
rules too: the request loader checks the rule of each recorded deviation.
"""

from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning", "note"]
Setting = Literal["error", "warning", "note", "off"]
LEVELS: tuple[Level, ...] = ("error", "warning", "note")
#: How severe a level is; a finding fails the run when its rank reaches the fail threshold.
RANK: dict[str, int] = {"note": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class Rule:
    """One thing ``ossfirst check`` looks for."""

    id: str
    #: The level of its findings, unless the repository's policy sets another.
    level: Level
    #: False for a rule a repository turns on in its policy (``[rules]``).
    enabled: bool = True
    #: False for the OSS-first rule itself and for broken input: a repository's configuration
    #: cannot lower them; only a recorded deviation (comply or explain) can, visibly.
    configurable: bool = True
    #: Whether a request may record a deviation from this rule.
    deviable: bool = True


RULES: tuple[Rule, ...] = (
    Rule("invalid-input", "error", configurable=False, deviable=False),
    Rule("unjustified-departure", "error", configurable=False),
    Rule("justification-missing", "error", configurable=False),
    Rule("proposal-unmet-must", "error", configurable=False),
    Rule("proposal-excluded", "error", configurable=False),
    Rule("no-eligible-alternative", "error", configurable=False),
    Rule("no-oss-considered", "error", configurable=False),
    Rule("justification-misses-points", "warning"),
    Rule("undocumented-assessment", "warning"),
    Rule("stale-evidence", "warning"),
    Rule("assessment-after-request", "warning"),
    Rule("unassessed-criterion", "warning"),
    Rule("assessors-disagree", "warning"),
    Rule("uncomputable-criterion", "note"),
    Rule("no-proposal", "note"),
    Rule("deviation-expired", "error", configurable=False, deviable=False),
    Rule("deviation-unused", "note", deviable=False),
    Rule("internal-error", "error", configurable=False, deviable=False),
    Rule("exit-plan", "warning"),
    Rule("unpinned-catalogue", "error", enabled=False),
    Rule("market-exploration-missing", "warning"),
    Rule("market-hit-undecided", "warning"),
    Rule("market-exploration-stale", "warning"),
    Rule("gap-closing-unexamined", "warning"),
)

BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
DEVIABLE: tuple[str, ...] = tuple(rule.id for rule in RULES if rule.deviable)


def default_levels() -> dict[str, Setting]:
    """Every rule at its default level."""
    return {rule.id: rule.level if rule.enabled else "off" for rule in RULES}
