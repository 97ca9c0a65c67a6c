"""Thirty-eighth session: phone numbers as emergency-contact lists, family messages and office
letters write them.

- A family word names whose number follows ("Vater 0157 …", "madre 677 204 518", "his dad
  Aoife on 087 …"), with only names, brackets and small words between.
- "Vater" is not the VAT label, nor "Taxi" the tax one.
- Spanish call and contact verbs ("llama a … al", "contacte con … en el").
- A landline written as its area code and pairs ("010-486 22 71", "01872 553 910").
- A possessive number word, then "given" or a comma ("ihre Nummer gegeben: 030 …").
- An Italian mobile after "numero".

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PHONE = "pii.phone"

FOUND = [
    ("Notfallkontakte: Jonas – Heuschnupfen, Vater 0176 33918245", "0176 33918245"),
    ("Anmeldung Zeltlager: Emily, Mutter Katrin Vogel 0151 28736410", "0151 28736410"),
    ("Lista gita: Matteo, mamma di Matteo (Giulia Serra) 347 2290183", "347 2290183"),
    ("Excursión: Lucía – celíaca, madre 679 304 128", "679 304 128"),
    ("If I miss it, text his dad Aoife on 086 314 2208", "086 314 2208"),
    ("Freya Polglase – asthma, inhaler in bag, gran 01736 481 902", "01736 481 902"),
    ("ma sœur Clémence, 06 47 21 93 58", "06 47 21 93 58"),
    ("Carmen, llama tú a la abuela al 654 219 807 que no contesta", "654 219 807"),
    ("Para dudas contacte con Dña. Ruth Olmedo en el 954 21 87 30 de 9 a 14h", "954 21 87 30"),
    ("- huisbaas Kees Verhoef, 010-482 17 35, belt morgen terug", "010-482 17 35"),
    ("Bel ons kantoor: zie briefpapier 020 - 531 72 48.", "020 - 531 72 48"),
    ("Ein Nachbar hat mir seine Nummer gegeben: 040 52718394.", "040 52718394"),
    ("She left her number, 020 7359 2184, with the porter", "020 7359 2184"),
    ("la signora si chiama Ida Moro, numero 339 518 2047, richiamare", "339 518 2047"),
]

NOT_FOUND = [
    # a family word, then a figure
    "Mein Vater hat 2019 für 120 450 300 Euro verkauft",
    "my son scored 120 450 300 points this season",
    "mio padre ha pagato 1 200 000 per la casa",
    # a family word before a service number, a table of figures or a date
    "Tante Emma Kundenservice 0800 123 4567",
    "Mama 12 24 36 48",
    "Eltern: 12 34 56 78",
    "Mutter 16 12 1958",
    # "se llama" (is called) and the model
    "Se llama 612 345 678 el archivo",
    "El modelo Llama 612 345 678 parámetros",
    # the VAT label before a company number
    "VAT: 0793 013 186",
    # "llama" is an animal or a model here
    "La llama vive 20 años y cuesta 612 345 678 pesos",
    "Llama 3 tiene 405 000 000 000 parámetros",
    # a date and an order grouped in pairs
    "Sitzung am 01 12 2024 um 14 Uhr",
    "Bestellung 0301 23 45 67",
    "numero di serie 335 610 4478",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_number_is_a_phone(classifier: Classifier, text: str, value: str) -> None:
    """The whole number is one phone finding."""
    assert found(classifier, text, PHONE) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_phone(classifier: Classifier, text: str) -> None:
    """Nothing in the text is a phone number."""
    assert found(classifier, text, PHONE) == []
