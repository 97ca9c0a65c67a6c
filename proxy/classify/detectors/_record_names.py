"""Names that start a record: a person's given name and surname, in either order, at the start
of a line or list item and right before what the record gives of them (a birth date, a phone
number after its label: "Esposito Gennaro – 08-09-61", "Zanetti Pietro cell. 340 5512873").

Italian and other registers write the surname first ("cognome nome"), which the name detectors
read as two unrelated words; the record's shape and the value after the name make it a person.
Used by ``dates`` (the birth date after a name) and ``_phone_numbers`` (a number after a name
and its label). Pure.
"""

from __future__ import annotations

import re

from proxy.classify._base import Hit, Scan, words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as names
from proxy.classify.detectors._org_roles import COMPANIES

#: Words a shop, a bar or a place starts its name with, before a given name ("Salone
#: Beatrice", "Tabacchi Mario", "Borgo Maria", "Farmacia Centrale"): in the shop directories
#: and address books of the seven languages, each also a surname somewhere. Hand-written: the
#: counterpart of ``_name_things.THING_WORDS``, the words that end a brand ("Anna Labs"), which
#: holds surnames that lead a person's name ("Park", "Marine") and so cannot serve here.
_BUSINESS = frozenset(
    words(
        "salone|salon|tabacchi|tabaccheria|borgo|torre|rocca|fiori|fioreria|bar|caffè|caffe|"
        "café|cafe|ristorante|trattoria|osteria|pizzeria|farmacia|hotel|albergo|pensione|"
        "agriturismo|studio|officina|autofficina|ferramenta|panificio|macelleria|parrucchiere|"
        "parrucchiera|estetica|gelateria|pasticceria|libreria|cartoleria|ottica|boutique|"
        "atelier|garage|restaurant|boulangerie|pharmacie|coiffure|bäckerei|apotheke|friseur|"
        "gasthaus|gasthof|pension|metzgerei|cafetería|peluquería|panadería|restaurante|tienda|"
        "apteka|piekarnia|kwiaciarnia|villa|casa|cascina|masseria|podere|tenuta|cantina|"
        "palazzo|castello|chiesa|scuola|istituto|clinica|ospedale|residenza"
    )
)
_FIRMS = COMPANIES | frozenset(lone.COMPANIES)
#: Words that name storms, weather and vessels before a given name ("Sturm Kyrill").
_NAMED_THINGS = frozenset(
    words("Sturm|Orkan|Tief|Hoch|Storm|Hurricane|Tempête|Tormenta|Tempesta|Ship|Schiff|Queen")
)


def person(first: str, last: str, strong: bool, inverted: bool) -> bool:
    """Whether a given name and a surname read as a person's. "Surname, Given" needs a known
    given name and a surname (either tier, or a surname's shape). With ``strong`` (only a dash
    or a space before the date) both must be known and unambiguous, in either order ("Hugo
    Serrano", "Conte Francesca"; not "Alfa Romeo", "Morris Marina", "Queen Mary"): a surname
    that is a given name too ("Vidal") after a given name that is no word only. Never a shop,
    a firm or a car ("Salone Beatrice", "Renault Clio")."""
    surname = last in names.SURNAMES or names.shaped(last)
    if inverted:
        return first in names.GIVEN and (surname or last in names.SURNAMES_MORE)
    common = first.lower() in names.COMMON or first.lower() in names.PLACE_WORDS
    backward = last in names.GIVEN and first in names.SURNAMES and not common
    if first in _NAMED_THINGS:
        return False  # "Sturm Lothar", "Queen Mary"
    if first.lower() in _BUSINESS or first in _FIRMS or last in _FIRMS:
        return False  # "Salone Beatrice", "Renault Clio": a shop, a car
    if strong:
        plain = first not in names.AMBIGUOUS and first not in names.PLACES
        wordless = first.lower() not in names.WORDS and first.lower() not in names.COMMON
        forward = first in names.GIVEN and plain and surname
        forward = forward and (last not in names.GIVEN or wordless)  # "Adrián Vidal"
        return forward or (backward and first not in names.GIVEN and last not in names.AMBIGUOUS)
    return first in names.GIVEN or surname or backward


_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"
#: Two capitalised tokens starting a line or list item, then a phone label ("cell.", "tel.",
#: "Handy", "móvil", "gsm", "kom.") and what separates it from the number.
_BEFORE_PHONE_LABEL = re.compile(
    r"(?:\A|[\n;(]|(?P<label>:))[ \t]*(?:[-*•][ \t]*)?"
    rf"(?P<first>{_CAP})[ ](?P<last>{_CAP})[ \t]*[,(–-]?[ \t]*"
    r"(?<![\w'’-])(?i:cell|cellulare|tel|telefono|teléfono|telefon|tél|mobile|mobil|móvil|"
    r"handy|gsm|kom|komórka|portable|port)\.?[ \t]*[:.]?[ \t]*\Z"
)


#: After a label's colon, a record only as the first item of a list that goes on ("alfabetico:
#: Zanetti Pietro cell. 340 …; Bruno Alessia …", "por edad: Hugo Serrano 07.05.2014, Iker …").
LIST_GOES_ON = re.compile(r"[ \t]*[,;][ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž]")


def before_phone(scan: Scan, start: int, end: int) -> Hit | None:
    """The person a record names before a phone number (``start``, ``end``) and its label,
    when both names are known (either order, as ``person`` reads a record's name)."""
    before = scan.before(start, 64)
    found = _BEFORE_PHONE_LABEL.search(before)
    if found is None or (found.start() == 0 and len(before) == 64 and before[0] not in "\n;(:"):
        return None  # no record's start in sight
    if found["label"] and not LIST_GOES_ON.match(scan.after(end, 8)):
        return None
    first, last = found["first"], found["last"]
    if not person(first, last, True, False) or last in names.PLACES:
        return None
    if first in names.NOT_NAME or last in names.NOT_NAME:
        return None
    if f"{first} {last}".lower() in names.EPONYMS:
        return None
    offset = start - len(before)
    return Hit("pii.person_name", None, offset + found.start("first"), offset + found.end("last"))
