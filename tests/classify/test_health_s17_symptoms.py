"""Symptoms in everyday words (seventeenth session): a part of the body and what is wrong
with it, said of a person ("my knee hurts", "j'ai des fourmis dans les mains", "Meine Mutter
hat geschwollene Beine", "boli mnie kolano", "my husband can't lift his left arm").

The same words said of no one, idioms, emotions, animals and things stay out. Also two fixes of
the session: a lab value's "thing" is read in its own clause, and the Italian passive plural
"sono state ridotte" is no first person.
Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("My knee hurts when I climb stairs, should I see a doctor?", "knee hurts"),
    ("my hands shake in the morning and my feet are numb", "feet are numb"),
    ("My mum's ankles are swollen every evening.", "ankles are swollen"),
    ("my husband can't lift his left arm since yesterday", "arm"),
    ("I have pins and needles in my fingers at night", "pins and needles"),
    ("j'ai mal au genou quand je monte les escaliers", "genou"),
    ("ma mère a les chevilles gonflées le soir", "chevilles gonflées"),
    ("j'ai des fourmis dans les mains la nuit", "fourmis"),
    ("mon fils a mal au ventre depuis deux jours", "ventre"),
    ("Mir tut das Knie weh, wenn ich Treppen steige.", "Knie weh"),
    ("Meine Mutter hat geschwollene Beine.", "geschwollene Beine"),
    ("Mein Mann kann seit gestern den linken Arm nicht heben.", "Arm"),
    ("Ich habe Kribbeln in den Fingern.", "Kribbeln"),
    ("mi fa male il ginocchio quando salgo le scale", "ginocchio"),
    ("ho le gambe gonfie la sera", "gambe gonfie"),
    ("mia madre ha un formicolio alle mani", "formicolio"),
    ("la nonna da ieri non riesce più ad alzare il braccio sinistro", "braccio"),
    ("me duele la rodilla al subir escaleras", "rodilla"),
    ("a mi abuelo se le hinchan los tobillos", "tobillos"),
    ("tengo hormigueo en las manos por la noche", "hormigueo"),
    ("mijn knie doet pijn als ik de trap op loop", "knie doet pijn"),
    ("mijn moeder heeft opgezwollen enkels", "opgezwollen enkels"),
    ("Mijn vader kan zijn arm niet optillen sinds vanochtend.", "arm"),
    ("boli mnie kolano przy wchodzeniu po schodach", "kolano"),
    ("mama ma spuchnięte nogi wieczorem", "spuchnięte nogi"),
    ("mam mrowienie w palcach w nocy", "mrowienie"),
    ("I walked my dog and now my knee hurts", "knee hurts"),
    ("me duele la parte baja de la espalda al despertarme", "espalda"),
    ("his hands shake in the morning until he's had a drink", "hands shake"),
    ("je saigne du nez plusieurs fois par jour", "saigne du nez"),
    ("je me suis bloqué le dos en portant un carton", "dos"),
    ("Meine Frau hat nachts oft Wadenkrämpfe.", "Wadenkrämpfe"),
    ("Ik heb sinds vanochtend tintelingen in mijn linkerhand.", "linkerhand"),
    ("Obudziłam się ze sztywną szyją, nie mogę obrócić głowy.", "szyją"),
    ("Babci znowu spuchły kostki wieczorem.", "kostki"),
    ("Mamie m'a dit que son genou lui fait mal.", "genou"),
    ("Tengo un sarpullido que me pica un montón en el cuello.", "cuello"),
    ("My father's blood culture came back positive; his procalcitonin was 12 ng/mL.", "12 ng/mL"),
]
USE_FOUND = [
    ("my husband drinks too much, a bottle of wine every night", "drinks too much"),
    ("mon frère boit trop depuis son divorce", "boit trop"),
    ("mein Vater trinkt jeden Tag eine Flasche Schnaps", "trinkt jeden Tag"),
    ("brat pije od rana", "pije od rana"),
    ("mijn zoon gebruikt elk weekend xtc en ghb", "xtc"),
    ("my son smokes weed every day", "smokes weed"),
    ("My partner is getting through a bottle of vodka most days", "bottle of vodka"),
    ("mi hermano toma cocaína los fines de semana", "cocaína"),
    ("mon fils fume de l'herbe", "herbe"),
]
USE_NOT_FOUND = [
    "I drink too much coffee",
    "People who drink too much alcohol risk liver disease.",
    "If you drink every day, your liver suffers.",
    "He drinks a lot of water after running.",
    "my app uses hash tables",
    "This script uses crack detection for the pipes.",
    "mio padre usa le canne da pesca",
    "my watch uses crystal",
    "My car drinks a lot of fuel.",
    "Il mio gatto beve troppo.",
    "My son drinks a lot of Coke.",
    "Mijn zoon drinkt te veel cola.",
    "My thesis uses cocaine as a case study.",
    "My project uses LSD radix sort.",
    "My dad smoked pot roast.",
]
NOT_FOUND = [
    "This legacy codebase is a real pain in the neck.",
    "Swollen ankles can be a sign of heart failure.",
    "What causes knee pain in runners?",
    "On the other hand, the pain of migrating is worth it.",
    "The pain came back when the new release shipped.",
    "We shook hands and signed the contract.",
    "My boss says I need to keep a stiff upper lip.",
    "Reading this regex makes my head hurt.",
    "That's a sight for sore eyes!",
    "I had a lump in my throat during the speech.",
    "The painful side effects of the migration hurt our team.",
    "If your knee hurts after running, rest it for a few days.",
    "Our growing pains as a startup are real.",
    "I can't move the meeting to Friday.",
    "We can't raise prices in this market.",
    "Ich kann den Termin nicht verschieben.",
    "Non riesco a muovere il file nella cartella.",
    "De pijn van de reorganisatie voelt iedereen.",
    "Boli mnie, że nie przyszedłeś.",
    "Mi fa male vederti così triste.",
    "Me duele que no me llames.",
    "Es tut mir weh, dich so zu sehen.",
    "The robot arm is stiff after the update.",
    "I need to raise my hand in the meeting.",
    "The swelling of the river flooded my street.",
    "My dog's leg is swollen",
    "Mi perro tiene la rodilla hinchada",
    "Nel 2020 sono state ridotte le tasse per chi ha il diabete.",
    "Waarom doen je knieën meer pijn bij bergaf lopen?",
    "Mój pies kuleje i ma spuchniętą łapę.",
    "My head hurts just thinking about this regex.",
    "Mi fa male la testa con questo codice.",
    "Mir tut der Kopf weh von diesem Projekt.",
    "Boli mnie głowa od tego projektu.",
    "I can't turn my back on my friends.",
    "I can't lift a finger to help him.",
    "My hands are shaking with excitement!",
    "I'm shaking my head at this code.",
    "His side of the story is painful to hear.",
    "On the other hand, my back-end is swollen with requests.",
    "Mijn handen jeuken om dat te fixen.",
    "Mi tremano le gambe dall'emozione.",
    "In my novel, the hero's leg is swollen after the fall.",
    "Tata Steel employees get free asthma screening.",
    "Depresja poporodowa dotyka co siódmą mamę.",
    "Stopy procentowe są bardzo wysokie, boli to kredytobiorców.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_symptoms_of_a_person_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The words the row names are inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_idioms_general_text_animals_and_things_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding: nobody's symptom."""
    assert found(classifier, text, HEALTH) == []


@pytest.mark.parametrize(("text", "value"), USE_FOUND)
def test_a_persons_drinking_or_drug_use_is_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The habit the row names is inside a health finding."""
    assert any(value in span for span in found(classifier, text, HEALTH))


@pytest.mark.parametrize("text", USE_NOT_FOUND)
def test_harmless_drinks_general_text_and_things_stay_out(
    classifier: Classifier, text: str
) -> None:
    """No health finding: water and coffee, people in general, hash tables and fishing rods."""
    assert found(classifier, text, HEALTH) == []


def test_p_before_a_polish_surname_is_a_title(classifier: Classifier) -> None:
    """ "p. Nowak" is pan or pani Nowak; "p. Smith", "p. Chr." and "p. Table 3" are not names."""
    text = "Obecni: p. Nowak, p. Zielińska, zarządca p. Kwiatkowski."
    assert found(classifier, text, "pii.person_name") == ["Nowak", "Zielińska", "Kwiatkowski"]
    for other in ("See p. Smith for details.", "Born 44 p. Chr. Augustus ruled.", "On p. Table 3."):
        assert found(classifier, other, "pii.person_name") == []
