"""Postal addresses of people, by the shapes of address lines in each EU country.

A *street line* is a street word, a name and a house number, in the order of its country:
type first ("12 rue de la Paix", "Via Roma, 12", "c/ Mayor, 5, 3º B", "ul. Kwiatowa 3/4",
"Rua Augusta, 100"), type glued on or after ("Hauptstraße 5a", "Keizersgracht 123",
"Nørregade 12", "Storgatan 5", "Lange Straße 5", "Váci utca 12"), German prepositions
("Am Markt 3", "Am Marktpl. 7"), streets named after a person ("Johann Strauß Gasse 14"),
Nordic and South Slavic types ("Kirkeveien 64", "Akersgata 8", "Slovenska cesta 9"), English
("221B Baker Street", "10 Downing St, Apt 4"). Decisions:

* A street line counts on its own, without a cue: a house number on a named street locates a
  home. A street without a number ("rue Victor Hugo" in a sentence about its history) is a
  place, not an address.
* A postcode and town line extends the street line after it (same line or the next ones):
  FR/DE/IT/ES 5 digits, NL "1015 CS", PL "00-950", AT/BE/DK/LU/HU 4 digits, PT "1000-001",
  SE/CZ/SK "114 55", UK "SW1A 2AA", IE Eircode "D02 X285", US "Town, ST 12345".
* A postcode and town alone ("75001 Paris") is a place; it counts only after an address cue
  ("my address", "Anschrift", "ship to").
* A name and a number without a street word (CZ/SK/PL/SI/HR streets: "Husova 12/5",
  "Floriańska 14") count before a postcode and town: on the next line any postcode, on the same
  line one whose shape says postcode ("811 06", "31-009"); not a year, a count ("Team 5\n1200
  Besucher") or a label's number. Right after an address label they count alone
  ("Adresa: Vinohradská 12").
* Street words that are also everyday words ("place", "route", "via", "corso") need the number
  to end the phrase, or a postcode or cue. Numbers that read as quantities, prices, dates,
  times, versions or years ("via Zoom 2 hours", "Platz 3", "1789") are not house numbers.
* An address presented as a company's or an institution's (a legal form, "our office", "Sitz",
  "sede", opening hours, a hospital or an employer earlier on its line) is no personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, Validator, alternation, hs_words
from proxy.classify.detectors import _address_words as w
from proxy.classify.detectors._address_lines import AT_HOUR as _AT_HOUR
from proxy.classify.detectors._address_lines import BARE as _BARE
from proxy.classify.detectors._address_lines import BARE_TOWN as _BARE_TOWN
from proxy.classify.detectors._address_lines import COMPANY_CUES as _COMPANY_CUES
from proxy.classify.detectors._address_lines import CUED as _CUED
from proxy.classify.detectors._address_lines import FIRM_LINE as _FIRM_LINE
from proxy.classify.detectors._address_lines import PERSONAL_CUES as _PERSONAL_CUES
from proxy.classify.detectors._address_lines import PLACE_AFTER as _PLACE_AFTER
from proxy.classify.detectors._address_lines import POSTCITY as _POSTCITY
from proxy.classify.detectors._address_lines import UK_POSTCODE as _UK_POSTCODE
from proxy.classify.detectors._address_lines import bare_start, institution_before

_UP = w.UP
#: One word of a street name: "S.", "Paix", "roma", "d'Alésia"; hyphens separate words, so a
#: name has one way to split (no backtracking blow-up on "de de de …").
_TOKEN = rf"(?:[{_UP}]\w{{0,2}}\.|[^\W\d_][\w'’]*)"
_CAPITAL = re.compile(  # a capitalised word, not an acronym ("SSH"); Roman numerals count
    rf"(?<![\w'’-])(?:[{_UP}][\w'’.-]*[a-zß-ÿ][\w'’.-]*|[{_UP}]\.?(?!\w)|[IVXLC]+\b)"
)
#: A date that names a street ("ul. 3 Maja", "rue du 4 Septembre", "Calle 2 de Mayo").
_DATED = rf"(?:\d{{1,2}}[ ](?:de[ ])?(?=(?i:{alternation(w.MONTHS)})\b))?"
_NAME = rf"{_DATED}{_TOKEN}(?:[ -]{_DATED}{_TOKEN}){{0,6}}"
_TAIL = w.NUMBER_TAIL
_DATE = re.compile(r"(?:[12]\d|3[01]|0?\d)[-/](?:1[0-2]|0?\d)[-/]\d+$")  # "12/05/2024"


def _number(group: str, digits: int = 4) -> str:
    """A house number (its digits in ``group``): "5", "5a", "12bis", "12/4", "nº 5"."""
    return rf"(?:(?:n[º°o.]|nr\.?|no\.)[ ]?)?(?P<{group}>\d{{1,{digits}}}{_TAIL})(?![\w])"


_BEFORE = re.compile(
    rf"\b{_number('lead')},?[ ]+(?i:(?P<w1>{alternation(w.PREFIX_STREETS)}))(?!\w)[ ]+"
    rf"(?P<n1>{_NAME})"
    rf"|(?<![\w.])(?i:(?P<w2>{alternation(w.PREFIX_STREETS)}))(?!\w)[ ]*(?P<n2>{_NAME}),?[ ]+"
    rf"{_number('num')}{w.UNIT}"
)
_AFTER = re.compile(
    rf"(?<![\w-])(?:(?P<stem>[{_UP}][\w'’-]*?(?i:{alternation(w.SUFFIX_STREETS)}))\.?"
    rf"|(?:[{_UP}][\w'’.-]*[ ]){{0,2}}(?P<adj>[{_UP}][\w'’.-]*)[ ]"
    rf"(?P<word>{alternation(w.WORD_STREETS)}))"
    rf"[ ]+{_number('num')}{w.UNIT}"
)
_PREPOSITION = re.compile(
    rf"(?<![\w])(?:{alternation(w.DE_PREPOSITIONS)})[ ](?P<stem>[{_UP}][\w'’-]+)"
    rf"(?:[ -][{_UP}][\w'’-]+){{0,2}}(?:\.(?<=pl\.|tr\.))?[ ]+{_number('num')}{w.UNIT}"
)
_EN_UNIT = r"(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Studio)[ ]\d{1,4}[A-Za-z]?,?[ ])?"
_ENGLISH = re.compile(
    rf"\b{_EN_UNIT}{_number('num', 5)},?[ ]+(?:[{_UP}][\w'’.-]*[ ]){{1,3}}"
    rf"{alternation(w.EN_STREETS)}(?!\w){w.UNIT}"
)
_PLAIN = re.compile(  # a street line without a street word, before a UK or US postcode
    rf"\b{_EN_UNIT}{_number('num', 5)}[ ]+(?:[{_UP}][\w'’-]*[ ]+){{0,3}}[{_UP}][\w'’-]*"
    r"(?=,|\n|[ ]+[A-Z]{1,2}\d)"
)
_COUNTS = frozenset(w.COUNT_NOUNS)
_SENTENCE_GOES_ON = re.compile(r"[ ][a-zß-ÿ]")

_STREET_WORD = re.compile(  # a street without a number ("J'habite rue Gambetta, 75020 Paris")
    rf"(?i:{alternation(w.PREFIX_STREETS + w.SUFFIX_STREETS + w.WORD_STREETS + w.EN_STREETS)})"
)
_NOT_NUMBER = re.compile(
    rf"(?i:{w.NOT_HOUSE_NUMBER}|\.?[ ]?(?:(?:de|di|del|of|du)[ ])?(?:{alternation(w.MONTHS)})\b)"
)
_TERMINAL = re.compile(r"[ ]*(?:$|[,;.)|]|\r?\n|[ ]\d{2}-\d{3}|[ ]\d{4,5}\b)")
_LABELS = frozenset(w.NUMBER_LABELS)
_LABEL = re.compile(r"(\w+)\.?[ ]$")
_NOT_NAMES = frozenset(n.lower() for n in w.NOT_STREET_NAMES)
_NOT_STREETS = frozenset(w.NOT_STREETS)
_NOT_ADJECTIVES = frozenset(w.NOT_ADJECTIVES)
_AMBIGUOUS = w.AMBIGUOUS
_AMBIGUOUS_AFTER = w.AMBIGUOUS_AFTER
_NAMED_STREETS = w.NAMED_STREETS
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|a|en|au|à|dans|sur|de|nella|alla|dalla|della|in der|la|na|w|przy|em|da|"
    r"do|at)[ ]+)$"
)


def _last(pattern: re.Pattern[str], text: str) -> int:
    """The end of the last match of the pattern in the text (-1 when none)."""
    end = -1
    for m in pattern.finditer(text):
        end = m.end()
    return end


def _house_number(m: re.Match[str], group: str, scan: Scan, *, after_name: bool = False) -> bool:
    """Whether the number in ``group`` reads as a house number, not a quantity, date, time,
    price or version; a leading zero is a phone number's or a code's ("Via Roma 06 1234").
    After a street's name (``after_name``), an hour ("Piazza Cavour alle 7") is none either."""
    value = m.group(group)
    if value.startswith("0") or _DATE.match(value):
        return False
    if after_name and _AT_HOUR.search(scan.before(m.start(group), 16)):
        return False
    return not _NOT_NUMBER.match(scan.after(m.end(group), 24))


def _year(value: str) -> bool:
    """Whether a number reads as a year (1500-2099), rare as a house number."""
    return (digits := re.match(r"\d+", value)) is not None and 1500 <= int(digits[0]) <= 2099


def _labelled(scan: Scan, start: int) -> bool:
    """Whether the number at ``start`` is a label's ("Chapter 12", "Top 10", "page 3")."""
    label = _LABEL.search(scan.before(start, 16))
    return label is not None and label.group(1).lower() in _LABELS


def _judge(scan: Scan, start: int, end: int, number: str, phrase_end: bool) -> Hit | None:
    """The hit for a street line at ``[start, end)``, or None.

    ``phrase_end`` says whether the street line stands alone (it ends a phrase); lines whose
    words are ambiguous pass False, so they need a postcode line or a personal cue.
    """
    before = scan.before(start, 100)
    personal, company = _last(_PERSONAL_CUES, before), _last(_COMPANY_CUES, before)
    if company > personal:
        return None
    post = _POSTCITY.match(scan.after(end, 90))
    full = end + len(post.group(0).rstrip()) if post else end
    if w.PLACEHOLDER.search(scan.text, start, full):
        return None  # a form's example ("Musterstraße 1, 12345 Musterstadt")
    if post is None and personal < 0 and (not phrase_end or _year(number)):
        return None
    if personal < 0:
        line = scan.after(full, 60).split("\n", 1)[0]
        if _COMPANY_CUES.search(line) or _PLACE_AFTER.search(line):
            return None
        same = before.rsplit("\n", 1)[-1]  # the address's line before it
        if _FIRM_LINE.search(same) or _FIRM_LINE.search(line) or institution_before(same):
            return None  # a firm's letterhead or footer line, an institution's address
    return Hit("pii.postal_address", None, start, full)


def _end(m: re.Match[str]) -> int:
    """The match end without trailing spaces and commas."""
    return m.start() + len(m.group(0).rstrip(" ,"))


def _standalone(scan: Scan, end: int) -> bool:
    """Whether the text after ``end`` ends the phrase (line end, punctuation, postcode)."""
    return bool(_TERMINAL.match(scan.after(end, 12)))


def _name_end(m: re.Match[str]) -> tuple[int, bool]:
    """Where a type-first street line ends, and whether its name is capitalised.

    A lower-case name ("via roma 12") counts only with a postcode or cue; a name that ends
    the line ("12 rue de la Paix demain") ends at its last capitalised word.
    """
    if m.group("n2"):
        return _end(m), bool(_CAPITAL.search(m.group("n2")))
    words = list(_CAPITAL.finditer(m.group("n1")))
    if not words:
        return _end(m), False
    return m.start("n1") + words[-1].end(), True


def _before(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Street type first: "12 rue de la Paix", "Via Roma, 12", "ul. Kwiatowa 3/4"."""
    group = "lead" if m.group("lead") else "num"
    after_name = group == "num"
    if (not after_name and _labelled(scan, m.start())) or not _house_number(
        m, group, scan, after_name=after_name
    ):
        return
    word = (m.group("w1") or m.group("w2")).lower()
    if scan.before(m.start(), 4).lower().endswith("et ") or w.german_bis(m.group("lead"), word):
        return  # "et al. Smith 12", "von Haltestelle 3 bis Piazza Navona"
    end, capital = _name_end(m)
    alone = capital and (
        word not in _AMBIGUOUS
        or _standalone(scan, end)
        or bool(_PREPOSITION_BEFORE.search(scan.before(m.start(), 12)))
    )
    hit = _judge(scan, m.start(), end, m.group(group), alone)
    if hit:
        yield hit


def _after(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Street type after the name: "Hauptstraße 5a", "Keizersgracht 123", "Lange Straße 5"."""
    stem, adj, word = m.group("stem"), m.group("adj"), m.group("word")
    if (stem and stem.lower() in _NOT_STREETS) or not _house_number(
        m, "num", scan, after_name=True
    ):
        return
    if word and word[0].isupper() and not _adjective(adj) and not _named(m, adj, word):
        return
    alone = word not in _AMBIGUOUS_AFTER
    hit = _judge(scan, m.start(), _end(m), m.group("num"), alone)
    if hit:
        yield hit


def _named(m: re.Match[str], adj: str, word: str) -> bool:
    """Whether "<name> Gasse" names a street after a person ("Johann Strauß Gasse", "Konrad-Adenauer
    Straße"): a hyphenated name, or a capitalised first word before it."""
    if word not in _NAMED_STREETS or adj.lower() in _NOT_ADJECTIVES:
        return False
    first = m.group(0)[: m.start("adj") - m.start()].split()
    return "-" in adj or bool(first and first[0].lower() not in _NOT_ADJECTIVES)


def _adjective(word: str) -> bool:
    """Whether a word can name a German street before "Straße"/"Platz" ("Lange", "Berliner")."""
    return word.lower() not in _NOT_ADJECTIVES and word.endswith(("e", "er", "es", "en", "s"))


def _preposition(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """German "Am Markt 3": the number must end the phrase (not "Am Montag 3 Stunden")."""
    if m.group("stem").lower() in _NOT_NAMES or not _house_number(m, "num", scan, after_name=True):
        return
    end = _end(m)
    if hit := _judge(scan, m.start(), end, m.group("num"), _standalone(scan, end)):
        yield hit


def _english(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """English: "221B Baker Street", "10 Downing St, Apt 4"."""
    if _labelled(scan, m.start()) or not _house_number(m, "num", scan):
        return
    hit = _judge(scan, m.start(), _end(m), m.group("num"), True)
    if hit:
        yield hit


def _plain(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A street line without a street word counts only with a postcode line after it."""
    end = _end(m)
    if _POSTCITY.match(scan.after(end, 90)) and _house_number(m, "num", scan):
        hit = _judge(scan, m.start(), end, m.group("num"), False)
        if hit:
            yield hit


def _bare(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name and a house number without a street word ("Husova 12/5", "Ilica 42") count
    only before a postcode and town line: on the next line any postcode, on the same line one
    whose shape says postcode ("811 03", "59-700"). Not a year or a count ("Team 5\n1200
    Besucher"), not a label's number ("Kapitel 3")."""
    num = m.group("num")
    post = _BARE_TOWN.match(scan.after(m.end(), 40))
    if post is None or post.group("town").lower() in _COUNTS or _labelled(scan, m.start("num")):
        return
    if _NOT_NUMBER.match(scan.after(m.end() + post.start("town") - 1, 24)):
        return  # "Produkt 12\n2500 Stück", "Tag 3\n12000 km"
    if (post.group("own") and _year(post.group("own"))) or not _house_number(m, "num", scan):
        return
    if post.group("own") and _SENTENCE_GOES_ON.match(scan.after(m.end() + post.end(), 3)):
        return  # "Team 5\n1200 Besucher kamen": a postcode line ends after its town
    if m.group(0).split()[0].lower() in _LABELS | _NOT_NAMES:
        return
    hit = _judge(scan, m.start() + bare_start(m.group(0)), m.end(), num, False)
    if hit:
        yield hit


def _cued_street(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name and a house number right after an address label ("Adres: Długa 5"):
    streets named without a street word (CZ, SK, PL, NO) are written so. The number must end
    the phrase or be followed by a town; not a label's number ("Address: Room 5")."""
    start = m.start("bare")
    if _labelled(scan, m.start("num")) or not _house_number(m, "num", scan):
        return
    if m.group("bare").split()[0].lower() in _LABELS | _NOT_NAMES:
        return
    if not (_standalone(scan, m.end()) or _POSTCITY.match(scan.after(m.end(), 90))):
        return
    hit = _judge(scan, start, m.end(), m.group("num"), True)
    if hit:
        yield hit


def _cued(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A postcode and town after an address cue ("Anschrift: 10115 Berlin"), with the street
    line before it when that names a street without a house number; or a street line right
    after the cue (``_cued_street``)."""
    if m.group("post") is None:
        yield from _cued_street(m, scan)
        return
    start = m.start("post")
    if m.group("street"):
        if not _STREET_WORD.search(m.group("street")):
            return
        start = m.start("street")
    company = _last(_COMPANY_CUES, scan.before(start, 100))
    if company < 0 or company < _last(_PERSONAL_CUES, scan.before(start, 100)):
        yield Hit("pii.postal_address", None, start, _end(m))


def _detector(name: str, prefilter: str, pattern: re.Pattern[str], validate: Validator) -> Detector:
    """An address detector (all share the type, the window and Unicode mode)."""
    return Detector(
        name,
        prefilter,
        pattern,
        validate,
        back=90,
        ahead=90,
        caseless=name.startswith(
            ("address_before", "address_number", "address_after", "address_cue")
        ),
        unicode=True,
    )


DETECTORS = (
    _detector(
        "address_number_first",
        rf"\d\w{{0,6}}(?:[ ](?:bis|ter|quater))?,?[ ]+{hs_words(w.PREFIX_STREETS)}",
        _BEFORE,
        _before,
    ),
    *(
        _detector(
            f"address_before_{lang}", rf"{hs_words(group)}[ ]?[^\n\d]{{1,40}}\d", _BEFORE, _before
        )
        for lang, group in w.PREFIX_BY_LANGUAGE.items()
    ),
    _detector(
        "address_after",
        rf"{hs_words(w.SUFFIX_STREETS + w.WORD_STREETS, prefixes=True)}[ ]+\d",
        _AFTER,
        _after,
    ),
    _detector(
        "address_preposition",
        rf"{hs_words(w.DE_PREPOSITIONS)}[ ][^\n\d]{{2,40}}[ ]\d",
        _PREPOSITION,
        _preposition,
    ),
    _detector(
        "address_english",
        rf"\d[A-Za-z]?,?[ ][^\n\d]{{2,50}}{hs_words(w.EN_STREETS)}",
        _ENGLISH,
        _english,
    ),
    _detector(
        "address_postcode",
        rf"\b{_UK_POSTCODE}|, [A-Z]{{2}} \d{{5}}\b",
        _PLAIN,
        _plain,
    ),
    _detector(
        "address_bare",
        r"\d[a-zA-Z]?[ \t]*,?[ \t]*(?:\r?\n[ \t]*(?:[A-Z]{1,2}-)?\d{2,5}(?:[ -]\d{2,3})?"
        r"|\d{3} \d{2}|\d{2}-\d{3}|\d{4} ?[A-Z]{2}|\d{4}-\d{3}|[A-Z]{1,2}-\d{4,5})[ ]",
        _BARE,
        _bare,
    ),
    _detector(
        "address_cue",
        rf"{hs_words(w.POSTCODE_CUES)}[^\d]{{0,70}}\d",
        _CUED,
        _cued,
    ),
)
