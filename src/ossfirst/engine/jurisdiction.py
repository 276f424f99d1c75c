# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Which law an operator is subject to, as one of the categories the catalogue scores.

Sources: EU member states and EEA (Agreement on the European Economic Area, Art. 126);
adequacy decisions of the European Commission under Art. 45 GDPR as listed on the
Commission's page "Adequacy decisions" (state: 2025). The EU-US Data Privacy Framework is
left out on purpose: it covers only self-certified organisations and does not limit access
by US authorities under FISA section 702 or the CLOUD Act, which is what the sovereignty
criterion is about; a US operator therefore counts as ``third-country``.
"""

from __future__ import annotations

EU = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
EEA = EU | {"IS", "LI", "NO"}
ADEQUACY = frozenset(
    ["AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "UY"]
)


def category(country: str, operator: str, parent: str | None) -> str:
    """``domestic``, ``eu``, ``eu-foreign-parent``, ``adequacy`` or ``third-country``.

    ``country`` is the requesting body's; on-premises operation by the body itself is
    written with the body's country as ``operator`` and so counts as domestic.
    A parent company's jurisdiction counts when it is outside the EU/EEA, because it can be
    compelled to hand over data its subsidiary holds.
    """
    foreign_parent = parent is not None and parent not in EEA and parent != country
    if operator == country and parent in (None, country):
        return "domestic"
    if operator in EEA or operator == country:
        return "eu-foreign-parent" if foreign_parent else "eu"
    if operator in ADEQUACY:
        return "adequacy"
    return "third-country"
