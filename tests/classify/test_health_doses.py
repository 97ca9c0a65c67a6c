"""A medicine with its dose written first (issue 11, family 4): "I take 50mg sertraline", "Ich
nehme 20 mg Citalopram", "2 tablets of ibuprofen". The drug-first form ("sertraline 50 mg") was
found already; the dose-first form is as specific and counts under the same conditions: said of
a person, or with a dosing schedule. Leaflets, studies and pack sizes stay general.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    ("I take 50mg sertraline every morning", "50mg sertraline"),
    ("I'm on 20mg citalopram", "20mg citalopram"),
    ("He takes 5 mg of ramipril", "5 mg of ramipril"),
    ("I took 2 tablets of ibuprofen for my back", "2 tablets of ibuprofen"),
    ("Ich nehme 20 mg Citalopram", "20 mg Citalopram"),
    ("je prends 2 comprimés de Doliprane", "2 comprimés de Doliprane"),
    ("prendo 10 mg di ramipril", "10 mg di ramipril"),
    ("tomo 50 mg de sertralina al día", "50 mg de sertralina"),
    ("ik slik 50 mg sertraline", "50 mg sertraline"),
]


@pytest.mark.parametrize(("text", "span"), FOUND)
def test_dose_before_the_medicine_is_found(text: str, span: str) -> None:
    """The dose and the medicine are one medication finding; the text is restricted."""
    result = classify_text(text)
    found = [text[f.start : f.end] for f in result.findings if f.subtype == "medication"]
    assert span in found, (text, result.findings)
    assert result.level.name == "RESTRICTED"


NOT_FOUND = [
    "Sertraline is available as 50 mg and 100 mg tablets",
    "Studies compared 50 mg sertraline with placebo",
    "a pack of 20 tablets of ibuprofen costs 3 euros",
    "Die Packung enthält 20 Tabletten Ibuprofen",
    "version 1.50 mg sertraline",  # no dose: a number glued to a version
    # review: a leaflet's instruction has a schedule but no person
    "Take 500 mg paracetamol every 4 hours as needed.",
    "Adults: 500 mg paracetamol every 4-6 hours.",
    "Nehmen Sie 20 mg Citalopram einmal täglich.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_dose_is_not_health_data(text: str) -> None:
    """A dose in a leaflet, a study or a price is about the medicine, not a person."""
    assert not [f for f in classify_text(text).findings if f.type == "health"], text
