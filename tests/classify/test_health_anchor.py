"""The personal-anchor check (``_health_anchor.anchored``) gives the same answer as its
definition, the two case-insensitive patterns of ``lexicons`` searched over the text, on many
generated texts: anchors in every case, glued to other words, cut short, beside the characters
where lower-casing and case-insensitive matching disagree."""

from __future__ import annotations

import random
import re
import sys

from proxy.classify._base import words
from proxy.classify.detectors import _health_anchor
from proxy.classify.detectors._health_anchor import anchored
from proxy.classify.detectors._health_person_words import SICK_WORDS
from proxy.classify.detectors.lexicons import (
    PERSONAL_LABELS,
    PERSONAL_PATTERNS,
    PERSONAL_PREFIXES,
    PERSONAL_TITLES,
    PERSONAL_WORDS,
)

#: The definition: a flat alternation of the words (no trie), and the shapes.
_WORDS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted(PERSONAL_WORDS, key=len, reverse=True))
    + r")(?!\w)",
    re.I,
)
_SHAPES = re.compile(PERSONAL_PATTERNS, re.I)

_ORDINARY = words(
    "the|report|is|due|on|Friday|and|the|team|will|review|it|before|the|release|le|rapport|"
    "est|prêt|mais|la|réunion|commence|demain|à|neuf|heures|der|Bericht|ist|fertig|und|die|"
    "Sitzung|beginnt|morgen|um|neun|Uhr|il|rapporto|è|pronto|e|la|riunione|inizia|domani|"
    "alle|nove|el|informe|está|listo|y|la|reunión|empieza|mañana|a|las|nueve|het|verslag|is|"
    "klaar|en|de|vergadering|begint|morgen|om|negen|uur|raport|jest|gotowy|a|spotkanie|"
    "zaczyna|się|jutro|o|dziewiątej|diabetes|asthma|Schmerzen|depressione|2024|45|12,5|mg"
)
_STATES = words(
    "is on sick leave|ist seit drei Wochen krankgeschrieben|est en arrêt maladie|está de baja|"
    "è in malattia|jest na L4|heeft zich ziek gemeld|ik heb me ziek gemeld|was off sick|"
    "está de baja de la empresa|ist krank gemeldet|is in de ziektewet"
)
_ODD = ("\u0130", "\u0131", "\u017f", "\u212a", "ß", "É", "Ł")
_SEPARATORS = (" ", " ", " ", "", "\n", ", ", "-", "'", ":", ".", ". ", " : ", "?", "_", "2")


def _pieces() -> list[str]:
    """Anchors of every kind, their near misses, ordinary words and odd characters."""
    anchors = [
        *PERSONAL_WORDS,
        *(p + "x" for p in PERSONAL_PREFIXES),
        *(label + ":" for label in PERSONAL_LABELS),
        *(label + " :" for label in PERSONAL_LABELS),
        *(title + "." for title in PERSONAL_TITLES),
        *words(
            "45-year-old|45yo|67 y/o|45 y.o.|67-jährige|72 anni|30 años|8 jaar|50 lat|40-letni|"
            "3 ans"
        ),
        *_STATES,
        *SICK_WORDS,
        *words("sono stato|sono affetta|me ziek gemeld|mij ziek heb gemeld"),
    ]
    misses = [w[:-1] for w in PERSONAL_WORDS if len(w) > 2] + [w + "s" for w in PERSONAL_WORDS]
    return [*anchors, *misses, *_ORDINARY, *_ODD]


def _case(rng: random.Random, piece: str) -> str:
    """The piece as written: lower, upper, title case or mixed."""
    kind = rng.randrange(4)
    if kind == 1:
        return piece.upper()
    if kind == 2:
        return piece.title()
    if kind == 3:
        return "".join(c.upper() if rng.random() < 0.5 else c for c in piece)
    return piece


def _text(rng: random.Random, anchors: list[str], ordinary: list[str]) -> str:
    """A text of ordinary words with at most a few anchors or near misses."""
    parts: list[str] = []
    for _ in range(rng.randrange(1, 14)):
        pool = anchors if rng.random() < 0.12 else ordinary
        parts.append(_case(rng, rng.choice(pool)))
        parts.append(rng.choice(_SEPARATORS))
    return "".join(parts)


def test_same_answer_as_the_definition_on_generated_texts() -> None:
    """On 30,000 generated texts the check and the definition agree, text by text."""
    rng = random.Random(11)
    anchors, ordinary = _pieces(), [*_ORDINARY, *_ODD]
    outcomes = {True: 0, False: 0}
    for _ in range(30_000):
        text = _text(rng, anchors, ordinary)
        expected = _WORDS.search(text) is not None or _SHAPES.search(text) is not None
        assert anchored(text) is expected, text
        outcomes[expected] += 1
    assert min(outcomes.values()) > 5_000, outcomes  # both answers are well exercised


def test_lower_casing_and_ignorecase_disagree_only_on_the_listed_characters() -> None:
    """Every character that case-insensitively matches a letter of an anchor but lower-cases to
    something else is one the check hands to the definition."""
    letters = {c for w in PERSONAL_WORDS + PERSONAL_PREFIXES + PERSONAL_LABELS for c in w}
    letters = {c for c in letters if c.isalpha()}
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    odd = {c for p in letters for c in re.findall(re.escape(p), every, re.I) if c.lower() != p}
    odd |= {c for c in every if len(c.lower()) != 1}
    assert all(_health_anchor._ODD.match(c) for c in odd), sorted(odd)
