"""Who a health phrase is said of when the subject stands apart from it (issue 11): a given
name opening the clause, or the person opening a sentence whose later clause starts with its
verb ("opa is heel suf, heeft koorts"). Used by ``health_episodes.of_person``; and whether an
animal is the subject right before a sign (``health_everyday``).
"""

from __future__ import annotations

import re

from proxy.classify._base import Scan, words
from proxy.classify.detectors._health_anchor import named
from proxy.classify.detectors._health_symptom_words import ANIMALS, RELATIVES_NEAR
from proxy.classify.detectors._name_requests import _name_ok as name_ok
from proxy.classify.detectors._relation_words import RELATIONS

#: A clause that is only a joining word before its verb: it shares the subject of the clause
#: before it ("opa is heel suf, heeft koorts", "Mein Opa ist müde, hat Fieber").
JOINED = re.compile(r"^\s*(?:(?:and|und|en|et|e|y|i|a|oraz|do tego|also|auch|ook)\s+)?$", re.I)


_CLAUSE_START = re.compile(r"[.!?;\n]")


def animal_before(scan: Scan, start: int) -> bool:
    """Whether an animal is among the last three words of the clause before ``start`` ("our dog
    has diarrhea", "le chat a une tachycardie"; not "Since we got the dog, my mum's …")."""
    clause = _CLAUSE_START.split(scan.before(start, 60))[-1].lower()
    return not ANIMALS.isdisjoint(re.findall(r"\w+", clause)[-3:])


def shared_subject(scan: Scan, clause_start: int) -> bool:
    """Whether the clause ending in a comma at ``clause_start`` opens a sentence said of a
    person: a relative or patient as its subject, a pronoun as its first word, or a given name
    (not an animal, a team or "On Monday")."""
    before = scan.before(clause_start, 120)
    if not before.endswith(","):
        return False
    head = re.split(r"[.;:?!\n()]", before)[-1]
    if len(head) == len(before) == 120:
        return False  # the sentence began further back
    first = head.split(",", 1)[0]
    opening = [t for t in re.findall(r"[^\W\d_]+", first)[:3] if t.lower() not in _OPENERS]
    if not opening or opening[0].lower() in ANIMALS:
        return False  # "Mijn hond is suf, heeft koorts"
    lead = opening[0].lower()
    if lead in _PERSON_HEADS or (lead in _OPEN_PRONOUNS and lead == first.split()[0].lower()):
        return True
    return bool(given_subject(first) or named(first, 0, 0))


#: Possessives and articles before a sentence's subject ("Mijn opa", "Il nonno", "My gran").
_OPENERS = frozenset(
    words(
        "my|mein|meine|mon|ma|mes|il|la|lo|mio|mia|mi|el|mijn|m'n|onze|mój|moja|our|unser|"
        "unsere|notre|nostro|nuestro|nuestra|de|het|der|die|das|le|the"
    )
)
#: Persons as a sentence's subject: relatives, and the pronouns (only as its first word).
_PERSON_HEADS = (
    RELATIONS
    | RELATIVES_NEAR
    | frozenset(
        words(
            "grandad|granddad|granny|gran|nan|brat|großvater|großmutter|patient|patiente|"
            "patientin|paziente|paciente|patiënt|pacjent|pacjentka|child|kid|baby|kind|enfant|"
            "bambino|bambina|niño|niña|dziecko|bébé|neonato|bebé"
        )
    )
)
_OPEN_PRONOUNS = frozenset(
    words(
        "i|we|he|she|they|je|il|elle|ils|elles|nous|ich|er|sie|wir|io|lui|lei|noi|yo|él|ella|"
        "ik|hij|zij|ze|wij|ja|ona|oni"
    )
)


#: A capitalised word right before the phrase ("Piotr leży w szpitalu") or opening its clause
#: ("Jordi no viene hoy, tiene fiebre"): a given name there is the phrase's subject.
_GIVEN_EDGE = re.compile(
    r"^\s*(?P<first>[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][a-zß-öø-ÿąćčęłńśšźżž]+)(?![\w'’-])|"
    r"(?<![\w'’-])(?P<last>[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][a-zß-öø-ÿąćčęłńśšźżž]+)\s+$"
)


def given_subject(subject: str) -> bool:
    """Whether a given name that is no word, place or thing opens the clause before a phrase
    or stands right before it (the subject the name detectors may not have found)."""
    return any(name_ok(m.group("first") or m.group("last")) for m in _GIVEN_EDGE.finditer(subject))
