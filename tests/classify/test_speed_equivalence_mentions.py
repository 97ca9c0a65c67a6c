"""Later mentions found in one hyperscan pass over the scan's UTF-8 are the mentions that one
``str.find`` loop per name part finds: same offsets, same order, same bounds."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier, mentions
from proxy.classify._base import Hit
from proxy.classify.taxonomy import TextPart

_CONT = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))
PERSON = mentions.PERSON


def _encoded(text: str) -> tuple[bytes, bytes | None]:
    """The text as the engine hands it over: UTF-8 and its continuation map (None if ASCII)."""
    data = text.encode("utf-8", "replace")
    return data, None if len(data) == len(text) else data.translate(_CONT)


def _names(text: str, *names: str) -> list[Hit]:
    """A person hit on the first occurrence of each name."""
    return [Hit(PERSON, None, text.index(n), text.index(n) + len(n)) for n in names]


FILLER = "The quarterly report was filed on time and nobody objected to it. " * 1600
CASES = [
    (
        FILLER + "Zbigniew Wróblewski signed. " + FILLER + "Later Wróblewski left.",
        ["Zbigniew Wróblewski"],
    ),
    (
        "Ségolène Fauré-Lemaître arrived. " + FILLER * 2 + "Fauré-Lemaître and Ségolène again.",
        ["Ségolène Fauré-Lemaître"],
    ),
    (
        FILLER + "Łucja Żmudzińska met Óscar Ibáñez. Żmudzińska, Ibáñez, Óscar, Łucja. " + FILLER,
        ["Łucja Żmudzińska", "Óscar Ibáñez"],
    ),
    (
        "Annabel Hollingsworth. "
        + FILLER * 2
        + "HollingsworthHollingsworth Hollingsworth_x Hollingsworth.",
        ["Annabel Hollingsworth"],
    ),
    (
        "Ottilie O'Ocallaghan. "
        + FILLER * 2
        + "O'OcallaghanO'Ocallaghan O'Ocallaghan'O'Ocallaghan end",
        ["Ottilie O'Ocallaghan"],
    ),
    (
        "Radomir Popescu 😀 and " + FILLER * 2 + ("Popescu \u200b Radomir, " * 300),
        ["Radomir Popescu"],
    ),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_one_pass_finds_what_the_find_loop_finds(text: str, names: list[str]) -> None:
    """Long texts (the one-pass path): the mentions equal those of the ``str.find`` loop."""
    hits = _names(text, *names)
    parts = mentions._parts(text, hits)
    assert len(text) * len(parts) >= mentions.ONE_PASS
    assert mentions._one_pass(parts, _encoded(text)) is not None  # the fast path ran
    one_pass = mentions.mentions(text, hits, _encoded(text))
    assert one_pass == mentions.mentions(text, hits)
    assert one_pass


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (100, 100),
        (mentions.MAX_MENTIONS + 50, mentions.MAX_MENTIONS),
        (3000, mentions.MAX_MENTIONS),
    ],
)
def test_one_pass_keeps_the_bounds(count: int, expected: int) -> None:
    """Past ``MAX_MENTIONS`` (or a pass that meets too many occurrences) the result is still
    the find loop's, cut at the same bound."""
    text = "Wilhelmina Szczepankiewicz wrote. " + "Szczepankiewicz agreed. " * count + FILLER * 3
    hits = _names(text, "Wilhelmina Szczepankiewicz")
    found = mentions.mentions(text, hits, _encoded(text))
    assert found == mentions.mentions(text, hits)
    assert len(found) == expected


@pytest.mark.parametrize(
    ("ends", "expected"),
    [
        ([(4, 0), (6, 0), (8, 0)], [[0, 4], []]),  # "AnAn" in "AnAnAnAn": 0 and 4, not 2
        ([(4, 0), (5, 1)], [[0], [2]]),  # other parts may overlap
        ([(3, 1), (7, 0)], [[3], [0]]),
    ],
)
def test_positions_skip_overlaps_per_part(
    ends: list[tuple[int, int]], expected: list[list[int]]
) -> None:
    """Occurrences of one part overlapping an earlier one are dropped, as ``str.find`` skips
    them; occurrences of other parts are not."""
    assert mentions._positions(["AnAn", "Bob"], ends, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ottilie Hollingsworth, " + FILLER * 2 + "Later Hollingsworth wrote, Ottilie too.",
        "Mette Kjærsgaard Ødegård came. " + FILLER * 3 + "Then Ødegård and Kjærsgaard, then Mette.",
    ],
)
def test_classifier_mentions_in_long_requests(
    classifier: Classifier, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Through the classifier, a long request finds the later mentions, and the same findings
    as with the one-pass search turned off."""
    found = classifier.classify([TextPart("t", text)]).findings
    assert sum(f.type == PERSON for f in found) >= 3
    monkeypatch.setattr(mentions, "ONE_PASS", 10**12)
    assert classifier.classify([TextPart("t", text)]).findings == found
