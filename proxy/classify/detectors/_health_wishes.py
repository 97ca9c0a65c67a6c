"""A get-well wish to someone, in the sentence that names their condition: "Get well soon Tom,
after your knee surgery!", "Gute Besserung nach der Knieoperation, lieber Jonas!", "Szybkiego
powrotu do zdrowia po operacji kolana, Mirku!".

The wish counts only with its addressee in the same sentence: a word of the second person
("your", "ton", "dein", "tuo", "tu", "je", "twój") or a capitalised given name. A wish alone is
routine ("Gute Besserung an alle!", "Get well soon card templates: cancer, surgery"), and so is
a New Year's "dużo zdrowia", which is no wish here. Pure; hand-written lists.
"""

from __future__ import annotations

import re

from proxy.classify._base import alternation, words
from proxy.classify.detectors import _names_data as data

_WISHES = words(
    "get well soon|speedy recovery|gute besserung|bon rétablissement|prompt rétablissement|"
    "pronta guarigione|buona guarigione|que te mejores|pronta recuperación|beterschap|"
    "szybkiego powrotu do zdrowia|szybkiego powrotu do formy|wracaj do zdrowia|"
    "wracaj szybko do zdrowia"
)
_WISH = re.compile(rf"(?<!\w)(?:{alternation(_WISHES)})(?!\w)", re.I)
_SECOND_PERSON = frozenset(
    words(
        "you|your|ton|ta|tes|toi|te|dein|deine|deinem|deinen|deiner|dir|dich|tuo|tua|tuoi|tue|"
        "ti|tu|tus|je|jouw|jij|twój|twoja|twoje|twojej|twojego|ci|cię"
    )
)
_TOKEN = re.compile(r"[^\W\d_]+")


def wished(sentence: str) -> bool:
    """Whether the sentence wishes its addressee well (see the module docstring)."""
    if _WISH.search(sentence) is None:
        return False
    tokens = _TOKEN.findall(sentence)
    if not _SECOND_PERSON.isdisjoint(t.lower() for t in tokens):
        return True
    return any(t[:1].isupper() and t in data.GIVEN and t.lower() not in data.COMMON for t in tokens)
