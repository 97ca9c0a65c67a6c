"""Thirty-seventh session: the recipient of a verb of telling or asking, when the message
follows as a clause ("dis à Traoré que", "zeg even tegen Hoogeveen dat", "Sag Wendland bitte,
dass"), is a person even when the surname is not on the main list or on no list at all. A
product, firm, German noun or word in that place is none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("dis à Benali que le devis part demain", "Benali"),
    ("Dites à Kourouma qu'il manque une signature.", "Kourouma"),
    ("zeg even tegen Hoogeveen dat de planning rond is", "Hoogeveen"),
    ("Zeg maar tegen Brouwers dat het later wordt.", "Brouwers"),
    ("Sag Wendland bitte, dass der Raum gewechselt hat.", "Wendland"),
    ("tell Whitcombe that the purchase order is still missing", "Whitcombe"),
    ("di a Pagnottelli che la riunione slitta", "Pagnottelli"),
    ("Powiedz Szczepaniakowi, że faktura jest gotowa.", "Szczepaniakowi"),
]

NOT_FOUND = [
    "tell Jira that the ticket is a duplicate",
    "Sag Folgendes, dass es klappt.",
    "Sag Bescheid, dass du kommst.",
    "Dis à Mistral que le modèle est lent.",
    "Tell Kubernetes that the pod is gone.",
    "Dile a Google que no",
    "tell Whitcombe Street residents the road is closed",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_recipient_of_a_told_message_is_a_person(
    classifier: Classifier, text: str, value: str
) -> None:
    """The recipient is a name finding."""
    assert found(classifier, text, NAME) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_thing_told_something_is_no_person(classifier: Classifier, text: str) -> None:
    """No name finding."""
    assert found(classifier, text, NAME) == []
