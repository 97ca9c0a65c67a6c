"""Person names in participant lists: a roster label at a line's start and the names after it.

Meeting notes and mail headers list people after a label: "Attendees: Lars, Fatima, Chen Wei",
"Teilnehmer: Jonas, Lea und Mehmet", "Présents : Claire, Hugo et Inès", "Obecni: Kasia,
Tomek", "CC: Priya, Tom". The list runs to the line's end (or a sentence's end); its items are
split at commas, ";", "/", "&" and the list words of the seven languages. A label alone on its
line takes the lines below it instead, one or more items each, with or without a bullet or a
number ("Attendees:", then "- Lars Berg" and "- Fatima" below), to the first blank line or
line holding a colon.
An item is:

- a person (always reported): a known given name that is no everyday word, place, month or
  product ("Lars"), a known surname or surname shape that is no word ("Eriksson"), or a full
  name of two or three capitalised tokens, one of them known, the others known or no word of
  any language we list ("Chen Wei", "Fatima Benali");
- a candidate (reported when the list holds a person and no place or month): a known given
  name that is also a word or product ("Claire", "Hugo", "Grace"), or a single capitalised
  token that is no word, place, month, company or department ("Oluwaseun");
- nothing: numbers, e-mail addresses, words in lower case ("all staff", "HR team"), tokens in
  capitals ("HR", "EMEA"), departments ("Marketing", "Vertrieb"), companies ("ACME GmbH").

A role or company in brackets after a person ("Lars (Sales)", "Priya <priya@example.com>") is
no part of the item: the span is the name alone. A "Team:" label with one item names a team
("Team: Phoenix"), and lists of the cast of tutorials ("Alice, Bob") are nobody.

The prefilter is the labels followed by ":" (the French ones by " :" too), as pure caseless
literals: a label in capitals with a non-ASCII letter ("PRÉSENTS:") gets its own literal, since
hyperscan's literal compiler folds ASCII letters only. 49 literals among the hundred thousand
of the literal database: no measurable cost over ordinary text, which holds none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import COMPANY, LO, UP

_LABELS = words(
    "attendees|participants|present|absent|apologies|invited|invitees|cc|bcc|team|members|"
    "teilnehmer|anwesend|abwesend|entschuldigt|eingeladen|verteiler|présents|absents|excusés|"
    "invités|partecipanti|presenti|assenti|invitati|participantes|asistentes|presentes|"
    "ausentes|invitados|deelnemers|aanwezig|afwezig|genodigden|uczestnicy|obecni|nieobecni|"
    "zaproszeni|"
    # who sent apologies, as minutes write it ("Excusée : Océane", "Assente giustificata:
    # Moretti", "Excusa su asistencia: Gil", "Afwezig met bericht: mw. Koster")
    "excused|absent with apologies|excusé|excusée|excusées|absente|absentes|entschuldigt fehlen|"
    "assente|assente giustificata|assente giustificato|assenti giustificati|giustificati|"
    "excusa su asistencia|excusan su asistencia|excusados|ausente|afwezig met bericht|"
    "met kennisgeving afwezig|afgemeld|nieobecna|nieobecny|usprawiedliwieni|usprawiedliwiona|"
    "usprawiedliwiony"
)
#: The labels as written: in lower case, capitalised or in capitals.
_FORMS = tuple(f for w in _LABELS for f in (w, w.capitalize(), w.upper()))
#: One line of a list written below its label: a bullet or a number (or none), and the item.
_LINE = r"[ \t]*(?:(?:[-*•+]|\d{1,2}[.)])[ \t]+)?[^\s:][^\r\n:]{0,79}(?:\r?\n|\Z)"
_BULLET = re.compile(r"[ \t]*(?:(?:[-*•+]|\d{1,2}[.)])[ \t]+)?")
#: The line's start: indentation, bullets or quote marks, Markdown emphasis around the label.
_ROSTER = re.compile(
    rf"(?m)^[ \t]*(?:[-*•>+][ \t]*)*(?:\*\*|__)?(?P<label>{alternation(_FORMS)})(?:\*\*|__)?"
    rf"[ \t]*:(?:\*\*|__)?[ \t]*"
    rf"(?:(?P<list>[^\s][^\r\n]{{0,399}})|\r?\n(?P<lines>(?:{_LINE}){{1,30}}))"
)
#: Brackets after an item (a role, a company, an address), masked before the split.
_BRACKETS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|<[^<>\n]*>")
_MASK = "\x01"
_CONJ = words("and|und|et|e|ed|y|en|i|oraz|sowie")
_SEP = re.compile(
    rf"[ \t]*[,;/&][ \t]*(?:(?:{alternation(_CONJ)})[ \t]+)?|[ \t]+(?:{alternation(_CONJ)})[ \t]+"
)
#: A sentence's end, a table cell's border or the next label ends the list ("Lars, Fatima.
#: Agenda: ...", "Present: Lars, Fatima Absent: Tom"); not an initial's or a title's dot.
_END = re.compile(r"(?P<dot>[.!?|])(?=[ \t]|$)|[ \t]+[^\W\d_]+[ \t]*:(?=[ \t]|$)")
_TITLES = words(
    "Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Mlle|Herr|Frau|Hr|Fr|Sig|Sra|Sr|Dott|Dhr|Mevr|Mw|Pan|Pani"
)
_TITLE = re.compile(rf"(?i:{alternation(_TITLES)})\.?[ ]+")
_ABBREVIATED = frozenset(_TITLES)
_TOK = rf"(?:Mc|Mac)?[{UP}](?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)*"
_ITEM = re.compile(
    rf"^{_TOK}(?:[ ](?:(?:{alternation(data.PARTICLES)})[ ])?(?:{_TOK}|[{UP}]\.)){{0,2}}$"
)
_PARTICLE_WORDS = frozenset(w for p in data.PARTICLES for w in p.split())
#: Departments, teams and groups, in the seven languages (lower case): no person.
_GROUPS = frozenset(
    words(
        "backend|frontend|devops|ops|sales|marketing|finance|legal|engineering|support|"
        "operations|product|design|management|board|staff|everyone|all|team|teams|security|"
        "research|procurement|accounting|compliance|platform|infrastructure|infra|mobile|web|"
        "data|analytics|qa|hr|it|pr|ux|ui|customer|customers|partners|vertrieb|vorstand|"
        "einkauf|buchhaltung|entwicklung|geschäftsführung|personal|personalabteilung|recht|"
        "finanzen|controlling|betriebsrat|alle|ventes|juridique|direction|comptabilité|"
        "achats|tous|toutes|vendite|amministrazione|acquisti|direzione|tutti|ventas|finanzas|"
        "dirección|compras|contabilidad|todos|verkoop|directie|inkoop|financiën|iedereen|"
        "sprzedaż|księgowość|zarząd|kadry|wszyscy|none|nobody|niemand|personne|nessuno|nadie|"
        "nikt|tbd|tba"
    )
)
#: Given names that are also words, products or myths: candidates, not persons by themselves.
_WEAK_GIVEN = data.AMBIGUOUS | data.NAME_WORDS | data.PRODUCT_NAMES
#: Proper nouns that make an item a thing, and the list one of things.
_THINGS = data.PLACES | data.NOT_NAME
#: The cast of cryptography and tutorials.
_PLACEHOLDERS = frozenset(words("Alice|Bob|Carol|Charlie|Dave|Eve|Mallory|Trent|Peggy|Victor"))
#: The French labels, which French typography writes with a space before the colon.
_SPACED = frozenset(
    words("participants|présents|absents|excusés|invités|excusé|excusée|excusées|absente|absentes")
)
PERSON, CAND, THING, NONE = "person", "cand", "thing", "none"


def _known(tok: str) -> bool:
    """Whether a token is a known given name or surname, or has a surname's shape."""
    parts = tok.split("-")
    known = tok in data.GIVEN or parts[0] in data.GIVEN or tok in data.SURNAMES
    return known or any(p in data.SURNAMES for p in parts) or data.shaped(tok)


def _wordy(tok: str) -> bool:
    """Whether a token is an everyday word, a group's name or a German noun's shape."""
    lower = tok.lower()
    return lower in data.COMMON or lower in _GROUPS or lower in data.WORDS or data.german_noun(tok)


def _single(tok: str) -> str:
    """What a one-token item is (see the module docstring)."""
    if tok in _THINGS:  # alone, a place is the place ("Members:" then "- Madrid")
        return THING
    lower = tok.lower()
    if lower in _GROUPS or len(tok) < 3:
        return NONE
    if tok in data.GIVEN or tok.split("-", 1)[0] in data.GIVEN:
        strong = tok not in _WEAK_GIVEN and lower not in data.COMMON
        return PERSON if strong else CAND
    if tok in data.SURNAMES or data.shaped(tok):
        return NONE if lower in data.COMMON else CAND if lower in data.WORDS else PERSON
    return NONE if _wordy(tok) else CAND


def _full(toks: Sequence[str]) -> str:
    """What an item of two or three tokens is: a full name when one token is known and none
    is a place, month, group or (unless known) a word; initials count for neither."""
    names = [t for t in toks if not t.endswith(".")]
    if any(COMPANY.match(t) for t in names[1:]):
        return NONE  # "Weber Consulting", "Rossi Ltd"
    if any(t in _THINGS and t not in data.SURNAMES for t in names):
        return THING
    if not any(_known(t) for t in names):
        return NONE
    if any(t.lower() in _GROUPS or (not _known(t) and _wordy(t)) for t in names):
        return NONE
    return PERSON


def kind(item: str) -> str:
    """What one item (brackets masked out, stripped) is."""
    if not _ITEM.match(item):
        return NONE
    toks = [t for t in item.split() if t not in _PARTICLE_WORDS]
    return _single(toks[0]) if len(toks) == 1 else _full(toks)


def cut(text: str) -> str:
    """The list up to its end (see ``_END``)."""
    for end in _END.finditer(text):
        if end.group("dot") == ".":
            word = text[: end.start()].rsplit(None, 1)[-1] if text[: end.start()].strip() else ""
            if len(word) == 1 or word.capitalize() in _ABBREVIATED:
                continue  # "Lars E., Fatima", "Dr. Weber"
        return text[: end.start()]
    return text


def items(text: str) -> Iterator[tuple[str, int, int]]:
    """The items of a list (text with brackets masked): their text and offsets, each cut at
    its first bracket and stripped of quotes, emphasis and a title."""
    pos = 0
    for sep in [*_SEP.finditer(text), None]:
        stop = sep.start() if sep else len(text)
        chunk = text[pos:stop].split(_MASK, 1)[0]
        lead = len(chunk) - len(chunk.lstrip(" \t\"'*_“”«»"))
        value = chunk.strip(" \t\"'*_“”«»")
        title = _TITLE.match(value)
        if title:
            lead, value = lead + title.end(), value[title.end() :]
        if value:
            yield value, pos + lead, pos + lead + len(value)
        pos = sep.end() if sep else pos


def masked(text: str) -> str:
    """The text with its brackets masked out (see ``_BRACKETS``)."""
    return _BRACKETS.sub(lambda b: _MASK * len(b.group()), text)


def _listed(m: re.Match[str]) -> list[tuple[str, int, int, str]]:
    """The items of the list after the label, with offsets in the scan text and their kind:
    on the label's line, or one line each below it (to the first blank line)."""
    if m.group("list") is not None:
        base = m.start("list")
        return [(v, base + s, base + e, kind(v)) for v, s, e in items(cut(masked(m["list"])))]
    out: list[tuple[str, int, int, str]] = []
    pos = m.start("lines")
    for line in m.group("lines").splitlines(keepends=True):
        lead = _BULLET.match(line)
        start = pos + (lead.end() if lead else 0)
        body = line[lead.end() if lead else 0 :].rstrip("\r\n")
        out.extend((v, start + s, start + e, kind(v)) for v, s, e in items(cut(masked(body))))
        pos += len(line)
    return out


def _roster(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The persons of a roster line (see the module docstring)."""
    listed = _listed(m)
    if m.group("label").lower() == "team" and len(listed) < 2:
        return  # a team's name ("Team: Phoenix")
    if sum(1 for v, *_ in listed if v in _PLACEHOLDERS) >= 2:
        return  # "Members: Alice, Bob"
    kinds = {k for *_, k in listed}
    take = {PERSON, CAND} if PERSON in kinds and THING not in kinds else {PERSON}
    for _, start, stop, what in listed:
        if what in take:
            yield Hit("pii.person_name", None, start, stop)


def _prefilters() -> tuple[str, ...]:
    """The labels and a colon, as caseless literals (capitals too where a letter is not ASCII)."""
    forms = sorted({f for w in _LABELS for f in (w, w.upper()) if f == w or not f.isascii()})
    spaced = tuple(f"{re.escape(f)} :" for f in forms if f.lower() in _SPACED)
    return (*(f"{re.escape(f)}{':' if len(f) > 2 else ': '}" for f in forms), *spaced)


DETECTORS = tuple(
    Detector("person_name.roster", prefilter, _ROSTER, _roster, back=48, ahead=400, caseless=True)
    for prefilter in _prefilters()
)
