"""Person names whose given name is not in the gazetteers: "Indro Montanelli", "Sahr Senesie".

A candidate is two capitalised tokens inside a sentence (right after a lower-case word or a
comma), the first not a known given name (those are ``_bare_names``' candidates) and the last
a known surname of six letters or more that is not an everyday word or a place. That counts 1.5,
inside a sentence 0.5: a finding unless excluded. The first token must not be an everyday word,
a place or place word ("Puerto", "Mount"), a month, a title or a street word, nor a German noun
in German text ("die Firma Müller"), and not follow an article or a locative preposition ("in
Puerto Rico"); the exclusions of ``_bare_names`` apply (streets, institutions, companies).

The prefilter is the literal " Surname", one per surname: a pattern such as "word Capital
Capital" would fire on every pair of German nouns and cost a third more scan time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _PART as PART
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german as german
from proxy.classify.detectors._bare_names import _heading as heading
from proxy.classify.detectors._bare_names import _Tok as Tok
from proxy.classify.detectors._bare_names import _tokens as tokens

_PREV = re.compile(r"([\w’']+)[ ]*$")
_PATTERN = re.compile(rf"(?<=[{LO},][ ])({TOK})[ ](?:(?:{PART})[ ])?({TOK})(?![ ][{UP}])")


def _first_ok(first: str, name: list[Tok], scan: Scan) -> bool:
    """Whether the first token can be an unknown given name."""
    if first in data.GIVEN or "-" in first or len(first) < 3:
        return False
    lower = first.lower()
    if lower in data.COMMON or first in data.PLACES or first in data.NOT_NAME:
        return False
    if lower in data.SALUTATIONS or lower in data.PLACE_BEFORE or lower in data.CUE_BEFORE:
        return False
    if first.endswith(("'s", "’s")) or lower in data.PLACE_WORDS:
        return False
    prev = _PREV.search(scan.before(name[0].start, 24))
    if prev and prev.group(1).lower() in data.NOT_BEFORE_SINGLE:
        return False  # "in Puerto Rico", "the Tule Mountains", "bei Athletic Bilbao"
    return not (data.german_noun(first) and german(name, scan))


def _validate(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name when the last token is a known surname and the first can be a given name."""
    first, last = m.group(1), m.group(2)
    known = last in data.SURNAMES
    if not known or last.lower() in data.COMMON or last in data.PLACES:
        return
    toks = tokens(m)
    name = [toks[0], toks[-1]] if len(toks) > 2 else toks
    if not _first_ok(first, name, scan):
        return
    if excluded(name, scan) or heading(name, scan):
        return
    yield Hit("pii.person_name", None, m.start(), m.end())


def _prefilter(surname: str) -> str:
    """The literal " Surname" (hyperscan compiles thousands of literals at once)."""
    return " " + re.escape(surname)


#: One detector per known surname of six letters or more that is not an everyday word or a
#: place (shorter ones are prefixes of too many words; shapes such as Ottová are found through
#: the given-name detectors only).
DETECTORS = tuple(
    Detector("person_name.surname_last", _prefilter(name), _PATTERN, _validate, back=48, ahead=8)
    for name in sorted(data.SURNAMES)
    if len(name) > 5 and name.lower() not in data.COMMON and name not in data.PLACES
)
