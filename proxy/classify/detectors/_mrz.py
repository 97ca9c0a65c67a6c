"""The machine-readable zone of a passport or identity card (ICAO Doc 9303), as a scan or its
OCR pastes it: two lines of 44 characters (TD3, passports), two of 36 (TD2) or three of 30 (TD1,
identity cards), letters, digits and the filler ``<``.

The zone holds the holder's names, document number, date of birth and nationality. Its fields
carry 7-3-1 check digits (document number, date of birth, expiry); the data line counts when
it has the layout of its format and two of its three check digits hold (one may be misread by
OCR, as "O" for "0"; a random line of that layout passes two about three times in a hundred,
and no other text has that layout). Reported: the data line(s) as ``pii.passport`` (document
type ``P``, subtype the issuing country) or ``pii.national_id`` (``mrz``), and the name field
as ``pii.person_name`` ("DE<WIT<<JOHANNA<CORNELIA": surname, ``<<``, given names).

ICAO's specimens (issued by Utopia, "UTO") and the authorities' ("MUSTERMANN<<ERIKA") are no
findings. The prefilter is a literal, three fillers: every zone pads a field with them
(the names, the optional data), and a literal costs the scan next to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.backends.countries import COUNTRIES
from proxy.classify._base import Detector, Hit, Scan

_C = "[A-Z0-9<]"
_NL = r"[ \t]*\r?\n[ \t]*"
#: TD3: "P", a type letter or filler, the issuing state, the names; then the data line.
_TD3 = (
    rf"(?P<td3>P[A-Z<](?P<s3>[A-Z<]{{3}})(?P<n3>[A-Z<]{{39}}){_NL}"
    rf"(?P<d3>{_C}{{9}}[0-9O]{_C}{{3}}[0-9O]{{7}}[MFX<][0-9O]{{7}}{_C}{{14}}[0-9O<][0-9O]))"
)
#: TD2: "A", "C" or "I", a letter or filler, the state, the names; then the data line.
_TD2 = (
    rf"(?P<td2>[ACI][A-Z<](?P<s2>[A-Z<]{{3}})(?P<n2>[A-Z<]{{31}}){_NL}"
    rf"(?P<d2>{_C}{{9}}[0-9O]{_C}{{3}}[0-9O]{{7}}[MFX<][0-9O]{{7}}{_C}{{7}}[0-9O]))"
)
#: TD1: type, state, document number and its check, optional data; dates; names.
_TD1 = (
    rf"(?P<td1>(?P<d1>[ACI][A-Z<](?P<s1>[A-Z<]{{3}}){_C}{{25}}{_NL}"
    rf"[0-9O]{{7}}[MFX<][0-9O]{{7}}[A-Z<]{{3}}{_C}{{11}}[0-9O]){_NL}(?P<n1>[A-Z<]{{30}}))"
)
_ZONE = re.compile(rf"(?<![A-Z0-9<])(?:{_TD3}|{_TD2}|{_TD1})(?![A-Z0-9<])")
#: ICAO state codes of the European and a few other countries, to their ISO alpha-2 code
#: (Germany is "D", filled with "<"); a state not listed gives no subtype.
_ALPHA3 = {
    "D<<": "DE", "AUT": "AT", "BEL": "BE", "BGR": "BG", "HRV": "HR", "CYP": "CY", "CZE": "CZ",
    "DNK": "DK", "EST": "EE", "FIN": "FI", "FRA": "FR", "GRC": "GR", "HUN": "HU", "IRL": "IE",
    "ITA": "IT", "LVA": "LV", "LTU": "LT", "LUX": "LU", "MLT": "MT", "NLD": "NL", "POL": "PL",
    "PRT": "PT", "ROU": "RO", "SVK": "SK", "SVN": "SI", "ESP": "ES", "SWE": "SE", "GBR": "GB",
    "GBD": "GB", "CHE": "CH", "NOR": "NO", "ISL": "IS", "LIE": "LI", "USA": "US", "CAN": "CA",
    "TUR": "TR", "UKR": "UA",
}  # fmt: skip


#: The holders of the specimens national authorities print (ICAO's are issued by Utopia,
#: "UTO", whoever their holder).
_SPECIMEN_NAMES = ("MUSTERMANN<<", "SPECIMEN<<", "SPECIMAN<<")


def _check(field: str, digit: str) -> bool:
    """Whether ``digit`` is the 7-3-1 check digit of ``field`` (filler 0, A=10 ... Z=35; a
    check digit misread as "O" counts as "0")."""
    total = 0
    for i, char in enumerate(field):
        value = 0 if char == "<" else int(char) if char.isdigit() else ord(char) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10) == digit.replace("O", "0")


def _dates_hold(data: str, at: int) -> int:
    """How many of the document number's, birth date's and expiry's check digits hold in a
    TD2/TD3 data line (the number at 0-9, the dates at ``at`` and ``at`` + 8)."""
    birth, expiry = data[at : at + 7], data[at + 8 : at + 15]
    return sum(
        (
            _check(data[:9], data[9]),
            _check(birth[:6].replace("O", "0"), birth[6]),
            _check(expiry[:6].replace("O", "0"), expiry[6]),
        )
    )


def _td1_holds(data: str) -> int:
    """The same count for TD1: the number on the first line, the dates on the second."""
    first, second = data[:30], data[-30:]
    return sum(
        (
            _check(first[5:14], first[14]),
            _check(second[:6].replace("O", "0"), second[6]),
            _check(second[8:14].replace("O", "0"), second[14]),
        )
    )


def _name_hit(m: re.Match[str], group: str) -> Iterator[Hit]:
    """The name field, without its trailing fillers, when it holds a surname."""
    field = m.group(group).rstrip("<")
    if re.search(r"[A-Z]{2}", field):
        yield Hit("pii.person_name", None, m.start(group), m.start(group) + len(field))


def _zone(m: re.Match[str], _scan: Scan) -> Iterator[Hit]:
    """The data line(s) and the name of a zone whose check digits hold (module docstring)."""
    for kind in ("td3", "td2", "td1"):
        if m.group(kind):
            break
    suffix = kind[-1]
    data = m.group("d" + suffix)
    held = _td1_holds(data) if kind == "td1" else _dates_hold(data, 13)
    if held < 2:
        return
    state = m.group("s" + suffix)
    if state == "UTO" or m.group("n" + suffix).startswith(_SPECIMEN_NAMES):  # ICAO's: Utopia
        return  # ICAO's and the German authorities' specimens
    country = _ALPHA3.get(state)
    start, end = m.start("d" + suffix), m.end("d" + suffix)
    if kind == "td3":
        code = country.lower() if country in COUNTRIES else None
        yield Hit("pii.passport", code, start, end)
    else:
        yield Hit("pii.national_id", "mrz", start, end)
    yield from _name_hit(m, "n" + suffix)


MRZ = Detector(
    "national_id.mrz",
    "<<<",
    _ZONE,
    _zone,
    back=160,
    ahead=160,
)

DETECTORS = (MRZ,)
