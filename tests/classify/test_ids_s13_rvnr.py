"""The German social insurance (pension) number, ``de.rvnr``: area, date of birth, the surname's
initial, serial and check digit ("12 150380 M 019"), after its cue ("Sozialversicherungsnummer",
"SV-Nummer", "RV-Nr.") or in its own spaced form; not with a wrong check digit or an impossible
date, not the published example (65 170839 J 003), not after another number's label.

Rows are written by hand for these tests (the numbers made for them, their check digits computed).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

ID = "pii.national_id"

FOUND = [
    ("Sozialversicherungsnummer: 12150380M019", "12150380M019"),
    ("Meine RV-Nr. lautet 53 210786 K 017.", "53 210786 K 017"),
    ("SV-Nummer 04 071192 B 058 (Lohnabrechnung)", "04 071192 B 058"),
    ("Bitte trag 12 150380 M 019 ins Formular ein.", "12 150380 M 019"),
]
NOT_FOUND = [
    "Sozialversicherungsnummer: 12150380M018",  # wrong check digit
    "SV-Nummer 65 170839 J 003",  # the published example
    "Artikel 53 210786 K 017 im Lager",  # another number's label
    "Rentenversicherungsnummer 12 153380 M 019",  # no month 33
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_german_social_insurance_number_is_a_national_id(
    classifier: Classifier, text: str, value: str
) -> None:
    """The number after its cue, or in its own spaced form."""
    assert value in found(classifier, text, ID)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_wrong_checks_examples_and_other_labels_are_none(classifier: Classifier, text: str) -> None:
    """A wrong check digit, the published example, an article number, an impossible date."""
    assert found(classifier, text, ID) == []
