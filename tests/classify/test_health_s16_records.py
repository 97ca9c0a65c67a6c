"""Health in the lines of a record whose header names the person (a handover, a ward list),
general medicine that reads "man", "chi ha" or an average age, and a leaflet's dosing rule
(sixteenth session).

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"
NAME = "pii.person_name"

FOUND = [
    ("bed 12 Tomasz Wiśniewski dob 03/11/1951\nT2DM - insulin sliding scale", "T2DM"),
    ("Zi. 7 Fr. Hildegard Sommer, geb. 19.06.1936\n- Hb 8,9 g/dl, EK angefordert", "Hb 8,9 g/dl"),
    ("Patient: Jan de Vries, 84 j.\n- diabetes type 2, metformine 500 mg", "diabetes"),
]
NOT_FOUND = [
    "Our new lead is Anna Schmidt.\nDiabetes affects 10% of people.",
    "Posted by Sarah Johnson on 03/14/2024\nType 2 diabetes affects millions of people.",
    "Horario de 9 a 14 - contacto: María López\nLa diabetes es una enfermedad crónica.",
    "Load test 12.03.2024: p99 250 ms per request\nThe diabetes dashboard API is slow.",
    "Patients' guide by Sarah Johnson\nType 2 diabetes affects millions of people.",
    "Bed & Breakfast run by John Smith\nGluten-free and diabetes-friendly breakfast on request.",
    "Johann Sebastian Bach (geb. 1685), Thomas Müller\nEr litt an Diabetes.",
    "Was ist ein normaler TSH-Wert bei Erwachsenen und ab wann spricht man von einer "
    "latenten Hypothyreose?",
    "Quali sono i valori normali del colesterolo HDL e LDL negli adulti e come cambiano i "
    "target per chi ha già avuto un infarto?",
    "In uno studio randomizzato su 2.140 pazienti con fibrillazione atriale (età media 72 "
    "anni), l'incidenza di ictus è stata dell'1,2% annuo.",
    "Explique cette notice en langage simple : « Amoxicilline 1 g. Adultes : 1 comprimé "
    "trois fois par jour pendant 7 jours. »",
]
STILL_FOUND = [
    ("a 45-year-old man with diabetes", "diabetes"),
    ("Il paziente ha 72 anni e ha avuto un infarto.", "infarto"),
    ("Ramipril 5 mg 1-0-0", "Ramipril 5 mg"),
    ("Continue Ramipril 5 mg once daily until further notice.", "Ramipril 5 mg"),
    ("An obese man with type 2 diabetes wants to lose weight.", "diabetes"),
    ("Een man van 60 met diabetes.", "diabetes"),
    ("Homme de taille moyenne, 72 ans, atteint de BPCO.", "BPCO"),
    ("Un homme d'âge moyen, 58 ans, atteint de BPCO.", "BPCO"),
    ("Varón de edad media, 50 años, con diabetes tipo 2.", "diabetes"),
    ("Man hat mir Metformin verschrieben.", "Metformin"),
    ("Gestern hat man bei mir Diabetes festgestellt.", "Diabetes"),
    ("Meds: Ramipril 5 mg 1-0-0. Can you explain the leaflet for ramipril?", "Ramipril 5 mg"),
]
NAMES = [
    ("bed 12 Anna Schmidt, post-op day 2", "Anna Schmidt"),
    ("room 4 Tomasz Wiśniewski", "Tomasz Wiśniewski"),
]


@pytest.mark.parametrize(("text", "value"), FOUND + STILL_FOUND)
def test_health_of_a_named_record_or_a_person_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The term the row names is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_medicine_and_leaflets_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding: no one's health is told."""
    assert found(classifier, text, HEALTH) == []


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_a_bed_or_room_number_is_no_house_number(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name after a bed or room number is found (it is not read as a street)."""
    assert value in found(classifier, text, NAME)
