"""Thirty-seventh session: "with me" and a finding verb, as German, Dutch, Polish and Spanish
say a finding is the writer's ("Bei mir wurde Diabetes festgestellt", "Bij mij is astma
vastgesteld", "U mnie wykryto cukrzycę", "A mí me diagnosticaron asma"), anchors a health
term; so does "u taty" (Polish "at Dad's"). "Bei mir" without one ("Bei mir funktioniert der
Link nicht") and a general question are none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("Bei mir wurde letzte Woche Diabetes festgestellt.", "Diabetes"),
    ("Bij mij is vorig jaar astma vastgesteld.", "astma"),
    ("U mnie wykryto cukrzycę typu 2.", "cukrzycę"),
    ("A mí me diagnosticaron asma de pequeño.", "asma"),
    ("Me diagnosticaron diabetes el año pasado.", "diabetes"),
    ("U taty wykryli cukrzycę.", "cukrzycę"),
]

NOT_FOUND = [
    "Was ist Diabetes? Kannst du bei mir im Büro vorbeikommen?",
    "Wat is astma precies? Kom je morgen bij mij langs?",
    "Bei mir funktioniert der Link zur Studie über Depression nicht.",
    "A mí me parece que la diabetes es un problema de salud pública.",
    "U mnie nie działa link do artykułu o depresji.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_finding_with_me_is_health_data(classifier: Classifier, text: str, value: str) -> None:
    """The term is a health finding."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_general_question_is_none(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
