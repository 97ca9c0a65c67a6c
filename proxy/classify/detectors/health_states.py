"""Health states said of a person in everyday words (issue 11, family 4), after
``health_episodes``: allergies, vital signs without a unit, therapy.

- ``health.allergy``: allergic to something after a copula, said of someone ("I'm allergic to
  penicillin", "Ich bin allergisch gegen Nüsse", "jestem uczulony na orzechy"), or an allergy
  someone has ("My son has a peanut allergy", "ho un'intolleranza al lattosio"). The object
  decides figurative use: "allergic to meetings" (``FIGURATIVE``) is no allergy; any other
  object is one, as what people are allergic to is an open list (fail closed);
- ``health.vital``: a person's blood pressure as two numbers ("160/100", "160 zu 100", the
  French "16/10"), blood sugar or pulse as a number, never a reference ("Normal blood pressure
  is 120/80") nor a recipe's sugar in grams;
- ``health.therapy``: someone going to a therapist or therapy ("I'm seeing a therapist for
  anxiety", "Meine Tochter geht zur Psychotherapie", "va dallo psicologo", "chodzę na terapię")
  or in therapy ("Ik ben in therapie"); not being a therapist, not "a therapy workshop".

The person: ``health_episodes.of_person``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import (
    DIGIT,
    Detector,
    Hit,
    Scan,
    alternation,
    hs_words,
    literal_alternation,
    words,
)
from proxy.classify.detectors import _health_episode_words as w
from proxy.classify.detectors import health, health_vignettes
from proxy.classify.detectors.health_episodes import ends_phrase, of_person

_W = r"(?:(?<!\w)|(?=['’]))"
_VERY = (
    r"(?:(?:very|severely|highly|extremely|so|sehr|stark|hochgradig|très|molto|muy|erg|zeer|"
    r"bardzo|mocno|silnie)\s+)?"
)
#: What an allergy is to ("allergic to", "allergisch gegen", "allergia alle", "uczulony na").
_TO = r"(?:to|against|gegen|auf|à|aux|au|a|al|alla|alle|allo|ai|agli|all['’]|voor|op|na)"
#: The allergy nouns that name one (not "intolerance": "intolerance of dissent").
_NOUNS = alternation(words("allergy|allergies|allergie|allergien|allergia|alergia|alergię"))
_ALLERGY_RE = re.compile(
    rf"{_W}(?P<verb>{alternation(w.ALLERGIC_COPULAS)})\s+{_VERY}"
    rf"(?P<what>{alternation(w.ALLERGIC)})\s+{_TO}(?:\s+|(?<=['’]))"
    r"(?:(?:the|la|le|les|l['’]|die|den|das|il|lo|i|gli|el|los|las|de|het)(?:\s+|(?<=['’])))?"
    r"(?P<object>[^\W\d_]+(?:\s+[^\W\d_]+)?)|"
    rf"{_W}(?P<verb2>have|has|had|'ve got|’ve got|got|ai|a|habe|hat|ho|ha|tengo|tiene|heb|"
    r"heeft|mam|ma)\s+(?:(?:a|an|une|un|una|un['’]|eine|een|die|ein|severe|schwere)"
    r"(?:\s+|(?<=['’])))?(?:[^\W\d_]+[\s\-]){0,2}"
    rf"(?P<what2>[^\W\d_]*(?:{alternation(w.ALLERGY_NOUNS)}))(?!\w)|"
    # the allergy as a noun, as a list's row or a note writes it ("allergia alle arachidi",
    # "alergia na orzechy", "Bienengiftallergie", "peanut allergy")
    rf"(?<![\w-])(?P<noun>(?:[^\W\d_]{{3,}}-?|[^\W\d_]{{3,}}[ ])?(?:{_NOUNS}))"
    rf"(?:\s+(?:{_TO}|contre|contro|de)(?:\s+|(?<=['’]))"
    r"(?:(?:the|la|le|les|l['’]|die|den|das|il|lo|i|gli|el|los|las|de|het)(?:\s+|(?<=['’])))?"
    r"(?P<object3>[^\W\d_]+(?:\s+[^\W\d_]+)?))?(?!\w)",
    re.I,
)
_FIGURATIVE = frozenset(w.FIGURATIVE)
#: The object after an allergy noun ("an allergy to meetings").
_OBJECT_AFTER = re.compile(rf"\s+{_TO}(?:\s+|(?<=['’]))(?:the\s+)?([^\W\d_]+)", re.I)


def _allergy(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An allergy of a person (not to meetings)."""
    if m.group("verb") is not None:
        objects = m.group("object").lower().split()
        if objects[0] in _FIGURATIVE or " ".join(objects) in _FIGURATIVE:
            return
        if of_person(scan, m.start(), m.group("verb")):
            yield Hit("health", "diagnosis", m.start("what"), m.end("object"))
    elif m.group("verb2") is not None:
        after = _OBJECT_AFTER.match(scan.after(m.end("what2"), 40))
        if after is not None and after.group(1).lower() in _FIGURATIVE:
            return  # "has an allergy to meetings"
        if of_person(scan, m.start(), m.group("verb2")):
            yield Hit("health", "diagnosis", m.start("what2"), m.end("what2"))
    else:
        yield from _noun(m, scan)


_BARE_NOUN = re.compile(rf"(?:{_NOUNS})\Z", re.I)
#: A negation before the noun: the person has none.
_NEGATION = re.compile(
    r"(?:no|not|without|keine|kein|ohne|aucune|aucun|sans|nessuna|nessun|senza|sin|ninguna|"
    r"geen|zonder|bez|brak)[ ]",
    re.I,
)
#: Where a row's value starts: the line's start or a separator ("Karim: allergia alle …",
#: "- Mia – Bienengiftallergie", "asthma, peanut allergy").
_ROW_VALUE = re.compile(r"(?:^|[:–—\-,;(\n])[ \t]*\Z")


def _noun(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An allergy named as a noun, with or without what to, as a row's value about a person
    (``health.personal``: a name in the row, a kin word, a patient); not to what is
    figurative, nor a bare "allergy" or "allergies" with no object (a season, a leaflet)."""
    what = m.group("object3")
    if what is not None and what.lower().split()[0] in _FIGURATIVE:
        return
    noun = m.group("noun")
    if what is None and _BARE_NOUN.match(noun):
        return  # "allergy" alone: a compound or an object names one
    if _NEGATION.match(noun):
        return  # "nessuna allergia alle arachidi", "sin alergia": none
    if health.FIELD_AFTER.match(scan.after(m.end(), 16)):
        return  # "allergy nurse", "allergy specialist"
    if not _ROW_VALUE.search(scan.before(m.start("noun"), 4)):
        return  # inside a sentence ("signaler toute allergie au service RH"): the verbs' case
    end = m.end("object3") if what is not None else m.end("noun")
    if health.personal(scan, m.start("noun"), end):
        yield Hit("health", "diagnosis", m.start("noun"), end)


ALLERGY = Detector(
    "health.allergy",
    hs_words(w.ALLERGIC, suffixes=True) + "|" + hs_words(w.ALLERGY_NOUNS, prefixes=True),
    _ALLERGY_RE,
    _allergy,
    back=64,
    ahead=40,
    caseless=True,
    unicode=True,
)

_VITAL_RE = re.compile(
    rf"(?<!\w)(?P<bp>{alternation(w.BLOOD_PRESSURE)})(?!\w)[^\n\d]{{0,25}}?"
    r"(?:\d{2,3}\s*(?:/|zu|over|su|sur|op|na|auf)\s*\d{2,3}|1\d\s*/\s*\d{1,2})(?![\d/,.]\d)|"
    rf"(?<!\w)(?P<other>{alternation(w.SUGAR_PULSE)})(?!\w)[^\n\d]{{0,25}}?\d{{2,3}}(?![\d/:])"
    r"(?:[.,]\d)?(?!\s*(?:%|€|\$|£|euros?|kg|g|gr|grams?|gramm|grammes?|gramos|gramy?|"
    r"calories|kcal|cal|lbs?|oz|ml|years?|jahre|ans|anni|años|jaar|lat|cups?|tasses?)(?!\w))",
    re.I,
)
_REFERENCE = re.compile(
    r"normal|reference|référence|referenz|riferimento|referencia|referentie|norma|target|"
    r"cible|zielwert|obiettivo|objetivo|streefwaarde|should|below|above|less than|greater than|"
    r"range|plage|bereich|intervallo|rango|bereik|zakres|ideal|idéal|ideale|ideaal|optimal|"
    r"healthy|gesund|sain|sano|saludable|gezond|zdrow|average|durchschnitt|moyenne|media|"
    r"gemiddeld|średni|over 140|über|superiore|mayor",
    re.I,
)


def _vital(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A vital sign of a person, not a reference value."""
    if _REFERENCE.search(m.group(0)) or _REFERENCE.search(scan.before(m.start(), 30)):
        return
    if health.possessive(scan, m.start()) or health.personal(scan, m.start(), m.end()):
        yield Hit("health", "lab_result", m.start(), m.end())


VITAL = Detector(
    "health.vital",
    hs_words(w.BLOOD_PRESSURE + w.SUGAR_PULSE),
    _VITAL_RE,
    _vital,
    back=48,
    ahead=48,
    caseless=True,
    unicode=True,
    needs=DIGIT,
)

_THERAPY_RE = re.compile(
    rf"{_W}(?P<verb>{alternation(w.THERAPY_VISIT)})\s+(?:[^\W\d_]+\s+){{0,2}}?"
    rf"(?:{alternation(w.THERAPY_PREPS)})(?:\s+|(?<=['’]))(?P<what>{alternation(w.THERAPY_WHAT)})"
    r"(?!\w)|"
    rf"{_W}(?P<verb2>{alternation(w.THERAPY_COPULAS)})\s+"
    r"(?:(?:still|now|currently|already|noch|schon|encore|déjà|ancora|già|todavía|ya|nog|al|"
    r"wciąż|nadal|już)\s+)?"
    rf"(?P<what2>{alternation(w.THERAPY_STATE)})(?!\w)",
    re.I,
)
_THERAPY_FIRST = frozenset(
    words("vado|vedo|andavo|voy|veo|visito|chodzę|chodziłem|chodziłam|gehe|besuche|ga|loop")
)
_THERAPY_PRO_DROP = frozenset(
    words(
        "va|vede|andava|iba|fue|ve|visita|chodzi|chodził|chodziła|está|estaba|sigue|è|era|sta|"
        "jest|był|była"
    )
)


def _therapy(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Someone going to a therapist or in therapy."""
    visit = m.group("verb") is not None
    verb = (m.group("verb") if visit else m.group("verb2")).lower()
    group = "what" if visit else "what2"
    if not ends_phrase(scan, m.end()):
        return
    clause = re.split(r"[,;:.?!\n()]", scan.before(m.start(), 48))[-1]
    pro_drop = verb in _THERAPY_PRO_DROP and not clause.strip()
    if verb in _THERAPY_FIRST or pro_drop or of_person(scan, m.start(), verb):
        yield Hit("health", "diagnosis", m.start(group), m.end(group))


THERAPY = Detector(
    "health.therapy",
    hs_words(w.THERAPY_WHAT) + "|" + literal_alternation(w.THERAPY_STATE),
    _THERAPY_RE,
    _therapy,
    back=80,
    ahead=24,
    caseless=True,
    unicode=True,
)

DETECTORS = (ALLERGY, VITAL, THERAPY, *health_vignettes.DETECTORS)
