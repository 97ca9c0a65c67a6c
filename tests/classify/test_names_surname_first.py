"""Person names written surname first (issue 11): "Meier, Hans; Nowak, Anna" in lists and
forms, "DUPONT Jean" and "KOWALSKI Piotr" in French and Polish records.

Rows are written by hand for these tests. Positive rows name the exact spans found; negative
rows must yield no person name at all.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Teilnehmer: Meier, Hans; Nowak, Anna", ["Meier, Hans", "Nowak, Anna"]),
    ("Participants: Smith, John and Brown, Emily", ["Smith, John", "Brown, Emily"]),
    ("Eingeladen:\nWagner, Richard\nSchulz, Petra\n", ["Wagner, Richard", "Schulz, Petra"]),
    ("Convocation de DUPONT Jean pour le 12 mars.", ["DUPONT Jean"]),
    ("Wniosek złożył KOWALCZYK Piotr w poniedziałek.", ["KOWALCZYK Piotr"]),
]
NOT_FOUND = [
    "Berlin, Germany",
    "Paris, France; London, England",
    "Ingredients: Sugar, Salt",
    "The HTTP Server returned errors.",
    "The JSON Schema is valid.",
    "ERROR Martin failed to start",
    "Options: Red, Blue; Green, Yellow",
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_a_name_written_surname_first_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """A known surname, then a known given name, as a list item or in capitals."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize("text", NOT_FOUND)
def test_places_words_and_acronyms_before_a_word_are_no_names(
    classifier: Classifier, text: str
) -> None:
    """Places, everyday words and acronyms in the same shapes are no person."""
    assert found(classifier, text, NAME) == []
