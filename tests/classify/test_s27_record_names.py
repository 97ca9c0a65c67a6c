"""Names that start a record, twenty-seventh session: the surname before the given name, as
Italian registers and contact lists write it ("cognome nome"), before a birth date or a phone
number with its label. The name detectors read "Esposito Gennaro" as two words; the record's
shape and its value make it a person. A shop, a hotel or a single item after a label is none.

Rows are written here, after the families a probe's dev half showed (``fresh2.jsonl``).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    (
        "anagrafica clienti (cognome nome – data nascita):\nConte Francesca – 27-01-93\n"
        "Esposito Gennaro – 08-09-61",
        ["Conte Francesca", "Esposito Gennaro"],
    ),
    (
        "Mettimi in ordine alfabetico: Zanetti Pietro cell. 340.5512873; Bruno Alessia cell. "
        "349.2231098; Moretti Ugo tel. 055.2348871",
        ["Zanetti Pietro", "Bruno Alessia", "Moretti Ugo"],
    ),
    (
        "Kontakte:\nMüller Hans Tel. 0171 2345678\nWeber Lena Tel. 0160 9876543",
        ["Müller Hans", "Weber Lena"],
    ),
]
#: Found before and still found.
KEPT = [
    ("Teilnehmer:\nHugo Serrano 07.05.2014\nIker Bravo 12.01.2013", ["Hugo Serrano", "Iker Bravo"]),
    ("Özdemir, Elif – 1992-06-18", ["Özdemir, Elif"]),
    ("Daniel Robatel 06 12 34 56 78", ["Daniel Robatel"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("Hotel Roma tel. 06 12345678", "a hotel"),
    ("Pizzeria Napoli tel. 081 1234567", "a shop"),
    ("Alfa Romeo tel. 02 12345678", "a brand"),
    ("Farmacia Centrale tel. 02 12345678", "a pharmacy"),
    ("Salone Beatrice tel. 02 12345678", "a hair salon"),
    ("Tabacchi Mario tel. 02 12345678", "a tobacconist"),
    ("Renault Clio – 03-04-1999", "a car"),
]


@pytest.mark.parametrize(("text", "names"), FOUND + KEPT)
def test_the_name_that_starts_a_record_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """Each record's person is a name finding, the surname first or last."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_a_firm_before_its_number_is_no_name(classifier: Classifier, text: str, why: str) -> None:
    """A shop's or a brand's name before a phone number is no person."""
    assert found(classifier, text, NAME) == [], why
