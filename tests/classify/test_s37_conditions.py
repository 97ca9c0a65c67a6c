"""Thirty-seventh session: conditions as people name them (``data/conditions_common.txt``),
said of a person, are health data in the seven languages: "Magersucht", "gokverslaving",
"colica renale", "convulsion fébrile", "ataque al corazón", "kolka nerkowa"; so is a week of
pregnancy as German abbreviates it ("in der 14. SSW", "9+3 SSW"). The same names in
a general question, and the words they share with other things (the falls of Iguazú, a
colleague called Hashimoto, a red dog, a reflux condenser), are none.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("My son had a febrile seizure last night, he is fine now.", "febrile seizure"),
    ("Mon fils a fait une convulsion fébrile cette nuit.", "convulsion fébrile"),
    ("Unsere Tochter hat Magersucht, sie ist jetzt in einer Klinik.", "Magersucht"),
    ("Mio marito ha avuto una colica renale stanotte.", "colica renale"),
    ("A mi padre le dio un ataque al corazón en agosto.", "ataque al corazón"),
    ("Mijn broer heeft al twee jaar een gokverslaving.", "gokverslaving"),
    ("Mój tata ma kolkę nerkową od wczoraj.", "kolkę nerkową"),
    ("Ma mère a une embolie pulmonaire depuis mardi.", "embolie pulmonaire"),
    ("Ich bin in der 14. SSW und soll Nachtdienste machen.", "14. SSW"),
    ("Meine Frau ist 9+3 SSW, wir waren heute beim Ultraschall.", "9+3 SSW"),
]

NOT_FOUND = [
    "What are the first signs of a febrile seizure in toddlers?",
    "Quali sono le cause della colica renale?",
    "Fuimos a ver las cataratas del Iguazú con mi madre.",
    "My colleague Hashimoto sent the slides this morning.",
    "Mijn rode hond heet Max.",
    "Reflux the mixture for two hours, then cool it.",
    "Ik heb me een stuip gelachen om die film.",
    "Ab der 20. SSW wird ein Organscreening empfohlen.",
    "Wind aus SSW mit 20 km/h, ich segle trotzdem.",
    "Wind aus SSW 12 kn, ich fahre mit meinem Boot raus.",
    "My portfolio barely survived the market convulsions of 2008.",
    "The LEDs on my board burn out after a week.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_condition_of_a_person_is_health_data(
    classifier: Classifier, text: str, value: str
) -> None:
    """The condition is a health finding."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_person_or_no_condition_no_health_data(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
