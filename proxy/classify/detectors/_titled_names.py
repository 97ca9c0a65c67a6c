"""A surname after a title or a role, with no given name: "President Obama", "Kanzler
Stresemann", "le général Leclerc", "keizer Daoguang", "der Sänger Lablache".

A title written with a capital ("General", "Minister", "Kaiser") stands inside a sentence or at
its start, not in a run of Title Case words (a heading); a role in lower case ("the actor", "il
generale", "zanger") may stand anywhere. The name is one capitalised token, or two ("President
Barack Obama"), with a particle allowed before the last ("General de Gaulle"). It is not a person
when a token is a word of any language we list (``WORDS``: "General Motors", "President Hotel")
unless it is also a known surname, a place, a month, a German noun in German text ("der Trainer
Kurs"), or when the exclusions of ``_bare_names`` hold (streets: "avenue du Président Wilson";
companies; eponyms). After a role a company fills too ("the carrier", "der Anbieter") the name
needs a known given name or surname and no company named like a person (``_org_roles``).

The prefilter is one alternation of the titles and roles, a space and a capital.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors import _role_words as roles
from proxy.classify.detectors._bare_names import _PART as PART
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german as german
from proxy.classify.detectors._bare_names import _heading as heading
from proxy.classify.detectors._bare_names import _tokens as tokens
from proxy.classify.detectors._name_evidence import german_text, prev_word
from proxy.classify.detectors._name_things import weak_title_ok
from proxy.classify.detectors._org_roles import org_role, person_after_org_role

#: Titles before a surname, as written with a capital in the seven languages (and in lower case
#: in French, Italian, Spanish, Dutch and Polish, where they are: see ``_lower``).
TITLES = words(
    "President|Vice-President|Minister|Prime Minister|Chancellor|Senator|Governor|Mayor|General|"
    "Colonel|Captain|Lieutenant|Sergeant|Admiral|Commander|Judge|Justice|Bishop|Archbishop|"
    "Cardinal|Pope|Emperor|Empress|King|Queen|Prince|Princess|Lord|Lady|Sir|Dame|Baron|Baroness|"
    "Count|Countess|Duke|Duchess|Earl|Professor|Mister|Inspector|Detective|Sheriff|Reverend|Rabbi|"
    "Präsident|Präsidentin|Bundeskanzler|Bundeskanzlerin|Kanzler|Kanzlerin|Ministerin|"
    "Bundesminister|Bundesministerin|Bürgermeister|Bürgermeisterin|Oberst|Hauptmann|Leutnant|"
    "Kaiser|Kaiserin|König|Königin|Prinz|Prinzessin|Fürst|Fürstin|Graf|Gräfin|Freiherr|Herzog|"
    "Herzogin|Bischof|Kardinal|Papst|Pfarrer|Pater|Kommissar|Kommissarin|Richter|Richterin|"
    "Abgeordnete|Abgeordneter|Senatorin|Trainer|Trainerin|Sänger|Sängerin|Schauspieler|"
    "Schauspielerin|Professorin|CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|VP|Direktor|Direktorin|Director|"
    "Directeur|Directrice|Direttore|Direttrice|Directora|Dyrektor|Dyrektorka|Prezes"
)
#: The same in lower case, as French, Italian, Spanish, Dutch and Polish write them ("le
#: président Macron", "il generale Cadorna", "el rey Felipe", "keizer Karel", "generał Anders"),
#: and the academic titles Polish and Dutch write without a capital or a dot ("dr Kowalski").
_LOWER_TITLES = words(
    "président|présidente|ministre|premier ministre|chancelier|général|colonel|capitaine|"
    "lieutenant|amiral|juge|évêque|archevêque|cardinal|pape|empereur|impératrice|roi|reine|"
    "prince|princesse|comte|comtesse|duc|duchesse|baron|maréchal|commissaire|inspecteur|abbé|"
    "presidente|ministro|generale|colonnello|capitano|ammiraglio|giudice|vescovo|cardinale|papa|"
    "imperatore|imperatrice|regina|principe|principessa|conte|contessa|duca|duchessa|"
    "maresciallo|commissario|senatore|onorevole|cancelliere|general|coronel|capitán|almirante|"
    "juez|obispo|arzobispo|cardenal|emperador|emperatriz|rey|reina|príncipe|princesa|duque|"
    "duquesa|mariscal|comisario|senador|canciller|generaal|kolonel|kapitein|admiraal|rechter|"
    "bisschop|kardinaal|paus|keizer|keizerin|koning|koningin|prins|prinses|graaf|gravin|hertog|"
    "maarschalk|commissaris|kanselier|premier|prezydent|generał|pułkownik|kapitan|admirał|"
    "sędzia|biskup|kardynał|papież|cesarz|cesarzowa|król|królowa|książę|księżna|hrabia|marszałek|"
    "komisarz|kanclerz|senator|dr|prof|mgr"
)
#: Tokens after a title that name a thing, not a person ("General Motors" is a word already).
_NOT_AFTER = frozenset(
    words(
        "Kong|Size|Edward|Charming|Consort|Regent|Emeritus|Designate|Elect|Pro|Tem|Counsel|"
        "Staff|Pretender|Mother|Father|Dowager|Royal"
    )
)
_NAME = rf"({TOK})(?:[ ](?:(?:{PART})[ ])?({TOK}))?"
_CAPITALISED = [t[0].upper() + t[1:] for t in _LOWER_TITLES]
#: Roles in lower case: the hand list, the occupations and the kinship nouns.
_ROLES = data.ROLES | roles.OCCUPATIONS | roles.KIN
#: German occupations as German writes them ("der Turnlehrer", "Hauptmann"), less those that
#: are common surnames too ("Müller", "Schneider", "Bauer").
_GERMAN = frozenset(w[0].upper() + w[1:] for w in roles.GERMAN) - data.SURNAMES - set(TITLES)
#: A German or Dutch compound ending in an occupation ("Turnlehrer", "Ministerpräsident",
#: "hoofdinspecteur"): letters (maybe a hyphen), then the head in lower case.
#: The lookahead skips words not followed by a capitalised one before any backtracking.
_COMPOUND = (
    rf"(?=[{UP}{LO}-]+[ ][{UP}])"
    rf"(?:[{UP}][{LO}]{{1,24}}-?{alternation(roles.HEADS | roles.HEADS_NL)}|"
    rf"[{LO}]{{2,24}}-?{alternation(roles.HEADS_NL)})"
)
_PATTERN = re.compile(
    rf"(?<![\w'’/\\-])(?P<title>{alternation([*TITLES, *_CAPITALISED, *_GERMAN])}|"
    rf"{alternation(_LOWER_TITLES)}|{alternation(_ROLES)}|{_COMPOUND})[ ]{_NAME}"
)
_ROLE_WORDS = _ROLES | frozenset(_LOWER_TITLES)
_TITLE_WORDS = frozenset([*TITLES, *_CAPITALISED])
_ARTICLES = frozenset(
    words("The|Der|Die|Le|La|Il|El|De|Het|Our|My|Your|Their|Unser|Unsere|Notre|Nuestro|Nostro")
)


def _token_ok(token: str) -> bool:
    """Whether a capitalised token can be a surname after a title."""
    text = token[:-2] if token.endswith(("'s", "’s")) else token
    lower = text.lower()
    if text in data.NOT_NAME or text in _NOT_AFTER or text in data.PRODUCT_NAMES or len(text) < 3:
        return False
    if text in data.PLACES or lower in data.PLACE_WORDS or _place_form(lower):
        return False
    if lower in data.COMMON or lower in data.WORDS or lower in data.SALUTATIONS:
        return text in data.SURNAMES and lower not in data.COMMON
    return True


def _fold(text: str) -> str:
    """Lower case without accents ("Kraków" → "krakow")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l")


_FOLDED_PLACES = frozenset(_fold(place) for place in data.PLACES)


def _place_form(lower: str) -> bool:
    """Whether a token is a place in a genitive or inflected form ("Krakowa", "Gdańska",
    "Francji", "Warszawy", "Frankreichs", "América")."""
    folded = _fold(lower)
    forms = {folded, folded[:-1], folded[:-1] + "a", folded[:-2] + "a", folded[:-2]}
    return not _FOLDED_PLACES.isdisjoint(forms)


def _title_ok(title: str, before: str) -> bool:
    """Whether the title is used as one: a role in lower case anywhere (a built occupation or a
    lower-case compound: "hoofdinspecteur"); a capitalised occupation ("Turnlehrer") in German
    text only; a capitalised title inside a sentence or at its start, not after a capitalised
    word ("The General Assembly") unless that word is a title or role itself ("Ministerpräsident
    Fürst Golizyn")."""
    if title in _ROLE_WORDS or (title[:1].islower() and title.lower() not in data.WORDS):
        return True  # a role, or a compound role in lower case ("hoofdinspecteur")
    if title not in _TITLE_WORDS and not german_text(before + title):
        return False  # "Turnlehrer", "Hauptmann": German text only
    word = prev_word(before)
    if word in _TITLE_WORDS or word.lower() in _ROLE_WORDS or _COMPOUND_RE.fullmatch(word):
        return True  # "Ministerpräsident Fürst Golizyn"
    return not word[:1].isupper() or word.lower() in data.SALUTATIONS or word in _ARTICLES


def _titled(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A surname (and maybe a given name) after a title or role; see the module docstring."""
    title = m.group("title")
    if not _title_ok(title, scan.before(m.start(), 40)):
        return
    toks = tokens(m)[len(title.split()) :]
    names = [t for t in toks if t.cap]
    if len(names) == 2 and names[0].text in _TITLE_WORDS:
        names = names[1:]  # "Ministerpräsident Fürst Golizyn": a title after a title
    if not names or not all(_token_ok(t.text) for t in names):
        return
    if names[0].text in data.GIVEN and len(names) == 1 and names[0].text in data.AMBIGUOUS:
        return  # "King Will", "Queen May"
    texts = [t.text for t in names]
    if not weak_title_ok(title, texts):
        return  # "Mister Spex", "pkg mgr Homebrew"
    if org_role(title) and not person_after_org_role(title, texts):
        return  # "the carrier Vodafone", "der Mobilfunkanbieter Telekom"
    if german(names, scan) and any(data.german_noun(t.text) for t in names):
        return  # "der Trainer Kurs"
    if " ".join([title, *(t.text for t in names)]).lower() in data.EPONYMS:
        return  # "Earl Grey"
    if excluded(names, scan) or heading(names, scan):
        return
    after = scan.after(m.end(), 2)
    if after[:1] == "-" or after[:1].isalnum():
        return  # "Kaiser Wilhelm-Gedächtniskirche"
    yield Hit("pii.person_name", None, names[0].start, names[-1].end)


#: Every title and role, and the lower-case ones with a capital too ("Keizer Daoguang stierf").
_ALL = {*TITLES, *_LOWER_TITLES, *_CAPITALISED, *_ROLES, *_GERMAN}
_COMPOUND_RE = re.compile(_COMPOUND)
#: The words of the prefilter: the titles and the hand-written roles and kinship nouns (the
#: built occupations wake it by their endings, ``roles.ENDINGS``).
_HAND = {*TITLES, *_LOWER_TITLES, *_CAPITALISED, *data.ROLES, *roles.KIN, *roles.MORE}
_HAND |= {w[0].upper() + w[1:] for w in roles.MORE_GERMAN}
#: One prefilter for every title: the title (or an ending), a space and a capital (ASCII, or the
#: lead byte of a Latin-1 or Latin Extended-A capital: the prefilter is matched on UTF-8 bytes).
#: The literal titles alone would wake the detector on every "general " and "author " of
#: ordinary text: +20 % scan time.
DETECTORS = (
    Detector(
        "person_name.titled",
        f"(?:{hs_words(_HAND)}|{hs_words(roles.ENDINGS, prefixes=True)})" + " [A-Z\\xC3-\\xC5]",
        _PATTERN,
        _titled,
        back=max(len(t) for t in _ALL) + 28,
        ahead=72,
    ),
)
