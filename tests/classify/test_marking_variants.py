"""National and corporate classification markings (issue 11, family 6), and hard negatives."""

from __future__ import annotations

import pytest

from tests.found import classify_text

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
    ("TRES SECRET UE", "TRES SECRET UE", "restricted"),
    # France: the 2021 levels (TRÈS SECRET, SECRET) and the former DÉFENSE forms
    ("TRÈS SECRET DÉFENSE\nEx. n° 3", "TRÈS SECRET DÉFENSE", "restricted"),
    ("Note Très Secret Défense du cabinet", "Très Secret Défense", "restricted"),
    ("SECRET\nNote au ministre des armées", "SECRET", "restricted"),
    ("**SECRET**", "SECRET", "restricted"),
    ("Le rapport a été classé secret défense en 2019.", "secret défense", "restricted"),
    # Germany: VS levels with spaced dashes
    ("VS – VERTRAULICH\nAmtlich geheim gehalten", "VS – VERTRAULICH", "restricted"),
    ("VS - NfD", "VS - NfD", "restricted"),
    ("Der Bericht ist als VS-NfD eingestuft.", "VS-NfD", "restricted"),
    ("Die Anlage wurde eingestuft als VS-Vertraulich.", "VS-Vertraulich", "restricted"),
    # Netherlands: Staatsgeheim and the departmental level, abbreviated
    ("Staatsgeheim ZEER GEHEIM", "Staatsgeheim ZEER GEHEIM", "restricted"),
    ("ZEER GEHEIM\nKopie 2 van 4", "ZEER GEHEIM", "restricted"),
    ("Dep. Vertrouwelijk – niet verspreiden", "Dep. Vertrouwelijk", "restricted"),
    ("Het memo is gerubriceerd als Stg. Geheim.", "Stg. Geheim", "restricted"),
    # Italy, Spain, Poland: the level named after its cue
    ("La nota è classificata riservatissima.", "riservatissima", "restricted"),
    ("El informe está clasificado como reservado.", "reservado", "restricted"),
    ("RESTRINGIDO\nInforme de la comisión", "RESTRINGIDO", "restricted"),
    ("Dokument oznaczony klauzulą „zastrzeżone”.", "zastrzeżone", "restricted"),
    ("Pismo o klauzuli poufne przekazano kurierem.", "poufne", "confidential"),
    # English cues
    ("This e-mail is marked confidential.", "confidential", "confidential"),
    ("The annex is classified as SECRET.", "SECRET", "restricted"),
    # Corporate tiers in the seven languages, with any separator
    ("C2: Interne", "C2: Interne", "internal"),
    ("C2 Internal", "C2 Internal", "internal"),
    ("C4 - Strictly Confidential", "C4 - Strictly Confidential", "restricted"),
    ("C3 – Vertraulich", "C3 – Vertraulich", "confidential"),
    ("C4 – Streng vertraulich", "C4 – Streng vertraulich", "restricted"),
    ("C2 – Uso interno", "C2 – Uso interno", "internal"),
    ("C3 – Riservato", "C3 – Riservato", "confidential"),
    ("C3 – Confidencial", "C3 – Confidencial", "confidential"),
    ("C3 | Vertrouwelijk", "C3 | Vertrouwelijk", "confidential"),
    ("C3 – Poufne", "C3 – Poufne", "confidential"),
    ("C2 – Wewnętrzne", "C2 – Wewnętrzne", "internal"),
    ("TOP SECRET UMBRA", "TOP SECRET", "restricted"),
    # Bracketed tags in subjects and titles
    ("Subject: [INTERNAL] roadmap draft", "[INTERNAL]", "internal"),
    ("[Vertraulich] Protokoll der Sitzung", "[Vertraulich]", "confidential"),
    ("Oggetto: [Riservato] bilancio 2025", "[Riservato]", "confidential"),
    ("Onderwerp: [Strikt vertrouwelijk] fusie", "[Strikt vertrouwelijk]", "restricted"),
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
    "C1 – Öffentlich",
    "The secret to good bread is time.",
    "It's no SECRET that we love pizza.",
    "SECRET SANTA 2024 – sign up here",
    "Victoria's Secret opened a new store.",
    "TOP SECRET RECIPES FOR THE HOLIDAYS",
    "Secret\nThe story begins at night.",
    "ACCESO RESTRINGIDO",
    "Acceso restringido al personal.",
    "het is zeer geheim",
    "ZEER GEHEIM IS HET NIET",
    "The C2 bus is internal to the chip.",
    "C3 Corvette for sale",
    "C4 explosive was found.",
    "classified ads in the newspaper",
    "The patient was classified as high risk.",
    "This link is marked internal.",
    "Il documento è stato classificato come pubblico.",
    "klauzula niedozwolona w umowie",
    "Classé monument historique en 1862",
    "[Internal](https://wiki.acme-corp.io/internal)",
    "ERROR [internal] cache miss",
    "[Public] Press release",
    "[Secret] Santa list",
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
