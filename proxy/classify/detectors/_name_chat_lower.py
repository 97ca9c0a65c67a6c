"""Given names typed in lower case in chat prompts: "met with tariq and noor re the q3
budget", "réunion avec margaux et le fournisseur", "call mit svenja", "chloé est pour".

People who write prompts in a hurry leave out the capitals, and then no capitalised-name
detector sees the name. What stands in for the capital is a frame around a token that can only
be a name:

- the token is a known given name that is no word of any list we hold (``_word``), no place,
  product, pronoun or kinship word, and none of the few everyday words the lists miss
  (``_NOT_NAMES``: "olive", "otto", "hasta");
- a word of company or address stands right before it ("with", "avec", "mit", "con", "met",
  "z", "für", "von", "remind", "kun je"), or it joins a name found so ("tariq and noor"),
  or it opens a clause before a verb of saying, wanting or having ("chloé est pour", "and
  jonas said").

On lower-cased Wikipedia sentences (WikiNEuRal's validation split, 42,000 sentences in the seven
languages; the recall set uses its test split) the frame finds 664 person names against 39 other
tokens, most of them lower-cased places and teams ("von aston villa"); on the same sentences as
written it finds nothing (four words the lists miss, "frode", "otto", "violet", "hasta", are in
``_NOT_NAMES``).

Such prompts are short, so the detector reads the first ``_HEAD`` characters of each text part:
its prefilter fires once at the start of every part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lower_titles import _word
from proxy.classify.detectors._name_requests_lower import _NOT_RECIPIENT, _given_name

#: How much of each text part is read.
_HEAD = 1024
#: Everyday words (or their lower-case use) that are given names in the lists too.
_NOT_NAMES = frozenset(
    words(
        "olive|jade|coral|ivy|hazel|violet|blessing|otto|frode|hasta|deja|viking|enel|basel|"
        "ramadan|nazi|hung|rave|tore|fares|reto|keit|jene|ferne|starke|marino|africana|ruta|"
        "cali|pol|milton|honey|sunny|cherry|ginger|pepper|sage|river|storm|royal|prince|king|"
        "major|bishop|duke|earl|baron|sterling|chance|hope|faith|grace|joy|patience|mercy"
    )
)
#: Words after which a name is whom one meets, writes to or works for.
_CUES = frozenset(
    words(
        "with|w/|remind|tell|ask|ping|call|met|cc|from|for|avec|pour|rappelle|préviens|appelle|"
        "mit|für|von|sag|frag|erinnere|con|per|chiedi|ricorda|para|llama|met|voor|van|bel|"
        "herinner|vraag|z|ze|dla|przypomnij|przypomnieć|zadzwoń"
    )
)
#: Two-word cues: a Dutch question puts its object after the pronoun ("kun je sanne …").
_CUE_PAIRS = frozenset(words("kun je|kan je|wil je|zou je|kunt u|wilt u|kun jij|kan jij"))
#: Words that join two names ("tariq and noor", "margaux et chloé").
_JOINS = frozenset(words("and|&|et|und|e|y|en|i|oraz|or|ou|oder|o|of|lub"))
#: Words after which a clause starts ("…, and jonas said").
_CLAUSE = frozenset(words("and|but|et|mais|und|aber|y|pero|en|maar|ma|e|ale"))
#: Verbs of saying, wanting, thinking and having after a name that opens a clause.
_VERBS = frozenset(
    words(
        "is|was|said|says|wants|thinks|has|had|can't|cant|didn't|didnt|will|won't|est|veut|dit|"
        "pense|trouve|ist|hat|sagt|meint|findet|è|ha|vuole|dice|pensa|está|quiere|tiene|piensa|"
        "heeft|wil|zegt|vindt|jest|ma|chce|mówi|uważa"
    )
)
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšťūůűųźżž"
_TOKEN = re.compile(rf"(?<![\w'’@#/.\-])[{_LOWER}]{{3,}}(?:-[{_LOWER}]{{3,}})?(?![\w'’@\-]|\.\w)")
_PREV = re.compile(r"([\w/&'’]+)[ ]*(,?)[ ]*\Z")
_PREV_PAIR = re.compile(r"(\w+)[ ]+(\w+)[ ]*\Z")
_NEXT = re.compile(r"[ ]+([\w'’]+)")
#: Punctuation stripped from whitespace-split words for the quick check.
_PUNCT = ",.;:!?()[]{}\"'«»„“”‘’/\\|<>*_=+#@…–—"
_CLAUSE_END = re.compile(r"(?:\A|[.!?:;,])\s*\Z")


def _is_name(token: str) -> bool:
    """A known given name, no word, place, product, pronoun or kinship word."""
    return (
        token not in _NOT_NAMES
        and token not in _NOT_RECIPIENT
        and not _word(token)
        and _given_name(token[:1].upper() + token[1:])
    )


#: Every lower-case form ``_is_name`` accepts (one set lookup per token of the head).
_NAMES = frozenset(
    lower for name in data.GIVEN if len(name) >= 3 for lower in (name.lower(),) if _is_name(lower)
)


def _names(head: str) -> Iterator[tuple[int, int]]:
    """The spans of lower-case given names in their frame (see the module docstring)."""
    if _NAMES.isdisjoint([word.strip(_PUNCT) for word in head.split()]):
        return  # the common case, about 20 µs per KB (the token pattern takes five times that)
    found: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(head):
        if m.group() not in _NAMES:
            continue
        if _framed(head, m.start(), m.end(), found):
            found.append((m.start(), _with_surname(head, m.end())))
    yield from found


def _framed(head: str, start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """Whether the token at ``start`` stands after a cue, joins a name found, or opens a
    clause before a verb."""
    before = head[max(0, start - 40) : start]
    prev = _PREV.search(before)
    word, comma = (prev.group(1).lower(), bool(prev.group(2))) if prev else ("", False)
    if not comma and word in _CUES:
        return True
    pair = _PREV_PAIR.search(before)
    if pair and f"{pair.group(1)} {pair.group(2)}".lower() in _CUE_PAIRS:
        return True
    if found and (word in _JOINS or comma):
        between = head[found[-1][1] : start].strip(" ,").lower()
        if between in _JOINS or not between:
            return True
    nxt = _NEXT.match(head, end)
    if nxt is None or nxt.group(1).lower() not in _VERBS:
        return False
    return _CLAUSE_END.search(before) is not None or (word in _CLAUSE and not comma)


def _with_surname(head: str, end: int) -> int:
    """The end of the name: after a lower-case known surname that is no word ("luca badoer")."""
    nxt = _NEXT.match(head, end)
    if nxt is None:
        return end
    token = nxt.group(1)
    if token.islower() and token.capitalize() in data.SURNAMES and not _word(token):
        return nxt.end()
    return end


def _chat_names(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The lower-case names at the start of a part (the window's first match only)."""
    if m.start() != scan.lo:
        return
    head = m.group()
    if m.end() < scan.hi:  # a token cut at the end of the head is not read
        head = head[: head.rfind(" ") + 1] if " " in head else ""
    for start, end in _names(head):
        yield Hit("pii.person_name", None, m.start() + start, m.start() + end)


CHAT_LOWER = Detector(
    "person_name.chat_lower",
    # the start of the scanned text, or of a part after the engine's separator
    r"(?:\A|\n\x00\n)[^\x00]",
    re.compile(rf"(?s).{{1,{_HEAD}}}"),
    _chat_names,
    back=1,
    ahead=_HEAD,
)

DETECTORS = (CHAT_LOWER,)
