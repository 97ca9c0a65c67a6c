"""Thirty-third session (rows written here, none copied from a probe): a clinical document's
header line that names its patient ("Paziente: sig. Mario Esposito", "Pacjent: Jan
Wróblewski") anchors the health terms of the page below it, which are lines, not sentences
about anyone; not a leaflet's page, nor a template's placeholder patient."""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

_IT = "\n".join(
    [
        "Reparto di Medicina Interna",
        "Ricovero dal 18/11/2024 al 26/11/2024",
        "Motivo del ricovero: febbre e tosse",
        "Decorso clinico regolare",
        "Esami eseguiti in corso di ricovero",
        "-------------------------",
        "Anamnesi remota: ipertensione arteriosa, pregressa colecistectomia.",
    ]
)
_PL = "\n".join(
    [
        "Oddział Chorób Wewnętrznych",
        "Pobyt od 18.11.2024 do 26.11.2024",
        "Przebieg hospitalizacji bez powikłań",
        "Badania wykonane w trakcie pobytu",
        "-----------------",
        "W wywiadzie: nadciśnienie tętnicze, przewlekła choroba nerek.",
    ]
)

FOUND = [
    ("Paziente: sig. Mario Esposito\n" + _IT, "ipertensione"),
    ("Pacjent: Jan Wróblewski\n" + _PL, "nadciśnienie"),
]
NOT_FOUND = [
    "Opuscolo informativo\n" + _IT,
    "Paziente: sig. Mario Rossi Test\n" + _IT,
    "Ulotka dla pacjentów\n" + _PL,
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_patients_header_anchors_the_page(classifier: Classifier, text: str, value: str) -> None:
    """The condition below the header is a health finding."""
    assert value in found(classifier, text, "health")


@pytest.mark.parametrize("text", NOT_FOUND)
def test_leaflets_and_templates_anchor_nothing(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, "health") == []
