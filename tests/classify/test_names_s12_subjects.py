"""A known given name opening a sentence as the subject of an auxiliary or modal verb ("Sophie
will join the call", "Lukas hat mir geschrieben", ``_bare_names._subject``), as notes about
colleagues and family open; places, products, everyday words, German nouns and names that the
sentence calls a place, firm, work or thing are none.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Sophie will join the call at three.", "Sophie"),
    ("Priya needs the contract by Friday.", "Priya"),
    ("Lukas hat mir den Bericht geschickt.", "Lukas"),
    ("Fabienne doit rappeler le client demain.", "Fabienne"),
    ("Giacomo ha chiamato stamattina.", "Giacomo"),
    ("Lucía tiene una cita el lunes.", "Lucía"),
    ("Sanne heeft vandaag vrij genomen.", "Sanne"),
    ("Kasia ma gorączkę od wczoraj.", "Kasia"),
]
NOT_FOUND = [
    "Julia is a language for numerical computing.",
    "Victoria is a state in Australia.",
    "Jordan is a country in the Middle East.",
    "Rose ist eine Blume.",
    "Florence was a city of merchants.",
    "Tobias was a ship of the Dutch fleet.",
    "Lorena è un comune della Spagna.",
    "Python is a programming language.",
    "Summer will come early this year.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_given_name_as_the_subject_of_an_auxiliary_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The given name opening the sentence before an auxiliary or modal verb."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_places_things_and_words_before_an_auxiliary_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A place, a product, a word or a name the sentence calls a thing: no person."""
    assert found(classifier, text, PERSON) == []
