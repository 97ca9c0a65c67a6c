"""Postal addresses (issue 11, family 2): post-office boxes with their postcode and town in the
forms of the EU countries ("Postfach 12 34, 10001 Berlin", "BP 42, 75001 Paris", "Apartado de
correos 123, 28080 Madrid"), and Polish street types in the cases prose puts them in ("na ulicy
Długiej 5", "na placu Zamkowym 1").

Rows are written by hand for these tests. A positive row names the address found; a negative row
must give no postal address.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

ADDRESS = "pii.postal_address"

FOUND = [
    ("Postfach 12 34, 10001 Berlin", "Postfach 12 34, 10001 Berlin"),
    ("Bitte an: Postfach 1234\n80331 München", "Postfach 1234\n80331 München"),
    ("Casella postale 123, 00100 Roma", "Casella postale 123, 00100 Roma"),
    ("Envoyez-le à BP 42, 75001 Paris.", "BP 42, 75001 Paris"),
    ("Boîte postale 42, 75001 Paris", "Boîte postale 42, 75001 Paris"),
    ("Apartado de correos 123, 28080 Madrid", "Apartado de correos 123, 28080 Madrid"),
    ("Skrytka pocztowa 15, 00-950 Warszawa", "Skrytka pocztowa 15, 00-950 Warszawa"),
    ("PO Box 1234, Dublin D02 X285", "PO Box 1234, Dublin D02 X285"),
    ("Mieszkam na ulicy Długiej 5.", "ulicy Długiej 5"),
    ("Mieszkam przy ulicy Długiej 5 w Gdańsku.", "ulicy Długiej 5"),
    ("Spotkajmy się na placu Zamkowym 1.", "placu Zamkowym 1"),
]
NOT_FOUND = [
    "BP 140/90, 12 patients today",
    "Box 3, 2 items left",
    "BP 42 mmHg, 75001 readings",
    "Na ulicy było 5 osób.",
    "Postfach ist geschlossen.",
    "Table CP 12, 75001 Paris",
]


@pytest.mark.parametrize(("text", "address"), FOUND)
def test_boxes_and_polish_street_cases_are_addresses(
    classifier: Classifier, text: str, address: str
) -> None:
    """The box with its postcode and town, or the street in its case with its number."""
    assert address in found(classifier, text, ADDRESS)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_readings_counts_and_prose_are_no_address(classifier: Classifier, text: str) -> None:
    """A blood pressure, a count or a sentence: no address."""
    assert found(classifier, text, ADDRESS) == []
