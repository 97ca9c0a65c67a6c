"""Thirty-sixth session: "Ella" (she) and "Pero" (but) are Spanish words before another Spanish
word, though given names elsewhere ("Ella Smith", the Croatian "Pero"): a Spanish sentence that
opens with one holds no person. The name beside English or Croatian words still is one.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

NOT_FOUND = [
    "Ella es alérgica a la penicilina, ¿qué antibiótico es seguro?",
    "Ella me dijo que el informe no está listo.",
    "Ella tiene razón: el plazo vence el viernes.",
    "Ella y yo revisamos el contrato ayer.",
    "Pero no lo sé, pregúntale al equipo de compras.",
    "Pero, ¿quién aprueba el presupuesto?",
    "Pero también hay que revisar los costes.",
]

FOUND = [
    ("Ella is my daughter and she starts school in May.", "Ella"),
    ("Ella and I will cover the stand on Saturday.", "Ella"),
    ("Tell Ella that the meeting moved to Thursday.", "Ella"),
    ("Ella Hartley sent the invoice yesterday.", "Ella Hartley"),
    ("Pero Horvat je došao u ured jutros.", "Pero Horvat"),
    ("Ella no longer lives with us since the divorce.", "Ella"),
    ("Ella a rendez-vous chez le pédiatre demain.", "Ella"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_spanish_words_are_no_person(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_names_beside_other_words_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The person is a person-name finding."""
    assert value in found(classifier, text, NAME)
