"""Names written in capitals, as official documents, forms and their OCR write them: the whole
name ("ZANETTI LUCA", "JANINA GRABOWSKA", "ANA BELÉN TORRES MÁRQUEZ", "FERNÁNDEZ ROMERO,
ENCARNACIÓN"), or the surname in capitals before the given name ("KOVALENKO Olena",
"AL-MANSOURI Youssef", "SCHÄFER, Jonas"; the given name first, "Camille DUPONT", is
``_bare_names``'), and an airline's passenger name ("ADEBAYO/TUNDE MR").

Capitals hide what case tells: "GRAND HOTEL", "ORDER BY", "NEW YORK" are capitalised runs too.
So a run counts only as two to four tokens (particles aside: "DE LA CRUZ") that are all known
given names or surnames and no places, one of them a given name and one no everyday word of the
lists ("DUBOIS CLAIRE", not "SUMMER SALE"). A deceased or fictional person's name ("LEONARDO DA
VINCI") is no person in the request.

The prefilter is two words in capitals in a row (an ASCII capital first, then no lower-case
ASCII letter) after a label's colon, at a line's start
or after a lower-case word or a closing bracket or comma ("promossa da ESPOSITO ANNUNZIATA",
"), LOMBARDI GIORGIA"), or a word in capitals before a capitalised one: a text in capitals
(legal boilerplate) wakes it once per line, not at every pair of words, which would spend the
candidate budget.
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
    one of them a given name, one no everyday word, and no deceased or fictional person."""
    cores = [n for n in names if n.lower() not in PARTICLE_WORDS]
    if len(cores) < 2 or not all(_known(n) for n in cores):
        return False
    if sum(n in data.PLACES for n in cores) > 1:
        return False  # "ROMA, FIRENZE"
    if not any(n in data.GIVEN for n in cores) or not any(_clean(n) for n in cores):
        return False
    return not eponym(cores)


#: The titles an airline's passenger name ends with ("ADEBAYO/TUNDE MR", IATA's PNR form).
_PNR_TITLES = frozenset(("MR", "MRS", "MS", "MISS", "MSTR", "DR"))
_PNR = re.compile(r"[^\W\d_]{2,}/[^\W\d_]{2,}")


def _run(m: re.Match[str]) -> Iterator[Hit]:
    """A run of capitals that spells a person: as ``_person`` reads it, or in an airline's
    passenger form, the surname, a slash, the given names and a title ("KOWALCZYK/MAGDALENA
    MS"), whose title is left out of the span."""
    run = m.group("run")
    parts = re.split(r",?[ ]|/", run)
    if parts[-1] in _PNR_TITLES and _PNR.match(run):
        end = m.start("run") + len(run) - len(parts[-1]) - 1
        names = [_title(p) for p in parts[:-1]]
        if all(len(n) > 2 and _clean(n) and n not in data.PLACES for n in names[:2]):
            yield Hit("pii.person_name", None, m.start("run"), end)
        return
    if len(parts) <= 4 and _person([_title(p) for p in parts]):
        yield Hit("pii.person_name", None, m.start("run"), m.end("run"))


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
    if eponym([given, surname]):
        return
    yield Hit("pii.person_name", None, m.start("sur"), m.end("given"))


CAPS = Detector(
    "person_name.caps",
    r"(?:[:\n]|[a-z.),] )[ \t]*[A-Z][^\sa-z0-9,/]+(?:,? |/)[A-Z][^\sa-z]|\b[A-Z]{3,},? [A-Z][a-z]",
    _RUN,
    _caps,
    back=48,
    ahead=96,
    unicode=True,
)

DETECTORS = (CAPS,)
