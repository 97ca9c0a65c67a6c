"""Thirtieth session: an everyday complaint named in a sentence about the writer or someone
close, in frames other than a verb of having ("con la sciatica", "pour une sciatique", "Męczy
mnie zgaga", "Hooikoorts ... ik nies"), and the general sentences, topics, animals, titles and
compounds that stay out; a symptom whose part of the body stands further away in such a
sentence ("bij mijn dochter is de enkel na de val flink opgezwollen").

The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("Mi suegra lleva una semana con diarrea y no quiere ir al médico.", "diarrea"),
    ("A mi hija le ha vuelto a salir el eccema detrás de las rodillas.", "eccema"),
    ("Mio marito è a letto con la sciatica da lunedì, sposti la riunione?", "sciatica"),
    ("Mon collègue est absent pour une sciatique, préviens le client stp.", "sciatique"),
    ("Od tygodnia męczy mnie zgaga po kolacji, co mogę wziąć?", "zgaga"),
    ("Hooikoorts slaat weer toe, mijn ogen jeuken de hele dag.", "Hooikoorts"),
    ("Sodbrennen quält mich seit Tagen nach jedem Abendessen.", "Sodbrennen"),
    ("I think I picked up food poisoning at the team lunch yesterday.", "food poisoning"),
    ("Sorry for the late reply, my dad is in a bad way with gallstones.", "gallstones"),
    # an everyday illness that ends its phrase
    ("Mia figlia resta a casa con la febbre, avviso la maestra.", "febbre"),
    ("Si je mange épicé, je me réveille avec du reflux.", "reflux"),
    ("Ich habe seit über einer Woche Durchfall.", "Durchfall"),
    ("Ma fille a la cheville, depuis samedi, très gonflée.", "gonflée"),
    ("Ma sciatique me réveille toutes les nuits.", "sciatique"),
    ("Seit Tagen quält mich dieser Husten.", "Husten"),
    ("The cough is keeping me awake again.", "cough"),
    ("Our son is in bed with the flu, so I'll work from home.", "flu"),
    ("Mi marido sigue con fiebre desde el domingo.", "fiebre"),
    ("Bij mijn dochter is de enkel sinds de val van gisteren flink opgezwollen.", "opgezwollen"),
    (
        "Bei meinem Vater ist die Hand seit dem Unfall letzte Woche stark angeschwollen.",
        "angeschwollen",
    ),
]

NOT_FOUND = [
    ("When does hay fever season start in Belgium? I need it for my weather app.", "hay fever"),
    ("Translate 'acid reflux' for my patient leaflet, please.", "acid reflux"),
    ("Can you write me an ad for our new cream against eczema?", "eczema"),
    ("As a GP I see a lot of sciatica after the Christmas holidays.", "sciatica"),
    ("Mein Hund hat seit gestern Durchfall, was soll ich ihm geben?", "Durchfall"),
    ("Bei Durchfall soll man viel trinken, erklär mir bitte warum.", "Durchfall"),
    ("Der Husten-Filter in meinem Audio-Plugin klingt seltsam.", "Husten"),
    ("Ich brauche Informationen über Sodbrennen für meinen Blog.", "Sodbrennen"),
    ("Quelles sont les causes d'une sciatique ? Je prépare mon exposé.", "sciatique"),
    ("Si tienes diarrea, ¿es verdad que el arroz ayuda? Lo pregunto para mi artículo.", "diarrea"),
    ("Mijn kat heeft een poot die sinds gisteren erg opgezwollen is.", "opgezwollen"),
    ("Flu season starts soon, so I need the vaccination rota for my team.", "Flu"),
    ("Wat kun je doen tegen brandend maagzuur?", "brandend maagzuur"),
    ("Ja, Sodbrennen ist in der Schwangerschaft häufig.", "Sodbrennen"),
    ("I sintomi della sciatica sono spesso notturni.", "sciatica"),
    ("Die Frau auf dem Plakat wirbt für ein Mittel gegen Sodbrennen.", "Sodbrennen"),
    ("Ho una domanda: il caffè peggiora il reflusso?", "reflusso"),
    ("Can you summarise my notes on sciatica for the course?", "sciatica"),
    ("Ich habe eine Verstopfung im Abfluss in der Küche.", "Verstopfung"),
    ("My landlord is a headache.", "headache"),
    ("Moje córki pieką ciasto i brudzą sobie ręce.", "pieką"),
    ("Tell me what helps against heartburn.", "heartburn"),
    ("Sag mir bitte, was Tinnitus ist.", "Tinnitus"),
    ("¿Me puedes explicar qué es la ciática?", "ciática"),
    ("Powiedz mi, co to jest zgaga.", "zgaga"),
    ("My question: is hay fever contagious?", "hay fever"),
    ("This codebase gives me a migraine.", "migraine"),
    ("I'm a nurse and I see food poisoning every summer.", "food poisoning"),
    ("Heb je ooit hooikoorts gehad?", "hooikoorts"),
    ("I'm numb to criticism, so send me the harsh review.", "numb"),
    ("Mi abuelo me contaba historias de la fiebre del oro en California.", "la fiebre"),
    ("Bij de robot in mijn hal is de arm na de update vreemd gaan trillen.", "trillen"),
    (
        "Ich erkläre meinen Schülern, warum das Knie bei Sportlern oft angeschwollen ist.",
        "angeschwollen",
    ),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_complaint_in_a_sentence_about_someone_is_health(
    classifier: Classifier, text: str, value: str
) -> None:
    """The complaint is found as health data, spanning its words."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_a_complaint_as_a_topic_an_animals_or_a_word_part_is_not(
    classifier: Classifier, text: str, value: str
) -> None:
    """No health finding covers the complaint word."""
    spans = found(classifier, text, HEALTH)
    assert not any(value in span or span in value for span in spans)
