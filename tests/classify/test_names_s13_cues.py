"""Lone given names in requests (``_cued_names``) and names after a relation or a role
(``names.RELATION``, ``_relation_words``):

- a given name that only the loose word list holds ("Tom", "Mia", "Emma": a word in some
  language) is the person after a cue that takes one ("reply to Mia", "Ask Emma");
- a given name after a preposition of purpose ("a card for Mia", "pour Léa", "für Jonas");
- a given name after a role that is also a firm's ("my ex, Daniel,", "our intern, Kofi,",
  "our client Nadia"), while a firm after the same role is none.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Can you help me reply to Mia about the invoice?", "Mia"),
    ("Please forward the slides to Tom before noon.", "Tom"),
    ("Ask Emma whether the contract is signed.", "Emma"),
    ("I met with Leo yesterday about the budget.", "Leo"),
    ("Write a birthday message for Tom, he turns 40 tomorrow.", "Tom"),
    ("Prepare a farewell card for Mia from the whole team.", "Mia"),
    ("Rédige un petit mot pour Léa, elle part à la retraite.", "Léa"),
    ("Ich brauche ein Geschenk für Jonas, er hat morgen Geburtstag.", "Jonas"),
    ("Scrivi un biglietto di auguri per Marco.", "Marco"),
    ("Escribe una felicitación para Ana por su ascenso.", "Ana"),
    ("My ex, Daniel, keeps texting me about the flat.", "Daniel"),
    ("Our new intern, Kofi, starts on Monday.", "Kofi"),
    ("Our client Nadia called about the refund.", "Nadia"),
    ("Mi ex, Lucía, me escribe cada día.", "Lucía"),
    ("Mijn huisbaas, Pieter, reageert niet op mijn mail.", "Pieter"),
]
NOT_FOUND = [
    "Download the installer for Windows and run it.",
    "Jenever, f 25.75 per Ned. vat, zonder fust.",
    "The report for Jan 2025 is attached.",
    "Book the hotel for Victoria in May.",
    "We built the backend with Ruby on Rails.",
    "Our client Siemens called about the refund.",
    "Our landlord Vonovia raised the rent.",
    "Unser Kunde Bosch hat die Rechnung bezahlt.",
    "Reply to Hope Street Studios with the quote.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_given_name_after_a_cue_or_a_role_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The given name after a request's cue, a preposition of purpose, a relation or a role."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_systems_firms_and_months_after_the_same_words_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A system, a firm, a town, an abbreviation or a month after the same words: no person."""
    assert found(classifier, text, PERSON) == []


#: Texts that the review found over-read (2026-12-05): headlines after SECRET, a class of people
#: before "who", first/last columns of a table of things, analytics and Polish counts.
REVIEW_NEGATIVES = [
    ("SECRET EU summit ends with deal", "marking"),
    ("The SECRET UK project codename.", "marking"),
    ("Visitors who use a wheelchair can enter via the side door.", "health"),
    ("Besucher, die im Rollstuhl sitzen, nutzen bitte den Aufzug.", "health"),
    ("run,first,last\nA,Monday,Friday\nB,Tuesday,Thursday", "pii.person_name"),
    ("month,web,mobile\nJanuary,12.345.678,23.456.789", "pii.phone"),
    ("item|mobile|desktop\nbutton|320 480 640|1024 1280 1920", "pii.phone"),
    ("Sprzedaż wyniosła 512 345 678 sztuk w Polsce.", "pii.phone"),
    ("Wyślij 100 szt. produktu 501 502 503 do magazynu.", "pii.phone"),
    ("Confidentiality: sensitive data must be encrypted at rest.", "marking"),
]


@pytest.mark.parametrize(("text", "kind"), REVIEW_NEGATIVES)
def test_review_false_findings_stay_out(classifier: Classifier, text: str, kind: str) -> None:
    """Each text gives no finding of the type the review saw over-read."""
    assert found(classifier, text, kind) == []
