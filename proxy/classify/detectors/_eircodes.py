"""Irish Eircodes on their own: a routing key and a unique identifier ("D02 X285", "H91 E2C4").

An Eircode is assigned to one address (a dwelling or a business premises), not to an area like
a UK or Dutch postcode, so on its own it says where someone lives: "my eircode is H91 E2C4",
an envelope label typed in lower case whose last line is one. The street-line detector finds
it as part of a full address already; this one finds it alone.

The shape is Eircode's: the routing key (one of the scheme's 15 letters and two digits, or
"D6W") and the identifier (four of its 25 characters: digits and the same 15 letters). Written
in capitals with its space and an identifier holding a letter and a digit, it counts where an
address line puts it: alone on its line, or ending a line after a comma and at most a town
("Salthill, Galway H91 E2C4"). Elsewhere the shape is shared with versions, error codes and
register dumps ("W11 23H2", "E11 3F2A", "C12 A4F0 D13 0E2F"), so it needs a cue before it
("Eircode", "postcode", "address", "ship to"); so does an Eircode without its space
("H91E2C4") or with an identifier of one kind only. The scheme's own published example ("A65
F4E2") is no finding. Lower-case Eircodes ("h91 e2c4") and "D6W" with an identifier the shared
prefilter does not wake ("D6W F2K4") are missed; a code of this shape alone on its line ("C12
A4F0" in a list of registers) is taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import CODES, Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data

_KEY = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)"
_ID = r"[0-9AC-FHKNPRTV-Y]{4}"
_MIXED = re.compile(r"(?=.*[A-Z])(?=.*\d)")
_CUE = re.compile(
    r"(?i:eircode|post ?code|postal code|address|adresse|ship to|deliver to|send (?:it )?to)"
    r"[^\n\d]{0,20}$"
)
#: Windows feature updates ("W11 23H2"), never an identifier.
_VERSION = re.compile(r"\d\dH\d")
#: Before an Eircode that ends an address line: nothing on its line (a bullet or a number at
#: most: "1. "; a label counts only as a cue, not "Error code: E11 3F2A"), or a comma and at
#: most three words that name a town ("…, Salthill, Galway H91 E2C4", "Co. Cork"), not a
#: sentence's words ("Hi, the printer shows E11 3F2A"; ``_town``).
_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t*>•-]*(?:\d{1,3}[.)][ \t]*)?\Z"
    r"|,[ \t]*(?P<town>(?:[^\W\d_][\w'’.-]*[ \t]+){0,3})\Z"
)
_LINE_AFTER = re.compile(
    r"[\"']?[ \t]*[.,;}]?[ \t]*(?:,?[ \t]*(?i:ireland|éire)[.]?[ \t]*)?(?:\n|\Z)"
)
#: The example Eircode's own site and An Post use.
_EXAMPLES = frozenset({"A65F4E2"})

EIRCODE = Detector(
    "address_eircode",
    CODES,  # "H91" wakes it: a capital and two digits (shared, no new prefilter)
    re.compile(rf"(?<![\w-]){_KEY}(?P<space> ?){_ID}(?![\w-])"),
    lambda m, s: _eircode(m, s),
    back=12,  # "D6W X285" is woken by "X28"
    ahead=12,
)


def _eircode(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An Eircode after the word, or ending an address line (see the module docstring)."""
    code = m.group(0)
    if code.replace(" ", "") in _EXAMPLES:
        return
    if _CUE.search(scan.before(m.start(), 40)):
        yield Hit("pii.postal_address", None, m.start(), m.end())
        return
    ident = code[-4:]
    if not m.group("space") or _MIXED.match(ident) is None or _VERSION.fullmatch(ident):
        return
    line = _LINE_BEFORE.search(scan.before(m.start(), 80))
    if line is None or not _LINE_AFTER.match(scan.after(m.end(), 24)):
        return
    if line.group("town") is None or _town(line.group("town")):
        yield Hit("pii.postal_address", None, m.start(), m.end())


def _town(words: str) -> bool:
    """Whether the words between a comma and an Eircode can name a town: no everyday word
    ("the printer shows", "firmware build"), "Co." and "County" allowed."""
    return all(
        w.lower() not in data.COMMON and w.lower() not in data.ENGLISH_WORDS
        for w in words.split()
        if w not in ("Co.", "County", "Co")
    )


DETECTORS = (EIRCODE,)
