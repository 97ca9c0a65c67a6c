"""Disability, aids and dependence said of a person (session 13): a disability, its official
recognition or an aid someone uses ("profoundly deaf", "a une RQTH", "Schwerbehinderung",
"invalidità civile al 80%", "discapacidad del 45 %", "orzeczenie o niepełnosprawności"),
dependence on a substance or gambling and abstinence ("addicted to heroin", "uzależniona od
hazardu", "abstinent seit"), in the seven languages.

A person is an anchor word, a clause subject or a capitalised name described by a relative
pronoun ("for Grace Obi, who …"); general text, idioms, rules ("gilt man als") and software
senses ("dependent on numpy") stay public. Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

HEALTH = [
    "Draft an adjustments letter for Grace Obi, who is hard of hearing and lip-reads.",
    "My daughter wears two hearing aids since last spring.",
    "Book an accessible room for Samir Haddad, who is a wheelchair user.",
    "Peux-tu rédiger un mail : Clément a une RQTH et demande un aménagement d'horaires.",
    "Mon collègue est malentendant, il faut des sous-titres en réunion.",
    "Unser Mitarbeiter hat eine Schwerbehinderung mit GdB 60 nachgewiesen.",
    "Meine Schwester ist gehörlos und braucht einen Gebärdendolmetscher.",
    "Mia madre ha l'invalidità civile all'80% e non esce di casa.",
    "Scrivi alla scuola che Matteo porta un apparecchio acustico.",
    "Redacta una carta para Lucía Romero, que tiene una discapacidad del 45 % reconocida.",
    "Mi abuelo necesita una silla de ruedas eléctrica.",
    "Mijn buurvrouw is slechtziend en heeft hulp nodig bij de post.",
    "Schrijf dat Jeroen in een rolstoel zit sinds zijn ongeluk.",
    "Pomóż napisać pismo dla pani Haliny, która ma orzeczenie o niepełnosprawności.",
    "Mój syn jest niesłyszący i chodzi do specjalnej szkoły.",
    "My brother is addicted to heroin and has relapsed twice.",
    "Mon mari est dépendant à l'alcool depuis des années.",
    "Mein Vater ist seit zehn Jahren abhängig von Schlaftabletten.",
    "Mio cugino è dipendente dalla cocaina, come posso aiutarlo?",
    "Mi tía es adicta al juego y tiene deudas.",
    "Mijn zoon is afhankelijk van slaappillen.",
    "Moja siostra jest uzależniona od hazardu.",
    "Patient 52yo, alcohol withdrawal last year, now abstinent since March.",
    "Mój ojciec jest abstynentem od roku.",
]
NOT_HEALTH = [
    "Deaf people use sign language in many countries.",
    "Wheelchair access is available at the main entrance.",
    "The policy covers disability insurance for all employees.",
    "His proposal fell on deaf ears at the board.",
    "Il fait la sourde oreille quand on parle de budget.",
    "La RQTH permet d'obtenir des aménagements de poste.",
    "Ab einem GdB von 50 gilt man als schwerbehindert.",
    "Rollstuhlgerechte Toiletten sind im Erdgeschoss.",
    "La legge 104 prevede permessi retribuiti per chi assiste un familiare.",
    "El edificio tiene rampas para sillas de ruedas.",
    "De rolstoelingang is aan de achterkant.",
    "Ustawa o rehabilitacji osób niepełnosprawnych weszła w życie w 1997 roku.",
    "This library is dependent on numpy and scipy.",
    "Tom is addicted to coffee and crosswords.",
    "The build is dependent on the compiler version.",
    "Set disabled=True to hide his widget.",
]


def _health(classifier: Classifier, text: str) -> list[str]:
    result = classifier.classify([TextPart("text", text)])
    return [text[f.start : f.end] for f in result.findings if f.type == "health"]


@pytest.mark.parametrize("text", HEALTH)
def test_disability_and_dependence_of_a_person_are_health_data(
    classifier: Classifier, text: str
) -> None:
    """A disability, an aid or a dependence said of a person is found."""
    assert _health(classifier, text)


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_general_text_idioms_and_software_senses_are_not(classifier: Classifier, text: str) -> None:
    """Access notes, rules, idioms and a library's dependencies: no health finding."""
    assert _health(classifier, text) == []
