"""A short or word-like given name followed by a particle ("Jan de Vries", "Ana de la Cruz",
"Max von Bülow"): the prefilter of these names wanted a capital right after them, so the name was
never looked at (issue 11, family 1). A word before a particle names a place, not a person."""

from __future__ import annotations

import pytest

from tests.found import classify_text

PERSON = "pii.person_name"
FOUND = [
    ("Stuur een mail naar Jan de Vries over de offerte", "Jan de Vries"),
    ("Escribe a Ana de la Cruz sobre la factura", "Ana de la Cruz"),
    ("Schreib bitte an Max von Bülow", "Max von Bülow"),
    ("Ask Tom van Dijk to review the draft", "Tom van Dijk"),
    ("Eva van den Berg belt morgen terug", "Eva van den Berg"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_name_with_particle_is_found(text: str, name: str) -> None:
    """The whole name, particle included, is one finding."""
    result = classify_text(text)
    assert name in [text[f.start : f.end] for f in result.findings if f.type == PERSON], result


NOT_FOUND = ["la Ville de Paris organise un concours", "Le Port de Bouc est fermé", "Max de facto"]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_word_then_particle_is_no_name(text: str) -> None:
    """A common word or a non-name before the particle: no person."""
    assert not [f for f in classify_text(text).findings if f.type == PERSON], text
