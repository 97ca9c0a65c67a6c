"""A level's name as a bracketed tag: "Subject: [INTERNAL] roadmap", "[Vertraulich] Protokoll".

Mail subjects and document titles carry the level as a tag in square brackets, in title or
upper case, in any of the seven languages (the names of ``_marking_tiers``). A Markdown link
("[Internal](https://…)") and lower-case tags ("[internal]", a code attribute) are not tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, alternation, literal_alternation
from proxy.classify.detectors._marking_tiers import TIER_NAMES

#: "[Secret] Santa", "[SECRET] recipe": too common a word to stand for a level in a tag.
_TAGS = {name: level for name, level in TIER_NAMES.items() if name.lower() != "secret"}
TAG = Detector(
    "marking.tag",
    r"\[(?:" + literal_alternation(_TAGS) + r")\]",
    re.compile(r"\[(" + alternation(_TAGS) + r")\](?![(\[])"),
    lambda m, s: _tag(m),
    back=40,
    ahead=4,
    unicode=True,
)


def _tag(m: re.Match[str]) -> Iterator[Hit]:
    """The tag's level (public tags are no finding), spanned with its brackets."""
    level = _TAGS[m.group(1)]
    if level:
        yield Hit("marking", level, m.start(), m.end())
