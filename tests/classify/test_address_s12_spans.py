"""A street line without a street word before a postcode ("Dorpsstraat 8, 1234 AB Utrecht",
``_address_lines.bare_start``) starts at the street's name, not at the words of the sentence
before it; lower-case words a street's name holds ("Rua da Prata") stay in it.

Rows are written by hand for these tests: the text and the address span expected.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

ADDRESS = "pii.postal_address"

SPANS = [
    ("Mijn adres is Dorpsstraat 8, 1234 AB Utrecht.", "Dorpsstraat 8, 1234 AB Utrecht"),
    ("Het pakket gaat naar Kerkweg 14, 3511 LK Utrecht.", "Kerkweg 14, 3511 LK Utrecht"),
    ("Bydlím na adrese Husova 12, 602 00 Brno.", "Husova 12, 602 00 Brno"),
    ("Rua da Prata 12, 1100-419 Lisboa", "Rua da Prata 12, 1100-419 Lisboa"),
]


@pytest.mark.parametrize(("text", "span"), SPANS)
def test_a_bare_street_line_starts_at_the_street_name(
    classifier: Classifier, text: str, span: str
) -> None:
    """The address span is the street, its number, the postcode and the town."""
    assert found(classifier, text, ADDRESS) == [span]
