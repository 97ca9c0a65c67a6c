"""A marking named to be explained in a short prompt is no marking (fifteenth session):
"NOFORN means …", "What does \"NOFORN\" mean?", "TOP SECRET is the highest classification
level". The same marking used, in a header, a caveat, a subject line, a title or a sentence that
applies it, still counts, and so does a header above its own definition and a document pasted
after a question about its marking.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

MARKING = "marking"

EXPLAINED = [
    "NOFORN means the document may not be released to foreign nationals.",
    'What does "NOFORN" mean?',
    "What is NOFORN?",
    "TOP SECRET is the highest classification level in the US.",
    "Staatsgeheim Geheim is de op een na hoogste rubricering.",
    "Was bedeutet VS-NUR FÜR DEN DIENSTGEBRAUCH? Und wer darf es lesen?",
    "Qu'est-ce que Diffusion Restreinte ?",
    "COSMIC TOP SECRET stands for the highest NATO level.",
]
#: The document pasted after a question about its marking.
_PASTED = "Qu'est-ce que CONFIDENTIEL DÉFENSE ? Voici le document : " + "la liste des agents. " * 20
USED = [
    ("This document is classified NOFORN.", "NOFORN"),
    ("TOP SECRET//NOFORN\n\nThe source met the officer in Vienna.", "NOFORN"),
    ("TOP SECRET\n\nTOP SECRET means the plan below is not to be shared.", "TOP SECRET"),
    ("Report NOFORN: the agent met the source in Vienna.", "NOFORN"),
    ("TOP SECRET is the plan for tomorrow: move at dawn.", "TOP SECRET"),
    # found by a review: uses of a marking that read like a definition or a question
    ("What does the TOP SECRET report say about the source in Kandahar?", "TOP SECRET"),
    ("Here is what is TOP SECRET in the plan: the convoy leaves at 0400.", "TOP SECRET"),
    ("TOP SECRET Means and Methods of Collection - Annex B.", "TOP SECRET"),
    ("Downgraded from TOP SECRET to SECRET level on 3 May.", "TOP SECRET"),
    ("NATO SECRET is the classification level of this annex.", "NATO SECRET"),
    ("NOFORN refers to the attached annex, which lists the names of sources.", "NOFORN"),
    ("Subject: NOFORN means no release to partners - minutes attached", "NOFORN"),
    ("What is TOP SECRET clearance?", "TOP SECRET"),
    (_PASTED, "CONFIDENTIEL DÉFENSE"),
]


@pytest.mark.parametrize("text", EXPLAINED)
def test_a_marking_named_to_be_explained_is_no_finding(classifier: Classifier, text: str) -> None:
    """A definition or a question about a marking gives no marking finding."""
    assert found(classifier, text, MARKING) == []


@pytest.mark.parametrize(("text", "value"), USED)
def test_a_marking_used_still_counts(classifier: Classifier, text: str, value: str) -> None:
    """A marking that applies to the text is found, also above its own definition."""
    assert value in found(classifier, text, MARKING)
