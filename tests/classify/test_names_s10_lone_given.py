"""Person names, tenth session: a known given name standing alone before a verb organisations
share is a person even when the word lists we hold have it in lower case too ("steve", "ben":
Mimesis' word lists come from running text, which names people). A surname that is a word is
still no person ("Sales said", "Rust won"). The rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Meanwhile, Steve finds the phone under the sofa.", "Steve"),
    ("Ben opened up a lead early in the race.", "Ben"),
    ("Jeff agreed to the new terms.", "Jeff"),
    ("Andy explained the plan to the team.", "Andy"),
]

NOT_FOUND = [
    "Sales said the quarter was weak.",
    "Rust won the survey again this year.",
    "Meanwhile, Apple opened a store in Milan.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_given_name_also_in_word_lists_is_found(
    classifier: Classifier, text: str, name: str
) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_surname_that_is_a_word_is_still_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
