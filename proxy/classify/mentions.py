"""The validated hits of one scan, resolved: nested duplicates dropped, and the later mentions
of a person already found added ("Anna Kowalska ... Kowalska agreed").

A name found once (with its given name, a cue or a surname) makes every other stand-alone
occurrence of its parts a mention of that person: the surname alone, or the given name alone,
anywhere in the request's texts. Pure: it reads the scan text and the validated hits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from itertools import accumulate

import hyperscan

from proxy.classify._base import Hit
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_partners import partners
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
#: From this many characters times parts on, the parts are found in one hyperscan pass over the
#: scan's UTF-8 (compiled per request, about 0.1 ms) instead of one ``str.find`` per part
#: (about 0.5 ms per part and MB of text).
ONE_PASS = 400_000
#: A pass that meets more occurrences than this stops; the parts are then found one by one
#: (each ``str.find`` loop stops at the bounds above, a pass could not).
_PASS_LIMIT = 4 * MAX_MENTIONS
#: UTF-8 bytes of a scan text and their continuation-byte map (``None`` when ASCII).
Encoded = tuple[bytes, bytes | None]


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


def mentions(text: str, hits: Sequence[Hit], encoded: Encoded | None = None) -> list[Hit]:
    """Hits for the stand-alone mentions of the people among ``hits`` (none already covered).

    Each part is looked for with ``str.find`` (a fast scan), not a regex alternation over the
    whole text, which would cost more than the rest of the classifier on a long request; with
    ``encoded`` (``text`` as UTF-8) and a long text, all parts in one pass (see ``ONE_PASS``).
    """
    names = [h for h in hits if h.type == PERSON]
    if not names:
        return []
    spans = sorted((h.start, h.end) for h in names)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    out: list[Hit] = []
    steps = 0
    parts = _parts(text, names)
    found = _one_pass(parts, encoded) if len(text) * len(parts) >= ONE_PASS else None
    for index, part in enumerate(parts):
        for pos in _finds(text, part) if found is None else found[index]:
            if len(out) >= MAX_MENTIONS or steps >= MAX_STEPS:
                break
            steps += 1
            end = pos + len(part)
            if _alone(text, pos, end) and not _covered(starts, reach, pos, end):
                out.append(Hit(PERSON, None, pos, end))
    return out


def _finds(text: str, part: str) -> Iterator[int]:
    """The offsets of ``part`` in ``text``, left to right, not overlapping (as ``str.find``
    finds them one after the other)."""
    pos = text.find(part)
    while pos >= 0:
        yield pos
        pos = text.find(part, pos + len(part))


def _one_pass(parts: list[str], encoded: Encoded | None) -> list[list[int]] | None:
    """For each part, what ``_finds`` gives, from one hyperscan pass over the UTF-8 bytes of
    the text (a part, UTF-8 too, can only match at a character's first byte); ``None`` when
    there are no bytes, or the pass meets more than ``_PASS_LIMIT`` occurrences."""
    if encoded is None or not parts:
        return None
    data, cont = encoded
    ends: list[tuple[int, int]] = []

    def on_match(part: int, _start: int, end: int, _flags: int, _ctx: object) -> bool:
        """Record one occurrence; returning True stops the pass."""
        ends.append((end, part))
        return len(ends) > _PASS_LIMIT

    try:
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(
            expressions=[part.encode("utf-8") for part in parts],
            ids=list(range(len(parts))),
            elements=len(parts),
            flags=[0] * len(parts),
            literal=True,
        )
        database.scan(data, match_event_handler=on_match, scratch=hyperscan.Scratch(database))
    except hyperscan.error:  # ScanTerminated among them
        return None
    return _positions(parts, sorted(ends), cont)


def _positions(
    parts: list[str], ends: list[tuple[int, int]], cont: bytes | None
) -> list[list[int]]:
    """The byte ends of the occurrences, sorted, as character starts per part, overlapping
    ones dropped as ``_finds`` skips them ("AnAnAn" holds "AnAn" once)."""
    found: list[list[int]] = [[] for _ in parts]
    after = [0] * len(parts)  # where the next occurrence of each part may start
    chars = byte = 0
    for end, index in ends:
        chars += end - byte - (0 if cont is None else cont.count(1, byte, end))
        byte = end
        start = chars - len(parts[index])
        if start >= after[index]:
            found[index].append(start)
            after[index] = chars
    return found


def _covered(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether a name span holds ``[start, end)``: among the spans starting at or before
    ``start``, the furthest end reaches ``end`` (``reach`` is the running maximum of ends)."""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and reach[index] >= end


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word (not inside a word, an address or a path)."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    if before.isalnum() or before in _GLUE or after[:1].isalnum() or after[:1] in ("_", "@"):
        return False
    return not (after[:1] == "-" and after[1:2].isalnum())


def resolve(text: str, hits: list[Hit], encoded: Encoded | None = None) -> list[Hit]:
    """The hits kept (see ``_dedupe``) and the mentions of the people among them (``encoded``:
    ``text`` as UTF-8 and its continuation map, when the caller has them)."""
    kept = _dedupe(hits)
    kept += partners(text, kept)
    return kept + mentions(text, kept, encoded)


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
