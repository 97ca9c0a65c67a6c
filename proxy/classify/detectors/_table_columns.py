"""Person names, dates of birth, phone numbers, national IDs and health in a pasted table, by
its column names.

A header line of two labels or more, separated by commas, semicolons, tabs or pipes (a query
tool's padded table with its border lines too), names a person's name column ("full_name",
"cognome;nome", "nazwisko", "intestatario", ``_name_columns``), a birth-date column ("dob",
"date_of_birth", "Geburtsdatum", "nascita", "f_nacimiento", "geboortedatum", "data_ur"), a
phone column ("phone", "mobile", "Telefon", "cellulare", "teléfono", "mobiel", "komórka"), a
national ID's or a medical column (``_column_kinds``: "bsn", "nhs_no", "diagnosis",
"rozpoznanie"). In each row below it (up to a blank line or a row of another width; a sample's
row is skipped), the cell of such a column is a person's name when ``_name_columns``
says so (a loose "name" column only beside a given name's or surname's, or with a known name),
a date of birth when it is a real calendar date in one of the written forms of ``dates``, and a
phone number when the numbering plans read it as a person's (the column name is its cue:
"3397185204" in a "cellulare" column), a national ID when its scheme's checksum accepts it,
and a person's health when the table names, identifies or dates the birth of a person. Only
whole cells count; a double-quoted cell may hold the separator ("Villalobos Peña, Jorge").

The prefilter is each label between two separators, or a separator and a line's end (",dob,",
"\\nnome;", ";cellulare\\n"), as pure literals: a class around the labels would cost hyperscan
an engine of its own over every text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, literal_alternation, words
from proxy.classify.detectors import _column_kinds as columns
from proxy.classify.detectors import _name_columns as names
from proxy.classify.detectors._phone_language import text_regions
from proxy.classify.detectors._phone_plans import national, personal, read
from proxy.classify.detectors.dates import DATE, calendar

_DOB = words(
    "dob|d.o.b.|date of birth|date_of_birth|birth date|birth_date|birthdate|birthday|born|"
    "date de naissance|date_naissance|naissance|né le|née le|né(e) le|geburtsdatum|geb.-datum|"
    "geb.datum|"
    "geburtstag|data di nascita|data_nascita|data nascita|nascita|fecha de nacimiento|"
    "fecha_nacimiento|fecha nacimiento|nacimiento|geboortedatum|geboorte|data urodzenia|"
    "data_urodzenia|f_nacimiento|f_nac|fecha_nac|fnac|data_ur|data_urodz|geb_datum|gebdatum|"
    "geburtsdat|dt_nascita|data_nasc|ddn|date_naiss|dateofbirth|birth|geboortedat"
)
_PHONE = words(
    "phone|phone number|phone_number|telephone|tel|tel.|mobile|mobile number|mobile_number|"
    "cell|cellphone|téléphone|portable|telefon|telefonnummer|handy|mobil|telefono|cellulare|"
    "teléfono|móvil|movil|telefoon|mobiel|gsm|komórka|nr telefonu|numer telefonu"
)
_KINDS = {
    **dict.fromkeys(_DOB, "dob"),
    **dict.fromkeys(_PHONE, "phone"),
    **dict.fromkeys(columns.ID_COLUMNS, "id"),
    **dict.fromkeys(columns.HEALTH_COLUMNS, "health"),
}
#: Phone labels that name a device class too ("month,web,mobile" counts visits): a phone column
#: only in a table that also has a name's or an e-mail's column.
_DEVICE = frozenset(words("mobile|cell|mobil|portable"))
#: A number with thousands separators ("23.456.789"): an amount, not a phone.
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")
_LABELS = sorted(set(_KINDS) | names.LABELS)
_SEPARATORS = ",;\t|"
_DATE_CELL = re.compile(rf"(?:{DATE})", re.I)
_PHONE_CELL = re.compile(r"\+?\(?\d[\d ./()\-]{6,20}\d")
_LABEL_SHAPE = re.compile(r"[\w .#/()°º-]{1,30}")  # "N° carte", "Nº"


def _labels(line: str, sep: str) -> list[str]:
    """A header's labels, lower case, spaces and quotes stripped."""
    return [cell.strip().strip("\"'").strip().lower() for cell in line.split(sep)]


def _columns(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The names, birth dates and phone numbers in the named columns of the rows below the
    header (every detector reads every kind: a table woken by any is read whole, and the
    same hit from several is one)."""
    header = m.group().rstrip("\r")
    sep = max(_SEPARATORS, key=header.count)
    labels = _labels(_trim(header, sep)[0], sep)
    if len(labels) < 2 or not all(_LABEL_SHAPE.fullmatch(label) for label in labels):
        return
    strict = names.column_kinds(labels)
    kinds = _kinds(labels, bool(strict), any(not loose for loose in strict.values()))
    if not strict and not kinds:
        return
    pos = m.end() + 1
    rows = scan.after(pos, 200_000)
    regions = text_regions(rows[:2000])
    for line in rows.split("\n"):
        if _BORDER.fullmatch(line):  # "+----+------+", "-----------+---------"
            pos += len(line) + 1
            continue
        row, lead = _trim(line.rstrip("\r"), sep)
        cells = [(cell, offset + lead) for cell, offset in _split(row, sep)]
        if not row.strip() or not len(labels) - 1 <= len(cells) <= len(labels) + 1:
            return
        if names.SAMPLE.search(row):  # a sample's row: "DUPONT;Jean;jean.dupont@exemple.fr"
            pos += len(line) + 1
            continue
        for i, (cell, offset) in enumerate(cells):
            value = cell.strip(" \"'")
            start = pos + offset + len(cell) - len(cell.lstrip(" \"'"))
            kind = "name" if i in strict else kinds.get(i)
            if kind is not None and i < len(labels):
                hit = _cell(kind, labels[i], value, strict.get(i, False), regions)
                if hit is not None:
                    yield Hit(hit[0], hit[1], start, start + len(value))
        pos += len(line) + 1


def _kinds(labels: list[str], named: bool, person: bool) -> dict[int, str]:
    """The kind of each column the table's header names (its names' columns aside): a device
    class only beside a name's or an e-mail's column (``named``), a person's health only
    beside a column of a given name, surname or full name (``person``; not a loose "name"),
    a birth date or a national ID."""
    contacts = named or any("mail" in label for label in labels)
    kinds = {
        i: _KINDS[label]
        for i, label in enumerate(labels)
        if label in _KINDS and (contacts or label not in _DEVICE)
    }
    if not person and not {"id", "dob"} & set(kinds.values()):
        return {i: kind for i, kind in kinds.items() if kind != "health"}
    if any(label in columns.MEDICAL_CONTEXT for label in labels):  # "reason" at a clinic
        kinds.update((i, "health") for i, label in enumerate(labels) if label in columns.REASONS)
    return kinds


#: A border line of a query tool's table.
_BORDER = re.compile(r"[ \t]*[-=+|:]{3,}[-=+|: \t]*\r?")


def _trim(line: str, sep: str) -> tuple[str, int]:
    """A line without the pipes that open and close it in a query tool's table ("| 1 | Ana |"),
    and the offset of what is left."""
    if sep != "|":
        return line, 0
    stripped = line.lstrip(" \t")
    if not stripped.startswith("|"):
        return line.rstrip(" \t|"), 0
    lead = len(line) - len(stripped) + 1
    return line[lead:].rstrip(" \t").removesuffix("|"), lead


def _split(row: str, sep: str) -> list[tuple[str, int]]:
    """A row's cells and their offsets; a separator inside double quotes is the cell's
    ("Villalobos Peña, Jorge")."""
    cells, start, quoted, blank = [], 0, False, True
    for i, char in enumerate(row):
        if char == '"' and (quoted or blank):
            quoted = not quoted  # a quote opens only a cell ('has 27" monitor' opens none)
        elif char == sep and not quoted:
            cells.append((row[start:i], start))
            start, blank = i + 1, True
            continue
        if not char.isspace():
            blank = False
    if quoted:  # unbalanced: read the row plainly
        return [(cell, offset) for cell, offset in _plain(row, sep)]
    cells.append((row[start:], start))
    return cells


def _plain(row: str, sep: str) -> list[tuple[str, int]]:
    """A row's cells split at every separator, and their offsets."""
    cells, start = [], 0
    for cell in row.split(sep):
        cells.append((cell, start))
        start += len(cell) + 1
    return cells


def _cell(
    kind: str, label: str, value: str, strict: bool, regions: tuple[str, ...]
) -> tuple[str, str | None] | None:
    """The finding type and subtype of a cell of a column of this kind, or None."""
    if kind == "id":
        scheme = columns.national_id(label, value)
        return None if scheme is None else ("pii.national_id", scheme)
    if kind == "health":
        blank = value.lower() in columns.BLANKS or value.isdigit() or not value
        return None if blank else ("health", "diagnosis")
    return (_TYPES[kind], None) if _holds(kind, value, strict, regions) else None


_TYPES = {"name": "pii.person_name", "dob": "pii.date_of_birth", "phone": "pii.phone"}


def _holds(kind: str, cell: str, strict: bool, regions: tuple[str, ...]) -> bool:
    """Whether a cell holds what its column names: a person's name, a real date, a personal
    phone number (the column name its cue)."""
    if kind == "name":
        return names.person_value(cell, strict)
    if kind == "dob":
        date = _DATE_CELL.fullmatch(cell)
        return date is not None and calendar(date)
    if _PHONE_CELL.fullmatch(cell) is None or _THOUSANDS.fullmatch(cell):
        return False
    if cell.startswith(("+", "00")):
        return personal(read("+" + cell.lstrip("+0"), None))
    return personal(national(cell, regions, cued=True))


_SEP = r"[,;\t|]"
_EDGES = (
    *((sep, sep) for sep in _SEPARATORS),
    *(("\n", sep) for sep in _SEPARATORS),
    *((sep, "\n") for sep in _SEPARATORS),
    *(('"', '"' + end) for end in (*_SEPARATORS, "\n")),  # quoted: '"nome";', '"dob"\n'
    ("| ", " "),  # a query tool's padded cells: "| intestatario   |"
)
_HEADER = re.compile(
    rf"(?im)^(?=[^\n]*(?:^|{_SEP})[ ]*[\"']?(?:{alternation(_LABELS)})[\"']?[ ]*"
    rf"(?:{_SEP}|\r?$))[^\n,;\t|]*(?:[,;\t|][^\n,;\t|]*)+?(?=\r?$)"
)


def _detector(name: str, labels: frozenset[str]) -> Detector:
    """A table detector woken by these labels between separators (one per kind of column, as
    one prefilter of every label and edge is longer than hyperscan takes)."""
    return Detector(
        name,
        literal_alternation(f"{a}{label}{b}" for label in sorted(labels) for a, b in _EDGES),
        _HEADER,
        _columns,
        back=400,
        ahead=400,
        caseless=True,  # ASCII case only: "TÉLÉPHONE" in capitals is not woken (the
        # UTF-8 mode's expansion of each accented letter makes the prefilter too long)
    )


DETECTORS = (
    *(  # in quarters: one prefilter of every name label is longer than hyperscan takes
        _detector("table.name_columns", frozenset(sorted(names.LABELS)[part::4]))
        for part in range(4)
    ),
    _detector("table.columns", frozenset(_DOB)),
    _detector("table.phone_columns", frozenset(_PHONE)),
    _detector("table.id_columns", frozenset(columns.ID_COLUMNS)),
    _detector("table.health_columns", columns.HEALTH_COLUMNS),
)
