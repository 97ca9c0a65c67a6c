"""Thirty-first session: a condition written without its accents ("insuficiencia cardiaca",
which Spanish also spells so; "sclerose en plaques", "Migraene", "niewydolnosc serca"), a Polish
operation in another case ("po operacji kolana"), a German title in the dative ("für Herrn
Aydın wegen seines Bandscheibenvorfalls"), and a get-well wish to someone with a condition in
the same sentence ("Get well soon Tom, after your knee surgery!"); the general questions,
leaflets and routine wishes in the same words stay out, and so does the French verb
"diagnostique".

The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("Mi padre tiene insuficiencia cardiaca desde hace dos años.", "insuficiencia cardiaca"),
    ("Ma mere a une sclerose en plaques, je dois l'accompagner jeudi.", "sclerose en plaques"),
    ("Mein Vater hat wieder Migraene, ich komme heute spaeter.", "Migraene"),
    ("Moja mama ma niewydolnosc serca i czeka na wizyte.", "niewydolnosc serca"),
    ("Mio nonno soffre di obesita e diabete.", "obesita"),
    ("Mój tata jest po operacji kolana i nie chodzi.", "operacji kolana"),
    (
        "Bitte einen höhenverstellbaren Tisch für Herrn Aydın wegen seines "
        "Bandscheibenvorfalls bestellen.",
        "Bandscheibenvorfalls",
    ),
    ("Get well soon Tom, after your knee surgery!", "knee surgery"),
    ("Dużo zdrowia, Mirku, szybkiego powrotu do formy po operacji kolana!", "operacji kolana"),
    ("Gute Besserung nach der Knieoperation, lieber Jonas!", "Knieoperation"),
]

NOT_FOUND = [
    "What is insuficiencia cardiaca and how is it treated?",
    "La sclerose en plaques touche surtout les femmes jeunes.",
    "Migraene: Ursachen, Symptome und Behandlung im Überblick.",
    "Niewydolnosc serca to choroba przewlekła, która wymaga leczenia.",
    "Gute Besserung! Schöne Grüße aus dem Urlaub.",
    "Dużo zdrowia i szczęścia w nowym roku! Cukrzyca to choroba cywilizacyjna.",
    "Wir wünschen gute Besserung. Der Artikel erklärt Diabetes Typ 2 und Ernährung.",
    "Get well soon card templates: cancer, surgery, broken leg - ideas?",
    "Mon script diagnostique les erreurs réseau chaque nuit.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_condition_in_these_forms_is_found(classifier: Classifier, text: str, value: str) -> None:
    """The condition is a health finding."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_text_stays_out(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
