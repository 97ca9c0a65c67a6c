"""Health data in everyday words (issue 11, family 4), the next gaps: abbreviations after a verb
of having, conditions as adjectives, spelling variants, Polish case forms, clinical shorthand,
sick notes and conditions beside a named person, and letters about a patient as anchors; with
hard negatives (the same letters as products, titles, agencies, sensors, and general text)."""

from __future__ import annotations

import pytest

from tests.found import classify_text

#: (family, text, a fragment a health finding must cover)
POSITIVES: list[tuple[str, str, str]] = [
    # abbreviations: unambiguous ones alone, ambiguous ones after a verb of having
    ("abbr", "Unser Sohn hat ADHS und bekommt bald eine Schulbegleitung.", "ADHS"),
    ("abbr", "Meine Nichte hat AD(H)S, sagt der Kinderarzt.", "AD(H)S"),
    ("abbr", "Mijn neef heeft PTSS sinds zijn uitzending.", "PTSS"),
    ("abbr", "Mi cuñado tiene TEPT desde el accidente.", "TEPT"),
    ("abbr", "My sister-in-law has MS and uses a cane on bad days.", "MS"),
    ("abbr", "Her husband has ALS, diagnosed last spring.", "ALS"),
    ("abbr", "Ma tante a la SEP depuis dix ans.", "SEP"),
    ("abbr", "Mio suocero ha la SLA e non parla più.", "SLA"),
    ("abbr", "Mi vecina tiene EM desde 2018.", "EM"),
    ("abbr", "Meine Kollegin hat MS, seit drei Jahren.", "MS"),
    ("abbr", "Mijn schoonmoeder heeft MS.", "MS"),
    ("abbr", "Moja teściowa ma SM od kilku lat.", "SM"),
    ("abbr", "Frau Meier hat eine AU bis Freitag.", "AU"),
    # conditions as adjectives or nouns for the person, after a copula
    ("adjective", "Our youngest son is dyslexic and needs extra time in exams.", "dyslexic"),
    ("adjective", "Ma petite-fille est dyslexique.", "dyslexique"),
    ("adjective", "Mein Neffe ist Legastheniker.", "Legastheniker"),
    ("adjective", "Mia nipote è dislessica, servono mappe concettuali.", "dislessica"),
    ("adjective", "Mi sobrino es disléxico.", "disléxico"),
    ("adjective", "Onze dochter is dyslectisch.", "dyslectisch"),
    ("adjective", "Mój wnuk jest dyslektykiem.", "dyslektykiem"),
    ("adjective", "Il nonno è iperteso e prende le gocce.", "iperteso"),
    ("adjective", "Mi abuela es celíaca.", "celíaca"),
    ("adjective", "Mon oncle est schizophrène.", "schizophrène"),
    # spelling variants and learning or developmental conditions
    ("variant", "Mi abuelo tiene alzhéimer desde hace tres años.", "alzhéimer"),
    ("variant", "A mi padre le diagnosticaron párkinson.", "párkinson"),
    ("variant", "My grandmother has Alzheimers and forgets our names.", "Alzheimers"),
    ("variant", "Mi tío tiene esquizofrenia paranoide.", "esquizofrenia"),
    ("variant", "Notre fils a une dyspraxie.", "dyspraxie"),
    ("variant", "Meine Tochter hat Legasthenie.", "Legasthenie"),
    ("variant", "Mio figlio ha la discalculia.", "discalculia"),
    ("variant", "Mijn zoon heeft dyscalculie.", "dyscalculie"),
    # Polish case forms
    ("polish", "Moja ciocia ma raka piersi.", "raka piersi"),
    ("polish", "Mój dziadek zmarł na raka płuc.", "raka płuc"),
    ("polish", "Mój tata jest po zawale serca.", "zawale serca"),
    ("polish", "Babcia od roku choruje po udarze.", "udarze"),
    ("polish", "Mój brat ma stwardnienie rozsiane, a mama choruje na chorobę Parkinsona.", "Parki"),
    ("polish", "Moja siostra leczy się z powodu nerwicy.", "nerwicy"),
    # clinical shorthand
    ("shorthand", "Pt is a 71yo male, PMH: T2DM, HTN, CKD stage 3.", "T2DM"),
    ("shorthand", "Pat. s/p CABG x3 in 2021, now HFrEF.", "CABG"),
    ("shorthand", "Pat. with hx of MI in 2015.", "MI"),
    ("shorthand", "Pt h/o AF, on apixaban.", "AF"),
    ("shorthand", "Pat. bek. KHK, Z.n. NSTEMI 2020.", "NSTEMI"),
    ("shorthand", "67 y/o F with COPD exacerbation.", "COPD"),
    ("shorthand", "45 y.o. male, known epilepsy.", "epilepsy"),
    # a sick note or a condition beside a named person
    ("named", "Our HR tool shows Lena Hoffmann was off for 9 days (Krankmeldung).", "Krankmeldung"),
    ("named", "Sophie Martin a envoyé son arrêt de travail ce matin.", "arrêt de travail"),
    ("named", "Giulia Bianchi ha mandato il certificato di malattia.", "certificato di malattia"),
    ("named", "Javier López entregó la baja médica el lunes.", "baja médica"),
    ("named", "Pieter van Dijk heeft een ziekmelding ingediend.", "ziekmelding"),
    ("named", "Katarzyna Nowak przyniosła zwolnienie lekarskie.", "zwolnienie lekarskie"),
    ("named", "Thomas Becker has type 2 diabetes.", "diabetes"),
    # ill or off sick, said of someone
    ("ill", "Frau Schneider ist krank, bitte Termin verschieben.", "krank"),
    ("ill", "Mon collègue est malade depuis lundi.", "malade"),
    ("ill", "Mia suocera è malata da mesi.", "malata"),
    ("ill", "Mi compañero está enfermo.", "enfermo"),
    ("ill", "Mijn buurvrouw is ziek.", "ziek"),
    ("ill", "Moja koleżanka jest chora.", "chora"),
    ("ill", "Mr. Peters called in sick this morning.", "called in sick"),
    ("ill", "Mein Schwiegervater ist schwer krank.", "krank"),
    ("ill", "Mój dziadek jest ciężko chory.", "chory"),
    ("ill", "Ma voisine était malade toute la semaine.", "malade"),
    ("ill", "Anna Nowak przyniosła L4 na dwa tygodnie.", "L4"),
    # letters about a patient
    ("letter", "Please summarise this discharge letter: main diagnosis heart failure.", "heart"),
    ("letter", "Fasse den Entlassbrief zusammen: Hauptdiagnose Pneumonie.", "Pneumonie"),
    ("letter", "Résume la lettre de sortie : insuffisance cardiaque décompensée.", "insuffisance"),
    ("letter", "Riassumi la lettera di dimissione: diagnosi di polmonite.", "polmonite"),
    ("letter", "Resume este informe de alta: neumonía adquirida en la comunidad.", "neumonía"),
    ("letter", "Vat deze ontslagbrief samen: diagnose longontsteking.", "longontsteking"),
    ("letter", "Streść kartę wypisową: rozpoznanie zapalenie płuc.", "zapalenie płuc"),
]

#: (family, text): the same letters or words that are no one's health data.
NEGATIVES: list[tuple[str, str]] = [
    ("abbr", "ADHS-Forschung im Überblick: neue Studien zu Ursachen."),
    ("abbr", "Was ist ADHS und wie wird es behandelt?"),
    ("abbr", "Ms Smith has MS Word installed on her laptop."),
    ("abbr", "My husband has MS Teams open all day."),
    ("abbr", "She has an MS in physics from Delft."),
    ("abbr", "Mein Kollege hat MS Office 2019 gekauft."),
    ("abbr", "Il a la SEP 2024 dans son agenda."),
    ("abbr", "La mia collega ha SLA 99,9 nel contratto."),
    ("abbr", "What does MS stand for in medicine?"),
    ("abbr", "1 AU entspricht etwa 150 Millionen Kilometern, sagt mein Sohn."),
    ("abbr", "Mein Vater hat AU Optronics Aktien gekauft."),
    ("adjective", "My font is dyslexic-friendly."),
    ("adjective", "Dyslexic readers prefer this typeface."),
    ("adjective", "Questa pizza è celiaca?"),
    ("adjective", "The model is hypertensive in the second scenario."),
    ("variant", "¿Qué es el alzhéimer y cómo se diagnostica?"),
    ("variant", "La dyspraxie touche 5 % des enfants."),
    ("variant", "Was sind die Ursachen von Legasthenie?"),
    ("polish", "Raka vägen till stationen tar tio minuter."),
    ("polish", "Die Raka ist ein kleiner Fluss, sagt mein Vater."),
    ("polish", "Jakie są objawy raka piersi?"),
    ("shorthand", "MI5 and MI6 are British intelligence agencies."),
    ("shorthand", "My wife lives in Detroit, MI and works for Ford."),
    ("shorthand", "The EF Core library maps entities to tables."),
    ("shorthand", "I bought an hx711 sensor for my scale."),
    ("shorthand", "She sent me the CAD drawings for the kitchen."),
    ("shorthand", "Our PE teacher is strict."),
    ("named", "Please forward the sick note template to HR."),
    ("named", "James Parkinson described the shaking palsy in 1817."),
    ("named", "Hope Clinic offers diabetes screening."),
    ("named", "Hermann von Helmholtz ebbe una forte influenza sulla teoria musicale."),
    ("named", "Hermann von Helmholtz ebbe una grande influenza sui fisici."),
    ("ill", "Die Gesellschaft ist krank, sagt mein Vater."),
    ("ill", "Le système est malade, dit mon collègue."),
    ("ill", "I'm sick of meetings."),
    ("ill", "How do I call in sick without lying? Asking for my team."),
    ("ill", "Mój szef mówi, że to balancer L4."),
    ("ill", "We run an L4 load balancer, says my boss."),
    ("letter", "How do I write a good discharge letter?"),
    ("letter", "Was gehört in einen Arztbrief?"),
]


def _health(text: str) -> list[tuple[int, int]]:
    """The spans of the health findings in a text."""
    return [(f.start, f.end) for f in classify_text(text).findings if f.type == "health"]


@pytest.mark.parametrize(("family", "text", "fragment"), POSITIVES)
def test_health_data_in_short_or_inflected_forms_is_found(
    family: str, text: str, fragment: str
) -> None:
    """The condition, said of a person, is restricted health data."""
    at = text.index(fragment)
    spans = _health(text)
    assert any(s < at + len(fragment) and e > at for s, e in spans), (family, spans)
    assert classify_text(text).level.label == "restricted"


@pytest.mark.parametrize(("family", "text"), NEGATIVES)
def test_same_letters_elsewhere_are_not_health_data(family: str, text: str) -> None:
    """Products, titles, agencies, places, general questions and eponyms are no health data."""
    assert _health(text) == [], (family, [text[s:e] for s, e in _health(text)])
