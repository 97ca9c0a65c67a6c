"""Health data in everyday words: conditions as patients, relatives and HR write them, and
medicines by their international non-proprietary name.

- ``health.condition``: the Human Disease Ontology's clinical names (English, Spanish) and their
  Greco-Latin forms carried over to the other languages (``data/conditions.txt``), plus the ways
  people say "sick leave" and colloquial phrases (pressione alta, hoge bloeddruk, Alkoholiker,
  na odwyku); one literal prefilter per term;
- ``health.disorder``: "X disorder" phrases in seven languages (trouble dépressif, trastorno por
  déficit de atención, zaburzenia lękowe, Angststörung);
- ``health.compound``: German and Dutch compound names (Prostatakrebs, longontsteking);
- ``health.suffix``: one-word names by their ending (tendinite, kardiomiopatia, Spinalstenose);
- ``health.inn``: a word ending in an INN stem, followed by a dose (ramiprilu 5 mg).

``health_person`` adds what is health data only when said of someone (a medicine taken without
a dose, sick leave as a state, "is an alcoholic"), ``health_forms`` abbreviations and clinical
shorthand (has MS, hx of MI, CABG); their detectors are listed here.

Every finding needs the same personal anchor as the other health detectors (``health.personal``):
"chronic kidney disease stage 3" in a textbook sentence is not health data about anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, unaccented
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors import (
    health,
    health_complaints,
    health_disability,
    health_episodes,
    health_forms,
    health_person,
    health_states,
    health_symptoms,
    health_use,
)
from proxy.classify.detectors._health_care_words import CARE_CONDITIONS
from proxy.classify.detectors._health_infections import infection, said_of_no_one
from proxy.classify.detectors._health_subjects import animal_before
from proxy.classify.detectors._health_words import (
    COLLOQUIAL,
    COMPOUND_EXCLUDED,
    COMPOUND_HEADS,
    CONDITIONS,
    DISORDER_HEADS,
    DISORDER_KINDS,
    INFECTIONS,
    INN_STEMS,
    POLISH_ONLY,
    SICK_LEAVE,
    SIGN_ENDINGS,
    SUFFIX_EXCLUDED,
    SUFFIX_NAMES,
    VARIANTS,
)
from proxy.classify.detectors.lexicons import DIAGNOSES

#: A Polish feminine adjective in the nominative ("afektywna", "lokomocyjna"; not the genitive
#: of a surname, "leśniowskiego-crohna").
_POLISH_ADJECTIVE = re.compile(r"[a-ząćęłńóśźż]+(?:na|wa|ska|cka)\Z")


def _adjective(word: str, ending: str) -> str:
    """A feminine adjective's form ("afektywna" → "afektywnej"; "-ska" → "-skiej")."""
    soft = ending == "ej" and word.endswith(("ska", "cka"))
    return word[:-1] + ("iej" if soft else ending)


def _polish_cases(term: str) -> tuple[str, ...]:
    """Case forms of a one-word name in -a, as Polish writes it (astma → astmę, astmy, astmą,
    astmie), of a noun in -a with its adjectives after it (choroba afektywna dwubiegunowa →
    chorobę afektywną dwubiegunową, choroby afektywnej dwubiegunowej, …), and of an operation
    in -cja before what it is done on (operacja kolana → operacji, operacją kolana); the list's
    Polish names are in the nominative."""
    head, _, rest = term.partition(" ")
    if rest and head.endswith("cja"):
        return tuple(f"{head[:-1]}{case} {rest}" for case in ("i", "ą"))
    adjectives = rest.split()
    if head == "choroba" and adjectives and all(_POLISH_ADJECTIVE.match(a) for a in adjectives):
        return tuple(
            " ".join([head[:-1] + noun, *(_adjective(a, adjective) for a in adjectives)])
            for noun, adjective in (("ę", "ą"), ("y", "ej"), ("ą", "ą"), ("ie", "ej"))
        )
    if rest or not term.endswith("a") or len(term) < 5:
        return ()
    return tuple(term[:-1] + case for case in ("ę", "y", "ą", "ie"))


#: German nouns a declined adjective stands before in the list ("multiple Sklerose").
_GERMAN_NOUN = re.compile(r"(?:ung|ose|itis|tonie|pathie|klinik)$")


def _german_declensions(term: str) -> tuple[str, ...]:
    """The declined forms of a German adjective and noun, as a sentence writes them after a
    preposition or an article ("an Multipler Sklerose erkrankt", "der bipolaren Störung");
    the list holds the nominative ("multiple sklerose")."""
    words_ = term.split()
    if len(words_) != 2 or not words_[0].endswith("e") or not _GERMAN_NOUN.search(words_[1]):
        return ()
    return tuple(f"{words_[0]}{ending} {words_[1]}" for ending in ("r", "n"))


_CASES = tuple(form for term in (*DIAGNOSES, *CARE_CONDITIONS) for form in _polish_cases(term))
_DECLINED = tuple(form for term in DIAGNOSES for form in _german_declensions(term))
_TERMS = tuple(
    sorted(
        set(
            CONDITIONS
            + COLLOQUIAL
            + SICK_LEAVE
            + VARIANTS
            + INFECTIONS
            + CARE_CONDITIONS
            + _CASES
            + _DECLINED
        )
        - set(DIAGNOSES)
    )
)


def _other_word(plain: str, accented: str) -> bool:
    """Whether a word of a term, its accents dropped, is another word or a name ("tina" of
    "tiña blanca", "ernie" of "ernię")."""
    if plain == accented:
        return False
    lists = (data.WORDS, data.COMMON, data.SPANISH_WORDS)
    name = plain.title()
    return any(plain in words for words in lists) or name in data.GIVEN or name in data.SURNAMES


#: The same terms as chat writes them without accents ("mam grype", "e svenuto", "fievre"),
#: but for the spellings that are everyday words or shorter than five letters.
_PLAIN = tuple(
    plain
    for term in _TERMS
    for plain in unaccented((term,))
    if len(plain) >= 5 and not any(map(_other_word, plain.split(), term.split()))
)
_TERMS = tuple(sorted({*_TERMS, *_PLAIN} - set(DIAGNOSES)))
_POLISH_ONLY = frozenset(POLISH_ONLY)
_LISTED = frozenset(_TERMS)
_CONDITION_RE = re.compile(r"(?<!\w)(?:" + alternation(_TERMS) + r")(?:e?s)?(?!\w)", re.I)


#: Italian "influenza" is also influence: "la forte influenza esercitata", "l'influenza di Kant".
_INFLUENCE = re.compile(
    r"^\s+(?:esercitat|di\b|del|dei\b|degli\b|su\b|sul|sui\b|sugli\b|culturale|politica|"
    r"economica|decisiva|notevole|profonda)|(?:forte|grande|notevole|profonda|enorme|sua|loro|"
    r"nell['’]|un['’]|quest['’]|dell['’])\s*$",
    re.I,
)


def _condition(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A condition name with a personal anchor nearby."""
    word = m.group(0).lower()
    if word in _POLISH_ONLY and not health.polish(scan, m.start(), m.end()):
        return
    if infection(word, _LISTED) and said_of_no_one(m.group(0), scan, m.start(), m.end()):
        return
    if word == "influenza" and (
        _INFLUENCE.search(scan.after(m.end(), 14)) or _INFLUENCE.search(scan.before(m.start(), 10))
    ):
        return
    if health.personal(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start(), m.end())


#: One pure literal per term: hyperscan compiles thousands of literals in a fraction of a second,
#: where one alternation with word boundaries and UTF-8 case folding takes tens of seconds.
CONDITION = tuple(
    Detector(
        "health.condition",
        re.escape(term),
        _CONDITION_RE,
        _condition,
        back=len(term) + 8,
        ahead=8,
        caseless=True,
    )
    for term in _TERMS
)

_HEADS = alternation(DISORDER_HEADS)
_KINDS = alternation(DISORDER_KINDS)
_WORD = r"[^\W\d_]+['’]?"
#: Tries (not flat alternations), no unbounded run before a stem and one way to split words
#: (a word ends at a space or an apostrophe): the pattern runs in windows around every
#: "trouble" or "zaburzenie" of ordinary text.
_DISORDER_RE = re.compile(
    rf"(?<!\w)(?:{_KINDS})\w*[\s\-]+(?:{_WORD}\s+){{0,2}}(?:{_HEADS})(?!\w)|"
    rf"(?<!\w)(?:{_HEADS})\s+(?:[^\W\d_]+(?:['’]|\s+)){{0,3}}?(?:{_KINDS})\w*|"
    rf"(?<!\w)(?:{_KINDS})[^\W\d_]{{0,12}}(?:störung|stoornis)(?:en)?(?!\w)",
    re.I,
)
#: English "trouble" is everyday trouble: "trouble sleeping", "trouble with the sexual policy".
_ENGLISH_TROUBLE = re.compile(r"^troubles?\s+(?:sleeping|with|getting|finding|concentrat)", re.I)
DISORDER = Detector(
    "health.disorder",
    hs_words(DISORDER_HEADS, prefixes=True),
    _DISORDER_RE,
    lambda m, s: _disorder(m, s),
    back=48,
    ahead=56,
    caseless=True,
    unicode=True,
)


def _disorder(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A mental or developmental disorder phrase about a person."""
    if _ENGLISH_TROUBLE.match(m.group(0)):
        return
    yield from _condition(m, scan)


_COMPOUND_RE = re.compile(
    r"(?<!\w)[^\W\d_]{3,}(?:" + alternation(COMPOUND_HEADS) + r")(?:en|e|s|n)?(?!\w)", re.I
)
_COMPOUND_EXCLUDED = frozenset(COMPOUND_EXCLUDED)
COMPOUND = Detector(
    "health.compound",
    "[a-z]{3}" + hs_words(COMPOUND_HEADS, prefixes=True, suffixes=True),
    _COMPOUND_RE,
    lambda m, s: _compound(m, s),
    back=40,
    ahead=8,
    caseless=True,
    unicode=True,
)


def _compound(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A compound condition name (not a crayfish, not a network fault) about a person."""
    yield from _condition_unless(m, scan, _COMPOUND_EXCLUDED)


def _condition_unless(m: re.Match[str], scan: Scan, excluded: frozenset[str]) -> Iterator[Hit]:
    """``_condition`` for a matched word that is not (in singular or plural) an everyday word."""
    word = m.group(0).lower()
    if word in excluded or word.rstrip("ns") in excluded:
        return
    yield from _condition(m, scan)


_SUFFIX_RE = re.compile(r"(?<!\w)" + SUFFIX_NAMES + r"(?:en|es|s|n)?(?!\w)", re.I)
_SUFFIX_EXCLUDED = frozenset(SUFFIX_EXCLUDED)
SUFFIX = Detector(
    "health.suffix",
    "[a-z]{3}" + SUFFIX_NAMES.split("{3,}", 1)[1],
    _SUFFIX_RE,
    lambda m, s: _suffix(m, s),
    back=40,
    ahead=8,
    caseless=True,
    unicode=True,
)


def _suffix(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A Greco-Latin condition name (not empathy, not a trophy) about a person; a sign (the
    endings animals share) not with an animal among the last three words of its clause ("our
    dog has diarrhea", "le chat a une tachycardie")."""
    if m.group(0).lower().rstrip("ns").endswith(SIGN_ENDINGS) and animal_before(scan, m.start()):
        return
    yield from _condition_unless(m, scan, _SUFFIX_EXCLUDED)


_INN_RE = re.compile(
    r"(?<!\w)(?!april)[^\W\d_]{2,}(?:" + alternation(INN_STEMS) + r")[^\W\d_]{0,3}(?!\w)"
    r"[^\n\d]{0,20}?\d+(?:[.,]\d+)?\s?(?:" + health.DOSE_UNIT + r")(?!\w)",
    re.I,
)
INN = Detector(
    "health.inn",
    health_person.INN_PREFILTER,  # shared with health.taken: one hyperscan pattern for both
    _INN_RE,
    health.medication,
    back=64,
    ahead=40,
    caseless=True,
)

#: A week of pregnancy as German writes it ("in der 20. SSW", "9+3 SSW"): the ordinal or the
#: days before the abbreviation, which alone ("SSW 12 kn") is also a wind from south-southwest.
_PREGNANCY_WEEK_RE = re.compile(r"(?<![\w.])\d{1,2}(?:\.|[ ]?\+[ ]?\d)[ ]?SSW(?!\w)")
PREGNANCY_WEEK = Detector(
    "health.pregnancy_week",
    "SSW",
    _PREGNANCY_WEEK_RE,
    lambda m, s: _condition(m, s),
    back=10,
    ahead=10,
)

DETECTORS = (
    *CONDITION,
    PREGNANCY_WEEK,
    DISORDER,
    COMPOUND,
    SUFFIX,
    INN,
    *health_person.DETECTORS,
    *health_forms.DETECTORS,
    *health_episodes.DETECTORS,
    *health_states.DETECTORS,
    *health_disability.DETECTORS,
    *health_symptoms.DETECTORS,
    *health_use.DETECTORS,
    *health_complaints.DETECTORS,
)
