"""Dates of birth: a date in any written form of the seven languages, after a birth cue.

A date alone is not personal data (an invoice date, a deadline); it is a birth date only when
the text presents it as one ("born", "Geburtsdatum", "nata il", ``date_of_birth``). The cue is
the prefilter, so ordinary text with dates but no cue costs nothing beyond the one scan.

A numeric date right after a person's name is one too, as records and lists write it
("Patient: Hans Meier, 12.03.1985", "Anna Schmidt (12/03/1985)", "Anna Schmidt * 12.03.1985",
the genealogical star), when its year is ``LATEST_BIRTH_YEAR`` or earlier: a recent date after
a name is a signature's or a meeting's. Lists of people and their birth dates write " b. ", a
dash or a space between ("Zainab Ali b. 04/04/2014", "Özdemir, Elif – 1992-06-18"): those
count when the name starts a record and the date ends it (``_record``). It shares the
prefilter of every digit-led scheme.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from proxy.classify._base import DIGIT, DIGITS, Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as names
from proxy.classify.detectors._record_names import LIST_GOES_ON, person

_MONTHS = words(
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|"
    "feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|"
    "juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|"
    "déc|januar|februar|märz|maerz|mär|mrz|juni|juli|oktober|dezember|jänner|jän|okt|dez|"
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|gen|"
    "mag|giu|lug|ago|set|ott|dic|genn|febbr|magg|sett|enero|febrero|abril|mayo|junio|julio|septiembre|setiembre|"
    "octubre|noviembre|diciembre|ene|abr|januari|februari|maart|mei|augustus|mrt|stycznia|"
    "lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|"
    "pazdziernika|listopada|grudnia|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru"
)
#: Roman month numerals, as Polish dates write them ("12 III 1985").
_ROMAN = "i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii"
_CUE_WORDS = words(
    "date of birth|birth date|birthdate|d.o.b.|d.o.b|dob|born on|born|birthday|date de naissance|"
    "date de naiss.|né le|née le|né(e) le|né(e)|né à|née à|né en|née en|naissance|geburtsdatum|"
    "geburtsdat.|geb.-datum|geb.datum|geboren am|geboren|geb. am|geb.|data di nascita|"
    "data nascita|nato il|nata il|nato/a il|nata/o il|nato/a|nata/o|nato a|nata a|nato|nata|"
    "fecha de nacimiento|fecha nacimiento|fecha de nac.|fecha nac.|f. nac.|fec. nac.|nacido el|"
    "nacida el|nacido/a el|nacida/o el|nacido/a|nacida/o|nacido|nacida|geboortedatum|geboren op|"
    "geb. datum|data urodzenia|data ur.|urodzony|urodzona|urodzony/a|urodzona/y|urodz.|ur.|"
    "geburtstag|nascita|nacimiento|geboorte|birth|nació|nací|naciste|nacimos|nacieron|nacque|"
    "nacqui|naquit|naquis|urodził|urodziła|urodziłem|urodziłam|urodziłeś|urodziłaś|urodzili|"
    "urodziły|urodziło|urodziny|urodzin|compleanno|cumpleaños|cumpleanos|verjaardag|"
    "mon anniversaire|ton anniversaire|son anniversaire|notre anniversaire|votre anniversaire|"
    "date naissance|gebdat|gebdatum|data ur"
)
#: Cues as they appear as field names too: ``date_of_birth``, ``dateOfBirth``, ``birth-date``.
_DOB_CUES = tuple(
    {v for cue in _CUE_WORDS for v in (cue, cue.replace(" ", "_"), cue.replace(" ", ""))}
    | {cue.replace(" ", "-") for cue in _CUE_WORDS if " " in cue}
)
#: A birth cue anywhere (``proxy.classify.spoken`` reads a year in words only near one).
BIRTH_CUE = re.compile(r"(?<!\w)(?:" + alternation(_DOB_CUES) + r")(?!\w)", re.I)
#: A birth cue right before a number: the number is the date, not a phone number (04111978).
BIRTH_CUE_BEFORE = re.compile(
    r"(?<!\w)(?:" + alternation(_DOB_CUES) + r")(?!\w)[^\w\n]{0,6}$", re.I
)
_YEAR = r"(?:19|20)\d{2}"
_MONTH = "(?:" + alternation(_MONTHS) + r")\.?"
_DAY = r"\d{1,2}(?:er|st|nd|rd|th|º|°)?\.?"
#: The written forms of a date; the first three are all digits (their groups in ``_NUMERIC``).
_DATE_FORMS = (
    rf"(?P<d>\d{{1,2}})(?P<s>[./-])(?P<m>\d{{1,2}})(?P=s)(?P<y>{_YEAR}|\d{{2}})",
    rf"(?P<d2>\d{{1,2}})\. (?P<m2>\d{{1,2}})\. ?(?P<y2>{_YEAR})",
    rf"(?P<y3>{_YEAR})(?P<s3>[./-])(?P<m3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})",
    rf"{_DAY}(?:\s+of)?[\s\-]+(?:de\s+)?{_MONTH},?[\s\-]+(?:de\s+|del\s+)?(?:{_YEAR}|'?\d\d)",
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}",
    rf"\d{{1,2}}(?:\.\s*|\s+)(?:{_ROMAN})(?:\.\s*|\s+){_YEAR}",
    rf"\d\d{_MONTH}(?:{_YEAR}|\d\d)",
    rf"(?P<y4>{_YEAR})(?P<m4>0[1-9]|1[0-2])(?P<d4>[0-3]\d)",
    rf"(?P<d5>[0-3]\d)(?P<m5>0[1-9]|1[0-2])(?P<y5>{_YEAR})",
)
_DATE = "|".join(_DATE_FORMS)
#: A date of two-digit day and month and a four-digit year with spaces between, as identity
#: cards print it, or read from a scan with the letter O for a zero ("O9 O2 1985", "12/O8/1938",
#: "27 06 199O"): after a birth cue only.
_SCANNED = r"(?P<ds>[\dO]{2})(?P<ss>[ ./-])(?P<ms>[\dO]{2})(?P=ss)(?P<ys>(?:19|2[0O])[\dO]{2})"
#: The written forms of a date, for other detectors (``_table_columns``).
DATE = _DATE
DOB = Detector(
    "dob",
    hs_words(_DOB_CUES),
    re.compile(
        r"(?<!\w)(?P<cue>"
        + alternation(_DOB_CUES)
        # the birthplace's postcode or department in brackets may stand between ("né à Pau
        # (64000) le 3 avril 1958", "nato a Roma (RM) il")
        + r")(?!\w)(?=[^\n\d;]{0,40}\d)(?:[^\n\d;]|\(\d{2,5}\)){0,40}?(?<![\w.])(?P<date>"
        + _DATE
        + "|"
        + _SCANNED
        + r")(?![\dO])",
        re.I,
    ),
    lambda m, s: _dob(m),
    back=64,
    ahead=90,
    caseless=True,
    unicode=True,
    needs=DIGIT,
)
_COMPARISON = re.compile(
    r"\b(?:before|after|earlier|later|between|since|until|from|greater|less|older|younger|avant|"
    r"après|entre|depuis|vor|nach|zwischen|seit|bis|prima|dopo|tra|antes|después|desde|hasta|"
    r"voor|na|tussen|przed|po|między|od|do)\b|<|(?<![=\-])>",  # not an arrow: "'dob' => …"
    re.I,
)


#: German and Dutch put the verb last: "Er wurde am 14.02.1979 in Graz geboren", "Zij werd op
#: 14 februari 1979 geboren". The date follows "am", "den", "vom" or "op" and "geboren" ends its
#: clause within a few words (no sentence end between).
DOB_VERB_LAST = Detector(
    "dob.verb_last",
    r"\bgeboren\b",
    re.compile(
        r"(?<!\w)(?:am|den|vom|op|ben|bin)\s+(?P<date>"
        + _DATE
        + r")(?!\d)(?P<gap>[^\n,.;:!?\d]{0,48}?)(?<!\w)geboren(?!\w)",
        re.I,
    ),
    lambda m, s: _verb_last(m),
    back=100,
    ahead=12,
    caseless=True,
    unicode=True,
    needs=DIGIT,
)


#: A birth-date question put to the reader ("your", "votre", "Ihr" before the cue) and, on the
#: next line (or the one after), the date as its answer: a support chat's identity check ("…
#: confirmer votre date de naissance ?⏎[16:03:52] Client : 16/05/1978"); not a FAQ's question
#: ("Do I need to enter my date of birth?⏎Last updated: 03/02/2015"). A timestamp in brackets
#: may open the answer's line.
_ANSWER_RE = re.compile(
    r"(?<!\w)(?:your|votre|ton|ta|vostra|tua|sua|Ihr|Ihre|Ihres|dein|deine|su|tu|uw|je|jouw|"
    r"Pana|Pani|twoja|twoją|twoje)[ \t]+(?:\w+[ \t]+)?(?P<cue>"
    + alternation(_DOB_CUES)
    + r")(?!\w)[^\n\d]{0,60}\?[ \t]*\r?\n(?:[^\n]{0,200}\n)?"
    + r"(?:[ \t]*\[[\d:./ \-]{4,20}\])?[^\n\d]{0,40}?(?<![\w.])(?P<date>"
    + _DATE
    + r")(?!\d)",
    re.I,
)
#: Woken by the question's end ("?" and a line break: a few per MB of ordinary text), not by the
#: birth cues: sharing their prefilter would widen every birth cue's window to the answer's.
DOB_ANSWER = tuple(
    Detector("dob.answer", end, _ANSWER_RE, lambda m, s: _answer(m), back=110, ahead=320)
    for end in (r"\?\n", r"\?\r\n")
)


def _answer(m: re.Match[str]) -> Iterator[Hit]:
    """The answer's date, when its year can be a living adult's or child's birth year (not
    "Termin am 12.03.2025")."""
    years = re.findall(r"\d+", m.group("date"))
    if years and _old_enough(years[-1] if len(years[-1]) in (2, 4) else years[0]):
        yield from _dob(m)


def _other_day(text: str, start: int, end: int) -> bool:
    """Whether a wedding, a company or a project is born or celebrated: named between the cue
    and the date, or in the few words before the cue."""
    return _OTHER_DAY.search(text, max(0, start - 24), end) is not None


def _verb_last(m: re.Match[str]) -> Iterator[Hit]:
    """A real date before "geboren" in its clause ("Die Idee wurde am … geboren" is none);
    after "ben" or "bin" only with at most a place between ("Ik ben 3 juni 1949 in Delft
    geboren", not "Ik ben 3 mei 2010 verhuisd naar de stad waar ik geboren ben")."""
    if m.group(0)[:3].lower() in ("ben", "bin") and len(m.group("gap").split()) > 2:
        return
    if not _other_day(m.string, m.start(), m.start("date")) and _calendar(m):
        yield Hit("pii.date_of_birth", None, m.start("date"), m.end("date"))


def _calendar(m: re.Match[str]) -> bool:
    """Whether the all-digit date the match holds, if any, is a calendar date."""
    return all(
        m.group(day) is None or _real_date(m[day], m[month], m[year])
        for day, month, year in _NUMERIC
    )


#: Whether a match of ``DATE`` is a calendar date, for other detectors.
calendar = _calendar
#: The named groups (day, month, year) of the all-digit forms, whose date must be real.
_NUMERIC = tuple((f"d{i}", f"m{i}", f"y{i}") for i in ("", "2", "3", "4", "5"))


#: Birthday nouns and birth verbs, which a wedding, a firm or a project has too ("mon
#: anniversaire de mariage", "El proyecto nació el …", "Urodziny firmy: …").
_FIGURATIVE_CUES = frozenset(
    words(
        "nació|nacque|naquit|urodził|urodziła|urodziło|urodziny|urodzin|compleanno|cumpleaños|"
        "cumpleanos|verjaardag|mon anniversaire|ton anniversaire|son anniversaire|"
        "notre anniversaire|votre anniversaire|geboren"
    )
)
#: What makes such a cue another day's or a thing's: a wedding, a company, a project, a state.
_OTHER_DAY = re.compile(
    r"\b(?:mariage|matrimonio|boda|hochzeit|huwelijk|trouwdag|bruiloft|ślub\w*|slub\w*|wedding|"
    r"marriage|proyecto|empresa|compañía|firma|firmy|spółka|spółki|projekt|projektu|bedrijf|"
    r"project|progetto|azienda|società|repubblica|república|republik|entreprise|société|projet|"
    r"unternehmen|company|idee|idea|idée|gebäude|partito|partido|partij|partei)\b",
    re.I,
)


def _dob(m: re.Match[str]) -> Iterator[Hit]:
    """A plausible date presented as a birth date (not a comparison in a query, nor a wedding
    anniversary)."""
    between = (m.string, m.start(), m.start("date"))
    if m["cue"] == "NATO" or _COMPARISON.search(*between):
        return  # the alliance, or "born after 1990" in a query
    if m["cue"].lower() in _FIGURATIVE_CUES and _other_day(m.string, m.start(), m.start("date")):
        return  # "mon anniversaire de mariage", "El proyecto nació el 3 de marzo de 2015"
    scanned = m.groupdict().get("ds") is not None and not _real_date(
        *(m[g].upper().replace("O", "0") for g in ("ds", "ms", "ys"))
    )
    if _calendar(m) and not scanned:
        yield Hit("pii.date_of_birth", None, m.start("date"), m.end("date"))


def _real_date(day: str, month: str, year: str) -> bool:
    """Whether the numbers make a calendar date (day and month swapped for US order)."""
    d, mo, y = int(day), int(month), int(year)
    if y < 100:
        y += 1900
    if mo > 12 and d <= 12:
        d, mo = mo, d
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    return True


#: A person's name (two to four capitalised tokens, particles allowed, or "Surname, Given" as
#: lists write it) ending right before a date: ", ", " (", " * ", ", * ", " b. " (born), a
#: dash or a space, as lists of people and their birth dates write it ("Zainab Ali b.
#: 04/04/2014", "Özdemir, Elif – 1992-06-18", "Hugo Serrano 07.05.2014").
_NAME_BEFORE = re.compile(
    r"(?:(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:[ ](?:(?:"
    + alternation(names.PARTICLES)
    + r")[ ])?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,3})|(?P<inverted>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+,[ ]"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+))"
    r"(?:,[ ]?|[ ]\(|[ ]?\*[ ]?|,[ ]\*[ ]?|[ ]b\.[ ]?|(?P<bare>[ ][–-][ ]|[ ]))$"
)
#: Where a record starts and ends (a line, a list item): a name and a date with only a dash or a
#: space between are a record only there ("Meeting with Anna Schmidt 12.03.2015" is none);
#: after a label's colon only in a list that goes on ("Signed: Anna Schmidt 12.03.2014" is a
#: signature's date, "por edad: Hugo Serrano 07.05.2014, Iker Bravo …" a list).
_RECORD_START = re.compile(r"(?:\A|[\n;,(][ \t]*)\Z")
_LABEL_START = re.compile(r":[ \t]*\Z")
_RECORD_END = re.compile(r"[ \t]*(?:$|[\r\n,;)])")
_PERSON = "pii.person_name"
_NUMERIC_DATE = re.compile(r"(?<![\w.])(?:" + "|".join(_DATE_FORMS[:3]) + r")(?![\d.]\d)")
#: The latest year of birth counted after a name (a recent date after a name is a signature's
#: or a meeting's). A constant, not the clock: the classifier is pure, the same text is judged
#: the same way every day; it moves with a release.
LATEST_BIRTH_YEAR = 2016


def _old_enough(year: str) -> bool:
    """Whether a year can be a birth year after a name: four digits up to
    ``LATEST_BIRTH_YEAR``, or two digits from 30 (1930-1999; "12.03.24" is a recent date)."""
    if len(year) == 2:
        return int(year) >= 30
    return int(year) <= LATEST_BIRTH_YEAR


def _after_name(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A real date of a possible birth year right after a known name (see the docstring); in
    a record (a line or list item holding only the name and the date), the name as well: the
    name detectors miss "Esposito Gennaro – 08-09-61", a surname before its given name."""
    found = _NAME_BEFORE.search(scan.before(m.start(), 64))
    if found is None or (found["bare"] and not _record(m, scan, found)):
        return
    if found["inverted"]:  # "Özdemir, Elif": the given name last
        last, first = found["inverted"].split(", ")
        toks = [first, last]
    else:
        toks = found["name"].split()
        first, last = toks[0], toks[-1]
    if not person(first, last, bool(found["bare"]), bool(found["inverted"])):
        return
    if last in names.PLACES or any(t in names.NOT_NAME for t in toks):
        return
    if " ".join(toks).lower() in names.EPONYMS:
        return  # a placeholder or a famous person ("Mario Rossi")
    for day, month, year in _NUMERIC[:3]:
        if m.group(day) is not None:
            if not _real_date(m[day], m[month], m[year]):
                return
            if not _old_enough(m[year]):
                return
            yield Hit("pii.date_of_birth", None, m.start(), m.end())
            if found["bare"]:  # a record: the name is the person born then
                group = "inverted" if found["inverted"] else "name"
                offset = m.start() - len(found.string)
                yield Hit(_PERSON, None, offset + found.start(group), offset + found.end(group))
            return


def _record(m: re.Match[str], scan: Scan, found: re.Match[str]) -> bool:
    """Whether the name starts a record and the date ends it."""
    window = found.string
    if found.start() == 0 and len(window) == 64:
        return False  # the name's start is out of sight
    after = scan.after(m.end(), 4)
    if _LABEL_START.search(window, 0, found.start()):
        return bool(LIST_GOES_ON.match(after))
    return bool(_RECORD_START.search(window, 0, found.start())) and bool(_RECORD_END.match(after))


DOB_AFTER_NAME = Detector("dob.after_name", DIGITS, _NUMERIC_DATE, _after_name, back=48, ahead=24)
