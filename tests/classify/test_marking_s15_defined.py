"""A marking named to be explained is no marking (fifteenth session): "NOFORN means …",
"What does the marking NOFORN mean?", "Staatsgeheim Geheim is the second-highest level". The
same marking used, in a header, a caveat or a sentence that applies it, still counts, and so
does a header above its own definition.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

MARKING = "marking"

EXPLAINED = [
    "NOFORN means the document may not be released to foreign nationals.",
    "What does the marking NOFORN mean on US documents?",
    'What does "NOFORN" mean?',
    "In the Netherlands, Staatsgeheim Geheim is the second-highest level of state secret.",
    "TOP SECRET is the highest classification level in the US.",
    "Was bedeutet VS-NUR FÜR DEN DIENSTGEBRAUCH? Und wer darf es lesen?",
    "Qu'est-ce que Diffusion Restreinte ?",
    "COSMIC TOP SECRET stands for the highest NATO level.",
]
USED = [
    ("This document is classified NOFORN.", "NOFORN"),
    ("TOP SECRET//NOFORN\n\nThe source met the officer in Vienna.", "NOFORN"),
    ("TOP SECRET\n\nTOP SECRET means the plan below is not to be shared.", "TOP SECRET"),
    ("Report NOFORN: the agent met the source in Vienna.", "NOFORN"),
    ("TOP SECRET is the plan for tomorrow: move at dawn.", "TOP SECRET"),
]


@pytest.mark.parametrize("text", EXPLAINED)
def test_a_marking_named_to_be_explained_is_no_finding(classifier: Classifier, text: str) -> None:
    """A definition or a question about a marking gives no marking finding."""
    assert found(classifier, text, MARKING) == []


@pytest.mark.parametrize(("text", "value"), USED)
def test_a_marking_used_still_counts(classifier: Classifier, text: str, value: str) -> None:
    """A marking that applies to the text is found, also above its own definition."""
    assert value in found(classifier, text, MARKING)
