"""Thirty-seventh session: a surname before the partners of a law or accounting firm ("Studio
Legale Bianchi & Associati", "Kancelaria Kowalski i Wspólnicy", "Weber & Partner") names the
firm, not a person; and the German verb "sucht" ("sucht einen Job", "sucht Verstärkung") is no
addiction, which German writes with its capital ("hat eine Sucht").

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NOT_FOUND = [
    ("Studio Legale Bianchi & Associati cerca un praticante.", "pii.person_name"),
    ("Pracodawca: Kancelaria Prawna Kowalski i Wspólnicy sp.k.", "pii.person_name"),
    ("Die Kanzlei Weber & Partner sucht Verstärkung.", "pii.person_name"),
    ("Mein Bruder sucht einen Job in Köln.", "health"),
    ("Die Kanzlei Weber & Partner sucht Verstärkung.", "health"),
]

FOUND = [
    ("Sein Vater hat eine Sucht, er trinkt jeden Tag.", "health", "Sucht"),
    ("Anwalt: Dr. Jonas Weber, Hauptstraße 4", "pii.person_name", "Jonas Weber"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_a_firm_or_a_verb_is_no_finding(classifier: Classifier, text: str, kind: str) -> None:
    """No finding of the kind."""
    assert found(classifier, text, kind) == []


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_the_person_and_the_noun_stay(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The finding is there."""
    assert value in found(classifier, text, kind)
