"""The classifier's prefilters compiled into hyperscan databases, or loaded from a store.

Compiling takes seconds (tens of thousands of gazetteer literals); a ``DatabaseStore`` (the
file cache in ``proxy.pattern_cache``, given by the caller at the edge) keeps compiled bytes by
a key that hashes everything a database is built from. Without a store this module is pure.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from typing import Protocol

import hyperscan

from proxy.classify._base import Detector


class DatabaseStore(Protocol):
    """Where compiled databases are kept between processes (``proxy.pattern_cache``)."""

    def load(self, key: str) -> bytes | None:
        """The bytes stored for ``key``, if any."""

    def save(self, key: str, data: bytes) -> bool:
        """Keep ``data`` for ``key``; ``False`` when it could not."""


class Targets:
    """The detectors each pattern id triggers, with their widest window, kept compactly: one
    machine int per id and field (the gazetteers give about 100,000 ids; lists and tuples per id
    cost about 170 bytes each). Most ids trigger one detector; the rest are kept apart."""

    __slots__ = ("_detectors", "_first", "_more", "ahead", "back")

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self._first = array("i")
        self._more: dict[int, tuple[int, ...]] = {}
        self.back = array("i")
        self.ahead = array("i")
        self._detectors = detectors

    def add(self, index: int) -> int:
        """A new pattern id, triggering detector ``index``."""
        det = self._detectors[index]
        self._first.append(index)
        self.back.append(det.back)
        self.ahead.append(det.ahead)
        return len(self._first) - 1

    def extend(self, pattern_id: int, index: int) -> None:
        """Detector ``index`` shares pattern ``pattern_id``: its window is widened to fit."""
        det = self._detectors[index]
        self._more[pattern_id] = (*self[pattern_id], index)
        self.back[pattern_id] = max(self.back[pattern_id], det.back)
        self.ahead[pattern_id] = max(self.ahead[pattern_id], det.ahead)

    def __len__(self) -> int:
        return len(self._first)

    def __getitem__(self, pattern_id: int) -> tuple[int, ...]:
        more = self._more.get(pattern_id)
        return (self._first[pattern_id],) if more is None else more


def compile_prefilters(
    detectors: Sequence[Detector], store: DatabaseStore | None = None
) -> tuple[tuple[hyperscan.Database, ...], Targets]:
    """Compile the distinct prefilters into block-mode databases: the pure literals (tens of
    thousands of gazetteer names and terms) with hyperscan's literal compiler, the rest as
    regular expressions. Pattern ids are shared, so a hit means the same from either.

    Detectors that share a prefilter (all digit-led schemes share ``DIGITS``) share one pattern
    id: the ``Targets`` map each pattern id to the detectors it triggers and their window. With
    a ``store``, a database compiled before from the very same patterns is loaded instead. The
    two databases scan about 9 % faster than one holding both (min and median of 15 alternated
    scans of 1 MB of ordinary text, 2026-12-04: 11.5 against 12.6 ms).
    """
    ids: dict[tuple[str, int], int] = {}
    targets = Targets(detectors)
    for index, det in enumerate(detectors):
        flag = hyperscan.HS_FLAG_CASELESS if det.caseless else 0
        if det.unicode:
            flag |= hyperscan.HS_FLAG_UTF8
        key = (hs_pattern(det), flag)
        pattern_id = ids.get(key)
        if pattern_id is None:
            ids[key] = targets.add(index)
        else:
            targets.extend(pattern_id, index)
    literals: list[tuple[bytes, int, int]] = []
    regexes: list[tuple[bytes, int, int]] = []
    for (pattern, flag), pattern_id in ids.items():
        text = literal_text(pattern)
        if text is None:
            regexes.append((pattern.encode("utf-8"), pattern_id, flag))
        else:  # the literal compiler takes no UTF-8 flag; the bytes are the same
            literals.append((text.encode("utf-8"), pattern_id, flag & hyperscan.HS_FLAG_CASELESS))
    groups = [(group, literal) for group, literal in ((literals, True), (regexes, False)) if group]
    # Hyperscan's compiler lets go of the GIL: the two compile side by side (a cold start takes
    # the longer of the two, not their sum).
    with ThreadPoolExecutor(max_workers=len(groups) or 1) as pool:
        futures = [
            pool.submit(_database, group, literal=literal, store=store) for group, literal in groups
        ]
        databases = tuple(future.result() for future in futures)
    return databases, targets


def literal_database(
    literals: Sequence[str], store: DatabaseStore | None = None
) -> hyperscan.Database:
    """One block-mode database of caseless literals, ids their indexes (from ``store`` when
    it holds one built from exactly these)."""
    patterns = [
        (text.encode("utf-8"), i, hyperscan.HS_FLAG_CASELESS) for i, text in enumerate(literals)
    ]
    return _database(patterns, literal=True, store=store)


def _database(
    patterns: list[tuple[bytes, int, int]], *, literal: bool, store: DatabaseStore | None
) -> hyperscan.Database:
    """One block-mode database of (expression, id, flags): from ``store`` when it holds one
    built from exactly these, else compiled (and given to ``store``)."""
    key = _key(patterns, literal)
    data = store.load(key) if store is not None else None
    if data is not None:
        try:
            return hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
        except hyperscan.error:
            pass  # damaged or from another build: compile
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[expression for expression, _, _ in patterns],
        ids=[pattern_id for _, pattern_id, _ in patterns],
        elements=len(patterns),
        flags=[flag for _, _, flag in patterns],
        literal=literal,
    )
    if store is not None:
        store.save(key, hyperscan.dumpb(database))
    return database


def _key(patterns: list[tuple[bytes, int, int]], literal: bool) -> str:
    """What a database is built from, hashed: the hyperscan package's version (it carries its
    own library), the compiler and every expression with its id and flags (lengths first, so no
    two lists hash alike)."""
    built_by = f"hyperscan {version('hyperscan')}|{literal}|{len(patterns)}|"
    digest = hashlib.sha256(built_by.encode())
    for expression, pattern_id, flag in patterns:
        digest.update(b"%d|%d|%d|" % (len(expression), pattern_id, flag))
        digest.update(expression)
    return digest.hexdigest()


#: Characters that make a prefilter a regular expression unless escaped.
_META = frozenset("[](){}.*+?^$|")


def literal_text(pattern: str) -> str | None:
    """The string a prefilter matches when it is a pure literal ("Anna ", ``Dr\\.``), else
    ``None``. An escaped character counts as itself only when it is not a letter, digit or
    underscore (``\\d``, ``\\b``, ``\\x41`` are classes, assertions or codes)."""
    out: list[str] = []
    escaped = False
    for char in pattern:
        if escaped:
            if char.isalnum() or char == "_":
                return None
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in _META:
            return None
        else:
            out.append(char)
    return None if escaped or not out else "".join(out)


#: The capital after a cue word in byte prefilters: A-Z or the UTF-8 lead byte of a Latin-1 or
#: Latin Extended-A letter ("É", "Ł", "Ż"). In UTF-8 mode hyperscan reads ``\\xC3`` as the code
#: point U+00C3, so there the class means U+00C0 to U+017F (``hs_pattern``).
LEAD_BYTES = "\\xC3-\\xC5"
_LEAD_CHARS = "\\x{C0}-\\x{17F}"


def hs_pattern(det: Detector) -> str:
    """The prefilter as hyperscan takes it.

    Hyperscan's UTF-8 mode folds case for ASCII only (UCP mode would refuse ``\\b``), so in
    Unicode prefilters non-ASCII letters outside classes are expanded to both cases, and the
    lead bytes of accented capitals (``LEAD_BYTES``) become the characters they start: as bytes
    they would be read as "Ã" to "Å" and miss "Émilie" (it also cut one compile from 12 s to
    0.2). Prefilters put ``\\b`` only beside ASCII letters (see ``hs_words``).
    """
    if not det.unicode:
        return det.prefilter
    out: list[str] = []
    depth = 0
    escaped = False
    for char in det.prefilter:
        if escaped:
            out.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif depth == 0 and not char.isascii() and char.lower() != char.upper() and det.caseless:
            out.append(f"[{char.lower()}{char.upper()}]")
        else:
            if char in "[]":
                depth = 1 if char == "[" else 0
            out.append(char)
    return "".join(out).replace(LEAD_BYTES, _LEAD_CHARS)


def char_ends(raw: list[tuple[int, int]], cont: bytes | None) -> list[tuple[int, int]]:
    """(pattern id, character end offset) of the sorted (byte end offset, pattern id) hits of
    a scan of UTF-8 (``cont``: its continuation-byte map, ``None`` when it is ASCII)."""
    if cont is None:
        return [(det, end) for end, det in raw]
    out: list[tuple[int, int]] = []
    count = cont.count
    prev_byte = prev_char = 0
    for end, det in raw:
        if end != prev_byte:  # hits often share an end: nothing to count
            prev_char += (end - prev_byte) - count(1, prev_byte, end)
            prev_byte = end
        out.append((det, prev_char))
    return out
