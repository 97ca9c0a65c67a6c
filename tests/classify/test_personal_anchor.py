"""Health terms need a personal anchor: a word ("my mother") or a shape ("Mr.", "45-year-old",
"Diagnosis:"); either kind alone is enough, and a text without one is not health data."""

from __future__ import annotations

import pytest

from proxy.classify.taxonomy import TextPart
from tests.found import compiled

CLASSIFIER = compiled()


def _health(text: str) -> list[str | None]:
    result = CLASSIFIER.classify([TextPart("t", text)])
    return [f.subtype for f in result.findings if f.type == "health"]


@pytest.mark.parametrize(
    "text",
    [
        "My mother has chronic kidney disease.",  # a word
        "Follow-up for Mr. Dupont, type 2 diabetes since March.",  # a title shape
        "The 45-year-old reported chronic kidney disease stage 3.",  # an age shape
        "Diagnosis: chronic kidney disease stage 3",  # a label shape
    ],
)
def test_either_kind_of_anchor_makes_health_data(text: str) -> None:
    assert _health(text) == ["diagnosis"]


@pytest.mark.parametrize(
    "text",
    [
        "Chronic kidney disease is common in older adults.",
        "Kidney disease affects millions worldwide.",
    ],
)
def test_no_anchor_no_health_data(text: str) -> None:
    assert _health(text) == []
