"""Dates of birth and phone numbers in a pasted table, by its column names (issue 11).

A header line separated by commas, semicolons, tabs or pipes names a birth-date column ("dob",
"date_of_birth", "Geburtsdatum", "nascita", "fecha de nacimiento", "geboortedatum", "data
urodzenia") or a phone column ("phone", "mobile", "Telefon", "cellulare", "teléfono", "mobiel",
"komórka"). In each row below it (same separator, up to a blank line or ``_MAX_ROWS`` rows), the
cell of that column is a date of birth when it is a real calendar date in one of the written forms
of ``dates``, and a phone number when the numbering plans read it as a person's (the column name
is its cue: "3397185204" in a "cellulare" column). Only whole cells count: the header names
what the column holds, not the text around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors._phone_language import text_regions
from proxy.classify.detectors._phone_plans import national, personal, read
from proxy.classify.detectors.dates import DATE, calendar

_DOB = words(
    "dob|d.o.b.|date of birth|birth date|birthdate|birthday|born|date de naissance|"
    "naissance|né le|née le|date naiss.|geburtsdatum|geb.-datum|geb.datum|geb. datum|geburtstag|"
    "geboren|data di nascita|data nascita|nascita|nato il|fecha de nacimiento|fecha nacimiento|"
    "f. nac.|nacimiento|geboortedatum|geboorte|data urodzenia|data ur.|ur."
)
_PHONE = words(
    "phone|phone number|telephone|tel|tel.|mobile|mobile number|cell|cellphone|téléphone|"
    "portable|mobile phone|telefon|telefonnummer|handy|mobil|telefono|cellulare|cell.|"
    "teléfono|móvil|movil|telefoon|mobiel|gsm|komórka|telefon komórkowy|nr telefonu|"
    "numer telefonu"
)


def _key(cell: str) -> str:
    """A column name as compared: lower case, quotes and spaces stripped, ``_``/``-`` as space."""
    return re.sub(r"[_\-]+", " ", cell.strip().strip("\"'").strip()).lower()


_KINDS = {**dict.fromkeys(map(_key, _DOB), "dob"), **dict.fromkeys(map(_key, _PHONE), "phone")}
_TYPES = {"dob": "pii.date_of_birth", "phone": "pii.phone"}
_SEPARATORS = ",;\t|"
_MAX_ROWS = 500
_DATE_CELL = re.compile(rf"(?:{DATE})", re.I)
_PHONE_CELL = re.compile(r"\+?\(?\d[\d ./()\-]{6,20}\d")
_LABELS = tuple({v for w in (*_DOB, *_PHONE) for v in (w, w.replace(" ", "_"))})


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """The cells of a line split at ``sep``: (offset in the line, text), spaces and quotes
    trimmed off the text (the offset moved past them)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in line.split(sep):
        inner = raw.strip().strip("\"'")
        out.append((pos + raw.find(inner) if inner else pos, inner))
        pos += len(raw) + 1
    return out


def _columns(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The birth dates and phone numbers in the named columns of the rows below the header."""
    header = m.group(0)
    sep = max(_SEPARATORS, key=header.count)
    if header.count(sep) == 0:
        return
    columns = enumerate(_cells(header, sep))
    named = {i: kind for i, (_, cell) in columns if (kind := _KINDS.get(_key(cell)))}
    if not named:
        return
    pos = m.end() + 1
    rest = scan.after(pos, 200_000)
    regions = text_regions(rest[:2000])
    for line in rest.split("\n")[:_MAX_ROWS]:
        if not line.strip() or line.count(sep) == 0:
            break
        cells = _cells(line, sep)
        for index, kind in named.items():
            if index < len(cells) and _cell_holds(kind, cells[index][1], regions):
                start = pos + cells[index][0]
                yield Hit(_TYPES[kind], None, start, start + len(cells[index][1]))
        pos += len(line) + 1


def _cell_holds(kind: str, cell: str, regions: tuple[str, ...]) -> bool:
    """Whether a cell of a birth-date column is a date, of a phone column a personal number."""
    if kind == "dob":
        date = _DATE_CELL.fullmatch(cell)
        return date is not None and calendar(date)
    if _PHONE_CELL.fullmatch(cell) is None:
        return False
    if cell.startswith(("+", "00")):
        return personal(read("+" + cell.lstrip("+0"), None))
    return personal(national(cell, regions, cued=True))


#: A column name next to a separator wakes the detector ("…,dob,…", "Telefon;"): a label in
#: prose ("call my phone") does not.
COLUMNS = Detector(
    "table.columns",
    rf"[,;\t|][ \"']*{hs_words(_LABELS)}|{hs_words(_LABELS)}[ \"']*[,;\t|]",
    re.compile(
        r"(?m)^(?=[^\n]*[,;\t|])[^\n]*?(?<!\w)(?:" + alternation(_LABELS) + r")(?!\w)[^\n]*",
        re.I,
    ),
    _columns,
    back=400,
    ahead=400,
    caseless=True,
    unicode=True,
)

DETECTORS = (COLUMNS,)
