"""Thirty-seventh session: a medicine's package leaflet pasted into a prompt speaks to any
reader; its indications, warnings and contraindications ("se soffre di anemia grave", "si
padece insuficiencia cardíaca", "if you have kidney disease") are no health data about
anyone. The writer's own statement, a relative's or a named person's, in a sentence that
sets no condition, still is.

Rows are written here; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

LEAFLETS = [
    "Riassumi il foglietto illustrativo:\n«Non usi il medicinale se soffre di grave anemia "
    "emolitica o di insufficienza epatica. Informazioni per lei: legga attentamente.»",
    "Resume el prospecto: No tome este medicamento si ha tenido una hemorragia digestiva o si "
    "padece insuficiencia cardíaca grave.",
    "Explain this leaflet in plain words: do not take it if you have heart failure, kidney "
    "disease or a stomach ulcer.",
    "Fasse die Packungsbeilage zusammen: Nicht einnehmen, wenn Sie an Herzinsuffizienz leiden.",
]

OWN = [
    (
        "Résume cette notice pour ma mère. Elle a une insuffisance rénale, peut-elle le prendre ?",
        "insuffisance rénale",
    ),
    (
        "Mijn vader las de bijsluiter. Hij heeft nierfalen, mag hij dit nemen?",
        "nierfalen",
    ),
    ("Ho letto il bugiardino. Soffro di insufficienza renale.", "insufficienza renale"),
    ("He leído el prospecto. Tengo insuficiencia renal.", "insuficiencia renal"),
    ("Przeczytałam ulotkę. Mam niewydolność nerek.", "niewydolność nerek"),
    ("Stampa il bugiardino. La signora Rossi ha la sclerosi multipla.", "sclerosi multipla"),
]


@pytest.mark.parametrize("text", LEAFLETS)
def test_a_leaflet_s_warnings_are_no_health_data(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []


@pytest.mark.parametrize(("text", "value"), OWN)
def test_the_writer_s_relative_beside_a_leaflet_stays(
    classifier: Classifier, text: str, value: str
) -> None:
    """The condition is a health finding."""
    assert value in found(classifier, text, HEALTH)
