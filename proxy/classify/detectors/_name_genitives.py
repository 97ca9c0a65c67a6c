"""A person as the owner of what only a person owns, in the German and Dutch genitive and the
bare apostrophe: "Ingrids Urlaubsantrag", "Jonas' Krankmeldung", "Müllers Arbeitsvertrag",
"Sannes verlofaanvraag", "James' appraisal".

German and Dutch put an "s" (after a name ending in s, x or z an apostrophe) on the owner and
no article before it; English drops the "s" after an apostrophe. The owner is a known given
name that is no word, place or product (``_name_requests``' test), or a known surname standing
alone (``_lone_surnames``: no word, place, role or firm), and no firm named like a person
("Douglas' Filialen"). The nouns are hand-written: requests, records and family a person has,
not what a firm or a country has ("Deutschlands Zukunft", "Siemens' Vertrag" has no known
owner; a daughter or son is a firm's subsidiary too in German and Dutch: "Metas Tochter
WhatsApp"). The prefilter is the literal "s " or "' " and the noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_surnames import lone_surname
from proxy.classify.detectors._name_evidence import FIRMS_LIKE_PEOPLE
from proxy.classify.detectors._name_requests import _name_ok as name_ok
from proxy.classify.detectors._name_tokens import LO, UP

#: What only a person owns, German (capitalised) and Dutch and English (lower case).
_NOUNS = words(
    "Urlaubsantrag|Urlaubsanträge|Krankmeldung|Krankschreibung|Lebenslauf|Bewerbung|Gehalt|"
    "Gehaltserhöhung|Arbeitsvertrag|Arbeitszeugnis|Kündigung|Elternzeit|Geburtstag|Hochzeit|"
    "Ehefrau|Ehemann|Eltern|Schwester|Bruder|Handynummer|Privatadresse|"
    "Schreibtisch|Dienstwagen|Abschiedsfeier|Einarbeitung|Überstunden|Reisekostenabrechnung|"
    "Spesenabrechnung|Personalakte|Attest|Beurteilung|Mitarbeitergespräch|Probezeit|"
    "verlofaanvraag|ziekmelding|verjaardag|afscheid|afscheidsfeest|salaris|arbeidscontract|"
    "moeder|vader|telefoonnummer|beoordeling|functioneringsgesprek|proeftijd|"
    "appraisal|payslip|timesheet|leave request|sick note|performance review|birthday|"
    "farewell|onboarding|wife|husband|daughter|son|parents"
)
_GENITIVE_RE = re.compile(
    rf"(?<![\w'’-])(?P<owner>[{UP}][{LO}]{{2,}})(?:s|(?<=[sxzß])['’])[ ]+"
    rf"(?:{alternation(_NOUNS)})(?!\w)"
)
_APOSTROPHE_RE = re.compile(
    rf"(?<![\w'’-])(?P<owner>[{UP}][{LO}]{{2,}}[sxzß])['’][ ]+(?:{alternation(_NOUNS)})(?!\w)"
)


def _owner_ok(token: str) -> bool:
    """A known given name or a known lone surname (not one of a surname's shape only: the "-ens"
    of "Schwedens", "Münchens" is a genitive), and no firm named like a person."""
    if token in FIRMS_LIKE_PEOPLE:
        return False
    return name_ok(token) or (token in data.SURNAMES and lone_surname(token))


def _genitive(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The owner of a person's thing (see the module docstring)."""
    owner, start, end = m.group("owner"), m.start("owner"), m.end("owner")
    if scan.text[end : end + 1] not in "'’" and _owner_ok(owner + "s"):
        end += 1  # "Jonas Urlaubsantrag" written without the apostrophe
    elif not _owner_ok(owner):  # "Ingrids Urlaubsantrag": the owner is "Ingrid"
        return
    yield Hit("pii.person_name", None, start, end)


GENITIVE = tuple(
    Detector(
        "person_name.genitive",
        ending + " " + noun,
        _APOSTROPHE_RE if ending != "s" else _GENITIVE_RE,
        _genitive,
        back=48,
        ahead=4,
        unicode=True,
    )
    for noun in sorted(set(_NOUNS))
    for ending in ("s", "'", "’")
)

DETECTORS = GENITIVE
