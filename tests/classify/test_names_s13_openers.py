"""Names opening a message's sentence (``_name_subjects``, ``_lone_words.NEGATED``):

- a given name before a negation, a negated contraction, an everyday verb of the seven
  languages, a team it is from, or an age ("Noah won't be in", "Jordi no viene", "Bram ligt",
  "Kuba czeka", "Callum 34yo", "Sebastian 38 lat");
- a known surname before what a person has not done ("Esposito non ha restituito", "Bakker
  heeft nog steeds", "Kowalczyk nie oddał").

Places, products, firms and everyday words in the same place are none. Rows are written by hand
for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Mateusz doesn't feel well today, can you cover?", "Mateusz"),
    ("Reword this: Dariusz can't join the call, his kid is ill.", "Dariusz"),
    ("Priyanka from my team asked for two days off.", "Priyanka"),
    ("Traduce: Jordi no viene hoy, está con gripe.", "Jordi"),
    ("Vertaal: Bram ligt thuis met griep.", "Bram"),
    ("Przetłumacz: Grzegorz czeka na wyniki od wtorku.", "Grzegorz"),
    ("Rendi più formale: Roberto inizia lunedì in magazzino.", "Roberto"),
    ("Übersetze: Florian kommt heute später.", "Florian"),
    ("Reformule : Mathilde revient lundi de congé.", "Mathilde"),
    ('tidy this referral: "Callum 34yo, lives alone, wants support."', "Callum"),
    ("Popraw: Sebastian 38 lat, pracuje na zmiany.", "Sebastian"),
    ("Esposito non ha ancora restituito il badge.", "Esposito"),
    ("Bakker heeft nog steeds zijn pasje niet ingeleverd.", "Bakker"),
    ("Kowalczyk nie oddał laptopa po odejściu.", "Kowalczyk"),
    ("Okafor hasn't signed the timesheet yet.", "Okafor"),
]
NOT_FOUND = [
    "Victoria is a state in Australia.",
    "Paris ne dort jamais.",
    "Florence comes to mind when I think of art.",
    "Julia is a language for numerical computing.",
    "Python won't compile this without a flag.",
    "Apple hasn't released the update yet.",
    "Microsoft won't fix the bug.",
    "Google can't index the page.",
    "Ferrari non ha ancora pagato la multa.",
    "It doesn't work on Windows.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_name_opening_a_sentence_before_a_verb_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """A given name or surname as the subject that opens a message's sentence."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_places_products_and_firms_before_the_same_verbs_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A place, language, product or firm before the same verbs: no person."""
    assert found(classifier, text, PERSON) == []
