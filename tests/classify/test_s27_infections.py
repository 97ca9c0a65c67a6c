"""Infections by their everyday names, twenty-seventh session: the flu, chickenpox, measles,
bronchitis and their kin as parents and employees write them in a sick note or a nursery's
absence form, in the seven languages ("Antek ma ospę", "ik ben thuis met griep"). A campaign,
a vaccine, a season or a blog post about the infection names no one's illness, nor do the words
spelt like one: the English "gripe", the French verb "gripper", "pink eye shadow", MUMPS.

Rows are written here, after the families a probe's dev half showed (``fresh2.jsonl``).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

#: (text, the health findings): missed before this session.
FOUND = [
    ("Ik ben thuis met griep tot vrijdag.", ["griep"]),
    ("Estoy en casa con gripe hasta el viernes.", ["gripe"]),
    ("Mi marido está en cama, su gripe no mejora.", ["gripe"]),
    ("Mon fils a la varicelle, il reste à la maison.", ["varicelle"]),
    ("Mein Sohn hat Windpocken und bleibt zu Hause.", ["Windpocken"]),
    ("Mijn zoon heeft waterpokken en blijft thuis.", ["waterpokken"]),
    ("Mój syn ma ospę i zostaje w domu.", ["ospę"]),
    ("Mam zapalenie oskrzeli.", ["zapalenie oskrzeli"]),
    ("Mijn dochter heeft de mazelen.", ["mazelen"]),
    ("Ma fille a la rougeole.", ["rougeole"]),
    ("Meine Tochter hat Masern.", ["Masern"]),
    ("Mia figlia ha il morbillo.", ["morbillo"]),
    ("Mi hija tiene sarampión.", ["sarampión"]),
    ("Ma fille a une otite, elle ne vient pas demain.", ["otite"]),
    ("My daughter has pink eye, can you write to the school?", ["pink eye"]),
    ("Mein Kind hat Scharlach.", ["Scharlach"]),
    ("Mój syn ma grypę sezonową.", ["grypę"]),
    ("Mi marido lleva una semana luchando contra la gripe.", ["gripe"]),
    ("Mein Sohn kämpft seit Tagen gegen die Grippe.", ["Grippe"]),
    ("Le médecin a donné des antibiotiques contre l'otite de ma fille.", ["otite"]),
    ("Ich bin endlich über die Grippe hinweg.", ["Grippe"]),
    # the cough too (``health_sentences``: a complaint in a sentence about the son)
    ("Mi hijo tiene tos y gripe desde el lunes.", ["tiene tos", "gripe"]),
    ("Je suis au lit avec la grippe.", ["grippe"]),
]
#: Found before and still found.
KEPT = [
    ("I have bronchitis.", ["bronchitis"]),
    ("Mi figlio ha la varicella e resta a casa.", ["varicella"]),
    ("My son has measles - outbreak at the nursery too.", ["measles"]),
]
#: (text, why no health finding is made).
NOT_FOUND = [
    ("I need a poster for the flu shot clinic at our office.", "a vaccine"),
    ("Our flu season plan for the ward rota needs a table.", "a season"),
    (
        "Nous organisons une campagne de vaccination contre la grippe pour nos salariés.",
        "a campaign against it",
    ),
    ("Ma fille veut savoir qu'est-ce que la rougeole exactement.", "what it is"),
    ("My main gripe with the new release is the slow start.", "a complaint"),
    ("Write me a blog post about how to avoid the flu this winter.", "no one has it"),
    ("Jak długo trwa grypa?", "a general question"),
    ("My biggest gripes with the new release are the bugs.", "complaints"),
    ("I had my chimney flues cleaned last week.", "chimney flues"),
    ("I love my pink eye shadow palette.", "make-up"),
    ("I maintain MUMPS routines for my hospital's VistA install.", "a programming language"),
    ("Ma serrure grippe quand il fait froid.", "the verb gripper"),
    ("Mon oncle est un vrai grippe-sou.", "a miser"),
]


@pytest.mark.parametrize(("text", "spans"), FOUND + KEPT)
def test_an_infection_someone_has_is_health_data(
    classifier: Classifier, text: str, spans: list[str]
) -> None:
    """The infection of the person the text is about is a health finding."""
    assert found(classifier, text, HEALTH) == spans


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_an_infection_said_of_no_one_is_no_finding(
    classifier: Classifier, text: str, why: str
) -> None:
    """A campaign, a vaccine, a question or a paper about an infection is no health data."""
    assert found(classifier, text, HEALTH) == [], why
