"""Whether a text holds a personal anchor (``lexicons.PERSONAL_WORDS`` or
``lexicons.PERSONAL_PATTERNS``): the check behind every health finding, piece by piece.

The definition is two case-insensitive patterns searched over a sentence and its context. Run
as such, they try a trie of 240 words and a dozen shapes at every position (~170 µs for 330
characters). Here the same answer comes from the lower-cased words of the text: a set lookup
for the single-word anchors, a prefix test for the word beginnings, and the patterns of
multi-word anchors, titles, labels and sick states only when a word or literal they cannot
match without is there. ``str.lower`` and ``re.IGNORECASE`` agree on every character except
three (İ, ı, ſ); a text with one of those takes the patterns themselves.

``named`` is a further anchor: a person named by given name and surname (the name gazetteers
of ``_names_data``, read only).
"""

from __future__ import annotations

import re
from itertools import pairwise

from proxy.classify._base import alternation
from proxy.classify.detectors._name_chat_lower import _LIST_NAMES, _NAMES
from proxy.classify.detectors._name_chat_lower import _lower_case as lower_case
from proxy.classify.detectors._name_requests import _name_ok as name_ok
from proxy.classify.detectors._names_data import (
    AMBIGUOUS,
    COMMON,
    GIVEN,
    NOT_NAME,
    PLACES,
    PRODUCT_NAMES,
    SURNAMES,
    WORDS,
)
from proxy.classify.detectors.lexicons import (
    GENERAL_WORDS,
    PERSONAL_AGE,
    PERSONAL_LABELS,
    PERSONAL_PATTERNS,
    PERSONAL_PREFIXES,
    PERSONAL_TITLE_NAME,
    PERSONAL_TITLES,
    PERSONAL_WORDS,
    ROLE_WORDS,
    SICK_STATE,
    SICK_STATE_LITERALS,
)

#: The definition, for texts where lower-casing and case-insensitive matching disagree.
_WORDS_RE = re.compile(r"(?<!\w)(?:" + alternation(PERSONAL_WORDS) + r")(?!\w)", re.I)
_ROLES = frozenset(w for w in ROLE_WORDS if re.fullmatch(r"\w+", w))
_ROLES_RE = re.compile(r"(?<!\w)(?:" + alternation(ROLE_WORDS) + r")(?!\w)", re.I)
_ROLE_HEADS = frozenset(re.split(r"\W", w, maxsplit=1)[0] for w in ROLE_WORDS if w not in _ROLES)
_GENERAL = frozenset(GENERAL_WORDS)
_SHAPES_RE = re.compile(PERSONAL_PATTERNS, re.I)
#: Given names typed in lower case that are no word (``_name_chat_lower``).
_CHAT_NAMES = _NAMES | _LIST_NAMES
_ODD = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: str.lower() and re.I differ on these

_TOKEN = re.compile(r"\w+")
_SINGLE = frozenset(w for w in PERSONAL_WORDS if re.fullmatch(r"\w+", w))
_PHRASES = tuple(w for w in PERSONAL_WORDS if w not in _SINGLE)
#: The first two words of each multi-word anchor ("i", "m" of "i'm"; "bei", "mir"): a match of
#: one starts with two whole words equal to them. Pairs, not first words: "a" of "a mí", "u" of
#: "u mnie" would send most texts to the phrase search.
_PHRASE_PAIRS = frozenset(tuple(_TOKEN.findall(w)[:2]) for w in _PHRASES)
_PHRASES_RE = re.compile(r"(?<!\w)(?:" + alternation(_PHRASES) + r")(?!\w)", re.I)
_PREFIXES = tuple(PERSONAL_PREFIXES)
_LABELS = frozenset(PERSONAL_LABELS)
_LABEL_RE = re.compile(r"\b(?:" + alternation(PERSONAL_LABELS) + r")\s*:", re.I)
_TITLES = frozenset(PERSONAL_TITLES)
_TITLE_RE = re.compile(r"\b(?:" + alternation(PERSONAL_TITLES) + r")\.", re.I)
_TITLE_NAME_RE = re.compile(PERSONAL_TITLE_NAME)
_TITLE_NAME_WORDS = frozenset(("mr", "mrs", "ms", "dhr", "mevr"))
_SONO_RE = re.compile(r"\bsono (?:stat|affett)[oa]\b", re.I)
_AGE_RE = re.compile(PERSONAL_AGE, re.I)
_SICK_RE = re.compile(SICK_STATE, re.I)


def anchored(text: str) -> bool:
    """Whether the text holds a personal anchor (a word or a shape)."""
    if _ODD.search(text):
        found = _WORDS_RE.search(text) is not None or _SHAPES_RE.search(text) is not None
        return found or _ROLES_RE.search(text) is not None
    lowered = text.lower()
    tokens = _TOKEN.findall(lowered)
    if not _SINGLE.isdisjoint(tokens):
        return True
    if not _PHRASE_PAIRS.isdisjoint(pairwise(tokens)) and _PHRASES_RE.search(text):
        return True
    if any(token.startswith(_PREFIXES) for token in tokens):
        return True
    return _shaped(text, lowered, tokens) or _role(text, tokens)


#: The German impersonal "man" ("ab wann spricht man von", "was kann man tun"): after or before
#: a verb or a question word, never after an article or an adjective as the English "man" is.
_MAN_IMPERSONAL = re.compile(
    r"\b(?:kann|könnte|sollte|muss|müsste|darf|soll|will|wird|würde|spricht|sagt|nennt|"
    r"braucht|hat|hätte|ist|sieht|weiß|nimmt|macht|geht|bekommt|findet|wann|wie|was|wo|ob|"
    r"dass|wenn|so|da|hier|dann|nun|jetzt|auch)\s+(?P<a>man)\b|"
    r"\b(?P<b>man)\s+(?:kann|könnte|sollte|muss|müsste|darf|soll|spricht|sagt|sieht|nimmt|"
    r"macht|hat|ist|braucht|bekommt|findet|nennt|weiß|sich|nicht|es|das|die|den|dem|einen|"
    r"eine)\b|"
    # the Italian "chi ha" ("per chi ha già avuto un infarto"): whoever has
    r"\bchi (?P<c>ha)\b",
    re.I,
)
#: The writer in German, beside an impersonal "man": "hat man bei mir Diabetes festgestellt".
_ME = re.compile(r"\b(?:mir|mich|uns|mein\w*)\b", re.I)
#: An age said of a group: "età media 72 anni", "mean age 64 years", "âge moyen : 58 ans"; not
#: the middle age of one person ("d'âge moyen", "de edad media", "di età media").
_AVERAGE_AGE = re.compile(
    r"(?:(?<!d')(?<!d’)(?<!de )(?<!di )(?:età|age|âge|alter|edad|leeftijd|wiek\w*)\W+"
    r"(?:media|medio|moyen|moyenne|médian|mediana|mean|average|median|gemiddeld\w*|średni\w*)|"
    r"(?:mean|average|median|moyen|durchschnittlich\w*|mittler\w*|gemiddeld\w*|średni\w*|"
    r"media|medio)\W+(?:age|âge|alter|edad|età|leeftijd|wiek\w*))\W+(?:\w+\W+)?"
    r"(?:" + PERSONAL_AGE + ")",
    re.I,
)
#: A word every match of ``_AVERAGE_AGE`` holds, case-folded ("median" holds "media").
_AVERAGE_WORDS = (
    "media", "medio", "moyen", "médian", "mean", "average", "gemiddeld", "średni",
    "durchschnittlich", "mittler",
)  # fmt: skip


def personally_anchored(text: str) -> bool:
    """``anchored``, less the anchor words used impersonally: the German "man" ("was kann man
    tun"), the Italian "chi ha", and the mean age of a group ("età media 72 anni"). Those
    spans are blanked (same length) and the rest is checked as ``anchored`` checks it."""
    if not anchored(text):
        return False
    folded = text.casefold()  # each pattern is tried only where its words are (tens of µs)
    odd = _ODD.search(text) is not None  # re.I reads "İ", "ı", "ſ" as letters casefold keeps
    masked = text
    if odd or "man" in folded or "chi " in folded:
        keep_man = _ME.search(text) is not None  # "hat man bei mir … festgestellt": the writer
        masked = _MAN_IMPERSONAL.sub(lambda m: _blank_word(m, keep_man), text)
    if odd or any(word in folded for word in _AVERAGE_WORDS):
        masked = _AVERAGE_AGE.sub(_blank, masked)
    return masked == text or anchored(masked)


def _blank(m: re.Match[str]) -> str:
    """A match replaced by as many spaces."""
    return " " * len(m.group(0))


def _blank_word(m: re.Match[str], keep_man: bool) -> str:
    """The impersonal word of a match blanked, its verb kept ("Man hat mir …" keeps "hat mir",
    an anchor of its own); "man" kept when the writer is in the text (``keep_man``)."""
    name = next(g for g in ("a", "b", "c") if m.group(g) is not None)
    if keep_man and name != "c":
        return m.group(0)
    lo, hi = m.start(name) - m.start(), m.end(name) - m.start()
    text = m.group(0)
    return text[:lo] + " " * (hi - lo) + text[hi:]


def _role(text: str, tokens: list[str]) -> bool:
    """Whether a role noun ("the applicant", "ein Mitarbeiter") names a person here, not anyone
    in the role: no modal, job-ad or policy word in the text ("The applicant must …")."""
    if not _GENERAL.isdisjoint(tokens):
        return False
    if not _ROLES.isdisjoint(tokens):
        return True
    return not _ROLE_HEADS.isdisjoint(tokens) and _ROLES_RE.search(text) is not None


def _shaped(text: str, lowered: str, tokens: list[str]) -> bool:
    """Whether the text holds an anchor shape other than a word beginning."""
    if not _TITLES.isdisjoint(tokens) and _TITLE_RE.search(text):
        return True
    if not _TITLE_NAME_WORDS.isdisjoint(tokens) and _TITLE_NAME_RE.search(text):
        return True
    if ":" in text and not _LABELS.isdisjoint(tokens) and _LABEL_RE.search(text):
        return True
    if "sono" in tokens and _SONO_RE.search(text):
        return True
    if _AGE_RE.search(text):
        return True
    return any(lit in lowered for lit in SICK_STATE_LITERALS) and bool(_SICK_RE.search(text))


_UPPER = "A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ"
_LOWER = "a-zß-öø-ÿąćčęłńśšźżž"
#: A capitalised word before a capitalised word (or a particle and one), found overlapping.
_PAIR = re.compile(
    rf"(?<!\w)(?P<given>[{_UPPER}][{_LOWER}]+)(?=\s+(?:(?P<particle>de|van|von|da|di|del|della|"
    rf"van der|van den|de la|ten|ter|le|la)\s+)?(?P<surname>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]"
    rf"[{_LOWER}]+)?)(?!\w))"
)
_SURNAME_ENDING = re.compile(r"(?:ski|ska|cki|cka|dzki|dzka|wicz|owa)$")


def named(text: str, start: int, end: int) -> bool:
    """Whether the text names a person outside ``text[start:end]`` (the health term: "James
    Parkinson" names no patient): a known given name before a known surname, a Polish surname
    ending or a particle ("Anna Schmidt", "Anna Kowalska", "Jan de Vries"); a given name that is
    an everyday word (Hope, May) or a surname that is one does not count."""
    for m in _PAIR.finditer(text):
        if m.start() < end and m.end("surname") > start:
            continue
        given, surname = m.group("given"), m.group("surname")
        if given not in GIVEN or given in AMBIGUOUS or given.lower() in COMMON:
            continue
        if surname.lower() in COMMON:
            continue
        if m.group("particle") or surname in SURNAMES or _SURNAME_ENDING.search(surname):
            return True
        if _unlisted_surname(surname) and not _INSTITUTION.search(text, 0, m.start()):
            return True  # "Bram Wijnands"; not "l'hôpital Henri Mondor"
    return subject(text) or lower_subject(text, start)


#: An institution named after a person, right before the name ("Hospital Gregorio Marañón",
#: "Stichting Anton Jurgens", "Szpital im. Jana Pawła II").
_INSTITUTION = re.compile(
    r"(?i:hospital|hôpital|hopital|ospedale|istituto|szpital|im\.|klinik|klinikum|clinic|"
    r"clinique|clinica|clínica|kliniek|fundación|fundacja|fondation|fondazione|stichting|"
    r"foundation|stiftung|institut|instituut|instytut|centre|centro|centrum|zentrum|"
    r"universit\w*|college|collège|école|scuola|escuela|school|rue|via|calle|straat|ulica|"
    r"ul\.|avenue|piazza|plaza|place|prize|prix|premio|preis|prijs|nagroda)[ ]+\Z"
)


def _unlisted_surname(token: str) -> bool:
    """Whether a capitalised token after a known given name is a surname no list holds: no
    word of any language we list, place or product."""
    lower = token.lower()
    return (
        len(token) > 3
        and token[1:].islower()
        and lower not in WORDS
        and token not in PLACES
        and token not in NOT_NAME
        and token not in PRODUCT_NAMES
    )


#: The verbs of ``_SUBJECT``: having, being, suffering, starting a treatment, lying in hospital.
_HAVING = (
    r"(?:has|had|is|was|suffers|suffered|hat|"
    r"hatte|ist|war|leidet|litt|a|avait|est|était|souffre|ha|aveva|è|era|soffre|heeft|had|lijdt|"
    r"tiene|tenía|está|sufre|ma|miał|miała|jest|był|była|cierpi|"
    # starting a treatment, lying in hospital ("Roberto inizia la chemioterapia", "Bram ligt")
    r"starts|started|begins|began|commence|a commencé|beginnt|begann|inizia|ha iniziato|"
    r"comincia|empieza|comienza|empezó|begint|begon|zaczyna|zaczął|zaczęła|liegt|lag|ligt|"
    r"leży|leżał|leżała|underwent|needs|braucht|necesita|potrzebuje|uses|porusza|wears|"
    r"porte|trägt|porta|lleva|draagt|nosi|utilise|benutzt|usa|gebruikt|używa|"
    r"wurde|werd|fue|został|została|è stato|è stata|a été)(?![\w'’])"
)
#: A capitalised word as the subject of "has", "is", "suffers" and their kin in the seven
#: languages ("Lukas has depression", "Jonas hat Diabetes", "Marie souffre d'asthme").
_SUBJECT = re.compile(rf"(?<![\w'’-])(?P<given>[{_UPPER}][{_LOWER}]+)[ ]+{_HAVING}")
#: A given name typed in lower case, opening the text or a clause of a chat message, before a
#: verb of having or suffering, or an absence ("jonas hat migräne", "ok, kasia ma grypę",
#: "jonas ist heut nicht da, migräne"); not a verb of being ("okta is down", "victor is our
#: chatbot") nor the French "a", an Italian preposition too ("benvenuto a tutti").
_SUBJECT_LOWER = re.compile(
    rf"(?:\A|(?<=[.!?,;:\n])[ ]*)(?P<given>[{_LOWER}]{{3,}})[ ]+"
    r"(?:has|had|hat|hatte|heeft|ha|avait|ma|miał|miała|tiene|tenía|leidet|suffers|soffre|"
    r"souffre|sufre|lijdt|cierpi|ist heute? nicht da|ist heute? krank|is off sick|is out sick|"
    r"est malade|è malat[oa]|está malo|está mala|is ziek|jest chor[ya])(?![\w'’])"
)


def subject(text: str) -> bool:
    """Whether a known given name that is no word, place or thing (the test of a name after an
    imperative, ``_name_requests``) is the subject of a verb of having or being in the text
    ("Lukas has depression"); "Can Lukas …" is no such subject."""
    return any(name_ok(m.group("given")) for m in _SUBJECT.finditer(text))


def lower_subject(text: str, start: int) -> bool:
    """Whether a given name typed in lower case is the subject of the term at ``start``: its
    verb ends at most a few characters before it ("jonas hat migräne", "kasia ma grypę";
    "jonas ist heut nicht da, migräne"; not "felix has a bug in the diabetes module")."""
    return lower_case(text) and any(
        m.group("given") in _CHAT_NAMES and 0 <= start - m.end() <= _NEAR
        for m in _SUBJECT_LOWER.finditer(text, 0, start)
    )


#: How far after the verb the term may start: an article, an adjective ("a bad cold").
_NEAR = 12
