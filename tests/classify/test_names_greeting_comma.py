"""A name after a greeting and a comma (issue 11): "Hello, Maria!", "Cześć, Kasia!", "Hallo,
Jens!". The comma also sets off words ("Moin, Leute!"), so the name must be a known one, or
follow a title, and close the greeting.

Rows are written by hand for these tests. Positive rows name the exact spans found; negative
rows must yield no person name at all.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Hello, Maria", "Maria"),
    ("Hi, Anna, thanks for the file.", "Anna"),
    ("Hallo, Jens! Danke für alles.", "Jens"),
    ("Ciao, Marco, come stai?", "Marco"),
    ("Bonjour, Camille.", "Camille"),
    ("Hola, Lucía:", "Lucía"),
    ("Cześć, Kasia!", "Kasia"),
    ("Servus, Herr Huber", "Huber"),
]
NOT_FOUND = [
    "Hello, World",
    "Hi, there",
    "Hi, Claude, summarise this.",
    "Hello, Kubernetes users",
    "Hello, Kubernetes!",
    "Hej, Team!",
    "Moin, Leute!",
    "Hi, I need help with Excel.",
    "Bonjour, Paris!",
    "Hola, Madrid!",
    "Hey, Alexa!",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_known_name_closing_a_greeting_is_found(
    classifier: Classifier, text: str, name: str
) -> None:
    """Greeting, comma, a known name (or a title and a name), then punctuation or the end."""
    assert found(classifier, text, NAME) == [name]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_and_assistants_after_a_greeting_are_no_names(
    classifier: Classifier, text: str
) -> None:
    """The world, a team, the assistant, a product or people in general: no person."""
    assert found(classifier, text, NAME) == []
