"""The speakers of a pasted chat or transcript, named at the start of their lines: "[22/01
07:50] Rocío: Papá ha pasado la noche en urgencias", "[00:00:12] Marta: Guten Morgen",
"22/01/2024, 07:50 - Lola: ¿Lo van a ingresar?", "Petra: Ik zie hem ook", "Hans (nr. 7): Er
loopt een man", "Coach Maarten: Uitwedstrijd bij Rood-Wit".

A line opens with an optional bullet and timestamp, one to three capitalised tokens, an
optional bracket and a colon, then the message. One such line is a field ("Subject: …",
"Paris: sunny"), so another speaker's line stands within 600 characters of it, and each
carries a message of two words or more (not a value: "Preis: 450.000 €", "Farina: 500 g"). The
speaker is a known given name (in a timestamped transcript also a surname) that is no word,
place, brand or eponym (``_lone_names``' test), the line's first token or the one after a role
("Coach Maarten", "Trainer Rolf"); a token no list holds is none ("[09:43] Uvicorn: running"),
nor a surname keying a list ("Dauer: zwei Stunden", "Keller: ja").

The prefilters: a newline and such a line's head, or the end of a timestamp ("7] ", "0 - ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._lone_names import _kind as kind

_STAMP = (
    r"\[[^\]\n]{3,30}\][ \t]*"
    r"|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–][ \t]*"
)
_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*>•][ \t]*)?(?P<stamp>{_STAMP})?"
    rf"(?P<name>{TOK}(?:[ ]{TOK}){{0,2}})(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]*:[ \t]+(?=\S)"
)
_NEAR = 600
#: Roles and family words a chat puts before a speaker's name ("Coach Maarten", "Trainer
#: Rolf", "Oma Gerda"); any other first word that is no name makes the line no speaker's
#: ("Morgan Stanley:", "Santa Monica:", "Queen Mary:").
_ROLES = frozenset(
    words(
        "Coach|Trainer|Trainerin|Mister|Juf|Meester|Profe|Prof|Mama|Papa|Mum|Mom|Dad|Oma|Opa|"
        "Nonna|Nonno|Tía|Tío|Tante|Onkel|Zia|Zio|Abuela|Abuelo|Babcia|Dziadek|Ciocia|Wujek|"
        "Frau|Herr|Dr|Mme|Mr|Mrs|Ms|Sr|Sra|Pan|Pani|Agent|Agente|Operator|Operatore"
    )
)
#: First words of places and firms ("Santa Monica", "Queen Mary", "Villa Bianca").
_PLACE_HEADS = frozenset(
    words("Santa|San|Saint|Sankt|Queen|King|Villa|Casa|Hotel|Café|Bar|Club|Team|Fort|Port|Lake")
)
#: A message, not a value: two words with letters ("Ik zie hem ook", not "450.000 €",
#: "ruhig", "500 g").
_MESSAGE = re.compile(r"[^\W\d_]{2,}[^\n]*?[ ][^\W\d_]{2,}")


def _message(m: re.Match[str], scan: Scan) -> bool:
    """Whether the line goes on with a message (see ``_MESSAGE``)."""
    return _MESSAGE.search(scan.after(m.end(), 200).split("\n", 1)[0]) is not None


def _person(m: re.Match[str], scan: Scan) -> Token | None:
    """The line's speaker token when it is a known name after at most a role, and the line
    carries a message (see the module docstring)."""
    if not _message(m, scan):
        return None
    stamped = m.group("stamp") is not None
    start = m.start("name")
    for index, text in enumerate(m.group("name").split(" ")):
        tok = Token(text, start, start + len(text))
        start = tok.end + 1
        if text in _PLACE_HEADS or data.german_noun(text):
            return None  # "Santa Monica:", "Dauer: zwei Stunden", "Keller: ja"
        if kind(tok, scan, owner=True) == "known" and (stamped or text in data.GIVEN):
            return tok  # a surname speaks in a timestamped transcript only ("Dauer: 2 h")
        if index > 0 or text not in _ROLES:
            return None
    return None


def _others(m: re.Match[str], scan: Scan) -> bool:
    """Whether another line near this one (whose speaker is a person) has a speaker too: the
    same speaker again with a message needs no second look at the name."""
    lo = max(scan.lo, m.start() - _NEAR)
    hi = min(scan.hi, m.end() + _NEAR)
    for other in _LINE.finditer(scan.text, lo, hi):
        if other.start("name") == m.start("name"):
            continue
        if other.group("name", "stamp") == m.group("name", "stamp"):
            if _message(other, scan):
                return True
        elif _person(other, scan) is not None:
            return True
    return False


def _speaker(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The speaker of the line, when it is a person (see the module docstring)."""
    tok = _person(m, scan)
    if tok is None or not _others(m, scan) or excluded([tok], scan):
        return
    yield Hit("pii.person_name", None, tok.start, m.end("name"))


_HEAD = r"[A-Z\xC3-\xC5][a-z\x80-\xC5]{1,20}(?: [A-Z\xC3-\xC5][a-z\x80-\xC5]{1,20}){0,2}"
DETECTORS = (
    Detector(
        "person_name.chat_speaker",
        rf"\n(?:[-*>] )?{_HEAD}(?: ?\([^)\n]{{1,40}}\))? ?: ",
        _LINE,
        _speaker,
        back=120,
        ahead=4,
    ),
    *(
        Detector("person_name.chat_speaker", digit + end, _LINE, _speaker, back=40, ahead=80)
        for digit in "0123456789"
        for end in ("] ", " - ")
    ),
)
