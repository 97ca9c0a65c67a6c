"""Given names typed in lower case after a request to pass a message on: "dis à maxime et à clem
que la réunion est décalée", "zeg tegen ruben dat …", "frag mal jannik ob er …", "avisa a dani
y a la rocío que …".

Prompts written in a hurry are in lower case, so the capital that marks a name elsewhere is
missing. What stands in for it is the frame: an imperative of passing something on, opening a
sentence (or after "and"), one or two lower-case tokens, and then the message ("que", "dass",
"that", "że", "czy", "bescheid"). After a Polish imperative the name is in the case the verb
governs ("powiedz bartkowi", "zapytaj piotra"), read back to its nominative. Each token must
be a known given name (an everyday word too: only a person stands in that frame, "tell grace
that"), no place or product, no team ("dev", "sales") and no pronoun or kinship word that the
given-name lists hold too ("ella", "allen", "maman"). The verb may be an infinitive after "can
you", "tu peux", "puoi", "kannst du", "możesz".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _SENTENCE as SENTENCE
from proxy.classify.detectors._bare_names import _given as given
from proxy.classify.detectors._lone_words import COMPANIES
from proxy.classify.detectors._name_things import PLACE_GIVEN

_IMPERATIVES = words(
    "tell|ask|remind|text|message|"
    "dis à|dites à|demande à|demandez à|rappelle à|préviens|prévenez|écris à|"
    "sag|sage|frag|frage|erinnere|schreib|"
    "di' a|dì a|di a|dici a|chiedi a|ricorda a|avvisa|scrivi a|"
    "dile a|avisa a|pregunta a|pregúntale a|recuérdale a|escríbele a|llama a|"
    "zeg tegen|zeg|vraag|vraag aan|herinner|app|"
    "powiedz|zapytaj|przypomnij|napisz do|przekaż|"
    # infinitives, after "can you", "puoi", "tu peux", "kannst du", "możesz"
    "demander à|dire à|rappeler à|prévenir|écrire à|fragen|sagen|erinnern|chiedere a|dire a|"
    "ricordare a|avvisare|scrivere a|preguntarle a|preguntar a|decirle a|decir a|avisar a|"
    "recordarle a|vragen|vragen aan|zeggen tegen|herinneren|zapytać|powiedzieć|przypomnieć"
)
_LOW = r"[a-zß-öø-ÿąćęłńśźż]{3,15}"
_JOIN = (
    r"(?:,[ ]*|[ ]+(?:et|e|y|en|i|und|and|oder|or|ou|o)[ ]+)"
    r"(?:(?:à|a|al|aan|tegen)[ ]+)?(?:(?:la|el)[ ]+)?"
)
#: The message that follows its recipients.
_FRAME = (
    r"(?=,?[ ]+(?:que|qu['’]|che|dat|że|czy|ob|dass|that|if|whether|se|si|of|bescheid)"
    r"(?![\w'’]))"
)
_PATTERN = re.compile(
    rf"(?<![\w'’-])(?i:{alternation(_IMPERATIVES)})[ ]+(?:(?:mal|even)[ ]+)?(?:(?:aan|la|el)[ ]+)?"
    rf"(?P<a>{_LOW})(?:{_JOIN}(?P<b>{_LOW}))?{_FRAME}"
)
#: Pronouns, kinship and role words that the given-name lists hold as names too.
_NOT_RECIPIENT = frozenset(
    words(
        "ella|ellas|ellos|elle|elles|allen|alle|maman|mamie|papi|papy|mami|mutti|vati|nonna|"
        "nonno|abuela|abuelo|babcia|dziadek|tata|mama|mamma|papà|papa|chef|jefe|capo|baas|"
        "szef|szefowa|team|equipo|tous|todos|tutti|iedereen|wszystkim|nana|nan|nanna|mémé|"
        "pépé|granny|gran|grandma|grandpa|nonnina|abu|yaya|babci|dziadkowi|gemma|llama|"
        "lei|lui|loro|uno|una|chi|mio|mia|tuo|tua|suo|sua|esa|ese|eso|esta|este|guy"
    )
)
#: What may stand before the imperative inside a sentence: "…, und sag ferhat bescheid", "can u
#: tell grace that", "tu peux demander à marine si", "puoi chiedere a rosa se".
_AND_BEFORE = re.compile(
    r"(?:,|\b(?:und|and|et|e|y|en|i|oraz|can you|can u|could you|pls|please|plz|puoi|potresti|"
    r"puedes|podrías|podrias|peux-tu|tu peux|pourrais-tu|kannst du|könntest du|kun je|kan je|"
    r"możesz|mozesz|mógłbyś|mogłabyś))[ ]*$",
    re.I,
)
#: Teams and functions a request is passed to, which given-name lists hold too ("ask dev if").
_TEAMS = frozenset(words("dev|ops|sales|design|art|support|admin|finance|legal|security"))


def _recipient(token: str, polish: bool = False) -> bool:
    """Whether a lower-case token is a given name (see the module docstring); after a Polish
    imperative, also in the case that verb governs ("powiedz bartkowi i gosi", "zapytaj
    piotra"), read back to its nominative."""
    if token in _NOT_RECIPIENT or token in _TEAMS or (polish and token in data.COMMON):
        return False  # a Polish case form of a word stays the word ("napisz do marka")
    forms = (token, *_polish_bases(token)) if polish else (token,)
    return any(_given_name(form[:1].upper() + form[1:]) for form in forms)


def _given_name(name: str) -> bool:
    """A known given name that is no place, product or other thing. An everyday word that is a
    given name counts too: between a request and its message only a person stands ("tell grace
    that", "preguntarle a rocío si", "chiedere a rosa se")."""
    if not given(name) and name not in data.GIVEN:
        return False
    things = (PLACE_GIVEN, data.NOT_NAME, data.PRODUCT_NAMES, COMPANIES)
    return not any(name in listed for listed in things)  # "ask chase if", "a zara si"


#: Polish dative, genitive and accusative endings, and the nominative endings they come from
#: (Bartkowi, Bartka → Bartek; Piotrowi, Piotra → Piotr; Gosi, Gosię → Gosia; Ewie → Ewa).
_POLISH_ENDINGS = (
    ("kowi", "ek"),
    ("owi", ""),
    ("ka", "ek"),
    ("a", ""),
    ("i", "ia"),
    ("i", "a"),
    ("ę", "a"),
    ("rcie", "rta"),
    ("dzie", "da"),
    ("ie", "a"),
)
_POLISH_IMPERATIVES = (
    "powiedz",
    "zapytaj",
    "przypomnij",
    "napisz",
    "przekaż",
    "zapytać",
    "powiedzieć",
    "przypomnieć",
)


def _polish_bases(token: str) -> list[str]:
    """The nominatives a Polish case form of a given name may come from."""
    return [
        token[: len(token) - len(ending)] + base
        for ending, base in _POLISH_ENDINGS
        if token.endswith(ending) and len(token) - len(ending) >= 2
    ]


def _lower_request(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The recipients of a passed-on message, typed in lower case."""
    before = scan.before(m.start(), 40)
    if before.strip() and not (SENTENCE.search(before) or _AND_BEFORE.search(before)):
        return
    polish = m.group(0).lower().startswith(_POLISH_IMPERATIVES)
    for group in ("a", "b"):
        token = m.group(group)
        if token is not None and _recipient(token, polish):
            yield Hit("pii.person_name", None, m.start(group), m.end(group))


LOWER_REQUEST = Detector(
    "person_name.request_lower",
    hs_words({*_IMPERATIVES, *(w[:1].upper() + w[1:] for w in _IMPERATIVES)})
    + " (?:(?:mal|even|la|el) )?[a-z\\xC3-\\xC5]",
    _PATTERN,
    _lower_request,
    back=max(len(w) for w in _IMPERATIVES) + 10,
    ahead=72,
)

DETECTORS = (LOWER_REQUEST,)
