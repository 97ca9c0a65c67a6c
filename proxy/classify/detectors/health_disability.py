"""Disability and dependence said of a person, in seven languages (words in
``_health_disability_words``).

- ``health.disability``: a disability, its recognition or an aid someone uses ("profoundly deaf",
  "uses a hearing aid", "a une RQTH", "Schwerbehinderung", "invalidità civile al 75%",
  "discapacidad del 65 %", "orzeczenie o niepełnosprawności", "rolstoel");
- ``health.dependence``: dependent on a substance or gambling ("alcohol dependence" is a
  condition already; here "addicted to cocaine", "uzależniony od alkoholu", "verslaafd aan
  gokken"), withdrawal and abstinence ("withdrawal seizure", "abstynent od 5 miesięcy").

General text names these too ("wheelchair access", "people who are deaf", "la RQTH permet…"),
so a finding needs a person: the anchors of ``health.personal`` around it, the clause subject
of ``health_episodes.of_person``, or a capitalised name that a relative pronoun describes
("for Ali Hassan, who is deaf", "dla Marcina Dąbrowskiego, który porusza się na wózku").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, literal_alternation
from proxy.classify.detectors import _health_disability_words as w
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors import health
from proxy.classify.detectors.health_episodes import of_person

_UPPER = "A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ"
_LOWER = "a-zß-öø-ÿąćčęłńśšźżž"
#: A capitalised name described by a relative clause that the term is in ("Ali Hassan, who").
_DESCRIBED = re.compile(
    rf"(?<!\w)(?P<name>[{_UPPER}][{_LOWER}]+(?:\s[{_UPPER}][{_LOWER}]+)?),?\s+(?:who|whom|qui|che|cui|que|quien|quienes|die|"
    r"der|welche|welcher|który|która|którego|której|wie)\s[^.?!\n]*$"
)
_IDIOM = re.compile(rf"(?<!\w)(?:{alternation(w.IDIOMS)})(?!\w)", re.I)
#: An impersonal subject: the sentence states a rule ("gilt man als", "on est reconnu").
_IMPERSONAL = re.compile(
    r"(?<!\w)(?:(?:gilt|ist|wird|kann|darf|bekommt|erhält) man|man (?:gilt|ist|wird|kann|"
    r"darf|bekommt|erhält)|on (?:est|peut|doit|obtient)|si (?:è|viene|può|ottiene)|"
    r"se (?:considera|puede|obtiene)|(?:one|you) (?:is|are|can|must|may|get))(?!\w)",
    re.I,
)


def said_of_person(scan: Scan, start: int, end: int) -> bool:
    """Whether the term at ``start:end`` is said of a person (see the module docstring)."""
    if health.personal(scan, start, end) or of_person(scan, start, ""):
        return True
    described = _DESCRIBED.search(scan.before(start, 96))
    # the word before "who" is a known name, not a class of people ("Visitors who use a
    # wheelchair", "Besucher, die im Rollstuhl sitzen")
    return described is not None and _known_name(described.group("name"))


def _known_name(name: str) -> bool:
    """One or two capitalised words naming a person: a known given name first ("Samir
    Haddad"), or one known given name or surname that is no everyday word ("Visitors" is none)."""
    words_ = name.split()
    if len(words_) == 2 and words_[0] in data.GIVEN:
        return True
    word = words_[-1]
    if word.lower() in data.COMMON or word.lower() in data.WORDS:
        return False
    return word in data.GIVEN or word in data.SURNAMES


#: Verbs of making, selling or studying a device, in its clause.
_MAKING = re.compile(
    r"(?<!\w)(?:design\w*|build|builds|built|develop\w*|manufactur\w*|sell|sells|selling|sold|"
    r"test(?:s|ed|ing)|gebouwd|bouwt|ontwikkel\w*|entwickel\w*|gebaut|baut|verkauf\w*|conçu|"
    r"conçoit|fabriqu\w*|vend|vends|vendu|vendons|vendent|svilupp\w*|progett\w*|comprato|"
    r"diseñ\w*|fabric\w*|desarroll\w*|zaprojektowa\w*|budowa\w*|sprzeda\w*)(?!\w)",
    re.I,
)
_CLAUSE = re.compile(r"[.!?;\n]")


def _disability(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A disability or an aid of someone's, unless in an idiom ("fell on deaf ears")."""
    if _IDIOM.search(scan.around(m.start(), m.end(), 24)):
        return
    if _IMPERSONAL.search(scan.around(m.start(), m.end(), 64)):
        return  # "Ab einem GdB von 50 gilt man als schwerbehindert": anyone, not someone
    if _MAKING.search(_CLAUSE.split(scan.before(m.start(), 60))[-1]):
        return  # "I'm designing a catheter for my thesis": a device made or sold, not worn
    if said_of_person(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start(), m.end())


#: A degree after the term ("del 65 %", "al 75%", "GdB 50", "de 80 %").
_DEGREE = (
    r"(?:\s*(?:\(?\s*(?:[^\W\d_]+\s+){0,2}?)?(?:del|de|al|di|of|von|van|mit einem|mit|o)?\s*"
    r"(?:GdB\s*(?:von\s*)?)?\d{1,3}\s*%)?"
)
#: An English hearing aid counts in use ("uses a hearing aid", "wears two hearing aids"); the
#: suite's hard negatives keep "My hearing aids are new." public.
_AID = (
    r"(?:uses|use|using|wears|wear|wearing|has|have|had|got|with|needs|need|fitted with)\s+"
    r"(?:(?:a|an|two|his|her|my|their|new)\s+)?hearing aids?"
)
#: "Pacemaker" as a device of someone's ("has a pacemaker", "pacemaker fitted"), not a race's
#: pacer ("the pacemaker dropped out at 30 km").
_DEVICE = (
    r"(?:(?:has|had|got|fitted with|needs|needed|gets|getting)\s+"
    r"(?:(?:a|an|his|her|my|their|new)\s+)?pacemaker(?!\s+(?:resource|cluster|service))|"
    r"(?:a|ha|hat|heeft|tiene|lleva)\s+(?:un|een|einen|il|le|el)\s+pacemaker|"
    r"(?:tiene|tengo|lleva|llevo|con)\s+(?:un\s+)?marcapasos|"
    r"pacemaker\s+(?:fitted|implanted|inserted|check|clinic|battery))"
)
DISABILITY = Detector(
    "health.disability",
    literal_alternation((*w.DISABILITY, *w.DEVICES, "hearing aid", "pacemaker", "marcapasos")),
    re.compile(
        rf"(?<![\w-])(?:{alternation(w.DISABILITY + w.DEVICES)}|{_AID}|{_DEVICE})(?![\w-])"
        rf"{_DEGREE}",
        re.I,
    ),
    _disability,
    back=40,
    ahead=48,
    caseless=True,
    unicode=True,
)

_ARTICLE = rf"(?:(?:{alternation(w.SUBSTANCE_ARTICLES)})(?:\s+|(?<=['’])))?"
_DEPENDENCE_RE = re.compile(
    rf"(?<!\w)(?:{alternation(w.DEPENDENT)})\s*{_ARTICLE}(?:{alternation(w.SUBSTANCES)})(?!\w)|"
    rf"(?<!\w)(?:{alternation(w.RECOVERY)})(?!\w)",
    re.I,
)


def _dependence(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Someone's dependence, withdrawal or abstinence."""
    if said_of_person(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start(), m.end())


DEPENDENCE = Detector(
    "health.dependence",
    literal_alternation((*w.DEPENDENT, *w.RECOVERY)),
    _DEPENDENCE_RE,
    _dependence,
    back=32,
    ahead=64,
    caseless=True,
    unicode=True,
)

DETECTORS = (DISABILITY, DEPENDENCE)
