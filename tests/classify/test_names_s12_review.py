"""Rows from the review of the twelfth session's name rules: a brand list, a German article
rule or a company role must not hide a person the text clearly names, and the new cue rules
must not take companies, clubs or exclamations for persons.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    # initials a brand list holds, after a title, "patient", "my name is" or with a pronoun
    ("Patient W. H. Smith was admitted with chest pain.", "W. H. Smith"),
    ("Dr. W. H. Smith will see you now.", "W. H. Smith"),
    ("Please email J. W. Marriott about his MRI.", "J. W. Marriott"),
    ("Dear Mr. C. H. Beck, your results are in.", "C. H. Beck"),
    ("Please call T. K. O. Ibekwe tomorrow.", "T. K. O. Ibekwe"),
    # a surname after "zu", "des", "das" that no word list holds; a given name before an article
    ("Gestern hat Philipp zu Eulenburg angerufen.", "Philipp zu Eulenburg"),
    ("Ich habe mit Daniel des Forges gesprochen.", "Daniel des Forges"),
    ("Ich muss mit Jonas das Projekt besprechen.", "Jonas"),
    # two tokens of no word list after a role a company can fill
    ("Our courier Tjark Brennecke was injured.", "Tjark Brennecke"),
    ("Il sviluppatore Tjark Raghunathan è malato.", "Tjark Raghunathan"),
]
NOT_FOUND = [
    "Dear Mr. C. H. Beck, your results are in.",  # no stray "Mr" (checked below)
    "Ich habe Jonas zu Hause gesehen.",
    "Shop by J. Crew for summer.",
    "I went there with Bolt yesterday.",
    "Kupiłem to u Rossmanna.",
    "Am Dienstag sagte Otto, dass der Versand stockt.",
    "Mecz wygrała Wisła.",
    "Mira, usted tiene razón.",
    "Dai, voi potete.",
    "Pierre, je pense que c'est bon.",
    "The carrier Deutsche Telekom raised prices.",
    "Members:\n- Berlin\n- Madrid\n- Lisboa\n",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_the_person_the_text_names_is_found(classifier: Classifier, text: str, name: str) -> None:
    """The person a title, a pronoun, a particle or two name-like tokens make clear."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND[1:])
def test_companies_clubs_and_exclamations_are_no_person(classifier: Classifier, text: str) -> None:
    """A brand, company, club, set phrase or exclamation: no person."""
    assert found(classifier, text, PERSON) == []


def test_a_title_before_initials_is_no_name_of_its_own(classifier: Classifier) -> None:
    """ "Dear Mr. C. H. Beck" gives the name after the title, not the title."""
    assert found(classifier, NOT_FOUND[0], PERSON) == ["C. H. Beck"]
