"""English and Irish street types the address detector did not know (View, Vale, Glen, Lawns,
Grange, Cottages, Ridge, Heath, Brae, Wynd, Dale, Fields, Downs, Embankment, Glade): a house
number, capitalised words and the type make a street line; the same words in other phrases
(a chapter's title, a count) are none.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

ADDRESS = "pii.postal_address"

FOUND = [
    ("Please post it to 12 Harbour View, Cobh, Co. Cork P24 X2K7.", "12 Harbour View"),
    ("She lives at 4 Elm Grange, Naas.", "4 Elm Grange"),
    ("Invoice address: 27 Rowan Glen, Letterkenny", "27 Rowan Glen"),
    ("Our new flat is 9 Kirk Wynd, Falkirk.", "9 Kirk Wynd"),
    ("Send the keys to 3 Mill Cottages, Thame.", "3 Mill Cottages"),
]
NOT_FOUND = [
    "Chapter 12 Ridge Regression and Lasso",
    "The 2 Downs Syndrome studies were published last year.",
    "I scored 12 Vale points in the quiz.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_street_line_with_these_types_is_an_address(
    classifier: Classifier, text: str, value: str
) -> None:
    """The house number, the street's words and its type."""
    assert any(value in span for span in found(classifier, text, ADDRESS))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_the_same_words_in_other_phrases_are_no_address(classifier: Classifier, text: str) -> None:
    """A title, a syndrome, a score: no address."""
    assert found(classifier, text, ADDRESS) == []
