"""Examinations, procedures and everyday conditions said of a person (issue 11, family 4): "my
colonoscopy", "Ich habe morgen eine Darmspiegelung", "I've got a UTI again", "in the psychiatric
ward". Like every condition they need a personal anchor: a leaflet or a price list stays public.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    ("I need time off for my colonoscopy next Tuesday", "colonoscopy"),
    ("I've got a UTI again", "UTI"),
    ("I'm going through menopause and it's affecting my sleep", "menopause"),
    ("He spent a week in the psychiatric ward", "psychiatric ward"),
    ("Ich habe morgen eine Darmspiegelung", "Darmspiegelung"),
    ("ma mammographie est prévue lundi", "mammographie"),
    ("el lunes tengo una biopsia", "biopsia"),
    ("ik moet een bloedprik laten doen, mijn arts wil het", "bloedprik"),
    ("Mój syn ma zespół Aspergera", "zespół Aspergera"),
    ("mam jutro kolonoskopię", "kolonoskopię"),
]


@pytest.mark.parametrize(("text", "term"), FOUND)
def test_procedure_of_a_person_is_found(text: str, term: str) -> None:
    """The examination or condition is a health finding; the text is restricted."""
    result = classify_text(text)
    assert term in [text[f.start : f.end] for f in result.findings if f.type == "health"]
    assert result.level.name == "RESTRICTED"


NOT_FOUND = [
    "What is a colonoscopy?",
    "Colonoscopy prep: drink the solution the evening before",
    "MRI scanners cost about 1 million euros",
    "Menopause symptoms include hot flushes",
    "The psychiatric ward of the hospital was renovated in 2020",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_text_stays_public(text: str) -> None:
    """Without a person the words are general knowledge."""
    assert not [f for f in classify_text(text).findings if f.type == "health"], text
