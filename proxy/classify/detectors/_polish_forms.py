"""The nominative of a Polish name from one of its regular case forms ("Kowalskiego" →
"Kowalski", "Nowakiem" → "Nowak", "Tomkowi" → "Tomek", "Ani" → "Ania", "Annie" → "Anna").

The name lists hold the nominatives and only some case forms (see
``proxy/classify/data/README.md``); the forms after a Polish preposition or imperative ("do
Kowalskiego", "z Nowakiem", "Pokaż Tomkowi") are derived here by rule, not listed: the
genitive, dative, accusative and instrumental endings of masculine nouns and adjectival
surnames, and of feminine nouns in "-a", with the regular consonant alternations before "-e"
(Marta → Marcie, Agnieszka → Agnieszce) and the fleeting "e" of "-ek", "-ec", "-eł" (Tomek →
Tomka, Paweł → Pawła). A candidate nominative counts only if the caller knows it as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Endings of adjectival surnames and their nominatives ("-skiego" → "-ski", "-ską" → "-ska").
_ADJECTIVAL = (
    ("kiego", "ki"),
    ("kiemu", "ki"),
    ("kim", "ki"),
    ("kiej", "ka"),
    ("ką", "ka"),
    ("nego", "ny"),
    ("nemu", "ny"),
    ("nym", "ny"),
)
#: Endings of masculine nouns (genitive/accusative, dative, instrumental); not the "-u" of
#: things ("do Londynu").
_MASCULINE = ("owi", "iem", "em", "a")
#: Endings of feminine nouns in "-a", and what replaces them ("Anię" → "Ania", "Marii" →
#: "Maria", "Annie" → "Anna", "Marcie" → "Marta").
_FEMININE = (
    ("ii", "ia"),
    ("ą", "a"),
    ("ę", "a"),
    ("y", "a"),
    ("i", "a"),
    ("i", "ia"),
    ("cie", "ta"),
    ("dzie", "da"),
    ("rze", "ra"),
    ("ce", "ka"),
    ("dze", "ga"),
    ("le", "ła"),
    ("nie", "na"),
    ("mie", "ma"),
    ("wie", "wa"),
    ("bie", "ba"),
    ("pie", "pa"),
    ("sie", "sa"),
    ("zie", "za"),
    ("fie", "fa"),
)
#: Stems whose nominative has a fleeting "e" before the last consonant ("Tomk" → "Tomek").
_FLEETING = ("k", "c", "ł", "ń")


def nominatives(token: str) -> Iterator[str]:
    """The candidate nominatives of a capitalised token read as a Polish case form (longest
    ending first); the token itself is not among them."""
    for ending, base in _ADJECTIVAL:
        if token.endswith(ending) and len(token) > len(ending) + 2:
            yield token[: -len(ending)] + base
    for ending in _MASCULINE:
        if token.endswith(ending) and len(token) > len(ending) + 2:
            stem = token[: -len(ending)]
            yield stem
            if stem.endswith(_FLEETING) and stem[-2:-1] not in "aeiouyąęó":
                yield stem[:-1] + "e" + stem[-1]
    for ending, base in _FEMININE:
        if token.endswith(ending) and len(token) > len(ending) + 1:
            yield token[: -len(ending)] + base


#: A letter or a word only Polish text holds.
_POLISH_TEXT = re.compile(r"[ąęłśźżćńĄĘŁŚŹŻĆŃ]|\b(?:się|że|jest|nie|czy|jak|już|oraz)\b")


def polish_text(text: str) -> bool:
    """Whether a stretch of text is Polish: a Polish letter, or a word only Polish holds (a
    Polish preposition or title is a word of other languages too: "do Rocha", "a pan Asian")."""
    return _POLISH_TEXT.search(text) is not None
