"""Identity card numbers next to their cue (``_identity_cards``): the German Personalausweis, the
Italian carta d'identità, the French carte d'identité, the Dutch identiteitskaart, the Belgian
eID card and the Polish dowód osobisty, as ``pii.national_id`` with subtype ``<cc>.idcard``.

A check digit, when the format has one, must hold; specimens and placeholders are none; a shape
any code may have needs the local word ("booking code KX7R2M9Q4" after "ID card" is none).
Rows are written by hand for these tests (the numbers made for them, their check digits computed).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart
from tests.found import found

ID = "pii.national_id"

FOUND = [
    ("Meine Ausweisnummer ist LF3K7M9P2, bitte eintragen.", "LF3K7M9P2", "de.idcard"),
    ("ID card no. LF3K7M9P28 (German)", "LF3K7M9P28", "de.idcard"),
    ("Numero della carta d'identità: CB43817KD", "CB43817KD", "it.idcard"),
    ("La carta d’identità cartacea n. AU 4471902 è scaduta.", "AU 4471902", "it.idcard"),
    ("Numéro de carte d'identité : 880692310285", "880692310285", "fr.idcard"),
    ("CNI n° X4RTBPF49, délivrée à Lyon", "X4RTBPF49", "fr.idcard"),
    ("Mijn identiteitskaart heeft nummer NW7K3RT52.", "NW7K3RT52", "nl.idcard"),
    ("My Belgian eID card number is 592-1234567-32.", "592-1234567-32", "be.idcard"),
    ("Proszę wpisać numer dowodu osobistego AXY054321.", "AXY054321", "pl.idcard"),
    ("nr dowodu: DKR 071930", "DKR 071930", "pl.idcard"),
]
NOT_FOUND = [
    "Personalausweisnummer T22000129 (Muster)",  # the specimen card's number
    "numer dowodu osobistego ABA300000",  # the specimen dowód
    "Ausweisnummer: LF3K7M9P27",  # wrong check digit
    "nr dowodu: AXY 054322",  # wrong check digit
    "My eID card number is 592-1234567-33.",  # wrong mod 97
    "Bring your ID card and the booking code KX7R2M9Q4.",
    "Show your identity card; your ticket is AB1234567.",
    "The identity card was issued in 2019 for order AB12C3456.",
    "La CIE è pronta dal 12 maggio, ordine 20240512.",
    "Le numéro de la carte d'identité est demandé pour la commande 2024 0312 7788.",
]


@pytest.mark.parametrize(("text", "value", "subtype"), FOUND)
def test_an_identity_card_number_after_its_cue_is_a_national_id(
    classifier: Classifier, text: str, value: str, subtype: str
) -> None:
    """The card number, with the scheme's subtype, next to its cue word."""
    result = classifier.classify([TextPart("text", text)])
    hits = [(text[f.start : f.end], f.subtype) for f in result.findings if f.type == ID]
    assert (value, subtype) in hits


@pytest.mark.parametrize("text", NOT_FOUND)
def test_specimens_wrong_checks_and_other_codes_are_no_identity_card(
    classifier: Classifier, text: str
) -> None:
    """A specimen, a failed check digit or another code near the cue: no national ID."""
    assert found(classifier, text, ID) == []
