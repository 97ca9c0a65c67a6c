"""Thirty-seventh session: fainting said of a person, in seven languages ("my dad fainted",
"a fait un malaise", "ist ohnmächtig geworden", "ha avuto un malore", "se desmayó", "is
flauwgevallen", "zasłabł"), and condition names typed without their accents ("mam grype",
"zapalenie pluc", "il nonno e svenuto") are health data. A market that passed out of favour and
a feeling of powerlessness ("ohnmächtig gegenüber") are none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("my dad fainted at church this morning", "fainted"),
    ("ma mère a fait un malaise dans le bus", "a fait un malaise"),
    ("Mein Vater ist gestern ohnmächtig geworden.", "ohnmächtig geworden"),
    ("mio padre ha avuto un malore al lavoro", "ha avuto un malore"),
    ("mi padre se desmayó en la cola del banco", "se desmayó"),
    ("mijn vader is gisteren flauwgevallen", "flauwgevallen"),
    ("mój mąż zasłabł na klatce schodowej", "zasłabł"),
    ("mam grype od wtorku, nie przyjde", "grype"),
    ("moj tata ma zapalenie pluc", "zapalenie pluc"),
]

NOT_FOUND = [
    "Value stocks passed out of favour in 2021.",
    "Ich fühle mich ohnmächtig gegenüber der Bürokratie.",
    "What should you do when someone has fainted?",
    "My son passed out the flyers at the fair.",
    "I blacked out the account numbers in my PDF.",
    "De grap viel flauw bij mijn collega's.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_fainting_or_an_unaccented_condition_is_health_data(
    classifier: Classifier, text: str, value: str
) -> None:
    """The phrase is a health finding."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_person_fainted(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
