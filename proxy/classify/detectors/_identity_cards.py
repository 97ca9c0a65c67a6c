"""Identity card numbers next to their cue (issue 11, family 3): the German Personalausweis, the
Italian carta d'identità, the French carte nationale d'identité, the Dutch identiteitskaart, the
Belgian eID card and the Polish dowód osobisty, each in the format its issuing authority prints.

These numbers identify a person as a passport number does, but most formats are too plain to
stand alone (two letters and seven digits is also an Italian passport, a parcel or a ticket), so
each scheme needs its cue word (in its own language or English, before the number within 50
characters or after it within 30), which also wakes the detector. Where the format has a check
digit (the Belgian card's mod 97, the Polish dowód's 7-3-1, the German card's 7-3-1 when its
check digit is written), it must hold. Reported as ``pii.national_id`` with subtype
``<country>.idcard``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from proxy.classify._base import Detector, words
from proxy.classify.detectors.national_ids import scheme

_EN = "identity card|id card|id-card|national id card|identity document"
_FR = "carte d'identité|carte nationale d'identité|cni"
#: The ICAO 9303 alphabet of the German card number (no vowels, no B, D, Q, S).
_DE_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


def _icao(value: str) -> int:
    """The ICAO 9303 check digit of ``value`` (digits as themselves, A=10 ... Z=35; 7-3-1)."""
    total = 0
    for i, char in enumerate(value):
        digit = int(char) if char.isdigit() else ord(char) - 55
        total += digit * (7, 3, 1)[i % 3]
    return total % 10


#: The specimens the authorities print on their sample cards, and placeholders.
_SPECIMENS = frozenset(
    words("T22000129|T220001293|L01X00T47|LZ6311T47|ABA300000|ABC123456|CA00000AA|AB1234567")
)


def _varied(value: str) -> bool:
    """Not a specimen or a placeholder: three distinct characters, not all digits the same."""
    digits = [c for c in value if c.isdigit()]
    return value not in _SPECIMENS and len(set(value)) >= 3 and len(set(digits)) >= 2


def _de_card(value: str) -> bool:
    """A Personalausweis number: nine characters of the ICAO alphabet with two digits at least,
    and when a tenth (the check digit) is written, it holds."""
    if any(c not in _DE_CHARS for c in value) or sum(c.isdigit() for c in value) < 2:
        return False
    if len(value) == 10:
        return value[9].isdigit() and _icao(value[:9]) == int(value[9]) and _varied(value[:9])
    return _varied(value)


def _be_card(value: str) -> bool:
    """A Belgian eID card number: twelve digits, the last two the first ten mod 97 (97 for 0)."""
    return _varied(value) and (int(value[:10]) % 97 or 97) == int(value[10:])


def _pl_card(value: str) -> bool:
    """A dowód osobisty: three letters and six digits, the first digit the 7-3-1 check of the
    rest (letters A=10 ... Z=35; the weighted sum with the check weighed 9 is 0 mod 10)."""
    weights = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in value]
    return _varied(value) and sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == 0


def _fr_card(value: str) -> bool:
    """The twelve digits of a French card of before 2021 (year and month of issue first)."""
    return 1 <= int(value[2:4]) <= 12 and _varied(value)


def _fr_new_card(value: str) -> bool:
    """The nine letters and digits of a French card of 2021 on, with three digits at least;
    not a French passport's shape (two digits, two letters, five digits), which the passport
    detector reads ("CNI/Passeport : passeport n° …")."""
    if re.fullmatch(r"\d{2}[A-Z]{2}\d{5}", value):
        return False
    return sum(c.isdigit() for c in value) >= 3 and _varied(value)


def _card(
    subtype: str,
    pattern: str,
    valid: Callable[[str], bool],
    cues: str,
    *,
    english: bool = True,
) -> Detector:
    """One scheme's detector: its pattern, its check and its cue words (``|``-separated, and
    the English ones unless ``english`` is false: a plain shape needs the local words)."""
    phrases = words(cues + ("|" + _EN if english else ""))
    cue = "|".join(rf"\b{re.escape(p)}\b" for p in phrases).replace("'", "['’]")
    woken = (*phrases, *(p.replace("'", "’") for p in phrases if "'" in p))
    return scheme(subtype, pattern, valid, cue=cue, caseless=True, woken_by=woken)


_DE = (
    "personalausweis|personalausweisnummer|ausweisnummer|ausweis-nr|ausweisnr|perso-nr|"
    "perso nr|personalausweis-nr"
)
_IT = (
    "carta d'identità|carta di identità|carta d'identita|documento d'identità|documento di identità"
)
_NL = "identiteitskaart|id-kaart|idkaart"
_BE = "identiteitskaart|eid|kaartnummer|carte d'identité|numéro de carte|personalausweis"
_PL = "dowód osobisty|dowodu osobistego|dowodem osobistym|dowód|dowodu|nr dowodu"

#: A shape that any code may have (nine letters and digits, two letters and seven digits,
#: twelve digits with a month) needs the local words; a check digit or the CIE's letters at
#: both ends let the English words do ("order AB12C3456" after "identity card" is none).
DETECTORS = (
    _card("de.idcard", r"\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]\b", _de_card, _DE),
    _card(
        "de.idcard",
        r"\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\b",
        _de_card,
        _DE,
        english=False,
    ),
    _card("it.idcard", r"\b[A-Z]{2} ?\d{5} ?[A-Z]{2}\b", _varied, _IT),
    _card("it.idcard", r"\b[A-Z]{2} ?\d{7}\b", _varied, _IT, english=False),
    _card("fr.idcard", r"\b\d{12}\b|\b\d{4} \d{4} \d{4}\b", _fr_card, _FR, english=False),
    _card("fr.idcard", r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{9}\b", _fr_new_card, _FR, english=False),
    _card("nl.idcard", r"\b[A-NP-Z]{2}[A-NP-Z0-9]{6}\d\b", _varied, _NL, english=False),
    _card("be.idcard", r"\b\d{3}[ \-.]?\d{7}[ \-.]?\d{2}\b", _be_card, _BE),
    _card("pl.idcard", r"\b[A-Z]{3} ?\d{6}\b", _pl_card, _PL),
)
