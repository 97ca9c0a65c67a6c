"""Thirty-fourth session: courtesy and professional titles written with a capital ("il Dottor
Bianchi", "el Señor Pérez", "Doktor Weber") name the person after them as their lower-case
forms do; a title before a word, a place or a film title does not."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Il figlio del Dottor Bianchi ha chiamato stamattina.", "Bianchi"),
    ("Ha chiamato la Dottoressa Bianchi per il referto.", "Bianchi"),
    ("Domani viene l'Avvocato Esposito per la firma.", "Esposito"),
    ("Il Ragionier Colombo ha mandato il bilancio.", "Colombo"),
    ("Ha llamado el Señor Pérez por lo de la factura.", "Pérez"),
    ("La Doctora Fernández pasa consulta los martes.", "Fernández"),
    ("Rückruf von Doktor Weber wegen der Befunde.", "Weber"),
    ("Morgen belt Dokter Jansen terug over de uitslag.", "Jansen"),
    ("Le rendez-vous avec Docteur Lefèvre est reporté.", "Lefèvre"),
    ("Señorita Morales, su pedido está listo.", "Morales"),
]

NOT_FOUND = [
    "Doctor Who is the longest-running science-fiction series.",
    "Doctor Strange opens in cinemas today.",
    "El Señor de los Anillos es mi libro favorito.",
    "Señor Presidente, gracias por la palabra.",
    "Doctor House was rude to everyone in the hospital.",
    "Il Dottor Divago è un personaggio dei fumetti.",
    "Señor Dios, ayúdame a encontrar trabajo.",
    "Maître Corbeau, sur un arbre perché, tenait en son bec un fromage.",
    "Doctor Martens boots are back in fashion.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_capitalised_title_names_the_person(classifier: Classifier, text: str, name: str) -> None:
    """The surname after the capitalised title is in a name finding."""
    assert any(name in span for span in found(classifier, text, NAME))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_capitalised_title_before_a_word_is_no_name(classifier: Classifier, text: str) -> None:
    """A title before an everyday word, a role or a title of a work gives no name."""
    assert found(classifier, text, NAME) == []
