"""A role a company fills too, before an organisation (session 12): "the carrier Vodafone".

After a company role (carrier, supplier, publisher, manufacturer... and their French, German,
Italian, Spanish, Dutch and Polish forms, German compounds too) the capitalised tokens are a
person's name only with a known given name or surname, and never a company named like a
person ("the manufacturer Ford"), except after roles that name a person first ("the client").
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

PERSON = "pii.person_name"


def _names(text: str) -> list[str]:
    """The person names found in ``text``."""
    return [text[f.start : f.end] for f in classify_text(text).findings if f.type == PERSON]


NOT_FOUND = [
    "The carrier Vodafone raised its prices again.",
    "Our supplier Bosch delivered the parts late.",
    "The manufacturer Ford recalled the cars.",
    "The retailer Zara opened a store downtown.",
    "The vendor Oracle sent another invoice.",
    "The carrier Lufthansa cancelled the flight.",
    "Le producteur Gaumont sort le film en mars.",
    "Il produttore Barilla alza i prezzi della pasta.",
    "El productor Warner estrenó la serie.",
    "De producent Endemol maakt het programma.",
    "Der Spediteur Dachser liefert morgen.",
    "Il fornitore Enel ha alzato le tariffe.",
    "El operador Movistar subió los precios.",
    "The publisher Penguin's new list is out.",
    "Der Mobilfunkanbieter Telekom erhöht die Preise.",
    "L'éditeur Gallimard publie le roman en mai.",
    "Il corriere Bartolini è in ritardo di due giorni.",
    "El fabricante Seat presentó el coche nuevo.",
    "De uitgever Querido brengt het boek in maart uit.",
    "Wydawca Znak wydał tę książkę w maju.",
    "The client Vodafone complained about the bill.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_company_after_company_role_is_no_person(text: str) -> None:
    """A company after a role a company fills is no person."""
    assert not _names(text), text


FOUND = [
    ("The carrier Lukas Brennecke rang twice this morning.", "Lukas Brennecke"),
    ("Le producteur Marcel Dagneaux a signé le contrat.", "Marcel Dagneaux"),
    ("The producer Harvey Weinstein was charged.", "Harvey Weinstein"),
    ("The courier Smith left the parcel at the door.", "Smith"),
    ("We met the client Zara yesterday afternoon.", "Zara"),
    ("The actor Brandauer gave an interview.", "Brandauer"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_person_after_company_role_stays_a_name(text: str, name: str) -> None:
    """A known given name or surname after a company role, a company named like a person
    after "client", and any surname after a person's role stay names."""
    assert name in _names(text), text
