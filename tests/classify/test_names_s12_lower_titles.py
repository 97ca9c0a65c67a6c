"""A name after a courtesy title written in lower case inside a sentence, as French, Italian,
Spanish, Dutch and Polish write them ("con la signora Bianchi", ``_lower_titles``); words,
products and the Polish titles' look-alikes in other languages are none.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Peux-tu écrire à monsieur Lefebvre pour le loyer ?", "Lefebvre"),
    ("Riassumi il colloquio con la signora Bianchi.", "Bianchi"),
    ("Ho incontrato il signor Marco Ferrante ieri.", "Marco Ferrante"),
    ("Resume la entrevista con la señora Fernández.", "Fernández"),
    ("Escribe al señor Iglesias que la factura está pagada.", "Iglesias"),
    ("Ik heb met meneer Hoekstra gebeld over de huur.", "Hoekstra"),
    ("Podsumuj rozmowę z panią Wójcik.", "Wójcik"),
    ("Rozmawiałem wczoraj z panem Nowakiem o umowie.", "Nowakiem"),
    ("Wyślij to do pana Kowalskiego.", "Kowalskiego"),
]
NOT_FOUND = [
    "Heat the pan Before adding oil.",
    "A pan Asian menu with Thai dishes.",
    "Ho visto la signora Luna al mercato.",
    "El señor Presidente habló ayer.",
    "Parla con la signora Google Assistant.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_name_after_a_lower_case_title_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The surname (or given name and surname) after monsieur, signora, señor, meneer, pani."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_after_a_lower_case_title_are_no_person(classifier: Classifier, text: str) -> None:
    """A word, a product or an English "pan" before a capital: no person."""
    assert found(classifier, text, PERSON) == []
