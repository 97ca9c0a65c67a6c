"""A person listed surname first, after a comma, as registers, rosters and passenger lists
write them: "- Kleinschmidt, Heinz-Dieter, 02.04.1947", "3. Müller, Birgit, PA-Nr. …", "•
Nowak, Anna;" at the start of a line or list item.

A line that opens "Word, Word" is often no name ("Paris, France", "Hallo zusammen, Anna
hier"), so the first token must be a surname standing alone (``lone_surname``: known or of a
surname's shape, no word, place, month or firm) and the second a known given name that is no
everyday word (a double given name: both parts), the pair ending at the line's end or before a
comma, a semicolon, a dash, a bracket or a digit.

The prefilter is a line's start, an optional list marker, and a capitalised word (an ASCII or
accented capital first) and a comma before a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_surnames import lone_surname
from proxy.classify.detectors._name_tokens import LO, UP, eponym

_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_LISTED = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-–•*·][ \t]+|\d{{1,3}}[.)][ \t]+)?"
    rf"(?P<name>(?P<surname>{_WORD}),[ ](?P<given>{_WORD}))"
    rf"(?=[ \t]*(?:$|[\r\n,;(–\-]|[ \t]\d))"
)


def _given(token: str) -> bool:
    """A known given name (each part of a double one) that is no everyday word or place."""
    return all(
        part in data.GIVEN
        and part not in data.AMBIGUOUS
        and part not in data.NAME_WORDS
        and part not in data.PLACES
        and part.lower() not in data.COMMON
        for part in token.split("-")
    )


def _listed(m: re.Match[str], _scan: Scan) -> Iterator[Hit]:
    """The surname and given name of a list item (see the module docstring)."""
    surname, given = m.group("surname"), m.group("given")
    if not lone_surname(surname) or not _given(given) or eponym([given, surname]):
        return
    yield Hit("pii.person_name", None, m.start("name"), m.end("name"))


LISTED_INVERTED = Detector(
    "person_name.listed_inverted",
    r"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+|\d{1,3}[.)][ \t]+)?[A-Z\xC3-\xC5][^\s,]+, [A-Z\xC3-\xC5]",
    _LISTED,
    _listed,
    back=72,
    ahead=48,
    unicode=True,
)

DETECTORS = (LISTED_INVERTED,)
