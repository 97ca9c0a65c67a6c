"""A known surname after a German or Dutch compound title: "des Labourabgeordneten Brennan",
"Sektionschef Hartl", "des Professors Rinaldi", "Außenminister Genscher", "oud-minister Drees",
"Gesangslehrer Gruber".

German and Dutch join a title to what it is about ("Finanz-" + "minister", "Sektions-" +
"chef") and inflect it ("des Ministers", "dem Präsidenten"): no word list can hold them all, so
the title is any word ending in one of a few families of title words (``HEADS``) with their
inflections. Such a word is as likely a thing ("Bundesrat", "Ministerrat"), so the token after
it must be a known surname or a surname shape, and pass the tests of ``_titled_names`` (no word
of any language we list unless a known surname, no place or place form, no month, no German
noun in German text). One more token may follow when the first is a given name ("Minister Hans
Eichel"). The exclusions of ``_bare_names`` hold (streets, companies, headings).

The prefilter is the title heads, inflections, a space and a capital, with no word boundary
before the head (it ends compounds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german as german
from proxy.classify.detectors._bare_names import _heading as heading
from proxy.classify.detectors._bare_names import _Tok as Tok
from proxy.classify.detectors._name_things import body_title
from proxy.classify.detectors._titled_names import _ALL as TITLES
from proxy.classify.detectors._titled_names import _token_ok as token_ok

#: Heads of German and Dutch title compounds, lower case (the first letter may be a capital).
HEADS = words(
    "abgeordnete|minister|chef|präsident|direktor|rat|rath|räte|lehrer|professor|senator|general|"
    "sekretär|kommissar|botschafter|kanzler|vorsitzende|konsul|bischof|pfarrer|inspektor|"
    "voorzitter|burgemeester|wethouder|directeur|generaal|secretaris|gouverneur|ambassadeur|"
    "kardinaal|pastoor|leraar|onderwijzer"
)
#: Inflections after a head: German genitive, dative and plural ("-r" of "Abgeordneter"),
#: feminine, Dutch plural; no "-e" or "-er" ("celebrate", "rater").
_ENDINGS = "(?:s|n|en|es|r|in|innen)?"
#: The heads as a character trie, first letter in either case (a flat alternation of character
#: classes makes ``re`` try every head at every letter of every word).
_HEAD = alternation([*HEADS, *(h[0].upper() + h[1:] for h in HEADS)])
#: Compound titles are letters and hyphens ("Labour-Abgeordneten", "oud-minister").
_TITLE = rf"(?<![\w'’])(?P<title>[{UP}{LO}-]*?{_HEAD}{_ENDINGS})"
_PATTERN = re.compile(rf"{_TITLE}[ ](?P<first>{TOK})(?:[ ](?P<second>{TOK}))?")
#: A title that is a head alone, inflected ("Ministers", "Professor", "Rates").
_BARE_HEAD = re.compile(rf"{_HEAD}{_ENDINGS}", re.IGNORECASE)
_ARTICLES = frozenset(
    words("The|Der|Die|Des|Dem|Den|Das|De|Het|Le|La|Il|El|Ein|Eine|Unser|Unsere|Ons|Onze")
)


def _surname(token: str) -> bool:
    """Whether a token is a known surname or a surname shape, and can be one after a title."""
    text = token[:-2] if token.endswith(("'s", "’s")) else token
    return (text in data.SURNAMES or data.shaped(text)) and token_ok(token)


def _title_ok(title: str, before: str) -> bool:
    """Whether the title stands as one: no word of any language we list that merely ends like
    a title ("Apparat", "democrats", "straten"), and not after a capitalised word ("Prime
    Minister Office") unless an article, or the end of a sentence or a field."""
    if title.lower() in data.WORDS and not _BARE_HEAD.fullmatch(title):
        return False
    if body_title(title):  # "Der Betriebsrat Bosch": a council and its company
        return False
    words_before = before.split()
    prev = words_before[-1] if words_before else ""
    return not prev[:1].isupper() or prev in _ARTICLES or prev.endswith((".", ":", ";"))


def _compound(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A known surname (maybe after a given name) after a compound title."""
    if not _title_ok(m.group("title"), scan.before(m.start(), 24)):
        return
    first, second = m.group("first"), m.group("second")
    if first in TITLES or first.lower() in data.SALUTATIONS:
        return  # "Ministerpräsident Fürst Golizyn": the titled detector's
    if second and first in data.GIVEN and _surname(second):
        name = [Tok(first, m.start("first"), m.end("first")), Tok(second, *m.span("second"))]
    elif _surname(first) and not (second and second in data.SURNAMES):
        name = [Tok(first, m.start("first"), m.end("first"))]
    else:
        return
    if german(name, scan) and any(data.german_noun(t.text) for t in name):
        return  # "der Bundesrat Kontakt"
    if excluded(name, scan) or heading(name, scan):
        return
    if scan.after(name[-1].end, 1) == "-":
        return  # "Minister Schmidt-Straße"
    yield Hit("pii.person_name", None, name[0].start, name[-1].end)


DETECTORS = (
    Detector(
        "person_name.title_compound",
        "(?:" + "|".join(f"[{h[0].upper()}{h[0]}]{h[1:]}" for h in HEADS) + ")"
        r"[a-z]{0,5} [A-Z\xC3-\xC5]",
        _PATTERN,
        _compound,
        back=48,
        ahead=72,
        unicode=True,
    ),
)
