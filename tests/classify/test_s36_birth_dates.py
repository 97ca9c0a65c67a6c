"""Thirty-sixth session: a date of birth after "né à" and a birthplace whose postcode or
department stands in brackets ("né à Pau (64000) le 3 avril 1958", as notarial deeds write
it), and in a table whose header names the column "Né(e) le" beside a "N° …" column.

Rows are written here with invented persons; none is copied from a probe or the recall set.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

DOB = "pii.date_of_birth"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ACQUÉREUR – Madame Odile FERRAND, née à Tarbes (65000) le 9 juin 1962", "9 juin 1962"),
        (
            "N° dossier | Nom | Né(e) le | Ville\n"
            "D-1182 | M. Gaston Pelletier | 02/11/1949 | Niort",
            "02/11/1949",
        ),
    ],
)
def test_the_birth_date_is_found(classifier: Classifier, text: str, value: str) -> None:
    """The date is a date of birth."""
    assert value in found(classifier, text, DOB)


def test_a_delivery_date_after_a_postcode_is_no_birth_date(classifier: Classifier) -> None:
    """Without a birth cue the bracketed postcode leads to no date of birth."""
    assert found(classifier, "Livraison à Pau (64000) le 3 avril 2026.", DOB) == []
