"""Person names written with initials: "J. M. van der Schoot", "W. Tromp", "A. Kowalska".

A candidate is one to three capital initials, each followed by a dot and a space, then (after
a particle) one capitalised token or a surname in capitals ("J. IMMINK", "P. J. BOSCH VAN
DRAKESTEIN", as notices write them). The token must not be a month, a street or institution
word or the first word of a place's name, nor a German noun in German text. How much more it
needs depends on the evidence that the initials are a person's:

- a particle, with a capital too ("J. van der Hoeden", "A. de Wit", "E. Le Goff"; after a
  single initial not one that is also an article, "Anlage B. des Vertrags", "Visit B. La Paz",
  which needs a function word before): any other token is the surname, a word or a place too;
- two or three initials ("E. M. Lier"): a token that is no everyday word; at the start of a
  line, where "P. S. Thanks" and "I. A. Background" stand, no word of any language we list
  either, unless a known surname;
- a single initial ("vitamin D. Deficiency", "option C. Kubernetes", a lettered heading
  "B. Scope"): a known surname or a surname's shape, or any token that is no everyday word or
  place when a lower-case function word of our languages stands right before the initial ("de
  G. Traitan et", "signed by J. Smithers") and no lone letter before that ("A and B. Then");
  "S." is a saint there ("Rua de S. Mamede").

A surname in capitals is a known surname or its shape, or, after two initials or a particle, a
token of four letters or more with a vowel that is no word ("U. S. ARMY", "U. S. EPA"); a
capitalised word right after it makes a heading in capitals ("A. NOTE ON THE SYSTEM").
Exclusions of ``_bare_names`` apply, and brands, companies and sport abbreviations written the
same way are none ("J. Crew", "H. J. Heinz", "K. O. Punch": see ``_initial_brands``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _PART as PART
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _UPPER as UPPER
from proxy.classify.detectors._bare_names import UP, _Tok
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german as german
from proxy.classify.detectors._initial_brands import company, person_cue

_PART_UPPER = alternation(p.upper() for p in data.PARTICLES)
#: A particle with a capital, as Belgian and French names write it ("A. Van Dijck", "E. Le Goff").
_PART_TITLE = alternation(p[0].upper() + p[1:] for p in data.PARTICLES)
#: A surname in capitals, possibly with a particle inside ("BOSCH VAN DRAKESTEIN").
_CAPS = rf"{UPPER}(?:[ ](?:{_PART_UPPER})[ ]{UPPER})?"
_PATTERN = re.compile(
    rf"(?<![\w.&/@-])(?P<ini>(?:[{UP}]\.[ ]){{1,3}})"
    rf"(?P<part>(?:{PART}|{_PART_TITLE}|{_PART_UPPER})[ ])?"
    rf"(?:(?P<tok>{TOK})|(?P<caps>{_CAPS}))(?!\.\w)"
)
#: Given names that are no surname ("J. Maria" is no name written with initials).
_GIVEN_ONLY = data.GIVEN - data.SURNAMES
#: Lower-case function words after which a capital and a dot is an initial, not a sentence's
#: end or an option's letter ("de G. Traitan", "et L. Georget", "door J. Bakker").
_FUNCTION = words(
    "by|and|with|from|de|et|par|avec|pour|chez|door|en|bij|aan|met|voor|von|und|mit|bei|"
    "durch|di|e|con|da|per|y|por|para|i|przez|oraz|dla|od"
)
_FUNCTION_BEFORE = re.compile(rf"(?<![\w'’-])(?:{alternation(_FUNCTION)})[ ]\Z")
#: A lone letter or number before the function word: "A and B. Kubernetes", "1 en B. Daarna".
_LETTER_BEFORE = re.compile(r"(?<![\w.'’-])(?:\w|\d+)[ ]\S+[ ]\Z")
_LINE_START = re.compile(r"(?:^|\n)[ \t>*•-]*$")
#: Particles that are also articles ("Anlage B. des Vertrags", "Anexo B. de la Ley", "Punkt
#: B. das Ergebnis"): after a single initial they are no evidence of a name.
_ARTICLES = frozenset(words("des|du|das|la|le|de la|de los|de las|della|delle|dei|del|zu|bin|ibn"))
_CAPS_AFTER = re.compile(rf"[ ]+[{UP}]{{2,}}(?!\.)\b")
_VOWEL = re.compile(r"[aeiouyà-öø-ý]")


def _surname(token: str) -> bool:
    """A known surname or a surname's shape (Nowakowski, Ottová)."""
    return token in data.SURNAMES or data.shaped(token)


def _word(last: str, part: bool, initials: int) -> bool:
    """Whether the token is a word, a month, a place or a street word rather than a surname."""
    lower = last.lower()
    if len(last) < 3 or last in data.NOT_NAME or lower in data.PLACE_AFTER:
        return True
    if lower in data.PLACE_WORDS or (last in _GIVEN_ONLY and not part):
        return True
    if part:  # "A. de Wit", "J. van Lier": after a particle the token is the surname
        return False
    if last in data.PLACES:  # "E. M. Lier" is a name, "option B. Paris" is not
        return initials == 1
    return lower in data.COMMON


def _particle(m: re.Match[str], initials: int) -> bool:
    """Whether a particle after the initials makes them a name's ("J. van der Hoeden")."""
    part = m.group("part")
    return part is not None and (initials > 1 or part[:-1].lower() not in _ARTICLES)


def _function_before(scan: Scan, start: int) -> bool:
    """Whether a lower-case function word stands right before the initial ("de G. Traitan")."""
    if scan.text.startswith("S.", start):
        return False  # "Rua de S. Mamede": a saint, São, San or Santo
    before = scan.before(start, 24)
    return bool(_FUNCTION_BEFORE.search(before)) and not _LETTER_BEFORE.search(before)


def _caps_ok(m: re.Match[str], scan: Scan, last: str, initials: int) -> bool:
    """Whether a surname in capitals is one: a known surname, or after two initials or a
    particle an unknown token that is no word and no acronym; never a heading in capitals."""
    if _CAPS_AFTER.match(scan.after(m.end(), 24)):
        return False  # "A. NOTE ON THE SYSTEM"
    part = _particle(m, initials)
    if m.group("part") and not part:
        return False  # an article after one initial: "B. LA PAZ"
    if _word(last, True, initials) or (last in data.PLACES and initials == 1 and not part):
        return False
    if last in data.SURNAMES or data.shaped(last):
        return True
    lower = last.lower()
    if lower in data.WORDS or lower in data.COMMON or len(last) < 4:
        return False  # "U. S. ARMY", "P. S. THANKS", "U. S. EPA"
    return (initials > 1 or part) and bool(_VOWEL.search(last.lower()))


def _plain_ok(m: re.Match[str], scan: Scan, last: str, initials: int) -> bool:
    """Whether a capitalised token is a surname: after a particle or a function word; after
    one initial a known surname or its shape ("vitamin D. Deficiency" is none); after two, at
    the start of a line, also any token that is no word ("P. S. Thanks" is no name)."""
    part = _particle(m, initials)
    if _word(last, part, initials):
        return False
    if part or _function_before(scan, m.start()):
        return True
    if initials == 1:  # a capitalised article is no particle here: "Visit B. La Paz"
        part_text = m.group("part")
        return not (part_text and part_text[:1].isupper()) and _surname(last)
    if _surname(last) or last.lower() not in data.WORDS:
        return True
    return not _LINE_START.search(scan.before(m.start(), 8))


def _name(m: re.Match[str], last: str, initials: int) -> list[_Tok]:
    """The first initial and the surname as tokens; a place after a particle or two initials
    is the surname, so the exclusions' place check sees it in lower case."""
    end = m.end("caps") if m.group("caps") else m.start("tok") + len(last)
    strong = initials > 1 or _particle(m, initials)
    shown = last.lower() if strong and last in data.PLACES else last
    return [_Tok(m.group()[:2], m.start(), m.start() + 2), _Tok(shown, end - len(last), end)]


def _validate(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name unless the token is a word, a place, an acronym or a heading's first word."""
    initials = m.group("ini").count(".")
    if m.group("caps"):
        last = m.group("caps").split(" ")[-1].title()
        if not _caps_ok(m, scan, last, initials):
            return
    else:
        last = m.group("tok")
        last = last[:-2] if last.endswith(("'s", "’s")) else last
        if not _plain_ok(m, scan, last, initials):
            return
    if company(m.group("ini"), last, scan.after(m.end(), 24)) and not person_cue(
        scan.before(m.start(), 24), scan.after(m.end(), 48)
    ):
        return  # "by J. Crew", "K. O. Punch", "A. P. Moller - Maersk"
    name = _name(m, last, initials)
    if data.german_noun(last) and german(name, scan):
        return
    if excluded(name, scan):
        return
    yield Hit("pii.person_name", None, m.start(), m.end())


INITIALS = Detector(
    "person_name.initials",
    r"[A-Z]\. (?:[a-z]{1,3} ){0,2}[A-Z\xC3-\xC5]",
    _PATTERN,
    _validate,
    back=16,
    ahead=48,
)
DETECTORS = (INITIALS,)
