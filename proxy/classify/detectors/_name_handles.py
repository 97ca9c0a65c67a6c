"""A person mentioned by a chat handle made of their name: "@marta podpytaj", "ping @priya.raman",
"cc @lena_schmidt", "@Jonas kannst du".

Slack, Teams and GitHub mentions are the person's own name more often than not, and a pasted
chat keeps them. The handle counts when its first part is a given name that is no word of any
list (``_name_chat_lower``: "@marta", "@priya"; not "@channel", "@here", "@team", "@jest",
"@angular") and the rest, if any, is one more part joined by a dot, an underscore or a hyphen
("@priya.raman"). Not after a letter or a digit (an e-mail address), and not before "(" or "/"
(a decorator or a package scope: "@retry(", "@babel/core").

The prefilter is "@" and two letters after what is no word character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._name_chat_lower import _LIST_NAMES, _NAMES

_HANDLE_RE = re.compile(
    r"(?<![\w@/.\\])@(?P<first>[A-Za-zÀ-ÿ]{3,})(?:[._-](?P<rest>[A-Za-zÀ-ÿ]{2,}))?"
    r"(?![\w@/(.-])"
)
#: Given names typed in lower case that are no word.
_HANDLE_NAMES = _NAMES | _LIST_NAMES


def _handle(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The handle, when its first part is a given name (see the module docstring)."""
    if m.group("first").lower() in _HANDLE_NAMES:
        yield Hit("pii.person_name", None, m.start("first"), m.end())


HANDLE = Detector(
    "person_name.handle",
    r"(?:^|[^\w@/.\\])@[A-Za-z\xC3-\xC5][a-z\x80-\xBF]",
    _HANDLE_RE,
    _handle,
    back=8,
    ahead=64,
)

DETECTORS = (HANDLE,)
