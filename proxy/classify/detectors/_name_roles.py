"""A name after the role its person has for the writer, as messages typed fast name them: "mi
jefa montse", "my boss Sarah", "il mio capo marco", "mein Chef Thomas", "mon collègue Julien",
"mijn teamleider jolanda", "moja szefowa agnieszka"; and a lone given name after a role's label
in a roster or a note: "Enfermero: Iván", "Stagiaire du jour : Clémence", "Manager: Sarah".

After a possessive and a role (hand-written lists, seven languages) the token is a known given
name, or a capitalised known surname, in any case, that is no everyday word (``COMMON``), place
or pronoun: a possessive and a role are strong evidence, so a given name the word lists also
hold counts ("marco", "tom"). After a role's label and a colon, a capitalised known given name
alone on its line or before a comma, a bracket or a full stop.

The prefilters are the possessive and role pairs and the labels with their colon, literals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token


def _pairs(possessives: str, roles: str) -> tuple[str, ...]:
    """Every possessive before every role."""
    return tuple(f"{p} {r}" for p, r in product(words(possessives), words(roles)))


_PAIRS = (
    *_pairs(
        "my|our|your",
        "boss|manager|colleague|coworker|co-worker|team lead|team leader|supervisor|"
        "line manager|assistant|secretary|intern|landlord|landlady|neighbour|neighbor|"
        "flatmate|roommate|carer|friend|mate|cousin|nephew|niece|stepson|stepdaughter",
    ),
    *_pairs(
        "mi|tu|nuestra|nuestro",
        "jefe|jefa|compañero|compañera|encargado|encargada|supervisor|supervisora|gerente|"
        "secretaria|becario|becaria|casero|casera|vecino|vecina|amigo|amiga|novio|novia|"
        "primo|prima|sobrino|sobrina|cuñado|cuñada|suegro|suegra",
    ),
    *_pairs(
        "il mio|la mia|il nostro|la nostra|il tuo|la tua|mio|mia",
        "capo|collega|responsabile|direttore|direttrice|segretaria|stagista|titolare|"
        "vicino|vicina|amico|amica|ragazzo|ragazza|cugino|cugina|cognato|cognata|suocero|"
        "suocera",
    ),
    *_pairs(
        "mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|dein|deine",
        "chef|chefin|kollege|kollegin|kollegen|teamleiter|teamleiterin|vorgesetzter|"
        "vorgesetzte|vorgesetzten|abteilungsleiter|abteilungsleiterin|sekretärin|praktikant|"
        "praktikantin|vermieter|vermieterin|nachbar|nachbarin|nachbarn|freund|freundin|"
        "cousin|cousine|neffe|nichte|schwager|schwägerin",
    ),
    *_pairs(
        "mon|ma|notre|ton|ta",
        "chef|cheffe|collègue|manager|responsable|supérieur|supérieure|assistante|secrétaire|"
        "stagiaire|propriétaire|proprio|voisin|voisine|ami|amie|copain|copine|cousin|"
        "cousine|neveu|nièce|beau-frère|belle-sœur",
    ),
    *_pairs(
        "mijn|mn|m'n|onze|ons|je|jouw",
        "baas|manager|collega|teamleider|teamleidster|leidinggevende|chef|secretaresse|"
        "stagiair|verhuurder|buurman|buurvrouw|vriend|vriendin|neef|nicht|zwager|schoonzus",
    ),
    *_pairs(
        "mój|moja|mojego|mojej|moim|moją|nasz|nasza|naszego|naszej",
        "szef|szefowa|szefa|szefowej|kierownik|kierowniczka|kierownika|kolega|koleżanka|"
        "kolegi|koleżanki|przełożony|przełożona|sekretarka|stażysta|stażystka|sąsiad|"
        "sąsiadka|przyjaciel|przyjaciółka|kuzyn|kuzynka|szwagier|szwagierka",
    ),
)
_ROLE_NAME = re.compile(
    rf"(?<![\w'’-])(?i:{alternation(_PAIRS)})[ ]+"
    r"(?P<name>[A-Za-zÀ-ÖØ-öø-žſ][a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšťūůűųźżž]{2,}"
    r"(?:-[A-Za-zÀ-ÖØ-öø-ž][a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšťūůűųźżž]{2,})?)(?![\w'’-])"
)
#: Pronouns and the words after a role that are given names too ("my boss said", "my friend
#: may come", "mi jefa dice").
_PRONOUNS = frozenset(
    words(
        "he|she|they|it|er|sie|es|il|elle|lui|lei|él|ella|hij|zij|ze|on|ona|che|que|qui|said|"
        "says|may|june|april|august|will|hope|joy|faith|sunny|rich|major|young|little|old|big|"
        "dice|dijo|sagt|sagte|dit|zei|zegt|mówi|disse|ha|hat|est|heeft|jest|ma"
    )
)


def _named(token: str) -> bool:
    """Whether a token after a possessive and a role is a person's name."""
    lower = token.lower()
    capital = token[:1].upper() + token[1:]
    if lower in data.COMMON or lower in _PRONOUNS or capital in data.PLACES:
        return False
    if capital in data.NOT_NAME or capital in data.PRODUCT_NAMES or lower in data.ROLES:
        return False
    return capital in data.GIVEN or (token[:1].isupper() and capital in data.SURNAMES)


#: Adjectives after a role that are given names too ("mi primo segundo", "la mia amica cara").
_ADJECTIVES = frozenset(
    words(
        "cara|caro|segundo|segunda|bella|bello|nuevo|nueva|nuovo|nuova|neuer|neue|nouveau|"
        "nouvelle|nieuwe|nowy|nowa|grande|gran|piccola|piccolo|querida|querido|liebe|lieber"
    )
)


def _role(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name after a possessive and a role (see the module docstring); in lower case not
    an English word after an English possessive ("my friend drew", "my manager mark it") nor
    an adjective."""
    name = m.group("name")
    if name.islower():
        english = m.group(0).split(" ", 1)[0].lower() in ("my", "our", "your")
        if name in _ADJECTIVES or (english and name in data.ENGLISH_WORDS):
            return
    if not all(_named(part) for part in name.split("-")):
        return
    tok = Token(name, m.start("name"), m.end("name"))
    if not excluded([tok], scan):
        yield Hit("pii.person_name", None, tok.start, tok.end)


_LABELS = words(
    "manager|contact|contact person|owner|assignee|reporter|coordinator|nurse|carer|"
    "doctor|teacher|coach|trainer|intern|nurse on duty|stagiaire|stagiaire du jour|"
    "infirmière|infirmier|responsable|coordinatrice|coordinateur|référent|référente|"
    "enfermero|enfermera|enfermero de guardia|enfermera de guardia|médico de guardia|"
    "responsable de turno|tutor|tutora|coordinadora|coordinador|ansprechpartner|"
    "ansprechpartnerin|koordinator|koordinatorin|betreuer|betreuerin|pflegekraft|"
    "zuständig|verantwortlich|praktikant|praktikantin|referente|coordinatore|infermiere|"
    "infermiera|infermiere di turno|medico di turno|tirocinante|stagista|contactpersoon|"
    "verpleegkundige|begeleider|begeleidster|mentor|stagiair|pielęgniarka|pielęgniarz|"
    "opiekun|opiekunka|osoba kontaktowa|koordynator|koordynatorka|stażysta|stażystka"
)
_LABELLED = re.compile(
    rf"(?im)^[ \t]*(?:[-*•][ \t]*)?(?:{alternation(_LABELS)})[ \t]*:[ \t]*"
    rf"(?P<name>(?-i:{TOK}))(?=[ \t]*(?:$|[,.;(]))"
)


def _labelled(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A known given name alone after a role's label (see the module docstring)."""
    name = m.group("name")
    if name in data.GIVEN and _named(name):
        tok = Token(name, m.start("name"), m.end("name"))
        if not excluded([tok], scan):
            yield Hit("pii.person_name", None, tok.start, tok.end)


DETECTORS = (
    *(
        Detector(
            "person_name.role_pair",
            re.escape(pair + " "),
            _ROLE_NAME,
            _role,
            back=len(pair) + 2,
            ahead=40,
            caseless=True,
        )
        for pair in sorted(set(_PAIRS))
    ),
    *(
        Detector(
            "person_name.role_label",
            re.escape(label + gap + ":"),
            _LABELLED,
            _labelled,
            back=len(label) + 12,
            ahead=40,
            caseless=True,
        )
        for label in sorted(set(_LABELS))
        for gap in ("", " ")
    ),
)
