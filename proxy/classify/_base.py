"""Detector plumbing shared by every detector module.

A detector is two patterns: a cheap *prefilter* compiled into the one hyperscan database that
scans the whole request once, and an exact Python pattern that runs only in a small window
around each prefilter hit, followed by a validator (checksum, context cues, placeholders).
Ordinary text with no candidate never reaches Python code beyond the single scan.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol


class Hit(NamedTuple):
    """A validated finding in scan coordinates (offsets into the joined scan text)."""

    type: str
    subtype: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Scan:
    """The text a validator sees: the joined request text and the bounds of the current part."""

    text: str
    lo: int
    hi: int

    def before(self, pos: int, size: int) -> str:
        """Up to ``size`` characters before ``pos``, never crossing into another part."""
        return self.text[max(self.lo, pos - size) : pos]

    def after(self, pos: int, size: int) -> str:
        """Up to ``size`` characters after ``pos``, never crossing into another part."""
        return self.text[pos : min(self.hi, pos + size)]

    def around(self, start: int, end: int, size: int) -> str:
        """The span widened by ``size`` characters on each side, inside the part."""
        return self.text[max(self.lo, start - size) : min(self.hi, end + size)]


Validator = Callable[["re.Match[str]", Scan], Iterable[Hit]]


class Needs(Protocol):
    """What every match of a detector's pattern holds (``Detector.needs``): a compiled pattern,
    or any object with the same ``search`` (not ``None`` when the window may hold a match)."""

    def search(self, string: str, pos: int = ..., endpos: int = ..., /) -> object: ...


@dataclass(frozen=True, slots=True)
class Detector:
    """One detector: a hyperscan prefilter, an exact pattern and its validator.

    ``back``/``ahead`` bound the window (in characters) around a prefilter hit's end offset in
    which the exact pattern runs; they must cover the longest match the pattern can make.
    ``needs``, when set, is found in every match of ``pattern`` (a digit in a date): a window
    without it is skipped, one ``search`` at C speed instead of the exact pattern tried at each
    of its positions (a birth cue in ordinary text is rarely near a digit). ``per_part``
    marks a prefilter that fires once at the start of every part: its hits are not counted
    against the hit budget, and it does not run on the seam groups (slices cut inside parts).
    """

    name: str
    prefilter: str
    pattern: re.Pattern[str]
    validate: Validator
    back: int = 64
    ahead: int = 64
    caseless: bool = False
    unicode: bool = False
    needs: Needs | None = None
    per_part: bool = False


#: Shared prefilter of every detector whose values start with a digit (or "+"): one engine
#: instead of one per scheme. Candidates are digit runs with separators, starting at a boundary.
DIGITS = r"(?:\+|\b)\d[\d \-./()]{5,40}\d"
#: Shared prefilter of codes that start with capitals and digits (IBAN, VAT, codice fiscale,
#: NIE, NINO, ICD-10).
CODES = r"\b[A-Z]{1,6}[ \-]?[A-Z]?\d{2}"


#: What every match of a pattern that holds a number holds (``Detector.needs``).
DIGIT = re.compile(r"\d")


#: Letters NFD does not split into a base letter and a mark.
_UNSPLIT = str.maketrans({"ł": "l", "œ": "oe", "ß": "ss", "ø": "o", "æ": "ae"})
#: German umlauts as written without them.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def unaccented(terms: Iterable[str]) -> tuple[str, ...]:
    """The spellings of lower-case ``terms`` without their accents that the terms lack
    ("cardíaca" → "cardiaca", "otyłość" → "otylosc"; "migräne" → "migrane" and "migraene"),
    sorted."""
    known = set(terms)
    out: set[str] = set()
    for term in known:
        for text in (term, term.translate(_UMLAUTS)):
            decomposed = unicodedata.normalize("NFD", text.translate(_UNSPLIT))
            out.add("".join(c for c in decomposed if not unicodedata.combining(c)))
    return tuple(sorted(out - known))


def words(text: str) -> tuple[str, ...]:
    """Split a ``|``-separated word list (compact data tables for lexicons and cues)."""
    return tuple(text.split("|"))


def literal_alternation(words: Iterable[str]) -> str:
    """A flat alternation of literal words, longest first (for hyperscan prefilters, whose
    compiler extracts literals from flat alternations best). Ties are in alphabetical order, so
    the pattern is the same in every process (a set's order changes with the hash seed)."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(w) for w in ordered)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, as a character trie (for Python ``re``).

    A flat alternation of hundreds of words makes ``re`` try every word at every position; the
    trie shares prefixes, so a failed position costs one character test. Longer words win
    (greedy optional tails), as in a longest-first alternation.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def top_level(pattern: str) -> list[str]:
    """The alternatives of a regular expression at its top level ("a(?:b|c)|d" → two)."""
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            pieces.append(pattern[start:index])
            start = index + 1
    return [*pieces, pattern[start:]]


def by_first_letter(pattern: str) -> str:
    """The same alternation grouped by first letter (case-insensitive patterns): ``re`` then
    tests one character per position instead of every alternative (half the time on symptom
    words, 2026-12-05). Every alternative starts with a letter that no quantifier follows."""
    groups: dict[str, list[str]] = {}
    for piece in top_level(pattern):
        if not piece[:1].isalpha() or piece[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not led by a plain letter: {piece!r}")
        groups.setdefault(piece[0].lower(), []).append(piece[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(groups.items()))


def _trie_regex(node: dict[str, dict[str, Any]]) -> str:
    """The regex of one trie node."""
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def hs_words(words: Iterable[str], *, suffixes: bool = False, prefixes: bool = False) -> str:
    """A hyperscan prefilter alternation of whole words, with ``\\b`` only beside ASCII.

    Hyperscan's ``\\b`` is ASCII-only in UTF-8 mode: before "Ś" or after "é" it would never
    match, so those sides go without one (a superset; the exact pattern decides). With
    ``suffixes`` the words may go on (plurals, inflections); with ``prefixes`` they may be the
    end of a longer name (``DB_PASSWORD``).
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in sorted(set(words)):
        key = (_wordy(word[:1]) and not prefixes, _wordy(word[-1:]) and not suffixes)
        groups.setdefault(key, []).append(word)
    parts = [
        ("\\b" if lead else "") + "(?:" + literal_alternation(group) + ")" + ("\\b" if tail else "")
        for (lead, tail), group in sorted(groups.items())
    ]
    return "(?:" + "|".join(parts) + ")"


def _wordy(char: str) -> bool:
    """Whether a character is an ASCII word character (where hyperscan's ``\\b`` works)."""
    return char.isascii() and (char.isalnum() or char == "_")


def compact(value: str) -> str:
    """The value without separators (spaces, dots, dashes, slashes), upper-cased."""
    return re.sub(r"[\s.\-/]", "", value).upper()
