"""Two given names joined as the subject of a plural that only people are: "Summer and Hunter
from the Leeds office are joining", "Dolores y Rosario llegan a las nueve", "Hope et Grace, de
l'équipe RH, rejoignent", "Jade und Blanca vom Team Nord kommen".

Given names that are everyday words too (Summer, Hope, Dolores, Rosario) count nowhere alone.
Two of them joined by "and" and followed by the team or office they come from, or by a verb of
joining, arriving or attending in the plural, are people. Both must be known given names; no
place ("Paris and Lincoln", "Georgia and Carolina"), firm ("Mercedes"), nor two seasons or
months ("Summer and Autumn are coming"). Later mentions of the person count through the name
gazetteer's second mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
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
    "are joining|will join|are coming|will be joining|have joined|joined|are attending|"
    "will attend|arrive|are arriving|will arrive|rejoignent|arrivent|viennent|participeront|"
    "kommen|stoßen|nehmen teil|arrivano|vengono|si uniscono|parteciperanno|llegan|vienen|"
    "se incorporan|se unen|asistirán|komen|sluiten aan|zijn er|przyjdą|przyjeżdżają|dołączą|"
    "dołączają"
)
_PAIR_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>[{UP}][{LO}]{{2,}}),?[ ]+{_JOIN}[ ]+(?P<b>[{UP}][{LO}]{{2,}})"
    rf"(?:{_FROM}|[ ]+(?:{alternation(_PLURAL)})(?!\w))"
)
#: Seasons and months among the word-like given names: two of them are a calendar.
_SEASONS = frozenset(words("Summer|Autumn|April|May|June|August"))


def _given(name: str) -> bool:
    """A known given name that is no place or firm."""
    return (
        name in data.GIVEN
        and name not in data.PLACES
        and name not in PLACE_GIVEN
        and name not in FIRMS_LIKE_PEOPLE
        and name not in data.NOT_NAME
    )


def _pair(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The two names, when both are given names and not both seasons."""
    a, b = m.group("a"), m.group("b")
    if not (_given(a) and _given(b)) or (a in _SEASONS and b in _SEASONS):
        return
    yield Hit("pii.person_name", None, m.start("a"), m.end("a"))
    yield Hit("pii.person_name", None, m.start("b"), m.end("b"))


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

DETECTORS = (PAIR,)
