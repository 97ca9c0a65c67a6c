"""Thirty-third session (rows written here, none copied from a probe):

- frequent Italian surnames the gazetteers lacked ("Colombo", "Fontana", "Galli", Sardinian
  "Piras"), standing alone where a known surname is found; not the words they are as well
  ("la fontana di Trevi");
- a lone surname opening a quoted message («Colombo non ha ancora mandato il report, …»),
  while a quoted title right after its quote stays out («Il Gattopardo», „Effi Briest“);
- a known or surname-shaped token before a relative pronoun only persons take ("Hargreaves,
  who joined in May"), not a firm English speaks of the same way ("Contoso, who funded it").
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("Ho parlato con Fontana e con Galli ieri sera.", "Fontana"),
    ("Ho parlato con Fontana e con Galli ieri sera.", "Galli"),
    ("Giordano non ha ancora mandato il preventivo.", "Giordano"),
    ("Piras non può venire domani, sostituiscilo tu.", "Piras"),
    ("Riformula: «Colombo non ha ancora mandato il report, così non chiudiamo.»", "Colombo"),
    ("Réponds : «Dupont n'a pas encore signé le contrat, on attend.»", "Dupont"),
    ("Formuliere um: „Krüger hat schon wieder den Bericht vergessen, echt jetzt.“", "Krüger"),
    ("We hired Hargreaves, who joined us in May from Leeds.", "Hargreaves"),
    ("Please forward it to Kowalczyk, whom I met at the fair.", "Kowalczyk"),
    ("Lo firmó el gestor, y luego Ibarra, quien lo envió ayer.", "Ibarra"),
]

NOT_FOUND = [
    "La fontana di Trevi è chiusa per restauro.",
    "Ho letto «Il Gattopardo» in vacanza.",
    "Abbiamo visto «Colombo» al cinema.",
    "Er las „Effi Briest“ im Zug.",
    "«Marnie» ha vinto il premio della critica.",
    "Domani volo per Colombo, poi Malé.",
    "We thank Contoso, who funded the pilot.",
    "Ask Apple, who will replace the battery.",
    "We spoke to Finance, who agreed to the budget.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_frequent_surnames_and_quoted_messages_are_found(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_titles_places_and_firms_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, NAME) == []
