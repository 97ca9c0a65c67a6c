"""Card numbers, eighth session: the review's open findings (issue 11, family 3).

- A short run of digits and a group after it is an article number and a quantity, not a card
  and its security code ("EAN 4006381330060 12 Stück"); a number after an article-number label
  (EAN, GTIN, Art.-Nr., SKU, ISBN …) is no card.
- Groupings other than fours belong to one network: 4-6-4 to Diners Club (300-305, 36, 38,
  39), 4-6-5 to American Express (34, 37).

Numbers are made here with Luhn check digits (not real cards, not copied from an evaluation
set).
"""

from __future__ import annotations

import pytest
from stdnum import luhn

from proxy.classify import Classifier
from tests.found import found

CARD = "financial.credit_card"


def _card(body: str, layout: tuple[int, ...]) -> str:
    """A Luhn-valid number from ``body`` (all digits but the last), grouped by ``layout``."""
    digits = body + luhn.calc_check_digit(body)
    assert sum(layout) == len(digits)
    groups, at = [], 0
    for size in layout:
        groups.append(digits[at : at + size])
        at += size
    return " ".join(groups)


#: A 13-digit number that is a valid EAN-13 and passes the Luhn check, starting like a Visa.
ARTICLE = _card("400638133006", (13,))
VISA_RUN = _card("453201511283036", (16,))
DINERS_30 = _card("3052345678901", (4, 6, 4))
DINERS_36 = _card("3612345678901", (4, 6, 4))
AMEX = _card("34987654321098", (4, 6, 5))

FOUND = [
    (f"Diners {DINERS_30}", DINERS_30),
    (f"Diners Club {DINERS_36} 10/27", DINERS_36),
    (f"Amex {AMEX} 1234", AMEX),
    (f"Karte {VISA_RUN} 123", VISA_RUN),
    (f"Karte {VISA_RUN} 12/27", VISA_RUN),
    (f"Visa {ARTICLE}", ARTICLE),  # a 13-digit run alone stays a card: fail closed
    ("In this article, card 4532 0151 1283 0366", "4532 0151 1283 0366"),
    # review: a 14-digit Diners run and its code, and a card after an article word
    (f"my card {_card('3852111111111', (14,))} 123", _card("3852111111111", (14,))),
    ("Article: 4556 7375 8689 9855", "4556 7375 8689 9855"),
    (f"Artikel {VISA_RUN}", VISA_RUN),
]
#: (text, why it is no card): each was a card finding before this session.
NOT_FOUND = [
    (f"EAN {ARTICLE} 12 Stück", "an article number and a quantity"),
    (f"Art.-Nr. {ARTICLE} 12", "an article number and a quantity"),
    (f"Lieferung {ARTICLE} 12 Stück", "a short run and a group after it"),
    (f"EAN {ARTICLE}", "an EAN"),
    (f"GTIN: {ARTICLE}", "a GTIN"),
    (f"Artikelnummer {ARTICLE}", "an article number"),
    (f"codice a barre {ARTICLE}", "a barcode"),
    (f"EAN-Code {ARTICLE}", "an EAN"),
    ("Visa " + _card("4532015112830", (4, 6, 4)), "4-6-4 is Diners Club's grouping only"),
    ("Discover " + _card("6011234567890", (4, 6, 4)), "4-6-4 is Diners Club's grouping only"),
    ("MasterCard " + _card("53541886291740", (4, 6, 5)), "4-6-5 is American Express's only"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_card_number_is_found_without_what_follows(
    classifier: Classifier, text: str, value: str
) -> None:
    """The card number alone is the finding (not the expiry or security code after it)."""
    assert found(classifier, text, CARD) == [value]


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_article_numbers_and_foreign_groupings_are_not_cards(
    classifier: Classifier, text: str, why: str
) -> None:
    """Article numbers, and cards grouped as another network groups its numbers, are no cards."""
    assert found(classifier, text, CARD) == [], why
