"""Thirty-sixth session: a mobile with its trunk zero, grouped as its country writes it, after
a bare number word ("Best number is …", "Numéro à porter : …", "Over te zetten nummer: …") is a
phone: the word labels the phone. After a record's word ("Order number", "Rechnungsnummer",
"Tracking number") the same digits are the record's.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PHONE = "pii.phone"

FOUND = [
    ("Thanks for moving my account. Best number is 07946 318204.", "07946 318204"),
    ("Numéro à porter : 07 61 48 22 90 (opérateur donneur : Free)", "07 61 48 22 90"),
    ("Over te zetten nummer: 06-41720385", "06-41720385"),
    ("Her new number: 06 38 51 90 27, she changed it last week.", "06 38 51 90 27"),
    ("Nummer: 0176 48219350 (nur abends)", "0176 48219350"),
]

NOT_FOUND = [
    "Order number 06 38 51 90 27 has shipped.",
    "Tracking number 07946 318204, delivery on Monday.",
    "Rechnungsnummer: 06-41720385, fällig am 3. März.",
    "Serial number 0176 48219350 on the back of the router.",
    "Número de pedido 0612 345 678 confirmado.",
    "Votre numéro de commande : 06 38 51 90 27",
    "Die Nummer der Rechnung 0176 48219350 steht oben rechts.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_mobile_after_a_number_word_is_a_phone(
    classifier: Classifier, text: str, value: str
) -> None:
    """The mobile is a phone finding."""
    assert found(classifier, text, PHONE) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_record_s_number_is_no_phone(classifier: Classifier, text: str) -> None:
    """No phone finding."""
    assert found(classifier, text, PHONE) == []
