"""Person names in rotas: who is on which day or shift ("Schichtplan: Früh – Ivana, Bastian;
Spät – Nils", "Rooster: maandag Sterre, dinsdag Luuk", "bardienst: za 8/6 Kevin & Anouk",
"Early: Marek Dąbrowski" then "Late: Jamal Idris" on the next line).

A slot is a weekday of the seven languages (written out, or abbreviated before a date or a
separator: "za 8/6", "Mo 3.6.", "ma – Daan", "pon. – Ewa"), a shift or part of the day
("Früh", "Late", "nuit", "Nachtdienst"), or a week and its number before a colon or a dash
("S14 :", "wk 23:", "KW 12 –", "tydz. 27:"), at a line's start or after ",", ";", ":", "(",
"|" or a dash. The people of one slot may be joined by "+"
("Romain + Coralie"). Its separator is a colon or a dash; a weekday
or a date may also be followed by the first name straight away ("maandag Sterre"). What follows
a slot up to the next slot, a ";" or the line's end are its items, split and judged as the items
of a roster line (``_name_rosters``: persons, candidates, things, nothing; a number or a bracket
ends an item: "Julien Mercier 06 48 27 91 35", "Inès (pas encore son numéro)").

A slot is read with the line before and after it: two slots or more there make a schedule. A
schedule names persons only when it is a rota: a rota word stands in it or up to 2,000
characters before it ("Dienstplan", "rooster", "rota", "shift", "dyżur", "turni", "garde"), or
one of its items is a full name ("Jurre Hofman"). Then its persons and candidates (a given name
that is also a word, "Grace"; an unknown capitalised token, "Derya") are names, unless an item
is a place or half of them are the cast of examples ("Alice", "Bob"). Without either, the same
weekdays before operas, cocktails, towns, classes or fixtures ("Mittwoch: Carmen", "Monday:
Margarita") name nobody; a drink or an opera that reads as a full name ("Tom Collins", "Don
Giovanni") still makes a schedule one of people. A line longer than 400 characters is prose to
this detector, and a rota on the first line of a request is found from its second line on.

The prefilters are literals: each weekday, shift word and abbreviated weekday with a date's
first digit (or with its separator, at a line's start only), after a line's start (indented,
quoted or bulleted), a colon, a bracket, a tab, a bar or Markdown bold (a weekday also after
", " and "; "), so that about one literal wakes each line of a schedule (the scan's hit budget
is one per 20 characters) and a weekday in prose wakes nothing; the woken slot reports the
persons of its three lines. The week slots have one regular expression instead, with the
separator, at a line's start: a weekly table without one
("KW 12;4711;5230") wakes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_lists import PLACEHOLDERS
from proxy.classify.detectors._name_rosters import (
    CAND,
    NONE,
    PERSON,
    THING,
    cut,
    items,
    kind,
    masked,
)
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
#: Weekdays abbreviated, per language: a slot only before a date ("za 8/6", "Mo. 3.6.") or a
#: colon or a dash ("ma – Daan", "pon. – Ewa").
_ABBREVIATED = words(
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|"
    "dim|gio|sab|dom|mié|mie|jue|vie|sáb|ma|wo|vr|za|zo|pon|pn|wt|śr|czw|pt|sob|sb|nd|ndz|niedz|"
    "merc"
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
#: Weeks, per language: a slot only with its number and before a colon or a dash ("wk 23:",
#: "KW 12 –", "sett. 2:", "tydz. 27:", and "S14 :" without a dot: "S. 12 –" cites a page).
_WEEKS = words("week|wk|kw|woche|semaine|sem|settimana|sett|semana|tydzień|tydz|tyg")
_WEEK = rf"(?:(?:{alternation(_WEEKS)})\.?|s)[ \t]?\d{{1,2}}"
_DATE = r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?"
#: What may stand before a slot: on its line, nothing but bullets and emphasis; or a list's
#: punctuation ("Schichtplan: Früh – Ivana; Spät – Nils").
_LINE_START = re.compile(r"[ \t]*(?:[-*•>+][ \t]*)*(?:\*\*|__)?")
_PUNCTUATION = re.compile(r"[,;:(|–—][ \t]*(?:\*\*|__)?\Z")
#: A slot and its separator, before a capital (the words in any case, the name capitalised).
_SLOT = re.compile(
    rf"(?<!\w)(?:"
    rf"(?i:(?P<day>{alternation(_WEEKDAYS)})(?:[ \t]+(?:{alternation(_SHIFTS)}))?)"
    rf"(?:[ \t]+{_DATE})?(?:\*\*|__)?"
    rf"|(?i:(?P<abbr>{alternation(_ABBREVIATED)}))\.?(?:,?[ \t]+{_DATE}(?:\*\*|__)?"
    rf"|(?i:[ \t]+(?:{alternation(_SHIFTS)}))?(?=[ \t]*[:–—-]))"
    rf"|(?i:(?P<shift>{alternation(_SHIFTS)}))(?:\*\*|__)?(?=[ \t]*[:–—-])"
    rf"|(?i:(?P<week>{_WEEK}))(?:\*\*|__)?(?=[ \t]*[:–—-]))"
    rf"(?:[ \t]*[:–—-](?:\*\*|__)?[ \t]*|[ \t]+)(?=[{UP}])"
)
#: What ends an item: a number or a bracket (also an unclosed one: "(Early: Atherton, ...").
_ITEM_END = re.compile(r"[\d()\[\]<>]")
#: An initial's dot after a name ("Lina H."): what the item's stripping must keep.
_INITIAL_DOT = re.compile(rf"(?<=[ ][{UP}])\.")
#: Lines longer than this are prose, not a schedule's.
_LINE = 400
#: How far before a slot's lines a rota word still names the schedule (about 50 lines of one).
_ROTA_BACK = 2000
#: Words that make a schedule a rota of people, as stems (compounds: "Dienstplan",
#: "bardienstrooster", "dyżurów") or whole words. Hand-written.
_ROTA = re.compile(
    r"dienst(?!ag)|(?<!ge)schicht|rooster|roster|piket|dyżur|dyzur|grafik|wachplan|bereitschaft|"
    r"reperibil|cuadrante|guardia|astreinte|permanence|rotation|on[- ]?call|shift|"
    r"(?<![^\W\d_])(?:rota|rotas|garde|gardes|turni|turno|turnos|duty|duties)(?![^\W\d_])",
    re.I,
)


def _region(scan: Scan, pos: int) -> tuple[int, str] | None:
    """The line around ``pos`` with the whole lines before and after it: its start and text;
    ``None`` when the slot's line is too long to be a schedule's."""
    size = 2 * _LINE + 2
    before, after = scan.before(pos, size), scan.after(pos, size)
    above, below = before.split("\n"), after.split("\n")
    if len(above[-1]) > _LINE or len(below[0]) > _LINE:
        return None
    whole_above = len(above) > 2 or len(before) < size  # the line before is not cut
    whole_below = len(below) > 2 or len(after) < size
    head = "\n".join(above[-2:] if whole_above else above[-1:])
    tail = "\n".join(below[:2] if whole_below else below[:1])
    return pos - len(head), head + tail


def _at(before: str) -> bool:
    """Whether a slot after ``before`` stands where a schedule's slot does."""
    line = before[before.rfind("\n") + 1 :]
    return _LINE_START.fullmatch(line) is not None or _PUNCTUATION.search(line) is not None


def _slot_items(text: str, base: int) -> Iterator[tuple[int, int, str]]:
    """The items of one slot's text (offsets from ``base``) and their kinds."""
    text = text.split("\n", 1)[0].split(";", 1)[0].rstrip("\r")
    # "+" joins the people of one slot ("Romain + Coralie"): read as a comma (same length)
    for value, start, _ in items(cut(masked(text.replace("+", ",")))):
        name = _ITEM_END.split(value, 1)[0].rstrip(" \t,.")
        if _INITIAL_DOT.match(value, len(name)):
            name += "."  # "Lina H.": the initial keeps its dot
        if name:
            what = kind(name)
            if what == NONE and name in data.SURNAMES and name not in PLACEHOLDERS:
                what = _WORD_SURNAME  # "Zima", "Lis": a person beside full names only
            yield base + start, base + start + len(name), what


def _schedule(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The persons of the schedule this slot belongs to, on its three lines (see the module
    docstring)."""
    if not _at(scan.before(m.start(), 80)):
        return
    region = _region(scan, m.start())
    if region is None:
        return
    start, text = region
    before = scan.before(start, _ROTA_BACK)
    key = (hash(text), hash(before))  # every slot woken on the same lines asks the same
    spans = _JUDGED.get(key)
    if spans is None:
        if len(_JUDGED) >= 256:
            _JUDGED.clear()
        spans = _JUDGED[key] = _judged(text, before)
    for first, last in spans:
        yield Hit("pii.person_name", None, start + first, start + last)


#: A one-token item that is a known surname and an everyday word ("Zima", "Lis", "Winter"): a
#: person only in a rota that also names someone in full ("wt. – Agnieszka Kot").
_WORD_SURNAME = "word-surname"
#: Spans judged, by the hashes of the lines and the text before them: the request's text is not
#: kept past the scan (only hashes and offsets), and the table is cleared at 256 entries.
_JUDGED: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}


def _judged(text: str, before: str) -> tuple[tuple[int, int], ...]:
    """The spans of the persons of the schedule on these lines (``before``: the text before
    them)."""
    slots = [slot for slot in _SLOT.finditer(text) if _at(text[: slot.start()])]
    if len(slots) < 2:
        return ()
    found: list[tuple[int, int, str]] = []
    for i, slot in enumerate(slots):
        stop = slots[i + 1].start() if i + 1 < len(slots) else len(text)
        found.extend(_slot_items(text[slot.end() : stop], slot.end()))
    kinds = {what for *_, what in found}
    if not kinds & {PERSON, CAND} or not _rota(text, before, found):
        return ()
    take = {PERSON, CAND} if PERSON in kinds and THING not in kinds else {PERSON}
    if take == {PERSON, CAND} and any(" " in text[a:b] for a, b, what in found if what == PERSON):
        take.add(_WORD_SURNAME)
    return tuple((first, last) for first, last, what in found if what in take)


def _rota(text: str, before: str, found: list[tuple[int, int, str]]) -> bool:
    """Whether a schedule is one of people: a rota word in it or before it, or a full name
    among its items; and not the cast of examples."""
    names = [text[first:last] for first, last, _ in found]
    cast = sum(name in PLACEHOLDERS for name in names)
    if cast >= 2 and 2 * cast >= len(names):
        return False  # "Monday: Alice, Tuesday: Bob"; not "Charlie, Oscar, Lena" of a bar rota
    if any(what == PERSON and " " in name for name, (*_, what) in zip(names, found, strict=True)):
        return True
    return _ROTA.search(before) is not None or _ROTA.search(text) is not None


#: What stands before a slot's word in its literal (see the module docstring).
_LEADS = (
    *("\n", "\n- ", "\n* ", "\n• ", ": ", "(", "\t", "\n**", ":", "| ", "**", "\n ", "\n  "),
    *("\n> ", "\n  - ", "\n    "),
)


def _prefilters() -> tuple[str, ...]:
    """Caseless literals (capitals too where a letter is not ASCII: hyperscan folds ASCII)."""

    def forms(word: str) -> set[str]:
        return {word, word.capitalize(), word.upper()} if not word.isascii() else {word}

    days = {f"{lead}{f}" for w in _WEEKDAYS for f in forms(w) for lead in (*_LEADS, ", ", "; ")}
    shifts = {f"{lead}{f}" for w in _SHIFTS for f in forms(w) for lead in _LEADS}
    abbreviated = {  # before a date
        f"{lead}{f}{dot} {digit}"
        for w in _ABBREVIATED
        for f in forms(w)
        for lead in ("\n", ": ", "(", "\t", "\n- ")
        for dot in ("", ".")
        for digit in "0123456789"
    }
    separated = {
        f"{lead}{f}{dot}{sep}"
        for w in _ABBREVIATED
        for f in forms(w)
        for lead in ("\n", "\n- ")
        for dot in ("", ".")
        for sep in (" – ", " - ", ": ", " — ", " : ")
    }
    return tuple(sorted(re.escape(p) for p in days | shifts | abbreviated | separated))


#: A week slot at a line's start (indented, quoted, bulleted or bold), with its separator: one
#: regular expression, so that a weekly table without one ("KW 12;4711;5230") wakes nothing.
_WEEK_SLOT = rf"(?:^|\n|\|)[ \t>]*(?:[-*•][ \t]*)?(?:\*\*|__)?{_WEEK}(?:\*\*|__)?[ \t]*[:–—-]"
#: An abbreviated weekday and a shift at a line's start, with their separator ("Mo Frühdienst:
#: Fuchs", "pon. rano – Zima"): one regular expression, as the week slots.
_DAY_SHIFT_SLOT = (
    rf"(?:^|\n)[ \t>]*(?:[-*•][ \t]*)?(?:\*\*|__)?(?:{alternation(_ABBREVIATED)})\.?"
    rf"[ \t]+(?:{alternation(_SHIFTS)})(?:\*\*|__)?[ \t]*[:–—-]"
)
DETECTORS = (
    *(
        Detector(
            "person_name.schedule", literal, _SLOT, _schedule, back=24, ahead=40, caseless=True
        )
        for literal in _prefilters()
    ),
    *(
        Detector(
            "person_name.schedule",
            slot,
            _SLOT,
            _schedule,
            back=back,
            ahead=40,
            caseless=True,
            unicode=True,
        )
        for slot, back in ((_WEEK_SLOT, 32), (_DAY_SHIFT_SLOT, 40))
    ),
)
