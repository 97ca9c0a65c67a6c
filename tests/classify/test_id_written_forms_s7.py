"""More written forms of national identifiers (issue 11, family 3): lower case, and the groupings
people type with a cue word. Valid values are computed with python-stdnum's check functions;
each form has hard negatives (a wrong check character, no cue where the scheme needs one).
"""

from __future__ import annotations

import pytest
from stdnum.dk import cpr
from stdnum.es import nie
from stdnum.ie import vat as ie_check
from stdnum.it import codicefiscale

from tests.found import classify_text

NID = "pii.national_id"
_CF = "BNCGNN72C14F205" + codicefiscale.calc_check_digit("BNCGNN72C14F205")
_NIE = "Y6771478" + nie.calc_check_digit("Y6771478")
_PPS = "8031986" + ie_check.calc_check_digit("8031986")
_CPR = next(f"140383{n:04d}" for n in range(4000, 10000) if cpr.is_valid(f"140383{n:04d}"))


def _bsn() -> str:
    """A BSN that passes the eleven-test (computed, so the row cannot hold a typo)."""
    for last in range(10):
        number = "12426922" + str(last)
        if sum((9 - i) * int(n) for i, n in enumerate(number[:-1])) % 11 == last:
            return number
    raise AssertionError("no check digit")


def _nn(body: str, sep: str) -> str:
    """A Belgian national number (born before 2000) as YYMMDD-SSS-CC with ``sep``."""
    key = f"{97 - int(body) % 97:02d}"
    return f"{body[:6]}{sep}{body[6:9]}{sep}{key}"


BSN = _bsn()
FOUND = [
    (f"codice fiscale: {_CF.lower()}", _CF.lower(), "it.codicefiscale"),
    (f"Cod. fisc. {_CF.lower()}", _CF.lower(), "it.codicefiscale"),
    (f"C.F. {_CF[:6]} {_CF[6:11]} {_CF[11:]}", _CF[:6], "it.codicefiscale"),
    (f"Il mio codice fiscale è {_CF[:6]} {_CF[6:11]} {_CF[11:]}.", _CF[:6], "it.codicefiscale"),
    (f"NIE: {_NIE.lower()}", _NIE.lower(), "es.nie"),
    (f"mi número de extranjero es {_NIE.lower()}", _NIE.lower(), "es.nie"),
    # mixed case, as typed on a phone: a lower-case letter before the digits or after them
    (f"mi NIE es {_NIE[0].lower()}{_NIE[1:]}", f"{_NIE[0].lower()}{_NIE[1:]}", "es.nie"),
    (f"NIE {_NIE[:-1]}{_NIE[-1].lower()}", f"{_NIE[:-1]}{_NIE[-1].lower()}", "es.nie"),
    ("my national insurance number is jg103759a", "jg103759a", "gb.nino"),
    ("NINo: jg 103759 a", "jg 103759 a", "gb.nino"),
    (f"PPS number: {_PPS.lower()}", _PPS.lower(), "ie.pps"),
    (f"my PPSN is {_PPS[:7]} {_PPS[7:]}", _PPS[:7], "ie.pps"),
    (f"PPS No. {_PPS[:7]}-{_PPS[7:]}", _PPS[:7], "ie.pps"),
    (f"BSN: {BSN[:3]}-{BSN[3:6]}-{BSN[6:]}", BSN[:3], "nl.bsn"),
    (f"mijn burgerservicenummer is {BSN[:4]} {BSN[4:6]} {BSN[6:]}", BSN[:4], "nl.bsn"),
    (f"rijksregisternummer {_nn('650409044', '-')}", _nn("650409044", "-"), "be.nn"),
    (f"numéro national : {_nn('840817965', '-')}", _nn("840817965", "-"), "be.nn"),
]


@pytest.mark.parametrize(("text", "value", "subtype"), FOUND)
def test_written_form_is_found(text: str, value: str, subtype: str) -> None:
    """The identifier is found, as its scheme, over the value."""
    result = classify_text(text)
    spans = [
        text[f.start : f.end] for f in result.findings if f.type == NID and f.subtype == subtype
    ]
    assert any(value in span for span in spans), (text, result.findings)


_BAD_CF = _CF[:-1] + ("A" if _CF[-1] != "A" else "B")
_BAD_NIE = _NIE[:-1] + ("A" if _NIE[-1] != "A" else "B")
NOT_FOUND = [
    f"codice fiscale: {_BAD_CF.lower()}",  # wrong check letter
    f"see {_CF[:6]} {_CF[6:11]} {_CF[11:]} for the layout",  # grouped, no cue
    _CF.lower(),  # lower case, no cue
    f"NIE: {_BAD_NIE.lower()}",
    f"NIE {_BAD_NIE[:-1]}{_BAD_NIE[-1].lower()}",  # mixed case, wrong check letter
    f"order {_CPR[:6]} {_CPR[6:]}",  # a spaced CPR-shaped number without its cue
    "ref jg103759a",  # a lower-case NINO shape without its cue
    "El nino juega. Código de pedido: ce123456d",  # Spanish "nino", not NINO
    "Paolo e Nino sono arrivati. Ordine jg103759a",
    f"Mit CPR er på kortet. Kontonr. {_CPR[:6]} {_CPR[6:]}",  # the cue a sentence before
    "national insurance number: dq103759a",  # a prefix HMRC never issues
    f"ticket {_PPS[:7]} {_PPS[7:]} was closed",  # spaced PPS without its cue
    f"order {BSN[:3]}-{BSN[3:6]}-{BSN[6:]} shipped",  # dashed nine digits without a cue
    "rijksregisternummer 650409-044-13",  # wrong mod-97 key
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_lookalike_is_not_an_identifier(text: str) -> None:
    """A wrong check character, or a loose form without its cue, is no national identifier."""
    assert not [f for f in classify_text(text).findings if f.type == NID], text
