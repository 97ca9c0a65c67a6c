"""A given name right after more imperatives that open a request (issue 11, names without a
cue word): "Give Maria the keys", "Schrijf Daan dat …", "Hilf Lea beim Umzug", "Dai a Giulia",
"Dale a Lucía", "Daj Annie klucze".

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Give Maria the keys before Friday.", "Maria"),
    ("Show Jonas the quarterly report.", "Jonas"),
    ("Meet Maria, our new intern.", "Maria"),
    ("Schrijf Daan dat de vergadering verplaatst is.", "Daan"),
    ("Geef Sanne de sleutels.", "Sanne"),
    ("Hilf Lea beim Umzug am Samstag.", "Lea"),
    ("Zeig Jonas bitte die Folien.", "Jonas"),
    ("Dai a Giulia il documento firmato.", "Giulia"),
    ("Dale a Lucía las llaves del coche.", "Lucía"),
    ("Daj Annie klucze do biura.", "Annie"),
]
NOT_FOUND = [
    "Help Wanted: cooks and waiters",
    "Give Way signs are yellow here.",
    "Show Boat is a musical.",
    "Help Desk opens at 9.",
    "Geef Gas op de snelweg.",
    "Aide Sociale à l'Enfance",
    "Meet Me in St. Louis is a film.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_given_name_after_an_imperative_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The given name after the verb that opens the request."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_titles_and_signs_are_no_person(classifier: Classifier, text: str) -> None:
    """A sign, a title or a service after the same verbs: no person."""
    assert found(classifier, text, PERSON) == []
