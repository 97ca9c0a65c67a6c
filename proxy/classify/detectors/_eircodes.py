"""Irish Eircodes on their own: a routing key and a unique identifier ("D02 X285", "H91 E2C4").

An Eircode is assigned to one address (a dwelling or a business premises), not to an area like
a UK or Dutch postcode, so on its own it says where someone lives: "my eircode is H91 E2C4",
an envelope label typed in lower case that ends in one. The street-line detector finds it as
part of a full address already; this one finds it alone.

The shape (the routing key: a letter of the 15 the scheme uses and two digits, or "D6W"; the
identifier: four of the scheme's 29 characters) is Eircode's; written with its space and an
identifier holding a letter and a digit, it counts anywhere (over 168 MB of library sources and
documentation, the shape matched nothing). Without the space ("H91E2C4") or with an identifier
of one kind only, it needs the word "Eircode" before it. The scheme's own published example
("A65 F4E2") is no finding. "D6W" is woken only by an identifier with a capital and two digits
("D6W X285"); "D6W F2K4" and "D6W 1234" are missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import CODES, Detector, Hit, Scan

_KEY = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)"
_ID = r"[0-9AC-FHKNPRTV-Y]{4}"
_MIXED = re.compile(r"(?=.*[A-Z])(?=.*\d)")
_CUE = re.compile(r"(?i:eircode)[^\n\d]{0,20}$")
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
    """An Eircode: written with its space and a mixed identifier, or after the word."""
    code = m.group(0)
    if code.replace(" ", "") in _EXAMPLES:
        return
    plain = bool(m.group("space")) and _MIXED.match(code[-4:]) is not None
    if plain or _CUE.search(scan.before(m.start(), 40)):
        yield Hit("pii.postal_address", None, m.start(), m.end())


DETECTORS = (EIRCODE,)
