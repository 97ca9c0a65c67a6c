"""Colleagues away, on leave, off sick or standing in, twenty-eighth session: a surname
standing alone before "is on leave", "ist im Urlaub", "est en congé", "è in ferie", "está de
baja", "is op vakantie", "jest na urlopie" or "will chair" is a person (only a person is away
on leave); a place or a firm before the same words is not. A double surname joined to a name
found counts when one part is known ("Henderson and Mbeki-Clarke").

Rows are written here, after the family a probe's dev half showed (``fresh.jsonl``,
``fresh2.jsonl``); none is copied from the probes.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    ("Can you move the review? Paterson is on leave until the 14th.", ["Paterson"]),
    ("Bitte an Frau Schäfer weiterleiten, Hoffmann ist krankgeschrieben.", ["Schäfer", "Hoffmann"]),
    ("Pour info, Marchetti est en congé toute la semaine.", ["Marchetti"]),
    ("Rimanda la riunione: Bertolini è in ferie fino a lunedì.", ["Bertolini"]),
    ("Aviso: Castellanos está de baja desde ayer.", ["Castellanos"]),
    ("Kun je het overnemen? Bakker is met verlof tot juni.", ["Bakker"]),
    ("Przełóż spotkanie, Wiśniewska jest na urlopie do piątku.", ["Wiśniewska"]),
    ("Draft a note that Thornton will chair the board meeting.", ["Thornton"]),
    ("Tell Henderson and Mbeki-Clarke the audit moved.", ["Henderson", "Mbeki-Clarke"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("Salesforce is on holiday schedule support this week.", "a firm"),
    ("Berlin ist im Urlaub leer, sagt man.", "a place"),
    ("The office is off today.", "no capitalised subject"),
    ("Die Meyer-Werft und Siemens-Energy melden Zahlen.", "firms with a surname"),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_a_colleague_away_or_standing_in_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The surname before a phrase of absence or chairing is a person."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_places_and_firms_are_not_away(classifier: Classifier, text: str, why: str) -> None:
    """A place or a firm before the same words is no person."""
    assert found(classifier, text, NAME) == [], why
