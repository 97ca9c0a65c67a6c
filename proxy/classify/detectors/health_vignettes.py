"""Health data in clinical shorthand (issue 11, family 4): a particular person described by a
condition, and case vignettes, in EN FR DE IT ES NL PL.

- ``health.described``: a person described by a condition adjective or noun ("Patient, 54 years
  old, male, diabetic", "patient de 72 ans, diabétique, hypertendu", "Patientin, 67 J.,
  Diabetikerin", "my diabetic father", "ma fille, asthmatique"). It needs an age or sex cue in
  its sentence ("54 years old", "67 J.", "lat 70", "63M", "w/ PMH"), or a first-person
  possessive and a relation or person noun beside it. A class of people ("asthmatic children",
  "patients over 65 years old who are diabetic"), what a condition is said of ("diabetic diet",
  "hypertensive crisis", "alcoholic beverages") and a copula ("is diabetic": ``health_person``)
  are not this detector's.
- ``health.vignette``: an age and sex shorthand followed by what brings the patient ("63M
  presenting with chest pain", "45F c/o dyspnoea", "H 72 ans, se présente pour douleur
  thoracique", "M, 60 anni, lamenta dolore toracico", "63M, troponin elevated"). A reporting
  verb (lamenta, klagt über, refiere) counts only before a symptom; symptoms alone in general
  text ("chest pain can be caused by") have no age cue and stay public.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _health_vignette_words as w
from proxy.classify.detectors._health_shorthand import CLASS as _CLASS
from proxy.classify.detectors._health_shorthand import SENTENCE_END as _SENTENCE_END
from proxy.classify.detectors._health_shorthand import SHORTHAND as _SHORTHAND
from proxy.classify.detectors._health_shorthand import of_a_class as of_a_class
from proxy.classify.detectors._health_shorthand import sentence as _sentence
from proxy.classify.detectors._relation_words import RELATIONS

#: An age: a number with a unit of years ("54 years old", "67 J.", "72 ans", "55-year-old",
#: "63-jährige", "58-jarige", "70-letni") or a label before it ("lat 70", "aged 54", "età 60").
_AGE = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3})\s?-?\s?(?:years?[- ]old|yrs?[- ]old|yrs?|y/o|y\.o\.?|yo|j\.|"
    r"jahre|jährige[rn]?|jarige|jr\.?|enne|ans|anni|años|jaar|lat|letni[aey]?|latek|latka)(?!\w)|"
    r"(?<!\w)(?:lat|aged|âgée?|età|edad|wiek|leeftijd|i'm|i’m|i am|ich bin|ik ben)\s?:?\s?"
    r"\d{1,3}(?![\d.,]?\d)",
    re.I,
)
_DURATION = frozenset(w.DURATION)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_NEXT_WORD = re.compile(r"^\s*([^\W\d_]+)")
_CLAUSE_END = re.compile(r"[,.;:!?\n()]")
_THINGS = frozenset(w.THINGS)
_PEOPLE = frozenset(w.PERSON_NOUNS) | RELATIONS
_MINE = frozenset(
    words(
        "my|our|mon|ma|mes|notre|nos|mein|meine|meinem|meinen|meiner|unser|unsere|unserem|"
        "unseren|mio|mia|miei|mie|nostro|nostra|mi|mis|nuestro|nuestra|mijn|onze|mój|moja|"
        "mojego|mojej|moim|moją|nasz|nasza"
    )
)
_TOKENS = re.compile(r"[^\W\d_]+")
#: "As a diabetic, what can I eat?", "Als Diabetiker darf ich …": the writer, described.
_AS_A = re.compile(r"(?<!\w)(?:as an?|en tant que|als|come|como|jako)\s+$", re.I)
_FIRST = frozenset(words("i|me|my|je|j|moi|ich|mir|mich|io|mi|yo|ik|mij|ja|mnie"))
#: Verbs that follow "Als Diabetiker" in German word order ("Als Diabetiker muss ich …").
_VERBS = frozenset(words("muss|darf|kann|soll|sollte|will|habe|bin|weiß|moet|mag|kan|heb|ben"))


def _cue(text: str) -> bool:
    """Whether the text holds an age (not a duration: "depuis 10 ans") or a clinical shorthand."""
    if _SHORTHAND.search(text):
        return True
    for m in _AGE.finditer(text):
        word = _WORD_BEFORE.search(text[: m.start()])
        if word is None or word.group(1).lower() not in _DURATION:
            return True
    return False


def _mine_beside(before: str, next_word: str) -> bool:
    """A first-person possessive and a person beside the word: "my diabetic father", "mon père
    diabétique", "ma fille, asthmatique", "mio padre diabetico"."""
    tokens = [t.lower() for t in _TOKENS.findall(before)][-3:]
    if tokens and tokens[-1] in _MINE and next_word in _PEOPLE:
        return True
    return len(tokens) >= 2 and tokens[-1] in _PEOPLE and tokens[-2] in _MINE


def _as_a(before: str, after: str, next_word: str) -> bool:
    """The writer described ("As a diabetic, I …", "Als Diabetikerin muss ich …"); not "as a
    diabetic educator, I …"."""
    if not _AS_A.search(before) or (next_word and next_word not in _FIRST | _VERBS):
        return False
    return not _FIRST.isdisjoint(t.lower() for t in _TOKENS.findall(before + " " + after))


def _described(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A condition word describing a particular person."""
    nxt = _NEXT_WORD.match(scan.after(m.end(), 30))
    next_word = nxt.group(1).lower() if nxt else ""
    if next_word in _THINGS:
        return  # "diabetic diet", "hypertensive crisis", "asthmatic children"
    before, after = _sentence(scan, m.start(), m.end())
    if _mine_beside(before, next_word) or _as_a(before, after, next_word):
        yield Hit("health", "diagnosis", m.start(), m.end())
        return
    if _CLASS.search(before) or _CLASS.search(after):
        return  # "patients over 65 years old who are diabetic", "les patients de plus de 70 ans"
    if _cue(before) or _cue(after):
        yield Hit("health", "diagnosis", m.start(), m.end())


DESCRIBED = Detector(
    "health.described",
    hs_words(w.DESCRIBED),
    re.compile(rf"(?<!\w)(?:{alternation(w.DESCRIBED)})(?!\w)", re.I),
    _described,
    back=32,
    ahead=8,
    caseless=True,
    unicode=True,
)

_SYMPTOM = rf"(?:{alternation(w.SYMPTOMS)})"
_VIGNETTE_RE = re.compile(
    rf"(?<!\w)(?P<admitted>{alternation(w.ADMITTED + w.FINDINGS)})(?!\w)|"
    rf"(?<!\w)(?P<verb>{alternation(w.PRESENTING + w.COMPLAINING)})(?!\w)"
    rf"(?P<symptom>\s+(?:[\w/-]+\s+){{0,3}}?{_SYMPTOM})?",
    re.I,
)
_REFLEXIVE = re.compile(r"(?<!\w)(?:se|si)\s+$", re.I)  # "se refiere a", "si riferisce a"
#: Clinical shorthand for age and sex ("63M", "54 y/o", "67 J.", "w/ PMH").
_CLINICAL_AGE = re.compile(r"(?<![\w.,])\d{1,3}\s?-?\s?(?:y/o|y\.o\.?|yo|j\.)(?!\w)", re.I)


def _vignette(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A complaint after an age and sex shorthand in the same sentence: a phrase of admission
    or a finding after any age; a presenting or complaining verb before a symptom, or after a
    clinical shorthand."""
    if _REFLEXIVE.search(scan.before(m.start(), 4)):
        return
    before = _SENTENCE_END.split(scan.before(m.start(), 90))[-1]
    if _CLASS.search(before) or not _cue(before):
        return
    clinical = _SHORTHAND.search(before) or _CLINICAL_AGE.search(before)
    if m.group("verb") and not m.group("symptom") and not clinical:
        return  # "Il sindaco, 54 anni, si presenta per il secondo mandato"
    rest = scan.after(m.end(), 60)
    stop = _CLAUSE_END.search(rest)
    yield Hit("health", "diagnosis", m.start(), m.end() + (stop.start() if stop else len(rest)))


VIGNETTE = Detector(
    "health.vignette",
    hs_words(w.ADMITTED + w.PRESENTING + w.COMPLAINING + w.FINDINGS),
    _VIGNETTE_RE,
    _vignette,
    back=40,
    ahead=56,
    caseless=True,
    unicode=True,
)

DETECTORS = (DESCRIBED, VIGNETTE)
