"""Markings in national and corporate wording, anywhere in the text (issue 13): UK caveats
("SECRET UK EYES ONLY"), France's "SPÉCIAL FRANCE", the Austrian "EINGESCHRÄNKT", the Swiss
"INTERN (Klassifizierung …)", German and Dutch "als … eingestuft/gerubriceerd", German field
names ("Vertraulichkeitsstufe:", "Schutzklasse:"), internal-use phrases in the seven languages
and trade-secret notices. Each marking keeps the level it signals: internal-use phrases are
internal, trade secrets confidential.

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

POSITIVES = [
    (
        "Summarise the attached.\nSECRET UK EYES ONLY\nOperation notes follow.",
        "SECRET",
        "restricted",
    ),
    ("TOP SECRET - UK EYES ONLY", "UK EYES ONLY", "confidential"),
    ("header: SECRET//NOFORN", "NOFORN", "restricted"),
    ("SECRET SPÉCIAL FRANCE\nNote sur la posture", "SECRET", "restricted"),
    (
        "Der Bericht ist als EINGESCHRÄNKT eingestuft und geht an drei Stellen.",
        "EINGESCHRÄNKT",
        "restricted",
    ),
    ("EINGESCHRÄNKT\nLagebild Hochwasser", "EINGESCHRÄNKT", "restricted"),
    ("Das Protokoll ist als intern klassifiziert.", "intern", "internal"),
    ("INTERN (Klassifizierung nach ISchV)\nBitte kürzen.", "INTERN", "internal"),
    ("Vertraulichkeitsstufe: Intern", "Vertraulichkeitsstufe: Intern", "internal"),
    ("Schutzklasse: Vertraulich", "Schutzklasse: Vertraulich", "confidential"),
    (
        "Geheimhaltungsstufe: Streng vertraulich",
        "Geheimhaltungsstufe: Streng vertraulich",
        "restricted",
    ),
    ("Die Notiz ist als Stg. Confidentieel gerubriceerd.", "Stg. Confidentieel", "restricted"),
    ("Zie het Stg. Geheim verslag van dinsdag.", "Stg. Geheim", "restricted"),
    ("Cette synthèse est à usage interne uniquement.", "à usage interne uniquement", "internal"),
    ("Présentation réservée à un usage interne", "réservée à un usage interne", "internal"),
    (
        "Diese Liste ist nur für den internen Gebrauch bestimmt.",
        "nur für den internen Gebrauch",
        "internal",
    ),
    ("Bozza ad uso interno: piano ferie 2025", "Bozza ad uso interno", "internal"),
    ("Materiale esclusivamente per uso interno.", "esclusivamente per uso interno", "internal"),
    ("Informe de uso interno sobre la campaña", "Informe de uso interno", "internal"),
    ("Únicamente para uso interno.", "Únicamente para uso interno", "internal"),
    ("Uitsluitend voor intern gebruik: begroting", "Uitsluitend voor intern gebruik", "internal"),
    ("Plik przeznaczony do użytku wewnętrznego.", "do użytku wewnętrznego", "internal"),
    ("Tajemnica przedsiębiorstwa\nCennik hurtowy", "Tajemnica przedsiębiorstwa", "confidential"),
    (
        "Oferta stanowi tajemnicę przedsiębiorstwa w rozumieniu ustawy.",
        "stanowi tajemnicę przedsiębiorstwa",
        "confidential",
    ),
    (
        "Ce contrat est protégé par le secret des affaires.",
        "protégé par le secret des affaires",
        "confidential",
    ),
    (
        "Die Anlage enthält Betriebs- und Geschäftsgeheimnisse.",
        "Betriebs- und Geschäftsgeheimnisse",
        "confidential",
    ),
    ("Deze offerte is bedrijfsvertrouwelijk.", "bedrijfsvertrouwelijk", "confidential"),
    (
        "This deck is for internal distribution only.",
        "deck is for internal distribution only",
        "internal",
    ),
    (
        "Die Weisung ist nur für den Dienstgebrauch bestimmt.",
        "nur für den Dienstgebrauch",
        "restricted",
    ),
]
NEGATIVES = [
    "This helper is for internal use only.",
    "Un outil à usage interne pour les équipes.",
    "Il farmaco è per uso interno, due compresse al giorno.",
    "Los datos se usan para uso interno de estadísticas.",
    "Die Daten werden nur für interne Zwecke genutzt.",
    "Was ist eine Tajemnica? Co to jest tajemnica przedsiębiorstwa w prawie?",
    "Qu'est-ce que le secret des affaires en droit français ?",
    "What is a trade secret and how long does it last?",
    "Der Zugang ist eingeschränkt, bitte später versuchen.",
    "The Secret Garden, chapter one",
    "He kept it secret from his UK friends.",
    "Confidential (see below)\nThe minutes are attached.",
    "Internal (draft) notes on the offsite",
]


@pytest.mark.parametrize(("text", "marking", "level"), POSITIVES)
def test_national_and_corporate_marking_is_found(text: str, marking: str, level: str) -> None:
    """Each marking is found, spanned as written, at the level it signals."""
    found = {
        (text[f.start : f.end], f.subtype)
        for f in classify_text(text).findings
        if f.type == "marking"
    }
    assert (marking, level) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_marking_words_in_ordinary_prose_are_no_marking(text: str) -> None:
    """What a tool is for, how a medicine is taken, a question about the law: no marking."""
    assert not [f for f in classify_text(text).findings if f.type == "marking"]
