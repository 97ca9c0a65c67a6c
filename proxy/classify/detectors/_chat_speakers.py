"""The speakers of a pasted chat or transcript, named at the start of their lines: "[22/01
07:50] Rocío: Papá ha pasado la noche en urgencias", "[00:00:12] Marta: Guten Morgen",
"22/01/2024, 07:50 - Lola: ¿Lo van a ingresar?", "Petra: Ik zie hem ook", "Hans (nr. 7): Er
loopt een man", "Coach Maarten: Uitwedstrijd bij Rood-Wit".

A line opens with an optional bullet and timestamp, one to three capitalised tokens, an
optional bracket and a colon, then the message. One such line is a field ("Subject: …",
"Paris: sunny"), so another one stands within 600 characters of it. The speaker is the first
token that is a known given name or surname and no word, place, brand or eponym
(``_lone_names``' test; a role may come first: "Coach Maarten", "Trainer Rolf"); in a
timestamped chat also a token no list holds, shaped like a name ("[09:43] Ibby:"), when another
timestamped line is near.

The prefilters: a newline and such a line's head, or the end of a timestamp ("7] ", "0 - ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
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
_NAMED = re.compile(r"\A[^\W\d_]{3,}\Z")


def _others(m: re.Match[str], scan: Scan, *, stamped: bool) -> bool:
    """Whether another speaker line (timestamped, if ``stamped``) stands near this one."""
    lo = max(scan.lo, m.start() - _NEAR)
    hi = min(scan.hi, m.end() + _NEAR)
    for other in _LINE.finditer(scan.text, lo, hi):
        if other.start("name") != m.start("name") and (other.group("stamp") or not stamped):
            return True
    return False


def _speaker(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The speaker of the line, when it is a person (see the module docstring)."""
    stamped = m.group("stamp") is not None
    start = m.start("name")
    for text in m.group("name").split(" "):
        tok = Token(text, start, start + len(text))
        start = tok.end + 1
        what = kind(tok, scan, owner=True)
        if what is None:
            continue  # a role or a word before the name ("Coach Maarten", "Trainer Rolf")
        if what == "unknown" and not (stamped and _NAMED.match(text)):
            return
        if not _others(m, scan, stamped=what == "unknown") or excluded([tok], scan):
            return
        yield Hit("pii.person_name", None, tok.start, m.end("name"))
        return


_HEAD = r"[A-Z\xC3-\xC5][a-z\x80-\xBF]{1,20}(?: [A-Z\xC3-\xC5][a-z\x80-\xBF]{1,20}){0,2}"
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
