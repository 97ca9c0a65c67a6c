"""Thirty-fourth session: a name after the role its person has for the writer ("mi jefa
montse", "il mio capo marco", typed in lower case too) and a lone given name after a role's
label in a roster ("Enfermero: Iván"); verbs, months and words after a role are no names."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("my boss Sarah is away this week, can you cover?", "Sarah"),
    ("ask my colleague Tom whether the slides are ready", "Tom"),
    ("il mio capo marco è in ferie fino a lunedì", "marco"),
    ("mein chef thomas ist im urlaub", "thomas"),
    ("mon collègue julien est absent aujourd'hui", "julien"),
    ("moja szefowa agnieszka jest na urlopie", "agnieszka"),
    ("mijn teamleider jolanda is ziek", "jolanda"),
    ("nuestra vecina Lucía tiene las llaves", "Lucía"),
    ("Enfermero: Iván.", "Iván"),
    ("Ansprechpartnerin: Katrin", "Katrin"),
    ("Stagiaire du jour : Clémence.", "Clémence"),
    ("Manager: Sarah", "Sarah"),
    ("Pielęgniarka: Agnieszka", "Agnieszka"),
    ("Rm 11 – fall at 0515. Daughter Sarah informed 0600.", "Sarah"),
    ("Dochter Anja komt vanmiddag.", "Anja"),
    ("Wife Anna called the ward.", "Anna"),
]

NOT_FOUND = [
    "my boss said no to the budget",
    "my friend may come later",
    "my colleague and I will present",
    "mi jefa dice que no",
    "Manager: Finance",
    "Contact: Support team",
    "Manager: Will",
    "Mother Earth needs us all.",
    "Father Christmas comes tonight.",
    "My friend drew me a picture.",
    "Can my manager grant me access?",
    "mi primo segundo vive en Lima",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_role_names_its_person(classifier: Classifier, text: str, name: str) -> None:
    """The name after the role or the label is a name finding."""
    assert any(name in span for span in found(classifier, text, NAME))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_after_a_role_are_no_names(classifier: Classifier, text: str) -> None:
    """A verb, a month, a word or a department after a role is no name."""
    assert found(classifier, text, NAME) == []
