"""Prefilters rewritten for speed only ever widen: every end offset the former expression
matched is still matched, so no window (and no finding) is lost."""

from __future__ import annotations

import hyperscan
import pytest

from proxy.classify import Classifier
from proxy.classify._base import hs_words
from proxy.classify.databases import hs_pattern
from proxy.classify.detectors import all_detectors
from proxy.classify.detectors.names import _TITLES
from proxy.classify.taxonomy import TextPart

#: The title prefilter before it was rewritten (``\\.? +`` after the title, not ``[. ]``).
FORMER_TITLE = hs_words(_TITLES) + r"\.? +[^ a-z]"
TITLE = next(d for d in all_detectors() if d.name == "person_name.title")


def _ends(expression: str, text: str) -> set[int]:
    """The end offsets of the expression's matches in the UTF-8 text."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[expression.encode()], ids=[0], elements=1, flags=[hyperscan.HS_FLAG_UTF8]
    )
    ends: set[int] = set()
    database.scan(text.encode(), match_event_handler=lambda _i, _s, e, _f, _c: ends.add(e))
    return ends


@pytest.mark.parametrize(
    "text",
    [
        "Frau Dr. Weber kommt.",
        "Herr  Prof.   Dr. Schmidt",
        "M. Dupont et Mme Lefèvre",
        "Sig.ra Bianchi, Dott.ssa Neri",
        "Pani Ólga i Pan Łukasz",
        "Mr.  Ødegaard and Ms. 3rd",
        "Dr.Smith, Mr.\nX, Herr., M.. X",
        "no title here at all, mr smith, dr. who",
    ],
)
def test_title_prefilter_keeps_every_former_end(text: str) -> None:
    """The title prefilter matches at every end the former one did (more is allowed)."""
    assert _ends(FORMER_TITLE, text) <= _ends(hs_pattern(TITLE), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bitte an Frau Dr. Katharina Brandtner weiterleiten.", "Katharina Brandtner"),
        ("Please forward to Mr.   Oluwaseun Adebayo today.", "Oluwaseun Adebayo"),
        ("Merci de prévenir M. Théophile Garnier-Duval.", "Théophile Garnier-Duval"),
    ],
)
def test_titled_names_are_still_found(classifier: Classifier, text: str, name: str) -> None:
    """Names after a title, with one or more spaces and with or without the dot."""
    found = classifier.classify([TextPart("t", text)]).findings
    assert name in [text[f.start : f.end] for f in found]


@pytest.mark.parametrize("text", ["See Dr.Seuss books.", "Use Mr.Clean on the floor."])
def test_title_glued_to_a_word_is_no_name(classifier: Classifier, text: str) -> None:
    """The wider prefilter wakes on "Dr.X", but the exact pattern still wants a space."""
    assert not classifier.classify([TextPart("t", text)]).findings
