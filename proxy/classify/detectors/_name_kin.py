"""A person named by a kinship word without a possessive, as carers' sheets and family messages
write them: "nonna Pina", "oma Trijntje", "mamie Yvette", "abuela Carmen", "babcia Zosia",
"Dad (Bill Hargreaves)", "maman (Odette, 88 ans)".

- A grandparent, aunt or uncle word and a capitalised name: families call them so ("nonna
  Pina", "Opa Heinz", "tía Lola", "ciocia Basia"). The name's first token is a known given name,
  or, after a kinship word in lower case ("oma Trijntje"), no word of any list we hold: German
  capitalises the word before any noun ("Tante Bett Schuh"), so there a known given name only,
  and a capitalised token after it only if a name's. Words that open place and firm names as
  well ("Gran Canaria", "Abu Dhabi", "Tata Steel", "NaN") are not among them.
- Any relation word (``_relation_words``) and a name in parentheses ("Dad (Bill Hargreaves)",
  "my neighbour (Margaret)"): the first token is a known given name, one that is a word too
  only before a known surname ("Dad (Bill Hargreaves)"; not "Dad (Bill)").

The next tokens join while they can be a name's (no everyday word, no German noun). Not brands,
shops and characters named so ("Uncle Sam", "Uncle Ben's", "Tante Fanny", "Papa John's",
"Mamma Mia", "Oma's Bakery", "Granny Smith"); not a firm after a business relation ("our audit
partner (Grant Thornton)"); not a name before a company form ("Tante Emma GmbH").

The prefilter is ``names.RELATION``'s (every kinship word here is a relation word there), so
the scan gains no pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, by_first_letter, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors import names
from proxy.classify.detectors._name_tokens import COMPANY
from proxy.classify.detectors._relation_words import BUSINESS, RELATIONS

#: Grandparents, aunts and uncles, as families call them before a name. Hand-written.
KIN_WORDS = words(
    "grandma|granny|nana|nanna|grandpa|grandad|granddad|gramps|auntie|aunty|aunt|uncle|"
    "mamie|papi|mémé|pépé|mamy|papy|tatie|tonton|oma|opa|omi|opi|uroma|uropa|tante|onkel|"
    "nonna|nonno|bisnonna|bisnonno|zia|zio|abuela|abuelo|yaya|tía|tío|"
    "bisabuela|bisabuelo|oom|babcia|babci|babcię|dziadek|dziadka|dziadziuś|ciocia|cioci|"
    "wujek|wujka|prababcia|pradziadek"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][a-zà-öø-ÿąćčęěłńóśšźżž]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?(?!\w)"
_NAME = rf"{_CAP}(?:[ ]{_CAP}){{0,2}}"
_KIN_RE = re.compile(
    rf"(?<![\w])(?i:(?P<kin>{by_first_letter('|'.join(KIN_WORDS))}))[ ]+\(?(?P<name>{_NAME})"
    rf"|(?<![\w])(?i:(?P<rel>{by_first_letter('|'.join(RELATIONS))}))[ ]+\((?P<paren>{_NAME})"
    rf"(?=[),])"
)
#: Brands, drinks, shops and characters named by a kinship word and a name. Hand-written.
_NOT_PERSONS = frozenset(
    words(
        "uncle sam|uncle ben|uncle tom|oncle sam|onkel sam|zio sam|tío sam|wujek sam|onkel tom|"
        "tante fanny|tante emma|tío pepe|tía maria|papa john|onkel dagobert|oom dagobert|"
        "zio paperone|tío gilito|oncle picsou|oma duck|nonna papera|grandma duck|granny smith|"
        "aunt jemima|mamie nova|nonno nanni|onkel donald|tío donald|zio paperino|oncle donald|"
        "tante marie"
    )
)


def _first(token: str, strict: bool) -> bool:
    """Whether a token can open the name: a known given name (only that after a parenthesis
    or a capitalised kinship word, which German writes before any noun: "Tante Bett"), or a
    token of no word list, place or product."""
    if token in data.NOT_NAME or token in data.PRODUCT_NAMES or token.lower() in data.COMMON:
        return False
    if token in data.GIVEN:
        return True
    lower = token.lower()
    return not strict and lower not in data.WORDS and token not in data.PLACES


def _kin(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name after a kinship word (see the module docstring)."""
    group = "name" if m.group("kin") else "paren"
    word = (m.group("kin") or m.group("rel")).lower()
    if group == "paren" and word in BUSINESS:
        return  # "our audit partner (Grant Thornton)", "Manager (Ted Baker)"
    toks = list(re.finditer(r"\S+", m.group(group)))
    first = toks[0].group()
    second = toks[1].group() if len(toks) > 1 else ""
    full = first in data.GIVEN and second in data.SURNAMES and second.lower() not in data.COMMON
    strict = m.group("rel") is not None or word[:1] != (m.group("kin") or "")[:1]
    if not (full or _first(first, strict)):
        return  # "Dad (Bill Hargreaves)" is a name, "Dad (Bill)" a word
    if strict and second and not full and second not in data.GIVEN:
        return  # German nouns in a row: "Tante Bett Schuh"
    if f"{word} {first.lower()}" in _NOT_PERSONS:
        return
    if scan.after(m.start(group) + len(first), 2) in ("'s", "’s") and m.group("kin"):
        return  # "Oma's Bakery", "Uncle Ben's rice"
    end = toks[0].end()
    for tok in toks[1:]:
        text = tok.group()
        if text.lower() in data.COMMON or text in data.NOT_NAME or data.german_noun(text):
            break
        end = tok.end()
    start = m.start(group)
    if COMPANY.match(scan.after(start + end, 30)):  # the cue detectors' company forms
        return
    yield Hit("pii.person_name", None, start, start + end)


KIN = Detector(
    "person_name.kin",
    # the relation detector's prefilter (every kinship word is a relation word): one pattern
    names.RELATION.prefilter,
    _KIN_RE,
    _kin,
    back=40,
    ahead=60,
    caseless=True,
)

DETECTORS = (KIN,)
