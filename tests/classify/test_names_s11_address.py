"""Names addressed or titled the way messages write them (issue 11, names without a cue word):
a given name opening a sentence addressed to its bearer ("Tobias, your report was late again",
"Kasia, czy możesz zadzwonić?"), and surnames after academic and professional titles in lower
case ("dr. Van den Broeck", "l'avv. Bianchi", "mr. De Wit").

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Tobias, your report was late again.", "Tobias"),
    ('Rewrite this nicely: "Tobias, you missed the deadline."', "Tobias"),
    ("Anna, kannst du mir helfen?", "Anna"),
    ("Marco, puoi chiamarmi domani?", "Marco"),
    ("Lucía, ¿puedes llamarme?", "Lucía"),
    ("Daan, kun je me bellen?", "Daan"),
    ("Kasia, czy możesz zadzwonić?", "Kasia"),
    ("Maria Okafor, could you send the file?", "Maria Okafor"),
    ("Send the slides to dr. Van den Broeck.", "Van den Broeck"),
    ("Afspraak met mr. De Wit om tien uur.", "De Wit"),
    ("Afspraak met prof. Peeters.", "Peeters"),
    ("Chiama l'avv. Bianchi domani.", "Bianchi"),
    ("Il dott. Rossi è in ferie.", "Rossi"),
    ("Meeting with Dr. Von der Heide at noon", "Von der Heide"),
]
NOT_FOUND = [
    "However, you need to restart the server.",
    "Paris, tu es belle.",
    "Anyway, thanks for the help.",
    "Julia, you can install packages with Pkg.",
    "Alexa, play some music.",
    "Berlin, du bist so wunderbar.",
    "Sorry, you are right.",
    "Also, can you check this?",
    "the dr. said it was fine",
    "see fig. 3 and prof. notes",
    "Turn left on Lake dr. Then go straight.",
    "Talk to the dr. Monday morning works.",
    "1200 Ocean dr. Miami",
    "My pkg mgr. Homebrew works fine.",
    "the mr. Robot series",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_an_addressed_or_titled_name_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The name addressed at the start of a sentence, or after a lower-case title."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_openers_places_and_products_are_no_person(classifier: Classifier, text: str) -> None:
    """A sentence opener, a place, a language, an assistant: no person."""
    assert found(classifier, text, PERSON) == []
