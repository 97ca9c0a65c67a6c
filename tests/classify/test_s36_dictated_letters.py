"""Thirty-sixth session: a dictated letter, transcribed without punctuation or capitals, names
its patient with a title inside a run-on sentence ("wir berichten über ihre patientin frau …");
the diagnoses further on are that patient's, as under a "Patient:" header. A general text that
names no patient so keeps its terms general.

Rows are written here with invented patients; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"
_PAD_DE = "die sich vom dritten bis siebten mai in unserer stationären behandlung befand "
_PAD_EN = "who was with us on the ward from the third to the seventh of may for observation "

FOUND = [
    (
        "sehr geehrter herr kollege wir berichten über ihren patienten herrn jonas brehm "
        + _PAD_DE * 2
        + "diagnosen erstens arterielle hypertonie zweitens diabetes mellitus typ zwei",
        "arterielle hypertonie",
    ),
    (
        "dear doctor we saw your patient mrs joan hale "
        + _PAD_EN * 2
        + "diagnosis one community acquired pneumonia two atrial fibrillation",
        "atrial fibrillation",
    ),
]

NOT_FOUND = [
    "course notes for the ward round: "
    + _PAD_EN * 2
    + "common diagnoses are atrial fibrillation and community acquired pneumonia",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_dictated_letter_s_diagnoses_are_its_patient_s(
    classifier: Classifier, text: str, value: str
) -> None:
    """The diagnosis is a health finding."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_text_without_a_patient_stays_general(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
