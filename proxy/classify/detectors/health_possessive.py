"""A person's own medicine or carer, named with a possessive: "my metformin", "his insulin",
"meine tägliche Dosis Ramipril", "mon Levothyrox", "my therapist", "mijn psychiater".

The possessive ties the drug or the carer to a person, as a dose or a pronoun does for the other
health detectors: someone's medicine or psychiatrist is health data about them (GDPR Art. 9).
A drug named with a possessive but meaning something else ("my lithium battery") is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors._health_person_words import DRUG_CLASSES
from proxy.classify.detectors._health_words import BRANDS
from proxy.classify.detectors.health import polish
from proxy.classify.detectors.lexicons import DRUGS

#: First-person possessives of the seven languages: "his", "sein", "su" or the formal "Ihr"
#: are as often a company's, a leaflet's reader's or a plural verb ("zijn") as a patient's.
_OWNERS = words(
    "my|mein|meine|meinen|meinem|meiner|mon|ma|mes|mio|mia|miei|mie|il mio|la mia|mi|mis|"
    "mijn|mój|moja|moje|moim|mojej|mojego"
)
#: Words allowed between the possessive and the drug ("my daily dose of", "meine Dosis").
_FILLER = words(
    "daily|usual|new|dose of|dosage of|tägliche|tägliches|täglichen|gewohnte|dosis|dose de|"
    "dose quotidienne de|nouveau|nouvelle|dose di|dose giornaliera di|dosis de|dosis diaria de|"
    "nueva|nuevo|dosis van|dagelijkse|nieuwe|dawkę|dawka|codzienną|nową"
)
#: Carers whose patient a person is (a possessive makes the person their patient).
_CARERS = words(
    "therapist|psychotherapist|psychologist|psychiatrist|counsellor|counselor|shrink|"
    "physiotherapist|oncologist|cardiologist|psychologue|psychiatre|thérapeute|"
    "psychothérapeute|kinésithérapeute|oncologue|cardiologue|therapeut|therapeutin|"
    "psychotherapeut|psychotherapeutin|psychologe|psychologin|psychiater|psychiaterin|"
    "onkologe|onkologin|kardiologe|kardiologin|psicologo|psicologa|psichiatra|terapeuta|"
    "psicoterapeuta|fisioterapista|oncologo|cardiologo|psicólogo|psicóloga|psiquiatra|"
    "fisioterapeuta|oncólogo|cardiólogo|psycholoog|fysiotherapeut|oncoloog|cardioloog|"
    "psycholog|psychiatra|fizjoterapeuta|onkolog|kardiolog"
)
_NOT_MEDICINE = re.compile(
    r"\s*(?:-?ion|batter\w*|akku\w*|accu\w*|pile\w*|cell\w*|zelle\w*|polymer|stocks?|"
    r"shares?|aktien?|actions?|azioni|acciones|aandelen|akcje)\b",
    re.I,
)
_LEAD = rf"(?<!\w)(?:{alternation(_OWNERS)})\s+(?:(?:{alternation(_FILLER)})\s+){{0,2}}"


def _medicine(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A drug after a possessive, unless the words after make it a thing ("lithium-ion")."""
    if _NOT_MEDICINE.match(scan.after(m.end(), 24)) or _polish_has(m, scan):
        return
    yield Hit("health", "medication", m.start(), m.end())


def _carer(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A carer after a possessive: the person is their patient."""
    if not _polish_has(m, scan):
        yield Hit("health", "diagnosis", m.start(), m.end())


def _polish_has(m: re.Match[str], scan: Scan) -> bool:
    """Whether the possessive is Polish "ma" ("has": "Szpital ma kardiologa"), not French."""
    return m.group(0)[:3].lower() == "ma " and polish(scan, m.start(), m.end())


MEDICINE = Detector(
    "health.possessive_medicine",
    hs_words(DRUGS + BRANDS + DRUG_CLASSES),  # the medication detector's: one prefilter for both
    re.compile(rf"{_LEAD}(?:{alternation(DRUGS + BRANDS + DRUG_CLASSES)})(?!\w)", re.I),
    _medicine,
    back=64,
    ahead=8,
    caseless=True,
    unicode=True,
)
CARER = Detector(
    "health.possessive_carer",
    hs_words(_CARERS, suffixes=True),
    re.compile(rf"{_LEAD}(?:{alternation(_CARERS)})(?:s|in|en|y|a)?(?!\w)", re.I),
    _carer,
    back=64,
    ahead=8,
    caseless=True,
    unicode=True,
)
DETECTORS = (MEDICINE, CARER)
