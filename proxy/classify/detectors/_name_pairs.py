"""Two given names joined as the subject of a plural that only people are: "Summer and Hunter
from the Leeds office are joining", "Dolores y Rosario llegan a las nueve", "Hope et Grace, de
l'équipe RH, rejoignent", "Jade und Blanca vom Team Nord kommen"; and two people who quarrel,
given names or surnames standing alone: "Barbieri e Pellegrini hanno litigato", "Meier und
Zimmermann haben sich angeschrien", "Van Dijk en Kuipers hebben ruzie gehad".

Given names that are everyday words too (Summer, Hope, Dolores, Rosario) are no name alone.
Two of them joined by "and" and followed by the team or office they come from, or by a verb of
joining, arriving or attending in the plural, are people. Both must be known given names; no
place ("Paris and Lincoln", "Georgia and Carolina"), product ("Ruby and Julia"), firm
("Mercedes"), nor two seasons, months or stars ("Summer and Autumn are coming", "Sol y Luna").
A quarrel in the same clause makes surnames people too (``_lone_surnames``: known or of a
surname's shape, no word, place, role or firm), joined by a word (firms by "&": "Smith &
Wesson argued"); before any other verb they do not count ("Procter and Gamble are joining").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_surnames import lone_surname
from proxy.classify.detectors._name_evidence import FIRMS_LIKE_PEOPLE
from proxy.classify.detectors._name_things import PLACE_GIVEN
from proxy.classify.detectors._name_tokens import LO, UP

_JOIN = r"(?:and|&|et|und|y|e|en|i|oraz)"
#: Where the two come from: a team, an office, a department ("from the Leeds office", "de
#: l'équipe RH", "vom Team Nord", "dell'ufficio di Torino", "de la oficina de Vigo", "van het
#: kantoor in Gent", "z biura w Gdańsku").
_FROM = (
    r"(?:[ ]+|,[ ]*)(?:from the|from our|from|of the|de l['’]|de la|du|del|de|vom|von der|aus dem|"
    r"dell['’]|della|dal|dalla|van het|van de|uit het|z)(?:(?<=['’])|[ ]+)(?:[\w-]+[ ]+)?"
    r"(?i:office|team|department|branch|site|équipe|bureau|service|agence|büro|abteilung|"
    r"standort|ufficio|squadra|reparto|sede|filiale|oficina|equipo|departamento|sucursal|"
    r"kantoor|afdeling|vestiging|biura|zespołu|działu|oddziału)(?!\w)"
)
#: Plural verbs of joining, arriving or attending, seven languages.
_PLURAL = words(
    "are joining|will join|are coming|will be joining|are attending|"
    "will attend|arrive|are arriving|will arrive|rejoignent|arrivent|viennent|participeront|"
    "kommen|stoßen|nehmen teil|arrivano|vengono|si uniscono|parteciperanno|llegan|vienen|"
    "se incorporan|se unen|asistirán|komen|sluiten aan|zijn er|przyjdą|przyjeżdżają|dołączą|"
    "dołączają"
)
_PAIR_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>[{UP}][{LO}]{{2,}}),?[ ]+{_JOIN}[ ]+(?P<b>[{UP}][{LO}]{{2,}})"
    rf"(?:{_FROM}|[ ]+(?:{alternation(_PLURAL)})(?!\w))"
)
#: Quarrelling, seven languages (plural or reciprocal: only people do it to each other).
_QUARRELS = words(
    "had a row|had an argument|argued with each other|fell out with each other|"
    "shouted at each other|se sont accrochés|se sont disputés|se sont engueulés|se disputent|"
    "accrochés|disputés|gestritten|angeschrien|streiten sich|zoffen sich|aneinandergeraten|"
    "hanno litigato|litigano|litigato|si sono scontrati|si sono urlati|discutieron|se pelearon|"
    "han discutido|se han peleado|peleado|se gritaron|ruzie|gekibbeld|kregen woorden|"
    "pokłócili się|kłócą się|kłócili się|posprzeczali się|pokłóciły się"
)
_NAME = rf"(?:(?:Van der|Van den|Van|De la|De|Di|Da|Del|Della|Lo|La|Le|Von)[ ])?[{UP}][{LO}]{{2,}}"
#: Firms are joined by "&" ("Smith & Wesson", "Simon & Schuster"): people by a word.
_QUARREL_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{_NAME}),?[ ]+(?:and|et|und|y|e|en|i|oraz)[ ]+(?P<b>{_NAME})"
    rf"(?=[^.;:!?\n]{{0,80}}?(?<!\w)(?:{alternation(_QUARRELS)})(?!\w))"
)
#: Seasons and months among the word-like given names ("Summer is on holiday" is a timetable),
#: and the sky: two of them are a calendar or a sky ("Sol y Luna llegan").
SEASONS = frozenset(words("Summer|Autumn|April|May|June|August"))
_SKY_AND_CALENDAR = SEASONS | frozenset(words("Sol|Luna|Estrella|Stella|Nova"))


def given_person(name: str) -> bool:
    """A known given name that is no product, place or firm ("Ruby and Crystal")."""
    return (
        name in data.GIVEN
        and name not in data.PRODUCT_NAMES
        and name not in data.PLACES
        and name not in PLACE_GIVEN
        and name not in FIRMS_LIKE_PEOPLE
    )


def _given(name: str) -> bool:
    """A given name of ``given_person`` that no list calls a non-name."""
    return given_person(name) and name not in data.NOT_NAME


def _pair(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The two names, when both are given names and not both seasons."""
    a, b = m.group("a"), m.group("b")
    if not (_given(a) and _given(b)) or (a in _SKY_AND_CALENDAR and b in _SKY_AND_CALENDAR):
        return
    yield Hit("pii.person_name", None, m.start("a"), m.end("a"))
    yield Hit("pii.person_name", None, m.start("b"), m.end("b"))


def _person(name: str) -> bool:
    """A given name of ``_given``, or a surname standing alone (with its particle)."""
    last = name.rsplit(" ", 1)[-1]
    return name not in FIRMS_LIKE_PEOPLE and (_given(name) or lone_surname(last))


def _quarrel(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The two people who quarrel (not one name twice: "Johnson and Johnson argued")."""
    a, b = m.group("a"), m.group("b")
    if a != b and _person(a) and _person(b):
        yield Hit("pii.person_name", None, m.start("a"), m.end("a"))
        yield Hit("pii.person_name", None, m.start("b"), m.end("b"))


QUARREL = Detector(
    "person_name.quarrel",
    hs_words(_QUARRELS),
    _QUARREL_RE,
    _quarrel,
    back=160,
    ahead=4,
    unicode=True,
)


PAIR = Detector(
    "person_name.pair",
    rf"[a-z] {_JOIN} [A-Z][^ ,]+(?:,? (?:from|of|de|du|del|vom|von|aus|dell|della|dal"
    rf"|dalla|van|uit|z) |(?: {alternation(_PLURAL)}))",
    _PAIR_RE,
    _pair,
    back=40,
    ahead=80,
    unicode=True,
)

DETECTORS = (PAIR, QUARREL)
