"""The normaliser finds the character offsets of the few characters that change by decoding the
runs between them (``_decoded_offsets``), not by a continuation map and a count of every byte
(``_char_offsets``): the same offsets, and the count where a run does not decode."""

from __future__ import annotations

import pytest

from proxy.classify.normalize import _CONT, Normalizer, _char_offsets, _decoded_offsets

TEXTS = [
    "Zażółć gęślą jaźń – the dash is a hyphen in the view…",
    "– at the start, and at the end –",
    "Emoji 🙂 and CJK 日本 before a fullwidth Ｄ and a non-breaking\u00a0space.",
    "A combining mark: Jose\u0301 and D\u0301, then a soft\u00adhyphen.",
    "Tag characters \U000e0041\U000e0042 and a zero\u200bwidth space, ẞ, ſ, İ.",
    "ASCII text with one change at its very end\u2026",
]


def _ends(normalizer: Normalizer, data: bytes) -> list[int]:
    """The byte ends of the changeable characters, as the normaliser's pass reports them."""
    ends: list[int] = []

    def on_match(_id: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
        """Record one end."""
        ends.append(end)
        return False

    normalizer._table.database.scan(data, match_event_handler=on_match)
    return ends


@pytest.mark.parametrize("text", TEXTS)
def test_decoded_offsets_are_the_counted_ones(text: str) -> None:
    """The decoded runs give the offsets the count gives, and the fast path is taken."""
    normalizer = Normalizer()
    data = text.encode("utf-8")
    ends = _ends(normalizer, data)
    assert ends
    fast = _decoded_offsets(data, ends)
    assert fast is not None
    assert fast == _char_offsets(data.translate(_CONT), ends)
    assert all(
        text[index] in normalizer._table.map or text[index] in normalizer._table.marks
        for index, _ in fast
    )


def test_end_inside_a_character_falls_back_to_the_count() -> None:
    """A run cut inside a character does not decode: ``None``, so the count decides."""
    data = "aé b".encode()
    assert _decoded_offsets(data, [2]) is None
    assert _char_offsets(data.translate(_CONT), [2]) == [(1, 2)]


@pytest.mark.parametrize("text", TEXTS)
def test_prepare_keeps_the_map_only_when_nothing_changes(text: str) -> None:
    """A text with changes gets a view (and no map of the original); one without keeps its
    own bytes and their map."""
    normalizer = Normalizer()
    view, _ = normalizer.prepare(text)
    assert view is not None and view.changed
    plain = "Zażółć gęślą jaźń"
    view, encoded = normalizer.prepare(plain)
    assert view is None and encoded is not None
    data, cont = encoded
    assert data == plain.encode("utf-8") and cont == data.translate(_CONT)
