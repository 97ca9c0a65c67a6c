"""Thirty-third session (rows written here, none copied from a probe): what support chats,
official letters and code pasted into a prompt say about a person.

- a birth-date question and its answer on the next line of a chat ("… votre date de naissance
  ?⏎[16:03:52] Client : 16/05/1978"), not a later appointment; "Ik ben 3 juni 1949 geboren";
  a birth date under a key with an arrow ("'nacimiento' => '1985-05-27'"), an arrow being no
  comparison;
- a mobile after its owner's name and a dash, though a client's label opens the line
  ("Clienta: Aitana Morales Cruz - 699 12 38 45"); the number to call back on
  ("Terugbelnummer 06-29077413");
- a chat speaker named after their role ("Agent (Priya):"), the role no surname;
- a health term in the sentence of a named person whose surname no list holds ("Bram
  Wijnands … vanwege een hernia"); a letter's addressee block and the letter speaking to its
  reader about their health ("des von Ihnen vorgelegten Attests über eine
  Risikoschwangerschaft"), not a letter about a service; gestational diabetes and high-risk
  pregnancy in German and Polish.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

LETTER = (
    "Jobcenter Essen\nFrau Leyla Haddad\nKruppstraße 12\n45128 Essen\n\n"
    "Änderungsbescheid\nAufgrund des von Ihnen vorgelegten Attests über eine "
    "Risikoschwangerschaft wird Ihnen ein Mehrbedarf bewilligt."
)
NEWSLETTER = (
    "Stadtwerke Essen\nKruppstraße 12\n45128 Essen\n\n"
    "Liebe Kundinnen und Kunden,\nIhre Gesundheit liegt uns am Herzen: im Mai startet unsere "
    "Beratung zu Risikoschwangerschaft und Diabetes."
)

FOUND = [
    (
        "Pouvez-vous me confirmer votre date de naissance ?\n[16:03:52] Client : 16/05/1978.",
        "pii.date_of_birth",
        "16/05/1978",
    ),
    ("What is your date of birth?\nCustomer: 12 March 1981", "pii.date_of_birth", "12 March 1981"),
    ("Ik ben 3 juni 1949 geboren, niet handig met de app.", "pii.date_of_birth", "3 juni 1949"),
    ("$row = ['nacimiento' => '1985-05-27'];", "pii.date_of_birth", "1985-05-27"),
    ("Clienta: Aitana Morales Cruz - 699 12 38 45 - aitana@correo.es", "pii.phone", "699 12 38 45"),
    ("Nieuw adres doorgegeven. Terugbelnummer 06-29077413.", "pii.phone", "06-29077413"),
    ("Rückrufnummer: 0171 2345678", "pii.phone", "0171 2345678"),
    (
        "De teamleider, Bram Wijnands, valt langdurig uit vanwege een hernia.",
        "health",
        "hernia",
    ),
    (LETTER, "health", "Risikoschwangerschaft"),
    ("Frau Haddad hat Gestationsdiabetes.", "health", "Gestationsdiabetes"),
    ("Pani Nowak ma cukrzyca ciążowa, kontrola za tydzień.", "health", "cukrzyca ciążowa"),
]

NOT_FOUND = [
    ("Wann ist Ihr Geburtstag?\nAgent: Termin am 12.03.2025", "pii.date_of_birth"),
    ("Born after 1990?\n2001-01-01", "pii.date_of_birth"),
    ("SELECT * FROM users WHERE dob > '2001-01-01'", "pii.date_of_birth"),
    ("Pedido Número - 699 12 38 45", "pii.phone"),
    ("Rappel du 12/03 : dossier 0612345678", "pii.phone"),
    ("James Parkinson described the shaking palsy in 1817.", "health"),
    (NEWSLETTER, "health"),
    ("Risikoschwangerschaft: was Sie wissen müssen", "health"),
    ("Program obejmie kobiety w wieku 45-74 lat z cukrzycą ciążową w wywiadzie.", "health"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_chat_letter_and_code_values_are_found(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The value is a finding of its type."""
    assert value in found(classifier, text, kind)


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_appointments_labels_and_leaflets_stay_out(
    classifier: Classifier, text: str, kind: str
) -> None:
    """No finding of the type."""
    assert found(classifier, text, kind) == []


SPEAKERS = [
    ("[14:31:40] Agent (Priya): Sorry to hear that!", "Priya"),
    ("[19:02:51] Agentin (Büşra): Guten Abend!", "Büşra"),
    ("Conseiller (Loïc) : Merci beaucoup.", "Loïc"),
    ("[20:41:30] Konsultant (Mateusz): Dobry wieczór!", "Mateusz"),
]
NOT_SPEAKERS = [
    "Agent (Bot): Hello, how can I help?",
    "[10:00] Agent (Support): hi",
    "Agent (Tier 2): escalated",
    "Customer (Anonymous): hi",
]


@pytest.mark.parametrize(("text", "value"), SPEAKERS)
def test_a_chat_speakers_name_is_found_and_its_role_is_not(
    classifier: Classifier, text: str, value: str
) -> None:
    """The speaker's name is the only person-name finding (not "Conseiller")."""
    assert found(classifier, text, "pii.person_name") == [value]


@pytest.mark.parametrize("text", NOT_SPEAKERS)
def test_bots_and_queues_are_no_speakers(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, "pii.person_name") == []
