"""The UTF-8 the normaliser hands to the scan: byte for byte what the scan would encode itself.

The engine reuses these bytes instead of encoding every text a second time, so a wrong byte here
would move or hide a finding; the classification through the reused bytes must equal the one
through a fresh encoding.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.classify.normalize import Normalizer
from proxy.classify.taxonomy import TextPart
from tests.found import compiled

NORMALIZER = Normalizer()
_CONT = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))
EMAIL = "jan.kowalski.1987@gmx.de"


def _check(text: str) -> bool:
    """Whether ``prepare`` gave bytes, and (if so) that they are the scanned string's UTF-8."""
    view, encoded = NORMALIZER.prepare(text)
    if encoded is None:
        return False
    scanned = text if view is None else view.text
    assert encoded[0] == scanned.encode("utf-8", "replace")
    assert encoded[1] in (None, encoded[0].translate(_CONT))
    return True


@pytest.mark.parametrize(
    "text",
    [
        "Crème brûlée à Łódź, 東京 😀",
        "Müller — “IBAN” … 4556\u20137375\u2212 ﬁne ² ＤＥ４４",
        "x\U000e0041y \u200bé\u00a0z",
        "١٢٣ ۴۵ Zürich",
    ],
)
def test_reused_bytes_are_the_scanned_text(text: str) -> None:
    """Plain accented text and sparse views (dashes, quotes, ligatures, foreign digits)."""
    assert _check(text)


@pytest.mark.parametrize("text", ["cafe\u0301 D\u0301E ö", "a\ud800b é", "plain ascii"])
def test_no_bytes_where_a_copy_would_be_wrong(text: str) -> None:
    """A combining mark rewrites the letter before it; a lone surrogate encodes differently in
    the scan; ASCII needs no second encoding: the scan encodes these itself."""
    assert not _check(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9 .é—–…“ﬁ²\u200b\u00a0\u0301١Ｄ\ud800😀"), max_size=60))
def test_reused_bytes_property(text: str) -> None:
    """Whatever the mix of changed, unchanged and multi-byte characters."""
    _check(text)


def test_findings_through_reused_bytes_sit_on_the_original() -> None:
    """An e-mail address after a sparse view's rewritten characters, beside another part:
    found at its offsets in the original text, as without the reuse."""
    text = f"Réf. — “virement” … écrire à {EMAIL} merci"
    classifier = compiled()
    result = classifier.classify([TextPart("a", "héllo — x"), TextPart("b", text)])
    start = text.index(EMAIL)
    assert [(f.type, f.part, f.start, f.end) for f in result.findings] == [
        ("pii.email", "b", start, start + len(EMAIL))
    ]
