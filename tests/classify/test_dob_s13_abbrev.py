"""Italian month abbreviations in dates of birth ("9 sett. 1979", "3 genn. 1955", "12 febbr.
1960", "20 magg. 1948"), and a French passport number after both the card's and the passport's
words, read as the passport it is shaped as.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

FOUND = [
    ("nata il 9 sett. 1979 a Bari", "9 sett. 1979", "pii.date_of_birth"),
    ("data di nascita: 3 genn. 1955", "3 genn. 1955", "pii.date_of_birth"),
    ("nato il 12 febbr. 1960 a Como", "12 febbr. 1960", "pii.date_of_birth"),
    ("Data nascita 20 magg. 1948", "20 magg. 1948", "pii.date_of_birth"),
    ("CNI/Passeport : passeport n° 17RD52094", "17RD52094", "pii.passport"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_abbreviated_months_and_passport_shaped_numbers(
    classifier: Classifier, text: str, value: str, kind: str
) -> None:
    """The birth date with its abbreviated month; the passport number as a passport."""
    assert value in found(classifier, text, kind)
