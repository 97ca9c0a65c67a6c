"""Dates of birth and phone numbers in pasted tables, by their column names
(``_table_columns``): the cell under "dob", "Geburtsdatum", "nascita", "fecha de nacimiento",
"data urodzenia" is a date of birth when it is a real date in any written form; the cell under
"phone", "Telefon", "cellulare", "móvil" is a phone number when a numbering plan reads it as a
person's. Other dates and numbers, and the same words in prose, are none.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

DOB = "pii.date_of_birth"
PHONE = "pii.phone"

FOUND = [
    ("id,name,dob,city\n7,Ann Byrne,1987-11-04,Cork\n8,Lee Ho,02/05/1990,Derry", "02/05/1990", DOB),
    ("Name;Geburtsdatum;Ort\nKai Berg;03.07.1975;Ulm\n", "03.07.1975", DOB),
    ("cognome|nome|data_nascita\nNeri|Ada|14 marzo 1969\n", "14 marzo 1969", DOB),
    ("nombre\tfecha de nacimiento\nLuz\t1992/08/21\n", "1992/08/21", DOB),
    ('"imię","nazwisko","data urodzenia"\n"Ola","Wrona","1984-02-29"\n', "1984-02-29", DOB),
    ("nome;cellulare\nAda;3397185204\n", "3397185204", PHONE),
    ("Name\tTelefon\nKai Berg\t0171 2345678\n", "0171 2345678", PHONE),
    ("nombre,móvil\nLuz,612 34 56 78\n", "612 34 56 78", PHONE),
]
NOT_FOUND = [
    ("order,date,total\n1001,2024-03-05,19.90\n", DOB),  # a date column of another kind
    ("id,dob\n7,1987-02-30\n", DOB),  # no such day
    ("id,dob\n7,n/a\n", DOB),
    ("Call my phone, or email me; the date is 12/03/2020.", DOB),
    ("Call my phone, or email me; the number is 3397185204.", PHONE),
    ("sku;phone;price\nA-1;0800 123 4567;12\n", PHONE),  # toll-free
    ("id,phone\n7,12345\n", PHONE),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_a_cell_under_a_birth_date_or_phone_column_is_found(
    classifier: Classifier, text: str, value: str, kind: str
) -> None:
    """The cell of the named column, in the rows under the header."""
    assert value in found(classifier, text, kind)


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_other_columns_invalid_cells_and_prose_are_none(
    classifier: Classifier, text: str, kind: str
) -> None:
    """Another column's date, an impossible date, a toll-free number, prose: nothing."""
    assert found(classifier, text, kind) == []
