"""Surnames in the Polish dative, twenty-ninth session: "Przekaż to Sobczakowi", "Wyślij raport
Kowalczykowi" name a person inside a sentence (no preposition or title before them); a noun in
the same case ("Bankowi", "Zarządowi", "Klientowi"), an office ("Wójtowi") or a surname that is
a noun opening a sentence ("Synkowi kupiłem rower") does not.

Rows are written here, after the family a probe's dev half showed (``fresh.jsonl``); none is
copied from the probes.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    ("Przekaż to Sobczakowi jutro rano.", ["Sobczakowi"]),
    ("Wyślij raport Kowalczykowi do piątku.", ["Kowalczykowi"]),
    ("Daj znać Nowakowi, że projekt jest gotowy.", ["Nowakowi"]),
    ("Przekaż to Jendkowi, bo zależy mu na terminie.", ["Jendkowi"]),
    ("Przypomnij o tym Wróblowi i Stępniowi.", ["Wróblowi", "Stępniowi"]),
    ("Wyślij fakturę Kurasiowi do czwartku.", ["Kurasiowi"]),
    ("Oddaj klucze Wójcikowi albo Kowalikowi.", ["Wójcikowi", "Kowalikowi"]),
    ("Odpowiedz Szymczakowi na maila z wczoraj.", ["Szymczakowi"]),
    ("Raport wysłano wczoraj Pawlakowi.", ["Pawlakowi"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("Bankowi nie zależy na kliencie.", "a noun whose stem is a word"),
    ("Zarządowi przedstawiono plan na przyszły rok.", "a noun"),
    ("Klientowi wysłano fakturę korygującą.", "a noun"),
    ("Wójtowi przekazano petycję mieszkańców.", "an office"),
    ("Orlenowi spadły notowania.", "a firm"),
    ("Krakowowi brakuje mieszkań.", "no surname"),
    ("Synkowi kupiłem nowy rower na urodziny.", "a surname that is a noun, opening a sentence"),
    ("Polakowi mieszkającemu za granicą przysługuje prawo głosu.", "the same"),
    ("Raport:\nKucharzowi należy się premia za grudzień.", "the same, opening a line"),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_a_surname_in_the_dative_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The dative of a known surname is a person, with no cue before it."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_nouns_firms_and_offices_in_the_dative_are_no_person(
    classifier: Classifier, text: str, why: str
) -> None:
    """A noun, a firm or an office in the same case is no person."""
    assert found(classifier, text, NAME) == [], why
