"""Thirty-first session: the person a request put as a question addresses ("Tu peux relancer
Lefebvre ?", "Kun je Jansen vragen of …", "Kannst du Müller morgen fragen"), and the people
added to or taken off a message ("Pon a Nerea en copia y quita a Iñaki", "Dodaj Agnieszkę do
DW"); not a firm, tool, assistant, place or department there (``_name_modal_requests``).

Rows are written here, after the family a probe's dev half showed (``fresh3.jsonl``); none is
copied from the probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Tu peux relancer Lefebvre pour la facture de mars ?", "Lefebvre"),
    ("Could you remind Okafor about the signed contract?", "Okafor"),
    ("Puoi chiedere a Esposito se il pacco è arrivato?", "Esposito"),
    ("¿Puedes avisar a Nerea de que llego tarde?", "Nerea"),
    ("Możesz zapytać Kowalczyka o fakturę?", "Kowalczyka"),
    ("Kun je Jansen vragen of de offerte al verstuurd is?", "Jansen"),
    ("Kannst du Müller morgen fragen, ob er kommt?", "Müller"),
    ("Pon a Nerea en copia y quita a Iñaki del correo.", "Iñaki"),
    ("Setz bitte Ingrid in CC und nimm Jannik aus dem Verteiler.", "Jannik"),
    ("Dodaj Agnieszkę do DW, ona prowadzi ten projekt.", "Agnieszkę"),
    ("Mets Solène en copie du mail au fournisseur.", "Solène"),
    ("Add Maria to the thread please.", "Maria"),
    ("Can you ask Maria Okafor to send the slides?", "Maria Okafor"),
]

NOT_FOUND = [
    "Can you add Jenkins to the pipeline?",
    "Remove Docker from the base image.",
    "Can you ask Gartner for the report?",
    "Can you ask Claude to summarise this?",
    "Kannst du Vertrieb fragen, ob das passt?",
    "Kannst du Telekom anrufen?",
    "Can you call Ford about the lease?",
    "Puoi chiamare Roma domani?",
    "Tu peux appeler Orange pour la box ?",
    "Voeg Excel toe aan de lijst.",
    "Mets Firefox à jour sur tous les postes.",
    "Can you call Morgan Stanley about the loan?",
    "Ajoute Victor Hugo à la bibliographie.",
    "Can you please ping Travis CI again?",
    "Kannst du Douglas anrufen, ob das Parfum da ist?",
    "Add Xavier initializer to the dense layer.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_person_addressed_or_copied_is_found(classifier: Classifier, text: str, value: str) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_firms_tools_and_places_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
