"""Numbers written in words, as dictation, voice notes and speech-to-text write them: "call me
on oh seven seven double nine …", "mon numéro de sécu c'est deux soixante-trois zéro quatre …",
"mój pesel to pięć siedem zero trzy …", "né le dix-sept novembre mille neuf cent cinquante-neuf".

The hyperscan pass flags two number words in a row ("zéro six", "seis uno", "sześćset dwa") and
the words that open a year ("mille neuf cent", "neunzehnhundert", "nineteen"). This module takes
the text around such a hit, writes each run of number words of the text's language as digits
(a run of several words as one number: "null eins sieben" is "017"; a lone word when it is a
number of three digits or more, "neunzehnhundertachtundsiebzig", or before a month: "dritten
märz"), and hands the result back to be classified like a decoded blob. A
finding there counts only where it covers digits written here, and is placed on the words it
came from. Words are read by ``text2num`` (English, French, German, Italian, Spanish, Dutch);
Polish cardinals by the table below. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

from text_to_num import alpha2digit

from proxy.classify._base import alternation, words
from proxy.classify.detectors._address_words import MONTHS
from proxy.classify.detectors.dates import BIRTH_CUE

#: Digit words, French tens and Polish hundreds: the second word of a flagged pair.
_DIGITS = {
    "en": "zero|oh|one|two|three|four|five|six|seven|eight|nine|double",
    "fr": "zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|trente|"
    "quarante|cinquante|soixante",
    "de": "null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun",
    "it": "zero|uno|due|tre|quattro|cinque|sei|sette|otto|nove",
    "es": "cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve",
    "nl": "nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen",
    "pl": "zero|jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć",
}
_EN = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|double|triple|first|second|third|fourth|fifth|sixth|"
    "seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    "seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_FR = (
    "zéro|zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    "quatorze|quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents|mille|"
    "premier"
)
_ES = (
    "cero|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    "quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintiún|veintidós|"
    "veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|veintinueve|"
    "treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|"
    "trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|mil|"
    "primero"
)
#: Parts that German, Italian and Dutch join into one word ("achtundsiebzig", "ventotto",
#: "negentienhonderdvijftig"); German ordinals end in "-te", "-ten", "-ter" ("dritten").
_DE_PARTS = (
    "null|eins|ein|zwei|zwo|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|"
    "zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und|erst|"
    "dritt"
)
_IT_PARTS = (
    "zero|uno|una|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|"
    "quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|vent|trenta|trent|"
    "quaranta|quarant|cinquanta|cinquant|sessanta|sessant|settanta|settant|ottanta|ottant|"
    "novanta|novant|cento|cent|mille|mila|primo"
)
_NL_PARTS = (
    "nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    "vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|"
    "zeventig|tachtig|negentig|honderd|duizend|en|ën"
)
#: Polish cardinals and their values (text2num reads no Polish).
_PL = dict(
    zip(
        words(
            "zero|jeden|jedna|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|"
            "jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|"
            "osiemnaście|dziewiętnaście|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|"
            "sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt|sto|dwieście|trzysta|"
            "czterysta|pięćset|sześćset|siedemset|osiemset|dziewięćset"
        ),
        (0, 1, 1, 2, 2, *range(3, 21), *range(30, 100, 10), *range(100, 1000, 100)),
        strict=True,
    )
) | dict(
    # ordinals in the genitive, as dates are said ("drugiego listopada tysiąc dziewięćset
    # pięćdziesiątego szóstego"), and the thousand of a year
    zip(
        words(
            "pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|"
            "dziewiątego|dziesiątego|jedenastego|dwunastego|trzynastego|czternastego|"
            "piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego|dwudziestego|"
            "trzydziestego|czterdziestego|pięćdziesiątego|sześćdziesiątego|siedemdziesiątego|"
            "osiemdziesiątego|dziewięćdziesiątego|tysiąc"
        ),
        (*range(1, 21), *range(30, 100, 10), 1000),
        strict=True,
    )
)


def _token(alternatives: str, *, joined: bool = False) -> str:
    """One number word (``joined``: parts written as one word, with an ordinal ending)."""
    body = alternation(words(alternatives))
    return rf"(?:{body})+(?:(?:s?t)?e[nrms]?)?" if joined else rf"(?:{body})"


#: One number word of each language (``text2num``'s code, or "pl").
_TOKENS = {
    "en": _token(_EN),
    "fr": _token(_FR),
    "de": _token(_DE_PARTS, joined=True),
    "it": _token(_IT_PARTS, joined=True),
    "es": _token(_ES),
    "nl": _token(_NL_PARTS, joined=True),
    "pl": _token("|".join(_PL)),
}
#: What stands between the words of one number: a space, a comma, a hyphen, "and", "et", "y".
_JOIN = r"(?:[ \t]*[,\-][ \t]*|[ \t]*\n?[ \t]+(?:(?:and|et|y|e|und|en|i)[ \t]+)?|[ \t]*\n)"
_RUNS = {
    lang: re.compile(rf"(?<![^\W\d_]){token}(?:{_JOIN}{token})*(?![^\W\d_])", re.I)
    for lang, token in _TOKENS.items()
}
_MONTH_AFTER = re.compile(
    r"[ \t]+(?:(?:of|de|del|di|du)[ \t]+)?(?:" + alternation(MONTHS) + r")(?![^\W_])", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
#: The words that open a spoken year, and how far around a hit the text is read.
YEAR_WORDS = words(
    "nineteen|neunzehnhundert|negentienhonderd|mille neuf cent|millenovecento|mil novecientos|"
    "tysiąc dziewięćset|two thousand|zweitausend|tweeduizend|deux mille|duemila|dos mil|"
    "dwa tysiące"
)
_BACK, _AHEAD = 120, 60


def _window(lo: int, hi: int, end: int, text: str) -> tuple[int, int]:
    """The text read around a hit ending at ``end``, its end moved past a word cut there (a
    run read with "eighteen" cut after "eight" would end in the wrong number)."""
    stop = min(hi, end + _AHEAD)
    tail = _WORD.match(text, stop, min(hi, stop + 40)) if stop < hi else None
    return max(lo, end - _BACK), tail.end() if tail else stop


_SECONDS = frozenset(w for text in _DIGITS.values() for w in words(text))
_FIRSTS = _SECONDS | {w for text in (_EN, _FR, _ES, "|".join(_PL)) for w in words(text)}


def prefilters() -> list[str]:
    """The literals that wake this module: the year words (ids below ``len(YEAR_WORDS)``),
    then two number words in a row."""
    pairs = {f"{a}{sep}{b}" for a, b in product(_FIRSTS, _SECONDS) for sep in (" ", ", ", "-")}
    return [*YEAR_WORDS, *sorted(pairs)]


#: The two words before a pair's end, whole.
_PAIR_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ ,\-]{1,2}([^\W\d_]+)$")
_YEAR_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, YEAR_WORDS)) + r")$", re.I)


def woken(text: str, lo: int, hi: int, end: int, *, year: bool) -> bool:
    """Whether the literal that ends at ``end`` stands as whole words: a pair of number words
    (not "often vier"), or a year word that opens a word ("neunzehnhundertachtzig") with a
    birth cue near it."""
    if year:  # a year is read for a date of birth: near a birth cue only
        if _YEAR_BEFORE.search(text, max(lo, end - 24), end) is None:
            return False
        return BIRTH_CUE.search(text, max(lo, end - _BACK), min(hi, end + _AHEAD)) is not None
    if end < hi and text[end].isalpha():
        return False
    pair = _PAIR_BEFORE.search(text, max(lo, end - 40), end)
    return pair is not None and pair.group(1).lower() in _FIRSTS


@dataclass(frozen=True, slots=True)
class Spoken:
    """Text around a hit with its number words written as digits: ``text`` stands for
    ``[start, end)`` of the scanned text; ``runs`` pairs each run's span there with the span of
    its digits in ``text``."""

    start: int
    end: int
    text: str
    runs: tuple[tuple[int, int, int, int], ...]

    def shifted(self, by: int) -> Spoken:
        """The same with its offsets in the scanned text moved by ``by``."""
        runs = tuple((a + by, b + by, c, d) for a, b, c, d in self.runs)
        return Spoken(self.start + by, self.end + by, self.text, runs)

    def place(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the words under ``[start, end)`` of ``text``, or None when it covers no
        digits written here."""
        under = [(a, b) for a, b, c, d in self.runs if c < end and start < d]
        return (under[0][0], under[-1][1]) if under else None


def decode(text: str, lo: int, hi: int, end: int, floor: int = 0) -> tuple[Spoken | None, int]:
    """The text around a hit ending at ``end`` (inside ``[lo, hi)``), with the runs of number
    words of its language that begin from ``floor`` on (the others were written out before)
    as digits, and where the text read ends (after the last run begun in it). None unless a
    run is a number of six digits or more (a phone, an identifier) or a year (1900 to 2099, a
    date's). A run of more than ``MAX_WORDS`` words is someone reading figures aloud, no
    number: it is left as it is."""
    lang = _language(text, max(lo, end - 40), min(hi, end + 40))
    start, stop = _window(lo, hi, end, text)
    parts: list[str] = []
    runs: list[tuple[int, int, int, int]] = []
    pos, length, worth = start, 0, False
    for match in _RUNS[lang].finditer(text, start, min(hi, stop + _MAX_RUN)):
        if match.start() >= stop:
            break
        stop = max(stop, match.end())  # a run begun here is read whole
        if match.start() < floor:
            continue
        run_start, run_end = _trimmed(match)
        run = text[run_start:run_end]
        count = len(_WORD.findall(run))
        digits = _digits(run, lang) if run and count <= MAX_WORDS else ""
        if not digits or not (count > 1 or len(digits) > 2 or _MONTH_AFTER.match(text, run_end)):
            continue
        worth = worth or len(digits) >= 6 or _YEAR.fullmatch(digits) is not None
        parts.append(text[pos:run_start])
        length += run_start - pos
        runs.append((run_start, run_end, length, length + len(digits)))
        parts.append(digits)
        length += len(digits)
        pos = run_end
    if not worth:
        return None, stop
    parts.append(text[pos:stop])
    return Spoken(start, stop, "".join(parts), tuple(runs)), stop


#: The longest run read as one number (words), and how far past the window a run is followed.
MAX_WORDS = 32
_MAX_RUN = 600
_YEAR = re.compile(r"19\d\d|20\d\d")


#: Articles and conjunctions that are number words too: they tell no language.
_WEAK = frozenset(words("en|ën|und|een|ein|eine|un|une|uno|una|e|y|et|i|a"))
#: Conjunctions at either end of a run belong to the sentence ("… vier en verder").
_LEAD = re.compile(r"(?:(?:en|ën|und|y|et|e|i|and)" + _JOIN + ")+", re.I)
_TAIL = re.compile(_JOIN + r"(?:en|ën|und|y|et|e|i|and)$", re.I)


def _trimmed(match: re.Match[str]) -> tuple[int, int]:
    """The run's span without the conjunctions at its ends."""
    start, end = match.span()
    text = match.string
    lead = _LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    while (tail := _TAIL.search(text, start, end)) is not None:
        end = tail.start()
    return start, end


def _languages() -> dict[str, tuple[str, ...]]:
    """The languages each whole number word belongs to."""
    tables = {
        "en": _EN, "fr": _FR, "de": _DE_PARTS, "it": _IT_PARTS, "es": _ES, "nl": _NL_PARTS,
        "pl": "|".join(_PL),
    }  # fmt: skip
    out: dict[str, tuple[str, ...]] = {}
    for lang, alternatives in tables.items():
        for word in words(alternatives):
            out[word] = (*out.get(word, ()), lang)
    return out


_LANGUAGES = _languages()


def _language(text: str, start: int, stop: int) -> str:
    """The language whose number words cover the most of the text: its whole words (a lookup
    each), else, when they tell none apart, the runs its words make ("elf" is German and Dutch,
    "negentienhonderdzevenenzestig" one word)."""
    covered: dict[str, int] = {}
    for word in _WORD.findall(text, start, stop):
        word = word.lower()
        if word not in _WEAK:
            for lang in _LANGUAGES.get(word, ()):
                covered[lang] = covered.get(lang, 0) + len(word)
    ranked = sorted(covered.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):  # none, or a tie ("elf")
        covered = {
            lang: sum(
                m.end() - m.start()
                for m in run.finditer(text, start, stop)
                if m.group(0).lower() not in _WEAK
            )
            for lang, run in _RUNS.items()
        }
    return max(covered, key=lambda lang: covered[lang])


_ENGLISH_REPEAT = re.compile(r"\b(double|triple)[ \t]+(\w+)", re.I)


def _digits(run: str, lang: str) -> str:
    """The run as one string of digits (an ordinal keeps its ending: "14th", "3.")."""
    if lang == "pl":
        return _polish(run)
    if lang != "fr":  # French joins the words of one number with hyphens ("soixante-dix")
        run = run.replace("-", " ")
    if lang == "en":
        run = re.sub(r"\boh\b", "zero", run, flags=re.I)
        run = _ENGLISH_REPEAT.sub(
            lambda m: " ".join([m.group(2)] * (2 if m.group(1).lower() == "double" else 3)), run
        )
    elif lang == "de":
        run = re.sub(r"zwo", "zwei", run, flags=re.I)
    written = alpha2digit(run, lang, threshold=0)
    digits = re.sub(r"\s+|[,\-]|\b(?:and|et|y|e|und|en)\b", "", written)
    # all written as digits (an ordinal keeps its ending), else not one number: "einen ersten"
    return digits if _NUMBER.fullmatch(digits) else ""


_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|er|re|e|º|°|\.)?")


def _polish(run: str) -> str:
    """A Polish run as digits: each number ends where the next word cannot add to it."""
    out: list[str] = []
    current: int | None = None
    for word in _WORD.findall(run.lower()):
        value = _PL.get(word)
        if value is None:
            continue
        if current is not None and _adds(current, value):
            current += value
            continue
        if current is not None:
            out.append(str(current))
        current = value
    if current is not None:
        out.append(str(current))
    return "".join(out)


def _adds(current: int, value: int) -> bool:
    """Whether a word of ``value`` continues the number ``current`` ("sześćset dwa": 602,
    "tysiąc dziewięćset": 1900)."""
    if current % 1000 == 0 and current and 100 <= value < 1000:
        return True
    if current % 100 == 0 and current and value < 100:
        return True
    return current % 10 == 0 and current % 100 >= 20 and value < 10
