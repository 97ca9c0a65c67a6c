"""A person named by their own e-mail address, twenty-eighth session: the capitalised words
before an address on its line that the address's local part spells ("Ruairí Byrne …
ruairi.byrne@…", "Krzysztof Mazur <k.mazur@…>", "jsmith@…" after "John Smith") are a name, even
one the gazetteers lack; teams, places and firms spelt the same way are not
(``_name_emails``).

Rows are written here, after the family a probe's dev half showed (``personal.jsonl``); none
is copied from the probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    ("Xiadani Huerta <x.huerta@stadtwerke-ulm.de>", ["Xiadani Huerta"]),
    ("Tjitske Hoekstra 06 1234 5678 tjitske.h@ziggo.nl", ["Tjitske Hoekstra"]),
    ("Yerlan Abenov, yabenov@kaz.kz", ["Yerlan Abenov"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("Support Team <support.team@acme.io>", "a team"),
    ("Visit Berlin <visit.berlin@berlin.de>", "a place's tourist office"),
    ("Marketing Dept <marketing.dept@example.org>", "a department"),
    ("Customer Care: care@shop.de, Order Desk: orders@shop.de", "mailboxes"),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_the_owner_of_an_address_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The words the address spells are the person's name."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_teams_places_and_firms_own_no_name(classifier: Classifier, text: str, why: str) -> None:
    """Words spelt by a role mailbox are no person."""
    assert found(classifier, text, NAME) == [], why
