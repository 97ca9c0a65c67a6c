"""Encoded blobs inside texts: base64, base64url, hex and percent-encoding, decoded to be scanned.

A model reads ``REU4OSAzNzA0IDAwNDQg…`` as an IBAN as soon as it is asked to decode it, so the
classifier must too. The hyperscan pass flags the end of every run of encoding characters of
at least ``MIN_RUN`` characters (and every cluster of three ``%XX`` escapes); this module finds
where the run starts, decodes it, and says whether the result is *text* (valid UTF-8, mostly
printable). Text is scanned like any other part, findings placed on the blob; binary (a hash,
an image, random key material) is not text and yields nothing here; a text blob too large to
decode within the bounds is reported so the caller can mark it unscannable (fail closed).
Pure: no I/O, no clock.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

import hyperscan

from proxy.classify.spoken import Spoken, decode, woken

#: Characters of base64, base64url and hex (``=`` only as padding at the end).
_RUN_CHARS = string.ascii_letters + string.digits + "+/_-"
#: Shortest run worth decoding: 12 base64 characters carry 9 bytes (a DNI, a short password).
MIN_RUN = 12
#: Prefilters of the blob database: the end of a run holding at least two capitals, digits,
#: ``+`` or ``/`` (hex of text always does, base64 nearly always: 6 of 600,000 encodings of
#: 9–40-character snippets of prose did not — "rlijk vier" is ``cmxpamsgdmllcg==`` — while a
#: long plain word like "Krankenversicherung" never wakes Python), and three percent
#: escapes close together. Their own database: in the detectors' one the literal-free run
#: pattern slowed the whole scan by 47 µs per 16 KB of ordinary text; alone it takes about
#: 11 µs (timed 2026-12-03; 24 µs for a pattern that also woke on plain words).
RUN_PREFILTER = r"(?:[A-Za-z0-9+/_\-]*[A-Z0-9+/]){2}[A-Za-z0-9+/_\-]*=*(?:[^A-Za-z0-9+/=_\-]|$)"
PERCENT_PREFILTER = r"%[0-9A-Fa-f]{2}[^\s%]{0,40}%[0-9A-Fa-f]{2}[^\s%]{0,40}%[0-9A-Fa-f]{2}"
#: The kinds of blob, by pattern id.
BLOB_KINDS = ("run", "percent")
#: Largest blob decoded (characters); a longer blob that is text is unscannable.
MAX_BLOB = 262_144
#: How much of a blob is decoded first to tell text from binary.
_PROBE = 4096
_DELIMITER = re.compile(r"[\s\"'<>]")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_HEX = frozenset(string.hexdigits)
_B64URL = str.maketrans("-_", "+/")
#: A run → its decoded text (``partial``: a prefix, which may end inside a character).
_Decoder = Callable[[str, bool], "str | None"]


@dataclass(frozen=True, slots=True)
class Blob:
    """A decoded blob at ``[start, end)`` of the scanned text; ``text`` is ``None`` when the
    blob is text but over the bounds (unscannable)."""

    start: int
    end: int
    text: str | None


#: ``MIN_RUN`` encoding characters (and ``=`` padding) right before a run's end.
_RUN_TAIL = re.compile(rb"[A-Za-z0-9+/_\-=]{%d}" % MIN_RUN)
_RUN_BYTES = frozenset(bytes([c]) for c in (_RUN_CHARS + "=").encode())


def long_run(data: bytes, end: int) -> bool:
    """Whether the run whose prefilter match ends at byte ``end`` of ``data`` (just after the
    character that closes the run, or at the end of the data) is ``MIN_RUN`` long or more.

    The prefilter flags every word with two capitals, so a text in capitals flags each word;
    these short runs are dropped here, before they count against the scan's candidate budget
    (a length bound inside the pattern, hyperscan's ``min_length`` or start-of-match tracking,
    made the blob scan of ordinary text four times slower: 4.3 against 1.1 ms per MB)."""
    stop = end if end == len(data) and data[end - 1 : end] in _RUN_BYTES else end - 1
    return stop >= MIN_RUN and _RUN_TAIL.fullmatch(data, stop - MIN_RUN, stop) is not None


def blob_database() -> hyperscan.Database:
    """The compiled blob prefilters (ids index ``BLOB_KINDS``)."""
    patterns = (RUN_PREFILTER, PERCENT_PREFILTER)
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[p.encode() for p in patterns],
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=[0] * len(patterns),
    )
    return database


def run_at(text: str, lo: int, end: int) -> tuple[int, int]:
    """The run of encoding characters that ends just before ``end`` (``=`` padding kept).

    Walks back in chunks with ``rstrip`` (C speed), so the cost is the run's length, never
    the text's.
    """
    stop = end
    while stop > lo and text[stop - 1] not in _RUN_CHARS and text[stop - 1] != "=":
        stop -= 1  # the prefilter's terminator
    body_end = stop
    while body_end > lo and text[body_end - 1] == "=":
        body_end -= 1
    start = body_end
    size = 64
    while start > lo:
        chunk = text[max(lo, start - size) : start]
        kept = chunk.rstrip(_RUN_CHARS)
        start -= len(chunk) - len(kept)
        if kept:
            break
        size = min(size * 4, _PROBE)
    return start, stop


def plausible(run: str) -> bool:
    """Whether a run may be an encoding rather than a word: a plain word (lower case,
    capitalised or all capitals, like "Krankenversicherung") is not decoded."""
    body = run.rstrip("=")
    return not (body.isalpha() and (body[1:].islower() or body.isupper()))


def decode_run(text: str, start: int, stop: int) -> Blob | None:
    """Decode the run ``text[start:stop]`` as hex or base64(url); ``None`` unless it is text."""
    raw = text[start:stop]
    if len(raw) < MIN_RUN:
        return None
    stripped = raw.rstrip("=")
    if len(stripped) % 2 == 0 and all(c in _HEX for c in stripped[:_PROBE]):
        blob = _decoded(raw, start, stop, _hex)
        if blob is not None:
            return blob
    return _decoded(raw, start, stop, _b64)


def percent_token(text: str, lo: int, hi: int, end: int) -> tuple[int, Blob | None]:
    """The end of the token (up to whitespace, quotes or angle brackets) around ``end``, and
    the token decoded when it is percent-encoded UTF-8 text (over ``MAX_BLOB`` characters:
    unscannable, ``text`` None)."""
    stop_match = _DELIMITER.search(text, end, hi)
    stop = stop_match.start() if stop_match else hi
    start = end
    size = 64
    while start > lo:
        chunk_start = max(lo, start - size)
        found = list(_DELIMITER.finditer(text, chunk_start, start))
        if found:
            start = found[-1].end()
            break
        start = chunk_start
        size = min(size * 4, _PROBE)
    if stop - start > MAX_BLOB:
        return stop, Blob(start, stop, None)
    raw = text[start:stop]
    if not _PERCENT_ESCAPE.search(raw):
        return stop, None
    try:
        decoded = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        return stop, None
    return stop, (Blob(start, stop, decoded) if _is_text(decoded) else None)


def _decoded(raw: str, start: int, stop: int, decode: _Decoder) -> Blob | None:
    """Probe the first bytes; decode the whole run only when it is text and within bounds."""
    partial = len(raw) > _PROBE
    probe = decode(raw[:_PROBE] if partial else raw, partial)
    if probe is None or not _is_text(probe, partial=partial):
        return None
    if len(raw) > MAX_BLOB:
        return Blob(start, stop, None)
    whole = decode(raw, False) if partial else probe
    if whole is None or not _is_text(whole):
        return None
    return Blob(start, stop, whole)


def _hex(raw: str, partial: bool) -> str | None:
    try:
        return _utf8(bytes.fromhex(raw), partial)
    except ValueError:
        return None


def _b64(raw: str, partial: bool) -> str | None:
    body = raw.rstrip("=").translate(_B64URL)
    if len(body) % 4 == 1:
        return None
    try:
        data = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _utf8(data, partial)


def _utf8(data: bytes, partial: bool) -> str | None:
    """Strict UTF-8; a prefix may lose up to three bytes of a character cut at its end."""
    for cut in range(4 if partial else 1):
        try:
            return data[: len(data) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def _is_text(value: str, *, partial: bool = False) -> bool:
    """Mostly printable characters (a truncated probe may end inside a character)."""
    if not value or (not partial and len(value) < 4):
        return False
    printable = sum(c.isprintable() or c in "\n\r\t" for c in value)
    return printable >= 0.9 * len(value) and any(c.isalnum() for c in value)


def decode_blobs(
    joined: str, starts: list[int], lengths: list[int], ends: list[tuple[str, int]]
) -> list[tuple[int, Blob | Spoken]]:
    """Decode the encoded runs (and percent-encoded tokens) the scan flagged: the blobs that
    are text, or too large to decode (``text`` None), with offsets local to their string; and
    the text around number words, written in digits (``Spoken``)."""
    out: dict[tuple[int, int], tuple[int, Blob | Spoken]] = {}
    covered = -1  # a long percent-encoded token is flagged at every third escape: decode once
    spoken_to = spoken_from = -1  # the number words of one stretch are written out once
    for kind, end in ends:
        index = bisect.bisect_right(starts, end - 1) - 1
        lo, hi = starts[index], starts[index] + lengths[index]
        if kind in ("year", "spoken"):
            end = min(end, hi)
            if end <= spoken_to or not woken(joined, lo, hi, end, year=kind == "year"):
                continue
            # each stretch is read once, whether worth it or not; a run is written in digits
            # once (the next stretch keeps it in words, as the context of its own runs:
            # "… vier, PESEL pięć siedem …")
            spoken, spoken_to = decode(joined, lo, hi, end, spoken_from)
            if spoken is not None:
                spoken_from = spoken.end
                out[(spoken.start, -spoken.end)] = (index, spoken.shifted(-lo))
            continue
        if kind == "run":
            start, stop = run_at(joined, lo, min(end, hi))
            blob = decode_run(joined, start, stop) if plausible(joined[start:stop]) else None
        elif end <= covered:
            continue
        else:
            covered, blob = percent_token(joined, lo, hi, min(end, hi))
        if blob is not None and (blob.start, blob.end) not in out:
            local = Blob(blob.start - lo, blob.end - lo, blob.text)
            out[(blob.start, blob.end)] = (index, local)
    return list(out.values())
