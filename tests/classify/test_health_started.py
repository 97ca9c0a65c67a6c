"""Starting, stopping or switching a medicine, said of a person (issue 11, family 4): "I started
Ozempic last month", "ich habe Ramipril abgesetzt", "zacząłem brać metforminę". A company, a
trial or a market starting a drug is no person's health data.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    "I started Ozempic last month",
    "I switched to sertraline in May",
    "She stopped metformin last week",
    "ich habe Ramipril abgesetzt",
    "j'ai commencé le Levothyrox",
    "ho iniziato il ramipril",
    "empecé con sertralina",
    "ik ben begonnen met sertraline",
    "zacząłem brać metforminę",
]


@pytest.mark.parametrize("text", FOUND)
def test_started_medicine_is_found(text: str) -> None:
    """The medicine is a medication finding; the text is restricted."""
    result = classify_text(text)
    assert [f.subtype for f in result.findings if f.type == "health"] == ["medication"], text
    assert result.level.name == "RESTRICTED"


NOT_FOUND = [
    "Novo Nordisk started Ozempic production in 2017",
    "The trial started metformin in 200 patients",
    "Sales of Ozempic began to rise",
    "When I started Python I loved it",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_drug_started_by_no_person_is_public(text: str) -> None:
    """Companies, trials and markets start drugs too."""
    assert not [f for f in classify_text(text).findings if f.type == "health"], text
