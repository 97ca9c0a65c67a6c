"""Records people paste, twenty-sixth session: export lines, member lists, school lists.

- An unquoted "key=value" record: a name under a name's key ("nazwisko=Lewandowski; imie=
  Marek"), or under a loose one ("name", "nome", "naam") or a person's role ("client",
  "customer") when the value is a known person's name; a birth date under a field name
  ("date_naissance=", "gebdat=", "data_ur="). A loose or role key alone takes a full name only
  (a given name that is no word or firm, and a surname): configurations and query strings name
  models, brands and products so ("name=Gemma", "client=Gucci").
- A list of people and their birth dates: the date after the name and " b. ", a dash or a
  space, when the name starts the record (after a label's colon only in a list that goes on)
  and the date ends it (after a dash or a space only,
  the name must be unambiguous: not "Alfa Romeo", "Queen Mary"); "Surname, Given" before a dash
  and a number, also with a second-tier surname ("Özdemir, Elif – 1992-06-18").

Rows are written here, after the families a probe's dev half showed (``fresh2.jsonl``).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME, DOB = "pii.person_name", "pii.date_of_birth"

#: (text, type, the spans found): missed before this session.
FOUND = [
    ("client=Guillaume Lefèvre ; segment=premium", NAME, ["Guillaume Lefèvre"]),
    ("naam=Ruben Visser; vestiging=Eindhoven", NAME, ["Ruben Visser"]),
    ("nazwisko=Lewandowski; imie=Marek; oddzial=Wrocław", NAME, ["Lewandowski", "Marek"]),
    ("name=Henrik Lindqvist, plan=gold", NAME, ["Henrik Lindqvist"]),
    ("customer=Sarah Connor", NAME, ["Sarah Connor"]),
    ("client=Guillaume Lefèvre ; date_naissance=1967-01-22", DOB, ["1967-01-22"]),
    ("naam=Ruben Visser; gebdat=1991-01-09", DOB, ["1991-01-09"]),
    ("imie=Marek; data_ur=1979-08-12", DOB, ["1979-08-12"]),
    (
        "Zainab Ali b. 04/04/2014; Finn Gallagher b. 19/10/2013",
        DOB,
        ["04/04/2014", "19/10/2013"],
    ),
    ("Hugo Serrano 07.05.2014, Iker Bravo 19.11.2013", DOB, ["07.05.2014", "19.11.2013"]),
    ("Lena Maier 03.04.2010\r\nTom Maier 21.09.2012\r\n", DOB, ["03.04.2010", "21.09.2012"]),
    (
        "ordénala por edad: Hugo Serrano 07.05.2014, Adrián Vidal 02.02.2014",
        DOB,
        ["07.05.2014", "02.02.2014"],
    ),
    (
        "Liste:\nConte Francesca – 27-01-93\nEsposito Gennaro – 08-09-61",
        DOB,
        ["27-01-93", "08-09-61"],
    ),
    (
        "Ledenlijst:\nJansen, Pieter – 02/11/61\nKaya, Esra – 28/07/94",
        NAME,
        ["Jansen, Pieter", "Kaya, Esra"],
    ),
    ("Mitglieder:\nÖzdemir, Elif – 1992-06-18", NAME, ["Özdemir, Elif"]),
    ("Mitglieder:\nÖzdemir, Elif – 1992-06-18", DOB, ["1992-06-18"]),
    ("Łukasiewicz, Anna; Nowak, Jan", NAME, ["Łukasiewicz, Anna", "Nowak, Jan"]),
]
#: (text, type, why it is none).
NOT_FOUND = [
    ("client=Acme Corp; plan=Gold", NAME, "a firm under a role's key"),
    ("name=Widget Pro; price=12", NAME, "a product under a loose key"),
    ("kunde=Deutsche Bahn", NAME, "a firm"),
    ("Meeting with Anna Schmidt 12.03.2015 in Berlin", DOB, "a meeting's date inside a sentence"),
    ("Protokoll: Anna Schmidt 12.03.2015 in Berlin", DOB, "the date does not end the record"),
    ("Paris, France – 2019 edition", NAME, "a place, then a year"),
    ("GET /api/products?first=20&name=Widget&sort=price", NAME, "pagination, then a product"),
    ("…/search?last=10&client=Chrome", NAME, "pagination, then a browser"),
    ("client=Gucci", NAME, "a brand under a role's key"),
    ("name=Gemma;provider=google", NAME, "a model under a loose key"),
    ("customer=Morgan Stanley", NAME, "a firm named after people"),
    ("Checked by D.N. 12/03/2014", DOB, "initials, then a date"),
    ("Timeline:\nAlfa Romeo 24.06.1910", DOB, "a brand, then a date"),
    ("Morris Marina 27.04.1971", DOB, "a car, then a date"),
    ("Ship: Queen Mary 26.09.1934", DOB, "a ship, then a date"),
    ("Fournisseur: Marie Claire 12/03/2014", DOB, "two given names: a brand"),
    ("Veranstaltungsort: Villa Maria, 12.03.1999", DOB, "a venue, then a date"),
    ("Sturm Lothar 26.12.1999", DOB, "a storm, then a date"),
    ("Signed: Anna Schmidt 12.03.2014", DOB, "a signature's date after a label"),
    ("Last edited by: Laura Bianchi 2015-10-02", DOB, "an edit's date after a label"),
]


@pytest.mark.parametrize(("text", "kind", "spans"), FOUND)
def test_a_record_value_is_found(
    classifier: Classifier, text: str, kind: str, spans: list[str]
) -> None:
    """Each name or birth date of the record is found, whole."""
    assert found(classifier, text, kind) == spans


@pytest.mark.parametrize(("text", "kind", "why"), NOT_FOUND)
def test_other_values_are_not_found(classifier: Classifier, text: str, kind: str, why: str) -> None:
    """Firms, products, meeting dates and places are not people's names or birth dates."""
    assert found(classifier, text, kind) == [], why
