"""Health data in everyday words (issue 11, family 4): cancer named in Spanish and Dutch
("tiene cáncer", "heeft kanker"), drinking and drug problems as relatives and HR write them in
the seven languages, and a patient named with a title written without its dot ("Mrs Patel's
blood pressure …", "Dhr Jansen …"), as British and Dutch usage has it, or as the subject of
"has" or "is" ("Lukas has depression", "Jonas hat Diabetes"); cholesterol and blood sugar given
without a unit ("Mi colesterol está en 260", "Mój cukier wynosi 200"); a condition naming a
field of work is none ("a cancer researcher").

Rows are written by hand for these tests. A positive row must be health data; a negative row
must not be.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

HEALTH = [
    "Mi padre tiene cáncer de próstata.",
    "A mi tía le diagnosticaron un cáncer el año pasado.",
    "Mijn vader heeft kanker.",
    "He has a drinking problem and missed work again.",
    "Mein Mann hat ein Alkoholproblem.",
    "Mon père a des problèmes d'alcool depuis des années.",
    "Mio fratello ha problemi con l'alcol.",
    "Mi hermano tiene problemas con el alcohol.",
    "Mijn broer heeft een alcoholprobleem.",
    "Mój brat ma problem z alkoholem.",
    "Our employee Tom Baker has a drug problem, how do I handle it?",
    "Mrs Patel's blood pressure was 160/95 this morning.",
    "Mr Jones has type 2 diabetes.",
    "Lukas has depression and needs a lighter schedule.",
    "Sophie is pregnant, so she can't travel.",
    "Jonas hat Diabetes.",
    "Marie souffre d'asthme depuis l'enfance.",
    "Mi colesterol está en 260.",
    "Mein Cholesterin liegt bei 250.",
    "His LDL was 190 last week.",
    "Mój cukier wynosi 200 mg/dl.",
    "My mother is a cancer patient.",
    "My son has asthma, the specialist said.",
]
NOT_HEALTH = [
    "Cancer is the zodiac sign of people born in July.",
    "The crab Cancer pagurus is edible.",
    "What causes a drinking problem?",
    "Drinking problem statistics in Europe 2020",
    "Our app has a drug problem detection feature.",
    "MS Word crashes when I paste a diabetes table.",
    "El cáncer es una de las principales causas de muerte en el mundo.",
    "Paris has a diabetes clinic.",
    "Julia has a diabetes package.",
    "Florence has a cancer centre.",
    "Linux has diabetes tooling.",
    "Cukier 200 g, mąka 500 g.",
    "Cholesterol 200 is the usual threshold.",
    "LDL 130 should be the target.",
    "Anna is a cancer researcher.",
    "Tom is our diabetes nurse.",
    "He works as an asthma specialist.",
]


def _health(classifier: Classifier, text: str) -> list[str]:
    result = classifier.classify([TextPart("text", text)])
    return [text[f.start : f.end] for f in result.findings if f.type == "health"]


@pytest.mark.parametrize("text", HEALTH)
def test_everyday_health_words_about_a_person_are_health_data(
    classifier: Classifier, text: str
) -> None:
    """The condition, said of a relative, a colleague or a titled patient, is found."""
    assert _health(classifier, text)


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_general_statements_and_other_senses_are_not(classifier: Classifier, text: str) -> None:
    """A general question or statement, a star sign, a crab, a product: no health finding."""
    assert _health(classifier, text) == []
