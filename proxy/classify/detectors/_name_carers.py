"""A given name after the role a care, social-work or customer-service record names a person by,
or after a kinship noun, with no possessive before it: "patient Hugo R.", "Klient Marvin K.",
"klientka Natalia", "usuaria Rocío M.", "cliënt Kevin B.", "Bewohnerin Gisela", "utente
Carmela", "résidente Odette", "wife Thu at bedside", "Tochter Birgit erreichbar", "sister
Shauna supportive", as handovers, case notes and tickets write them (``names.RELATION`` wants
"my", "meine" before the relation).

The name is a known given name that is no everyday word, place, product or company
(``_name_signoffs.given_name``); an initial ("R.") or a known surname, a surname's shape or a
capitalised token of no word list after it joins the span. "the client Siemens", "patient
Zero", "Tochter Firma" are none.

The prefilter is the roles (lower case or capitalised), a space and a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, literal_alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_signoffs import given_name
from proxy.classify.detectors._name_tokens import COMPANY, LO, TOK, UP

_CARE = words(
    "patient|patiente|patientin|paziente|paciente|patiënt|pacjent|pacjentka|client|cliente|"
    "klient|klientin|klientka|cliënt|cliënte|service user|resident|résident|résidente|"
    "bewohner|bewohnerin|bewoner|bewoonster|ospite|residente|mieszkaniec|mieszkanka|"
    "podopieczny|podopieczna|utente|usuario|usuaria|gebruiker|bénéficiaire|beneficiario|"
    "beneficiaria|claimant|customer|kunde|kundin|klant|tenant|locataire|mieter|mieterin|"
    "inquilino|inquilina|huurder|najemca|pupil|élève|schüler|schülerin|alunno|alunna|alumno|"
    "alumna|leerling|uczeń|uczennica"
)
_KIN = words(
    "wife|husband|daughter|sister|brother|mother|father|partner|girlfriend|boyfriend|"
    "épouse|mari|fille|fils|sœur|frère|mère|père|compagne|compagnon|ehefrau|ehemann|"
    "tochter|sohn|schwester|bruder|mutter|vater|partnerin|moglie|marito|figlia|figlio|"
    "sorella|fratello|madre|padre|suocera|suocero|compagna|compagno|esposa|marido|hija|hijo|"
    "hermana|hermano|pareja|suegra|suegro|echtgenote|dochter|zoon|zus|broer|"
    "moeder|vader|żona|mąż|córka|syn|siostra|brat|matka|ojciec|teściowa|teść|partnerka"
)
_ROLES = (*_CARE, *_KIN)
_CASED = (*_ROLES, *(r[0].upper() + r[1:] for r in _ROLES))
_PATTERN = re.compile(
    rf"(?<![\w.])(?i:{alternation(_ROLES)})[ ]+(?P<name>{TOK})"
    rf"(?:[ ](?P<more>[{UP}]\.(?![{LO}])|{TOK}))?"
)


def _joins(token: str) -> bool:
    """Whether a token after the given name is part of the name: an initial, a known surname
    or a surname's shape, or a capitalised token of no word list."""
    if token.endswith("."):
        return True
    if token in data.SURNAMES or data.shaped(token):
        return True
    lower = token.lower()
    return not (
        lower in data.COMMON
        or lower in data.WORDS
        or token in data.PLACES
        or token in data.GIVEN
        or data.german_noun(token)
    )


def _loose_given(name: str, more: str | None) -> bool:
    """A known given name that a word list holds too ("Hugo", "Marvin"), before an initial or
    a surname: the role and the initial make it a person's ("patient Hugo R.")."""
    if name not in data.GIVEN or name in data.PLACES or name in data.NOT_NAME:
        return False
    return more is not None and (more.endswith(".") or more in data.SURNAMES)


_KIN_SET = frozenset(_KIN)


def _kin_given(name: str) -> bool:
    """A known given name that a word list holds too ("Daughter Sarah informed", "Wife Anna
    called"): after a kinship noun it is the relative's, unless an everyday word, a place, a
    product or a thing ("Mother Earth", "Father Christmas")."""
    if name not in data.GIVEN or name.lower() in data.COMMON:
        return False
    return name not in data.PLACES and name not in data.NOT_NAME and name not in data.PRODUCT_NAMES


def _named(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The given name after the role, and the initial or surname after it."""
    name = m.group("name")
    kin = m.group(0).split(" ", 1)[0].lower() in _KIN_SET
    if not (given_name(name) or _loose_given(name, m.group("more")) or (kin and _kin_given(name))):
        return
    end = m.end("name")
    more = m.group("more")
    if more and _joins(more):
        end = m.end("more")
    if COMPANY.match(scan.after(end, 30)):
        return  # "His father Thomas Müller GmbH sold the company": a firm's name
    yield Hit("pii.person_name", None, m.start("name"), end)


CARERS = Detector(
    "person_name.care_role",
    # the role, a space and a capital (ASCII or the lead byte of a Latin-1 or Latin Extended-A
    # capital): kinship words are everyday words ("the father of", "mi padre y"), and waking on
    # each of them cost about 4 ms per MB of ordinary text
    f"(?:{literal_alternation(_CASED)}) [A-Z\\xC3-\\xC5]",
    _PATTERN,
    _named,
    back=24,
    ahead=48,
    unicode=True,
)

DETECTORS = (CARERS,)
