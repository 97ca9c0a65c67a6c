"""Thirty-sixth session: written forms of national IDs from scanned documents: a PESEL with its
birth date set apart ("751123 03721") after its cue, and a NIR whose groups the OCR left two
spaces apart ("1  89  05 78 006 084  89"). The spaced PESEL without its cue is no finding.

The values are made valid here with python-stdnum; none is copied from a probe.
"""

from __future__ import annotations

import pytest
from stdnum.fr import nir
from stdnum.pl import pesel

from proxy.classify import Classifier
from tests.found import found

ID = "pii.national_id"


def test_the_values_are_valid() -> None:
    """The rows below hold valid numbers (else the test would prove nothing)."""
    assert pesel.is_valid("75112303721") and nir.is_valid("189057800608489")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pracownik: NOWAK ANNA   PESEL: 751123 03721", "751123 03721"),
        ("Salarié : M. X\nN° S.S. : 1  89  05 78 006 084  89\nEmploi", "1  89  05 78 006 084  89"),
    ],
)
def test_scanned_forms_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The number is a national ID finding."""
    assert found(classifier, text, ID) == [value]


def test_a_spaced_pesel_needs_its_cue(classifier: Classifier) -> None:
    """Six digits and five, with no cue, are no PESEL."""
    assert found(classifier, "Zamówienie 751123 03721 wysłano wczoraj.", ID) == []
