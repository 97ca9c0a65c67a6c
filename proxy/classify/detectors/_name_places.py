"""Places around a candidate person name: a street, institution or prize word, or a house
number, next to it ("Calle Emma Toro 495", "Patrick Henry Community College", "rue Victor
Hugo"). Used by the exclusions of ``_bare_names``.
"""

from __future__ import annotations

import re

from proxy.classify.detectors import _names_data as data

_WORDS = re.compile(r"[\w’'.]+")
_PARTICLE_WORDS = frozenset(w for p in data.PARTICLES for w in p.split())
#: A house number ending a street line ("Emma Toro 495, Madrid"), not a count ("Gögele 100 L.")
HOUSE_AFTER = re.compile(r"^[ ]\d{1,4}[a-zA-Z]?(?:[ ]*[,;\n]|[ ]*$)")
#: A house number before the street ("221 Baker Street"), not a year ("1999 Jean Alesi").
HOUSE_BEFORE = re.compile(r"(?<![\d.,/:-])\d{1,3}[a-zA-Z]?[ ]*\Z")

#: What numbers a bed, room or group rather than a house: "bed 12 Anna Schmidt", "Zi. 7".
_NUMBERED_BEFORE = re.compile(
    r"(?<!\w)(?:beds?|room|ward|zimmer|zi\.|station|kamer|sala|letto|camera|stanza|cama|hab\.?|"
    r"habitación|chambre|lit|łóżko|pokój|sala nr|desk|table|tisch|seat|platz|team|group|gruppe|"
    r"groep|grupo|gruppo|grupa|box)[ ]*\Z",
    re.I,
)


def place_after(after: str) -> bool:
    """Whether a house number or, among the next capitalised words, a street, institution or
    prize word follows ("Calle Emma Toro 495", "Patrick Henry Community College")."""
    if HOUSE_AFTER.match(after):
        return True
    after = after[:40].split(",", 1)[0]  # the next item of a list ("Gwen Stefani, Linkin Park")
    for word in _WORDS.findall(after)[:3]:
        if word.lower().rstrip(".") in data.PLACE_AFTER:
            return True
        if not word[0].isupper():
            return False
    return False


#: The Polish "im." ("imienia": named after) after an institution's word or number ("Szpital im.
#: Jana Pawła II", "Szkoła Podstawowa nr 5 im. św. Jadwigi"), and the names after it up to the
#: one read ("Pawła II" there); not the "im." ("to them") that ends a sentence ("Dałem im. Anna
#: Nowak …").
_NAMED_AFTER = re.compile(
    r"(?i:szpital|szkoł|szkol|lice|gimnazj|uniwersyte|akademi|politechnik|fundacj|instytut|"
    r"centrum|przedszkol|muze|bibliotek|teatr|klinik|zesp[oó]ł|hospicj|stadion|kości|parafi|"
    r"\bnr)[^.!?\n]{0,40}(?<!\w)im\.[ ]*(?:(?:św|bł|ks|gen|prof|dr|kard|abp|bpa?)\.[ ]*)*"
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w*[ ]+){0,3}\Z"
)


def street_before(before: str) -> bool:
    """Whether a street or institution word, or a house number, leads up to the name, across
    capitalised words and particles ("Calle de Emma Toro", "Avenida Jose Luis Pinto")."""
    before = before.rsplit("\n", 1)[-1]  # the previous line is not this name's street
    if _NAMED_AFTER.search(before):
        return True  # "Szpital im. Jana Pawła II": an institution named after a person
    house = HOUSE_BEFORE.search(before)
    if house and not _NUMBERED_BEFORE.search(before, 0, house.start()):
        return True
    # nor the previous item of a list ("Via Roma, Anna Neri"), nor a label ("par club : Anna")
    before = re.split(r"[,:;]", before)[-1]
    following = ""  # the word after, in the text's order
    for word in reversed(_WORDS.findall(before)[-4:]):
        lower = word.lower().rstrip(".")
        if lower in data.PLACE_BEFORE:
            # "het team van Maarten de Wit", "the team of Anna Roth": whose team, not its name
            return not (lower in _OWNED and following in _OF)
        if not (word[0].isupper() or lower in _PARTICLE_WORDS):
            return False
        following = word
    return False


#: Words of ``PLACE_BEFORE`` that a person can have ("Team Sky" names a team; "het team van
#: Maarten" is Maarten's), and the words of belonging after them.
_OWNED = frozenset(("team",))
_OF = frozenset(("van", "von", "of", "de", "di", "da", "du"))
