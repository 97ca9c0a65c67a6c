"""Thirty-sixth session: names in capitals, as official documents, forms and their OCR write
them ("Assicurato: ZANETTI LUCA", "Pacjent: JANINA GRABOWSKA", "FERNÁNDEZ ROMERO,
ENCARNACIÓN", "Nom : AL-MANSOURI Youssef"), names listed surname first ("- Kleinschmidt,
Heinz-Dieter, 02.04.1947") and an airline's passenger names ("BRENNAN/SIOBHAN MS") are
persons; runs of capitals that are words, places, code or a famous person's name, and list
items that open with a place or a word, are not.

Rows are written here with invented holders; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import Level, TextPart
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Assicurato: BERTOLINI MARCO   Codice fiscale: in allegato", "BERTOLINI MARCO"),
    ("Pacjent: HALINA WÓJCIK\nAdres: ul. Lipowa 3", "HALINA WÓJCIK"),
    ("Pracownik: ZIELIŃSKI TOMASZ   Stanowisko: magazynier", "ZIELIŃSKI TOMASZ"),
    ("nella causa promossa da\nGALLO ROSARIA, residente in Napoli", "GALLO ROSARIA"),
    ("D./Dña. MARÍA JOSÉ NAVARRO GIL   Número de afiliación", "MARÍA JOSÉ NAVARRO GIL"),
    ("Paciente: MORENO DÍAZ, ROSARIO\nCama 12", "MORENO DÍAZ, ROSARIO"),
    ("Destinataire : DUBOIS CLAIRE, 4 rue des Lilas", "DUBOIS CLAIRE"),
    ("Nom : BENSALEM Karim\nPrénom usuel : Karim", "BENSALEM Karim"),
    ("Pasajeros:\nSCHULTE, Annika – pasaporte alemán", "SCHULTE, Annika"),
    ("Teilnehmer:\n- Hofmann, Karl-Heinz, 14.03.1950, Rollator\n- Vogel", "Hofmann, Karl-Heinz"),
    ("Passengers:\n1. Marchetti, Giulia (seat 4A)\n2. tbc", "Marchetti, Giulia"),
    ("Manifest:\nBRENNAN/SIOBHAN MS      14FEB82  IRL", "BRENNAN/SIOBHAN"),
    ("Paziente: ÉLODIE MARTIN\nReparto: cardiologia", "ÉLODIE MARTIN"),
    ("BERTOLINI MARCO, nato a Cremona", "BERTOLINI MARCO"),
    ("| Assicurato | BERTOLINI MARCO | 1.240 € |", "BERTOLINI MARCO"),
    ("IL SOTTOSCRITTO BERTOLINI MARCO NATO A CREMONA", "BERTOLINI MARCO"),
    ("Passenger: MR BERTOLINI MARCO", "BERTOLINI MARCO"),
    ("Inscrits :\n- Lefèvre, Élise, 12 rue des Lilas\n- à confirmer", "Lefèvre, Élise"),
]

NOT_FOUND = [
    "SELECT NAME, EMAIL FROM USERS WHERE ID = 4 ORDER BY NAME",
    "WELCOME TO NEW YORK CITY",
    "GRAND HOTEL CENTRAL – CHECK-IN FROM 3 PM",
    "LEONARDO DA VINCI AIRPORT, TERMINAL 3",
    "HAPPY NEW YEAR FROM ALL OF US",
    "Our HTTP Server sits behind the API Gateway.",
    "MARIA DB SERVER RESTARTED AT 02:00",
    "WARNING: DISK FULL ON NODE 3",
    "SUMMER SALE – ALL STORES",
    "Tappe del tour: ROMA, FIRENZE, VENEZIA",
    "Offices:\n- Berlin, Anna-Lena Straße 4\n- Paris, France",
    "Agenda:\n- Budget, Marketing\n- Review, Planning",
    "the board swaps INPUT/OUTPUT MS and then LONDON/PARIS MR",
    "Scope: AWS/GCP DR and EMEA/APAC DR",
    "Esempio: ROSSI MARIO, via Roma 1",
    "Wzór: KOWALSKI JAN",
    "Talk: MERKEL ANGELA AND THE EURO CRISIS",
]


def test_a_list_of_columns_in_capitals_does_not_spend_the_budget(classifier: Classifier) -> None:
    """24 KB of column names after SELECT, commas between: scanned, not failed closed."""
    columns = ", ".join(["ID", "NAME", "EMAIL", "CITY", "ZIP", "STATUS", "CREATED_AT"] * 400)
    result = classifier.classify([TextPart("t", "SELECT " + columns + " FROM USERS")])
    assert (result.level, result.error) == (Level.PUBLIC, None)


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_name_in_capitals_is_a_person(classifier: Classifier, text: str, value: str) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_capitals_are_no_person(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
