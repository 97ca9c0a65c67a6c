"""Persons coordinated with a person already found: "alongside Varun Dhawan and Nargis Fakhri",
"Anna Kowalska i Marek Zieliński", "pitchers Hal Newhouser and Dizzy Trout".

The list detector (``_name_lists``) needs three items, or two with a known full name among
them, and its prefilter does not wake on every " and A". Here the evidence is a name the
detectors already found: the item joined to it by a list word ("and", "et", "und", "e", "y",
"en", "i", "oraz", ...), right before or right after it, is a person too when it reads as a
name by itself, as ``_name_lists`` judges list items:

- two tokens of which none is a word of a language we list, a place, a month, a brand, a
  product or an eponym, and one is a known given name or surname or has a surname's shape
  ("Gao Ling", "Oriana Scarpazzoni"; not "Deutsche Bank", "Groove Armada", "Paris"); beside
  a full name, two tokens no list knows do when the second is a surname of the second tier
  that is no word (``_name_tiers``: "Nargis Fakhri", "Azar Karadaş"; not "Banca Intesa",
  "Kuala Lumpur", "Ashok Leyland");
- or one token that is a known given name or surname ("Anna Weber and Marek").

A bare comma is not enough ("Anna Weber, Head Office" and addresses follow commas), except in a
comma list (each comma or semicolon after a note in parentheses or not) that goes on from a
name found: "Paul Ndiaye (AS Mérignac), Théo Vandamme (US Roubaix), Kenza Amrani" — each next
item that reads as a full name by itself (``_name_lists``' "name": a known given name that is
no word, then a surname) is one, and an item standing between two names found ("Marco Ferri,
Abdou Kane, Giulia Conte") is one when it reads as a candidate, or as two or three tokens none
of which is an everyday word; one token there only when it is a known name, and never a role
or a German noun ("Anna Weber, Vorstand, Marek Nowak"). Otherwise an item inside a longer comma
list is the list detector's ("Alice, Bob and …"); a found partner may lead to one more ("A and
B", then "B and C"). Firms, teams and brands named after people stay out ("Kevin Magnussen and
Haas", "Sarah Johnson and Morgan Stanley"). Pure: it reads the text and the hits found; it
costs two anchored matches per name found, and one per comma-list item after one (a walk stops
at the next name found).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from proxy.classify._base import Hit, alternation
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _name_tiers as tiers
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._name_evidence import german_text
from proxy.classify.detectors._name_lists import (
    CAND,
    CONJ,
    NAME,
    PLACEHOLDERS,
    WORDY,
    item_kind,
    known,
    token_kind,
)

PERSON = "pii.person_name"
_TOK = rf"[{UP}](?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)*"
_JOIN = rf",?[ ](?:{alternation(CONJ)})[ ]"
#: The item after a name: up to three tokens, then no further capitalised word.
_AFTER = re.compile(rf"{_JOIN}(?P<item>{_TOK}(?:[ ]{_TOK}){{0,2}})(?:['’]s)?(?![\w'’-]|[ ][{UP}])")
#: The item before a name (matched on the text before it, anchored at its end).
_BEFORE = re.compile(rf"(?<![\w.\-'’@/])(?P<item>{_TOK}(?:[ ]{_TOK}){{0,2}}){_JOIN}\Z")
_PARTICLE_NEXT = re.compile(rf"[ ](?:{alternation(data.PARTICLES)})[ ]", re.I)
_WINDOW = 64
#: Rounds of propagation ("A and B" found, then "B and C" ...): lists longer than this are the
#: list detector's.
_ROUNDS = 2


def partners(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """Hits for the persons coordinated with a person found (see the module docstring)."""
    found = {(h.start, h.end) for h in hits if h.type == PERSON}
    taken = sorted((h.start, h.end) for h in hits)
    chained = sorted({s for s in _between(text, sorted(found)) if not _overlaps(taken, s)})
    found.update(chained)
    fresh = sorted(found)
    out = [Hit(PERSON, None, s, e) for s, e in chained]
    for _ in range(_ROUNDS):
        new = [
            span
            for s, e in fresh
            for span in _beside(text, s, e)
            if span not in found and not _overlaps(taken, span)
        ]
        if not new:
            break
        found.update(new)
        fresh = sorted(set(new))
        out.extend(Hit(PERSON, None, s, e) for s, e in fresh)
    return out


def _overlaps(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether a span overlaps a hit already found ("Smith, John and Brown, Emily": "Brown" is
    part of the next name)."""
    index = bisect.bisect_left(taken, (span[1], span[1]))
    return any(start < span[1] and span[0] < end for start, end in taken[max(0, index - 8) : index])


def _beside(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the items joined to the name at ``start:end`` that read as persons."""
    after = _AFTER.match(text, end, min(len(text), end + _WINDOW))
    head = text[max(0, start - _WINDOW) : start]
    before = _BEFORE.search(head)
    if after is None and before is None:
        return  # most names: no list word beside them (the language test is then not needed)
    german = german_text(text[max(0, start - _WINDOW) : end + _WINDOW])
    full = " " in text[start:end]
    if (
        after
        and not _PARTICLE_NEXT.match(text, after.end())  # "… en Tristan da Cunha"
        and not (" en " in after.group(0) and " " not in after.group("item"))  # "en Virginie"
        and _person(after.group("item").split(" "), german, full)
    ):
        yield after.start("item"), after.end("item")
    if before and not head[: before.start()].endswith(", "):  # a longer list: ``_name_lists``
        toks = before.group("item").split(" ")
        offset = start - len(head) + before.start("item")
        if len(toks) == 3 and toks[0].lower() in data.WORDS and not known(toks[0]):
            offset += len(toks[0]) + 1  # the sentence's first word ("With Nargis Fakhri and")
            toks = toks[1:]
        if _person(toks, german, full):
            yield offset, offset + len(" ".join(toks))


#: A separator of a comma list (after a note in parentheses or not), an item, then another
#: separator, a last note in parentheses or the end of the line or sentence.
_SEP = r"(?:[ ]\([^()\n]{1,40}\))?[,;][ ]"
_CHAIN = re.compile(
    rf"{_SEP}(?P<item>{_TOK}(?:[ ]{_TOK}){{0,2}})"
    rf"(?P<sep>{_SEP}|(?:[ ]\([^()\n]{{1,40}}\))?(?=[ ]?(?:[.\n]|\Z)))"
)


def _between(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The items of a comma list after a name found: each that reads as a full name by itself,
    or that stands between two names found and reads as a name (see the module docstring).
    A walk stops at the next name found (whose own walk goes on), so each item is read once."""
    starts = {start for start, _ in found}
    for _, end in found:
        pos = end
        german: bool | None = None  # judged once, when the name has a list after it
        while (m := _CHAIN.match(text, pos, min(len(text), pos + _WINDOW + 48))) is not None:
            if m.start("item") in starts:
                break
            toks = m.group("item").split(" ")
            if german is None:
                german = german_text(text[max(0, end - _WINDOW) : end + 4 * _WINDOW])
            kind = item_kind(toks, german)
            between = bool(m.group("sep")) and m.end() in starts
            if not (kind == NAME or (between and _loose(toks, kind))) or _firm(toks):
                break
            yield m.start("item"), m.end("item")
            pos = m.end("item")


def _loose(toks: list[str], kind: str) -> bool:
    """Whether an item between two names reads as one: a candidate, or two or three tokens of
    which none is an everyday word ("Abdou Sarr"; not "Head Office"); never a role or a German
    noun, and one token alone only a known name ("Anna Weber, Vorstand, Marek Nowak")."""
    if any(t.lower() in data.ROLES or data.german_noun(t) for t in toks):
        return False
    if len(toks) == 1:  # one unknown token is as often a department ("Vorstand")
        return kind == CAND and known(toks[0])
    if kind == CAND:
        return True
    return kind == WORDY and len(toks) > 1 and not any(t.lower() in data.COMMON for t in toks)


def _firm(toks: list[str]) -> bool:
    """Whether an item is a firm, team or brand named after people ("Morgan Stanley", "Haas")."""
    joined = " ".join(toks)
    return any(t in _FIRMS for t in toks) or joined in _FIRM_NAMES or joined.lower() in data.EPONYMS


def _person(toks: list[str], german: bool, full: bool = False) -> bool:
    """Whether an item joined to a name reads as a person by itself: a known full name, or a
    token that is a known name or has a surname's shape and none that is a word or a thing."""
    if (len(toks) == 1 and not known(toks[0])) or toks[0] in PLACEHOLDERS:
        return False  # an unknown lone token; the cast of examples ("Alice, Bob and …")
    if toks[0].lower() in data.PLACE_WORDS:  # "Providencia y Santa Catalina"
        return False
    if _firm(toks):
        return False  # "Kevin Magnussen and Haas", "… and Morgan Stanley"
    kind = item_kind(toks, german)
    if kind == WORDY and full and len(toks) == 2:  # "Varun Dhawan and Nargis Fakhri"
        tier = tiers.wordless_surname(toks[1])  # not a second-tier given name: many are places
        return tier and all(token_kind(t, german) == CAND for t in toks)
    return kind in (NAME, CAND)


#: Firms, teams and brands named after people ("Haas", "Morgan Stanley", "Aston Martin").
_FIRMS = lone.COMPANIES | data.PRODUCT_NAMES | frozenset(("Haas",))
_FIRM_NAMES = frozenset(("Morgan Stanley", "Aston Martin", "Dow Jones", "Johnson Controls"))
