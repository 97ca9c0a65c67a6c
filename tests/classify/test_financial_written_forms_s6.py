"""Card and account numbers in more written forms (issue 11, family 3): cards grouped with dots
or double spaces, the Polish NRB (the IBAN without "PL"), the Belgian pre-IBAN account number.

Rows are written by hand (numbers generated with valid check digits, not real accounts; the
IBAN registry's examples in domestic form stay non-findings). A positive row names the span
and type found; a negative row must give no finding of that type.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

CARD = "financial.credit_card"
IBAN = "financial.iban"

FOUND = [
    ("card number 4526.0181.5908.3012", CARD, "4526.0181.5908.3012"),
    ("Karte 4526  0181  5908  3012 bitte", CARD, "4526  0181  5908  3012"),
    (
        "Przelew na konto 46 1140 2004 0000 3102 1234 5678 do piątku.",
        IBAN,
        "46 1140 2004 0000 3102 1234 5678",
    ),
    ("nr rachunku: 46114020040000310212345678", IBAN, "46114020040000310212345678"),
    ("Rekeningnummer 787-7893287-69 (oude vorm)", IBAN, "787-7893287-69"),
]
NOT_FOUND = [
    ("numer konta 47 1140 2004 0000 3102 1234 5678", IBAN),  # IBAN check digits wrong
    ("numer konta 46 1140 2005 0000 3102 1234 5678", IBAN),  # sort code check digit wrong
    ("numer konta 61 1090 1014 0000 0712 1981 2874", IBAN),  # the registry's example
    ("Rekening 539-0075470-34", IBAN),  # the registry's Belgian example
    ("Rekening 787-7893287-68", IBAN),  # mod 97 wrong
    ("Ref 2024.01.15.0001.0002", CARD),
    ("card 4526.0181 5908-3012", CARD),  # mixed separators
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_a_number_in_a_written_form_is_found(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """Valid check digits in the form people write them: found, whole."""
    assert found(classifier, text, kind) == [value]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_wrong_check_digits_examples_and_mixed_forms_are_not(
    classifier: Classifier, text: str, kind: str
) -> None:
    """A wrong check digit, a published example or mixed separators: no finding."""
    assert found(classifier, text, kind) == []
