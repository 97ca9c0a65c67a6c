"""A person mentioned by a chat handle made of their name: "@marta podpytaj", "ping @priya.raman",
"cc @lena_schmidt", "@Jonas kannst du", "thanks @marta.".

Slack, Teams and GitHub mentions are the person's own name more often than not, and a pasted
chat keeps them. The handle counts when its first part is a given name of the lower-case chat
lists (``_name_chat_lower``: no everyday word, place or product, and the common names word lists
hold too, "emma", "lena"; not "@channel", "@here", "@team", "@jest", "@angular") and the rest, if
any, is one more part joined by a dot, an underscore or a hyphen ("@priya.raman"). Not after a
letter or a digit (an e-mail address), and not before "(" or "/" (a decorator or a package
scope: "@retry(", "@babel/core").

The prefilter is "@" after a space, a line's start or a quote, a word and what follows a
mention in a message (a lower-case word, a punctuation mark before a space, the line's end): a
style sheet's "@gutter @gutter;", "darken(@brand, 10%)" or "@var: 1px", and a package scope
wake nothing (a pure literal per name, "@marta", cost 4 % of the scan time: classify_ab,
2026-12-07).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._name_chat_lower import _LIST_NAMES, _NAMES

_PART = r"[^\W\d_]"
_HANDLE_RE = re.compile(
    rf"(?<![\w@/.\\])@(?P<first>{_PART}{{3,}})(?:[._-](?P<rest>{_PART}{{2,}}))?"
    r"(?![\w@/(-]|\.\w)"
)
#: Given names typed in lower case (``_name_chat_lower``).
_HANDLE_NAMES = _NAMES | _LIST_NAMES


def _handle(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The handle, when its first part is a given name (see the module docstring)."""
    if m.group("first").lower() in _HANDLE_NAMES:
        yield Hit("pii.person_name", None, m.start("first"), m.end())


#: The window starts before the "@" (a hit's offset is its prefilter's end) and reaches over the
#: rest of the handle.
HANDLE = Detector(
    "person_name.handle",
    # bytes: the lead bytes of Latin-1 and Latin Extended-A letters, and of "«", "„", "»", "”"
    r"(?:^|[ \t\n\"'\x9E\xAB])@[A-Za-z\xC3-\xC5][a-z\x80-\xC5]{2,24}"
    r"(?:[._][a-z\x80-\xC5]{2,24})?"
    r"(?:[ ][a-z\xC3-\xC5]|[,.!?](?:[ \n]|$)|\n|$|[\"'\xC2\xE2])",
    _HANDLE_RE,
    _handle,
    back=48,
    ahead=8,
    unicode=False,
)

DETECTORS = (HANDLE,)
