"""The validated hits of one scan, resolved: nested duplicates dropped, and the later mentions
of a person already found added ("Anna Kowalska ... Kowalska agreed").

A name found once (with its given name, a cue or a surname) makes every other stand-alone
occurrence of its parts a mention of that person: the surname alone, or the given name alone,
anywhere in the request's texts. Pure: it reads the scan text and the validated hits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import accumulate

from proxy.classify._base import Hit
from proxy.classify.detectors import _names_data as data
from proxy.classify.taxonomy import Finding

PERSON = "pii.person_name"
_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’-]*")
#: Characters glued before a word that make it part of something else (an address, a path).
_GLUE = frozenset("_.@/\\#$%&*+=<>-")
_PARTICLES = frozenset(w for p in data.PARTICLES for w in p.split())
#: At most this many parts are looked for (each part costs one scan of the text).
MAX_PARTS = 64
MAX_MENTIONS = 256
#: At most this many occurrences are looked at, found or already covered (a bound on the work).
MAX_STEPS = 20_000


def _parts(text: str, names: Sequence[Hit]) -> list[str]:
    """The capitalised parts of the names found that can stand alone as a mention."""
    parts: set[str] = set()
    for hit in names:
        for token in _TOKEN.findall(text[hit.start : hit.end]):
            plain = token.rstrip("'’")
            if (
                len(plain) > 2
                and plain[0].isupper()
                and plain.lower() not in _PARTICLES
                and plain.lower() not in data.COMMON
                and plain not in data.AMBIGUOUS
                and plain not in data.NOT_NAME
            ):
                parts.add(plain)
    return sorted(parts, key=lambda p: (-len(p), p))[:MAX_PARTS]


def mentions(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """Hits for the stand-alone mentions of the people among ``hits`` (none already covered).

    Each part is looked for with ``str.find`` (a fast scan), not a regex alternation over the
    whole text, which would cost more than the rest of the classifier on a long request.
    """
    names = [h for h in hits if h.type == PERSON]
    if not names:
        return []
    spans = sorted((h.start, h.end) for h in names)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    out: list[Hit] = []
    steps = 0
    for part in _parts(text, names):
        pos = text.find(part)
        while pos >= 0 and len(out) < MAX_MENTIONS and steps < MAX_STEPS:
            steps += 1
            end = pos + len(part)
            if _alone(text, pos, end) and not _covered(starts, reach, pos, end):
                out.append(Hit(PERSON, None, pos, end))
            pos = text.find(part, end)
    return out


def _covered(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether a name span holds ``[start, end)``: among the spans starting at or before
    ``start``, the furthest end reaches ``end`` (``reach`` is the running maximum of ends)."""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and reach[index] >= end


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word (not inside a word, an address or a path)."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    if before.isalnum() or before in _GLUE or (after[:1].isalnum() or after[:1] in "_@"):
        return False
    return not (after[:1] == "-" and after[1:2].isalnum())


def resolve(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits kept (see ``_dedupe``) and the mentions of the people among them."""
    kept = _dedupe(hits)
    return kept + mentions(text, kept)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """Drop exact duplicates and hits inside another hit of an equal or higher level.

    A value inside another finding (a phone number inside an IBAN, a password inside a
    private key block) is not counted twice.
    """
    ordered = sorted(set(hits), key=_order)
    kept: list[Hit] = []
    for hit in ordered:
        if any(
            k.start <= hit.start and hit.end <= k.end and _rank(k) >= _rank(hit) for k in kept[-8:]
        ):
            continue
        kept.append(hit)
    return kept


def _order(hit: Hit) -> tuple[int, int, int, bool, str, str]:
    """Outer hits first, then the higher level, then the more specific (a provider's key
    before a generic password over the same span), then by name: never the order of a set,
    which changes with the process's hash seed."""
    return (hit.start, -hit.end, -_rank(hit), hit.subtype is None, hit.type, hit.subtype or "")


def _rank(hit: Hit) -> int:
    """The level a hit signals (used to decide which of two nested hits to keep)."""
    return int(Finding(hit.type, hit.subtype, hit.start, hit.end).level())
