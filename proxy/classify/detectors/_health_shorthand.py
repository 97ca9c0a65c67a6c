"""Whether a health term's person is an age and sex shorthand ("63M with type 2 diabetes",
"45 F, asthma", "Pat., 67 J., Herzinsuffizienz"), and whether a sentence speaks of a class of
people ("patients over 65", "one in three"). Shared by ``health`` (the diagnosis detector asks
it when no other personal anchor is there) and ``health_vignettes``.
"""

from __future__ import annotations

import re

from proxy.classify._base import Scan, alternation
from proxy.classify.detectors import _health_vignette_words as w

#: Sex and age shorthand, case-sensitive ("63M", "45 F", "M, 60", "W, 67"), and past medical
#: history shorthand ("w/ PMH", "h/o", the French "ATCD").
SHORTHAND = re.compile(
    r"(?:^|[:;,(\n]|(?<!\w)(?:a|an|[Pp]t\.?|[Pp]atient))\s*\d{1,3}\s?[MF](?![\w%€$£])"
    r"(?!\s+(?:in|of|for|from|to|euros?|dollars?|people|users|views|downloads)\b)|"
    r"(?<![\w.])[MFHW],\s?\d{1,3}(?!\d)|(?<!\w)(?:PMHx?|h/o|ATCD)(?!\w)"
)
#: A class of people in the sentence ("patients", "adults aged 40 and older", "≥ 65", "65+").
CLASS = re.compile(
    rf"(?<!\w)(?:{alternation(w.CLASS_WORDS)})(?!\w)|"
    r"(?<!\w)(?:over|above|under|über|unter|ab|boven|sopra|sotto|powyżej)\s+\d|"
    r"[≥>≤<]\s?\d|\d\s?\+|%\s+(?:of|der|des|de|dei|degli|delle|van|z)\s",
    re.I,
)
#: A sentence ends at a line end, or at a stop before a capital (not "67 J., Diabetikerin").
SENTENCE_END = re.compile(r"\n|[.!?](?=\s+[A-ZÀ-ÞĄĆĘŁŃŚŹŻ])")
#: Ages the personal anchor of ``health.personal`` does not know (``lexicons.PERSONAL_AGE``):
#: "67 J.", "67 Jahre", "der 67-Jährige", "60enne", "58 jr", "54 yrs".
_MORE_AGES = re.compile(
    r"(?<![\w.,])\d{1,3}\s?-?\s?(?:j\.|jahre|jährige?[rn]?|enne|jr\.?|yrs?)(?!\w)", re.I
)

#: Money and business figures: a number with M after them is millions ("Revenue 2023: 63M").
_FIGURES = re.compile(
    r"(?<!\w)(?:sales|revenue|revenues|turnover|funding|budget|profit|ebitda|capex|opex|"
    r"market|umsatz|gewinn|chiffre d'affaires|fatturato|ricavi|ventas|ingresos|facturación|"
    r"omzet|winst|przychód|przychody|sprzedaż|q[1-4]|fy ?\d{2,4}|h[12]|mio\.|mrd|million|"
    r"millions|mn|bn|eur|usd|gbp|chf|pln)(?!\w)|[€$£]",
    re.I,
)


def sentence(scan: Scan, start: int, end: int) -> tuple[str, str]:
    """The sentence's text before ``start`` and after ``end``."""
    before = SENTENCE_END.split(scan.before(start, 120))[-1]
    after = SENTENCE_END.split(scan.after(end, 120))[0]
    return before, after


def of_a_class(scan: Scan, start: int, end: int) -> bool:
    """Whether the sentence around the span speaks of a class of people ("one man in three",
    "patients over 65", "20 % der 60-Jährigen")."""
    before, after = sentence(scan, start, end)
    return CLASS.search(before) is not None or CLASS.search(after) is not None


def shorthand_person(scan: Scan, start: int, end: int) -> bool:
    """Whether the term's sentence has an age and sex shorthand or an age ``health.personal``
    does not know ("67 J.", "60enne"), and speaks of no class of people."""
    before, after = sentence(scan, start, end)
    if CLASS.search(before) or CLASS.search(after):
        return False
    if _FIGURES.search(before) or _FIGURES.search(after):
        return False  # "Sales: 52M, diabetes portfolio": money, not a patient
    return any(SHORTHAND.search(text) or _MORE_AGES.search(text) for text in (before, after))
