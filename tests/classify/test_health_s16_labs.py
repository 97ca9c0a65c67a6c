"""Lab values known by their clinical unit whatever the analyte, clinical scores, and changes
of a medicine's dose by a prescriber (sixteenth session): "T4 libre 9 pmol/L", "MMSE 21/30",
"il medico vuole aumentare la metformina".

References, thresholds, samples, other things named like scores, and dose changes nobody
prescribes are no one's health data.
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
    ("my dad: troponin 45 ng/L", "45 ng/L"),
    ("my dad: VAS 7/10 and GCS 14/15 on arrival", "GCS 14/15"),
    ("C'est pour ma mère. Son médecin veut augmenter la metformine.", "metformine"),
    ("mia suocera: il medico vuole aumentare la metformina", "metformina"),
    ("De huisarts wil de sertraline afbouwen bij mijn vrouw.", "sertraline"),
    # antibody titres, sedimentation rate, IgE, urine albumin-to-creatinine ratio (session 30)
    ("Meine Mutter: Rheumafaktor 86 IU/ml, BSG 42 mm/h.", "BSG 42 mm/h"),
    ("Mijn zoon: totaal IgE 450 kU/l na de allergietest.", "IgE 450 kU/l"),
    ("my dad: urine ACR 45 mg/mmol at the last check", "ACR 45 mg/mmol"),
]
NOT_FOUND = [
    "Normal B12 is 150 pmol/L or more.",
    "Reference range for BNP: below 100 pg/mL.",
    "The water sample had 5 nmol/L of lead.",
    "Sodium 140 mmol/L in the general population averages.",
    "The MMSE cut-off is 24/30 for dementia.",
    "BBC NEWS 24 is on tonight.",
    "The vacuum pump pulls the chamber from 760 mmHg down to 10 mmHg in two minutes.",
    "Prepare the buffer: 10 mmol/L NaCl and 5 mmol/L KCl in water.",
    "My barometer reads 755 mmHg today.",
    "My aquarium: nitrate 0.5 mmol/l",
    "Shinji pilots EVA 01 while Asuka pilots EVA 02 in the final battle.",
    "I need ODIS with VAS 6154 and VAS 5054 for my Golf.",
    "The SOFA 3 seater and the SOFA 2 seater are on sale.",
    "I migrated my data from GCS 3 times this month.",
    "My GCS: 3 buckets in europe-west1 are full.",
    "My freeze dryer reaches 0.1 mmHg in ten minutes.",
    "It rained 15 mm/h yesterday and my cellar is flooded.",
    "The enzyme solution has an activity of 5 U/ml according to the data sheet.",
    "I increased the heparin concentration in the assay buffer for my experiment.",
    "My job is to reduce antibiotics use in livestock farming.",
    "Wir müssen Lithium reduzieren, sagt mein Chef.",
    "Can you increase metformin doses safely in general?",
    "Studies increase metformin uptake in the liver.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_lab_values_scores_and_dose_changes_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The value the row names is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_references_samples_and_other_things_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding: a rule, a group, a sample, a thing, or no prescriber."""
    assert found(classifier, text, HEALTH) == []
