"""Person names written surname first, as lists, forms and French or Polish records write them.

- "Meier, Hans; Nowak, Anna": a known surname, a comma and a known given name, closing a list
  item (a semicolon, a line end, the end of the text, " (", " und/and/et …" or a dash before
  a number after it: "Schulze, Bernd – 1958-02-14").
- "DUPONT Jean", "KOWALSKI Piotr": a surname in capitals (known in its usual spelling) and a
  known given name; after a name field's label, any two tokens that are no words ("Nom :
  DIALLO Awa").

Neither counts when a token is an everyday word, a place or a month, or the given name is a
word first ("Will", "May"). The prefilters are two tight patterns: a capitalised word, a comma
and another before a list end; a run of four capitals or more and a capitalised word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _name_tiers as tiers
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _PARTICLE_WORDS as PARTICLES
from proxy.classify.detectors._bare_names import LO, UP

_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_END = r"(?=[ \t]*(?:;|\r?\n|$|[ ]\(|[ ](?:und|and|et|e|y|en|i|oraz)[ ]|[ ](?:–|-)[ ]\d))"
_COMMA = re.compile(rf"(?<![\w.\-])(?P<last>{_WORD}),[ ](?P<first>{_WORD}){_END}")
_CAPS = re.compile(
    rf"(?<![\w.\-])(?P<last>[{UP}]{{3,}}(?:-[{UP}]{{3,}})?)[ ](?P<first>{_WORD})(?!\w)"
)

#: A name field's label right before the name ("Nom : ", "Name: ", "Nazwisko: "): the labels of
#: a person's name only, not of a sender or a customer ("From: DOCUSIGN Notifications",
#: "Kunde: ZEISS Meditec").
_NAME_LABELS = words(
    "name|full name|last name|surname|nom|nom complet|nom et prénom|nom de famille|nachname|"
    "familienname|name des patienten|nome|cognome|nome e cognome|nombre|apellidos|apellido|"
    "nombre completo|naam|achternaam|volledige naam|nazwisko|imię i nazwisko|nazwisko i imię|"
    "patient|patiente|patientin|paziente|paciente|patiënt|pacjent|pacjentka"
)
#: Written as a form's label, with a capital ("Nom :", "NAME:"; not a YAML key, "name: NGINX
#: Ingress").
_FIELD_BEFORE = re.compile(rf"(?<!\w)(?=[A-ZŁ])(?i:{alternation(_NAME_LABELS)})[ \t]*:[ \t]*\Z")
#: The capitalised token right before the surname, if any ("Chen" of "Chen Wei, Anna").
_BEFORE = re.compile(rf"(?<![\w.\-])({_WORD})[ ]\Z")


def _word(token: str) -> bool:
    """Whether a token is an everyday word, a place or a month rather than a name."""
    return token.lower() in data.COMMON or token in data.PLACES or token in data.NOT_NAME


def _given(token: str) -> bool:
    """Whether a token is a known given name that is no word ("Hans", not "Will")."""
    first = token.split("-", 1)[0]
    known = token in data.GIVEN or first in data.GIVEN
    return known and token not in data.AMBIGUOUS and token not in data.NAME_WORDS


def _comma(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """ "Surname, Given" closing a list item; not after a given name, where the "surname" ends a
    full name in a roster ("Attendees: Lars, Chen Wei, Anna"), but after a particle ("Van Dijk,
    Anna")."""
    last, first = m.group("last"), m.group("first")
    known = last in data.SURNAMES or tiers.wordless_surname(last)  # "Özdemir": second tier
    if not known or _word(last) or _word(first) or not _given(first):
        return
    before = _BEFORE.search(scan.before(m.start(), 40))
    token = before.group(1) if before is not None else ""
    known = token in data.GIVEN or token in data.GIVEN_MORE  # either tier: this only refuses
    if known and token.lower() not in PARTICLES:  # not "Van Dijk, Anna"
        return
    yield Hit("pii.person_name", None, m.start(), m.end())


def _caps(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """ "SURNAME Given", the surname in capitals; after a name field's label ("Nom : DIALLO
    Awa") either token may be one no list holds."""
    last, first = m.group("last").title(), m.group("first")
    if _word(last) or _word(first):
        return
    known = last in data.SURNAMES or all(p in data.SURNAMES for p in last.split("-"))
    if not (known and _given(first)):
        unlisted = first not in data.AMBIGUOUS and not any(
            t.lower() in data.WORDS or t.lower() in data.ENGLISH_WORDS for t in (first, last)
        )
        if not (unlisted and _FIELD_BEFORE.search(scan.before(m.start(), 40))):
            return
    yield Hit("pii.person_name", None, m.start(), m.end())


DETECTORS = (
    Detector(
        "person_name.surname_comma",
        r"[A-Z\xC3-\xC5][a-z\x80-\xBF\xC3-\xC5]+, [A-Z\xC3-\xC5][a-z\x80-\xBF\xC3-\xC5]+"
        r"[ \t]*(?:;|\n|$| \(| (?:und|and|et|e|y|en|i|oraz) | (?:–|-) \d)",
        _COMMA,
        _comma,
        back=40,
        ahead=24,
    ),
    Detector(
        "person_name.surname_caps",
        # a capital with an accent is two bytes in UTF-8 ("KONATÉ": "\xC3\x89")
        r"(?:[A-Z]|\xC3[\x80-\x9E]|\xC4[\x80-\xBE]|\xC5[\x80-\xBE]){3}"
        r"(?:[A-Z\-]|\xC3[\x80-\x9E]|\xC4[\x80-\xBE]|\xC5[\x80-\xBE])* "
        r"[A-Z\xC3-\xC5][a-z\x80-\xBF\xC3-\xC5]",
        _CAPS,
        _caps,
        back=40,
        ahead=32,
    ),
)
