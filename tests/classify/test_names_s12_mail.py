"""A known name after a message sent to them, in French, Italian, Spanish, Dutch and German ("un
mail à Camille", "una mail a Francesca", "un correo a Alejandro", "een mail naar Thijs",
``_cued_names``); towns, companies and German nouns after the same words are none.

Rows are written by hand for these tests. A positive row names the name found; a negative row
must give no person name.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Peux-tu écrire un mail à Camille pour décaler la réunion ?", "Camille"),
    ("Rédige une réponse à Moreau sur le devis.", "Moreau"),
    ("Puoi scrivere una mail a Francesca per spostare la riunione?", "Francesca"),
    ("¿Puedes escribir un correo a Alejandro para mover la reunión?", "Alejandro"),
    ("Kun je een mail sturen naar Thijs over de vergadering?", "Thijs"),
    ("Schreib einen Brief an Kowalczyk wegen der Miete.", "Kowalczyk"),
]
NOT_FOUND = [
    "Envoie un mail à Paris pour la réunion.",
    "Manda una mail a Roma per il visto.",
    "Envía un correo a Madrid con los datos.",
    "Stuur een bericht naar Amsterdam.",
    "Écris un message à Microsoft pour la licence.",
    "Schreib einen Brief an Schneider-Werke.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_name_a_message_is_sent_to_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The known name after "mail à", "mail a", "correo a", "mail naar", "Brief an"."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_towns_and_companies_a_message_is_sent_to_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A town, a company or a German noun after the same words: no person."""
    assert found(classifier, text, PERSON) == []
