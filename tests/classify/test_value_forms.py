"""IBANs, BICs, VAT numbers, passports, phones and e-mail addresses as people write them
(issue 11, family 3), with hard negatives.

Checksummed values are computed here with python-stdnum, never copied from an evaluation set.
"""

from __future__ import annotations

import pytest
from stdnum import iban, luhn
from stdnum.eu import vat
from stdnum.fr import tva
from stdnum.iso7064 import mod_11_10
from stdnum.it import iva
from stdnum.ro import cf

from tests.found import classify_text


def _iban(country: str, bban: str) -> str:
    """A valid IBAN: the country, its ISO 13616 check digits and the account."""
    return country + iban.calc_check_digits(country + "00" + bban) + bban


def _groups(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """The value cut into groups of the given sizes (the rest in the last group)."""
    out, pos = [], 0
    for size in sizes:
        out.append(value[pos : pos + size])
        pos += size
    return sep.join([*out, value[pos:]] if pos < len(value) else out)


NO_IBAN = _iban("NO", "86011117947")
ME_IBAN = _iban("ME", "505000012345678951")
DE_IBAN = _iban("DE", "370502991234567890")
#: Valid by the ISO mod-97 check, not by the Spanish bank's own CCC digits (11 instead of 45).
ES_IBAN = _iban("ES", "21000418114502000513")
#: A Romanian CIF of seven digits (they run from 2 to 10).
RO_VAT = next(f"402973{d}" for d in "0123456789" if cf.is_valid(f"402973{d}"))
SIREN = "73282932" + luhn.calc_check_digit("73282932")
FR_VAT = f"{(12 + 3 * (int(SIREN) % 97)) % 97:02d}{SIREN}"  # the key of the DGFiP
assert tva.is_valid(FR_VAT)
DE_VAT = "15839274" + mod_11_10.calc_check_digit("15839274")
PIVA = "0284613015" + luhn.calc_check_digit("0284613015")  # partita IVA: Luhn
assert iva.is_valid(PIVA)
#: A Czech DIČ of a person is the birth number: YYMMDD (women: month + 50) and four digits,
#: the whole divisible by 11.
CZ_VAT = next(f"835714{n:04d}" for n in range(1000, 10000) if vat.is_valid(f"CZ835714{n:04d}"))

#: (text, the exact value a finding must cover, finding type, subtype or None to skip)
POSITIVES: list[tuple[str, str, str, str | None]] = [
    # IBAN: country code set apart, irregular groups, dots, dashes, lower case
    (f"IBAN: NO {NO_IBAN[2:]}", f"NO {NO_IBAN[2:]}", "financial.iban", None),
    (
        f"Konto {_groups(NO_IBAN, (2, 2, 4, 2))}",
        _groups(NO_IBAN, (2, 2, 4, 2)),
        "financial.iban",
        None,
    ),
    (
        f"please pay to {_groups(ME_IBAN, (2, 2, 4, 4, 4, 4))} today",
        _groups(ME_IBAN, (2, 2, 4, 4, 4, 4)),
        "financial.iban",
        None,
    ),
    (
        f"IBAN {_groups(DE_IBAN, (5, 5, 4, 6))}",
        _groups(DE_IBAN, (5, 5, 4, 6)),
        "financial.iban",
        None,
    ),
    (
        f"iban {_groups(DE_IBAN.lower(), (4,) * 5)}",
        _groups(DE_IBAN.lower(), (4,) * 5),
        "financial.iban",
        None,
    ),
    (
        f"IBAN {_groups(DE_IBAN, (4,) * 5, '-')}",
        _groups(DE_IBAN, (4,) * 5, "-"),
        "financial.iban",
        None,
    ),
    (
        f"IBAN {_groups(DE_IBAN, (4,) * 5, '.')}",
        _groups(DE_IBAN, (4,) * 5, "."),
        "financial.iban",
        None,
    ),
    (
        f"revisa {_groups(ES_IBAN, (4,) * 5)} antes",
        _groups(ES_IBAN, (4,) * 5),
        "financial.iban",
        None,
    ),
    # BIC after its label, of any country (letters only: the label makes it one)
    ("BIC: ABNAJPJT", "ABNAJPJT", "financial.bic", None),
    ("SWIFT code: KOMBCZPP", "KOMBCZPP", "financial.bic", None),
    ("Swift: BKCHCNBJ110", "BKCHCNBJ110", "financial.bic", None),
    # VAT numbers: title-case code, dash set apart, Czech birth-number DIČ, short Romanian CIF
    (
        f"VAT number: Fr {FR_VAT[:2]} {FR_VAT[2:5]} {FR_VAT[5:8]} {FR_VAT[8:]}",
        f"Fr {FR_VAT[:2]} {FR_VAT[2:5]} {FR_VAT[5:8]} {FR_VAT[8:]}",
        "financial.vat_id",
        None,
    ),
    (f"USt-IdNr.: DE - {DE_VAT}", f"DE - {DE_VAT}", "financial.vat_id", None),
    (
        f"DIČ: CZ {CZ_VAT[:6]}/{CZ_VAT[6:]}",
        f"CZ {CZ_VAT[:6]}/{CZ_VAT[6:]}",
        "financial.vat_id",
        None,
    ),
    (f"CIF: RO {RO_VAT}", f"RO {RO_VAT}", "financial.vat_id", None),
    # an Italian company's codice fiscale is its partita IVA (not a person's national ID)
    (f"Codice fiscale: {PIVA}.", PIVA, "financial.vat_id", None),
    (f"P. IVA {PIVA}", PIVA, "financial.vat_id", None),
    # passports: the number first, the cue after, in the languages
    ("AAB123456 es mi número de pasaporte", "AAB123456", "pii.passport", "es"),
    ("YB4567123 è il mio passaporto", "YB4567123", "pii.passport", "it"),
    ("EH482913 est mon passeport belge", "EH482913", "pii.passport", "be"),
    ("NW4K7R2P8 (paspoort)", "NW4K7R2P8", "pii.passport", "nl"),
    ("EC7654321 to numer mojego paszportu", "EC7654321", "pii.passport", "pl"),
    # phones: the 00 prefix, and national formats outside the EU after a cue
    ("ruf mich an: 0049 30 12345678", "0049 30 12345678", "pii.phone", None),
    ("appelle-moi au 0033 6 12 34 56 78", "0033 6 12 34 56 78", "pii.phone", None),
    ("My Swiss number is 044 668 18 00", "044 668 18 00", "pii.phone", None),
    ("my mobile number is 079 612 34 56", "079 612 34 56", "pii.phone", None),
    # e-mail addresses with internationalised domains
    ("schreib an jörg.müller@bücher.de bitte", "jörg.müller@bücher.de", "pii.email", None),
    ("mail: anna@żółw.pl.", "anna@żółw.pl", "pii.email", None),
    ("write to piotr.nowak@xn--w-uga1v8h.pl", "piotr.nowak@xn--w-uga1v8h.pl", "pii.email", None),
    ("ivan@xn--e1afmkfd.xn--p1ai", "ivan@xn--e1afmkfd.xn--p1ai", "pii.email", None),
]

#: (text, a finding type it must not produce)
NEGATIVES: list[tuple[str, str]] = [
    (f"IBAN: NO {NO_IBAN[2:-1]}{(int(NO_IBAN[-1]) + 1) % 10}", "financial.iban"),
    (f"IBAN {_groups(DE_IBAN, (4,) * 5)[:-1]}{(int(DE_IBAN[-1]) + 1) % 10}", "financial.iban"),
    ("NO 12 people came in 2024 3456 times", "financial.iban"),
    # an upper-case word that spells a BIC with a non-European country is not one without a label
    ("the bank was STANDARD in every way", "financial.bic"),
    ("the bank sent a BUSINESS letter", "financial.bic"),
    ("BIC: ABNAXXJT", "financial.bic"),  # XX is no country
    (f"De {DE_VAT[:3]} {DE_VAT[3:6]} {DE_VAT[6:]} personen", "financial.vat_id"),
    (f"CIF: RO {RO_VAT[:-1]}{(int(RO_VAT[-1]) + 1) % 10}", "financial.vat_id"),
    (f"totale {PIVA}", "financial.vat_id"),
    (f"Codice fiscale: {PIVA}", "pii.national_id"),
    ("Flight LH1234 then passport control", "pii.passport"),
    ("Gate B12345678. Passport ready", "pii.passport"),
    ("abc123456 es mi pasaporte", "pii.passport"),  # lower case reads as a handle
    ("my order number is 0791 234 567", "pii.phone"),
    ("Geburtsdatum: 04111978", "pii.phone"),
    ("user@bücher.de", "pii.email"),  # a placeholder mailbox
    ("info@bücher.de", "pii.email"),  # a role mailbox, no person
    ("icon@2x.png", "pii.email"),
]


def _found(text: str) -> set[tuple[str, str | None, str]]:
    """(type, subtype, covered text) of each finding."""
    return {(f.type, f.subtype, text[f.start : f.end]) for f in classify_text(text).findings}


@pytest.mark.parametrize(("text", "value", "kind", "subtype"), POSITIVES)
def test_value_form_is_found(text: str, value: str, kind: str, subtype: str | None) -> None:
    """Each written form yields a finding of its type spanning exactly the value."""
    found = _found(text)
    assert any(
        t == kind and (subtype is None or s == subtype) and v == value for t, s, v in found
    ), found


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_lookalike_value_is_not_found(text: str, kind: str) -> None:
    """Bad checksums, words, flights, order numbers and placeholders are not findings."""
    assert kind not in {t for t, _, _ in _found(text)}
