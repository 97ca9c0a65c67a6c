"""Person names, tenth session: a given name right after an imperative that opens a sentence
(``_name_requests``): "Tell Maria the meeting moved", "Frag Jonas, ob er kommt".

Inside a sentence a lone given name was found before ("Please tell Maria ..."); at a sentence's
start, after a capitalised imperative, it was not. Positive rows name the exact span and were not
found before (but the one with a surname, which a bare name found already: the span stays
whole); negative rows (products, places, words, phrases that only look like a request) must
yield no person name at all. The rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Tell Rosalind the meeting moved to Thursday.", "Rosalind"),
    ("Ask Priya whether she can join the call at three.", "Priya"),
    ("Remind Torben to send the slides before noon.", "Torben"),
    ("Thank Giulia for the flowers, they were lovely.", "Giulia"),
    ("Let Oskar know the test results are in.", "Oskar"),
    ("Tell Jean-Baptiste the invoice is wrong.", "Jean-Baptiste"),
    ("Email Katarzyna Okafor the signed contract.", "Katarzyna Okafor"),
    ("Notes for Monday.\nCall Henrike about the lease.", "Henrike"),
    ("Dis à Anaïs que la réunion est annulée.", "Anaïs"),
    ("Remerciez Gaëlle pour son aide précieuse.", "Gaëlle"),
    ("Frag Jonas, ob er morgen kommen kann.", "Jonas"),
    ("Schreib Annika bitte noch heute zurück.", "Annika"),
    ("Chiedi a Marco se viene alla cena.", "Marco"),
    ("Ringrazia Gianluca per il passaggio.", "Gianluca"),
    ("Pregúntale a Lucía si puede venir el lunes.", "Lucía"),
    ("Dile a Iñaki que llame al banco.", "Iñaki"),
    ("Vraag Sanne of ze vrijdag kan komen.", "Sanne"),
    ("Bedank Thijs voor de snelle reactie.", "Thijs"),
    ("Zapytaj Annę, czy przyjdzie jutro.", "Annę"),
    ("Podziękuj Wojciechowi za pomoc.", "Wojciechowi"),
]

NOT_FOUND = [
    "Ask Alexa to play some music.",
    "Call Center hours are nine to five.",
    "Tell Me More is a radio show.",
    "Let May be the month we ship.",
    "Send Grid is down again.",
    "Help Desk tickets are answered within a day.",
    "Thank God it is Friday.",
    "Update Windows before the audit.",
    "Let Florence decide on the venue.",
    "Invite Only events need a badge.",
    "The team will ask Jeeves for directions.",
    "Zeg Nee tegen pesten.",
    "Call Saul is a prequel to another series.",
    "Ask Alice is a book from 1971.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_given_name_after_imperative_is_found(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


def test_german_noun_after_the_name_is_no_surname(classifier: Classifier) -> None:
    # "Emma" is told something ("Bescheid sagen"): a person, but "Bescheid" is no surname
    assert found(classifier, "Sag Emma Bescheid und gib Paul Zeit.", NAME) == ["Emma"]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_imperative_before_a_thing_is_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
