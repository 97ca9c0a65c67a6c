"""Lone names in meeting notes and HR requests: a known name before a verb of proposing or
objecting ("Kowalski presented the budget, Nowak disagreed", ``_lone_words.SHARED_VERBS``) and
before "'s" and a record only a person has ("Ingrid's CV", "Tomasz's payslip",
``_lone_words.OWNED``); companies and products before the same words are none.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Meeting notes: Kowalski presented the budget.", "Kowalski"),
    ("The budget was approved, but Nowak disagreed.", "Nowak"),
    ("In the call Berger proposed a later deadline.", "Berger"),
    ("Gestern präsentierte Hoffmann die Zahlen.", "Hoffmann"),
    ("Durante la riunione Esposito ha proposto un rinvio.", "Esposito"),
    ("Please check Ingrid's CV before the interview.", "Ingrid"),
    ("Please summarise Tomasz's payslip for March.", "Tomasz"),
    ("Can you read Okafor's performance review?", "Okafor"),
]
NOT_FOUND = [
    "Siemens presented its quarterly results.",
    "The board approved it, but Microsoft disagreed.",
    "I read Google's CV parser documentation.",
    "Apple's performance review process is strict.",
    "Python's prescription for style is PEP 8.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_lone_name_in_notes_and_records_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """A known name before a verb of proposing or objecting, or owning a personal record."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_companies_and_products_in_notes_are_no_person(classifier: Classifier, text: str) -> None:
    """A company or product before the same verbs and records: no person."""
    assert found(classifier, text, PERSON) == []
