"""Thirty-second session, from the dev half of ``fresh4.jsonl`` (rows written here, none
copied from the probe):

- a care handover's line: a room or bed label, a titled name, then the person's result or fall
  ("pok. 7 – p. Kubiak, glikemia 320 mg/dl", "Ch. 5 – Mme Leroy, chute à 16h"); not a
  market's fall or a recipe;
- two people who quarrel, surnames standing alone ("Barbieri e Pellegrini hanno litigato"); not
  firms or countries.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

HEALTH = [
    "pok. 12 – p. Zielińska, glikemia 280 mg/dl wieczorem",
    "Ch. 3 – M. Girard, glycémie à 3,1 g/L au dîner.",
    "Zi. 9 Frau Lindner – Sturz um 14 Uhr, keine Verletzungen sichtbar.",
    "Room 7 – Mrs Hughes, had a fall after lunch, no injury seen.",
    "Hab. 4 – Sr. Navarro, glucemia de 290 en la cena.",
]

NOT_HEALTH = [
    "La chute à 16h du CAC 40 inquiète les marchés.",
    "Diabetic recipes for the canteen menu, please.",
    "Der Sturz um 1989 veränderte Europa.",
]

FOUND = [
    ("Barbieri e Pellegrini hanno litigato davanti al cliente.", "Pellegrini"),
    ("Meier und Zimmermann haben sich im Meeting angeschrien.", "Zimmermann"),
    ("Van Dijk en Kuipers hebben ruzie gehad bij de balie.", "Van Dijk"),
    ("Nowak i Wiśniewski pokłócili się na zebraniu.", "Wiśniewski"),
]

NOT_FOUND = [
    "Apple and Samsung were fighting over patents again.",
    "France et Allemagne se sont disputés le titre.",
    "ho visto la signora di sopra stamattina",
    "il signore di enel è passato per il contatore",
    "hablé con la señora de la limpieza",
]


@pytest.mark.parametrize("text", HEALTH)
def test_handover_line_is_health(classifier: Classifier, text: str) -> None:
    """The condition on the record line is a health finding."""
    assert found(classifier, text, "health") != []


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_falls_and_diets_without_a_record_are_none(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, "health") == []


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_quarrelling_and_titled_people_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_firms_countries_and_places_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
