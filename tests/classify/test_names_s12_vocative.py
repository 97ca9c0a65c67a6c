"""A given name that is also a word, opening a sentence before a comma and a second-person
pronoun ("Pierre, tu peux …", ``_vocative_names``); places, exclamations and other openers
before the same pronouns are none.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Pierre, tu pourrais relire la note ?", "Pierre"),
    ("Rose, you left your badge at the desk.", "Rose"),
    ("Frank, you were right about the numbers.", "Frank"),
    ("Hope, you did great today.", "Hope"),
    ("Else, du hast die Schlüssel vergessen.", "Else"),
    ("Jonas, ihr müsst morgen früher kommen.", "Jonas"),
    ("Daan, u moet het formulier nog tekenen.", "Daan"),
    ("Marek, pan zna odpowiedź?", "Marek"),
]
NOT_FOUND = [
    "Paris, tu es magnifique ce soir.",
    "However, you can still cancel.",
    "Well, you never know.",
    "Alors, tu viens ou pas ?",
    "Victoria, tu es toujours aussi belle.",
    "Summer, please stay a little longer.",
    "Cara, tu sei sempre in ritardo.",
    "Angel, you know I can't.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_word_like_given_name_addressed_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The given name before a comma and a second-person pronoun."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_places_and_openers_before_a_pronoun_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A place, an adverb, an exclamation, or a word before a non-pronoun: no person."""
    assert found(classifier, text, PERSON) == []
