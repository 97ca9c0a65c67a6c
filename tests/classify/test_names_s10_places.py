"""Person names, tenth session: an institution or a range named after a person is no person.
The name after a title or cue is refused when a street, institution or landform word follows
("M. Lancaster High School", "Dr. Ferdinand Sauerbruch Gymnasium"), but not when a place in
parentheses follows ("Dr. Erich Wendling (Halle a. S.)"); plural landforms end no name ("Rosalind
Mountains"), while surnames such as "Rivers" still do. The rows are written by hand.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Geheimrat Dr. Erich Wendling (Halle a. S.) sprach zuerst.", "Erich Wendling"),
    ("The comedian Joan Rivers died in 2014.", "Joan Rivers"),
    ("Meet Dr. Anna Kowalski at the clinic on Monday.", "Anna Kowalski"),
]

NOT_FOUND = [
    "He taught for years at M. Lancaster High School in Ohio.",
    "The team trained at Dr. Ferdinand Sauerbruch Gymnasium last spring.",
    "The trail runs between the Organ and Rosalind Mountains.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_person_next_to_a_place_is_found(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_place_named_after_a_person_is_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
