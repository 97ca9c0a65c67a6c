"""Thirty-fifth session: deceased and fictional persons a prompt discusses as a topic are no
person in the request (``data/notable_persons.txt``), also when the name found stopped short of
the eponym's last words ("Santiago Ramón" of "Santiago Ramón y Cajal") or stands after a title
("Dr. Oetker"); a shop named after its founder is no person ("la boulangerie Paul"). Private
persons beside them, living public figures and namesakes with other words around them still are.

Rows are written here, after the families a probe's dev half showed; none is copied from it.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

NOT_FOUND = [
    "Write a one-page summary of how Alexander Fleming discovered penicillin.",
    "Prépare un exposé sur Louis Braille pour des élèves de CM2.",
    "Schreib eine kurze Biografie über Clara Schumann für das Konzertprogramm.",
    "Spiegami perché Alessandro Volta costruì la prima pila.",
    "Haz un resumen de la vida de Isaac Albéniz para el programa del concierto.",
    "Maak vijf quizvragen over Christiaan Huygens en zijn slingeruurwerk.",
    "Przygotuj notatkę o Stanisławie Wyspiańskim i jego witrażach.",
    "For the reading group: why does Atticus Finch take the case?",
    "Dame tres datos curiosos sobre Santiago Ramón y Cajal.",
    "Wer war Claus Schenk Graf von Stauffenberg? Drei Sätze, bitte.",
    "Die Tiefkühlpizza von Dr. Oetker ist diese Woche im Angebot.",
    "On se retrouve devant la boulangerie Paul près de la gare.",
    "Die Bäckerei Müller hat sonntags geschlossen.",
    "La pizzeria Mario chiude alle 22 il lunedì.",
    "Con filosofi come Eraclito, Parmenione, Immanuel Kant e Karl Jaspers.",
    "Mi scrivi un tema su Giuseppe Verdi e il Nabucco?",
    "Steve Jobs founded Apple in his parents' garage, didn't he?",
    "Can you help me with my Harry Potter essay?",
    "Write an essay about Catherine the Great and her reforms.",
    "Valéry Giscard d'Estaing a été président de 1974 à 1981.",
    "Van Gogh's friend Paul Gauguin left Arles in 1888.",
]

FOUND = [
    ("Ask Maurice Hollander to bring the Fleming slides on Friday.", "Maurice Hollander"),
    ("Meine Kollegin Clara Hoffmann hält das Referat über Clara Schumann.", "Clara Hoffmann"),
    ("Ich treffe Claus Schenk morgen um neun.", "Claus Schenk"),
    ("Ricorda a Marta Lodigiani di portare le slide su Alessandro Volta.", "Marta Lodigiani"),
    ("Dr. Oetkers Termin bei Dr. Weber ist am Montag.", "Weber"),
    ("mon collègue Jean Moulin arrive demain à la réunion", "Jean Moulin"),
    ("Our new hire Steve Jobs starts on Monday.", "Steve Jobs"),
    ("Unser Patient Herr Thomas Mann hat morgen einen Termin.", "Thomas Mann"),
    ("Our client Mr. Charles Darwin owes us 3,000 EUR.", "Charles Darwin"),
    ("Meine Mandantin Clara Schumann bestreitet die Forderung.", "Clara Schumann"),
    ("Ieri in pizzeria Marco Bianchi ha litigato con il cameriere.", "Marco Bianchi"),
    ("Remind Peter the great guy from sales about it.", "Peter"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_deceased_and_fictional_persons_are_no_person(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_private_persons_beside_them_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The private person is a person-name finding."""
    assert value in found(classifier, text, NAME)
