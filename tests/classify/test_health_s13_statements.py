"""Health statements about a named or described person (session 13), found without the name
detectors: a given name as the subject of starting a treatment or lying in hospital ("Roberto
inizia la chemioterapia", "Piotr leży w szpitalu"), even in a question about wording it; an
illness with a measured value ("fiebre de 39"); the person as a client, a player or "pan" in
a case form; injuries, operations, physiotherapy and a phased return to work in a note.

General medicine with no person ("chemotherapy is used to treat lymphoma") stays public. Rows
are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

HEALTH = [
    "Roberto inizia la chemioterapia lunedì prossimo.",
    "Translate: Kwame starts chemotherapy for a lymphoma on Friday.",
    "Daniela empieza la quimioterapia la semana que viene.",
    "Comment annoncer à l'équipe que Baptiste a une sclérose en plaques ?",
    "Piotr leży w szpitalu od wtorku.",
    "vertaal: Sanne ligt in het ziekenhuis sinds gisteren",
    "dile al profe: Iker no viene, tiene fiebre de 39",
    "Notatki: klientka Beata, depresja nawracająca, sesja 4.",
    "Notatka o panu Zenonie: cukrzyca typu 2 od 2019 roku.",
    "Informe: el jugador Marc Puig sufre rotura fibrilar en el gemelo.",
    "Nota: il giocatore ha uno strappo muscolare alla coscia.",
    "Résume : je suis absent, opération du ménisque jeudi prochain.",
    "Meine Frau hatte einen Kreuzbandriss beim Skifahren.",
    "Mi hermana tiene un esguince de tobillo y no puede venir.",
    "Mijn dochter heeft een verstuiking en loopt met krukken.",
    "Claim note for the policyholder, K. Osei (ref 22-118): fractured right ankle after a fall.",
    "Mr Doyle is off work; GP suggests a phased return from the 3rd.",
    "Frau Krüger beginnt nächste Woche die stufenweise Wiedereingliederung.",
    "Mijn moeder krijgt fysiotherapie na haar heupoperatie.",
    "My wife has terrible morning sickness this week.",
]
NOT_HEALTH = [
    "Chemotherapy is used to treat lymphoma and other cancers.",
    "Long covid affects many patients for months.",
    "Physiotherapy is an important part of recovery after surgery.",
    "A broken leg usually heals in six to eight weeks.",
    "The fractured wrist is a common injury in older adults.",
    "The phased return of the feature flags starts on Monday.",
    "Das Hamburger Modell ist ein Verfahren der stufenweisen Wiedereingliederung.",
    "La corona de 3 puntas es el símbolo del club.",
    "Il trattamento standard prevede la chemioterapia in sei cicli.",
    "Esguince de tobillo: causas, síntomas y tratamiento.",
    "What is morning sickness and when does it stop?",
]


def _health(classifier: Classifier, text: str) -> list[str]:
    result = classifier.classify([TextPart("text", text)])
    return [text[f.start : f.end] for f in result.findings if f.type == "health"]


@pytest.mark.parametrize("text", HEALTH)
def test_statements_about_a_person_are_health_data(classifier: Classifier, text: str) -> None:
    """A treatment, stay, injury or return to work said of a person is found."""
    assert _health(classifier, text)


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_general_medicine_and_other_senses_are_not(classifier: Classifier, text: str) -> None:
    """General medicine, a feature roll-out, a crown: no health finding."""
    assert _health(classifier, text) == []
