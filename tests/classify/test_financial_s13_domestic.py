"""UK VAT numbers ("GB 469 3539 46", checked by python-stdnum's ``gb.vat``) and Polish NIPs
written without their "PL" after the word NIP ("NIP 779-960-58-42", grouped 3-3-2-2 or 3-2-2-3),
as ``financial.vat_id``; and Polish mobiles written in three groups of three in Polish text
("kontakt 531 902 674"), as ``pii.phone``, while amounts written the same way are none.

Rows are written by hand for these tests (the numbers made for them, checksums computed).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

VAT = "financial.vat_id"
PHONE = "pii.phone"

FOUND = [
    ("VAT Reg No: GB 469 3539 46", "GB 469 3539 46", VAT),
    ("Our VAT number is GB469353946.", "GB469353946", VAT),
    ("Faktura VAT · NIP 779-960-58-42 · Poznań", "779-960-58-42", VAT),
    ("NIP: 779-96-05-842", "779-96-05-842", VAT),
    ("NIP 0528203217, REGON w załączniku", "0528203217", VAT),
    ("dzień dobry, proszę o kontakt 531-902-674, pozdrawiam", "531-902-674", PHONE),
    (
        "Anna Zięba\nul. Lipowa 3, 31-011 Kraków\n693 118 204 · anna@example.pl",
        "693 118 204",
        PHONE,
    ),
]
NOT_FOUND = [
    ("16 GB 1600 MHz DDR3, model GB 469353947", VAT),  # no valid UK VAT number
    ("NIP 779-960-58-43", VAT),  # wrong check digit
    ("Budżet projektu: 531 902 674, do akceptacji przez zarząd.", PHONE),
    ("W mieście mieszka 693 118 204 osób.", PHONE),
    ("Razem do zapłaty 531 902 674 zł.", PHONE),
    ("The budget is 531 902 674 this year.", PHONE),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_uk_vat_polish_nip_and_polish_mobiles_are_found(
    classifier: Classifier, text: str, value: str, kind: str
) -> None:
    """The UK VAT number, the NIP after its word, the Polish mobile in Polish text."""
    assert value in found(classifier, text, kind)


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_invalid_numbers_and_amounts_are_none(classifier: Classifier, text: str, kind: str) -> None:
    """An invalid number, or an amount or count written like a Polish mobile: nothing."""
    assert found(classifier, text, kind) == []
