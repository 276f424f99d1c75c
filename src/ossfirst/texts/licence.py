# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the messages for an SPDX licence expression that is malformed or names an
unknown id (``spdx.<problem>``, :mod:`ossfirst.evidence.spdx`), with the hints that go
with them (``spdx.hint.<name>``)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "spdx.not-text": (
        "Der Lizenzausdruck muss ein Text sein.",
        "The licence expression must be a string.",
    ),
    "spdx.empty": ("Der Lizenzausdruck ist leer.", "The licence expression is empty."),
    "spdx.too-long": (
        "Der Lizenzausdruck ist länger als {limit} Zeichen.",
        "The licence expression is longer than {limit} characters.",
    ),
    "spdx.invalid": (
        "Der Lizenzausdruck ist syntaktisch ungültig: {expression!r}.",
        "The licence expression is not valid SPDX syntax: {expression!r}.",
    ),
    "spdx.bad-char": (
        "Unzulässiges Zeichen {char!r} in {term!r}.",
        "Invalid character {char!r} in {term!r}.",
    ),
    "spdx.too-deep": (
        "Mehr als {limit} Klammerebenen.",
        "More than {limit} levels of parentheses.",
    ),
    "spdx.empty-parentheses": ("Leere Klammern.", "Empty parentheses."),
    "spdx.unopened": (
        "Schließende Klammer ohne öffnende.",
        "Closing parenthesis without an opening one.",
    ),
    "spdx.unclosed": (
        "Öffnende Klammer wird nicht geschlossen.",
        "Opening parenthesis is never closed.",
    ),
    "spdx.nothing-before": ("Vor {op!r} fehlt eine Lizenz.", "{op!r} has no licence before it."),
    "spdx.nothing-after": ("Nach {op!r} fehlt eine Lizenz.", "{op!r} has no licence after it."),
    "spdx.with-single": (
        "'WITH' muss direkt auf eine einzelne Lizenzkennung folgen.",
        "'WITH' must directly follow a single licence id.",
    ),
    "spdx.with-parentheses": (
        "Nach 'WITH' steht eine einzelne Ausnahme-Kennung, keine Klammer.",
        "'WITH' takes a single exception id, not parentheses.",
    ),
    "spdx.missing-operator": (
        "Zwischen den Teilen von {shown!r} fehlt AND, OR oder WITH.",
        "AND, OR or WITH is missing between the parts of {shown!r}.",
    ),
    "spdx.spaces": (
        "{shown!r} ist keine SPDX-Lizenzkennung: eine Kennung enthält keine Leerzeichen, und "
        "mehrere Lizenzen werden mit OR (zur Wahl) oder AND (alle zugleich) verbunden.",
        "{shown!r} is not an SPDX licence id: an id contains no spaces, and several licences "
        "are joined with OR (a choice) or AND (all at once).",
    ),
    "spdx.bad-reference": (
        "Ungültige Lizenzreferenz {text!r}.",
        "Invalid licence reference {text!r}.",
    ),
    "spdx.bad-plus": (
        "Ungültige Verwendung von '+' in {text!r}.",
        "Invalid use of '+' in {text!r}.",
    ),
    "spdx.exception-alone": (
        "{id!r} ist eine Lizenzausnahme und steht nur nach WITH.",
        "{id!r} is a licence exception and may only follow WITH.",
    ),
    "spdx.unknown": ("Unbekannte Lizenzkennung {text!r}.", "Unknown licence id {text!r}."),
    "spdx.licence-after-with": (
        "{text!r} ist eine Lizenz, keine Lizenzausnahme; nach WITH steht eine SPDX-Ausnahme.",
        "{text!r} is a licence, not a licence exception; WITH takes an SPDX exception.",
    ),
    "spdx.unknown-exception": (
        "Unbekannte Lizenzausnahme {text!r} nach WITH.",
        "Unknown licence exception {text!r} after WITH.",
    ),
    # the hints
    "spdx.hint.not-text": ("z. B. licence: 'EUPL-1.2'", "e.g. licence: 'EUPL-1.2'"),
    "spdx.hint.empty": (
        "SPDX-Ausdruck angeben, z. B. 'EUPL-1.2' oder 'LicenseRef-Proprietary'.",
        "Give an SPDX expression, e.g. 'EUPL-1.2' or 'LicenseRef-Proprietary'.",
    ),
    "spdx.hint.separator": (
        "Lizenzen mit ' OR ' (Wahl) oder ' AND ' (alle zugleich) verbinden.",
        "Join licences with ' OR ' (a choice) or ' AND ' (all at once).",
    ),
    "spdx.hint.id-characters": (
        "SPDX-Kennungen bestehen aus Buchstaben, Ziffern, '-' und '.'.",
        "SPDX ids consist of letters, digits, '-' and '.'.",
    ),
    "spdx.hint.empty-parentheses": (
        "Lizenz in die Klammern schreiben oder sie entfernen.",
        "Put a licence inside or remove them.",
    ),
    "spdx.hint.unopened": (
        "Klammer entfernen oder die öffnende ergänzen.",
        "Remove it or add the opening one.",
    ),
    "spdx.hint.unclosed": ("Schließende Klammer ')' ergänzen.", "Add the closing ')'."),
    "spdx.hint.operator": (
        "Lizenz ergänzen oder den Operator entfernen.",
        "Add a licence or remove the operator.",
    ),
    "spdx.hint.with-single": (
        "Ausnahme je Lizenz angeben, z. B. "
        "'(GPL-2.0-or-later WITH Classpath-exception-2.0) OR MIT'.",
        "Attach the exception to one licence, e.g. "
        "'(GPL-2.0-or-later WITH Classpath-exception-2.0) OR MIT'.",
    ),
    "spdx.hint.missing-operator": (
        "Mit AND, OR oder WITH verbinden.",
        "Join them with AND, OR or WITH.",
    ),
    "spdx.hint.look-up": (
        "Kennung nachschlagen unter https://spdx.org/licenses/, z. B. 'GPL-3.0-only'.",
        "Look the id up at https://spdx.org/licenses/, e.g. 'GPL-3.0-only'.",
    ),
    "spdx.hint.did-you-mean": ("meinten Sie {last}?", "did you mean {last}?"),
    "spdx.hint.did-you-mean-one-of": (
        "meinten Sie {head} oder {last}?",
        "did you mean {head} or {last}?",
    ),
    "spdx.hint.reference": (
        "Form 'LicenseRef-<Name>' oder 'DocumentRef-<Dok>:LicenseRef-<Name>'; Name aus "
        "Buchstaben, Ziffern, '-' und '.'.",
        "Use 'LicenseRef-<name>' or 'DocumentRef-<doc>:LicenseRef-<name>'; the name consists "
        "of letters, digits, '-' and '.'.",
    ),
    "spdx.hint.plus": (
        "'+' steht nur direkt hinter einer SPDX-Lizenzkennung, z. B. 'MPL-2.0+'.",
        "'+' may only follow an SPDX licence id directly, e.g. 'MPL-2.0+'.",
    ),
    "spdx.hint.exception-alone": (
        "z. B. 'GPL-2.0-or-later WITH {id}'.",
        "e.g. 'GPL-2.0-or-later WITH {id}'.",
    ),
    "spdx.hint.list": (
        "Gültige Kennungen stehen in der SPDX License List ({url}); eigene Lizenzen als "
        "'LicenseRef-<Name>' angeben.",
        "Valid ids are in the SPDX License List ({url}); name other licences 'LicenseRef-<name>'.",
    ),
    "spdx.hint.licence-after-with": (
        "Lizenzen mit AND oder OR verbinden.",
        "Join licences with AND or OR.",
    ),
    "spdx.hint.addition": (
        "Eigene Zusatzbedingungen mit AND anhängen, z. B. 'Apache-2.0 AND LicenseRef-X'.",
        "Attach custom terms with AND, e.g. 'Apache-2.0 AND LicenseRef-X'.",
    ),
    "spdx.hint.exceptions-list": (
        "Gültige Ausnahmen stehen in der SPDX License List ({index}).",
        "Valid exceptions are in the SPDX License List ({index}).",
    ),
}
