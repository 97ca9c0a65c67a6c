"""A person coordinated with the writer: "Mia und ich können nicht weitermachen", "Tom and I
will cover the stand", "Léa et moi", "Giulia ed io", "Lucía y yo", "Sanne en ik", "Kasia i ja",
and the other way round ("me and Tom", "ich und Mia", "moi et Léa", "io e Giulia", "yo y
Lucía", "ik en Sanne", "ja i Kasia").

Only a person stands beside "I" so: the token there is a known given name (a word somewhere
too, "Mia", "Tom") that is no place, month, product, firm, organisation, role, kinship word or
German noun, or a surname standing alone (``_lone_surnames``): "Google and I", "Paris et moi",
"Kaffee und ich", "Maman et moi" are none. A given name before it joins the surname ("Anna
Weber and I").

The prefilters are the pronoun phrases, pure literals (see ``_LITERALS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_surnames import lone_surname, no_surname
from proxy.classify.detectors._name_evidence import SPANISH_WORD_NAMES
from proxy.classify.detectors._name_kin import KIN_WORDS as KIN
from proxy.classify.detectors._name_tokens import LO, UP
from proxy.classify.detectors._relation_words import RELATIONS

#: "and I" after the name, per language.
_AFTER = words("and I|und ich|et moi|e io|ed io|y yo|en ik|i ja")
#: "I and" (or "me and") before the name, per language.
_BEFORE = words("me and|ich und|moi et|io e|yo y|ik en|ja i")
_TOKEN = rf"[{UP}][{LO}]{{2,}}(?:-[{UP}][{LO}]+)?"
_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?P<a>(?:{_TOKEN}[ ])?{_TOKEN})[ ](?:{alternation(_AFTER)})(?![\w'’])"
    rf"|(?<![\w'’\-])(?i:{alternation(_BEFORE)})[ ](?P<b>{_TOKEN}(?:[ ]{_TOKEN})?)(?![\w'’])"
)
_KIN_WORDS = frozenset(w.lower() for w in (*RELATIONS, *KIN, "maman", "mutti", "mami", "papi"))


def _person(token: str) -> bool:
    """Whether a token beside "I" is a person's name: a known given name that is no place,
    product, firm, organisation, role, kinship word or German noun, or a surname standing
    alone."""
    if token.lower() in _KIN_WORDS:
        return False  # "Maman et moi", "Mutti und ich"
    if token in data.GIVEN:  # also one that is a word somewhere ("Mia", "Tom")
        return not no_surname(token, everyday=False)
    return lone_surname(token)


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
    token = toks[0] if group == "b" else toks[-1]
    if not _person(token) or (token in SPANISH_WORD_NAMES and "yo" in m.group().split()):
        return  # "Ella y yo": she and I
    yield Hit("pii.person_name", None, start, start + len(" ".join(toks)))


#: Pure literals, one detector each (hyperscan's literal compiler takes them at almost no scan
#: cost; one alternation with classes and "\b" cost 0.6 ms per MB of ordinary text alone): the
#: phrase after a space, and the phrase before the name also capitalised ("Me and Tom").
_LITERALS = (
    *(f" {phrase}" for phrase in _AFTER),
    *(f"{first}{phrase[1:]} " for phrase in _BEFORE for first in {phrase[0], phrase[0].upper()}),
)
WITH_ME = tuple(
    Detector("person_name.with_me", re.escape(literal), _NAME_RE, _with_me, back=40, ahead=40)
    for literal in sorted(_LITERALS)
)

DETECTORS = WITH_ME
