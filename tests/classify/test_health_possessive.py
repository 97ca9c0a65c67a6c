"""Health data named with a possessive or in patients' words (issue 11, family 4): someone's
own medicine or carer ("my metformin", "mijn psychiater"), chemo and other short forms,
"je fais une dépression", "leczę się na …". Hard negatives: the same words said of no one, and
a drug that is also a material ("my lithium battery").
"""

from __future__ import annotations

import pytest

from proxy.classify.taxonomy import Level
from tests.found import classify_text

FOUND = [
    "I forgot my insulin at home",
    "Ich habe meine tägliche Dosis Ramipril vergessen",
    "J'ai oublié mon Levothyrox au bureau",
    "Il mio Eutirox è finito",
    "my painkillers ran out yesterday",
    "My therapist says I should rest more",
    "Mijn psychiater belt morgen terug",
    "Il mio psichiatra mi ha cambiato la terapia",
    "Mi psicóloga dice que necesito descansar",
    "Mój psychiatra zmienił mi leki",
    "Draft an email to HR: I'll be out next week for my chemo",
    "I have chemo on Monday",
    "je fais une dépression depuis l'hiver",
    "Leczę się na depresję od roku",
    "I'm a recovering addict",
    "Employee John was absent due to a mental breakdown",
]


@pytest.mark.parametrize("text", FOUND)
def test_health_of_a_person_is_restricted(text: str) -> None:
    """The text carries health data about someone and is restricted."""
    result = classify_text(text)
    assert result.level == Level.RESTRICTED, (text, result.findings)
    assert any(f.type == "health" for f in result.findings)


NOT_FOUND = [
    "my lithium battery died",
    "my lithium-ion cells are cheap",
    "The therapist said the session was full",  # a carer, no one's
    "What is chemo?",
    "Chemo side effects explained",
    "Je fais un exposé sur la dépression",
    "the metformin study was published",
    "the stock market had a breakdown",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_health_words_are_public(text: str) -> None:
    """The same words without a person are no one's health data."""
    result = classify_text(text)
    assert not [f for f in result.findings if f.type == "health"], (text, result.findings)
