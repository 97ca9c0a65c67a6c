"""The engine's fast paths find what the general ones find: a value in one part of a request
with many parts (each prefilter hit searched for its part) is found at the same offsets as in a
request of that part alone (one part: no search), and validators sharing one ``Scan`` per part
see only their part."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

FILLER = "We shipped version 2.4.1 last week and the dashboard looks fine. "
VALUES = [
    "Patient has type 2 diabetes, says my brother Tomasz.",
    "My colleague Marta Wiśniewska will call you.",
    "Write to jan.kowalski.1987@gmx.de or call +48 601 234 567.",
    "Dear Mr. Hollingsworth, thank you.",
    "password: Tr0ub4dor&3xyz",
]


def _found(classifier: Classifier, parts: list[TextPart]) -> list[tuple[str, str, int, int]]:
    """(part, type, start, end) of the findings."""
    return [(f.part, f.type, f.start, f.end) for f in classifier.classify(parts).findings]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("count", [3, 12])
def test_value_in_one_of_many_parts_is_found_as_alone(
    classifier: Classifier, value: str, count: int
) -> None:
    """The part holding the value yields the findings it yields alone; the others none."""
    alone = _found(classifier, [TextPart("m[1]", FILLER * 3 + value)])
    assert alone
    parts = [TextPart(f"m[{i}]", FILLER * 3) for i in range(count)]
    parts[1] = TextPart("m[1]", FILLER * 3 + value)
    assert _found(classifier, parts) == alone


@pytest.mark.parametrize("value", VALUES)
def test_values_in_several_parts_keep_their_own_offsets(classifier: Classifier, value: str) -> None:
    """The same value in two parts of different lengths: each found at its own offset."""
    parts = [TextPart("a", value), TextPart("b", FILLER + value), TextPart("c", FILLER)]
    found = _found(classifier, parts)
    starts = {(part, start) for part, _, start, _ in found}
    assert any(part == "a" for part, _ in starts)
    assert any(part == "b" and start >= len(FILLER) for part, start in starts)
    shifted = sorted((t, s - len(FILLER), e - len(FILLER)) for p, t, s, e in found if p == "b")
    assert shifted == sorted((t, s, e) for p, t, s, e in found if p == "a")
