"""A numeric date right after a person's name is a date of birth (issue 11, dates of birth in
every written form): "Patient: Hans Meier, 12.03.1985", "Anna Schmidt * 12.03.1985".

Rows are written by hand for these tests. A positive row names the date found; a negative row
must give no date of birth.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

DOB = "pii.date_of_birth"
RECENT = "12.03.2024"

FOUND = [
    ("Patient: Hans Meier, 12.03.1985", "12.03.1985"),
    ("Anna Schmidt * 12.03.1985, verheiratet", "12.03.1985"),
    ("Teilnehmer: Piotr Zieliński (03/11/1978), Anna Nowak (21/06/1990)", "03/11/1978"),
    ("Pieter van der Berg, 1985-03-12, Amsterdam", "1985-03-12"),
    ("Hans Meier, 12. 3. 1985", "12. 3. 1985"),
    ("Hans Meier, 12.03.85", "12.03.85"),
]
NOT_FOUND = [
    f"Anna Schmidt, {RECENT}",  # a signature's or a meeting's date
    "Berlin, 12.03.1985",
    "Siemens AG, 12.03.1985",
    "Invoice 2024-001, 12.03.1985",
    "Mario Rossi (12/03/1985)",  # the Italian placeholder name
    "Hans Meier, 31.02.1985",  # no such day
    "Anna Schmidt, 12.03.24",  # a two-digit recent year
]


@pytest.mark.parametrize(("text", "date"), FOUND)
def test_a_date_after_a_name_is_a_birth_date(classifier: Classifier, text: str, date: str) -> None:
    """A real date ten years back or more, right after a known name."""
    assert date in found(classifier, text, DOB)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_recent_date_a_place_or_a_company_before_it_is_not(
    classifier: Classifier, text: str
) -> None:
    """A recent date, a place or company before the date, a placeholder name, no real day."""
    assert found(classifier, text, DOB) == []
