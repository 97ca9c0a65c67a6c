"""Nineteenth session: health said of a subject the sentence named earlier, children's
development, the contraceptive pill, falls and broken bones, and colleagues put in copy.

1. "opa is heel suf, heeft koorts", "brat gra w automaty i pije od rana", "mijn zoon van 22
   gebruikt xtc": the verb shares the subject of the clause before it, or stands after an age
   put after the subject; not when that subject is an animal, a team or a thing, the writer
   ("I think the hero … uses meth"), or the sentence is general.
2. "retraso del lenguaje", "zaburzenia integracji sensorycznej", "Bericht für Lena (5 J.)":
   delays and disorders of a child's development, and ages written "5 J.", "4 l.", "5 jr".
3. "Prendo la pillola", "ik slik de pil", "Mam brać antybiotyk", "muss … Antibiotika nehmen",
   "parte de baja por ansiedad": the pill and an antibiotic taken, also after the writer's
   "must", and the Spanish sick note; not the film's red or blue pill, not general questions.
4. "Sono caduto dalla bici, frattura del polso", "Handgelenksbruch", "gebroken pols"; not
   "Hals- und Beinbruch" or a table's broken leg. Rheumatism, gout and hair falling out by
   their lay names ("door reuma", "perde i capelli"), and a week of pregnancy; not "goutte" (a
   drop) or "gotta", nor the week said in general.
5. "Pon en copia a Villanueva", "Zet Jansen in de cc"; a name after a label that ends in a
   club or street word ("liste par club : Paul Ndiaye"); Polish given names in the case a
   request governs ("powiedz bartkowi", "zapytaj piotra"), not roles or a brand ("marka").

The rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"
HEALTH = "health"

HEALTH_ROWS = [
    ("opa van 90 is sinds gisteren heel suf, heeft koorts en plast bijna niet.", "koorts"),
    ("Mein Opa ist seit gestern müde, hat Fieber und isst nichts.", "Fieber"),
    ("My grandad is drowsy, has a fever and barely eats.", "fever"),
    ("Mi abuela está cansada, tiene fiebre.", "fiebre"),
    ("brat gra w automaty i bierze chwilówki, do tego pije od rana.", "pije od rana"),
    ("Mein Vater geht jeden Abend in die Kneipe und trinkt zu viel.", "trinkt zu viel"),
    ("Il mio vicino lavora di notte e beve ogni giorno.", "beve ogni giorno"),
    ("mijn zoon van 22 gebruikt elk weekend xtc en ghb.", "xtc"),
    ("My son, 19, smokes weed every day.", "smokes weed"),
    ("Mój brat, lat 17, pali trawkę.", "pali trawkę"),
    ("Every weekend I smoke weed with friends.", "smoke weed"),
    ("After work I drink too much.", "drink too much"),
    ("Mi hija tiene retraso en el habla.", "retraso en el habla"),
    ("Mein Sohn hat eine Sprachverzögerung.", "Sprachverzögerung"),
    ("Informe de logopedia de Lucía (5 años): retraso del lenguaje expresivo.", "retraso"),
    ("Hania, 4 l., zaburzenia integracji sensorycznej, opóźniony rozwój mowy.", "rozwój mowy"),
    ("Bericht für Lena (5 J.): Sprachentwicklungsverzögerung.", "Sprachentwicklung"),
    ("Relazione per Luca (5 anni): disturbo della coordinazione motoria.", "coordinazione"),
    ("Sem (5 jr): taalachterstand en prikkelverwerking.", "taalachterstand"),
    ("Compte rendu pour Léa (5 ans) : troubles de l'intégration sensorielle.", "intégration"),
    ("prendo la pillola (Yasmin) e ora devo fare sette giorni di antibiotico.", "pillola"),
    ("Ich nehme die Pille seit zwei Jahren.", "Pille"),
    ("ik slik de pil en heb nu antibiotica.", "pil"),
    ("I'm on the pill, can I take ibuprofen?", "pill"),
    ("Mam brać antybiotyk przez 7 dni.", "antybiotyk"),
    ("Devo prendere l'antibiotico per sette giorni.", "antibiotico"),
    ("Tengo que tomar antibióticos una semana.", "antibióticos"),
    ("Ich muss eine Woche Antibiotika nehmen.", "Antibiotika"),
    ("Ik moet een week antibiotica slikken.", "antibiotica"),
    ("Una empleada ha presentado un parte de baja por ansiedad.", "parte de baja"),
    ("Il 3 marzo sono caduto dalla bici, frattura scomposta del polso sinistro.", "frattura"),
    ("Me caí de la bici, fractura de muñeca.", "fractura"),
    ("Spadłem z roweru, złamanie nadgarstka.", "złamanie"),
    ("Ich bin vom Rad gestürzt, Handgelenksbruch rechts.", "Handgelenksbruch"),
    ("Ik ben van de fiets gevallen, gebroken pols.", "pols"),
    ("Mijn zoon heeft een polsbreuk.", "polsbreuk"),
    ("terwijl ik door reuma ernstige voetvergroeiingen heb.", "reuma"),
    ("Ma mère a des rhumatismes depuis des années.", "rhumatismes"),
    ("Babcia ma reumatyzm i cukrzycę.", "reumatyzm"),
    ("My dad has gout again.", "gout"),
    ("mia moglie da qualche mese perde i capelli a ciocche.", "perde i capelli"),
    ("Bij mijn vrouw valt het haar uit.", "valt het haar uit"),
    ("Ich bin in der 9. Schwangerschaftswoche.", "Schwangerschaftswoche"),
    ("Jestem w 12. tygodniu ciąży.", "tygodniu ciąży"),
]

NOT_HEALTH = [
    "The office is closed, has a fever of activity.",
    "Our product is great, has acne cream inside.",
    "My son reads a lot and the band drinks too much.",
    "The company sells beer and drinks too much of its profit.",
    "People work hard and drink too much.",
    "Language disorders are studied in linguistics.",
    "Störung der Sprachausgabe im Navi.",
    "Prendo la pillola rossa o blu?",
    "He took the red pill.",
    "Wann sollte man Antibiotika nehmen?",
    "Moet je antibiotica slikken bij griep?",
    "¿Cómo relleno el parte de baja de la empresa?",
    "Hals- und Beinbruch für die Prüfung!",
    "Het is een gebroken been van een tafel.",
    "Kosten: 4 l. Benzin, Diabetes-Studie",
    "Rheuma ist eine Volkskrankheit.",
    "Gout is caused by uric acid.",
    "I gotta go, see you tomorrow.",
    "Une goutte d'eau a suffi.",
    "In der 12. Schwangerschaftswoche wird ein Ultraschall gemacht.",
    "My dog is tired, has a fever.",
    "Mijn hond is suf, heeft koorts.",
    "Mein Team ist müde, hat Fieber.",
    "On Monday the market was nervous, has a fever.",
    "I love this film: the hero is a cop and smokes weed all day.",
    "I think the main character in Breaking Bad is smart and uses meth.",
    "In this episode of my language podcast, I explain French verbs.",
    "Meine Sprachbox hat eine Störung seit gestern.",
    "Ich melde eine Störung der Entwicklungsumgebung.",
    "Das Unternehmen ist 30 Jahre alt und hilft Menschen mit Diabetes.",
    "Złamałem hasło, plik zawiera dane o cukrzycy.",
    "Me rompí la cabeza buscando información general sobre la diabetes.",
    "Spadłem z krzesła, gdy przeczytałem raport o depresji w Polsce.",
    "Ich habe gelesen, dass viele Menschen zu oft Antibiotika nehmen.",
    "Ich muss wissen, ob man Antibiotika nehmen soll.",
    "I began covering the pill for the newspaper in 2010.",
]

COPIED = [
    ("Pon en copia a Villanueva, que lleva el expediente.", "Villanueva"),
    ("Zet Jansen in de cc, hij weet ervan.", "Jansen"),
    ("Trie cette liste par club : Paul Ndiaye (AS Mérignac).", "Paul Ndiaye"),
    ("powiedz bartkowi że spotkanie przeniesione na czwartek", "bartkowi"),
    ("zapytaj piotra czy ma klucze", "piotra"),
    ("przypomnij ewie że jutro jest zebranie", "ewie"),
]

NOT_NAMES = [
    "powiedz szefowi że jutro nie przyjdę",
    "zapytaj lekarza czy mogę",
    "napisz do marka że spóźnię się",
    "powiedz wszystkim że jutro wolne",
    "zapytaj sąsiada czy widział",
]


@pytest.mark.parametrize(("text", "value"), HEALTH_ROWS)
def test_health_of_a_person_named_earlier_or_by_age_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The value is inside a health finding."""
    assert any(value in span or span in value for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_things_idioms_films_and_general_sentences_stay_out(
    classifier: Classifier, text: str
) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []


@pytest.mark.parametrize(("text", "value"), COPIED)
def test_a_colleague_in_copy_or_after_a_label_is_a_name(
    classifier: Classifier, text: str, value: str
) -> None:
    """The surname is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_roles_and_words_after_a_polish_request_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
