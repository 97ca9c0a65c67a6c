"""Person names, tenth session: the speaker named after a quotation, with a verb of saying
before the name (``_quoted_names``): '"We are ready," said Okonkwo', '„…“, sagte Axelrod'.

Positive rows name the exact span and were not found before; negative rows (companies, places,
titles' own words, lower-case subjects) must yield no person name at all. The rows are written
by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ('"We are ready for the audit," said Okonkwo.', "Okonkwo"),
    ("“The numbers are wrong,” replied Haverkamp, “check them again.”", "Haverkamp"),
    ("„Das trifft sich gut“, sagte Axelrod, „ich fahre ohnehin hin.“", "Axelrod"),
    ("« Non, jamais », répond Durandeau.", "Durandeau"),
    ('"Basta così", disse Bertolazzi.', "Bertolazzi"),
    ('"Ya está", dijo Etxeberria.', "Etxeberria"),
    ('"Het is klaar", zei Vermeulen.', "Vermeulen"),
    ('"Dobrze", powiedział Nowakowski.', "Nowakowski"),
]

NOT_FOUND = [
    '"It works on every device," said Google.',
    '"Fine," said the manager.',
    "The report, said Reuters, was false.",
    '"Ja", sagte Berlin in einer Note.',
    '"Oui", répond Paris.',
    "Demand is weak, says Gartner.",
    "Prices will rise, said Nvidia, citing new orders.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_speaker_after_quotation_is_found(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_thing_after_verb_of_saying_is_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
