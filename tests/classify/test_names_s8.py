"""Person names, eighth session (issue 11, family 1): false positives a review found, and lone
given names after a communication verb.

1. Brands, companies, products and places that start with a word-like given name ("Chelsea
   Wanderers", "Victoria Metrics", "Stella Artois beer") or follow a title ("Mister Spex",
   "pkg mgr Homebrew", "Der Betriebsrat Bosch"). Every row of ``THINGS`` was a person name
   before the fix; ``KEPT`` rows are names the fix must not lose (they were found before too).
2. A lone known given name that is no word ("Tom", "Ute", "Léa") as the object of a
   communication verb, or after a preposition with a communication word before it ("write a
   reply to Tom"). Positive rows were not found before; negative rows are the same shapes with
   a word, a place, a word-like name or no communication word.

Positive rows name the exact spans found; negative rows must yield no person name at all. The
rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

THINGS = [
    # a place-named given name before a club or place word
    "We walked along Victoria Embankment after lunch.",
    "Our flat overlooks Florence Quay now.",
    "He supports Chelsea Wanderers every week.",
    "The fans of Chelsea Rovers were loud.",
    # a product, company or place word as the last token
    "They deploy Victoria Metrics on each cluster.",
    "I ordered from Marta Bakery again.",
    "The beans come from Lotte Roastery now.",
    "We booked Ada Cruises for June.",
    "we went to Amelie Brewing for a pint",
    # a product noun after the run, a place-shaped token
    "I bought a pair of Ugo Ferrante shoes.",
    "He drank a cold Stella Artois beer.",
    "I love Stella Artois.",
    # a shop or a tool after a weak title
    "Get your glasses at Mister Spex.",
    "Order lunch from Mister Wok today.",
    "install it with the pkg mgr Homebrew first",
    "on Windows the pkg mgr Chocolatey does it",
    # a company after a council
    "Der Betriebsrat Bosch stimmt dem Plan zu.",
    "Der Konzernbetriebsrat Thyssen hat geklagt.",
]
KEPT = [
    ("I spoke with Mister Smith about the rent.", "Smith"),
    ("Rozmawiałem wczoraj z mgr Kowalskim.", "Kowalskim"),
    ("Der Regierungsrat Huber kam zu spät.", "Huber"),
    ("Ich sprach mit Aufsichtsrätin Müller.", "Aufsichtsrätin Müller"),
    ("The contract was signed with Kim Vandersloot last spring.", "Kim Vandersloot"),
    ("I met Victoria Hargreaves yesterday.", "Victoria Hargreaves"),
    ("The lease was handed to Chelsea Pemberton.", "Chelsea Pemberton"),
]


@pytest.mark.parametrize("text", THINGS)
def test_brand_company_or_place_is_no_person(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_names_next_to_the_same_words_are_kept(
    classifier: Classifier, text: str, name: str
) -> None:
    assert name in found(classifier, text, NAME)
