"""Colleagues named alone in HR notes (fifteenth session):

- a known surname opening what a person has not done or still holds, also one that is a word
  of another language than English ("Brandt hat schon wieder …": "brandt" is Dutch; "Bakker
  heeft zijn laptop …"), not an English word, a product or a company ("Sales hasn't", "Rust
  hasn't", "Siemens hat seine Prognose");
- a colleague put in copy ("Schulte-Wierling in CC", "in copia Bianchi dell'IT", "Kuipers van
  ICT in cc", "loop in Okafor from IT"), not a team, a word or a tool ("Legal in CC", "loop in
  Jira", "Buchhaltung in Kopie").

Rows are written by hand for these tests. A positive row names the value found; a negative row
must give no person finding.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Brandt hat schon wieder die Rufbereitschaft getauscht, ohne Bescheid zu sagen.", "Brandt"),
    ("Bakker heeft zijn laptop en pasje nog steeds niet ingeleverd na zijn vertrek.", "Bakker"),
    ("Müller hat seine Schlüssel noch nicht abgegeben.", "Müller"),
    ("Schreib eine Mail an die Schichtleitung, Schulte-Wierling in CC.", "Schulte-Wierling"),
    ("Scrivi una mail all'ufficio personale, in copia Bianchi dell'IT.", "Bianchi"),
    ("Schrijf een mail naar HR, Kuipers van ICT in cc.", "Kuipers"),
    ("Write an email to HR and loop in Okafor from IT who has the asset tag.", "Okafor"),
    ("Merci de répondre au client, en copie Dupont.", "Dupont"),
    ("Odpisz klientowi, w kopii Nowak z działu IT.", "Nowak"),
]
NOT_FOUND = [
    "Sales hasn't responded yet.",
    "Rust hasn't changed much since 1.70.",
    "Siemens hat seine Prognose gesenkt.",
    "Philips heeft zijn omzet verhoogd.",
    "Legal in CC please.",
    "Put HR in cc.",
    "Bitte Buchhaltung in Kopie setzen.",
    "in copia Ufficio Legale",
    "loop in Jira for the ticket",
    "loop in Slack when it is done",
    "loop in Engineering",
    # found by a review: documents, tools, places and languages next to a copy cue
    "Allegato in copia Excel il file.",
    "Ti inoltro in copia Fattura n. 123",
    "Stuur het in kopie Bijlage 3 mee.",
    "Dokument przesłano w kopii Zamawiającemu.",
    "Enviamos en copia Certificada el acta.",
    "I put Zendesk in cc",
    "Keep Brussels in CC",
    "Nested loop in Ada and Fortran",
    "Hubraum in cc angeben",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_lone_surnames_and_colleagues_in_copy_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name the row names is found as a person."""
    assert value in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_teams_tools_and_firms_stay_out(classifier: Classifier, text: str) -> None:
    """A word, a team, a tool or a company: no person finding."""
    assert found(classifier, text, PERSON) == []
