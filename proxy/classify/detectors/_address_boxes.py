"""Post-office boxes with their postcode and town, in the forms of the EU countries: "Postfach
12 34, 10001 Berlin", "BP 42, 75001 Paris", "Casella postale 123, 00100 Roma", "Apartado de
correos 123, 28080 Madrid", "Skrytka pocztowa 15, 00-950 Warszawa", "PO Box 1234, Dublin D02
X285". A box number alone is no address ("BP 42" is also a blood pressure): the postcode and
town line must follow, on the same line or the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors._address_lines import POSTLINE

_BOXES = words(
    "Postfach|Casella postale|Casella Postale|C.P.|Boîte postale|Boite postale|BP|B.P.|"
    "Apartado|Apartado de correos|Apartado de Correos|Apdo.|Skrytka pocztowa|PO Box|P.O. Box|"
    "Po Box|POB|Postbus|Postboks"
)
_PATTERN = re.compile(
    rf"(?<![\w.])(?:{alternation(_BOXES)})[ ]*(?:n[°º.]?[ ]*)?\d{{1,6}}(?:[ ]\d{{2,4}})?"
    rf"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]*\r?\n[ \t]*)(?:{POSTLINE})"
)


def _box(m: re.Match[str], _scan: Scan) -> Iterator[Hit]:
    """The box, its postcode and town."""
    yield Hit("pii.postal_address", None, m.start(), m.end())


BOX = Detector(
    "address_box",
    "(?:" + hs_words(_BOXES) + r")[ ]*(?:n(?:\xC2[\xB0\xBA]|\.)?[ ]*)?\d",
    _PATTERN,
    _box,
    back=32,
    ahead=96,
)
DETECTORS = (BOX,)
