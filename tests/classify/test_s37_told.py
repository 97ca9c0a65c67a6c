"""Thirty-seventh session: the recipient of a verb of telling or asking, when the message
follows as a clause ("dis à Traoré que", "zeg maar tegen Brouwers dat", "di a Pagnottelli
che"), is a person when the surname is on the second-tier list or has a surname's shape. A
product, firm, department, German noun or word in that place is none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("dis à Benali que le devis part demain", "Benali"),
    ("Dites à Traoré qu'il manque une signature.", "Traoré"),
    ("Zeg maar tegen Brouwers dat het later wordt.", "Brouwers"),
    ("zeg even tegen Jansen dat de planning rond is", "Jansen"),
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
    "Sag Vertrieb, dass es später wird.",
    "dis à Compta que la facture arrive",
    "Tell Payroll that I moved house.",
    "dile a Contabilidad que falta una factura",
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
