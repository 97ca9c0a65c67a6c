"""Health data in everyday words (issue 11, family 4): conditions as patients, relatives and HR
write them, medicines by INN and brand, lab values, sick leave; and hard negatives (the same
words in general, textbook or unrelated sentences)."""

from __future__ import annotations

import pytest

from tests.found import classify_text

#: (text, a fragment a health finding must cover)
POSITIVES: list[tuple[str, str]] = [
    # English
    ("My father has chronic kidney disease stage 3.", "kidney disease"),
    ("He has gastroesophageal reflux disease and takes it badly.", "reflux disease"),
    ("I was off sick for two weeks because of a slipped disc.", "slipped disc"),
    ("Employee 4411 is on sick leave until Friday.", "sick leave"),
    ("My daughter was diagnosed with scoliosis last year.", "scoliosis"),
    ("She takes bisoprolol 5 mg every morning.", "bisoprolol 5 mg"),
    ("My husband was put on candesartan 8 mg.", "candesartan 8 mg"),
    ("Her HbA1c is 9.1 % despite the diet.", "HbA1c is 9.1 %"),
    ("My son has an anxiety disorder and sees a therapist.", "anxiety disorder"),
    # French
    ("Ma mère a une tendinite à l'épaule.", "tendinite"),
    ("Mon fils souffre d'un trouble anxieux généralisé.", "trouble anxieux"),
    ("Il prend du Doliprane 1000 mg trois fois par jour.", "Doliprane 1000 mg"),
    ("Sa glycémie était à 2,4 g/l ce matin.", "glycémie"),
    ("Mon collègue est en arrêt maladie pour une hernie discale.", "hernie discale"),
    # German
    ("Mein Vater hat Prostatakrebs.", "Prostatakrebs"),
    ("Meine Frau hat eine Schilddrüsenunterfunktion.", "Schilddrüsenunterfunktion"),
    ("Sein HbA1c liegt bei 9,1 %.", "HbA1c liegt bei 9,1 %"),
    ("Der Mitarbeiter ist krankgeschrieben wegen eines Bandscheibenvorfalls.", "krankgeschrieben"),
    ("Meine Schwester hat eine Angststörung.", "Angststörung"),
    ("Er nimmt Ramipril 5 mg morgens.", "Ramipril 5 mg"),
    # Italian
    ("Mia madre ha un'ernia del disco lombare.", "ernia del disco"),
    ("Mio padre soffre di broncopneumopatia cronica ostruttiva.", "broncopneumopatia"),
    ("Mia figlia ha una cardiomiopatia ipertrofica.", "cardiomiopatia"),
    ("Mio marito prende Tachipirina 500 mg al bisogno.", "Tachipirina 500 mg"),
    ("Il dipendente è in malattia da lunedì.", "in malattia"),
    # Spanish
    ("Mi marido tiene una hernia discal lumbar.", "hernia discal"),
    ("Mi hijo tiene trastorno por déficit de atención.", "trastorno por déficit de atención"),
    ("Mi madre toma omeprazol 20 mg cada mañana.", "omeprazol 20 mg"),
    ("Mi padre tiene artrosis de rodilla.", "artrosis"),
    ("El empleado está de baja por una lumbalgia.", "lumbalgia"),
    # Dutch
    ("Mijn collega heeft een depressieve stoornis.", "depressieve stoornis"),
    ("Mijn moeder heeft longontsteking.", "longontsteking"),
    ("Hij gebruikt metoprolol 50 mg per dag.", "metoprolol 50 mg"),
    ("Mijn zoon heeft een eetstoornis.", "eetstoornis"),
    # Polish
    ("Mój syn choruje na astmę oskrzelową.", "astmę"),
    ("Moja matka ma zaburzenia lękowe.", "zaburzenia lękowe"),
    ("Mój ojciec przyjmuje ramipryl 5 mg dziennie.", "ramipryl 5 mg"),
    ("Pracownik jest na zwolnieniu lekarskim od poniedziałku.", "zwolnieniu lekarskim"),
    ("Jej glukoza na czczo wynosi 126 mg/dl.", "glukoza"),
]

NEGATIVES: list[str] = [
    # general and textbook sentences with the same terms
    "Chronic kidney disease is staged by eGFR.",
    "What causes gastroesophageal reflux disease?",
    "Our sick leave policy is explained on the intranet.",
    "Qu'est-ce qu'une tendinite ?",
    "Le trouble anxieux généralisé est fréquent chez l'adulte.",
    "Was ist eine Schilddrüsenunterfunktion?",
    "Welche Symptome hat eine Angststörung?",
    "Che cos'è un'ernia del disco?",
    "¿Qué es el trastorno por déficit de atención?",
    "Wat zijn de symptomen van longontsteking?",
    "Jakie są objawy zaburzeń lękowych?",
    # the same word shapes outside medicine
    "Der Flusskrebs lebt in sauberen Bächen.",
    "Die Netzwerkstörung ist seit 10 Uhr behoben.",
    "I have trouble with the new build server.",
    "Empathy and sympathy are not the same.",
    "Elle a gagné le trophée, sa sympathie est immense.",
    "Comparing 2 options is easier with a table.",
    "On April 5 mg of the sample were shipped.",
    "Episode 3 of the series is about panic in the markets.",
    "Ho visto il disturbo sulla linea 2.",
    "De stroomstoring duurde 2 uur.",
]


def _covered(text: str, fragment: str) -> bool:
    """Whether one health finding spans the fragment (or lies inside it)."""
    at = text.index(fragment)
    for f in classify_text(text).findings:
        if f.type == "health" and f.start < at + len(fragment) and f.end > at:
            return True
    return False


@pytest.mark.parametrize(("text", "fragment"), POSITIVES)
def test_everyday_health_data_is_found(text: str, fragment: str) -> None:
    """A condition, medicine, lab value or sick leave about a person is restricted health data."""
    assert _covered(text, fragment), [
        (f.type, text[f.start : f.end]) for f in classify_text(text).findings
    ]
    assert classify_text(text).level.label == "restricted"


@pytest.mark.parametrize("text", NEGATIVES)
def test_general_or_unrelated_text_is_not_health_data(text: str) -> None:
    """The same words in a general question, a textbook sentence or another trade are not."""
    found = [(f.type, text[f.start : f.end]) for f in classify_text(text).findings]
    assert not any(kind == "health" for kind, _ in found), found
