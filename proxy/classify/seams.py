"""Text split across parts: the seams between neighbouring parts, scanned joined.

An IBAN sent as three content parts, or a diagnosis one word per message, is one value to the
model that reads the request, but no part holds it whole. So the classifier also scans *seam
groups*: the end of one part, then the start of the next (a part of at most ``2 * REACH``
characters is taken whole, so a run of short parts forms one group), joined twice — with a
space (words one per part) and with nothing (a value cut mid-token). A hit in a group becomes a
finding in every part it touches that the ordinary scan has not covered (``seam_findings``). A hit
inside one part counts too when only the group reveals it (the cue "PESEL" in the message
before the number). Bounded: a group holds at most ``REACH`` characters of a long part on each
side, so the seams cost at most two more scans of the request. Pure.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from proxy.classify._base import Hit
from proxy.classify.detectors import _names_data as data
from proxy.classify.normalize import View
from proxy.classify.taxonomy import Finding, TextPart

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
    join: str = " "

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
    return Group(text, tuple(segments), tuple(s[0] for s in segments), join)


def seam_findings(
    texts: Sequence[TextPart],
    views: list[View | None],
    groups: list[Group],
    found: list[tuple[int, Hit]],
    joined: list[tuple[int, Hit]],
) -> list[Finding]:
    """Findings that only the seam groups reveal, one per part they touch.

    A seam hit that overlaps a finding of the same type in one of its parts is the rest of
    that value (a given name found alone and the surname in the next part, a surname cut
    mid-token): the parts it adds are findings, so that redaction leaves no piece behind. It
    is dropped only when glued without a space onto a finding that does not reach the seam.
    """
    strings = [t.text if v is None else v.text for t, v in zip(texts, views, strict=True)]
    known: dict[tuple[int, str], list[Hit]] = {}
    for index, hit in found:
        known.setdefault((index, hit.type), []).append(hit)
    out: list[Finding] = []
    for group_index, hit in joined:
        pieces = groups[group_index].pieces(hit.start, hit.end)
        near: list[Sequence[Hit]] = [known.get((part, hit.type), []) for part, _, _ in pieces]
        seen = [
            any(k.start < hi and lo < k.end for k in ks)
            for (_, lo, hi), ks in zip(pieces, near, strict=True)
        ]
        glued = not groups[group_index].join
        if glued and not _at_seam(pieces, near, strings):
            continue
        out.extend(
            place(texts[p].part, views[p], hit, lo, hi)
            for (p, lo, hi), old in zip(pieces, seen, strict=True)
            if not old and (glued or not any(seen) or _goes_on(hit.type, strings[p][lo:hi]))
        )
    return out


def _goes_on(type_: str, piece: str) -> bool:
    """Whether a piece in the next part, joined as a word onto a value already found, is the
    rest of it: for a name, a surname or given name ("Jadwiga" | "Szelągowska"), not the next
    message's first word ("Maria" | "Sure! How can I help?")."""
    if type_ != "pii.person_name":
        return True
    word = piece.split()[0].strip(".,;:!?") if piece.split() else ""
    if word.lower() in data.COMMON or word in data.NOT_NAME:
        return False
    return word in data.SURNAMES or word in data.GIVEN or data.shaped(word)


def _at_seam(
    pieces: list[tuple[int, int, int]], near: Sequence[Sequence[Hit]], strings: list[str]
) -> bool:
    """Whether the known findings the seam hit overlaps go on across the seam: each reaches
    its part's end or start, and the text does not turn from lower case to a capital there
    (an address glued onto the next message's "IBAN" or "Thanks" is not one value)."""
    for (part, lo, hi), ks in zip(pieces, near, strict=True):
        for k in ks:
            if not (k.start < hi and lo < k.end):
                continue
            text = strings[part]
            if k.end == len(text) and part + 1 < len(strings):
                if text[-1:].islower() and strings[part + 1][:1].isupper():
                    return False
            elif k.start != 0:
                return False
    return True


def place(part: str, view: View | None, hit: Hit | Finding, start: int, end: int) -> Finding:
    """A finding of ``hit``'s type at view offsets ``[start, end)``, in original offsets."""
    if view is None:
        return Finding(hit.type, hit.subtype, start, end, part)
    return Finding(hit.type, hit.subtype, view.start(start), view.end(end), part)
