"""Thirty-third session (rows written here, none copied from a probe):

- a person named as someone's relative with "of" ("la moglie di Bianchi", "de vrouw van
  Jansen", "the widow of Vandersloot"), or as the owner of a spouse or child in English
  ("Vandersloot's wife"); not gods, subsidiaries, inventions or firms ("la madre de Dios",
  "Tochter von Bosch", "the father of Bitcoin", "Microsoft's daughter company");
- a rota whose slot is a weekday and a shift ("Mo Frühdienst: Fuchs", "pon. rano – Zima"); a
  surname that is also a word is a person in a rota that names someone in full, not in a plan
  of seasons or of leave.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Ho incontrato la moglie di Bianchi al supermercato.", "Bianchi"),
    ("J'ai croisé la femme de Vandersloot à la mairie.", "Vandersloot"),
    ("El hijo de Méndez empieza las prácticas el lunes.", "Méndez"),
    ("Ayer llamó la esposa de Okonkwo preguntando por la nómina.", "Okonkwo"),
    ("Gisteren belde de vrouw van Jansen over het verlof.", "Jansen"),
    ("Die Tochter von Krüger fängt im August bei uns an.", "Krüger"),
    ("The widow of Hargreaves wants the pension paid to her.", "Hargreaves"),
    ("le mari d'Océane a appelé ce matin", "Océane"),
    ("la femme de Pierre Vandersloot a appelé", "Pierre Vandersloot"),
    ("il figlio di Cheope sposò la sorellastra", "Cheope"),
    ("I met Vandersloot's wife at the school gate.", "Vandersloot"),
    ("Okonkwo's husband called to say she is not coming.", "Okonkwo"),
    ("Dienstplan:\nMo Frühdienst: Fuchs\nMo Spätdienst: Wolf\nDi Frühdienst: Lea Koch", "Fuchs"),
    ("Dienstplan:\nMo Frühdienst: Wolf\nMo Spätdienst: Becker\nDi Frühdienst: Lea Koch", "Becker"),
    ("Rota:\nMon early: Hughes\nMon late: Priya Raman\nTue early: Okafor", "Okafor"),
    ("Grafik dyżurów:\npon. – Zima\nwt. – Lis\nśr. – Agnieszka Nowak", "Zima"),
    ("Grafik dyżurów:\npon. rano – Lis\npon. noc – Dariusz Baran\nwt. rano – Zima", "Lis"),
    ("Rooster:\nma vroeg – Visser\nma laat – Daan de Wit\ndi vroeg – Bakker", "Visser"),
]

NOT_FOUND = [
    "Jésus, le fils de Dieu, est né à Bethléem.",
    "la madre de Dios en el arte barroco",
    "Die Tochter von Bosch, BSH, wächst weiter.",
    "Shell verkocht de dochter van Shell in Nigeria.",
    "the father of Bitcoin has never been identified",
    "il padre di Internet secondo molti è Vint Cerf",
    "la chica de Madrid es una canción, la hija de Madrid también",
    "Google's parent company is Alphabet.",
    "Microsoft's daughter company in Ireland",
    "Brexit's father was a campaign, not a man.",
    "Plan:\nMo: Winter\nDi: Sommer\nMi: Herbst",
    "Urlaubsplan:\nMo: Urlaub\nDi: Feiertag\nMi: Urlaub",
    "We met in the morning: Fuchs and Wolf are animals.",
    "Menü:\nMo mittags: Gulasch\nDi mittags: Schnitzel",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_relatives_and_rota_names_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_gods_firms_seasons_and_dishes_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
