"""Thirty-seventh session: a national identifier spelled out one character at a time after its
scheme's name, as dictation and voice notes write it ("codice fiscale B N C G L I 7 9 C 2 1
F 2 0 5 O", "national insurance number is h t 6 9 2 7 9 4 d"), is that identifier when the
scheme's check accepts the joined value. Letters of a sentence after the cue, a failed check
or a published example are none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

ID = "pii.national_id"

FOUND = [
    (
        "ti detto il codice fiscale di mio padre: B N C G L I 7 9 C 2 1 F 2 0 5 O grazie",
        "B N C G L I 7 9 C 2 1 F 2 0 5 O",
    ),
    ("my national insurance number is h t 6 9 2 7 9 4 d thanks", "h t 6 9 2 7 9 4 d"),
    ("PESEL taty: 7 9 0 3 2 1 0 1 2 0 3", "7 9 0 3 2 1 0 1 2 0 3"),
    ("te dicto mi DNI, 1 0 0 0 0 0 0 0 Z", "1 0 0 0 0 0 0 0 Z"),
]

NOT_FOUND = [
    "the DNI field takes a b c d e f g h i",
    "codice fiscale: vedi allegato a b c d e f g h",
    "PESEL taty: 7 9 0 3 2 1 0 1 2 0 4",
    "mijn BSN is 1 1 1 2 2 2 3 3 3",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_spelled_identifier_is_found(classifier: Classifier, text: str, value: str) -> None:
    """The spelled run is a national-ID finding."""
    assert found(classifier, text, ID) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_letters_or_a_failed_check_are_none(classifier: Classifier, text: str) -> None:
    """No national-ID finding."""
    assert found(classifier, text, ID) == []
