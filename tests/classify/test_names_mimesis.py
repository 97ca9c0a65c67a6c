"""Person names from the Mimesis gazetteers (issue 11): given names and surnames of 25 locales
added to Faker's, without the words, places, companies and products Mimesis also lists.

Positive rows name the exact spans found; negative rows must yield no person name at all. The
rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: Names whose given name or surname only Mimesis lists, at a sentence start or with no cue.
FOUND = [
    ("Ainhoa Etxeberria llamó ayer por la tarde.", "Ainhoa Etxeberria"),
    ("Auke de Vries heeft het contract getekend.", "Auke de Vries"),
    ("Adorján Kovács wrote the report.", "Adorján Kovács"),
    ("Notiz: Aapeli Virtanen kommt morgen.", "Aapeli Virtanen"),
    ("Il contratto è firmato, Abramo Abbruzzese lo porta domani.", "Abramo Abbruzzese"),
    ("Ze rozmowy z Jagodą Ambroziak wynika, że umowa wygasa.", "Jagodą Ambroziak"),
]
#: What the new lists must not turn into names: places, teams, salutations, words.
NOT_FOUND = [
    "Die Atlanta Braves gewannen das Spiel.",
    "The Memphis Grizzlies lost at home.",
    "in Senegal, Ivory Coast, The Gambia and Mauritania",
    "Voor dat ik mijne rede besluit, Mijne Heeren!",
    "Se representó en Madrid, Barcelona y Vitoria en septiembre.",
    "Een overlevering zegt dat ze in de Tiber werd gegooid.",
    "He was replaced as Caretaker Chairman.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_name_only_mimesis_lists_is_found(classifier: Classifier, text: str, name: str) -> None:
    """The given name or the surname comes from Mimesis; the span is the whole name."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_places_teams_and_words_stay_no_names(classifier: Classifier, text: str) -> None:
    """Mimesis' places, companies and products, and the hand-listed exclusions, are no names."""
    assert found(classifier, text, NAME) == []
