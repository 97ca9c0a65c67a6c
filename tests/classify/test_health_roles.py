"""A condition said of an applicant, employee, tenant or insured person (issue 11, family 4):
the role nouns of HR, housing and insurance prompts anchor health data to a person as "patient"
does, in the singular only. Plurals, general statements, and requirements, job ads and
policies (a sentence with "must", "hiring", "policy", "every" …) stay public.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

FOUND = [
    ("the applicant disclosed a history of bipolar disorder", "bipolar disorder"),
    ("Accommodation request: new hire with epilepsy", "epilepsy"),
    ("Ein Bewerber mit Diabetes hat sich gemeldet", "Diabetes"),
    ("Bewerberin mit Epilepsie, bitte Arbeitsplatz anpassen", "Epilepsie"),
    ("Collaboratrice avec une sclérose en plaques : adapter le poste", "sclérose en plaques"),
    ("Candidato con diabete: adattare i turni", "diabete"),
    ("Solicitante con epilepsia: adaptar el puesto", "epilepsia"),
    ("Sollicitant met diabetes: werkplek aanpassen", "diabetes"),
    ("Kandydatka z cukrzycą: dostosować stanowisko", "cukrzycą"),
    # review (session 9): a numbered or named employee with a modal is still one person
    ("Employee #38885 has diabetes and must take breaks every 2 hours.", "diabetes"),
    ("Unser Mitarbeiter hat Epilepsie und soll nicht Auto fahren.", "Epilepsie"),
]


@pytest.mark.parametrize(("text", "term"), FOUND)
def test_condition_of_a_role_is_found(text: str, term: str) -> None:
    """The condition is a health finding and the text is restricted."""
    result = classify_text(text)
    assert term in [text[f.start : f.end] for f in result.findings if f.type == "health"]
    assert result.level.name == "RESTRICTED"


NOT_FOUND = [
    "candidate genes for depression were studied in mice",
    "What is bipolar disorder?",
    "Bewerber werden nach Qualifikation ausgewählt; Diabetes ist kein Ausschlussgrund",
    # review: requirements, job ads and policies speak of anyone in the role
    "The applicant must undergo a blood test.",
    "The new hire must have no history of depression.",
    "We are hiring a trainee for the psychiatric ward.",
    "Each tenant must report asthma triggers like mould.",
    "Le salarié doit signaler toute allergie au service RH.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_text_stays_public(text: str) -> None:
    """Without a person, a condition is general knowledge."""
    assert not [f for f in classify_text(text).findings if f.type == "health"], text
