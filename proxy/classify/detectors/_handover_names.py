"""A given name opening a care handover's line after its room or bed: "Room 14 – Edna,
dementia getting worse", "Zi. 7 – Hildegard: schläft schlecht", "pok. 3 – Halina, upadek".

Night-shift handovers name residents by room and given name, with no title or surname. A line
that starts with a room or bed label and its number, then a dash, a colon or a comma, then a
known given name that is no word, place or product (``_name_requests``' test) before a comma,
a colon or a dash, names a person ("Room 4 – Lunch", "Bed 2 – Paris trip" name none).

The prefilter is the label and number at a line's start, the separator and a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._name_requests import _name_ok as name_ok
from proxy.classify.detectors._name_tokens import LO, UP

#: Room and bed labels of care handovers, seven languages (also ``health``'s handover line).
ROOM_LABELS = (
    r"room|bed|ch\.|chambre|zi\.|zimmer|kamer|hab\.|habitación|letto|stanza|pok\.|pokój|łóżko"
)
_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?i:{ROOM_LABELS})[ ]?\d{{1,4}}[a-z]?[ \t]*[–—:,-][ \t]*"
    rf"(?P<name>[{UP}][{LO}]{{2,}})(?=[ \t]*[,:;–—-])"
)


def _handover(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The given name after the room (see the module docstring)."""
    if name_ok(m.group("name")):
        yield Hit("pii.person_name", None, m.start("name"), m.end("name"))


HANDOVER = Detector(
    "person_name.handover",
    rf"(?:^|\n)[ \t]*(?i:{ROOM_LABELS}) ?\d{{1,4}}[a-z]? *(?:–|—|-|:|,) *[A-Z\xC3-\xC5]",
    _LINE_RE,
    _handover,
    back=40,
    ahead=40,
)

DETECTORS = (HANDOVER,)
