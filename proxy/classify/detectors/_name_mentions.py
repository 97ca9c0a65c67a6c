"""Persons mentioned in chat, tracker and review pastes: "@Marta Wiśniewska can you check the
PR?", "thanks @marta.wisniewska", "cc @pieter_bakker", "@EmmaWillis happy birthday".

Chat tools write a mention as "@" and the person's display name, or as a handle made of the
name. Three shapes, each after an "@" that ends no word (not an e-mail address):

- a display name: a known given name and a surname (a known one, one of a surname's shape, or
  a capitalised token that is no word, place or thing), up to three tokens;
- a handle of a given name and a surname joined by "." or "_" in lower case ("marta.wisniewska",
  "pieter_bakker"): the surname known or of a surname's shape;
- a handle in camel case ("EmmaWillis", "SalHernandez"): the same two parts.

Not names: decorators and annotations ("@Override", "@pytest.fixture", "@app.route"), package
scopes ("@types/node", "@angular/core"), a given name alone ("@Demi"), a handle whose second
part is a word ("@MarioKart", "@FordPerformance").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import LO, TOK, UP, Tok, excluded, given

_LOWER = "a-zà-öø-ž"
_MENTION_RE = re.compile(
    rf"(?<![\w.@/\\+\-])@[ ]?(?:"
    rf"(?P<display>{TOK}(?:[ ]{TOK}){{1,2}})"
    rf"|(?P<handle>[{_LOWER}]{{2,}}[._][{_LOWER}]{{2,}})(?![\w@/\-]|\.\w)"
    rf"|(?P<camel>[{UP}][{LO}]+[{UP}][{LO}]+)(?![\w@/\-]|\.\w)"
    r")"
)
_CAMEL = re.compile(rf"[{UP}][{LO}]+")


def _surname(token: str) -> bool:
    """Whether a token can end a name here: a known surname, a surname's shape, or a token that
    is no word, place or thing of any list."""
    if token in data.NOT_NAME or (token in data.PLACES and token not in data.SURNAMES):
        return False
    if token in data.SURNAMES or data.shaped(token):
        return True
    lower = token.lower()
    return len(token) > 2 and lower not in data.WORDS and lower not in data.ENGLISH_WORDS


def _first(token: str) -> bool:
    """Whether a token can start a mentioned name: a known given name that is no word."""
    return given(token) and token.lower() not in data.COMMON and token not in data.AMBIGUOUS


def _display(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """ "@Marta Wiśniewska": the longest run of two or three tokens that reads as a name."""
    base = m.start("display")
    toks: list[Tok] = []
    for part in re.finditer(r"\S+", m.group("display")):
        toks.append(Tok(part.group(), base + part.start(), base + part.end()))
    if not _first(toks[0].text):
        return
    for end in range(len(toks), 1, -1):
        name = toks[:end]
        if _brand([t.text for t in name], m, scan):
            return
        if all(_surname(t.text) for t in name[1:]) and not excluded(name, scan):
            yield Hit("pii.person_name", None, name[0].start, name[-1].end)
            return


def _mention(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A person mentioned with "@" (see the module docstring)."""
    if m.group("display"):
        yield from _display(m, scan)
        return
    group = "handle" if m.group("handle") else "camel"
    text = m.group(group)
    parts = re.split(r"[._]", text) if group == "handle" else _CAMEL.findall(text)
    if len(parts) != 2:
        return
    first, last = (p[:1].upper() + p[1:] for p in parts)
    if not (_first(first) and (last in data.SURNAMES or data.shaped(last))):
        return
    if last in data.PLACES or _brand([first, last], m, scan):
        return
    yield Hit("pii.person_name", None, m.start(group), m.end(group))


def _brand(toks: list[str], m: re.Match[str], scan: Scan) -> bool:
    """Whether a mentioned name is a brand's ("@JohnDeere", "@Fred Perry sale", "@TomFord")."""
    joined = " ".join(toks)
    if any(t in _FIRMS for t in toks) or joined in _BRANDS or joined.lower() in data.EPONYMS:
        return True
    nxt = re.match(r"\W*(\w+)", scan.after(m.end(), 24))
    return nxt is not None and nxt.group(1).lower() in _COMMERCE


_FIRMS = lone.COMPANIES | data.PRODUCT_NAMES | frozenset(("Deere", "Schwab"))
#: Brands that are a given name and a surname ("@CalvinKlein", "@JohnnieWalker").
_BRANDS = frozenset(
    ("Calvin Klein", "Johnnie Walker", "Tom Ford", "Marc Jacobs", "Tory Burch", "Anne Klein")
)
_COMMERCE = frozenset(
    (
        "sale",
        "sales",
        "outage",
        "store",
        "shop",
        "collection",
        "watches",
        "lenses",
        "recipes",
        "products",
        "official",
        "support",
        "announced",
        "announces",
        "tractors",
        "launches",
    )
)


MENTION = Detector(
    "person_name.mention",
    r"@ ?[A-Za-z\xC3-\xC5]",
    _MENTION_RE,
    _mention,
    back=4,
    ahead=64,
    unicode=True,
)
DETECTORS = (MENTION,)
