"""Thirty-seventh session: an address right after the name of a hospital, a law firm or an
employer is the institution's, not a person's ("Hôpital Saint-Joseph, 185 rue Raymond
Losserand", "Arbeitgeber: Klinikum Nord, …"). A person's address after a hospital in a clause
of its own ("sort de l'hôpital et rentre chez lui, …"), in another sentence, or with a home or
personal cue, stays personal data.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

ADDRESS = "pii.postal_address"

INSTITUTIONS = [
    "How do I get to the Royal Infirmary Hospital, 51 Little France Crescent, Edinburgh EH16 4SA?",
    "Comment venir à l'Hôpital Saint-Joseph, 185 rue Raymond Losserand, 75014 Paris ?",
    "Arbeitgeber: Klinikum Nord, Langenhorner Chaussee 560, 22419 Hamburg",
    "Bufete: Ortega & Asociados, Calle de Serrano 21, 28001 Madrid",
    "Werkgever: Ziekenhuis Rijnstate, Wagnerlaan 55, 6815 AD Arnhem",
    "Pracodawca: Szpital Bielański, ul. Cegłowska 80, 01-809 Warszawa",
]

PERSONAL = [
    (
        "Ma mère est à l'hôpital, son adresse : 4 rue des Lilas, 69003 Lyon",
        "4 rue des Lilas, 69003 Lyon",
    ),
    (
        "Mijn vader ligt in het ziekenhuis. Hij woont Dorpsstraat 12, 5421 AB Gemert.",
        "Dorpsstraat 12, 5421 AB Gemert",
    ),
    ("Patient: Aoife Brennan, 7 Abbey Road, Navan", "7 Abbey Road"),
    (
        "Le patient sort de l'hôpital et rentre chez lui, 4 rue des Lilas, 69003 Lyon",
        "4 rue des Lilas, 69003 Lyon",
    ),
    (
        "Werkgever: Jansen BV, thuisadres Dorpsstraat 12, 5421 AB Gemert",
        "Dorpsstraat 12, 5421 AB Gemert",
    ),
    ("the partner of Anna Roth, 12 Oak Street, Leeds LS6 2AB", "12 Oak Street, Leeds LS6 2AB"),
    (
        "He was seen at the clinic today. Send letters to 7 Abbey Road, Navan C15 X2K7",
        "7 Abbey Road, Navan C15 X2K7",
    ),
]


@pytest.mark.parametrize("text", INSTITUTIONS)
def test_an_institution_s_address_is_no_personal_data(classifier: Classifier, text: str) -> None:
    """No address finding."""
    assert found(classifier, text, ADDRESS) == []


@pytest.mark.parametrize(("text", "value"), PERSONAL)
def test_a_person_s_address_near_a_hospital_stays(
    classifier: Classifier, text: str, value: str
) -> None:
    """The address is a finding."""
    assert found(classifier, text, ADDRESS) == [value]
