"""Thirty-eighth session: a date of birth as identity cards print it (day, month and year with
spaces between) and as scans read it, with the letter O for a zero, after a birth cue. A date
that does not exist, or such a date without a birth cue, is none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

DOB = "pii.date_of_birth"

FOUND = [
    ("FECHA DE NACIMIENTO  14 O3 1979", "14 O3 1979"),
    ("Date of birth / Date de naissance  O2 11 1961", "O2 11 1961"),
    ("Geburtsdatum 23 O9 2OO4", "23 O9 2OO4"),
    ("F. nac.: 3O/O6/1955", "3O/O6/1955"),
    ("Geb.: 19-O1-1947, Station 4", "19-O1-1947"),
    ("Data di nascita O4.O5.1999 - Comune di Lecce", "O4.O5.1999"),
    ("Geboortedatum 11 12 197O", "11 12 197O"),
    ("date of birth 08 03 1990, NHS number pending", "08 03 1990"),
]

NOT_FOUND = [
    "date of birth 31 O2 1990",  # no 31 February
    "Date of birth 12 34 1985",
    "Gate O2 12 2023 opens at noon",  # no birth cue
    "Invoice dated 09 02 1985",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_date_is_a_date_of_birth(classifier: Classifier, text: str, value: str) -> None:
    """The whole date is one date-of-birth finding."""
    assert found(classifier, text, DOB) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_date_of_birth(classifier: Classifier, text: str) -> None:
    """Nothing in the text is a date of birth."""
    assert found(classifier, text, DOB) == []
