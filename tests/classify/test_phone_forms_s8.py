"""Phone numbers, eighth session: the review's open findings and the plan shortcut.

A plan is parsed only when the digits can be one of its numbers; that shortcut must never drop
a number the ``phonenumbers`` library reads as valid. Rows are written here; each positive's
number is checked valid for its country with ``phonenumbers``.
"""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from proxy.classify import Classifier
from proxy.classify.detectors._phone_plans import CUED_REGIONS, national, read
from tests.found import found

PHONE = "pii.phone"


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
