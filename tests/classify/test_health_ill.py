"""Being ill, said of someone (issue 11, health data in everyday words): "ill" at the end of a
German or Dutch clause after time words ("Ich bin seit Montag krank"), "sick" and "ill" in
English, Italian in the first person ("Sono malato da ieri").

Rows are written by hand for these tests. A positive row names the word found; a negative row
must give no health finding at all.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

FOUND = [
    ("Ich bin seit Montag krank.", "krank"),
    ("Ich bin seit drei Tagen krank, bitte sag das Meeting ab.", "krank"),
    ("Mein Sohn ist heute krank.", "krank"),
    ("Ik ben sinds maandag ziek.", "ziek"),
    ("Mijn vrouw is al een week ziek.", "ziek"),
    ("Kun je mijn werkgever mailen? Ik ben overspannen.", "overspannen"),
    ("I have been sick since Monday.", "sick"),
    ("I'm sick today, can you cover for me?", "sick"),
    ("My son is ill with the flu.", "ill"),
    ("My mother fell ill last week.", "ill"),
    ("Sono malato da ieri.", "malato"),
    ("Ero malata la settimana scorsa.", "malata"),
    ("My son is ill", "ill"),  # the end of the text
    ("I'm sick", "sick"),
    ("(My son is ill)", "ill"),
    ("My son is ill; can you reschedule?", "ill"),
]
NOT_FOUND = [
    "Ich bin nicht krank, nur müde.",
    "Ik ben niet ziek.",
    "I'm sick of these meetings.",
    "I am sick and tired of this process.",
    "This plan is ill advised.",
    "The proposal was ill-conceived from the start.",
    "Die Wirtschaft ist seit Jahren krank.",
    "That trick was sick!",
    "The market is sick.",
    "Is het ziekenhuis op zondag open?",
    "I bambini sono malati.",
    "My car is sick.",
    "My dog is sick.",
    "Mein Computer ist seit gestern krank.",
    "Sono malato di calcio.",
    "Ich bin krank vor Sehnsucht.",
]


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_being_ill_said_of_a_person_is_health_data(
    classifier: Classifier, text: str, word: str
) -> None:
    """The writer or a person near them is ill: the word is a health finding."""
    assert word in found(classifier, text, "health")


@pytest.mark.parametrize("text", NOT_FOUND)
def test_negated_figurative_or_impersonal_ill_is_not(classifier: Classifier, text: str) -> None:
    """Negated, figurative ("sick of"), a thing ("the market") or plural others: no finding."""
    assert found(classifier, text, "health") == []
