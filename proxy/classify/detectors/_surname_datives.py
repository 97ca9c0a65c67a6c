"""A surname in the Polish dative, wherever it stands: "Przekaż to Sobczakowi", "Wyślij raport
Kowalczykowi", "Daj znać Nowakowi, że…", "Jendkowi zależy na terminie".

The masculine dative "-owi" of a surname ending in a consonant is a person's: a thing or a
place in that case is a word of the lists ("Bankowi", "Zarządowi", "Klientowi") or no surname
at all. So the forms are derived from the known surnames (``surnames.txt``) of a Polish shape
(a Polish letter, or "-ak", "-ek", "-czyk", "-uk", "-icz", "-sz", "-rz", "-ec" ...) by rule: the
surname and "owi", and the fleeting "e" of "-ek" and "-ec" dropped ("Jendek" → "Jendkowi").

Left out: a surname that is something else (``_lone_surnames.no_surname``: a place, firm,
organisation, role, German noun or everyday word), a form that is a given name's
(``_bare_names`` finds "Konradowi", "Jakubowi") or a word, and a form whose stem is a word or
an office ("Bankowi", "Wójtowi"). Foreign surnames in the dative ("Trumpowi", "Scholzowi") are
left to other detectors: their twenty thousand literals more cost about 0.8 ms per MB of
ordinary text (the literal database alone, with and without them, 2026-12-07), for names
Polish prompts seldom decline.

Each form is one pure literal (4,491 of them); the token must stand alone (no letter,
apostrophe or hyphen on either side).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_surnames import no_surname
from proxy.classify.detectors._name_tokens import LO, UP

#: Surnames that are also Polish offices held by a person named by the office ("wójt", "sołtys").
_OFFICES = frozenset({"Wójt", "Sołtys", "Starosta", "Burmistrz", "Prezes", "Kierownik"})
#: A Polish surname's shape: a Polish letter, or an ending of Polish surnames ("Nowak",
#: "Kowalczyk", "Mirończuk", "Wasiewicz", "Bogusz", "Kostrzewa" is none: no consonant at the end).
_POLISH = re.compile(r"[łśżźćńąęó]|(?:ak|ek|ik|yk|uk|icz|sz|cz|rz|ec|ch)\Z")
_CONSONANT = re.compile(r"[bcdfghjklłmnprstwzżźśćńvx]\Z")


def _forms(surname: str) -> Iterator[str]:
    """The dative forms of one surname: "-owi", and without the fleeting "e" of "-ek", "-ec"."""
    yield surname + "owi"
    fleeting = surname[-2:] in ("ek", "ec") and surname[-3] not in "aeiouyąęó"
    if len(surname) > 4 and fleeting:
        yield surname[:-2] + surname[-1] + "owi"


def _datives() -> dict[str, str]:
    """Every dative form of a known surname (see the module docstring), to its nominative."""
    out: dict[str, str] = {}
    for surname in data.SURNAMES:
        if len(surname) < 4 or not surname[0].isupper() or "-" in surname:
            continue
        if not _CONSONANT.search(surname) or not _POLISH.search(surname) or "'" in surname:
            continue
        if surname in _OFFICES or no_surname(surname):
            continue
        for form in _forms(surname):
            stem = form[:-3]
            if form in data.GIVEN or form.lower() in data.WORDS or stem.lower() in data.WORDS:
                continue
            if stem in _OFFICES or no_surname(stem):
                continue
            out[form] = surname
    return out


DATIVES = _datives()
_TOKEN_RE = re.compile(rf"(?<![\w'’\-])[{UP}][{LO}]+owi(?![\w'’\-])")


def _dative(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A listed dative form standing alone."""
    if m.group(0) in DATIVES:
        yield Hit("pii.person_name", None, m.start(), m.end())


DETECTORS = tuple(
    Detector("person_name.dative", re.escape(form), _TOKEN_RE, _dative, back=48, ahead=2)
    for form in sorted(DATIVES)
)
