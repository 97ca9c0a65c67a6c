"""Given names after a care, social-work or customer-service role, or a kinship noun, with no
possessive before it (``_name_carers``): "patient Hugo R.", "klientka Natalia", "Tochter
Birgit". Firms, places, words and nouns after the same roles are none. Rows are written by hand
for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Corrige mes notes : patiente Maëlle T. 22 ans, suivi hebdomadaire.", "Maëlle T."),
    ("Bitte korrigieren: Klient Marvin K. seit drei Monaten stabil.", "Marvin K."),
    ("Bewohnerin Gisela braucht Hilfe beim Anziehen.", "Gisela"),
    ("Popraw notatkę: klientka Natalia, sesja 11, bez zmian.", "Natalia"),
    ("Resume: usuaria Rocío M. acude a la cita sin acompañante.", "Rocío M."),
    ("Maak netjes: cliënt Kevin B. kwam niet opdagen.", "Kevin B."),
    ("Riassumi: utente Gloria M. segnala un addebito doppio.", "Gloria M."),
    ("Übergabe: Tochter Birgit ist tagsüber erreichbar.", "Birgit"),
    ("SBAR: patient Rosa K., 81, fall at home overnight.", "Rosa K."),
]
NOT_FOUND = [
    "The client Siemens called about the invoice.",
    "Patient Zero was never identified.",
    "Die Tochter Firma gehört zum Konzern.",
    "A customer Acme ticket was closed.",
    "Resident Evil is a video game series.",
    "Each patient Monday gets a follow-up call.",
    "Our client Thomas Müller GmbH paid the invoice.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_given_name_after_a_care_role_or_kin_is_a_person(
    classifier: Classifier, text: str, name: str
) -> None:
    """The given name (and its initial) after a care role or a kinship noun."""
    assert name in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_firms_words_and_days_after_the_same_roles_are_no_person(
    classifier: Classifier, text: str
) -> None:
    """A firm, a word, a game or a weekday after the same roles: no person."""
    assert found(classifier, text, PERSON) == []
