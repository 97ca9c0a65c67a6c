"""A person coordinated with the writer: "Mia und ich können nicht weitermachen", "Tom and I
will cover the stand", "Léa et moi", "Giulia ed io", "Lucía y yo", "Sanne en ik", "Kasia i ja",
and the other way round ("me and Tom", "ich und Mia", "moi et Léa", "io e Giulia", "yo y
Lucía", "ik en Sanne", "ja i Kasia").

Only a person stands beside "I" so: the token there is a known given name, a known surname or
one of a surname's shape, and no everyday word, place, month, product, firm or German noun
("Google and I", "Paris et moi", "Kaffee und ich" are none). A given name before it joins the
surname ("Anna Weber and I").

The prefilter is the pronoun phrase, a pure literal per language and order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import LO, UP
from proxy.classify.detectors._org_roles import COMPANIES

#: "and I" after the name, per language.
_AFTER = words("and I|und ich|et moi|e io|ed io|y yo|en ik|i ja")
#: "I and" (or "me and") before the name, per language.
_BEFORE = words("me and|ich und|moi et|io e|yo y|ik en|ja i")
_TOKEN = rf"[{UP}][{LO}]{{2,}}(?:-[{UP}][{LO}]+)?"
_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?P<a>(?:{_TOKEN}[ ])?{_TOKEN})[ ](?:{alternation(_AFTER)})(?![\w'’])"
    rf"|(?<![\w'’\-])(?i:{alternation(_BEFORE)})[ ](?P<b>{_TOKEN}(?:[ ]{_TOKEN})?)(?![\w'’])"
)
_NOT_PERSON = (
    data.NOT_NAME | data.PLACES | data.PRODUCT_NAMES | data.AMBIGUOUS | COMPANIES | lone.COMPANIES
)


def _person(token: str) -> bool:
    """Whether a token beside "I" is a person's name (see the module docstring)."""
    if token in _NOT_PERSON or data.german_noun(token):
        return False
    lower = token.lower()
    if lower in data.COMMON or lower in data.SPANISH_WORDS:
        return False
    if token in data.GIVEN:
        return True
    return (token in data.SURNAMES or data.shaped(token)) and lower not in data.WORDS


def _with_me(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name beside the writer's "I" (see the module docstring)."""
    group = "a" if m.group("a") else "b"
    toks = m.group(group).split(" ")
    start = m.start(group)
    if group == "a" and len(toks) == 2 and not (toks[0] in data.GIVEN and _person(toks[1])):
        start += len(toks[0]) + 1  # "Yesterday Tom and I": only the token before the pronoun
        toks = toks[1:]
    if group == "b" and len(toks) == 2 and not (toks[0] in data.GIVEN and _person(toks[1])):
        toks = toks[:1]  # "me and Tom Friday" (German nouns after the name)
    if not _person(toks[0] if group == "b" else toks[-1]):
        return
    yield Hit("pii.person_name", None, start, start + len(" ".join(toks)))


WITH_ME = Detector(
    "person_name.with_me",
    "|".join(
        [*(rf"[a-z] {re.escape(w)}\b" for w in _AFTER), *(rf"\b{re.escape(w)} " for w in _BEFORE)]
    ),
    _NAME_RE,
    _with_me,
    back=40,
    ahead=40,
    caseless=True,
)

DETECTORS = (WITH_ME,)
