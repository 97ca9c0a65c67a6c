"""Thirty-seventh session: the customer in Italian and Spanish ("Cliente:"), the staff member
who signs a CRM note or a ticket ("Agent: Orla", "Konsultant: Kasia", "Medewerker: Gijs") and
the sender or signer of a letter ("Absender:", "ondertekening:") are form fields before a name.
A staff or sender field whose value is a firm, a product or a place is none ("User-Agent:
Mozilla/5.0", "Mittente: Amazon", "Berater: Sparkasse Köln").

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Cliente: Marco Bellini, contratto luce n. 4471", "Marco Bellini"),
    ("Agent: Siobhan\nOutcome: callback booked", "Siobhan"),
    ("Operatore: Giada\nEsito: pratica chiusa", "Giada"),
    ("Konsultant: Kasia\nStatus: zamknięte", "Kasia"),
    ("Medewerker: Gijs", "Gijs"),
    ("Sachbearbeiterin: Lotte Brenner", "Lotte Brenner"),
    ("Conseillère : Maëlle", "Maëlle"),
    ("Absender: Jana Vogt, Lindenweg 3", "Jana Vogt"),
    ("ondertekening: Noor Haddou", "Noor Haddou"),
]

NOT_FOUND = [
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64)",
    "Agent: Windows Update",
    "Mittente: Amazon",
    "Remitente: Banco Sabadell",
    "Berater: Sparkasse Köln",
    "Agent: Paris",
    "Cliente: Enel Energia",
    "Cliente: El Corte Inglés",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_field_s_value_is_a_name(classifier: Classifier, text: str, value: str) -> None:
    """The value is a name finding."""
    assert found(classifier, text, NAME) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_firm_or_product_in_the_field_is_no_name(classifier: Classifier, text: str) -> None:
    """No name finding."""
    assert found(classifier, text, NAME) == []
