"""Rows from the review of the seventh session's detectors: each was wrong on the reviewed
commit (a phone dropped after a person word, ordinary prose made restricted) and is right now."""

from __future__ import annotations

import pytest

from proxy.classify.taxonomy import Level
from tests.found import classify_text

PHONES = [
    "Téléphone du client : 06 12 34 56 78",
    "Tel. Kunde: 0171 1234567",
    "Telefono cliente: 347 123 4567",
    "Phone (customer): 07911 123 456",
    "Phone in case of emergency: 07911 123456",
    "We sent the code to 07911 123456",
    "Den Code schicken wir an 0171 1234567",
]


@pytest.mark.parametrize("text", PHONES)
def test_phone_after_a_person_word_or_a_code_is_found(text: str) -> None:
    """A person or "code" word between the cue and the number leaves it a phone."""
    assert [f for f in classify_text(text).findings if f.type == "pii.phone"], text


PUBLIC = [
    "No deje de tomar su metformina sin consultar",  # a leaflet's reader, not a patient
    "Novo Nordisk y su Ozempic dominan el mercado",
    "Wat zijn statines?",
    "Czy apteka ma ibuprofen?",
    "my lithium stocks fell today",
    "Diagnostic criteria: HbA1c ≥ 6,5 % or fasting glucose ≥ 126 mg/dl",
    "The smartwatch tracks heart rate up to 220 bpm and SpO2 98 %",
    "Cukrzycę typu 2 leczy się metforminą",
    "wzrosła z 1018000 w 2010 roku",
    "Peak PPS on the router was 2000004 at 14:00",
    "von Haltestelle 3 bis Piazza Navona",
    "if password is user_pw_1:",
]


@pytest.mark.parametrize("text", PUBLIC)
def test_ordinary_text_stays_public(text: str) -> None:
    """General prose, code and statistics carry no personal data."""
    result = classify_text(text)
    assert result.level == Level.PUBLIC, (text, result.findings)


@pytest.mark.parametrize("text", ["the wifi password is $OUTHPARK2024", "password: %Secret2024%"])
def test_password_said_with_a_sign_is_found(text: str) -> None:
    """A value said in prose that starts like a variable is still the password."""
    assert [f for f in classify_text(text).findings if f.type == "secret.password"], text


def test_codice_fiscale_after_abbreviated_cue() -> None:
    """ "Cod. fiscale:" is the cue of a lower-case codice fiscale."""
    found = classify_text("Cod. fiscale: bncgnn72c14f205k").findings
    assert [f.subtype for f in found] == ["it.codicefiscale"]
