"""Numbered corporate classification levels: "C2 – Interne", "C3 - Confidential", "C4: Secret".

Companies label documents C0/C1 … C4 followed by the level's name, in their own language; the
number alone means different levels in different companies, so the name decides the level.
Public levels ("C1 – Public") are no finding; names are matched in title or upper case only
("c2 - interne ou externe" is prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, alternation, literal_alternation

_TIER_WORDS: dict[str, str] = {
    "Public": "",
    "Publique": "",
    "Öffentlich": "",
    "Pubblico": "",
    "Público": "",
    "Openbaar": "",
    "Publiczne": "",
    "Interne": "internal",
    "Usage interne": "internal",
    "Diffusion interne": "internal",
    "Internal": "internal",
    "Internal use": "internal",
    "Internal use only": "internal",
    "Intern": "internal",
    "Uso interno": "internal",
    "Interno": "internal",
    "Wewnętrzne": "internal",
    "Confidentiel": "confidential",
    "Confidential": "confidential",
    "Vertraulich": "confidential",
    "Riservato": "confidential",
    "Confidenziale": "confidential",
    "Confidencial": "confidential",
    "Vertrouwelijk": "confidential",
    "Poufne": "confidential",
    "Restreint": "restricted",
    "Diffusion restreinte": "restricted",
    "Restricted": "restricted",
    "Secret": "restricted",
    "Strictement confidentiel": "restricted",
    "Strictly confidential": "restricted",
    "Highly confidential": "restricted",
    "Streng vertraulich": "restricted",
    "Strettamente riservato": "restricted",
    "Estrictamente confidencial": "restricted",
    "Strikt vertrouwelijk": "restricted",
    "Ściśle poufne": "restricted",
}
#: Level names in title and upper case (shared with ``_marking_tags``).
TIER_NAMES: dict[str, str] = {
    **_TIER_WORDS,
    **{k.upper(): v for k, v in _TIER_WORDS.items()},
    **{k.title(): v for k, v in _TIER_WORDS.items()},
}
_TIERS = TIER_NAMES
#: Between the number and the name: a dash, a colon or a bar, or one space.
_SEP = r"(?: ?[–—\-:|] ?| )"
TIER = Detector(
    "marking.tier",
    r"\bC[0-5]" + _SEP + r"(?:" + literal_alternation(_TIERS) + r")",
    re.compile(r"(?<![\w-])C[0-5]" + _SEP + r"(" + alternation(_TIERS) + r")(?![\w-])"),
    lambda m, s: _tier(m),
    back=48,
    ahead=8,
    unicode=True,
)


def _tier(m: re.Match[str]) -> Iterator[Hit]:
    """A numbered corporate level with its name; public is no finding."""
    level = _TIERS[m.group(1)]
    if level:
        yield Hit("marking", level, m.start(), m.end())
