"""Health data in clinical shorthand (issue 11, family 4): a particular person described by a
condition adjective or noun, and case vignettes (an age and sex shorthand, then what brings the
patient), in EN FR DE IT ES NL PL; with hard negatives (the same words said of food, care,
crises, classes of people, candidates and albums, and symptoms in general text)."""

from __future__ import annotations

import pytest

from tests.found import classify_text

#: (family, text, a fragment a health finding must cover)
POSITIVES: list[tuple[str, str, str]] = [
    # a person described by a condition, with an age or sex cue in the sentence
    ("described", "Patient, 61 years old, female, asthmatic, needs a refill.", "asthmatic"),
    ("described", "Referral: 47-year-old epileptic man, seizure-free for a year.", "epileptic"),
    ("described", "Pt 58 y/o, obese, alcoholic, due for bloods.", "alcoholic"),
    ("described", "72F, immunocompromised after chemo, asks about the flu shot.", "immuno"),
    ("described", "I'm 49, diabetic and hypertensive - which breakfast is best?", "diabetic"),
    ("described", "patiente de 66 ans, hypertendue, diabétique sous insuline", "diabétique"),
    ("described", "Homme de 58 ans, épileptique, adressé par son médecin.", "épileptique"),
    ("described", "Patient, 71 J., Hypertoniker, Z. n. Sturz.", "Hypertoniker"),
    ("described", "Die 64-jährige Asthmatikerin braucht ein neues Spray.", "Asthmatikerin"),
    ("described", "Paziente di 59 anni, diabetica, ipertesa, non fumatrice.", "diabetica"),
    ("described", "uomo, 77 anni, dializzato tre volte a settimana", "dializzato"),
    ("described", "Paciente de 52 años, diabético tipo 2 y fumador.", "diabético"),
    ("described", "mujer de 38 años, asmática desde la infancia", "asmática"),
    ("described", "Patiënt, 63 jaar, diabeet, rookt niet.", "diabeet"),
    ("described", "vrouw van 70 jaar, hypertensief, woont alleen", "hypertensief"),
    ("described", "Pacjentka lat 68, cukrzyczka, po operacji biodra.", "cukrzyczka"),
    ("described", "mężczyzna, 55 lat, nadciśnieniowiec, pali papierosy", "nadciśnieniowiec"),
    # with a first-person possessive and a relation, or the writer as one
    ("mine", "My asthmatic daughter starts school next week, what should I tell them?", "asthm"),
    ("mine", "Mon père, diabétique, refuse de suivre son régime.", "diabétique"),
    ("mine", "Mio nonno iperteso prende ancora il sale di nascosto.", "iperteso"),
    ("mine", "Mi madre, hipertensa, no quiere tomar sus pastillas.", "hipertensa"),
    ("mine", "Mijn epileptische zoon mag geen brommer rijden.", "epileptische"),
    ("mine", "Mój ojciec, cukrzyk, nie chce chodzić do lekarza.", "cukrzyk"),
    ("mine", "As a diabetic, can I eat grapes in the evening?", "diabetic"),
    ("mine", "Jako cukrzyk ja nie mogę jeść słodyczy po 20:00.", "cukrzyk"),
    ("mine", "As an epileptic, I'm not allowed to drive.", "epileptic"),
    # case vignettes: an age and sex shorthand, then what brings the patient
    ("vignette", "Please summarise: 71M presenting with syncope and palpitations.", "syncope"),
    ("vignette", "54F c/o epigastric pain since this morning.", "c/o"),
    ("vignette", "A 39 yo woman presents with fever and a productive cough.", "fever"),
    ("vignette", "68M, troponin rising on repeat.", "troponin"),
    ("vignette", "Pt 80 y/o f admitted with confusion, SpO2 90 % on air.", "admitted"),
    ("vignette", "F 81 ans, se présente aux urgences après une chute.", "urgences"),
    ("vignette", "Femme de 44 ans consulte pour douleur abdominale.", "douleur"),
    ("vignette", "Herr, 59 J., stellt sich mit Atemnot in der Notaufnahme vor.", "Atemnot"),
    ("vignette", "Der 73-jährige Patient klagt über Schwindel seit gestern.", "Schwindel"),
    ("vignette", "F, 45 anni, giunge in PS per cefalea intensa.", "giunge in PS"),
    ("vignette", "Uomo di 66 anni lamenta dispnea da sforzo.", "dispnea"),
    ("vignette", "Mujer de 29 años acude por fiebre y tos.", "fiebre"),
    ("vignette", "Varón de 75 años refiere dolor lumbar intenso.", "dolor"),
    ("vignette", "Vrouw, 52 jaar, meldt zich met koorts en hoesten.", "koorts"),
    ("vignette", "Man van 64 jaar klaagt over kortademigheid bij inspanning.", "kortademigheid"),
    ("vignette", "Kobieta lat 47 zgłasza się z gorączką i kaszlem.", "gorączką"),
    ("vignette", "Mężczyzna, 70 lat, skarży się na duszność.", "duszność"),
    # a diagnosis whose person is an age and sex shorthand
    ("shorthand", "63M with type 2 diabetes and CKD, on metformin.", "diabetes"),
    ("shorthand", "Summary: 52F, epilepsy, seizure-free on lamotrigine.", "epilepsy"),
    ("shorthand", "Case: 81 M, dementia, lives alone.", "dementia"),
    ("shorthand", "67 Jahre, m., Vorhofflimmern seit 2019.", "Vorhofflimmern"),
    ("shorthand", "60enne con cirrosi epatica, in lista trapianto.", "cirrosi"),
    ("shorthand", "Casus: 58 jr, COPD sinds 2015.", "COPD"),
]

#: (family, text)
NEGATIVES: list[tuple[str, str]] = [
    # what a condition is said of, and classes of people (EN FR DE IT ES NL PL)
    ("class", "Diabetic foot ulcers heal slowly; see the 2023 guideline."),
    ("class", "A hypertensive crisis is defined as a reading above 180/120."),
    ("class", "Asthmatic children should avoid cold air during exercise."),
    ("class", "Patients over 65 years old who are diabetic should be screened yearly."),
    ("class", "Adults aged 50 years and older, obese or hypertensive, need a check."),
    ("class", "As a diabetic educator, I run classes every Tuesday."),
    ("class", "Les crises épileptiques de l'enfant de 5 ans sont souvent fébriles."),
    ("class", "Les patients de plus de 70 ans, diabétiques ou hypertendus, sont suivis."),
    ("class", "Epileptische Anfälle bei Kindern unter 6 Jahren sind häufig."),
    ("class", "Die Diabetiker-Schulung für Menschen über 60 Jahre beginnt im Mai."),
    ("class", "La dieta del paziente diabetico di 70 anni e oltre va adattata."),
    ("class", "Las bebidas alcohólicas están prohibidas a menores de 18 años."),
    ("class", "Een diabetisch dieet voor mensen boven 65 jaar bevat weinig suiker."),
    ("class", "Napoje alkoholowe są zabronione dla osób poniżej 18 lat."),
    ("class", "Alkoholiker werden nach 10 Jahren Abstinenz selten rückfällig."),
    ("class", "Un homme de 45 ans sur trois est obèse en France."),
    ("class", "Rund 20 % der 60-Jährigen sind adipös."),
    ("class", "Uno de cada cinco varones de 50 años es hipertenso."),
    # presenting and complaining verbs said of candidates, albums and bureaucracy
    ("news", "The 45-year-old singer presented with a new album at the festival."),
    ("news", "Le maire, 61 ans, se présente pour un troisième mandat."),
    ("news", "Die 58-jährige Ministerin stellt sich vor der Presse den Fragen."),
    ("news", "Il sindaco, 54 anni, si presenta per il secondo mandato."),
    ("news", "El alcalde, de 58 años, se presenta por tercera vez a las elecciones."),
    ("news", "La ley se refiere a las personas de 45 años."),
    ("news", "De 58-jarige zanger meldt zich met een nieuw album."),
    ("news", "Der 67-Jährige klagt über die Bürokratie in seiner Gemeinde."),
    ("news", "Burmistrz, lat 62, skarży się na biurokrację."),
    ("news", "Rossi, 60 anni, lamenta i ritardi del governo."),
    # durations and symptoms in general text
    ("general", "Depuis 10 ans, l'association se présente pour défendre les diabétiques."),
    ("general", "Chest pain can be caused by muscle strain, reflux or heart disease."),
    ("general", "Troponin is a protein released when the heart muscle is damaged."),
    ("general", "El dolor torácico en mayores de 40 años requiere un ECG."),
    ("general", "Pijn op de borst kan veel oorzaken hebben, ook bij 30 jaar."),
    # millions beside a diagnosis
    ("millions", "Diabetes affects 537M adults worldwide."),
    ("millions", "Cancer research gets 50M in new funding."),
    ("millions", "The fund: 40M for dementia research."),
    # review: a number with M after a money or business figure is millions, not a man
    ("money", "Sales: 52M, diabetes portfolio."),
    ("money", "Revenue 2023: 63M, oncology and diabetes."),
    ("money", "Funding: 40M, asthma programme."),
]


def _health(text: str) -> list[tuple[int, int]]:
    """Spans of the health findings in ``text``."""
    return [(f.start, f.end) for f in classify_text(text).findings if f.type == "health"]


@pytest.mark.parametrize(("family", "text", "fragment"), POSITIVES)
def test_a_person_described_by_a_condition_or_a_case_vignette_is_health_data(
    family: str, text: str, fragment: str
) -> None:
    """The condition or complaint of a particular person is restricted health data."""
    at = text.index(fragment)
    spans = _health(text)
    assert any(s < at + len(fragment) and e > at for s, e in spans), (family, spans)
    assert classify_text(text).level.label == "restricted"


@pytest.mark.parametrize(("family", "text"), NEGATIVES)
def test_conditions_of_things_classes_and_candidates_are_not_health_data(
    family: str, text: str
) -> None:
    """Food, care, crises, classes of people, news and general text are no health data."""
    assert _health(text) == [], (family, [text[s:e] for s, e in _health(text)])
