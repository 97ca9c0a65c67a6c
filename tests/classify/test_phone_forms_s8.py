"""Phone numbers, eighth session: the review's open findings and the plan shortcut.

- A cue written in every language ("Tel.") names no plan: the words around the number do, and
  without them a number most main plans read as a person's is one ("Tel. 0891234567", Munich,
  not only a French premium number).
- Not phones: an amount or a quantity named before a figure that a cue follows ("Umsatz 171
  234 567 - Handy"), Polish "pod numerem" after a case, register or order, "cell" before a
  spreadsheet reference, a number after a country code that is not grouped as a phone (a VAT
  or company number).
- A plan is parsed only when the digits can be one of its numbers; that shortcut must never
  drop a number the ``phonenumbers`` library reads as valid.

Rows are written here; each positive's number is checked valid for its country with
``phonenumbers``.
"""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from proxy.classify import Classifier
from proxy.classify.detectors._phone_plans import CUED_REGIONS, national, read
from tests.found import found

PHONE = "pii.phone"

#: (text, the span found, a country whose plan makes it valid): missed before this session.
FOUND = [
    ("Tel. 0891234567", "0891234567", "DE"),
    ("Bitte unter Tel. 0891234567 anrufen", "0891234567", "DE"),
    ("Chiamare il Tel. 0891234567 domani", "0891234567", "IT"),
    ("Tel. 0891 234567", "0891 234567", "DE"),
]
#: Found before and still found: the new rules do not reach them.
KEPT = [
    ("jestem dostępny pod numerem 612345678", "612345678", "PL"),
    ("kontakt pod numerem 612 345 678", "612 345 678", "PL"),
    ("my cell 0301234567", "0301234567", "DE"),
    ("612 345 678 - móvil", "612 345 678", "ES"),
    ("BE 0471 23 45 67", "0471 23 45 67", "BE"),
    ("Tel. 0612345678", "0612345678", "FR"),
    # review: "w sprawie" ("regarding") is no record, a call word after a record word counts,
    # and a department word is no amount
    ("W sprawie wizyty zadzwoń pod numerem 601234567.", "601234567", "PL"),
    (
        "W razie pytań dotyczących faktury proszę dzwonić pod numerem 601 234 567.",
        "601 234 567",
        "PL",
    ),
    ("Sales contact 612 345 678 - móvil", "612 345 678", "ES"),
    ("Ventas: 612 345 678 (móvil)", "612 345 678", "ES"),
]
#: (text, why it is no phone): each was a phone finding before this session.
NOT_FOUND = [
    ("total 612 345 678 - móvil de empresa", "an amount, then a cue"),
    ("Importe 612.345.678 - móvil", "an amount, then a cue"),
    ("Umsatz 171 234 567 - Handy", "a turnover, then a cue"),
    ("Coste 612 345 678, móvil incluido", "a cost, then a cue"),
    ("Budget: 347 123 456 (cellulare)", "a budget, then a cue"),
    ("Total 600 000 000 - móvil", "a round figure"),
    ("sprawa pod numerem 612345678", "a case number"),
    ("zarejestrowana w rejestrze pod numerem 612345678", "a register number"),
    ("zamówienie przyjęto pod numerem 612 345 678", "an order number"),
    ("sygnatura akt: sprawa prowadzona pod numerem 512345678", "a case number"),
    ("in cell 4 write 0301234567", "a spreadsheet cell"),
    ("cell C3 contains 0301234567", "a spreadsheet cell"),
    ("put the total in cell B12: 0301234567", "a spreadsheet cell"),
    ("Bitte prüfen: BE 0794 012 187", "a Belgian company number"),
]
#: Service numbers stay out: the text's language or most main plans say so.
SERVICE = [
    ("Tel. 08001234567", "toll-free in most plans"),
    ("Appelez-nous au Tel. 0891234567", "French premium rate in a French text"),
    ("Tel. 09001234567", "premium rate in most plans"),
]


@pytest.mark.parametrize(("text", "value", "region"), FOUND + KEPT)
def test_a_phone_number_is_found(
    classifier: Classifier, text: str, value: str, region: str
) -> None:
    """The whole number is one phone finding, and valid in a plan that reads it."""
    assert phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    assert found(classifier, text, PHONE) == [value]


@pytest.mark.parametrize(("text", "why"), NOT_FOUND + SERVICE)
def test_other_numbers_are_not_phone_numbers(classifier: Classifier, text: str, why: str) -> None:
    """Amounts, case and register numbers, cells, company and service numbers are no phones."""
    assert found(classifier, text, PHONE) == [], why


def _examples() -> list[tuple[str, str]]:
    """Each plan's example mobile and landline, written nationally and in one run."""
    rows = []
    for region in CUED_REGIONS:
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            written = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            rows += [(written, region), ("".join(c for c in written if c.isdigit()), region)]
    return rows


@pytest.mark.parametrize(("raw", "region"), _examples())
def test_the_plan_shortcut_keeps_every_number_the_library_reads(raw: str, region: str) -> None:
    """A national number is read in its own country's plan exactly as the library reads it."""
    reading = read(raw, region)
    expected = phonenumbers.parse(raw, region)
    assert reading is not None, raw
    assert reading.number == expected
    assert reading.e164 == phonenumbers.format_number(expected, PhoneNumberFormat.E164)


@pytest.mark.parametrize(("raw", "region"), [("022 123 45 67", "CH"), ("020 123 4567", "NL")])
def test_a_number_grouped_as_its_country_writes_it_is_read_in_that_plan(
    raw: str, region: str
) -> None:
    """'022 123 45 67' is a Geneva number by its grouping, '020 123 4567' an Amsterdam one, not
    French or German numbers, where their digits are valid too."""
    reading = national(raw, (), cued=True)
    assert reading is not None
    assert phonenumbers.region_code_for_number(reading.number) == region


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berger, Tel. 021 234 56 78\nMarc Dubois, Tel.\n030 1234567",
        "Liste:\nTel. 0171 1234567\nTel. 06 12 34 56 78\nTel. 347 123 4567",
    ],
)
def test_every_number_of_a_contact_list_is_found(classifier: Classifier, text: str) -> None:
    """Each line's number is found, also when its cue ends the line before."""
    assert len(found(classifier, text, PHONE)) == text.count("Tel.")
