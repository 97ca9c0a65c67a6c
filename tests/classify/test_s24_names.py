"""Twenty-fourth session: person names in the forms messages give them.

- Polish given names in every case, and the everyday forms Polish speakers use for each other
  ("z Kubą i Gosią", "Podziękuj Jerzemu", "Zapytaj Kacpra", "do Maćka", "Tomku,", "powiedz
  kubie"); not the words some forms are spelt as ("Mają problem", "Idą święta"), nor a hospital
  named after a pope ("Szpital im. Jana Pawła II").

Every FOUND row fails on the code before this session (7a53c98). The rows are written by hand
for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Jutro idę na lunch z Kubą i Gosią, wrócę koło drugiej.", "Gosią"),
    ("Jutro idę na lunch z Kubą i Gosią, wrócę koło drugiej.", "Kubą"),
    ("Podziękuj Jerzemu za pomoc przy wdrożeniu, bardzo nam pomógł.", "Jerzemu"),
    ("Zapytaj Kacpra, czy skończył już testy regresyjne.", "Kacpra"),
    ("Napisz maila do Maćka, że faktura jest gotowa.", "Maćka"),
    ("Spotkanie z Zosią i Stasiem przełóż na piątek.", "Stasiem"),
    ("Tomku, czy możesz sprawdzić ten raport przed spotkaniem?", "Tomku"),
    ("powiedz kubie, że jutro nie przyjdę do biura", "kubie"),
]

NOT_FOUND = [
    "Mają problem z serwerem od rana, sprawdź logi.",
    "Idą święta, więc biuro będzie zamknięte do poniedziałku.",
    "Przetłumacz: przesyłka dotrze w czwartek do Szpitala im. Jana Pawła II, oddział kardiologii.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_in_their_forms_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_and_eponyms_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, PERSON) == []
