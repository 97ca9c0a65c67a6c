"""BICs written without a cue: an 8- or 11-character code standing alone in mixed-case text.

Capitalised words spell valid BICs too (``BUSINESS`` = BUSI NE SS, ``DEADBEEF`` = DEAD BE EF),
so a bare code counts only where its shape is not a word's:

- a digit in the location or branch code (``NWBKGB2L``, ``DEUTDEDB110``), which words never have,
  unless the letters before it are a word or name (``SUMMER24``, a voucher code);
- letters only: the code must read as no word of the languages we know. A letter-trigram model
  of every word and name the classifier ships (``_names_data``: Faker's and Mimesis' word, name
  and place lists) gives each character's log-probability; a BIC's bank code and location are
  abbreviations (``BNPAFRPP``: -5.5 a character), words are not (``BUSINESS``: -2.4). A
  location code no word ends in (a repeated letter, an ``X``, no vowel among country and
  location) or banking words nearby lower the bar.

Everywhere: a valid ISO 3166 country (``stdnum.bic``), not hexadecimal (``CAFEBABE``), not a
word or name of the shipped lists, standing alone (no capitalised word next to it, lower-case
text around: not a heading, shouted sentence or run of SQL keywords), and not glued to a path,
file name, identifier or call (``DATABASE(``, ``/BUSINESS/``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from stdnum import bic

from proxy.backends.countries import COUNTRIES
from proxy.classify._base import Detector, Hit, Scan, words
from proxy.classify.detectors import _names_data as data

#: Per-character log-probability under the word model below which letters alone make a BIC:
#: a plain location, one words seldom end in (``_odd_location``), and a doubled consonant of a
#: city (``DEFF``, ``ITMM``, ``FRPP``: ``_city_location``). Banking words nearby raise each bar by
#: ``BANKING_LIFT``. Measured (2026-12-04) on the 1,565 letters-only BICs of schwifty's bank
#: registries against the 45,896 BIC-shaped words of wordfreq's lists of 22 languages with a
#: Zipf frequency of 3 or more (outside the shipped lists): 79.6 % of the BICs pass and 269 of
#: the words (0.6 %, nearly all Finnish, Slovene, Czech, Hungarian, Nordic), 88.4 % and 1,346
#: with the lift.
WORDLIKE = -4.0
WORDLIKE_ODD = -3.6
WORDLIKE_CITY = -2.8
BANKING_LIFT = 0.4
#: The letters every model string starts and ends with.
_START, _END = "^^", "$"
_SMOOTH = 0.1
_ALPHABET = 27  # A-Z and the end mark

#: Banking words (7 languages) that make a bare code near them likelier a BIC.
_BANKING = re.compile(
    r"bank|banque|banca|banco|konto|account|compte|conto|cuenta|rekening|rachun|"
    r"transfer|virement|[üu]berweis|bonifico|overboek|przelew|sepa|swift|wire|payment|"
    r"paiement|zahlung|pagamento|pago|betaling|p[łl]atno|benefici|beg[üu]nstig|empf[äa]nger|"
    r"odbiorc",
    re.I,
)
_HEX = re.compile(r"[0-9A-F]+")
#: Brand names that read as BICs and are written in capitals (found measuring brands, above).
_BRANDS = frozenset({"WHATSAPP"})
_LEAD = re.compile(r"[A-Z]+")
#: A run of one letter (``AAAABBCC``), date and time format letters only (``YYMMDDHH``), a date
#: format inside a longer code (``GYYMMDDSSSC``) or a DNA or RNA sequence (``TTAGGGCC``); no BIC
#: of schwifty's registries is one.
_RUN = re.compile(r"([A-Z])\1{3}|^[YMDHS]+$|YYMM|MMDD|DDMM|HHMM|MMSS|^[ACGTU]+$")
_ASSIGNED = re.compile(r"\s*(?:[:+\-*/|&]?=(?!=)|:\s*[A-Za-z_]+\s*=)")
_IMPORTED = re.compile(r"\b(?:import|as|def|class)\s+$")
#: Around a quoted code, the punctuation that makes it a key or argument in source code.
_CODE_BEFORE = frozenset("[({=,:+")
_CODE_AFTER = frozenset("[](){},:;=+%")
#: A capitalised word (two letters or more, no lower case) next to the code: a heading, a
#: shouted sentence, a run of keywords or constants.
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9]+")
_WORD = re.compile(r"[^\W_]+")
_LOWER = re.compile(r"[a-zß-ÿ]")

#: The code's own prefilter: 4 capitals, an ISO 3166 country (python-stdnum's list, pinned), 2
#: capitals or digits, 3 more optional, between word boundaries. The country cuts the hits on
#: text in capitals to a third (an Apache licence in capitals: 3,600 against 11,250 a MB) and
#: costs nothing on ordinary text (hyperscan alone: 0.55 against 0.64 ms a MB).
PREFILTER = (
    r"\b[A-Z]{4}(?:" + "|".join(sorted(COUNTRIES | {"XK"})) + r")[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"
)
#: The exact pattern: not glued to a path, file name, identifier, address or call.
PATTERN = re.compile(
    r"(?<![\w\-./\\+=@#$%&*:])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\w\-/\\+=@(\[]|[.:]\w)"
)


def _fold(word: str) -> str:
    """The word in ASCII capitals (accents dropped), as a code would spell it."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().upper()


def _known(token: str) -> bool:
    """Whether a token in capitals is a shipped word (Faker's and Mimesis' lists) or a name or
    place, looked up as those lists spell it (no folded copy of them is kept)."""
    lower, title = token.lower(), token.capitalize()
    return (
        lower in data.COMMON
        or lower in data.WORDS
        or title in data.GIVEN
        or title in data.SURNAMES
        or title in data.PLACES
    )


def _trigram_model(sources: Iterable[Iterable[str]]) -> dict[str, float]:
    """Log-probabilities of each letter after the two before it, over the words and names of
    the sources, folded (add-0.1 smoothed; the contexts' totals are kept under their two
    letters)."""
    counts: Counter[str] = Counter()
    for word in (w.upper() if w.isascii() else _fold(w) for source in sources for w in source):
        if len(word) >= 3 and word.isalpha():
            padded = _START + word + _END
            counts.update(padded[i - 2 : i + 1] for i in range(2, len(padded)))
    contexts: Counter[str] = Counter()
    for gram, count in counts.items():
        contexts[gram[:2]] += count
    model = {
        gram: math.log((count + _SMOOTH) / (contexts[gram[:2]] + _SMOOTH * _ALPHABET))
        for gram, count in counts.items()
    }
    model.update(
        {ctx: math.log(_SMOOTH / (n + _SMOOTH * _ALPHABET)) for ctx, n in contexts.items()}
    )
    return model


#: Everyday words, and the words identifiers end in (``MYPYPATH``, ``CPPFLAGS``): no BIC of
#: schwifty's registries ends in one.
_COMMON = frozenset(w.upper() for w in data.COMMON if len(w) >= 3 and w.isascii()) | frozenset(
    words(
        "PATH|HOME|CODE|NAME|FILE|LIST|MODE|SIZE|USER|TYPE|DATA|FLAGS|LAGS|PORT|HOST|ROOT|CONF|"
        "TEMP|INFO|ARGS|OPTS|DIRS|TEXT|TIME|DATE|KEYS|ITEM|NODE|LINK"
    )
)
_MODEL = _trigram_model((data.COMMON, data.GIVEN, data.SURNAMES, data.PLACES))
_UNSEEN = math.log(1 / _ALPHABET)


def wordlike(token: str) -> float:
    """Mean log-probability per letter of ``token`` (capitals) under the word model: about -2.5
    for words and names, below -4 for most bank codes."""
    padded = _START + token
    total = 0.0
    for i in range(2, len(padded)):
        score = _MODEL.get(padded[i - 2 : i + 1])
        total += score if score is not None else _MODEL.get(padded[i - 2 : i], _UNSEEN)
    return total / len(token)


def _odd_location(code: str) -> bool:
    """A location words seldom end in: a doubled letter (``DEFF``), the country again
    (``LULU``, ``MTMT``: the main office in many small countries), an ``X`` (``2X``, ``XX``), or
    no vowel in country and location (``CHZH``)."""
    location = code[6:8]
    return (
        location == code[4:6]
        or location[0] == location[1]
        or "X" in location
        or not any(c in "AEIOUY" for c in code[4:8])
    )


def _spells_word(code: str) -> bool:
    """Whether the code's letters spell a shipped word or name: the whole code, the letters
    before its first digit (``SUMMER24``), two everyday words (``POSTCODE``) or a name ending in
    one (``MYPYPATH``). None of schwifty's 10,340 BICs does any of the last two."""
    lead = _LEAD.match(code)
    if _known(code) or code in _BRANDS or (lead is not None and _known(lead.group(0))):
        return True
    return code.isalpha() and (
        code[-4:] in _COMMON
        or any(code[:i] in _COMMON and code[i:] in _COMMON for i in range(3, len(code) - 2))
    )


def _in_code(m: re.Match[str], scan: Scan) -> bool:
    """Whether the code is a name in source code: assigned (``POSTCODE = ``), imported, a
    quoted key or argument (``environ['CPPFLAGS']``, ``"UNSUBSCRIBE", x``), or a run of one
    letter (``YYYYMMDD``)."""
    before, after = scan.before(m.start(), 12), scan.after(m.end(), 12)
    if _RUN.search(m.group(0)) or _ASSIGNED.match(after) or _IMPORTED.search(before):
        return True
    if not before or not after or before[-1] not in "'\"`" or after[0] != before[-1]:
        return False
    return before[:-1].rstrip()[-1:] in _CODE_BEFORE or after[1:2] in _CODE_AFTER


def _stands_alone(m: re.Match[str], scan: Scan) -> bool:
    """Lower-case text around and no capitalised word right before or after the code."""
    before, after = scan.before(m.start(), 40), scan.after(m.end(), 40)
    if not _LOWER.search(before + after):
        return False
    last = _WORD.findall(before.rsplit("\n", 1)[-1])[-1:]
    first = _WORD.findall(after.split("\n", 1)[0])[:1]
    return not any(_CAPS_WORD.fullmatch(word) for word in (*last, *first))


def _city_location(code: str) -> bool:
    """An 8-character code ending in a doubled consonant that word endings seldom double
    (``DEFF``, ``ESMM``, ``FRPP``, ``ATWW``; not ``NESS``, ``BALL``, ``MANN``)."""
    return len(code) == 8 and code[6] == code[7] and code[6] in "BCDFGHKMPW"


def _plausible(code: str, banking: bool) -> bool:
    """Whether the code's letters read as a BIC rather than a word (see the module doc)."""
    if any(c.isdigit() for c in code):
        return True
    if _city_location(code):
        bar = WORDLIKE_CITY
    else:
        bar = WORDLIKE_ODD if _odd_location(code) else WORDLIKE
    return wordlike(code) < bar + (BANKING_LIFT if banking else 0.0)


#: Three identical letters in a row in the bank code: shouted words and stand-ins (branch
#: "XXX" and Danske's "DABADKKK" are real).
_TRIPLE = re.compile(r"([A-Z])\1\1")


def _bare(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A valid BIC that no word spells, standing alone in mixed-case text."""
    code = m.group(0)
    if not bic.is_valid(code) or _HEX.fullmatch(code) or _spells_word(code):
        return
    if _TRIPLE.search(code, 0, 5):
        return  # an interjection or a placeholder ("AAARGHHH", "XXXYYYZZ")
    if not _stands_alone(m, scan) or _in_code(m, scan):
        return
    banking = _BANKING.search(scan.around(m.start(), m.end(), 80)) is not None
    if _plausible(code, banking):
        yield Hit("financial.bic", None, m.start(), m.end())


BIC_BARE = Detector("bic.bare", PREFILTER, PATTERN, _bare, back=12, ahead=4)
