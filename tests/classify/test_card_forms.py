"""Card numbers as people paste them (issue 11, family 3), with cues in the seven languages.

A card is often pasted with its expiry month and security code right after it ("4526 0181 5908
3012 09/27 123", "Amex 3782 822463 10013 1234"), or after a label glued to it ("Nr.4526…");
Diners Club numbers are written 4-6-4.
Numbers are made here with Luhn check digits (not real cards, not copied from an evaluation
set). Hard negatives: a wrong check digit whose month after it would make the Luhn sum work,
the last four digits alone, masked numbers, the networks' published test numbers, decimals.
"""

from __future__ import annotations

import pytest
from stdnum import luhn

from proxy.classify import Classifier
from tests.found import found

CARD = "financial.credit_card"


def _card(body: str, sep: str = " ", layout: tuple[int, ...] = (4, 4, 4, 4)) -> str:
    """A Luhn-valid number from ``body`` (all digits but the last), grouped by ``layout``."""
    digits = body + luhn.calc_check_digit(body)
    assert sum(layout) == len(digits)
    groups, at = [], 0
    for size in layout:
        groups.append(digits[at : at + size])
        at += size
    return sep.join(groups)


VISA = _card("453201511283036")
VISA_DASH = _card("453201511283036", "-")
VISA_RUN = _card("453201511283036", "")
MASTERCARD = _card("535418862917402")
AMEX = _card("34987654321098", " ", (4, 6, 5))
MAESTRO = _card("676770000000000")
DINERS = _card("3612345678901", " ", (4, 6, 4))

FOUND = [
    (f"My card: {VISA} 09/27 123", VISA),
    (f"Meine Kreditkarte {VISA_DASH} 12/28, Prüfziffer 123", VISA_DASH),
    (f"Karte Nr.{VISA_RUN}", VISA_RUN),
    (f"Karte {VISA_RUN} 123", VISA_RUN),
    (f"ma carte bancaire {MASTERCARD} 05/29 321", MASTERCARD),
    (f"carta di credito {MASTERCARD} 11/26", MASTERCARD),
    (f"mi tarjeta {VISA} 09/27", VISA),
    (f"mijn creditcard {MASTERCARD} 01/30 456", MASTERCARD),
    (f"moja karta {VISA} 03/27 789", VISA),
    (f"Amex {AMEX} 1234", AMEX),
    (f"Maestro {MAESTRO} 10/27", MAESTRO),
    (f"Diners Club {DINERS}", DINERS),
    (f"Diners {DINERS.replace(' ', '-')} 10/27", DINERS.replace(" ", "-")),
]
NOT_FOUND = [
    ("Karte 4526 0181 5908 3013 09/27", "check digit wrong; with the month the sum works"),
    ("Meine Karte endet auf 3012", "the last four digits alone"),
    ("card ending in 3012, exp 09/27", "the last four digits alone"),
    ("carte **** **** **** 3012 exp 09/27", "masked"),
    ("test card 4111 1111 1111 1111 12/30 123", "published test number"),
    ("tarjeta de prueba 4242 4242 4242 4242 09/27", "published test number"),
    ("ratio 0.4532015112830361", "a decimal fraction"),
    ("IBAN DE44 5001 0517 5407 3249 31", "an IBAN"),
    ("Diners 3612 345678 9014", "check digit wrong"),
    ("Ref 1234 567890 1234", "no card network starts with 1"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_pasted_card_number_is_found_without_what_follows(
    classifier: Classifier, text: str, value: str
) -> None:
    """The card is found, and its span ends where the number ends."""
    assert found(classifier, text, CARD) == [value]


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_partial_masked_test_and_invalid_numbers_are_not_cards(
    classifier: Classifier, text: str, why: str
) -> None:
    """No card finding."""
    assert found(classifier, text, CARD) == [], why
