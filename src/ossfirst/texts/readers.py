# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the messages for an evidence file its reader refuses: an SBOM in any of its
formats (``sbom.<problem>``, :mod:`ossfirst.evidence.sbom` and the ``sbom_*`` readers), an
OpenSSF Scorecard result (``scorecard.<problem>``, :mod:`ossfirst.evidence.scorecard`), a
file whose kind cannot be told (``ev.kind-unknown``, :mod:`ossfirst.evidence.standalone`), an
evidence file a request names that is not there (``ev.*``, :mod:`ossfirst.evidence.files`) and
a publiccode.yml refused (``pc.*``, :mod:`ossfirst.evidence.publiccode`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # SBOM, every format
    "sbom.not-an-sbom": (
        "Das ist keine CycloneDX-SBOM im JSON-Format ('bomFormat: CycloneDX' fehlt) und keine "
        "SPDX-SBOM.",
        "This is not a CycloneDX SBOM in JSON ('bomFormat: CycloneDX' is missing), nor an SPDX "
        "SBOM.",
    ),
    "sbom.hint.export": (
        "exportieren Sie die SBOM als CycloneDX (JSON, XML) oder SPDX (JSON, Tag-Value)",
        "export the SBOM as CycloneDX (JSON, XML) or SPDX (JSON, tag-value)",
    ),
    "sbom.version": (
        "{standard}-Version {version} wird nicht gelesen ({supported}).",
        "{standard} version {version} is not supported ({supported}).",
    ),
    "sbom.hint.version": (
        "erzeugen Sie die SBOM mit einer aktuellen Version des Werkzeugs",
        "generate the SBOM with a current version of the tool",
    ),
    "sbom.versions.cyclonedx-json": ("1.4 bis 1.7", "1.4 to 1.7"),
    "sbom.versions.cyclonedx-xml": ("1.2 bis 1.7", "1.2 to 1.7"),
    "sbom.versions.spdx-2": ("2.2 und 2.3", "2.2 and 2.3"),
    "sbom.versions.spdx-3": ("3.0", "3.0"),
    "sbom.too-many": (
        "Die SBOM hat {count} Komponenten; höchstens {allowed} werden gelesen (je Antrag "
        "zusammen höchstens {total}).",
        "The SBOM has {count} components; at most {allowed} are read (at most {total} for all "
        "SBOMs of a request).",
    ),
    "sbom.hint.too-many": (
        "nennen Sie die SBOM des ausgelieferten Produkts ohne Build-Werkzeuge",
        "name the SBOM of the delivered product without build tools",
    ),
    "sbom.package-unnamed": ("Ein Paket hat keinen Namen.", "A package has no name."),
    "sbom.hint.package-unnamed-spdx-2": (
        "geben Sie jedem Paket einen Namen (PackageName, 'name')",
        "give every package a name (PackageName, 'name')",
    ),
    "sbom.hint.package-unnamed-spdx-3": (
        "geben Sie jedem Paket einen Namen ('name')",
        "give every package a name ('name')",
    ),
    # CycloneDX in XML
    "sbom.xml-syntax": ("XML-Syntaxfehler: {detail}.", "XML syntax error: {detail}."),
    "sbom.xml-dtd": (
        "Die XML-Datei enthält eine Dokumenttyp-Deklaration (DTD) oder Entitäten; ossfirst "
        "löst keine auf.",
        "The XML file contains a document type declaration (DTD) or entities; ossfirst "
        "resolves none.",
    ),
    "sbom.hint.xml-dtd": (
        "entfernen Sie <!DOCTYPE ...>; eine CycloneDX-SBOM braucht keine",
        "remove <!DOCTYPE ...>; a CycloneDX SBOM needs none",
    ),
    "sbom.xml-too-deep": (
        "Die XML-Elemente sind tiefer als {depth} Ebenen verschachtelt.",
        "The XML elements are nested deeper than {depth} levels.",
    ),
    "sbom.xml-not-cyclonedx": (
        "Diese XML-Datei ist keine CycloneDX-SBOM (Wurzelelement 'bom' im Namensraum "
        "http://cyclonedx.org/schema/bom/<Version>).",
        "This XML file is not a CycloneDX SBOM (root element 'bom' in the namespace "
        "http://cyclonedx.org/schema/bom/<version>).",
    ),
    "sbom.hint.xml-export": (
        "exportieren Sie die SBOM als CycloneDX (XML oder JSON) oder SPDX",
        "export the SBOM as CycloneDX (XML or JSON) or SPDX",
    ),
    # SPDX
    "sbom.spdx-json": (
        "Das ist kein SPDX-Dokument im JSON-Format ('spdxVersion' fehlt).",
        "This is not an SPDX document in JSON ('spdxVersion' is missing).",
    ),
    "sbom.spdx-packages": (
        "'packages' muss eine Liste von Paketen sein.",
        "'packages' must be a list of packages.",
    ),
    "sbom.spdx-tag-value": (
        "Diese Zeile ist keine Angabe 'Tag: Wert' im SPDX-Tag-Value-Format.",
        "This line is no 'Tag: value' of the SPDX tag-value format.",
    ),
    "sbom.spdx-text-open": (
        "Der Text wird nicht mit </text> beendet.",
        "The text is not closed with </text>.",
    ),
    "sbom.spdx-3-context": (
        "Das ist kein SPDX-3-Dokument ('@context' nennt den SPDX-3-Kontext nicht).",
        "This is not an SPDX 3 document ('@context' does not name the SPDX 3 context).",
    ),
    "sbom.spdx-3-graph": ("'@graph' muss eine Liste sein.", "'@graph' must be a list."),
    # OpenSSF Scorecard
    "scorecard.not-a-result": (
        "Das ist kein OpenSSF-Scorecard-Ergebnis im JSON-Format (erwartet: date, repo, "
        "scorecard, checks).",
        "This is not an OpenSSF Scorecard result in JSON (expected: date, repo, scorecard, "
        "checks).",
    ),
    "scorecard.hint.not-a-result": (
        "speichern Sie das Ergebnis mit 'scorecard --format=json'",
        "save the result with 'scorecard --format=json'",
    ),
    "scorecard.check-twice": (
        "Die Prüfung '{check}' kommt doppelt vor.",
        "The check '{check}' appears twice.",
    ),
    # an evidence file on its own (ossfirst evidence show)
    "ev.kind-unknown": (
        "Welche Art von Nachweisdatei das ist, lässt sich nicht erkennen.",
        "What kind of evidence file this is cannot be told.",
    ),
    "ev.hint.kind-unknown": ("geben Sie --kind an: {kinds}", "give --kind: {kinds}"),
    # an evidence file the request names (ossfirst.evidence.files)
    "ev.missing-file": (
        "Die Nachweisdatei '{path}' gibt es nicht.",
        "The evidence file '{path}' does not exist.",
    ),
    "ev.hint.missing-file": (
        "Pfad relativ zur Antragsdatei prüfen",
        "check the path, relative to the request file",
    ),
    "ev.not-a-file": ("'{path}' ist keine gewöhnliche Datei.", "'{path}' is not a regular file."),
    "ev.hint.not-a-file": (
        "geben Sie eine Datei an, kein Verzeichnis, kein Gerät",
        "name a file, not a directory or a device",
    ),
    # publiccode.yml (ossfirst.evidence.publiccode)
    "pc.not-publiccode": (
        "Das ist keine publiccode.yml: der Schlüssel 'publiccodeYmlVersion' fehlt.",
        "This is not a publiccode.yml: the key 'publiccodeYmlVersion' is missing.",
    ),
    "pc.hint.not-publiccode": (
        "geben Sie unter 'evidence: publiccode:' die publiccode.yml der Software an",
        "name the software's publiccode.yml under 'evidence: publiccode:'",
    ),
    "pc.no-name": (
        "Die publiccode.yml nennt keinen Namen ('name').",
        "The publiccode.yml names no software ('name' is missing or empty).",
    ),
    "pc.contract-without-contractors": (
        "Wartung durch Vertrag ('contract') braucht mindestens einen Eintrag unter "
        "'contractors' mit 'name' und 'until'.",
        "Maintenance by contract needs at least one entry under 'contractors' with "
        "'name' and 'until'.",
    ),
    "pc.hint.contract-without-contractors": (
        "ergänzen Sie 'contractors', oder wählen Sie den zutreffenden Wartungstyp",
        "add 'contractors', or choose the maintenance type that applies",
    ),
}
