"""Thirty-third session: the faults two read-only reviews found in the session's rules, each
row taken from a reviewer's input."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME, HEALTH, DOB, PHONE, ID = (
    "pii.person_name",
    "health",
    "pii.date_of_birth",
    "pii.phone",
    "pii.national_id",
)

FOUND = [
    ("Bed 4 – 82 y/o, dementia, falls risk.", HEALTH, "dementia"),
    ("Lit 5 - 81 ans, diabète de type 2.", HEALTH, "diabète de type 2"),
    ("Kind (1,5 jaar) met astma, graag advies.", HEALTH, "astma"),
    ("Mi número de la Seguridad Social es 280012345666", ID, "280012345666"),
    ("Patient: Tomasz Wierzbicki   DOB 11.04.1961   NHS 245 243 9029", ID, "245 243 9029"),
    ("Mein Handy: 0151 20000000", PHONE, "0151 20000000"),
    ("Klient: Łukasz Nowak - 698 207 415", PHONE, "698 207 415"),
    ("Cliente: María de la Fuente - 699 12 38 45", PHONE, "699 12 38 45"),
    (
        'Export:\nfull_name,dob,notes,size\nZorbax Quillfeather,1990-01-01,has 27" monitor,M\n'
        "Wexley Brimcombe,1985-02-03,none,L",
        NAME,
        "Wexley Brimcombe",
    ),
    (
        '[{"first_name": "Anna", "last_name": "Rossi", "email": "anna.rossi@gmail.com"}, '
        '{"first_name": "Test", "last_name": "User", "email": "test@example.com"}]',
        NAME,
        "Rossi",
    ),
    ("**Agent (Ana):** hi there", NAME, "Ana"),
    ("[19:02:51] Agentin (Büşra): Guten Abend!", NAME, "Büşra"),
]

NOT_FOUND = [
    ("FAQ: Do I need to enter my date of birth?\nLast updated: 03/02/2015", DOB),
    ("Wat is de geboortedatum?\nFactuurdatum: 12-03-2011", DOB),
    ("Agent: Can you confirm your date of birth?\nCustomer: appointment 12.03.25", DOB),
    ("Ik ben 3 mei 2010 verhuisd naar de stad waar ik geboren ben.", DOB),
    ("NHS Supply Chain purchase order number 4500123407 was delivered late.", ID),
    ("Solicitud a la Seguridad Social, expediente nº 281234560059", ID),
    ("L'hôpital Henri Mondor ouvre une unité dédiée au diabète de type 2.", HEALTH),
    ("Stichting Anton Jurgens helpt mensen met dementie.", HEALTH),
    (
        "Madame Claire Martin\n12 rue de la Paix\n75002 Paris\n\nMadame,\n"
        "Votre mutuelle rembourse désormais le dépistage du cancer du sein.",
        HEALTH,
    ),
    ("Rufen Sie mich an: 07700 900 123", PHONE),
    ("Chiamami al 0113 4960123", PHONE),
    ("Rückruf von Babynahrung, Charge 0151 2345678 betroffen.", PHONE),
    ("Delays:\npnr,flight,service,reason\nABC123,LH123,economy,weather", HEALTH),
    ("Servers:\nname,status,problems\nweb01,down,disk full", HEALTH),
    ("Menu:\nname,price,allergies\nPad Thai,12,peanuts", HEALTH),
    ('{"customer": "Bosch", "plan": "Pro"}', NAME),
    ("Data:\nkunde,umsatz\nBosch,200", NAME),
    ("Client (Axios): request timed out", NAME),
    ("Agent (Escalation): moved to tier 2", NAME),
    ("The sister of GitLab is not a person.", NAME),
    ("Audi is Volkswagen's daughter.", NAME),
    ("const city = { name: 'Santiago', country: 'CL' };", NAME),
    ("{CLIENT: IDLE, SERVER: IDLE}", NAME),
    ('    name="El Salvador",', NAME),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_reviewed_values_are_found(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The value is a finding of its type."""
    assert value in found(classifier, text, kind)


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_reviewed_false_alarms_are_gone(classifier: Classifier, text: str, kind: str) -> None:
    """No finding of the type."""
    assert found(classifier, text, kind) == []


def test_the_krueger_flowers_span_stops_at_the_name(classifier: Classifier) -> None:
    """A word after the relative's surname is not part of the name."""
    text = "Ich habe der Tochter von Krüger Blumen geschenkt."
    assert found(classifier, text, NAME) == ["Krüger"]


def test_long_runs_of_quotes_and_spaces_stay_fast_and_found(classifier: Classifier) -> None:
    """A cell of 100,000 spaces in an INSERT and a row of 100,000 quotes in a CSV are read in
    one pass (they once took quadratic time); the statement's date is still found."""
    sql = "INSERT INTO t (full_name, dob) VALUES ('a" + " " * 100_000 + "b', '1980-01-01');"
    assert found(classifier, sql, DOB) == ["1980-01-01"]
    csv = "full_name,dob\n" + '"' * 100_000
    assert found(classifier, csv, NAME) == []
