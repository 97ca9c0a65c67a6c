"""Person names of three families that were missed (issue 11, family 1, seventh session).

1. A word-like given name ("Kim", "Bill", "Gene", "Frank", "Max", "Dick", "Claire") inside a
   sentence before a capitalised token that is no word, place or month ("signed with Kim
   Vandersloot").
2. A known surname after a German or Dutch compound title, inflected or not ("des
   Labourabgeordneten Brennan", "Sektionschef Hartl", "oud-minister Drees"), after "Mister",
   or after "dr", "prof", "mgr" as Polish and Dutch write them ("dr Kowalski").

Positive rows name the exact spans found; negative rows must yield no person name at all. The
rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

WORD_FIRST_FOUND = [
    ("The contract was signed with Kim Vandersloot last spring.", "Kim Vandersloot"),
    ("Le film fut monté par son ami Bill Tennessen en 1990.", "Bill Tennessen"),
    ("Allí se reunió con Gene Quarterman durante el verano.", "Gene Quarterman"),
    ("W tym zakładzie pracował Ernst Volkenrath przez dwa lata.", "Ernst Volkenrath"),
    ("Ik sprak gisteren met Frank Dulmering over het plan.", "Frank Dulmering"),
    ("The record was held by Jack Ormerod until last season.", "Jack Ormerod"),
    ("La sua squadra fu allenata da Max Pellegrew per anni.", "Max Pellegrew"),
    ("The report reached Dick Ormerod last year.", "Dick Ormerod"),
    ("Ce dossier concerne Claire Quennevat depuis hier.", "Claire Quennevat"),
]
WORD_FIRST_NOT_FOUND = [
    "We met at the Max Planck Institut in Munich.",
    "Please open the Frank Discussion thread.",
    "Rob Banks and you will go to jail.",
    "Will Power is a racing driver.",
    "Er sprach lange mit Max Verwaltung.",
    "Es kostete damals 500 Mark Eintrittsgeld.",
    "We visited Van Gelderen's shop yesterday.",
    "I read it in the Orlando Tribune this morning.",
    "Notes on Jack Tarvish Programming Patterns",
    "She bought tickets for Florence Airport.",
    "Send the draft to Grace Hopper Conference organisers.",
    "She bought a dress from the Donna Karan collection.",
    "We ate at the Don Camillo restaurant.",
    "The order went to Dan Hardware yesterday.",
    "We met near the Florence Duomo today.",
    "Die Rechnung ging an Dan Vertriebsleitung.",
]


@pytest.mark.parametrize(("text", "name"), WORD_FIRST_FOUND)
def test_a_word_like_given_name_inside_a_sentence_before_a_rare_surname(
    classifier: Classifier, text: str, name: str
) -> None:
    """A given name that is also a word is a name inside a sentence before a token that is
    no word of any language we list."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", WORD_FIRST_NOT_FOUND)
def test_a_word_like_given_name_before_a_word_institution_or_heading_is_no_name(
    classifier: Classifier, text: str
) -> None:
    """Before a word, a German noun, an institution, or in a Title Case heading, or after a
    number or at a sentence start, a word-like given name stays a word."""
    assert found(classifier, text, NAME) == []


TITLE_FOUND = [
    (
        "Eine Überraschung war der Eintritt des Labourabgeordneten Brennan in die Regierung.",
        "Brennan",
    ),
    ("Es handelt sich um den Sektionschef Hartl aus dem Ministerium.", "Hartl"),
    ("An der Berufung des Professors Rinaldi gab es keine Zweifel.", "Rinaldi"),
    ("Der Finanzminister Eichel trat zurück.", "Eichel"),
    ("Der Landtagsabgeordnete Köhler stimmte dagegen.", "Köhler"),
    ("Die Vorsitzende Keller eröffnete die Sitzung.", "Keller"),
    ("De oud-minister Drees sprak op de vergadering.", "Drees"),
    ("Wij spraken met wethouder Jansen over de begroting.", "Jansen"),
    ("Mister Dawson arrived late.", "Dawson"),
    ("Wczoraj dr Kowalski przyjął pacjenta.", "Kowalski"),
    ("Rozmawiałam z dr Nowakiem o wynikach.", "Nowakiem"),
    ("Wniosek przyjęła mgr Wiśniewska.", "Wiśniewska"),
    ("De vergadering werd geopend door dr Vermeulen.", "Vermeulen"),
    ("Ask prof Lindner about the exam.", "Lindner"),
]
TITLE_NOT_FOUND = [
    "Der Bundesrat Bericht liegt vor.",
    "Der Ministerrat Brüssel tagt morgen.",
    "Der Stadtrat Wien beschloss das Budget.",
    "Im Bundesrat Bremen wurde abgestimmt.",
    "Der Küchenchef Menü war gut.",
    "Die Abteilungsleiter Konferenz findet statt.",
    "Der Generaldirektor Siemens sagte ab.",
    "Der Landesrat Kärnten tagte.",
    "Der Präsident Frankreichs kam am Montag.",
    "Der Minister Schmidt-Straße wurde umbenannt.",
    "The Prime Minister Office released a statement.",
    "Celebrate Burns Night with friends.",
    "We will generate Reports for Harris County.",
    "Please see the dr Drive entry.",
    "The file is in /home/dr Backups.",
    "Meet the prof Tuesday after class.",
]


@pytest.mark.parametrize(("text", "name"), TITLE_FOUND)
def test_a_known_surname_after_a_compound_title_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """A word ending in a title ("-abgeordneten", "-chef", "-minister") before a known surname
    makes it a name, in any inflection; so does an academic title in lower case ("dr")."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", TITLE_NOT_FOUND)
def test_a_place_company_or_word_after_a_compound_title_is_no_name(
    classifier: Classifier, text: str
) -> None:
    """After a compound title a place, a company, a noun or a street stays what it is, and a
    word that merely ends like a title ("Celebrate") is no title."""
    assert found(classifier, text, NAME) == []
