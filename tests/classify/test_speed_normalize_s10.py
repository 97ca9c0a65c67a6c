"""A sparse view's UTF-8 and continuation map are spliced from the original's (one map pass,
not two): they are the view's own bytes and map, and the scan finds the same with them."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.normalize import Normalizer
from proxy.classify.taxonomy import TextPart

#: One continuation flag per byte value (as the engine counts characters).
CONT = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))
SPARSE = [
    "Zażółć gęślą jaźń — Anna Nowak, born 1987…",
    "Tél. ０６ 12 34 56 78 – Müller, François",
    "IBAN DE89\u00a03704 0044 0532 0130 00 — für Jürgen Weiß",
    "Ｐassword: Tr0ub4dor&3 ¡ñ!",
    "ok\u200bay: ünïcödé and a ＡＢ here",
]


@pytest.mark.parametrize("text", SPARSE)
def test_sparse_view_carries_its_own_bytes_and_map(text: str) -> None:
    """The known bytes are the view's UTF-8, the map is theirs (the spliced fast path ran)."""
    view, known = Normalizer().prepare(text)
    assert view is not None and view.changed
    assert known is not None
    data, cont = known
    assert cont is not None  # spliced, not left for the engine to make again
    assert data == view.text.encode("utf-8")
    assert cont == data.translate(CONT)


@pytest.mark.parametrize(
    "text", ["e\u0301te\u0301 — Jose\u0301 Garci\u0301a", "\ud800 — lone surrogate, Anna Nowak"]
)
def test_marks_and_surrogates_leave_the_bytes_to_the_scan(text: str) -> None:
    """A view with combining marks, or a text that is no valid UTF-8, passes no bytes."""
    view, known = Normalizer().prepare(text)
    assert view is not None
    assert known is None


@pytest.mark.parametrize("text", SPARSE)
def test_findings_as_if_the_map_were_made_again(classifier: Classifier, text: str) -> None:
    """The scan with the spliced bytes and map finds what it finds making them itself."""
    view, known = Normalizer().prepare(text)
    assert view is not None and known is not None
    spliced, _ = classifier._hits([view.text], 10_000, [known])
    again, _ = classifier._hits([view.text], 10_000)
    assert spliced == again
    assert spliced or not classifier.classify([TextPart("t", text)]).findings
