"""A given name signing a message off: after a closing without its comma ("pozdrawiam Natalia",
"Gruß Dennis", "thanks Maeve", "gracias Lorena", "merci Inès"), ending the text after a
sentence ("... for urgent matters. Matteo"), or with the writer's role in parentheses ("Yusuf
(dad)", "Aurélie (maman de Noé)"), as the notes, sick-day messages and texts people ask a model
to polish end.

The name is a known given name that is no everyday word, place, product or company (the tests
``_bare_names._single`` makes), a known surname or an unknown capitalised token may follow it
("Gruß Dennis Hoffmann"); it ends its line or the text (or a quotation): "Thanks Giving Day" or
"merci Paris pour tout" are none. The closings with a comma or line break are
``names.DETECTORS_NAMES``' signature detector.

Prefilters: a closing word, a space and a capital; a word ending the text (hyperscan runs it at
the data's end only); a parent's word after a space and a parenthesis, as pure literals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import (
    Detector,
    Hit,
    Scan,
    alternation,
    hs_words,
    literal_alternation,
    words,
)
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import LO, TOK, UP, WORDLIKE

_CLOSINGS = words(
    "thanks|thank you|cheers|regards|pozdrawiam|pozdrowienia|pozdro|dzięki|dziękuję|"
    "gruß|gruss|grüße|grüsse|liebe grüße|viele grüße|mfg|danke|danke dir|merci|bisous|"
    "bises|amitiés|cordialement|grazie|saluti|un saluto|baci|gracias|saludos|un saludo|"
    "un abrazo|besos|bedankt|dank je|groetjes|groeten|doei"
)
_ROLES = words(
    "dad|mum|mom|father|mother|papa|maman|papà|mamma|papá|mamá|vader|moeder|mama|tata|"
    "mąż|żona|husband|wife|tutor|guardian"
)
_END = r"[ \t]*(?=[\"”»“]?[ \t]*(?:\r?\n|$))"
_NAME = rf"({TOK}(?:[ ]{TOK})?)"
_AFTER_CLOSING = re.compile(
    rf"(?<!\w)(?i:{alternation(_CLOSINGS)}),?[ ]+{_NAME}{_END}", re.MULTILINE
)
_LAST = re.compile(rf"[.!?][ \t]*(?:\r?\n)*[ \t]*{_NAME}[ \t]*[\"”»]?[ \t]*\s*\Z")
_PARENT = re.compile(rf"(?<![\w.])({TOK})[ ]\((?i:{alternation(_ROLES)})(?:[ )][^)\n]{{0,30}})?")


def given_name(text: str) -> bool:
    """Whether a token is a given name that is no everyday word, place, product or company."""
    lower = text.lower()
    return (
        text in data.GIVEN
        and text not in WORDLIKE
        and text not in data.NOT_NAME
        and text not in data.PRODUCT_NAMES
        and lower not in data.COMMON
        and lower not in data.WORDS
    )


def _signed(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A known given name (and one more capitalised token) closing a message."""
    if given_name(m.group(1).split()[0]):
        yield Hit("pii.person_name", None, m.start(1), m.end(1))


_CAP = f"[{UP}][{LO}]"
AFTER_CLOSING = Detector(
    "person_name.signoff_closing",
    hs_words(_CLOSINGS) + f",? {_CAP}",
    _AFTER_CLOSING,
    _signed,
    back=24,
    ahead=48,
    caseless=True,
    unicode=True,
)
#: The text's end after a word (or its closing quote): hyperscan runs such a pattern at the
#: end of the data only, at no cost over the text (French puts a space before "»"). Its ``\w``
#: is ASCII: the accented letters names end in are listed ("Paweł"); ``\S`` would cost a scan of
#: the whole text.
LAST = Detector(
    "person_name.signoff_last",
    r"\w$|\w[ ]?[\"”»]$|[ąćęłńóśźżéèàíáúñüößçëïâêîôûò][ ]?[\"”»]?$",
    _LAST,
    _signed,
    back=64,
    ahead=8,
    unicode=True,
)
PARENT = Detector(
    "person_name.signoff_parent",
    literal_alternation(f" ({role}" for role in _ROLES),
    _PARENT,
    _signed,
    back=40,
    ahead=48,
    caseless=True,
    unicode=True,
)

DETECTORS = (AFTER_CLOSING, LAST, PARENT)
