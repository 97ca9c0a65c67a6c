"""Names written in capitals, as official documents, forms and their OCR write them: the whole
name ("ZANETTI LUCA", "JANINA GRABOWSKA", "ANA BELÉN TORRES MÁRQUEZ", "FERNÁNDEZ ROMERO,
ENCARNACIÓN"), or the surname in capitals before the given name ("KOVALENKO Olena",
"AL-MANSOURI Youssef", "SCHÄFER, Jonas"; the given name first, "Camille DUPONT", is
``_bare_names``'), and an airline's passenger name ("ADEBAYO/TUNDE MR").

Capitals hide what case tells: "GRAND HOTEL", "ORDER BY", "NEW YORK" are capitalised runs too.
So a name counts only as two to four consecutive tokens of a run that are all known given names
or surnames and no places, one of them a given name and one no everyday word of the lists
("DUBOIS CLAIRE", not "SUMMER SALE"); the other tokens of the run (a title, a label, a verb:
"PAZIENTE ZANETTI LUCA NATO A ROMA") stay out of it. A placeholder, or a deceased, fictional or
famous person's name, in either order ("ROSSI MARIO", "MERKEL ANGELA"), is no person in the
request. An airline's passenger name needs a known surname or given name ("AWS/GCP DR" is none).

The prefilter is a word in capitals (a capital, ASCII or accented as its UTF-8 lead byte, then no
lower-case ASCII letter) and a capitalised word after it, at a text's or line's start, after a
label's colon, a table's bar or tab, or a bracket and a comma ("), LOMBARDI GIORGIA"): a text in
capitals (legal boilerplate, column names after SELECT) wakes it once per line, not at every
pair of words or comma, which would spend the candidate budget. A name in capitals inside a
sentence ("promossa da ESPOSITO ANNUNZIATA") is not looked for: every prefilter for it that
was tried cost 1.5 to 2 ms per MB of ordinary text (a lower-case word before a capital is that
frequent).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import LO, PARTICLE_WORDS, UP, eponym

_CAP = rf"[{UP}](?:[{UP}]|['’\-](?=[{UP}]))+"
_RUN = re.compile(
    rf"(?<![\w@/\\.#$%&*+=<>\-])(?P<run>{_CAP}(?:(?:,?[ ]|/){_CAP}){{1,5}})(?![\w@.\-])"
    rf"|(?<![\w@/\\.#$%&*+=<>\-])(?P<sur>{_CAP}),?[ ](?P<given>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)"
    rf"(?!\w)"
)


def _title(token: str) -> str:
    """A token in capitals as a name list writes it ("AL-MANSOURI" → "Al-Mansouri")."""
    return "-".join(part[:1] + part[1:].lower() for part in token.split("-"))


def _plain_given(name: str) -> bool:
    """A known given name that is no everyday word, place or word-like name."""
    return name in data.GIVEN and _clean(name) and name not in data.PLACES


def _clean(name: str) -> bool:
    """A token that is no everyday word of the lists (nor an English word) and no word-like
    given name ("Claire" and "Summer" are words too; "Dubois" and "Halina" are not)."""
    lower = name.lower()
    return (
        lower not in data.COMMON
        and lower not in data.ENGLISH_WORDS
        and name not in data.AMBIGUOUS
        and name not in data.NAME_WORDS
    )


def _known(name: str) -> bool:
    """A known given name or surname (a place too only when it is a given name: "Halina")."""
    if name in data.NOT_NAME or (name in data.PLACES and name not in data.GIVEN):
        return False
    return name in data.GIVEN or name in data.SURNAMES or name in data.SURNAMES_MORE


def _person(names: Sequence[str]) -> bool:
    """Whether title-cased tokens spell a person: every token (particles aside) a known name,
    one of them a given name, one no everyday word, and no placeholder, deceased, fictional or
    famous person in either order."""
    cores = [n for n in names if n.lower() not in PARTICLE_WORDS]
    if len(cores) < 2 or not all(_known(n) for n in cores):
        return False
    if sum(n in data.PLACES for n in cores) > 1:
        return False  # "ROMA, FIRENZE"
    if not any(n in data.GIVEN for n in cores) or not any(_clean(n) for n in cores):
        return False
    return not (eponym(cores) or eponym([*cores[1:], cores[0]]))


#: The titles an airline's passenger name ends with ("ADEBAYO/TUNDE MR", IATA's PNR form).
_PNR_TITLES = frozenset(("MR", "MRS", "MS", "MISS", "MSTR", "DR"))
_PNR = re.compile(r"[^\W\d_]{2,}/[^\W\d_]{2,}")
_PART = re.compile(r"[^ ,/]+")


def _passenger(names: Sequence[str]) -> bool:
    """Whether an airline passenger's surname and given name are a person's: three letters or
    more, no everyday words or places, one of them a known name."""
    if not all(len(n) > 2 and _clean(n) and n not in data.PLACES for n in names[:2]):
        return False
    return any(_known(n) or n in data.GIVEN_MORE for n in names[:2])


def _stretch(parts: Sequence[tuple[str, int, int]]) -> bool:
    """Whether consecutive tokens of a run spell a person (``_person``)."""
    return _person([_title(p[0]) for p in parts])


def _run(m: re.Match[str]) -> Iterator[Hit]:
    """The person in a run of capitals: in an airline's passenger form, the surname, a slash,
    the given names and a title ("KOWALCZYK/MAGDALENA MS"; the title left out of the span), or
    the longest stretch of two to four tokens that ``_person`` reads as one."""
    run, base = m.group("run"), m.start("run")
    parts = [(p.group(), base + p.start(), base + p.end()) for p in _PART.finditer(run)]
    if parts[-1][0] in _PNR_TITLES and _PNR.match(run):
        if _passenger([_title(p[0]) for p in parts[:-1]]):
            yield Hit("pii.person_name", None, base, parts[-2][2])
        return
    i = 0
    while i < len(parts) - 1:
        size = next((n for n in (4, 3, 2) if i + n <= len(parts) and _stretch(parts[i : i + n])), 0)
        if size:
            yield Hit("pii.person_name", None, parts[i][1], parts[i + size - 1][2])
            i += size
        else:
            i += 1


def _caps(m: re.Match[str], _scan: Scan) -> Iterator[Hit]:
    """The name in capitals (see the module docstring)."""
    if m.group("run"):
        yield from _run(m)
        return
    surname, given = _title(m.group("sur")), m.group("given")
    if len(surname) < 3 or not _plain_given(given) or given in data.SURNAMES:
        return
    if surname.lower() in data.COMMON or surname in data.PLACES or surname.lower() in data.WORDS:
        return  # "HOTEL Maria", "ROMA Luca"
    if eponym([given, surname]) or eponym([surname, given]):
        return
    yield Hit("pii.person_name", None, m.start("sur"), m.end("given"))


CAPS = Detector(
    "person_name.caps",
    r"(?:^|[:\n|\t]|\), )[ \t]*[A-Z\xC3-\xC5][^\sa-z0-9,/]+(?:,? |/)[A-Z\xC3-\xC5][^\s]",
    _RUN,
    _caps,
    back=48,
    ahead=96,
)

DETECTORS = (CAPS,)
