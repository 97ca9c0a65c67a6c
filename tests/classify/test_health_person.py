"""Health data said of a person in everyday words (issue 11, family 4): have / suffer from /
take / was prescribed verbs in seven languages, medicines by INN without a dose, sick leave as
a state, colloquial conditions, addiction, pregnancy and fertility words; and hard negatives
(the same words in general, pharmacology or unrelated sentences)."""

from __future__ import annotations

import pytest

from tests.found import classify_text

#: (text, a fragment a health finding must cover)
POSITIVES: list[tuple[str, str]] = [
    # first-person and third-person have / suffer from
    ("Soffro di emicrania da anni.", "emicrania"),
    ("Padezco migraña desde niña.", "migraña"),
    ("Ich leide an Migräne.", "Migräne"),
    ("Je souffre de migraine chronique.", "migraine"),
    ("Ik lijd aan migraine.", "migraine"),
    ("Choruję na astmę od dziecka.", "astmę"),
    ("I have high blood pressure.", "high blood pressure"),
    # a medicine by INN or name, no dose, taken or prescribed
    ("I take metformin every morning.", "metformin"),
    ("I'm on metformin since March.", "metformin"),
    ("She was prescribed sertraline last month.", "sertraline"),
    ("Je prends du ramipril le matin.", "ramipril"),
    ("Il est sous metformine depuis un an.", "metformine"),
    ("Sie nimmt Levodopa seit zwei Jahren.", "Levodopa"),
    ("Der Arzt hat mir Sertralin verschrieben.", "Sertralin"),
    ("Ho la pressione alta e prendo il ramipril.", "ramipril"),
    ("Mi hanno prescritto la sertralina.", "sertralina"),
    ("Tengo ansiedad y el médico me recetó sertralina.", "sertralina"),
    ("Ella toma escitalopram por las noches.", "escitalopram"),
    ("Ik neem elke dag metoprolol.", "metoprolol"),
    ("Hij slikt lithium.", "lithium"),
    ("Biorę metforminę od roku.", "metforminę"),
    ("Przyjmuję euthyrox na czczo.", "euthyrox"),
    ("Od lat bierze walsartan.", "walsartan"),
    # a class of medicines, taken
    ("He has been taking antidepressants for a year.", "antidepressants"),
    ("Je prends des antidépresseurs.", "antidépresseurs"),
    ("Sie nimmt Antidepressiva.", "Antidepressiva"),
    ("Er bekommt Chemotherapie.", "Chemotherapie"),
    ("Prende antidepressivi da due anni.", "antidepressivi"),
    ("Toma antidepresivos.", "antidepresivos"),
    ("Ik slik antidepressiva.", "antidepressiva"),
    ("Biorę antydepresanty.", "antydepresanty"),
    # sick leave as the state of a person
    ("Er ist seit drei Wochen krankgeschrieben wegen Rückenschmerzen.", "krankgeschrieben"),
    ("Er ist seit drei Wochen krankgeschrieben wegen Rückenschmerzen.", "Rückenschmerzen"),
    ("Il est en arrêt maladie pour une dépression.", "dépression"),
    ("He has been off sick since Monday.", "off sick"),
    ("Il collega è in malattia da lunedì.", "in malattia"),
    ("Está de baja desde el martes.", "de baja"),
    ("Ze heeft zich vorige week ziekgemeld.", "ziekgemeld"),
    ("Schrijf mijn manager dat ik me ziek heb gemeld.", "ziek heb gemeld"),
    ("Od poniedziałku jest na L4.", "L4"),
    ("Jest na zwolnieniu lekarskim.", "zwolnieniu"),
    # colloquial conditions
    ("Mijn vader heeft hoge bloeddruk.", "hoge bloeddruk"),
    ("Il fait de la tension depuis des années.", "tension"),
    ("Mam wysokie ciśnienie.", "wysokie ciśnienie"),
    ("Tengo la tensión alta.", "tensión alta"),
    ("Ich habe seit Tagen Kopfschmerzen.", "Kopfschmerzen"),
    ("Ik heb rugpijn na het tillen.", "rugpijn"),
    ("J'ai mal au dos depuis une semaine.", "mal au dos"),
    ("Ho mal di schiena.", "mal di schiena"),
    ("Mam ból pleców.", "ból pleców"),
    ("Ho l'ansia da quando ho perso il lavoro.", "ansia"),
    ("Sie hat Depressionen.", "Depressionen"),
    ("Moja siostra ma depresję.", "depresję"),
    ("I've been depressed since the divorce.", "depressed"),
    # addiction and rehab
    ("He's an alcoholic and has been in rehab twice.", "alcoholic"),
    ("My brother is a recovering alcoholic.", "alcoholic"),
    ("Mein Mann ist Alkoholiker.", "Alkoholiker"),
    ("Suo fratello è alcolista.", "alcolista"),
    ("Mi tío es alcohólico.", "alcohólico"),
    ("Mijn buurman is alcoholist.", "alcoholist"),
    ("Mój ojciec jest alkoholikiem.", "alkoholikiem"),
    ("Il est en désintox depuis un mois.", "désintox"),
    ("Er ist im Entzug.", "Entzug"),
    # pregnancy, fertility, HIV, conditions said of someone
    ("Sono incinta.", "incinta"),
    ("Jestem w ciąży.", "w ciąży"),
    ("Estoy embarazada de tres meses.", "embarazada"),
    ("My wife and I are doing IVF after two miscarriages.", "IVF"),
    ("Il est séropositif.", "séropositif"),
    ("Mi hermano es diabético.", "diabético"),
]

NEGATIVES: list[str] = [
    # a request to the assistant ("tell me", "erklär mir") is no one's health data
    "Tell me the symptoms of diabetes.",
    "Erklär mir, was Diabetes ist.",
    "Leg mij uit wat diabetes is.",
    "Wyjaśnij mi, czym jest cukrzyca.",
    "Mi serve un articolo sulla depressione post-partum.",
    "Write me a blog post about living with asthma.",
    # the medicine in pharmacology prose, impersonal or general sentences
    "Metformin takes several weeks to lower glucose.",
    "Ramipril is an ACE inhibitor used for hypertension.",
    "The synthesis of atorvastatin uses a Paal-Knorr reaction.",
    "Atorvastatin was prescribed to 40% of the cohort.",
    "Ramipril wird häufig verschrieben.",
    "Le ramipril est prescrit en première intention.",
    "Il ramipril si prende una volta al giorno.",
    "Se toma la sertralina con comida.",
    "Man nimmt Ibuprofen gegen Schmerzen.",
    "On prend le paracétamol avec de l'eau.",
    "Przyjmuje się, że metformina jest bezpieczna.",
    "Der Körper nimmt Levodopa schnell auf.",
    "Doctors prescribe too many antibiotics.",
    "It takes antibiotics a few days to work.",
    "Le médecin prescrit souvent des antibiotiques.",
    "Take painkillers only when needed.",
    "Los antibióticos se toman cada ocho horas.",
    # words ending like an INN stem, and 'take' verbs with other objects
    "In April the team shipped the new colon parser.",
    "Use a semicolon after the cholesterol column.",
    "My laptop takes lithium batteries.",
    "I take the bus to work.",
    "Ich nehme den Bus.",
    "Prendo il treno alle otto.",
    "Tomo el autobús cada día.",
    "Ik neem de trein naar Utrecht.",
    "Biorę udział w konferencji.",
    "Ich nehme an, dass Ibuprofen hilft.",
    # sick-leave words that are no one's sick leave
    "Our sick leave policy is explained on the intranet.",
    "Me di de baja del gimnasio.",
    "Tengo que darme de baja de la newsletter.",
    "Nel bene e nel male, in salute e in malattia.",
    "Il est en arrêt de jeu.",
    "Er ist seit drei Wochen im Urlaub.",
    "Jest na liście od poniedziałku.",
    "Hoeveel mensen hebben zich ziek gemeld bij de GGD? Vraag het de afdeling.",
    # colloquial words in their everyday sense
    "Ich habe Angst vor Spinnen.",
    "Attendo con ansia le vacanze.",
    "Il y a de la tension entre les deux équipes.",
    "The tension in the cable must stay below 2 kN.",
    "Weltschmerz ist ein deutsches Wort.",
    "Der Führerscheinentzug dauert drei Monate.",
    "The building rehab will finish in May.",
    "My friend works at a rehab clinic as an accountant.",
    "I love alcoholic drinks at parties.",
    "Las bebidas alcohólicas están prohibidas en la oficina.",
    "La fermentation alcoolique dure dix jours.",
    "The market is depressed this quarter.",
    "The bipolar transistor is cheap.",
    "This recipe is diabetic friendly.",
    "La dépression tropicale approche des côtes.",
    "Er ist Experte für Bluthochdruck.",
    "Il est important de dépister le diabète tôt.",
    "Soy ingeniero y trabajo en Madrid.",
    "Jestem programistą.",
    "I'm on the train.",
    "Il est sous pression.",
]


def _covered(text: str, fragment: str) -> bool:
    """Whether one health finding overlaps the fragment."""
    at = text.index(fragment)
    return any(
        f.type == "health" and f.start < at + len(fragment) and f.end > at
        for f in classify_text(text).findings
    )


@pytest.mark.parametrize(("text", "fragment"), POSITIVES)
def test_health_said_of_a_person_is_found(text: str, fragment: str) -> None:
    """A condition, medicine or sick leave said of a person is restricted health data."""
    result = classify_text(text)
    assert _covered(text, fragment), [(f.type, text[f.start : f.end]) for f in result.findings]
    assert result.level.label == "restricted"


@pytest.mark.parametrize("text", NEGATIVES)
def test_same_words_in_general_or_other_senses_are_not_health(text: str) -> None:
    """The same words in pharmacology prose, impersonal phrases or everyday senses are not."""
    found = [(f.type, text[f.start : f.end]) for f in classify_text(text).findings]
    assert not any(kind == "health" for kind, _ in found), found
