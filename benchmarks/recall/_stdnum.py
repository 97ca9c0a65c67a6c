"""python-stdnum (LGPL-2.1+): valid and invalid numbers from its doctests and module docstrings.

A number the doctest says is valid becomes a positive in one of our sentences; one it says is
invalid (bad check digit, wrong length, impossible date, blacklisted) becomes a hard negative in
the same kind of sentence, expected ``public``. We keep only the numbers (facts), never the code.

Mapping (stdnum module -> our type, subtype, sentence language, label a person would write):
national IDs listed in DESIGN §3 -> ``pii.national_id`` with that subtype; ``iban`` ->
``financial.iban``; ``eu.vat`` and ``vatin`` -> ``financial.vat_id``; ``bic`` -> ``financial.bic``.
``es.nif`` covers DNI, NIE and company CIF, so its positives carry no subtype.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from benchmarks.recall._common import Mirror, Record, embed, span

REPO = "arthurdejong/python-stdnum"
NID = "pii.national_id"
SCHEMES: dict[str, tuple[str, str | None, str, str]] = {
    "fr.nir": (NID, "fr.nir", "fr", "Numéro de sécurité sociale"),
    "de.idnr": (NID, "de.idnr", "de", "Steuer-ID"),
    "it.codicefiscale": (NID, "it.codicefiscale", "it", "Codice fiscale"),
    "es.dni": (NID, "es.dni", "es", "DNI"),
    "es.nie": (NID, "es.nie", "es", "NIE"),
    "es.nif": (NID, None, "es", "NIF"),
    "nl.bsn": (NID, "nl.bsn", "nl", "BSN"),
    "be.nn": (NID, "be.nn", "nl", "Rijksregisternummer"),
    "pl.pesel": (NID, "pl.pesel", "pl", "PESEL"),
    "se.personnummer": (NID, "se.personnummer", "en", "Personnummer"),
    "dk.cpr": (NID, "dk.cpr", "en", "CPR number"),
    "fi.hetu": (NID, "fi.hetu", "en", "Henkilötunnus"),
    "at.vnr": (NID, "at.svnr", "de", "Sozialversicherungsnummer"),
    "pt.nif": (NID, "pt.nif", "en", "NIF"),
    "ie.pps": (NID, "ie.pps", "en", "PPS number"),
    "us.ssn": (NID, "us.ssn", "en", "SSN"),
    "iban": ("financial.iban", None, "en", "IBAN"),
    "eu.vat": ("financial.vat_id", None, "en", "VAT number"),
    "vatin": ("financial.vat_id", None, "en", "VAT number"),
    "bic": ("financial.bic", None, "en", "BIC"),
}
_CALL = re.compile(r"^>>> (?:\w+\.)*(validate|is_valid)\('([^'\\]+)'\)\s*(?:#.*)?$")
_LANG_BY_PREFIX = {"FR": "fr", "DE": "de", "AT": "de", "IT": "it", "ES": "es", "NL": "nl"}
_LANG_BY_PREFIX |= {"BE": "nl", "PL": "pl"}


def _blocks(lines: list[str]) -> Iterator[tuple[str, bool]]:
    """``numbers = '''...'''`` blocks: each line with the verdict of the check that follows."""
    i = 0
    while i < len(lines):
        if not lines[i].startswith(">>> numbers = '''"):
            i += 1
            continue
        values: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "... '''":
            values.append(lines[i][4:].strip())
            i += 1
        check = lines[i + 1] if i + 1 < len(lines) else ""
        verdict = None
        if "caught(" in check or ("is_valid" in check and " not " not in check):
            verdict = False
        elif "is_valid" in check:
            verdict = True
        for value in values:
            if verdict is not None and value and not value.startswith("#"):
                yield value, verdict
        i += 1


def _calls(lines: list[str]) -> Iterator[tuple[str, bool]]:
    """Single ``validate('x')`` / ``is_valid('x')`` examples and their outcome."""
    for i, line in enumerate(lines[:-1]):
        m = _CALL.match(line.strip())
        if not m:
            continue
        out = lines[i + 1].strip()
        if m.group(1) == "validate":
            yield m.group(2), not out.startswith("Traceback")
        elif out in ("True", "False"):
            yield m.group(2), out == "True"


def examples(text: str) -> Iterator[tuple[str, bool]]:
    """Every (number, valid) pair a doctest text states."""
    lines = text.splitlines()
    yield from _blocks(lines)
    yield from _calls(lines)


def _texts(mirror: Mirror, module: str) -> Iterator[str]:
    paths = [f"tests/test_{module.replace('.', '_')}.doctest", f"stdnum/{module.replace('.', '/')}"]
    files = set(mirror.ls("tests")) | set(mirror.ls("stdnum"))
    for path in paths:
        for candidate in (path, f"{path}.py", f"{path}/__init__.py"):
            if candidate in files:
                yield mirror.read(candidate)


def records(mirror: Mirror) -> Iterator[Record]:
    """Positives and hard negatives for every mapped scheme."""
    for module, (type_, subtype, lang, label) in SCHEMES.items():
        seen: set[str] = set()
        for text in _texts(mirror, module):
            for value, valid in examples(text):
                if value in seen:
                    continue
                seen.add(value)
                yield _record(module, value, valid, type_, subtype, lang, label)


def _record(
    module: str, value: str, valid: bool, type_: str, subtype: str | None, lang: str, label: str
) -> Record:
    if type_ != NID:
        lang = _LANG_BY_PREFIX.get(value[:2].upper(), lang)
    key = f"{module}|{value}"
    text, start, context = embed(value, lang, label, key)
    rec = Record("stdnum", lang, text, key, annotated=(type_,), context=context)
    if valid:
        rec.spans = [span(start, start + len(value), type_, subtype)]
    else:
        rec.clean = True
    return rec
