"""Person names written with initials: "J. M. van der Schoot", "W. Tromp", "A. Kowalska".

A candidate is one to three capital initials, each followed by a dot and a space, then (after
particles) one capitalised token. The token must not be an everyday word, a month, a place or a
street or institution word ("A. Introduction", "St. Louis", "U.S. Army" are not names), nor a
German noun in German text. After a single initial ("vitamin D. Deficiency", "option C.
Kubernetes") or at the start of a line (a lettered heading, "B. Scope") it must be a known
surname or have a surname's shape; after two or three initials any such token is a surname.
Exclusions of ``_bare_names`` apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _PART as PART
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german as german
from proxy.classify.detectors._bare_names import _tokens as tokens

_PATTERN = re.compile(rf"(?<![\w.&/@-])(?:[{UP}]\.[ ]){{1,3}}(?:(?:{PART})[ ])?({TOK})(?!\.\w)")
#: Given names that are no surname ("J. Maria" is no name written with initials).
_GIVEN_ONLY = data.GIVEN - data.SURNAMES
_LINE_START = re.compile(r"(?:^|\n)[ \t>*•-]*$")


def _surname(token: str) -> bool:
    """A known surname or a surname's shape (Nowakowski, Ottová)."""
    return token in data.SURNAMES or data.shaped(token)


def _validate(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name unless the token is a word, a place or a heading's first word."""
    last = m.group(1)[:-2] if m.group(1).endswith(("'s", "’s")) else m.group(1)
    lower = last.lower()
    if len(last) < 3 or lower in data.COMMON or last in data.NOT_NAME or last in data.PLACES:
        return
    if lower in data.PLACE_AFTER or lower in data.PLACE_WORDS or last in _GIVEN_ONLY:
        return
    toks = tokens(m)
    name = [toks[0], toks[-1]]
    one = m.group(0).count(".") == 1  # "vitamin D. Deficiency", "option C. Kubernetes"
    if (one or _LINE_START.search(scan.before(m.start(), 8))) and not _surname(last):
        return
    if data.german_noun(last) and german(name, scan):
        return
    if excluded(name, scan):
        return
    yield Hit("pii.person_name", None, m.start(), m.end())


INITIALS = Detector(
    "person_name.initials",
    r"[A-Z]\. (?:[a-z]{1,3} ){0,2}[A-Z\xC3-\xC5]",
    _PATTERN,
    _validate,
    back=16,
    ahead=48,
)
DETECTORS = (INITIALS,)
