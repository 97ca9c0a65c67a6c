"""A person named after the verb (``_inverted_names``): after a quotation and a dash, and the
inverted subject of a verb of saying or winning inside a sentence (German and Dutch V2,
Italian, Spanish and Polish), a known name only.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("„Das reicht nicht“ – sagte Schwarzenegger.", "Schwarzenegger"),
    ("« On verra » — répondit Lefebvre.", "Lefebvre"),
    ('"Zobaczymy" – odpowiedziała Wiśniewska.', "Wiśniewska"),
    ("Am Montag erklärte Hoffmann, dass der Plan steht.", "Hoffmann"),
    ("Danach meinte Lindqvist, es sei zu spät.", "Lindqvist"),
    ("Daarna zei Vermeulen dat het rapport klaar was.", "Vermeulen"),
    ("In conferenza ha spiegato Esposito che i costi salgono.", "Esposito"),
    ("Como explicó Fernández, el plazo vence mañana.", "Fernández"),
    ("Na zebraniu powiedział Lewandowski, że projekt jest gotowy.", "Lewandowski"),
    ("Das Finale gewann Hoffmann souverän.", "Hoffmann"),
]
NOT_FOUND = [
    "Am Montag erklärte Siemens, dass der Plan steht.",
    "Danach sagte Google, es sei zu spät.",
    '"Das reicht", sagte der Sprecher.',
    "Daarna zei Rabobank dat het rapport klaar was.",
    "Das Finale gewann Bayern souverän.",
    "Den Titel holte Deutschland.",
    "Am Montag sagte Berlin ab.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_an_inverted_subject_is_a_person(classifier: Classifier, text: str, name: str) -> None:
    """The known name after the verb whose subject it is."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_companies_and_places_after_the_verb_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A company, a place or an article after the same verbs: no person."""
    assert found(classifier, text, PERSON) == []
