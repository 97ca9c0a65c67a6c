"""Personal data in the rows of an SQL ``INSERT`` statement, by its column names:
``INSERT INTO patients (nhs_number, full_name, date_of_birth, problem_list) VALUES
('9947579247', 'Kieran O''Dowd', '1979-02-03', 'Type 1 diabetes'), …``.

The column list is read as a pasted table's header (``_table_columns``): a name's, a birth
date's, a phone's, a national ID's and a person's health columns. Each row's values (quoted
strings with doubled quotes inside, numbers, ``NULL``) are then judged as that table's cells. A
statement without a column list names no column and is left to the other detectors. The
prefilter is the literal "insert into", any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _name_columns as names
from proxy.classify.detectors._phone_language import text_regions
from proxy.classify.detectors._table_columns import _cell as cell_finding
from proxy.classify.detectors._table_columns import _kinds as column_kinds

_STATEMENT = re.compile(
    r"insert[ \t\r\n]+into[ \t\r\n]+[\w.\"`\[\]]+[ \t\r\n]*\((?P<cols>[^()]{1,2000})\)"
    r"[ \t\r\n]*values[ \t\r\n]*",
    re.I,
)
#: One value of a row: a quoted string (a doubled quote inside it; SQL Server's N'…', Postgres'
#: E'…' and a DATE literal too), its padding outside the span, or a bare token.
_VALUE = re.compile(
    r"[ \t\r\n]*(?:(?:[NnEe]|DATE[ ]|date[ ])?'[ ]*(?P<quoted>(?:[^' ]|''|[ ]++(?!'))*)[ ]*'"
    r"|(?P<bare>[^,()'\s]+))[ \t\r\n]*"
)
#: What may stand between two rows.
_BETWEEN = re.compile(r"[ \t\r\n]*,?[ \t\r\n]*\(")
#: How far the rows of one statement are read.
_READ = 200_000


def _rows(text: str, pos: int) -> Iterator[list[tuple[str, int]]]:
    """The rows after ``VALUES`` at ``pos``: each value as written (a quote inside doubled)
    and its offset in ``text``."""
    while (opening := _BETWEEN.match(text, pos)) is not None:
        pos, row = opening.end(), []
        while (value := _VALUE.match(text, pos)) is not None:
            group = "quoted" if value.group("quoted") is not None else "bare"
            row.append((value.group(group), value.start(group)))
            pos = value.end()
            if text.startswith(",", pos):
                pos += 1
            else:
                break
        if not text.startswith(")", pos):
            return
        pos += 1
        yield row


def _inserted(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The personal data in the rows of the statement (see the module docstring)."""
    labels = [c.strip().strip('"`[]').strip().lower() for c in m.group("cols").split(",")]
    strict = names.column_kinds(labels)
    kinds = column_kinds(labels, bool(strict), any(not loose for loose in strict.values()))
    if not strict and not kinds:
        return
    text = scan.after(m.end(), _READ)
    regions = text_regions(text[:2000]) if "phone" in kinds.values() else ()
    for row in _rows(text, 0):
        if len(row) != len(labels):
            continue
        for i, (value, offset) in enumerate(row):
            kind = "name" if i in strict else kinds.get(i)
            judged = value.replace("''", "'")  # the span stays the value as written
            found = kind and cell_finding(kind, labels[i], judged, strict.get(i, False), regions)
            if found:
                start = m.end() + offset
                yield Hit(found[0], found[1], start, start + len(value))


DETECTORS = (
    Detector(
        "sql.insert_columns",
        r"insert into",
        _STATEMENT,
        _inserted,
        back=12,
        ahead=2100,
        caseless=True,
    ),
)
