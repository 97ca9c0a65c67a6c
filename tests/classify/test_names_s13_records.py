"""Person names in pasted records and at a message's end (``_name_columns``, ``_name_signoffs``):

- the cells of a CSV or TSV column a header names ("full_name", "cognome;nome", "nazwisko,imie"),
  a JSON value under a name's key ('"nom": "…"', '"prenom": "…"'), a flattened form's pair of
  labels without colons ("cognome X, nome Y");
- a known given name after a closing without its comma ("pozdrawiam Agnieszka", "Gruß
  Tobias"), ending the text after a sentence, or before a parent's word ("Kemal (dad)").

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("why does the import fail?\n\nid,first_name,last_name\n7,Aoife,Kearney\n", "Kearney"),
    (
        "id,full_name,dob\n7,Aoife Kearney,1989-04-17\n8,Conor Ó Dálaigh,1990-01-02",
        "Conor Ó Dálaigh",
    ),
    ("correggi:\ncognome;nome;nascita\nFerraro;Giulia;1988-03-09\nOwusu;Kwame;1979", "Owusu"),
    ("correggi:\ncognome;nome;nascita\nFerraro;Giulia;1988-03-09\nOwusu;Kwame;1979", "Kwame"),
    ("import się wysypuje:\nnazwisko,imie,pesel\nWróbel,Halina,91060800000", "Wróbel"),
    ("import się wysypuje:\nnazwisko,imie,pesel\nKovalenko,Bohdan,83112700000", "Bohdan"),
    ("achternaam\tvoornaam\tstad\nOuali\tSamira\tTilburg", "Samira"),
    ("Nachname|Vorname|Abteilung\nYıldız|Emre|Lager", "Yıldız"),
    ('Pourquoi ce JSON échoue ?\n{"nom": "Traoré", "prenom": "Mariam", "tel": "1"}', "Traoré"),
    ('Pourquoi ce JSON échoue ?\n{"nom": "Traoré", "prenom": "Mariam", "tel": "1"}', "Mariam"),
    ('{"first_name": "Thanh", "last_name": "Pham", "dob": "1990-01-01"}', "Pham"),
    ('{"name": "Anna Kowalska", "age": 34}', "Anna Kowalska"),
    ("compila in JSON: cognome Esposito, nome Gennaro, nato a Napoli", "Esposito"),
    ("compila in JSON: cognome Esposito, nome Gennaro, nato a Napoli", "Gennaro"),
    ("rellena: apellidos Etxebarria, nombre Adrián, DNI pendiente", "Etxebarria"),
    ("rellena: apellidos Etxebarria, nombre Adrián, DNI pendiente", "Adrián"),
    ("sms do sąsiada: proszę o kontakt jutro. pozdrawiam Agnieszka", "Agnieszka"),
    ('"Die AU kommt per Post. Gruß Tobias"', "Tobias"),
    ("mensaje: no funciona la caldera, llámame. gracias, Marisol", "Marisol"),
    ("Écris à mon chef que je suis malade jusqu'à lundi. Merci Inès", "Inès"),
    (
        "Schreib meinem Chef, dass ich bis Freitag krank bin. Für Notfälle ist Lea da. Tobias",
        "Tobias",
    ),
    ("Avvisa che resto a casa con la febbre fino a lunedì. Rodrigo", "Rodrigo"),
    ("note for the teacher: he was sick all night, back on Monday. Kemal (dad)", "Kemal"),
]
NOT_FOUND = [
    "name,price,qty\nWidget,3.50,2\nGadget,4.00,1",
    "name,version\nrequests,2.31\nurllib3,2.0",
    '{"name": "Widget", "price": 3}',
    '{"name": "Paris", "country": "FR"}',
    '{"name": "John Doe", "email": "x"}',
    "Le nom, le prénom et la date de naissance sont obligatoires.",
    "merci Paris pour tout",
    "Thanks Giving Day is next week.",
    "Read the docs first. Python",
    "See the results table. January",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_name_in_a_record_or_signing_off_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The cells of a name column or key, and the given name closing a message."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_things_in_the_same_places_are_no_person(classifier: Classifier, text: str) -> None:
    """Products, packages, places and placeholders in a name column, closing or text end."""
    assert found(classifier, text, PERSON) == []
