"""Lower-case names in chat, twenty-sixth session: a request to ask or tell someone, its verb an
infinitive after "can you", "tu peux", "puoi", "puedes", "możesz", and a given name that is
an everyday word too ("rosa", "rocío", "marine": only a person stands between the request and
its message). Teams ("dev", "support") and pronouns stay out. A name after "Gruß," or "LG,"
signs a message off; a department does not.

Rows are written here, after the families a probe's dev half showed (``fresh2.jsonl``).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

#: (text, the names found): missed before this session.
FOUND = [
    ("tu peux demander à marine si elle a fini le planning ?", ["marine"]),
    ("puoi chiedere a rosa se ha mandato il preventivo?", ["rosa"]),
    ("puedes preguntarle a rocío si le pasó el informe?", ["rocío"]),
    ("możesz zapytać wiktorię czy wysłała raport?", ["wiktorię"]),
    ("can you tell grace that the rota changed again", ["grace"]),
    ("Schreib eine Dankesmail an Herrn Rhein. Gruß, Paula", ["Rhein", "Paula"]),
]
#: Found before and still found.
KEPT = [
    ("kannst du fragen, und sag lena bescheid", ["lena"]),
    ("Danke für alles.\nLG, Paula", ["Paula"]),
]
#: (text, why no name is found).
NOT_FOUND = [
    ("can you ask dev if the build is green", "a team"),
    ("can u ask support if the ticket is closed", "a team"),
    ("can you tell everyone that the office is closed", "no given name"),
    ("puoi chiedere a tutti se vengono", "everybody"),
    ("please ask them if they agree", "a pronoun"),
    ("puoi chiedere a lei se ha tempo domani?", "a pronoun"),
    ("puoi chiedere a chi se ne occupa se è pronto", "a pronoun"),
    ("can you ask chase if the payment cleared", "a bank"),
    ("puedes preguntarle a zara si tienen la talla", "a shop"),
    ("Danke!\nVG, Personalabteilung", "a department signs"),
    ("Danke!\nVG, Marketing", "a department signs"),
    ("Danke!\nLG, Vertrieb", "a department signs"),
]


@pytest.mark.parametrize(("text", "names"), FOUND + KEPT)
def test_a_lower_case_name_in_a_request_is_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """The recipient of the request is a name finding."""
    assert found(classifier, text, NAME) == names


@pytest.mark.parametrize(("text", "why"), NOT_FOUND)
def test_teams_and_pronouns_are_no_names(classifier: Classifier, text: str, why: str) -> None:
    """Who the request goes to is no person here."""
    assert found(classifier, text, NAME) == [], why
