"""Lab values in someone's results without a pronoun (issue 11, family 4): a panel of two
analytes on one line, or values after a lab-report word. Reference, target, average and study
values stay general; a single value alone stays general too (it may be a guideline's figure).
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    ("HbA1c 9,1 %, Blutzucker 240 mg/dl – was empfehlen Sie?", "Blutzucker 240 mg/dl"),
    ("Laborwerte: HbA1c 9,1 %", "HbA1c 9,1 %"),
    ("Bloodwork came back: LDL 190 mg/dl", "LDL 190 mg/dl"),
    ("Blutdruck 160/100 mmHg, BMI 31 kg/m2", "BMI 31 kg/m2"),
    ("glycémie 2,1 g/l et HbA1c 8 %, que faire ?", "glycémie 2,1 g/l"),
    ("esami del sangue: colesterolo 260 mg/dl", "colesterolo 260 mg/dl"),
    ("análisis de sangre: glucosa 130 mg/dl", "glucosa 130 mg/dl"),
    ("bloedwaarden: creatinine 140 µmol/l", "creatinine 140 µmol/l"),
    ("wyniki badań: glukoza 130 mg/dl", "glukoza 130 mg/dl"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_lab_result_is_health_data(text: str, value: str) -> None:
    """The value is a finding of someone's lab result."""
    result = classify_text(text)
    spans = [text[f.start : f.end] for f in result.findings if f.subtype == "lab_result"]
    assert value in spans, (text, result.findings)


NOT_FOUND = [
    "HbA1c 9,1 %",  # one value alone: a guideline's figure as well as a person's
    "Zielwerte: HbA1c 7 %, LDL 100 mg/dl",
    "Normal values: glucose 90 mg/dl, HbA1c 5 %",
    "The study measured HbA1c 7.5 % and glucose 150 mg/dl on average.",
    "Mean HbA1c 7.5 %, LDL 120 mg/dl in the cohort",
    "HbA1c 9,1 % und HbA1c 8 % – welcher Grenzwert gilt?",  # one analyte twice: no panel
    "Was ist ein normaler HbA1c-Wert?",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_lab_value_is_public(text: str) -> None:
    """Reference, target, average and lone values are no one's health data."""
    assert classify_text(text).findings == (), text
