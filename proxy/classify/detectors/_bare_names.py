"""Person names without cues: gazetteers, token shape, context words and exclusions, scored.

A candidate is a run of two or three capitalised tokens (particles such as "van der" or "de la"
allowed before the last) whose first token is a known given name. Its score adds up evidence:

- the given name: 1, or 0.5 if it is also an everyday word or a place ("Stella", "Wolf"), or 0 if
  it is a word first ("Will", "May", "Grace"), which loses 1 more at the start of a sentence
  and gains 0.5 inside one before a known surname that is no word ("with Serena Williams");
  at the start of a sentence that goes on in lower case, a comma or a possessive after a
  surname that is no word, such a name scores as inside one ("Ruby Okafor is our tenant");
  right after a lower-case word, before a token that is no word of any language we list, no
  place, month or given name, and that ends the capitalised run, a word first gains 1 and any
  other word-like name 0.5 ("with Kim Vandersloot", "by Dick Ormerod"), so that it counts as a
  plain given name before an unknown word there;
- the last token: a known surname 1.5, a surname shape (Ottová, Nowakowski, "van" before) 1,
  any other capitalised word, another given name too, 0.75 (1 inside a sentence, or when it
  is no everyday word after a plain given name; 0.25 for a German noun in German text), a
  surname in capitals ("DUPONT") as its known form or else 0.25, a regnal
  number ("Wilhelm II", "papa Urbano IV") 1.5 unless a century word follows ("XIX secolo");
  a middle given name or initial 0.25;
- a context word right before ("patient", "Herr", "wife") or after ("lives at", "wohnt", "was
  born", "(age"): 1.5; a weak one ("with", "mit", "z"; "is", "hat"): 0.5 (German capitalises
  nouns, and "mit Lena Kontakt aufnehmen" is not a name).

A score of 2 makes a finding, unless the exclusions of ``_name_tokens`` hold (a month, a place,
a street or institution word next to it, a heading, an eponym, brand or product). The token
patterns and those exclusions live there, shared with the other name detectors; the names they
had here are re-exported below for the modules that import them from ``_bare_names``.

Two or three capitalised tokens of any kind right before a strong verb ("Tomomi Nishiyama lives
at") are ``_name_verbs``' candidates.

The prefilter is literal: "Name " per given name, and the name before "." and "," for the
names that are no words (see ``_prefilters``); the end of each text part wakes the detector
once more for the name that ends it (``LAST_WORD``). A second-tier given name (``_name_tiers``)
has the "Name " literal only, a window that starts at it, and counts in a full name only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from proxy.classify._base import Detector, Hit, Scan, alternation
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _name_tiers as tiers
from proxy.classify.detectors import _name_tokens as shared
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_evidence import (
    ROMAN,
    ROMAN_RE,
    clause_subject,
    inverted_subject,
    prev_word,
    rare_after_word_first,
    regnal,
    role_before,
    word_first_bonus,
)
from proxy.classify.detectors._name_subjects import subject as name_subject
from proxy.classify.detectors._name_things import PLACE_GIVEN
from proxy.classify.detectors._org_roles import COMPANIES, company_named
from proxy.classify.detectors._polish_forms import polish_text

#: The tokens and exclusions of ``_name_tokens`` under the names this module used before the
#: split: the name detectors import them from here.
UP, LO, COMPANY = shared.UP, shared.LO, shared.COMPANY
_TOK, _PART, _LEAD, _UPPER = shared.TOK, shared.PART, shared.LEAD, shared.UPPER
_SENTENCE, _WORDLIKE, _PARTICLE_WORDS = shared.SENTENCE, shared.WORDLIKE, shared.PARTICLE_WORDS
_Tok = shared.Tok
_tokens, _excluded, _german = shared.tokens, shared.excluded, shared.german
_heading, _given = shared.heading, shared.given
#: The first token is a given name (no "Mc"), and the pattern starts with its capital so that
#: ``re`` skips to capitals in the window; the lookbehind then checks the character before it.
_FIRST = (
    rf"[{UP}](?<![\w.@/\\#$%&*+=<>\-][{UP}])"
    rf"(?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)*(?!\w)(?!['’](?!s\b)\w)"
)
_RUN = rf"{_FIRST}(?:[ ](?:(?:{_PART})[ ])?(?:{_TOK}|{ROMAN}|{_UPPER}|{shared.INITIAL})){{0,5}}"
_PARTICLE_PREFILTER = "(?:" + "|".join(sorted(_PARTICLE_WORDS)) + ")"
_NEXT = re.compile(r"^[ \t]*([\w’']+)")
_CUE_AFTER = re.compile(r"^[ \t]*(?:\(|,[ \t]*)?(?:" + alternation(data.CUE_AFTER) + r")(?!\w)")
_CUE_AFTER_WEAK = re.compile(r"^[ \t]+(?:" + alternation(data.CUE_AFTER_WEAK) + r")(?!\w)")
THRESHOLD = 2.0


def _ends(toks: Sequence[_Tok], i: int) -> list[int]:
    """Possible last tokens of a name starting at ``i``, longest first: at most three names,
    and every name before the last is a given name or an initial."""
    out: list[int] = []
    caps = 1
    for k in range(i + 1, len(toks)):
        tok = toks[k]
        if not tok.cap:  # a particle or an initial: only in the middle
            continue
        caps += 1
        out.append(k)
        if caps == 3 or tok.text not in data.GIVEN:
            break
    return out[::-1]


def _given_score(first: str, sentence_start: bool) -> float:
    """Evidence from the first token (a known given name). A word first ("Will", "Grace") at
    the start of a sentence is likelier the word; a name that is a word elsewhere ("Pierre",
    "Stella") already needs a known surname."""
    if first in data.AMBIGUOUS:
        return -1.0 if sentence_start else 0.0
    if first in data.NAME_WORDS or first in data.PLACES:
        return 0.5
    return 1.0


def _last_score(name: Sequence[_Tok], scan: Scan, start: bool, clause: bool) -> float:
    """Evidence from the last token and what lies between. Any other capitalised word counts
    more right after a lower-case word (a proper noun inside a sentence: "infilare Clay
    Regazzoni") than at a sentence start or in a run of Title Case words ("Internal Server
    Error"), and less in German text."""
    last = name[-1].text
    middle = 0.25 if sum(t.cap for t in name) == 3 else 0.0
    if ROMAN_RE.fullmatch(last):  # "Wilhelm II", "papa Urbano IV"; not "Apollo XI"
        if prev_word(scan.before(name[0].start, 40)).lower() in data.NUMBERED:
            return 0.0  # "Section Anna IV", "Formula Rossa II"
        return regnal(name[0].text, scan.after(name[-1].end, 24)) + middle
    if last.isupper():  # "DUPONT": a known surname or shape, else an acronym ("Anna API")
        last = last.title()
        known = last in data.SURNAMES or data.shaped(last)
        return (1.5 if known else 0.25) + middle
    if last in data.SURNAMES or any(p in data.SURNAMES for p in last.split("-")):
        return 1.5 + middle
    if tiers.shaped(name) or any(t.text.lower() in _PARTICLE_WORDS for t in name[1:-1]):
        return 1.0 + middle
    if _german(name, scan) and data.german_noun(last):
        return 0.25 + middle
    inside = clause or _inside(name, scan, start)
    rare = last.lower() not in data.COMMON and name[0].text not in _WORDLIKE
    return (1.0 if inside or rare else 0.75) + middle


def _first_bonus(name: Sequence[_Tok], scan: Scan, start: bool, clause: bool) -> float:
    """Evidence for a word-like given name from the token after it: 0.5 before a known surname
    that is no word ("with Serena Williams", or a ``clause`` subject: "Ruby Okafor is");
    inside a sentence before a token that is no word
    at all ("with Kim Vandersloot", "by Dick Ormerod") and not a German noun in German text, 1
    for a word first and 0.5 for the other word-like names (see ``rare_after_word_first``)."""
    first, last = name[0].text, name[-1].text
    if clause and last in data.SURNAMES:
        return 0.5
    bonus = word_first_bonus(first, last, len(name), start)
    if bonus or len(name) != 2 or last in data.SURNAMES:
        return bonus
    inside = clause or _inside(name, scan, start)
    if not rare_after_word_first(first, last, inside) or scan.after(name[-1].end, 2).istitle():
        return 0.0  # also "Notes on Jack Tarvish Programming": a Title Case run goes on
    if _german(name, scan) and data.german_noun(last):
        return 0.0
    if first in PLACE_GIVEN:  # "Chelsea Rovers", "Victoria Embankment": need a context word
        return 0.5
    return 1.0 if first in data.AMBIGUOUS else 0.5  # the others already have 0.5


def _inside(name: Sequence[_Tok], scan: Scan, start: bool) -> bool:
    """Whether the name stands inside a sentence: right after a lower-case word."""
    return not start and prev_word(scan.before(name[0].start, 40))[:1].islower()


def _context(name: Sequence[_Tok], scan: Scan) -> float:
    """Evidence from the words right before and after the name: 1.5 for a strong cue
    ("patient", "Herr", "lives at"), 0.5 for a weak one ("with", "mit", "is")."""
    before = scan.before(name[0].start, 40)
    word = prev_word(before)
    after = scan.after(name[-1].end, 40).lower()
    # a cue is written in lower case, or is a title ("with", not a heading's "With")
    if word.lower() in data.SALUTATIONS or (word.islower() and word in _STRONG_BEFORE):
        return 1.5
    if role_before(word, before):
        return 1.5
    if _CUE_AFTER.match(after):
        return 1.5
    if (word.islower() and word in data.CUE_BEFORE_WEAK) or _CUE_AFTER_WEAK.match(after):
        return 0.5
    return 0.0


def _score(name: Sequence[_Tok], scan: Scan) -> float:
    """The calibrated score of a candidate (see the module docstring); 0 when excluded.

    The cheap evidence comes first: most candidates in ordinary text (German nouns, sentence
    starts) cannot reach the threshold even with a strong cue and cost no more.
    """
    start = _SENTENCE.search(scan.before(name[0].start, 40)) is not None
    after = scan.after(name[-1].end, 4)
    clause = start and clause_subject(name[0].text, name[-1].text, len(name), after)
    start = start and not clause  # "Grace Hollingsworth was promoted": as inside
    if tiers.more_given(name[0].text) and not tiers.full_name(name):
        return 0.0  # a second-tier given name, in no full name ("Junta Directiva")
    score = _given_score(name[0].text, start)
    if score + 1.75 + 1.5 < THRESHOLD:  # the best surname and a strong cue would not do
        return 0.0
    score += _last_score(name, scan, start, clause)
    score += _first_bonus(name, scan, start, clause)
    if score + 1.5 < THRESHOLD:
        return 0.0
    if score < THRESHOLD:
        score += _context(name, scan)
        if score < THRESHOLD:
            return 0.0
    if _excluded(name, scan) or _heading(name, scan):
        return 0.0
    return score


def _bare(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The names in a run of capitalised tokens, each the best-scoring span at a given name."""
    if " " not in m.group():  # most runs are one token: no need to split
        if _single(_Tok(m.group(), m.start(), m.end()), scan):
            yield Hit("pii.person_name", None, m.start(), m.end())
        return
    toks = _tokens(m)
    i = 0
    while i < len(toks) - 1:
        found = None
        if toks[i].cap and (_given(toks[i].text) or tiers.more_given(toks[i].text)):
            found = next(
                (k for k in _ends(toks, i) if _score(toks[i : k + 1], scan) >= THRESHOLD), None
            )
        if found is None:
            if not toks[i + 1].cap and not _eponym(toks, i) and _single(toks[i], scan):
                yield Hit("pii.person_name", None, toks[i].start, toks[i].end)  # "mit Jonas das"
            i += 1
            continue
        yield Hit("pii.person_name", None, toks[i].start, toks[found].end)
        i = found + 1
    last = len(toks) - 1  # a lone name after "de" ending the run: "Le PC de Clémence"
    if i == last and toks[i].cap and toks[i - 1].text in _OF and _single(toks[i], scan):
        yield Hit("pii.person_name", None, toks[i].start, toks[i].end)


def _eponym(toks: Sequence[_Tok], i: int) -> bool:
    """Whether the run's tokens from ``i`` spell an eponym with a particle ("Antoni van
    Leeuwenhoek"): its given name is no person alone either."""
    texts = [t.text.lower() for t in toks[i : i + 4]]
    return any(" ".join(texts[:n]) in data.EPONYMS for n in range(2, len(texts) + 1))


def _single(tok: _Tok, scan: Scan) -> bool:
    """Whether a given name standing alone is a person: a name that is not also a word, inside
    a sentence (after a lower-case word: "Him and Alan can bond") or before a strong cue
    ("Alan said"), and not a product, street or company ("the Julia language")."""
    text = tok.text[:-2] if tok.text.endswith(("'s", "’s")) else tok.text
    if not _given(text) or text in _WORDLIKE or text in data.NOT_NAME or len(text) < 4:
        return False
    if text in data.PRODUCT_NAMES:  # "I use Julia.", "Named after Hermes."
        return False
    after = scan.after(tok.end, 40)
    if text.lower() in data.COMMON or after[:1].isalnum():  # a word, or a window's cut
        return False
    if after[:1] in ".," and after[1:2].isalnum():  # "Julia.pdf", "Martin.Schulz@", "Eva,Tom"
        return False
    before = scan.before(tok.start, 40)
    word = prev_word(before)
    if word.lower() in data.STORM_WORDS or (
        word.lower() in data.NOT_BEFORE_SINGLE and not _conjunction(word, after, scan, tok)
    ):
        return False  # "the Meta post", "in Alberta", "hurricane Katrina"
    if company_named(word, text):
        return False  # "the retailer Zara", "our supplier Bosch"
    inside = word[:1].islower() and not _SENTENCE.search(before)
    subject = not inside and name_subject(text, after)
    if not inside and not subject and not _CUE_AFTER.match(after.lower()):
        return False
    if _OF_PLACE.search(before) and not _OWNED.search(before):
        return False  # "University of Alberta"; not "le PC de Clémence"
    inverted = inverted_subject(word, after, text)  # "Gestern hat Lukas mir geschrieben"
    if word not in _CUES and not subject and not inverted and _german([tok], scan):
        return False  # "die finanzielle Lage"
    nxt = _NEXT.match(after)
    if nxt and nxt.group(1).title() in data.NOT_NAME:
        return False
    return not _excluded([tok], scan)


def _conjunction(word: str, after: str, scan: Scan, tok: _Tok) -> bool:
    """Whether a word that is an article or a demonstrative elsewhere opens a clause here:
    "that" before a lower-case word ("remind them that Kwame is on leave"; not "that Ford
    Focus"), the Polish "a" ("a Wiktor przejmuje"; not "a Mercedes")."""
    if word == "that":
        return _LOWER_NEXT.match(after) is not None
    return word == "a" and polish_text(scan.around(tok.start, tok.end, 60))


_LOWER_NEXT = re.compile(r"[ ]+[a-zäöüß]")


#: A capitalised word and "of" before a lone name: an institution or title ("University of").
_OF_PLACE = re.compile(r"[A-Z]\w+[ ](?:of|de|di|du|del|della|van|von)[ ]\Z")
#: The particles meaning "of" before a run's last token (not "y", "e": "Celeste y Esmeralda").
_OF = frozenset(("de", "di", "da", "du", "del", "della", "van", "von"))
#: An article and a device or document someone owns before "de" ("le PC de Clémence", "il PC
#: di Giulia", "el CV de Lucía"), not a firm's or a town's body ("le PDG de Zara", "le CHU de
#: Nancy", "el PP de Santiago").
_OWNED = re.compile(
    r"(?<!\w)(?:[Ll]e|[Ll]a|[Ii]l|[Ee]l|[Mm]on|[Mm]a|[Ss]on|[Ss]a|[Mm]io|[Mm]i|[Ss]u|[Dd]u|[Dd]el)"
    r"[ ](?:PC|CV|RIB|DNI|NIE|NIF|GSM|PDF|TFG|TFM|SMS)[ ](?:de|di|del|du)[ ]\Z"
)
_CUES = data.CUE_BEFORE_WEAK | data.CUE_BEFORE
_STRONG_BEFORE = data.CUE_BEFORE | data.ROLES


def _prefilter(name: str) -> str:
    """The prefilter of one given name: the literal "Name ", plus a capital for word-like names.

    Hyperscan compiles ten thousand pure literals in a tenth of a second, but the same words as
    one alternation with ``\\b`` or a class after each in tens of seconds: so one pattern per
    name, and a class only where the literal alone would fire on ordinary sentences.
    """
    if len(name) <= 3 or name in _WORDLIKE:  # or a particle first: "Jan de Vries"
        return re.escape(name) + f" (?:{_PARTICLE_PREFILTER} ){{0,2}}[A-Z\\xC3-\\xC5]"
    return re.escape(name) + " "


#: One detector per given name of three letters or more (two-letter ones, "An", "Bo", "Li", are
#: words or syllables first; cue detectors still find them); they share the exact pattern and
#: the validator. The window starts before the name (to see "Jean-" of "Jean-Claude Martin"; a
#: name inside a longer word, "Johanna ", fires too and the pattern refuses it) and reaches over
#: two more tokens.
_RUN_RE = re.compile(_RUN)


def _prefilters(name: str) -> tuple[str, ...]:
    """The prefilters of one given name: "Name " (see ``_prefilter``) and, for a name of four
    letters or more that is no word, also the name before "." and "," ("dinner with Jim.",
    "Therese, who", "Giulia, 29 anni").

    Pure literals, which hyperscan's literal compiler takes at once: a class after the name
    would send ten thousand patterns to the slow regex compiler, and the bare "Name" would wake
    the detector on every word it begins ("Monat", "Familie"). Each 15,000 literals more cost
    about half a second of compile time, once (the pattern cache keeps the database), and
    little scan time: classify_ab 2026-12-06, 1 MB median 40.81 against 40.76 ms with the ","
    literals; "!" and "?" as well cost about 1 ms more per MB, more than the names they found
    (a name before "!" or "?" that ends the text is ``LAST_WORD``'s)."""
    if len(name) < 4 or name in _WORDLIKE or name not in data.GIVEN:  # second tier: full names
        return (_prefilter(name),)
    return (_prefilter(name), *(re.escape(name) + mark for mark in (r"\.", ",")))


BARE = tuple(
    Detector("person_name.bare", prefilter, _RUN_RE, _bare, back=len(name) + back, ahead=48)
    for name in sorted(n for n in data.GIVEN | data.GIVEN_MORE if len(n) > 2)
    for back in (16 if name in data.GIVEN else 1,)  # a second tier name starts its run
    for prefilter in _prefilters(name)
)
#: The end of a text part ("the slides are by Ottilie", "thanks Priya"): no literal after a
#: name wakes the detectors above there. The engine joins parts with "\n\x00\n"; the pattern
#: fires once per part (``per_part``: outside the hit budget), on its last visible character.
_LAST = re.compile(r"[ \t]*[.!?]?[ \t]*\Z")


def _last_word(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The name that ends the part, and no other ("Preston's manager was sacked."), when it is
    no firm named like a person ("Sold by Zara", "by Chanel")."""
    if not _LAST.match(scan.text, m.end(), scan.hi) or m.group() in _FIRMS:
        return
    yield from _bare(m, scan)


_FIRMS = COMPANIES | frozenset(lone.COMPANIES)
LAST_WORD = Detector(
    "person_name.bare",
    r"[^\s\x00][ \t]*(?:\n\x00\n|\z)",
    re.compile(_FIRST),
    _last_word,
    back=64,
    ahead=8,
    per_part=True,
)

DETECTORS = (*BARE, LAST_WORD)
