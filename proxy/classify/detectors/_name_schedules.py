"""Person names in schedules: who is on which day or shift ("Früh – Ivana, Bastian; Spät –
Nils", "maandag Sterre, dinsdag Luuk", "za 8/6 Kevin & Anouk, zo 9/6 Demi", "Early: Marek
Dąbrowski" then "Late: Jamal Idris" on the next line).

A slot is a weekday of the seven languages (written out, or abbreviated before a date: "za 8/6",
"Mo 3.6."), or a shift or part of the day ("Früh", "Late", "nuit", "Nachtdienst"), at a line's
start or after ",", ";", ":", "(" or "|". Its separator is a colon or a dash; a weekday or a
date may also be followed by the first name straight away ("maandag Sterre"). What follows a
slot up to the next slot, a ";" or the line's end are its items, split and judged as the items
of a roster line (``_name_rosters``: persons, candidates, things, nothing; a number or a bracket
ends an item: "Julien Mercier 06 48 27 91 35", "Inès (pas encore son numéro)").

A schedule is two slots or more in one paragraph: a single "Monday: Anna" is left to the other
detectors. As in a roster, a candidate (a given name that is also a word, "Grace"; an unknown
capitalised token, "Derya") counts only when the schedule holds a person and no place ("Friday:
Florence, Saturday: Siena" is a trip).

The prefilters are literals: each weekday and a space or colon, each shift word and its
separator, each abbreviated weekday and a digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors._name_rosters import CAND, PERSON, THING, cut, items, kind, masked
from proxy.classify.detectors._name_tokens import UP

#: Weekdays written out, per language (with and without accents). Hand-written.
_WEEKDAYS = words(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    "donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    "dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|lunedi|martedi|mercoledi|giovedi|"
    "venerdi|sabato|domenica|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|domingo|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|poniedzialek|"
    "wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela"
)
#: Weekdays abbreviated, per language: a slot only before a date ("za 8/6", "Mo. 3.6.").
_ABBREVIATED = words(
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|"
    "dim|gio|sab|dom|mié|mie|jue|vie|sáb|ma|wo|vr|za|zo|pon|wt|śr|czw|pt|sob|nd|ndz"
)
#: Shifts and parts of the day, per language: a slot only before a colon or a dash.
_SHIFTS = words(
    "early|late|night|day|morning|afternoon|evening|weekend|early shift|late shift|"
    "night shift|day shift|früh|spät|nacht|tag|frühdienst|spätdienst|nachtdienst|tagdienst|"
    "frühschicht|spätschicht|nachtschicht|vormittag|nachmittag|abend|wochenende|matin|"
    "après-midi|apres-midi|soir|nuit|journée|mattina|mattino|pomeriggio|sera|notte|mañana|"
    "manana|tarde|noche|vroeg|laat|ochtend|middag|avond|vroege dienst|late dienst|dagdienst|"
    "avonddienst|rano|popołudnie|wieczór|noc|dzień"
)
_DATE = r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?"
#: What may stand before a slot: on its line, nothing but bullets and emphasis; or a list's
#: punctuation ("Schichtplan: Früh – Ivana; Spät – Nils").
_LINE_START = re.compile(r"[ \t]*(?:[-*•>+][ \t]*)*(?:\*\*|__)?")
_PUNCTUATION = re.compile(r"[,;:(|–—][ \t]*(?:\*\*|__)?\Z")
#: A slot and its separator, before a capital (the words in any case, the name capitalised).
_SLOT = re.compile(
    rf"(?<!\w)(?:"
    rf"(?i:(?P<day>{alternation(_WEEKDAYS)}))(?:[ \t]+{_DATE})?(?:\*\*|__)?"
    rf"|(?i:(?P<abbr>{alternation(_ABBREVIATED)}))\.?,?[ \t]+{_DATE}(?:\*\*|__)?"
    rf"|(?i:(?P<shift>{alternation(_SHIFTS)}))(?:\*\*|__)?(?=[ \t]*[:–—-]))"
    rf"(?:[ \t]*[:–—-][ \t]*|[ \t]+)(?=[{UP}])"
)
#: A paragraph's bound: a blank line.
_BLANK = re.compile(r"\n[ \t]*\n")
#: What ends an item: a number or a bracket (also an unclosed one: "(Early: Atherton, ...").
_ITEM_END = re.compile(r"[\d()\[\]<>]")
_SPAN = 800


def _paragraph(scan: Scan, pos: int) -> tuple[int, str]:
    """The paragraph around ``pos`` (at most ``_SPAN`` characters each way): its start, text."""
    before = scan.before(pos, _SPAN)
    blank = list(_BLANK.finditer(before))
    start = pos - len(before) + (blank[-1].end() if blank else 0)
    after = scan.after(pos, _SPAN)
    end = _BLANK.search(after)
    return start, scan.text[start : pos + (end.start() if end else len(after))]


def _at(before: str) -> bool:
    """Whether a slot after ``before`` stands where a schedule's slot does."""
    line = before[before.rfind("\n") + 1 :]
    return _LINE_START.fullmatch(line) is not None or _PUNCTUATION.search(line) is not None


def _slot_items(text: str, base: int) -> Iterator[tuple[int, int, str]]:
    """The items of one slot's text (offsets from ``base``) and their kinds."""
    text = text.split("\n", 1)[0].split(";", 1)[0]
    for value, start, _ in items(cut(masked(text))):
        name = _ITEM_END.split(value, 1)[0].rstrip(" \t,.")
        if name:
            yield base + start, base + start + len(name), kind(name)


def _schedule(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The persons of the schedule this slot opens or continues (see the module docstring):
    all of them, so that one slot woken is enough."""
    if not _at(scan.before(m.start(), 80)):
        return
    start, text = _paragraph(scan, m.start())
    slots = [slot for slot in _SLOT.finditer(text) if _at(text[: slot.start()])]
    if len(slots) < 2:
        return
    found: list[tuple[int, int, str]] = []
    for i, slot in enumerate(slots):
        stop = slots[i + 1].start() if i + 1 < len(slots) else len(text)
        found.extend(_slot_items(text[slot.end() : stop], start + slot.end()))
    kinds = {what for *_, what in found}
    take = {PERSON, CAND} if PERSON in kinds and THING not in kinds else {PERSON}
    for first, last, what in found:
        if what in take:
            yield Hit("pii.person_name", None, first, last)


#: What stands before a weekday that opens a slot: the weekday's literal starts with it, so
#: that a weekday in prose ("am Sonntag Abend", "on Monday we") wakes nothing.
_BEFORE_DAY = ("\n", "\n- ", "\n* ", "\n• ", "\t", ",", ", ", ";", "; ", ":", ": ", "(", "| ", "– ")


def _prefilters() -> tuple[str, ...]:
    """Caseless literals (capitals too where a letter is not ASCII: hyperscan folds ASCII)."""

    def forms(word: str) -> set[str]:
        return {word, word.capitalize(), word.upper()} if not word.isascii() else {word}

    days = {f"{lead}{f}" for w in _WEEKDAYS for f in forms(w) for lead in _BEFORE_DAY}
    shifts = {f"{f}{end}" for w in _SHIFTS for f in forms(w) for end in (":", " :", " –", " -")}
    abbreviated = {
        f"{f}{dot} {digit}"
        for w in _ABBREVIATED
        for f in forms(w)
        for dot in ("", ".")
        for digit in "0123456789"
    }
    return tuple(sorted(re.escape(p) for p in days | shifts | abbreviated))


DETECTORS = tuple(
    Detector("person_name.schedule", literal, _SLOT, _schedule, back=24, ahead=24, caseless=True)
    for literal in _prefilters()
)
