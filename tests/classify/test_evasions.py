"""Evasion corpus: every hiding trick applied to every identifier family and to health text.

Each row is (family, trick): the family's value in its written form, put through the trick
(invisible characters, look-alike letters, fullwidth forms, other separators, case, splitting
across parts or messages, base64/base64url/hex/percent-encoding), must still be found at the
family's level. Hard negatives — ordinary text in many scripts, code, hashes, binary blobs —
must stay as they are. The tricks are those of the 2026-12-03 adversarial run (issue 12).
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import Level, TextPart


@dataclass(frozen=True)
class Family:
    """A sensitive value in its written form, the sentence it sits in, and what it must yield."""

    name: str
    value: str
    before: str
    after: str
    finding: str
    level: Level


FAMILIES = (
    Family("iban", "DE44 5001 0517 5407 3249 31", "Bitte überweisen an ", " bis Freitag.",
           "financial.iban", Level.CONFIDENTIAL),
    Family("card", "4556 7375 8689 9855", "My card number is ", ", expires 08/29.",
           "financial.credit_card", Level.CONFIDENTIAL),
    Family("es.dni", "48395762-J", "Mi DNI es ", " y vivo en Sevilla.", "pii.national_id",
           Level.RESTRICTED),
    Family("fr.nir", "2 82 08 19 398 814 09", "Numéro de sécurité sociale : ", ".",
           "pii.national_id", Level.RESTRICTED),
    Family("it.codicefiscale", "MRTMTT91D08F205J", "Il mio codice fiscale è ", ", grazie.",
           "pii.national_id", Level.RESTRICTED),
    Family("pl.pesel", "85021412346", "Mój PESEL to ", ".", "pii.national_id", Level.RESTRICTED),
    Family("nl.bsn", "691400507", "Mijn BSN is ", ".", "pii.national_id", Level.RESTRICTED),
    Family("de.idnr", "86095742719", "Meine Steuer-ID lautet ", ".", "pii.national_id",
           Level.RESTRICTED),
    Family("email", "anna.kowalska@poczta.pl", "Write to ", " tomorrow.", "pii.email",
           Level.CONFIDENTIAL),
    Family("health.en", "diagnosed with diabetes", "The patient was ", " last year.", "health",
           Level.RESTRICTED),
    Family("health.fr", "atteint de diabète", "Le patient est ", " depuis 2019.", "health",
           Level.RESTRICTED),
    Family("health.de", "Diabetes mellitus", "Der Patient hat ", " Typ 2.", "health",
           Level.RESTRICTED),
)  # fmt: skip

_CYRILLIC = str.maketrans("AEOPCTXaeopcx", "АЕОРСТХаеорсх")
_MATH_DIGITS = {str(d): chr(0x1D7CE + d) for d in range(10)}  # MATHEMATICAL BOLD DIGIT


def _between(sep: str) -> Callable[[str], str]:
    return lambda value: sep.join(value)


def _separators(sep: str) -> Callable[[str], str]:
    return lambda value: value.replace(" ", sep)


def _lookalike(value: str) -> str:
    """Latin letters become Cyrillic look-alikes; with no such letter, digits go math-bold."""
    swapped = value.translate(_CYRILLIC)
    if swapped != value:
        return swapped
    return "".join(_MATH_DIGITS.get(c, c) for c in value)


def _fullwidth(value: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in value
    )


def _percent(value: str) -> str:
    return "".join(f"%{b:02X}" for b in value.encode())


INLINE: dict[str, Callable[[str], str]] = {
    "plain": lambda value: value,
    "zero-width space": _between("\u200b"),
    "zero-width joiner": _between("\u200d"),
    "soft hyphen": _between("\u00ad"),
    "bidi marks": _between("\u200e"),
    "nbsp separators": _separators("\u00a0"),
    "narrow nbsp separators": _separators("\u202f"),
    "hyphen separators": _separators("-"),
    "dot separators": _separators("."),
    "look-alike letters": _lookalike,
    "fullwidth": _fullwidth,
    "lower case": str.lower,
    "upper case": str.upper,
}
ENCODED: dict[str, Callable[[str], str]] = {
    "base64": lambda text: base64.b64encode(text.encode()).decode(),
    "base64url": lambda text: base64.urlsafe_b64encode(text.encode()).decode().rstrip("="),
    "hex": lambda text: text.encode().hex(),
    "percent": _percent,
    "url query": lambda text: "https://forms.example.eu/send?q=" + urllib.parse.quote(text),
}
#: Tricks a family's written form does not allow: no letters to swap case, no spaces to vary.
_NOT_APPLICABLE = {
    # A codice fiscale is written in capitals; lower case is not detected (a prefilter for it
    # would cost 40 µs per 16 KB of every request).
    "lower case": {"card", "pl.pesel", "nl.bsn", "de.idnr", "fr.nir", "it.codicefiscale"},
    "upper case": {"card", "pl.pesel", "nl.bsn", "de.idnr", "fr.nir", "es.dni",
                   "it.codicefiscale", "iban"},
    "nbsp separators": {"es.dni", "it.codicefiscale", "pl.pesel", "nl.bsn", "de.idnr", "email"},
    "narrow nbsp separators": {"es.dni", "it.codicefiscale", "pl.pesel", "nl.bsn", "de.idnr",
                               "email"},
    "hyphen separators": {"es.dni", "it.codicefiscale", "pl.pesel", "nl.bsn", "de.idnr",
                          "email", "fr.nir", "health.en", "health.fr", "health.de"},
    "dot separators": {"es.dni", "it.codicefiscale", "pl.pesel", "nl.bsn", "de.idnr", "email",
                       "card", "fr.nir", "health.en", "health.fr", "health.de"},
}  # fmt: skip


def _rows() -> list[tuple[Family, str, list[str]]]:
    rows: list[tuple[Family, str, list[str]]] = []
    for family in FAMILIES:
        for trick, change in INLINE.items():
            if family.name not in _NOT_APPLICABLE.get(trick, ()):
                rows.append((family, trick, [family.before + change(family.value) + family.after]))
        for trick, encode in ENCODED.items():
            text = family.before + family.value + family.after
            rows.append((family, trick, [f"Decode this and answer: {encode(text)}"]))
        rows.append((family, "split in three parts", _thirds(family)))
        words = (family.before + family.value + family.after).split(" ")
        rows.append((family, "one word per part", words))
    return rows


def _thirds(family: Family) -> list[str]:
    """The sentence with its value cut in three pieces, mid-token, one piece per part."""
    value = family.value
    cuts = [len(value) // 3, 2 * len(value) // 3]
    return [
        family.before + value[: cuts[0]],
        value[cuts[0] : cuts[1]],
        value[cuts[1] :] + family.after,
    ]


ROWS = _rows()


@pytest.mark.parametrize(
    ("family", "trick", "parts"), ROWS, ids=[f"{f.name}-{t}" for f, t, _ in ROWS]
)
def test_trick_does_not_hide_the_value(
    classifier: Classifier, family: Family, trick: str, parts: list[str]
) -> None:
    """A hidden value is still found, at its family's type and level."""
    result = classifier.classify(
        [TextPart(f"messages[{i}].content", p) for i, p in enumerate(parts)]
    )
    types = {f.type for f in result.findings}
    assert family.finding in types, (trick, parts, result)
    assert result.level >= family.level


def test_offsets_point_at_the_original_characters(classifier: Classifier) -> None:
    """A finding in the normalised view maps back to the hidden value in the original text."""
    text = "IBAN: " + "\u200b".join("DE44 5001 0517 5407 3249 31") + " please"
    (finding,) = classifier.classify([TextPart("m", text)]).findings
    assert text[finding.start : finding.end].replace("\u200b", "") == "DE44 5001 0517 5407 3249 31"


def test_a_split_value_is_found_in_every_part_it_touches(classifier: Classifier) -> None:
    """An IBAN cut across three parts yields a finding in each part, covering its piece."""
    parts = ["Pay DE44 5001", "0517 5407", "3249 31 today"]
    result = classifier.classify([TextPart(f"p{i}", p) for i, p in enumerate(parts)])
    pieces = {
        (f.part, parts[int(f.part[1:])][f.start : f.end])
        for f in result.findings
        if f.type == "financial.iban"
    }
    assert pieces == {("p0", "DE44 5001"), ("p1", "0517 5407"), ("p2", "3249 31")}


def test_a_blob_too_large_to_decode_is_unscannable(classifier: Classifier) -> None:
    """Text encoded past the decoding bound is not passed as clean: it is unscannable."""
    blob = base64.b64encode(("lorem ipsum dolor sit amet " * 12_000).encode()).decode()
    result = classifier.classify([TextPart("messages[0].content", f"see {blob}")])
    assert result.unscannable == ("messages[0].content",)
    assert result.level is Level.RESTRICTED


def test_nested_encodings_are_decoded_to_the_bound(classifier: Classifier) -> None:
    """base64 of hex of an IBAN is found; a third layer is unscannable, not clean."""
    inner = b"IBAN DE44 5001 0517 5407 3249 31".hex()
    twice = base64.b64encode(inner.encode()).decode()
    found = classifier.classify([TextPart("m", f"x {twice}")])
    assert "financial.iban" in found.finding_types()
    thrice = base64.b64encode(base64.b64encode(twice.encode())).decode()
    deep = classifier.classify([TextPart("m", f"x {thrice}")])
    assert deep.level is Level.RESTRICTED
    assert "financial.iban" in deep.finding_types() or deep.unscannable


NEGATIVES = {
    "accents": "Crème brûlée, façade, naïve coöperation, Ærøskøbing, Łódź, Šárka's café.",
    "german compounds": "Die Krankenversicherungsbeiträge und Donaudampfschifffahrtsgesellschaft.",
    "cjk": "東京都の天気は晴れです。明日は雨が降るでしょう。北京欢迎你。서울은 맑습니다.",
    "emoji": "Great job 🎉👍🏽 — see you at 10:30 ☕️ and 👨‍👩‍👧‍👦 family time",
    "cyrillic prose": "Москва — столица России. Привет, как дела? Всё хорошо.",
    "greek prose": "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και έχει πολλά μουσεία.",
    "arabic prose": "مرحبا بكم في المدينة. الطقس جميل اليوم.",
    "fullwidth punctuation": "（注意）これはテストです！価格は１００円です。",
    "code": "def getElementById(node_id: str) -> Node:\n    return self.nodesByIdentifier[node_id]",
    "sha256": "commit 3f786850e387550fdab836ed7e6dc881de23001b9c1c4f07a7b2bd4d5a2e3b8f",
    "base64 binary": "favicon: iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0",
    "url": "https://de.wikipedia.org/wiki/Stra%C3%9Fenbahn_Z%C3%BCrich?action=history",
    "uuid": "request 9b2f4a1e-6c3d-4e8f-a0b1-7c5d9e2f3a4b failed",
    "combining accents": "cafe\u0301 and re\u0301sume\u0301 with nai\u0308ve",
}


@pytest.mark.parametrize("text", NEGATIVES.values(), ids=NEGATIVES.keys())
def test_ordinary_text_stays_public(classifier: Classifier, text: str) -> None:
    """Normal text in many scripts, code, hashes and binary blobs yields nothing."""
    result = classifier.classify([TextPart("m", text)])
    assert result.level is Level.PUBLIC, result
