"""Person names, tenth session: an institution named after a person is no person, and a place
word next to a name does not swallow the person. A titled or cued name is refused when an
institution or street word follows on the same line ("Dr. Ruth Whitcombe Academy") or ends a
run of three capitalised tokens; it is kept when the word is a surname ("Dr. Park", "Mr. Hall",
"Frau Ring"), when a place follows in parentheses, and when the institution is on the next line
(a signature). Plural landforms end no name ("Rosalind Mountains"), while surnames such as
"Rivers" still do. The rows are written by hand.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Gespräch mit Dr. Ada Brenninger (Universität Jena) über die Studie.", "Ada Brenninger"),
    ("The comedian Joan Rivers died in 2014.", "Joan Rivers"),
    ("Meet Dr. Anna Kowalski at the clinic on Monday.", "Anna Kowalski"),
    ("Dear Dr. Park, my test results came back positive.", "Park"),
    ("Mr. Hall has been diagnosed with lung cancer.", "Hall"),
    ("Frau Ring leidet an Depressionen.", "Ring"),
    ("Ms. Jennifer Lane was admitted yesterday.", "Jennifer Lane"),
    ("Kind regards,\nDr. Oliver Brannagh\nUniversity of Leeds", "Oliver Brannagh"),
    ("Name: Anna Kowalska\nSchool: Liceum nr 5", "Anna Kowalska"),
    # a flattened form: the next field's label is no part of the name
    ("Patient: Jan Nowakowski Hospital: St Mary's", "Jan Nowakowski"),
    ("Name: Anna Wiśniewska Station: Kardiologie", "Anna Wiśniewska"),
]

NOT_FOUND = [
    "She coached basketball at the Dr. Ruth Whitcombe Academy for years.",
    "Our new offices are in the Prof. Anton Keller Center downtown.",
    "The trail runs between the Organ and Rosalind Mountains.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_person_next_to_a_place_is_found(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_place_named_after_a_person_is_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
