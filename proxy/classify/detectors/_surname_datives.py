"""A surname in the Polish dative inside a sentence: "Przekaż to Sobczakowi", "Wyślij raport
Kowalczykowi", "Daj znać Nowakowi, że…", "Przypomnij o tym Wróblowi".

The masculine dative "-owi" of a surname ending in a consonant is a person's: a thing or a
place in that case is a word of the lists ("Bankowi", "Zarządowi", "Klientowi") or no surname
at all. So the forms are derived by rule from the known surnames (``surnames.txt``) of a Polish
shape (a Polish letter, or "-ak", "-ek", "-czyk", "-uk", "-icz", "-sz", "-rz", "-el" ...; not
Icelandic, German, Dutch or South Slavic ones): the surname and "owi", a soft consonant spelt
with "i" ("Kurasiowi"), the fleeting "e" of "-ek", "-ec", "-el", "-eł" and "-ień" dropped
("Jendkowi", "Wróblowi", "Stępniowi").

Left out: a surname that is something else (``_lone_surnames.no_surname``: a place, firm,
organisation, role or everyday word; German noun endings do not apply to a Polish dative:
"Wójcik", "Mazur" are no "Musik", "Natur"), a form that is a given name's
(``_bare_names`` finds "Konradowi", "Jakubowi") or a word, and a form whose stem is a word or
an office ("Bankowi", "Wójtowi"). Many Polish surnames are nouns the word lists lack ("Synek",
"Polak", "Kucharz"), so a form that opens a sentence, a line or the text is not taken
("Synkowi kupiłem rower"): inside a sentence only a name is capitalised. Foreign surnames in
the dative ("Trumpowi") are left to other detectors: their twenty thousand literals more cost
about 0.8 ms per MB of ordinary text (the literal database alone, with and without them,
2026-12-07), for names Polish prompts seldom decline.

Each form is one pure literal; the token must stand alone (no letter, apostrophe or hyphen on
either side).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_surnames import no_surname
from proxy.classify.detectors._name_tokens import LO, UP

#: A surname that is also a Polish office, named by the office ("wójt").
_OFFICES = frozenset({"Wójt"})
#: A Polish surname's shape: a Polish letter, or an ending of Polish surnames ("Nowak",
#: "Kowalczyk", "Mirończuk", "Wasiewicz", "Bogusz", "Wróbel"; "Kostrzewa" is none: no consonant
#: at the end); not one of another language ("Snjólaugsdóttir", "Bönisch", "Maybach", "Tadić").
_POLISH = re.compile(r"[łśżźćńąęó]|(?:ak|ek|ik|yk|uk|icz|sz|cz|rz|ec|ch|el|eł)\Z")
_FOREIGN = re.compile(
    r"[ðþæøöüáíúýčšžřäéèàâêîôûëïçľďťňå]|ó\w*son\Z|(?:dóttir|sson|sch|bach|beek|ić)\Z"
)
_CONSONANT = re.compile(r"[bcdfghjklłmnprstwzżźśćńvx]\Z")
#: Soft consonants, written with "i" before a vowel ("Stępień" → "Stępieniowi", "Kuraś" →
#: "Kurasiowi").
_SOFT = {"ń": "ni", "ś": "si", "ć": "ci", "ź": "zi"}
_VOWELS = frozenset("aeiouyąęó")


def _forms(surname: str) -> Iterator[str]:
    """The dative forms of one surname: "-owi" after the soft consonant spelt with "i", and
    without the fleeting "e" of "-ek", "-ec", "-el", "-eł" ("Jendkowi", "Wróblowi") or "-ień"
    ("Stępniowi")."""
    stem = surname[:-1] + _SOFT[surname[-1]] if surname[-1] in _SOFT else surname
    if surname.endswith("ień") and len(surname) > 5:
        yield surname[:-3] + "niowi"
    if stem[-2:] in ("ek", "ec", "el", "eł") and len(stem) > 4 and stem[-3] not in _VOWELS:
        yield stem[:-2] + stem[-1] + "owi"
    else:
        yield stem + "owi"


def _datives() -> frozenset[str]:
    """Every dative form of a known surname (see the module docstring)."""
    out: set[str] = set()
    for surname in data.SURNAMES:
        if len(surname) < 4 or not surname[0].isupper() or "-" in surname:
            continue
        if not _CONSONANT.search(surname) or not _POLISH.search(surname) or "'" in surname:
            continue
        if _FOREIGN.search(surname):
            continue
        if surname in _OFFICES or no_surname(surname, german=False):
            continue
        for form in _forms(surname):
            stem = form[:-3]
            if form in data.GIVEN or form.lower() in data.WORDS or stem.lower() in data.WORDS:
                continue
            if stem in _OFFICES or no_surname(stem, german=False):
                continue
            out.add(form)
    return frozenset(out)


DATIVES = _datives()
_TOKEN_RE = re.compile(rf"(?<![\w'’\-])[{UP}][{LO}]+owi(?![\w'’\-])")


#: What ends a sentence or opens a line or an item: a capital after it says nothing.
_OPENERS = frozenset(".!?:;\n\r\"'«»„”“()–—-*•>|")


def _dative(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A listed dative form standing alone inside a sentence: one opening a sentence, a line or
    the text may be a noun's ("Synkowi kupiłem rower", "Polakowi przysługuje": many surnames
    are nouns, and the word lists hold few Polish forms)."""
    before = scan.before(m.start(), 40).rstrip(" \t")
    if m.group(0) in DATIVES and before and before[-1] not in _OPENERS:
        yield Hit("pii.person_name", None, m.start(), m.end())


DETECTORS = tuple(
    Detector("person_name.dative", re.escape(form), _TOKEN_RE, _dative, back=48, ahead=2)
    for form in sorted(DATIVES)
)
