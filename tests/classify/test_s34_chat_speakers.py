"""Thirty-fourth session: the speakers of a pasted chat or transcript, named at the start of
their lines (with a timestamp, a WhatsApp export's date, a bracket or a role before the name);
field lines, places, software and log sources are no speakers."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    (
        "Resúmeme esto:\n[22/01 07:50] Rocío: Papá ha pasado la noche en urgencias.\n"
        "[22/01 07:55] Lola: ¿Lo van a ingresar?",
        ["Rocío", "Lola"],
    ),
    (
        "Samenvatten:\n[09-11 21:05] Sanne: Wat?? Hoe is het nu met hem\n"
        "[09-11 21:20] Thijs: Ik rij morgen vroeg naar Zwolle",
        ["Sanne", "Thijs"],
    ),
    (
        "Protokoll bitte:\n[00:00:12] Marta: Guten Morgen zusammen.\n"
        "[00:00:31] Deniz: Dann übernehme ich seine Termine.",
        ["Marta", "Deniz"],
    ),
    (
        "Samenvatting voor de wijkagent:\nHans (nr. 7): Er loopt een man langs de auto's\n"
        "Petra: Ik zie hem ook\nAhmet (nr. 15): Ik ga even kijken",
        ["Hans", "Petra", "Ahmet"],
    ),
    (
        "Streść:\nJustyna (mama Igi): Zbieramy po 30 zł\nGrzegorz: A co kupujemy?",
        ["Justyna", "Grzegorz"],
    ),
    (
        "Bericht voor de ouders:\nCoach Maarten: Uitwedstrijd bij Rood-Wit\n"
        "Coach Maarten: Verzamelen om 9.45",
        ["Maarten"],
    ),
    (
        "WhatsApp:\n22/01/2024, 07:50 - Rocío: Papá está en urgencias\n"
        "22/01/2024, 07:55 - Lola: Voy para allá",
        ["Rocío", "Lola"],
    ),
    (
        "Chat:\nJosé: hola, ¿cómo va todo?\nInés: muy bien, gracias",
        ["José", "Inés"],
    ),
]

NOT_FOUND = [
    "Forward this:\nSubject: Meeting moved\nFrom: HR team\nDate: Monday",
    "Weather today:\nParis: sunny\nBerlin: rainy\nMadrid: hot",
    "Log:\n[2024-01-01 10:00] Server: started\n[2024-01-01 10:01] Worker: ready",
    "Versions:\nPython: 3.11\nDjango: 4.2",
    "Only one line:\nSarah: see you at nine",
    "Exposé:\nPreis: 450.000 €\nLage: ruhig\nKeller: ja",
    "Ingredienti:\nFarina: 500 g\nZucchero: 100 g\nPepe: q.b.",
    "Offices:\nSanta Monica: three staff left\nSanta Barbara: two staff joined",
    "[2024-01-22 07:50:12] Uvicorn: running on port 80\n"
    "[2024-01-22 07:50:13] Sqlalchemy: engine created",
    "Kurs:\nDauer: zwei volle Stunden\nSteuer: neunzehn Prozent extra",
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_the_speakers_are_names(classifier: Classifier, text: str, names: list[str]) -> None:
    """Every speaker is in a name finding."""
    spans = found(classifier, text, NAME)
    assert all(any(name in span for span in spans) for name in names), spans


@pytest.mark.parametrize("text", NOT_FOUND)
def test_fields_and_sources_are_no_speakers(classifier: Classifier, text: str) -> None:
    """Field lines, places, log sources and a lone line give no name."""
    assert found(classifier, text, NAME) == []
