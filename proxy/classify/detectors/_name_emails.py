"""A person named by their own e-mail address: "Ruairí Byrne 07700 900127 ruairi.byrne@gmail.com",
"Krzysztof Mazur <k.mazur@um.gdansk.pl>", "Leonie Achterberg, leonie.a@outlook.com".

Contact lists, signatures and mail headers write a name and then that person's address on the
same line. When the address's local part spells the capitalised words before it, those words
are the person's name, whether or not the gazetteers know them. The local part is split at
".", "_", "-", "+" and digits, and compared without case or accents; a pair of words matches
when the address holds both ("ruairi.byrne"), one and the other's initial ("k.mazur",
"leonie.a") or both run together ("jsmith", "annaweber", "weberanna").

Not a person: a word of the lists we hold that is no known name, a place or a firm among the
matched words ("Support Team <support.team@…>", "Visit Berlin <visit.berlin@…>",
"Siemens Energy <siemens.energy@…>"). The prefilter is the e-mail detector's own expression
(hyperscan compiles it once).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_words import COMPANIES
from proxy.classify.detectors._name_tokens import PART, TOK

_PREFILTER = r"[^\s@]@(?:[A-Za-z0-9\-]+\.[A-Za-z]|[A-Za-z0-9\-]*[^\x00-\x7f])"
_ADDRESS = re.compile(r"(?<![\w.%+-])([^\W_][\w.%+-]{0,63})@[^\W_][\w-]{0,62}\.", re.UNICODE)
_RUN = re.compile(rf"{TOK}(?:[ ](?:(?:{PART})[ ])?{TOK}){{0,3}}")
_WORD = re.compile(rf"{TOK}")
_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")
#: How far before the address its owner's name may stand (on the same line).
_BACK = 120


def _fold(text: str) -> str:
    """Lower case without accents ("Ruairí" → "ruairi")."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _spelled(words: Sequence[str], parts: Sequence[str]) -> tuple[int, int] | None:
    """The first and last index of the words the local ``parts`` spell (see the module
    docstring), or ``None``."""
    folded = [_fold(w) for w in words]
    for i in range(len(folded) - 1):
        for j in range(i + 1, len(folded)):
            a, b = folded[i], folded[j]
            both = {a, b}
            if both <= set(parts) or (
                (a in parts and b[0] in parts) or (b in parts and a[0] in parts)
            ):
                return i, j
            joined = {a + b, a[0] + b, b + a, b + a[0], a + b[0]}
            if any(part in joined for part in parts if len(part) > 3):
                return i, j
    return None


def _no_person(words: Sequence[str]) -> bool:
    """Whether a word among them makes the pair a team, place or firm rather than a person."""
    for word in words:
        lower = word.lower()
        known = word in data.GIVEN or word in data.SURNAMES
        if word in data.PLACES or word in COMPANIES or word in data.NOT_NAME:
            return True
        if not known and (lower in data.COMMON or lower in data.WORDS):
            return True
    return False


def _owner(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name the address spells, nearest before it on its line."""
    parts = [p for p in _LOCAL_SPLIT.split(_fold(m.group(1))) if p]
    if not parts:
        return
    before = scan.before(m.start(), _BACK)
    line_start = m.start() - len(before) + before.rfind("\n") + 1
    for run in reversed(list(_RUN.finditer(scan.text, line_start, m.start()))):
        words = list(_WORD.finditer(run.group()))
        found = _spelled([w.group() for w in words], parts)
        if found is None:
            continue
        named = words[found[0] : found[1] + 1]
        if not _no_person([w.group() for w in named]):
            yield Hit(
                "pii.person_name",
                None,
                run.start() + named[0].start(),
                run.start() + named[-1].end(),
            )
        return


DETECTORS = (
    Detector(
        "person_name.email_owner",
        _PREFILTER,
        _ADDRESS,
        _owner,
        back=80,
        ahead=80,
        unicode=True,
    ),
)
