"""Text split across parts: the seams between neighbouring parts, scanned joined.

An IBAN sent as three content parts, or a diagnosis one word per message, is one value to the
model that reads the request, but no part holds it whole. So the classifier also scans *seam
groups*: the end of one part, then the start of the next (a part of at most ``2 * REACH``
characters is taken whole, so a run of short parts forms one group), joined twice — with a
space (words one per part) and with nothing (a value cut mid-token). A hit in a group becomes a
finding in every part it touches; the caller drops those the ordinary scan already has. A hit
inside one part counts too when only the group reveals it (the cue "PESEL" in the message
before the number). Bounded: a group holds at most ``REACH`` characters of a long part on each
side, so the seams cost at most two more scans of the request. Pure.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

#: Characters of a long part's start and end that join its neighbours' seams.
REACH = 96
#: The two ways parts are joined: as words, and as pieces of one token.
JOINS = (" ", "")


#: A slice ``[lo, hi)`` of part ``index``, placed at ``at`` in its group's text:
#: ``(at, index, lo, hi)``.
Segment = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Group:
    """Neighbouring slices of parts, joined into ``text``; segments sorted by ``at``."""

    text: str
    segments: tuple[Segment, ...]
    ats: tuple[int, ...]

    def pieces(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """``(part index, lo, hi)`` of each part a hit at ``[start, end)`` touches."""
        out: list[tuple[int, int, int]] = []
        first = max(0, bisect.bisect_right(self.ats, start) - 1)
        for at, index, lo, hi in self.segments[first:]:
            if at >= end:
                break
            if start < at + (hi - lo):
                out.append((index, lo + max(0, start - at), lo + min(hi - lo, end - at)))
        return out


def seam_groups(texts: list[str]) -> list[Group]:
    """The seam groups of the parts' texts, once per join (none for a single part)."""
    if len(texts) < 2:
        return []
    chains: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    for index, text in enumerate(texts):
        if not text:
            continue
        if len(text) <= 2 * REACH:
            current.append((index, 0, len(text)))
            continue
        current.append((index, 0, REACH))
        chains.append(current)
        current = [(index, len(text) - REACH, len(text))]
    chains.append(current)
    chains = [chain for chain in chains if len({i for i, _, _ in chain}) > 1]
    return [_group(chain, texts, join) for join in JOINS for chain in chains]


def _group(slices: list[tuple[int, int, int]], texts: list[str], join: str) -> Group:
    """Lay the slices out with ``join`` between them."""
    segments: list[Segment] = []
    at = 0
    step = len(join)
    for index, lo, hi in slices:
        segments.append((at, index, lo, hi))
        at += hi - lo + step
    text = join.join([texts[index][lo:hi] for index, lo, hi in slices])
    return Group(text, tuple(segments), tuple(s[0] for s in segments))
