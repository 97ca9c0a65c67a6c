"""German writes a condition's adjective declined after a preposition or an article ("an
Multipler Sklerose erkrankt", "an einer bipolaren Störung"): those forms are found like the
nominative the lexicon holds, with the same personal anchor (issue 11, family 4)."""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    ("Meine Mutter ist an Multipler Sklerose erkrankt.", "Multipler Sklerose"),
    ("Mein Bruder leidet an einer bipolaren Störung.", "bipolaren Störung"),
    ("Meine Oma leidet an rheumatoider Arthritis.", "rheumatoider Arthritis"),
    ("Mein Vater wird wegen arterieller Hypertonie behandelt.", "arterieller Hypertonie"),
    ("Ich war drei Wochen in einer psychiatrischen Klinik.", "psychiatrischen Klinik"),
    ("Bei meiner Frau wurde eine Form der multiplen Sklerose festgestellt.", "multiplen Sklerose"),
]


@pytest.mark.parametrize(("text", "term"), FOUND)
def test_declined_condition_of_a_person_is_found(text: str, term: str) -> None:
    """The declined form is a health finding and the text is restricted."""
    result = classify_text(text)
    assert term in [text[f.start : f.end] for f in result.findings if f.type == "health"]
    assert result.level.name == "RESTRICTED"


NOT_FOUND = [
    "Der Verlauf der multiplen Sklerose ist sehr unterschiedlich.",
    "Die Broschüre erklärt die Behandlung der bipolaren Störung.",
    "Welche Medikamente helfen bei rheumatoider Arthritis?",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_declined_condition_in_general_text_stays_public(text: str) -> None:
    """Without a person, the declined form is general knowledge, as the nominative is."""
    assert not [f for f in classify_text(text).findings if f.type == "health"], text
