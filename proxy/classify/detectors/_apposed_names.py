"""A surname or given name followed by a role in apposition: a comma, an article or possessive
(or none), at most one more word, and a role or occupation ("Brannigan, the lawyer who", "Kowalski,
our accountant,", "Durand, le notaire du village", "Bertolazzi, il sindaco della città",
"Vermeulen, de advocaat", "Nowak, księgowy").

The role lists are those of ``_lone_names`` (``ROLES`` and ``ROLES_MORE``); the token must be a
known name or a token unknown to every word list, and not a place, brand, product or company
(``_lone_names._kind``: "Google, the search company", "Paris, the capital" are none). A known
given name right before the token joins the span ("Frank Almeda, a former player"). The word
between article and role may not be a function word ("Grimmenau, a town whose mayor" has two).

The prefilter is a comma, at most two words and a role (ordinary text has about 400 roles per
MB, and almost none after a comma); the exact pattern runs from the comma to the role, and the
token is read back from the comma. Without an article or possessive (Polish has none:
"Nowakowski, trener drużyny") the token must be a known name: an
unknown one is as often a town ("Wąchock, burmistrz miasta").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_names as lone_names
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _LEAD as LEAD
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token

#: German nouns are capitalised ("Kowalski, dem Trainer der Mannschaft").
_ROLES = lone_names._ROLES | {role[:1].upper() + role[1:] for role in lone_names._ROLES}
#: Articles and possessives before an apposed role, in the seven languages.
_DETERMINERS = words(
    "the|a|an|our|my|his|her|their|your|il|lo|la|l'|l’|un|uno|una|un'|le|une|notre|mon|ma|son|"
    "sa|leur|votre|der|die|das|dem|den|des|ein|eine|einem|einen|eines|unser|unsere|unserem|"
    "unseren|mein|meine|meinem|sein|seine|seinem|ihr|ihre|ihrem|el|los|las|nuestro|nuestra|mi|"
    "su|de|het|een|onze|ons|mijn|zijn|haar|hun|mio|mia|suo|sua|nostro|nostra|nasz|nasza|mój|"
    "moja|jego|jej"
)
#: Words that cannot stand between the article and the role ("a town whose mayor").
_NOT_BETWEEN = frozenset(
    words(
        "of|whose|where|which|who|that|with|for|and|or|in|on|at|to|by|from|de|du|des|di|del|"
        "della|van|von|vom|zur|zum|und|et|e|y|en|i|oraz|dont|où|cuyo|cuya|dessen|deren|"
        "wiens|waar|wo|dove|donde|home|city|town|village|capital|company|firm|band|team|club|"
        "party|country|state|region|river|ship|brand"
    )
)
#: From the comma to the role: the regex engine looks for the comma first (a literal), where a
#: pattern led by the token would try every position of the window.
_PATTERN = re.compile(
    rf",[ ]+((?:{alternation(_DETERMINERS)})[ ]+)?(?:([a-zà-ÿ'’-]+)[ ]+)?"
    rf"(?:{alternation(_ROLES)})(?![\w'’-])"
)
_TOKEN_BEFORE = re.compile(rf"{LEAD}({TOK})\Z")
_GIVEN_BEFORE = re.compile(rf"({TOK})[ ]+\Z")


def _apposed(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The token before an apposed role, with a known given name right before it."""
    if m.group(2) and m.group(2).lower() in _NOT_BETWEEN:
        return
    head = scan.before(m.start(), 48)
    found = _TOKEN_BEFORE.search(head)
    if found is None:
        return
    start = m.start() - len(head) + found.start(1)
    tok = Token(found.group(1), start, m.start())
    kind = lone_names._kind(tok, scan)
    if kind is None or (kind == "unknown" and not m.group(1)):
        return
    name = [tok]
    before = scan.before(tok.start, 40)
    first = _GIVEN_BEFORE.search(before)
    if first and first.group(1) in data.GIVEN:
        start = tok.start - len(before) + first.start(1)
        name.insert(0, Token(first.group(1), start, start + len(first.group(1))))
    elif not lone_names._alone(tok, scan):
        return  # a longer run of capitalised words, or "the Beatles, a band"
    if not excluded(name, scan):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


APPOSED = Detector(
    "person_name.apposed_role",
    r", (?:[^ ,.]{1,15} ){0,2}" + hs_words(_ROLES),
    _PATTERN,
    _apposed,
    back=112,
    ahead=4,
    unicode=True,
)

DETECTORS = (APPOSED,)
