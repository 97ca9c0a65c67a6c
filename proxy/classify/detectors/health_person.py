"""Health data said of a person in everyday words, where the words alone are not enough.

- ``health.taken``: a medicine by name, INN or class (Antidepressiva) without a dose, in a
  phrase saying someone takes it or was prescribed it ("prendo il ramipril", "Sie nimmt
  Levodopa", "biorę metforminę", "me recetó sertralina", "hat mir Sertralin verschrieben");
- ``health.sick_state``: a person said to be on sick leave ("Er ist seit drei Wochen
  krankgeschrieben", "Está de baja", "jest na L4"): ``lexicons.SICK_STATE``;
- ``health.said``: a word that is a condition only when said of someone ("He's an alcoholic",
  "è diabetico", "ich bin depressiv") after a copula; "alcoholic drinks", "diabetic recipes",
  "bipolar transistors" have none; ill ("ist krank", "est malade") only with a person as subject.

A phrase in the first person ("I take", "prendo", "biorę") or the third person singular ("she
takes", "nimmt", "bierze") is about someone; an impersonal one ("si prende", "man nimmt",
"przyjmuje się", "it takes") is not. Other phrases need the anchor of ``health.personal``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import (
    Detector,
    Hit,
    Scan,
    alternation,
    hs_words,
    literal_alternation,
    words,
)
from proxy.classify.detectors import health
from proxy.classify.detectors._health_anchor import anchored, named
from proxy.classify.detectors._health_person_words import (
    AFTER_VERBS,
    COPULAS,
    DOSE_CHANGE_AFTER,
    DOSE_CHANGE_VERBS,
    DRUG_CLASSES,
    FIRST_PERSON,
    ILL,
    ILL_EN,
    ILL_EN_COPULAS,
    ILL_LATE,
    ILL_LATE_COPULAS,
    ILL_PHRASES,
    IMPERSONAL,
    NEGATIONS,
    NOT_ILL_EN,
    NOT_TAKEN,
    SAID,
    SICK_WORDS,
    TAKE_VERBS,
    THIRD_PERSON,
)
from proxy.classify.detectors._health_words import BRANDS, INN_STEMS
from proxy.classify.detectors._relation_words import RELATIONS
from proxy.classify.detectors.health_vignettes import of_a_class
from proxy.classify.detectors.lexicons import DRUGS, SICK_STATE

#: Words ending in an INN stem ("olon" left out: "colonne", "Polonia"; "nisolon" has it).
INN_PREFILTER = literal_alternation(stem for stem in INN_STEMS if stem != "olon")
_NAMES = alternation(DRUGS + BRANDS + DRUG_CLASSES)
_STEMS = alternation(INN_STEMS)
#: A medicine: a listed name or a word ending in an INN stem, with a short inflection
#: (metforminę, ramiprilu); one way to split a word, so matching stays linear.
_DRUG = rf"(?:(?:{_NAMES})|[^\W\d_]{{2,}}?(?:{_STEMS}))[^\W\d_]{{0,3}}(?!\w)"
_GAP = r"(?:[^\W\d_]{1,14}(?:\s+|['’]))"
_TAKEN_RE = re.compile(
    rf"(?:(?<!\w)|(?=['’]))(?P<verb>{alternation(TAKE_VERBS + DOSE_CHANGE_VERBS)})(?:\s+|['’])"
    rf"(?!się\b){_GAP}{{0,2}}?"
    rf"(?P<drug>{_DRUG})|"
    rf"(?<!\w)(?P<drug2>{_DRUG})\s+(?P<after>{alternation(AFTER_VERBS + DOSE_CHANGE_AFTER)})"
    r"(?!\w)",
    re.I,
)
_FIRST = frozenset(FIRST_PERSON)
_THIRD = frozenset(THIRD_PERSON)
_IMPERSONAL = re.compile(r"(?<!\w)(?:" + alternation(IMPERSONAL) + r")\s+$", re.I)
_NOT_TAKEN = frozenset(NOT_TAKEN)
_CHANGE = frozenset((*DOSE_CHANGE_VERBS, *DOSE_CHANGE_AFTER))
#: Who changes a dose: a doctor, a GP, a specialist, in the seven languages.
_PRESCRIBER = re.compile(
    r"(?<!\w)(?:doctor|doc|gp|consultant|specialist|neurologist|psychiatrist|cardiologist|"
    r"médecin|docteur|généraliste|psychiatre|cardiologue|neurologue|arzt|ärztin|hausarzt|"
    r"hausärztin|neurologe|psychiater|kardiologe|medico|medica|dottore|dottoressa|neurologo|"
    r"psichiatra|cardiologo|médico|médica|doctora|neurólogo|psiquiatra|cardiólogo|arts|"
    r"huisarts|specialist|neuroloog|psychiater|cardioloog|lekarz|lekarka|lekarza|lekarka|"
    r"neurolog|psychiatra|kardiolog)(?!\w)",
    re.I,
)
#: What an absorbed or used-up "medicine" is followed by: batteries, a separable "auf"/"op".
_NOT_A_MEDICINE_AFTER = re.compile(
    r"^\s*(?:batter|akku|ion\b|-ion|cell|zelle|pile|bater|accu)|^[^.!?\n]{0,40}\s(?:auf|op)\s*[.!?\n]",
    re.I,
)

_COLOUR = re.compile(
    r"\s+(?:red|blue|rouge|bleue|rote|blaue|rossa|blu|roja|azul|rode|blauwe|czerwon\w*|"
    r"niebiesk\w*)(?!\w)",
    re.I,
)

#: Infinitives after a medicine: the writer's only after the writer's modal verb in the same
#: clause ("Ich muss … Antibiotika nehmen"; not "Ich muss wissen, ob man Antibiotika nehmen soll").
_INFINITIVES = frozenset(("nehmen", "einnehmen", "slikken", "innemen"))
_MY_MODAL = re.compile(
    r"(?<!\w)(?:ich (?:muss|soll|sollte|darf|kann)|(?:muss|soll|sollte|darf|kann) ich|"
    r"ik (?:moet|mag|kan)|(?:moet|mag|kan) ik)(?!\w)",
    re.I,
)


def _clause_before(scan: Scan, pos: int) -> str:
    """The clause up to ``pos`` (at most 120 characters back)."""
    return re.split(r"[,.;:!?\n]", scan.before(pos, 120))[-1]


def _taken(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A medicine someone takes or was prescribed, without a dose."""
    drug = (m.group("drug") or m.group("drug2")).lower()
    if drug in _NOT_TAKEN or drug.startswith("april"):
        return
    if _NOT_A_MEDICINE_AFTER.search(scan.after(m.end(), 60)):
        return
    if "pil" in drug and (
        _COLOUR.match(scan.after(m.end(), 16))
        or (m.group("verb") and m.string[m.end("verb") : m.start("drug")].strip())
    ):
        return  # the film's choice ("la pillola rossa"); "I began covering the pill"
    after = (m.group("after") or "").lower()
    if after in _INFINITIVES and not _MY_MODAL.search(_clause_before(scan, m.start())):
        return  # "dass viele Menschen Antibiotika nehmen"; "Ich muss … Antibiotika nehmen"
    verb = (m.group("verb") or "").lower()
    change = verb in _CHANGE or (m.group("after") or "").lower() in _CHANGE
    if change and not _PRESCRIBER.search(scan.around(m.start(), m.end(), 80)):
        return  # "reduce antibiotics use", "Lithium reduzieren, sagt mein Chef"
    if verb and _IMPERSONAL.search(scan.before(m.start(), 12)):
        return
    if verb in _FIRST or verb in _THIRD or health.personal(scan, m.start(), m.end()):
        yield Hit("health", "medication", m.start(), m.end())


TAKEN = (
    Detector(
        "health.taken",
        health.MEDICATION.prefilter,  # one hyperscan pattern for both
        _TAKEN_RE,
        _taken,
        back=72,
        ahead=36,
        caseless=True,
        unicode=True,
    ),
    Detector(
        "health.taken",
        INN_PREFILTER,
        _TAKEN_RE,
        _taken,
        back=72,
        ahead=36,
        caseless=True,
    ),
)

SICK_STATE_DETECTOR = Detector(
    "health.sick_state",
    hs_words(SICK_WORDS),
    re.compile(SICK_STATE, re.I),
    lambda m, s: iter((Hit("health", "diagnosis", m.start(), m.end()),)),
    back=96,
    ahead=24,
    caseless=True,
    unicode=True,
)

_SAID_RE = re.compile(
    rf"(?:(?<!\w)|(?=['’]))(?P<copula>{alternation(COPULAS)})\s+"
    r"(?:(?:a|an|un|une|ein|eine|uno|una|een|so|very|really|clinically|severely|recovering|"
    r"former|functioning|très|sehr|schwer|molto|muy|erg|bardzo|heavily|ancien|ancienne|ex|"
    r"gravemente|gravement|ernstig|zwaar|ciężko|poważnie)\s+){0,2}"
    rf"(?P<said>{alternation(SAID + ILL)})(?!\w)(?!\s+(?:drinks?|beverages?|bebidas?|boissons?|"
    r"getränke?|bevande?|dranken?|napoje?|content|recipes?|transistors?))"
    r"(?![\s\-]*(?:friendly|freundlich|vriendelijk))",
    re.I,
)
#: A subject pronoun just before the copula: the word is said of a person ("He's", "Il est").
_SUBJECT = re.compile(
    r"(?<!\w)(?:he|she|il|elle|er|sie|lui|lei|él|ella|hij|zij|ze|on|ona)\s*$", re.I
)
_FIRST_COPULAS = frozenset(
    ("am", "'m", "’m", "suis", "bin", "soy", "estoy", "ben", "jestem", "sono", "ero")
)


_ILL = frozenset(ILL)
#: What makes "ill" a figure of speech: "malato di calcio" (mad about football), "krank vor
#: Sehnsucht"; a disease after "malato di" is found by the condition detectors.
_FIGURATIVE = re.compile(r"\s+(?:di|vor)\b", re.I)
_CLAUSE = re.compile(r"[,;:.?!\n()]")


def _said(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A condition word said of someone after a copula."""
    first = m.group("copula").lower() in _FIRST_COPULAS
    first = first or _SUBJECT.search(scan.before(m.start(), 8)) is not None
    said = m.group("said").lower()
    if said in _ILL and _FIGURATIVE.match(scan.after(m.end(), 12)):
        return  # "sono malato di calcio" (mad about), "krank vor Sehnsucht"
    subject = _CLAUSE.split(scan.before(m.start(), 40))[-1]
    if not first and said in _ILL and not _person_subject(subject):
        return
    if first or health.possessive(scan, m.start()):
        yield Hit("health", "diagnosis", m.start("said"), m.end())
    elif health.personal(scan, m.start(), m.end()) and not of_a_class(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start("said"), m.end())  # not "one man in three is"


SAID_DETECTOR = Detector(
    "health.said",
    hs_words(SAID),
    _SAID_RE,
    _said,
    back=64,
    ahead=24,
    caseless=True,
    unicode=True,
)
#: "krank", "malade", "ziek" are frequent words: their prefilters are the phrases with a copula
#: before them (and an intensifier), one pure literal each ("ist krank", "jest ciężko chora").
ILL_DETECTORS = tuple(
    Detector(
        "health.said",
        re.escape(phrase),
        _SAID_RE,
        _said,
        back=len(phrase) + 8,
        ahead=24,
        caseless=True,
    )
    for phrase in ILL_PHRASES
)

_NEGATION = frozenset(NEGATIONS)
#: The copula, up to three words (time words: "seit drei Tagen", "sinds gisteren") and the word
#: at the end of the clause; or in English the copula, two adverbs at most and the word.
_ILL_LATE_RE = re.compile(
    rf"(?<!\w)(?P<copula>{alternation(ILL_LATE_COPULAS)})\s+(?P<gap>(?:[^\W\d_]+\s+){{0,3}}?)"
    rf"(?P<said>{alternation(ILL_LATE)})(?!\w)(?!\s+vor\b)|"  # not "krank vor Sehnsucht"
    rf"(?:(?<!\w)|(?=['’]))(?P<copula_en>{alternation(ILL_EN_COPULAS)})\s+"
    r"(?P<gap_en>(?:(?:very|really|so|quite|still|terribly|seriously|terminally|critically|"
    r"chronically|often|always|again|too)\s+){0,2})"
    rf"(?P<said_en>{alternation(ILL_EN)})(?![\w'’])(?![\s\-]+(?:{alternation(NOT_ILL_EN)})(?!\w))",
    re.I,
)


def _ill_late(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Ill said of a person at the end of a clause, or "sick"/"ill" in English: the subject is
    the writer ("Ich bin", "I'm", "Ik ben") or a person (see ``_said``); never negated."""
    english = m.group("said_en") is not None
    gap = (m.group("gap_en") if english else m.group("gap")).lower().split()
    if any(word in _NEGATION for word in gap):
        return
    copula = (m.group("copula_en") if english else m.group("copula")).lower()
    start = m.start("said_en" if english else "said")
    subject = _CLAUSE.split(scan.before(m.start(), 40))[-1]
    if copula in _FIRST_COPULAS or _person_subject(subject):
        yield Hit("health", "diagnosis", start, m.end())


#: Words that make the subject of "ill" a person: the writer, a pronoun, a title.
_PERSON_WORDS = frozenset(
    words(
        "i|i've|i'm|ich|ik|je|j'|io|yo|ja|we|wir|wij|nous|noi|nosotros|he|she|they|er|sie|"
        "hij|zij|ze|il|elle|lui|lei|él|ella|on|ona|mr|mrs|ms|dr|herr|frau|mme|mlle|monsieur|"
        "madame|sig|signor|signora|sr|sra|señor|señora|dhr|mevr|meneer|mevrouw|pan|pani"
    )
)
_SUBJECT_WORDS = re.compile(r"[\w’']+")
#: People a subject may be, beyond ``_relation_words.RELATIONS``: in-laws, children, patients,
#: staff.
_PEOPLE = frozenset(
    words(
        "schwiegervater|schwiegermutter|schwiegersohn|schwiegertochter|schwager|schwägerin|"
        "suocera|suocero|cognato|cognata|genero|nuora|belle-mère|beau-père|beau-frère|"
        "belle-sœur|gendre|belle-fille|suegra|suegro|cuñado|cuñada|yerno|nuera|schoonmoeder|"
        "schoonvader|zwager|schoonzus|teściowa|teść|szwagier|szwagierka|zięć|synowa|"
        "mother-in-law|father-in-law|brother-in-law|sister-in-law|son-in-law|daughter-in-law|"
        "kid|kids|child|children|baby|toddler|kind|kinder|enfant|enfants|bébé|bambino|"
        "bambina|bambini|niño|niña|niños|hijos|kinderen|dziecko|dzieci|patient|patientin|"
        "paziente|paciente|pacjent|pacjentka|patiënt|mitarbeiter|mitarbeiterin|employee|"
        "employé|employée|dipendente|empleado|empleada|werknemer|pracownik|pracownica|"
        "student|schüler|schülerin|élève|alunno|alumno|leerling|uczeń"
    )
)
_POSSESSIVES = frozenset(
    words(
        "my|our|your|his|her|their|mein|meine|meinem|meinen|meiner|dein|deine|sein|seine|"
        "seinem|seinen|ihr|ihre|ihrem|ihren|unser|unsere|mon|ma|mes|ton|ta|son|sa|notre|votre|"
        "leur|mio|mia|tuo|tua|suo|sua|nostro|nostra|mi|tu|su|nuestro|nuestra|mijn|jouw|zijn|"
        "haar|onze|moja|mój|mojego|mojej|twój|twoja|jego|jej"
    )
)


def _person_subject(subject: str) -> bool:
    """Whether the clause before "ill" makes a person its subject: the writer, a pronoun, a
    title, a relation ("my son", "meine Frau") or a named person; not a possessive alone ("my
    car is sick", "mein Computer ist krank")."""
    tokens = [t.lower().replace("’", "'") for t in _SUBJECT_WORDS.findall(subject)]
    if not _PERSON_WORDS.isdisjoint(tokens[-4:]):
        return True
    if any(t in RELATIONS or t in _PEOPLE for t in tokens):
        return True
    rest = " ".join(t for t in tokens if t not in _POSSESSIVES)  # "Schwiegervater", not "my"
    return anchored(rest) or named(subject, 0, 0)


ILL_LATE_DETECTORS = tuple(
    Detector("health.ill_late", prefilter, _ILL_LATE_RE, _ill_late, back=72, ahead=32)
    for prefilter in (
        *(re.escape(" " + word) for word in ILL_LATE),
        r" (?:" + "|".join(ILL_EN) + r")\b",  # before any punctuation or the end of the text
    )
)

DETECTORS = (*TAKEN, SICK_STATE_DETECTOR, SAID_DETECTOR, *ILL_DETECTORS, *ILL_LATE_DETECTORS)
