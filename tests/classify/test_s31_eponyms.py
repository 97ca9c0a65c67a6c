"""Thirty-first session: famous people a prompt discusses as history, art or science, characters
of books and films, and firms and clubs named after people are no person in the request
(``_eponyms``); a firm written "X & X" neither. Colleagues with ordinary names in the same
sentences still are.

Rows are written here, after the family a probe's dev half showed (``fresh3.jsonl``); none is
copied from the probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

NOT_FOUND = [
    "Make a quiz for year 9 on Charles Darwin and the voyage of the Beagle.",
    "Résume la campagne d'Égypte de Napoléon Bonaparte en dix lignes.",
    "El IES Antonio Machado organiza una recogida de alimentos el viernes.",
    "Scrivi due righe su Dante Alighieri e la Divina Commedia.",
    "Maak een korte tekst over Antoni van Leeuwenhoek en de microscoop.",
    "Napisz notatkę o Fryderyk Chopin i jego mazurkach.",
    "Which is better for the book club, Jane Eyre or Oliver Twist?",
    "Schreib einen Post über unsere Aktion mit Albert Heijn und Douwe Egberts.",
    "We signed a supply deal with Johnson & Johnson last week.",
    "Réserve des places pour le match contre Paris Saint-Germain.",
]

FOUND = [
    ("Ask Maurice Hollander to send the Darwin slides by Friday.", "Maurice Hollander"),
    ("Lunch with Tom & Anna tomorrow at noon.", "Tom"),
    ("Our colleagues Paul & Paula both have the flu.", "Paul"),
    ("Our new hire Steve Jobs starts on Monday.", "Steve Jobs"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_famous_fictional_and_firms_are_no_person(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_colleagues_beside_them_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The colleague is a person-name finding."""
    assert value in found(classifier, text, NAME)
