"""Identifiers, dates of birth and passports in every form people write them (issue 11, family 3).

Valid values are computed here with python-stdnum's check-digit functions, never copied from an
evaluation set; each scheme also has hard negatives (bad checksum, order numbers, prices, phone
numbers, dates without a birth cue).
"""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.at import vnr
from stdnum.es import cif, dni
from stdnum.es import nif as es_nif
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.pl import pesel
from stdnum.pt import nif

from tests.found import classify_text

NID = "pii.national_id"


def _hetu(date: str, sign: str, serial: str) -> str:
    """A valid Finnish HETU (the control character does not depend on the century sign)."""
    return date + sign + serial + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + serial) % 31]


def _nir(body: str) -> str:
    """A valid French NIR: the 13 characters and their two-digit key."""
    return body + nir.calc_check_digits(body)


def _nn(body: str) -> str:
    """A valid Belgian national number (born before 2000): 9 digits and the mod-97 key."""
    return f"{body}{97 - int(body) % 97:02d}"


def _cf(body: str) -> str:
    """A valid codice fiscale (omocodia letters included) with its check letter."""
    return body + codicefiscale.calc_check_digit(body)


def _luhn(body: str) -> str:
    """The digits with their Luhn check digit (cards, Swedish personnummer)."""
    return body + luhn.calc_check_digit(body)


def _svnr(serial: str, dob: str) -> str:
    """A valid Austrian SV-Nr: serial, check digit, a space, date of birth."""
    return serial + vnr.calc_check_digit(serial + "0" + dob) + " " + dob


def bsn_valid(number: str) -> bool:
    """The Dutch eleven-test (the last digit counts -1)."""
    return sum((9 - i) * int(n) for i, n in enumerate(number[:-1])) % 11 == int(number[-1])


def _fours(digits: str, sep: str = " ") -> str:
    """Digits in groups of four."""
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


HETUS = [_hetu("050312", sign, "457") for sign in "+-ABCDEFUVWXY"]
NIR = _nir("1920375123456")
NIR_2A = _nir("192032A123456")
NIR_2B = _nir("292032B654321")
NN = _nn("921104187")
NN_DOTTED = f"{NN[:2]}.{NN[2:4]}.{NN[4:6]}-{NN[6:9]}.{NN[9:]}"
NN_SPACED = f"{NN[:2]} {NN[2:4]} {NN[4:6]} {NN[6:9]} {NN[9:]}"
CF = _cf("BNCGPP72C15F205")
CF_OMO1 = _cf("BNCGPP72C15F20R")
CF_OMO3 = _cf("BNCGPP72C15FNLR")
SE = _luhn("740523321")
SVNR = _svnr("458", "150376")
IDNR = "86095742719"[:10] + mod_11_10.calc_check_digit("8609574271")
BE_VAT = "0" + "7654321" + f"{97 - int('07654321') % 97:02d}"
ES_VAT = "B" + "6543210" + cif.calc_check_digits("B6543210")[0]
PL_DIGITS = "739108234"
PL_VAT = PL_DIGITS + str(
    sum(w * int(d) for w, d in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), PL_DIGITS, strict=True)) % 11
)
DE_VAT = "27458193" + mod_11_10.calc_check_digit("27458193")
DNI = "47308215" + dni.calc_check_digit("47308215")
BSN = next(f"31827465{d}" for d in "0123456789" if bsn_valid(f"31827465{d}"))
NIF = "25813640" + nif.calc_check_digit("25813640")
NIF_5 = "55813640" + nif.calc_check_digit("55813640")
MAESTRO = _luhn("501830741852963")
MAESTRO_19 = _luhn("675930741852963074")
MAESTRO_18 = _luhn("63043074185296307")
MAESTRO_6 = _luhn("676330741852963")
JCB = _luhn("358930741852963")
JCB_19 = _luhn("352830741852963074")
PESEL = "8712030457" + pesel.calc_check_digit("8712030457")  # born 3 December 1987
PESEL_2004 = "0427110832" + pesel.calc_check_digit("0427110832")  # month 27: July 2004
PESEL_1887 = "8787110832" + pesel.calc_check_digit("8787110832")  # month 87: July 1887
SE_12 = "19" + SE
DNI_7 = "4730821" + dni.calc_check_digit("04730821")
NIF_M = next(f"M4730821{c}" for c in "ABCDEFGHJKLMNPQRSTVWXYZ" if es_nif.is_valid(f"M4730821{c}"))
NINO_LOWER = "jg 10 37 52 b"


def _grouped_idnr(digits: str) -> str:
    """A German IdNr as the Federal Central Tax Office prints it: 2-3-3-3."""
    return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}"


SVNR_BAD_DATE = next(
    f"{s} 451376"
    for s in (f"{n}{d}" for n in range(458, 999) for d in "0123456789")
    if vnr.is_valid(f"{s}451376")
)

#: (text, the exact value a finding must cover, finding type, subtype or None to skip)
POSITIVES: list[tuple[str, str, str, str | None]] = [
    *((f"henkilötunnus {h}", h, NID, "fi.hetu") for h in HETUS),
    (f"hetu {HETUS[3].lower()}", HETUS[3].lower(), NID, "fi.hetu"),
    # temporary numbers (individual part 900-999) identify a person too
    *((f"henkilötunnus {h}", h, NID, "fi.hetu") for h in (_hetu("020594", "X", "903"),)),
    (f"NIR {NIR}", NIR, NID, "fr.nir"),
    (f"NIR {NIR[:13]} {NIR[13:]}", f"{NIR[:13]} {NIR[13:]}", NID, "fr.nir"),
    (f"sécu {NIR[:13]}-{NIR[13:]}", f"{NIR[:13]}-{NIR[13:]}", NID, "fr.nir"),
    (f"n° {NIR_2A}", NIR_2A, NID, "fr.nir"),
    (f"NIR: {NIR_2B[:13]} {NIR_2B[13:]}", f"{NIR_2B[:13]} {NIR_2B[13:]}", NID, "fr.nir"),
    (
        f"NIR 2 92 03 2B 654 321 {NIR_2B[13:]}",
        f"2 92 03 2B 654 321 {NIR_2B[13:]}",
        NID,
        "fr.nir",
    ),
    (f"INSZ {NN_DOTTED}", NN_DOTTED, NID, "be.nn"),
    (NN_DOTTED, NN_DOTTED, NID, "be.nn"),
    (NN_SPACED, NN_SPACED, NID, "be.nn"),
    (f"Rijksregisternummer {NN}", NN, NID, "be.nn"),
    (f"Controleer {NN} nog even", NN, NID, "be.nn"),
    (f"codice fiscale {CF}", CF, NID, "it.codicefiscale"),
    (f"CF: {CF_OMO1}", CF_OMO1, NID, "it.codicefiscale"),
    (f"CF: {CF_OMO3}", CF_OMO3, NID, "it.codicefiscale"),
    (f"personnummer 19{SE[:6]}-{SE[6:]}", f"19{SE[:6]}-{SE[6:]}", NID, "se.personnummer"),
    (f"{SE[:6]}-{SE[6:]}", f"{SE[:6]}-{SE[6:]}", NID, "se.personnummer"),
    (f"{SE[:6]}+{SE[6:]}", f"{SE[:6]}+{SE[6:]}", NID, "se.personnummer"),
    (f"personnummer 19{SE}", f"19{SE}", NID, "se.personnummer"),
    # bare: the date and the Luhn digit let through 0.35 % of random 10-digit numbers
    (f"Please double-check {SE} before you send it.", SE, NID, "se.personnummer"),
    (f"{SE_12} är mitt pnr.", SE_12, NID, "se.personnummer"),
    (f"My personal identity code is: {SE_12}.", SE_12, NID, "se.personnummer"),
    (f"Sprawdź jeszcze raz {PESEL} przed wysłaniem.", PESEL, NID, "pl.pesel"),
    (f"{PESEL_2004}", PESEL_2004, NID, "pl.pesel"),
    (f"Bitte prüf noch einmal {IDNR}, danke.", IDNR, NID, "de.idnr"),
    (
        f"Bitte prüf noch einmal {_grouped_idnr(IDNR)}, danke.",
        _grouped_idnr(IDNR),
        NID,
        "de.idnr",
    ),
    (f"Bitte noch einmal {SVNR} prüfen.", SVNR, NID, "at.svnr"),
    (f"{SE_12[:8]}-{SE_12[8:]} is mine", f"{SE_12[:8]}-{SE_12[8:]}", NID, "se.personnummer"),
    (f"My id code is{HETUS[4]}.", HETUS[4], NID, "fi.hetu"),
    (f"NI number {NINO_LOWER}", NINO_LOWER, NID, "gb.nino"),
    (f"DNI {DNI_7}", DNI_7, NID, "es.dni"),
    (
        f"DNI: {DNI_7[0]}.{DNI_7[1:4]}.{DNI_7[4:7]}-{DNI_7[7]}",
        f"{DNI_7[0]}.{DNI_7[1:4]}.{DNI_7[4:7]}-{DNI_7[7]}",
        NID,
        "es.dni",
    ),
    (
        f"NIF: {NIF_M[0]}-{NIF_M[1:8]}-{NIF_M[8]}",
        f"{NIF_M[0]}-{NIF_M[1:8]}-{NIF_M[8]}",
        NID,
        "es.nif",
    ),
    (f"SV-Nr. {SVNR}", SVNR, NID, "at.svnr"),
    (f"SV Nr: {SVNR}", SVNR, NID, "at.svnr"),
    (f"Versicherungsnummer {SVNR.replace(' ', '')}", SVNR.replace(" ", ""), NID, "at.svnr"),
    (
        f"Steuer-ID {IDNR[:2]} {IDNR[2:5]} {IDNR[5:8]} {IDNR[8:]}",
        f"{IDNR[:2]} {IDNR[2:5]} {IDNR[5:8]} {IDNR[8:]}",
        NID,
        "de.idnr",
    ),
    (f"IdNr. {IDNR}", IDNR, NID, "de.idnr"),
    (
        f"DNI {DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{DNI[8]}",
        f"{DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{DNI[8]}",
        NID,
        "es.dni",
    ),
    (f"BSN {BSN[:3]} {BSN[3:6]} {BSN[6:]}", f"{BSN[:3]} {BSN[3:6]} {BSN[6:]}", NID, "nl.bsn"),
    # the BSN as Dutch passports and ID cards print it stands alone
    (
        f"graag {BSN[:4]}.{BSN[4:6]}.{BSN[6:]} controleren",
        f"{BSN[:4]}.{BSN[4:6]}.{BSN[6:]}",
        NID,
        "nl.bsn",
    ),
    ("SSN 536 90 4399", "536 90 4399", NID, "us.ssn"),
    (f"NIF {NIF[:3]} {NIF[3:6]} {NIF[6:]}", f"{NIF[:3]} {NIF[3:6]} {NIF[6:]}", NID, "pt.nif"),
    # a company's NIF is its VAT number, not a national ID
    (f"NIF {NIF_5}", NIF_5, "financial.vat_id", None),
    (
        f"TVA BE (0){BE_VAT[1:4]}.{BE_VAT[4:7]}.{BE_VAT[7:]}",
        f"BE (0){BE_VAT[1:4]}.{BE_VAT[4:7]}.{BE_VAT[7:]}",
        "financial.vat_id",
        None,
    ),
    (
        f"BE {BE_VAT[:4]}.{BE_VAT[4:7]}.{BE_VAT[7:]}",
        f"BE {BE_VAT[:4]}.{BE_VAT[4:7]}.{BE_VAT[7:]}",
        "financial.vat_id",
        None,
    ),
    (f"be{BE_VAT}", f"be{BE_VAT}", "financial.vat_id", None),
    (f"ES {ES_VAT[0]}-{ES_VAT[1:]}", f"ES {ES_VAT[0]}-{ES_VAT[1:]}", "financial.vat_id", None),
    (f"es{ES_VAT.lower()}", f"es{ES_VAT.lower()}", "financial.vat_id", None),
    (
        f"NIP: PL {PL_VAT[:3]}-{PL_VAT[3:6]}-{PL_VAT[6:8]}-{PL_VAT[8:]}",
        f"PL {PL_VAT[:3]}-{PL_VAT[3:6]}-{PL_VAT[6:8]}-{PL_VAT[8:]}",
        "financial.vat_id",
        None,
    ),
    (
        f"USt-IdNr.: DE {DE_VAT[:3]} {DE_VAT[3:6]} {DE_VAT[6:]}",
        f"DE {DE_VAT[:3]} {DE_VAT[3:6]} {DE_VAT[6:]}",
        "financial.vat_id",
        None,
    ),
    (f"USt-IdNr. de {DE_VAT}", f"de {DE_VAT}", "financial.vat_id", None),
    (f"de{DE_VAT}", f"de{DE_VAT}", "financial.vat_id", None),
    (f"DE-{DE_VAT}", f"DE-{DE_VAT}", "financial.vat_id", None),
    (
        f"USt-IdNr. DE.{DE_VAT[:3]}.{DE_VAT[3:6]}.{DE_VAT[6:]}",
        f"DE.{DE_VAT[:3]}.{DE_VAT[3:6]}.{DE_VAT[6:]}",
        "financial.vat_id",
        None,
    ),
    (f"see DE{DE_VAT}.", f"DE{DE_VAT}", "financial.vat_id", None),
    (f"card {_fours(MAESTRO)}", _fours(MAESTRO), "financial.credit_card", None),
    (f"card {_fours(MAESTRO, '-')}", _fours(MAESTRO, "-"), "financial.credit_card", None),
    (f"Maestro {_fours(MAESTRO_19)}", _fours(MAESTRO_19), "financial.credit_card", None),
    (f"Maestro {MAESTRO_6}", MAESTRO_6, "financial.credit_card", None),
    (f"Maestro {_fours(MAESTRO_18)}", _fours(MAESTRO_18), "financial.credit_card", None),
    (f"JCB {_fours(JCB)}", _fours(JCB), "financial.credit_card", None),
    (f"JCB {JCB_19}", JCB_19, "financial.credit_card", None),
    ("passport_number: 18AB12345", "18AB12345", "pii.passport", "fr"),
    ('"passportNumber": "07KC43981"', "07KC43981", "pii.passport", "fr"),
    ("N° de passeport : 07KC43981", "07KC43981", "pii.passport", "fr"),
    ("Reisepass-Nr. CFGH1K2L7", "CFGH1K2L7", "pii.passport", "de"),
    ("Pass-Nr.: C7TF2KLM9", "C7TF2KLM9", "pii.passport", "de"),
    ("numero di passaporto YB4567123", "YB4567123", "pii.passport", "it"),
    ("número de pasaporte: PAB123456", "PAB123456", "pii.passport", "es"),
    ("paspoortnummer NW4K7R2P8", "NW4K7R2P8", "pii.passport", "nl"),
    ("numer paszportu EC7654321", "EC7654321", "pii.passport", "pl"),
    ("nº de passaporte CB123456", "CB123456", "pii.passport", "pt"),
    ("passport: XDA654321", "XDA654321", "pii.passport", "es"),
    ("my Belgian passport EH482913", "EH482913", "pii.passport", "be"),
]

_DOB = "pii.date_of_birth"
#: (text, the date it carries): numeric and month-name forms, with the cues of 7 languages.
DOBS: list[tuple[str, str]] = [
    ("Date of birth: 04/11/1978", "04/11/1978"),
    ("DOB 04.11.1978", "04.11.1978"),
    ("D.O.B: 1978-11-04", "1978-11-04"),
    ("born 4-11-78", "4-11-78"),
    ("born on 4 November 1978", "4 November 1978"),
    ("born on November 4, 1978", "November 4, 1978"),
    ("born on the 4th of November 1978", "4th of November 1978"),
    ("date_of_birth: 1978-11-04", "1978-11-04"),
    ('"dateOfBirth": "1978-11-04"', "1978-11-04"),
    ("birth_date=04/11/1978", "04/11/1978"),
    ("né(e) le 4 novembre 1978", "4 novembre 1978"),
    ("née le 1er févr. 1978", "1er févr. 1978"),
    ("date de naissance : 04/11/1978", "04/11/1978"),
    ("geboren am 4. November 1978", "4. November 1978"),
    ("Geburtsdatum: 04.11.78", "04.11.78"),
    ("geb. 4. 11. 1978", "4. 11. 1978"),
    ("nato/a il 4 novembre 1978", "4 novembre 1978"),
    ("nata il 04/11/1978", "04/11/1978"),
    ("data di nascita: 4 nov 1978", "4 nov 1978"),
    ("nacido/a el 4 de noviembre de 1978", "4 de noviembre de 1978"),
    ("fecha de nacimiento: 04-11-1978", "04-11-1978"),
    ("geboren op 4 november 1978", "4 november 1978"),
    ("geboortedatum: 04-11-1978", "04-11-1978"),
    ("urodzony/a 4 listopada 1978 r.", "4 listopada 1978"),
    ("data urodzenia: 04.11.1978", "04.11.1978"),
    ("urodzona 4 XI 1978", "4 XI 1978"),
    ("data urodzenia: 4.XI.1978", "4.XI.1978"),
    # compact forms of data exports and forms, two-digit years, airline style
    ("DOB: 19781104", "19781104"),
    ("Geburtsdatum: 04111978", "04111978"),
    ("geboortedatum=04111978", "04111978"),
    ("born 4 Nov 78", "4 Nov 78"),
    ("nata il 4 nov '78", "4 nov '78"),
    ("DOB 04NOV1978", "04NOV1978"),
]

#: (text, a finding type it must not produce)
NEGATIVES: list[tuple[str, str]] = [
    (f"henkilötunnus {HETUS[2][:-1]}G", NID),
    (f"NIR {NIR[:13]} {int(NIR[13:]) % 97 + 1:02d}", NID),
    (f"NIR {NIR_2A[:13]}{int(NIR_2A[13:]) % 97 + 1:02d}", NID),
    (f"{NN[:2]}.{NN[2:4]}.{NN[4:6]}-{NN[6:9]}.{int(NN[9:]) % 97 + 1:02d}", NID),
    (NN_SPACED, "pii.phone"),
    (f"Rijksregisternummer: {NN_SPACED}", "pii.phone"),
    ("Tel. 85 17 30 033 28", NID),
    (f"CF: {CF_OMO3[:-1]}{'A' if CF_OMO3[-1] != 'A' else 'B'}", NID),
    (f"{SE[:6]}+{SE[6:9]}{(int(SE[9]) + 1) % 10}", NID),
    (f"Bestellnummer {SVNR}", NID),
    (f"Bitte noch einmal {SVNR_BAD_DATE} prüfen.", NID),  # 45.13.76 is no date of birth
    (f"Numer zamówienia {PESEL}", NID),
    (f"Bestellung {IDNR}", NID),
    (f"Bestelling {NN}", NID),
    (f"Umsatz {_grouped_idnr(IDNR)} EUR", NID),
    (f"{PESEL} zł", NID),
    (f"Sprawdź jeszcze raz {PESEL_1887}", NID),  # born in 1887: no living person's PESEL
    (f"Order {SE} shipped", NID),
    (f"tel. {SE}", NID),
    (f"VAT number: IE {DNI_7}", NID),  # seven digits and a letter: Irish, not a bare DNI
    (f"{NINO_LOWER[:-1]}e", NID),
    (f"Rechnung {IDNR[:2]} {IDNR[2:5]} {IDNR[5:8]} {IDNR[8:]}", NID),
    ("Tel. +32 470 12 34 56", NID),
    (f"Auftrag {BSN[:3]} {BSN[3:6]} {BSN[6:]}", NID),
    (f"Auftrag {BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", NID),
    ("Order 536-90-4399", NID),
    # natural persons only: a Portuguese NIF starting with 5 is a company's
    (f"NIF {NIF_5}", NID),
    ("call 536 90 4399", NID),  # spaced, no cue: not an SSN
    (f"DNI {DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{'A' if DNI[8] != 'A' else 'B'}", NID),
    ("appelez le 06 12 34 56 78", NID),
    (
        f"BE {BE_VAT[:4]}.{BE_VAT[4:7]}.{BE_VAT[7:8]}{(int(BE_VAT[8:]) + 1) % 100:02d}",
        "financial.vat_id",
    ),
    (f"la facture de {DE_VAT[:3]} {DE_VAT[3:6]} {DE_VAT[6:]} euros", "financial.vat_id"),
    ("Prix : 1.234.567,89 EUR", "financial.vat_id"),
    ("total 4 532,00 EUR", "financial.credit_card"),
    (f"card {_fours(MAESTRO[:-1] + str((int(MAESTRO[-1]) + 1) % 10))}", "financial.credit_card"),
    (f"order {_luhn('501830741852')}", "financial.credit_card"),
    ("Order no. 6012 3456 7890 1235", "financial.credit_card"),
    ("card 6759 6498 2643 8453", "financial.credit_card"),
    (f"account {_luhn('50183074185296307')}", "financial.credit_card"),
    ("passport: SPECI2014", "pii.passport"),
    ("the passport office opens at 9", "pii.passport"),
    ("Reisepass beantragen bis 12.03.2025", "pii.passport"),
    ("Invoice date 04/11/1978", _DOB),
    ("Meeting on 4 November 1978", _DOB),
    ("Rechnung vom 4. November 1978", _DOB),
    ("le 4 novembre 1978 à Paris, la réunion a eu lieu", _DOB),
    ("fattura del 4 novembre 1978", _DOB),
    ("patients born before 04/11/1978", _DOB),
    ("WHERE dob > '1978-11-04'", _DOB),
    ("Date of birth: 31/02/1978", _DOB),
    ("born 4-11/78", _DOB),
    ("price 12.03.85 EUR", _DOB),
    ("the NATO summit of 4.11.78", _DOB),
    ("DOB: 19781340", _DOB),  # no 13th month
    ("Geburtsdatum: 31021978", _DOB),
    ("Invoice 19781104", _DOB),
    ("Geburtsdatum: 04111978", "pii.phone"),  # the date, not a landline
    # the authorities' published examples
    ("personnummer 811218-9876", NID),
    ("personnummer 19811218-9876", NID),
    ("Rijksregisternummer 85.07.30-033.28", NID),
    ("SV-Nr. 1237 010180", NID),
]


def _found(text: str) -> set[tuple[str, str | None, str]]:
    """(type, subtype, covered text) of each finding."""
    return {(f.type, f.subtype, text[f.start : f.end]) for f in classify_text(text).findings}


@pytest.mark.parametrize(("text", "value", "kind", "subtype"), POSITIVES)
def test_written_form_is_found(text: str, value: str, kind: str, subtype: str | None) -> None:
    """Each written form yields a finding of its type and scheme spanning exactly the value."""
    found = _found(text)
    assert any(
        t == kind and (subtype is None or s == subtype) and v == value for t, s, v in found
    ), found


@pytest.mark.parametrize(("text", "date"), DOBS)
def test_birth_date_form_is_found(text: str, date: str) -> None:
    """Each written date after a birth cue of one of the 7 languages is a date of birth."""
    assert (_DOB, None, date) in _found(text)


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_lookalike_is_not_found(text: str, kind: str) -> None:
    """Invalid checksums, order numbers, prices, phones and uncued dates are not findings."""
    assert kind not in {t for t, _, _ in _found(text)}
