"""Lab values known by their clinical unit whatever the analyte, clinical scores, pain in the
words people use, and changes of a medicine's dose (sixteenth session): "T4 libre 9 pmol/L",
"MMSE 21/30", "me duelen las rodillas", "il medico vuole aumentare la metformina".

References, thresholds, averages and figurative pain are no one's health data.
Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("C'est pour ma mère : TSH 8,2 mUI/L, T4 libre 9 pmol/L.", "9 pmol/L"),
    ("Mijn vader: vitamine B12 110 pmol/L en foliumzuur 6 nmol/L.", "110 pmol/L"),
    ("Paciente: pCO2 58 mmHg en la gasometría de hoy.", "pCO2 58 mmHg"),
    ("BNP 1840 pg/mL à l'entrée chez ce patient.", "BNP 1840 pg/mL"),
    ("Bei meiner Mutter: Testosteron 0,4 nmol/l, Östradiol 300 pmol/l.", "0,4 nmol/l"),
    ("my dad's MMSE 21/30 last week", "MMSE 21/30"),
    ("Mijn vader: EDSS 3,5 sinds de laatste schub.", "EDSS 3,5"),
    ("Il paziente ha un NIHSS 12 all'ingresso.", "NIHSS 12"),
    ("me duelen las rodillas desde el lunes", "me duelen"),
    ("mi fanno male i polpacci la sera", "mi fanno male"),
    ("Seit Tagen tut mir der Rücken weh.", "tut mir der Rücken weh"),
    ("ik heb al weken pijn in mijn knie", "pijn"),
    ("boli mnie głowa od rana", "boli mnie"),
    ("my knee hurts when I climb stairs", "my knee hurts"),
    ("C'est pour ma mère. Son médecin veut augmenter la metformine.", "metformine"),
    ("mia suocera: il medico vuole aumentare la metformina", "metformina"),
    ("De huisarts wil de sertraline afbouwen bij mijn vrouw.", "sertraline"),
]
NOT_FOUND = [
    "Normal B12 is 150 pmol/L or more.",
    "Reference range for BNP: below 100 pg/mL.",
    "The water sample had 5 nmol/L of lead.",
    "Sodium 140 mmol/L in the general population averages.",
    "The MMSE cut-off is 24/30 for dementia.",
    "BBC NEWS 24 is on tonight.",
    "me duele que no me llames",
    "boli mnie, że tak mówisz",
    "Das tut mir leid, wirklich.",
    "This hurts our chances of winning.",
    "Viele Menschen haben Schmerzen im Rücken.",
    "ça me fait mal au coeur de voir ça",
    "Can you increase metformin doses safely in general?",
    "Studies increase metformin uptake in the liver.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_lab_values_scores_pain_and_dose_changes_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The value the row names is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_references_thresholds_and_figures_of_speech_stay_out(
    classifier: Classifier, text: str
) -> None:
    """No health finding: a rule, a group, a sample or a figure of speech."""
    assert found(classifier, text, HEALTH) == []
