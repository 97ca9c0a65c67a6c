"""A medicine the lists do not hold, known by its dose and said of a person (fifteenth
session): "Mijn moeder slikt Ascal 80 mg", "Mein Vater nimmt Tebonin 120 mg". A nutrition label,
a total or a range, and an amount in grams or millilitres are no medicine; a dose with no person
in its sentence is no health data of anyone.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("Mijn moeder slikt Ascal 80 mg sinds haar operatie.", "Ascal 80 mg"),
    ("Mein Vater nimmt seit Montag Tebonin 120 mg.", "Tebonin 120 mg"),
    ("Mio padre prende Madopar 250 mg tre volte al giorno.", "Madopar 250 mg"),
    ("Mi abuela toma Adiro 100 mg cada mañana.", "Adiro 100 mg"),
    ("Moja mama bierze Polocard 75 mg codziennie.", "Polocard 75 mg"),
    ("My mum takes Calcichew 500 mg with her breakfast.", "Calcichew 500 mg"),
]
NOT_FOUND = [
    "Sodium 120 mg per serving.",
    "Die Tablette enthält Koffein 200 mg.",
    "Total 80 mg per day is the maximum in the leaflet.",
    "Mijn moeder kookt Pasta 500 g voor ons allemaal.",
    "The study compared Ascal 80 mg with placebo in 400 patients.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_an_unlisted_medicine_with_its_dose_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name and dose the row names are found as health data."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_labels_totals_grams_and_studies_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding: no medicine, or no person it is said of."""
    assert found(classifier, text, HEALTH) == []
