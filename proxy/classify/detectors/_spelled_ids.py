"""National identifiers spelled out one character at a time, as dictation, voice notes and
speech-to-text write them after the scheme's name: "codice fiscale S P S G P P 5 4 C 5 2 F 8 3
9 N", "my national insurance number is h t 6 9 2 7 9 4 d", "PESEL 4 8 0 1 3 0 8 7 0 6 3".

The run of single characters is joined and judged by the scheme its cue names (the checksum or,
for the UK NINO, the published format and prefixes). Pure; the prefilter is the cue words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from stdnum.be import nn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel

from proxy.classify._base import Detector, Hit, Scan, hs_words
from proxy.classify.detectors.national_ids import SPECIMENS, _gb_nino

#: The cue words of each scheme and its check.
_SCHEMES: dict[str, tuple[tuple[str, ...], Callable[[str], bool]]] = {
    "it.codicefiscale": (("codice fiscale", "cod. fiscale", "cod fiscale"), codicefiscale.is_valid),
    "gb.nino": (("national insurance", "ni number", "nino"), _gb_nino),
    "es.dni": (("dni",), dni.is_valid),
    "es.nie": (("nie",), nie.is_valid),
    "pl.pesel": (("pesel",), pesel.is_valid),
    "nl.bsn": (("bsn", "burgerservicenummer"), bsn.is_valid),
    "de.idnr": (("steuer-id", "steuer-identifikationsnummer", "steuerid"), idnr.is_valid),
    "fr.nir": (("sécurité sociale", "securite sociale", "numéro de sécu"), nir.is_valid),
    "ie.pps": (("pps", "ppsn"), pps.is_valid),
    "be.nn": (("rijksregisternummer", "numéro national", "registre national"), nn.is_valid),
}
_CUES = {cue: subtype for subtype, (cues, _) in _SCHEMES.items() for cue in cues}
#: A cue, up to 30 characters of the sentence ("number is", "è", ":"), then eight to twenty
#: single letters or digits, each but the last followed by one space (or a comma and a space).
_SPELLED = re.compile(
    r"(?<!\w)(?P<cue>" + "|".join(sorted(map(re.escape, _CUES), key=len, reverse=True)) + r")"
    r"(?!\w)[^\n\d]{0,30}?(?<![^\W\d_])"
    r"(?P<run>(?:[A-Za-z0-9],?[ ]){7,19}[A-Za-z0-9])(?!\w)",
    re.I,
)


def _spelled(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The joined run, when the cue's scheme accepts it."""
    subtype = _CUES[m.group("cue").lower()]
    value = re.sub(r"[ ,]", "", m.group("run")).upper()
    if value not in SPECIMENS and _SCHEMES[subtype][1](value):
        yield Hit("pii.national_id", subtype, m.start("run"), m.end("run"))


#: The prefilter: each cue in lower, title and upper case, but "dni" and "nie" (Polish "days"
#: and "not", in every Polish sentence) in capitals only.
_WAKE = {form for cue in _CUES for form in (cue, cue.title(), cue.upper())} - {
    "dni", "Dni", "nie", "Nie"
}  # fmt: skip
SPELLED = Detector(
    "national_id.spelled",
    hs_words(_WAKE),
    _SPELLED,
    _spelled,
    back=40,
    ahead=120,
    unicode=True,
)

DETECTORS = (SPELLED,)
