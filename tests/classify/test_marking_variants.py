"""National and corporate classification markings (issue 11, family 6), and hard negatives."""

from __future__ import annotations

import pytest

from proxy.classify import classify_text

#: (text, the marking as it must be spanned, level)
POSITIVES: list[tuple[str, str, str]] = [
    # Italy
    ("SEGRETO\nRelazione sulla missione", "SEGRETO", "restricted"),
    ("Documento classificato SEGRETO – non divulgare", "SEGRETO", "restricted"),
    ("Nota RISERVATISSIMO per il ministro", "RISERVATISSIMO", "restricted"),
    ("Il documento è RISERVATO.", "RISERVATO", "confidential"),
    # Netherlands
    ("Stg. CONFIDENTIEEL", "Stg. CONFIDENTIEEL", "restricted"),
    ("Dit memo is Stg. GEHEIM en blijft in de kluis.", "Stg. GEHEIM", "restricted"),
    ("Stg. ZEER GEHEIM", "Stg. ZEER GEHEIM", "restricted"),
    (
        "Departementaal Vertrouwelijk\nNotitie voor de minister",
        "Departementaal Vertrouwelijk",
        "restricted",
    ),
    # French corporate tiers
    ("C2 – Interne", "C2 – Interne", "internal"),
    ("C3 – Confidentiel", "C3 – Confidentiel", "confidential"),
    ("Compte rendu du comité (C3 - CONFIDENTIEL)", "C3 - CONFIDENTIEL", "confidential"),
    ("C4 – Secret\nPlan de reprise", "C4 – Secret", "restricted"),
    # Poland
    ("ŚCIŚLE TAJNE\nEgz. nr 1", "ŚCIŚLE TAJNE", "restricted"),
    ("TAJNE", "TAJNE", "restricted"),
    ("POUFNE", "POUFNE", "confidential"),
    ("ZASTRZEŻONE", "ZASTRZEŻONE", "restricted"),
    ("ŚCIŚLE POUFNE", "ŚCIŚLE POUFNE", "restricted"),
    ("Klauzula: ściśle poufne", "Klauzula: ściśle poufne", "restricted"),
    # Germany
    ("VS-NfD", "VS-NfD", "restricted"),
    ("Das Dokument ist als VS-VERTRAULICH eingestuft.", "VS-VERTRAULICH", "restricted"),
    ("Dieses Schreiben ist GEHEIM.", "GEHEIM", "restricted"),
    ("Lagebericht STRENG GEHEIM für den Stab", "STRENG GEHEIM", "restricted"),
    # Spain
    ("SECRETO\nInforme de situación", "SECRETO", "restricted"),
    ("RESERVADO", "RESERVADO", "restricted"),
    ("CONFIDENCIAL", "CONFIDENCIAL", "confidential"),
    ("Informe de DIFUSIÓN LIMITADA sobre la operación", "DIFUSIÓN LIMITADA", "restricted"),
    # France
    ("DIFFUSION RESTREINTE", "DIFFUSION RESTREINTE", "restricted"),
    ("Note classée CONFIDENTIEL DÉFENSE", "CONFIDENTIEL DÉFENSE", "restricted"),
    ("SECRET DÉFENSE", "SECRET DÉFENSE", "restricted"),
    # European Union
    ("EU RESTRICTED", "EU RESTRICTED", "restricted"),
    ("Ce document est RESTREINT UE.", "RESTREINT UE", "restricted"),
    ("CONFIDENTIAL UE", "CONFIDENTIAL UE", "restricted"),
]

NEGATIVES: list[str] = [
    "Ho un posto riservato al ristorante.",
    "POSTO RISERVATO",
    "RISERVATO AI SOCI",
    "Il segreto è la pazienza.",
    "IL SEGRETO DEL SUCCESSO",
    "El secreto de esta receta es la mantequilla.",
    "EL SECRETO DE LA ABUELA",
    "Secreto ibérico a la brasa",
    "Das ist mein geheim gehaltenes Rezept.",
    "Es bleibt geheim, sagte sie.",
    "Het is geheim.",
    "To jest tajne przez poufne, mówiła babcia.",
    "Tajne komplety w czasie wojny",
    "© 2024 Firma Sp. z o.o. WSZELKIE PRAWA ZASTRZEŻONE",
    "SALE RESERVADO PARA SOCIOS",
    "C2 is the second column, C3 the third.",
    "c2 - interne ou externe, au choix",
    "C1 – Public",
]


@pytest.mark.parametrize(("text", "marking", "level"), POSITIVES)
def test_marking_variant_is_found(text: str, marking: str, level: str) -> None:
    """Each national or corporate marking is found, spanned exactly, at its level."""
    found = {
        (text[f.start : f.end], f.subtype)
        for f in classify_text(text).findings
        if f.type == "marking"
    }
    assert (marking, level) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_marking_word_in_prose_is_not_a_marking(text: str) -> None:
    """Everyday uses of marking words, shouted titles and public tiers are no marking."""
    assert not [f for f in classify_text(text).findings if f.type == "marking"]
