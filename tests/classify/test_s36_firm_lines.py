"""Thirty-sixth session: a firm's letterhead or invoice footer (a legal form written "Sp. z
o.o.", or a company register's number, on the line) gives the firm's address and number, not a
person's. A person's address (a firm named on the line above may employ its person), a mobile,
or a number after a phone cue beside a firm's name, still is one.

Rows are written here with invented firms; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NOT_FOUND = [
    "Stopka: Drukarnia Wisła Sp. z o.o. · ul. Długa 5, 00-238 Warszawa · KRS 0000654321",
    "Voet: Zonneveld Installatietechniek B.V. · Kerkstraat 12, 3511 LX Utrecht · 030 555 0142",
    "Footer: Harrow & Finch Ltd · 22 Mill Lane, Leeds LS1 4AB · 0161 832 9044",
]
FOUND = [
    (
        "Jan Kowalski, ul. Długa 5, 00-238 Warszawa",
        "pii.postal_address",
        "ul. Długa 5, 00-238 Warszawa",
    ),
    ("Pieter Smit, Zonneveld B.V., tel. 030 555 0177", "pii.phone", "030 555 0177"),
    ("Tom Baker | Baker Plumbing Ltd | 07946 302871", "pii.phone", "07946 302871"),
    (
        "Pracodawca: Drukarnia Wisła Sp. z o.o., KRS 0000654321\nJan Nowak\n"
        "ul. Lipowa 3, 00-123 Warszawa",
        "pii.postal_address",
        "ul. Lipowa 3, 00-123 Warszawa",
    ),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_firm_s_footer_is_no_person_s_data(classifier: Classifier, text: str) -> None:
    """No address or phone finding."""
    assert found(classifier, text, "pii.postal_address") == []
    assert found(classifier, text, "pii.phone") == []


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_a_person_s_address_and_number_still_are(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The address or number is a finding."""
    assert value in found(classifier, text, kind)
