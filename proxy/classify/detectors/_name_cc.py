"""A colleague put in copy: "Schulte-Wierling in CC", "in copia Bianchi dell'IT", "Kuipers van
ICT in cc", "loop in Okafor from IT", "en copie Dupont", "w kopii Nowak".

Only people are copied on a mail by their name alone; teams are written as words or acronyms
("Legal in CC", "in copia l'ufficio legale", "HR in cc"). The token next to the cue must be a
known given name or surname, and no English word, place, product or programming language
("loop in Slack", "Keep Brussels in CC", "a nested loop in Ada"): an unknown capitalised token
there is as often a word, a document or a tool ("Allegato in copia", "Ti inoltro in copia
Fattura", "Zendesk in cc"). The cues are pure literals (each its own prefilter, for
hyperscan's literal compiler).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import TOK, Tok, excluded, german

_CUES = (
    "in cc",
    "in copia",
    "in copie",
    "en copie",
    "en copia",
    "in kopie",
    "in Kopie",
    "w kopii",
    "in de cc",
    "loop in",
)
#: After the name, who the colleague is ("van ICT", "from IT", "dell'IT", "aus der IT").
_UNIT = r"(?:[ ]+(?:van|from|of|dell['’]|della|del|de|aus|vom|z|di)[ ]*[\w'’.-]+){0,2}"
_CC_RE = re.compile(
    r"(?:(?<![\w-])(?i:(?:in|en|w)[ ]+(?:cc|copia|copie|kopie|kopii)|loop[ ]+in)[ ]*:?[ ]+"
    rf"(?:a[ ]+)?(?P<after>{TOK})"  # the Spanish "a" before a person: "en copia a Herrera"
    rf"|(?P<before>{TOK}){_UNIT}[ ]+(?i:in[ ]+(?:de[ ]+)?(?:cc|copia|copie|kopie))(?![\w-]))"
)
_NOT_ALONE = data.NOT_NAME | data.PLACES | data.PRODUCT_NAMES | data.AMBIGUOUS
#: Programming languages named after people, after "loop in" ("a nested loop in Ada").
_LANGUAGES = frozenset({"Ada", "Pascal", "Julia", "Ruby", "Haskell", "Erlang", "Curry"})


def _copied(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name of the colleague in copy (see the module docstring)."""
    group = "after" if m.group("after") else "before"
    tok = Tok(m.group(group), m.start(group), m.end(group))
    text = tok.text
    if len(text) < 3 or text in _NOT_ALONE or text.lower() in data.COMMON:
        return
    first = text.split("-")[0]
    if not (text in data.SURNAMES or text in data.GIVEN or first in data.SURNAMES):
        return  # "Allegato in copia", "Zendesk in cc", "Brussels in CC"
    if text.lower() in data.WORDS and text.lower() in data.ENGLISH_WORDS:
        return  # "Bell in cc"; a surname that is a Dutch word ("Brandt") is fine
    if m.group(0)[:4].lower() == "loop" and text in _LANGUAGES:
        return  # "nested loop in Ada"
    if german([tok], scan) and data.german_noun(first if first in data.SURNAMES else text):
        return  # "Schulte-Wierling" is read by its first part
    if not excluded([tok], scan):
        yield Hit("pii.person_name", None, tok.start, tok.end)


COPIED = tuple(
    Detector(
        "person_name.cc",
        cue,
        _CC_RE,
        _copied,
        back=len(cue) + 60,
        ahead=48,
        caseless=True,
    )
    for cue in _CUES
)

DETECTORS = COPIED
