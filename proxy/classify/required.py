"""What every match of an exact pattern must contain: a cheap test that skips empty windows.

Why: a prefilter is looser than its exact pattern (a cue wakes the lab-value pattern, which then
needs a number), so many windows hold no match, and ``re`` pays for each window in full: a
pattern that opens with a lookbehind or ignores case gets no prefix scan. In 1 MB of ordinary
text no window of the BIC, lab-value or shorthand patterns matches.

``finder(pattern)`` derives from the parsed pattern a *requirement*: a plain expression (literal
characters and classes, fixed counts, alternations of such) that matches inside the consumed
text of every match, whatever the branches and repeats take. A window where the requirement
does not match cannot hold a match, so ``find`` returns nothing for it without running the
pattern; elsewhere it is ``finditer`` itself. Zero-width items (lookarounds, ``\\b``) are left
out of a requirement, which only makes it match more often. Each class keeps its case rule
(``(?i:...)`` or ``(?-i:...)``), so ``re`` folds case as the pattern does. Of the requirements a
pattern yields, the one least likely in prose is kept (digits, capitals, long literals), and
only one ``re`` can scan for with its prefix scan (measured: a date-of-birth requirement of
caseless alternatives cost more than the windows it skipped); a pattern with none gets no
finder. Pure; analysed once per pattern (about 1 s for all of them, at construction).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

Finder = Callable[[str, int, int], Iterator["re.Match[str]"]]

_I = int(re.IGNORECASE)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: A requirement below this score (see ``_score``) would skip too few windows to pay its test.
MIN_SCORE = 2.0
#: An alternation of more branches than this gives no requirement.
_MAX_ALTS = 64
#: Requirements are cut at this many items (enough to be rare; short to test).
_MAX_ITEMS = 12


class _Req:
    """A requirement: alternatives, each a list of class texts matched one after another.

    ``whole`` says the requirement is all its item consumes (so it may be joined to what
    follows); a partial one only says that much is inside it."""

    __slots__ = ("alts", "whole")

    def __init__(self, alts: list[list[str]], *, whole: bool) -> None:
        self.alts = alts
        self.whole = whole

    def text(self) -> str:
        """The requirement as one expression."""
        return "|".join("".join(alt) for alt in self.alts)


def finder(pattern: re.Pattern[str]) -> Finder | None:
    """A function yielding what ``pattern.finditer(text, pos, endpos)`` yields, skipping the
    windows without the pattern's requirement; ``None`` when it has no useful one."""
    need = requirement(pattern)
    if need is None:
        return None
    search, finditer = need.search, pattern.finditer

    def find(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text[pos:endpos]``, as ``finditer`` finds them."""
        if search(text, pos, endpos) is None:
            return iter(())
        return finditer(text, pos, endpos)

    return find


def requirement(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The compiled requirement of a pattern (see the module docstring), or ``None``."""
    return _requirement(pattern.pattern, pattern.flags)


@lru_cache(maxsize=1024)
def _requirement(source: str, flags: int) -> re.Pattern[str] | None:
    """``requirement`` by the pattern's text and flags."""
    if flags & ~(_I | re.UNICODE):
        return None
    candidates = _candidates(list(sre.parse(source, flags)), int(flags))
    best = _best([req for req in candidates if _scannable(req)])
    if best is None or _score(best) < MIN_SCORE:
        return None
    return re.compile(best.text(), flags & ~_I)  # each item carries its own case rule


def _scannable(req: _Req) -> bool:
    """Whether ``re`` can look for the requirement with its prefix scan (else testing it costs
    as much as the pattern): every alternative opens with a character without case, or the
    one alternative with a class that keeps case."""
    if len(req.alts) == 1:
        return not req.alts[0][0].startswith("(?i:")
    return all(not alt[0].startswith("(?") for alt in req.alts)


def _best(candidates: list[_Req]) -> _Req | None:
    """The candidate least likely to be in prose."""
    return max(candidates, key=_score, default=None)


def _score(req: _Req) -> float:
    """How rare a requirement is in prose: the weakest alternative's sum of item weights."""
    return min(sum(_weight(item) for item in alt) for alt in req.alts)


@lru_cache(maxsize=4096)
def _weight(item: str) -> float:
    """How rare one class is in prose: a digit or a rare sign 3, a letter outside ASCII 1.5,
    a capital 1, a lower-case letter 0.5, punctuation 0.3, a class holding a space, "e" or
    "n" 0.1."""
    pattern = re.compile(item)
    if any(pattern.match(char) for char in " en"):
        return 0.1
    if any(pattern.match(char) for char in ".,-'\n():/"):
        return 0.3
    if any(pattern.match(chr(code)) for code in range(ord("a"), ord("z") + 1)):
        return 0.5
    if any(pattern.match(chr(code)) for code in range(ord("A"), ord("Z") + 1)):
        return 1.0
    return 1.5 if pattern.match(r"\w") and not any(pattern.match(d) for d in "0123456789") else 3.0


def _candidates(ops: list[tuple[Any, Any]], flags: int) -> list[_Req]:
    """The requirements of a sequence: runs of adjacent whole items, and partial items."""
    return _runs([_op(op, av, flags) for op, av in ops if op not in _ZERO_WIDTH])


def _runs(reqs: list[_Req | None]) -> list[_Req]:
    """Runs of adjacent whole requirements, and the partial ones, each cut to a length."""
    out: list[_Req] = []
    run: list[list[str]] = [[]]
    for req in reqs:
        if req is not None and req.whole and len(run) * len(req.alts) <= 16:
            run = [head + tail for head in run for tail in req.alts]
            continue
        if run != [[]]:
            out.append(_Req(run, whole=False))
        run = [[]]
        if req is not None:
            out.append(req)
    if run != [[]]:
        out.append(_Req(run, whole=False))
    return [_Req([alt[:_MAX_ITEMS] for alt in req.alts], whole=False) for req in out]


def _sequence(ops: list[tuple[Any, Any]], flags: int) -> _Req | None:
    """A sequence's requirement: whole when every item is whole, else its best part."""
    reqs = [_op(op, av, flags) for op, av in ops if op not in _ZERO_WIDTH]
    items: list[list[str]] = [[]]
    for req in reqs:
        if req is None or not req.whole or len(items) * len(req.alts) > 16:
            return _best(_runs(reqs))
        items = [head + tail for head in items for tail in req.alts]
    return _Req(items, whole=True) if items != [[]] else None


def _op(op: Any, av: Any, flags: int) -> _Req | None:
    """The requirement of one parsed item (``None``: it may consume nothing)."""
    if op is sre.LITERAL or op is sre.IN:
        item = _class(op, av, flags)
        return None if item is None else _Req([[item]], whole=True)
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        if (add | remove) & ~_I:
            return None
        return _sequence(list(body), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), flags)
    if op is sre.BRANCH:
        return _branch(av[1], flags)
    if op in _REPEATS:
        low, high, body = av
        inner = _sequence(list(body), flags)
        if low == 0 or inner is None:
            return None
        if len(inner.alts) != 1 or not inner.whole:
            return _Req(inner.alts, whole=False)
        return _Req([inner.alts[0] * min(low, _MAX_ITEMS)], whole=low == high)
    return None  # ANY, NOT_LITERAL, GROUPREF, ...: no requirement


def _branch(branches: list[Any], flags: int) -> _Req | None:
    """An alternation's requirement: one per branch, all of them, or none."""
    alts: list[list[str]] = []
    whole = True
    for branch in branches:
        req = _sequence(list(branch), flags)
        if req is None:
            return None
        alts.extend(req.alts)
        whole = whole and req.whole
        if len(alts) > _MAX_ALTS:
            return None  # a trie of words: too many to test (and common letters)
    return _Req(alts, whole=whole)


def _class(op: Any, av: Any, flags: int) -> str | None:
    """A LITERAL or IN item as an expression with its case rule (``None``: an item this
    module does not spell). One character without case is spelled bare, so that ``re`` can
    look for it (or for the first characters of an alternation) with its prefix scan."""
    pairs = [(op, av)] if op is sre.LITERAL else list(av)
    if len(pairs) == 1 and pairs[0][0] is sre.LITERAL:
        char = chr(pairs[0][1])
        if not (flags & _I) or char.lower() == char.upper() == char:
            return re.escape(char)
    items = []
    for kind, value in pairs:
        if kind is sre.LITERAL:
            items.append(_char(value))
        elif kind is sre.RANGE:
            items.append(f"{_char(value[0])}-{_char(value[1])}")
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            items.append(_CATEGORIES[value])
        elif kind is sre.NEGATE and not items:
            items.append("^")
        else:
            return None
    caseless = flags & _I and any(_cased(kind, value) for kind, value in pairs)
    return f"(?{'i' if caseless else '-i'}:[{''.join(items)}])"


def _cased(kind: Any, value: Any) -> bool:
    """Whether a class item holds a character with case: ``re`` matches a class of none
    (digits, spaces, signs, categories) as it is, ignoring case or not."""
    if kind is sre.LITERAL:
        codes = range(value, value + 1)
    elif kind is sre.RANGE and value[1] - value[0] < 1_000:
        codes = range(value[0], value[1] + 1)
    else:
        return kind is not sre.CATEGORY and kind is not sre.NEGATE
    return any(chr(code).lower() != chr(code) or chr(code).upper() != chr(code) for code in codes)


def _char(code: int) -> str:
    """A code point as an escape ``re`` reads inside a class."""
    return f"\\U{code:08x}"
