"""Evidence for a candidate person name beyond its gazetteers (used by ``_bare_names``).

- A regnal number after a known given name ("Wilhelm II", "papa Urbano IV", "Karl V") counts
  like a known surname, unless the name is a mission, game or film ("Apollo XI", "Final Fantasy
  VII"), an everyday word ("Nel XIX") or a century word follows ("XIX secolo", "XV wieku").
- A word-like given name ("Rose", "Frank", "Max") inside a sentence before a known surname that
  is no word, place or given name gains 0.5 ("hired Dean Kowalczyk"; not "Will Power"); one
  right after a lower-case word before a token that is no word of any language we list gains
  more (``rare_after_word_first``: "with Kim Vandersloot"; not "the Frank Discussion").
- A word-first given name opening a sentence before a surname that is no word, when the
  sentence goes on in lower case, a comma or a possessive ("Jack Brannigan, you owe me"), scores
  as inside a sentence (``clause_subject``); not a modal ("May Hollander join us?").
- A role or occupation right before the name ("l'attrice", "der Trainer", "aktorka") is a
  strong cue.
- Title Case words around a name make it a heading ("Getting Started With Julia Programming"),
  unless a neighbouring comma-separated item is a name too ("Guido Ceronetti, Pietro Citati").
"""

from __future__ import annotations

import re

from proxy.classify._base import words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_things import brand_like

#: A regnal number II to XXXIX, or V and X ("Karl V"); not a lone "I", the pronoun.
ROMAN = r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|VI{0,3}|II|III)(?!\w)"
ROMAN_RE = re.compile(ROMAN)
_NEXT = re.compile(r"^[ \t]*([\w’']+)")
_WORDS = re.compile(r"[\w’'.]+")
#: The word ending a reversed text: the word before a name is found from the end (a regex
#: search for ``([\w’']+)[.:,]?[ \t]*$`` tries every start, 4 µs on 40 characters).
_REVERSED_WORD = re.compile(r"[\w’']+")
#: German function words: a name among them stands in German text, which capitalises nouns.
_GERMAN = frozenset(
    words(
        "der|die|das|und|ist|nicht|mit|ich|sie|wir|ein|eine|den|dem|zu|auf|für|hat|bitte|du|"
        "kannst|wird|sind|auch|noch|oder|aber|wenn|dass|sich|bei|nach|vom|zum|zur|im|am|"
        "mein|meine|meiner|meinem|unser|unsere|dein|deine|seine|ihre|euer|eure"
    )
)
#: German words that other languages we scan write as well.
_SHARED_WORDS = frozenset(("du", "am", "im"))
#: Given names of other languages that Spanish writes as words: "Ella" (she), "Pero" (but).
SPANISH_WORD_NAMES = frozenset(("Ella", "Pero"))
#: Spanish words English, Italian, French and Portuguese text does not hold (nor German: not
#: "es"): a name among them that is a Spanish word is that word ("Ella tiene", "Pero no sé").
_SPANISH = frozenset(
    words(
        "y|que|tiene|está|estaba|dijo|dice|muy|también|pero|porque|cuando|hoy|ayer|mañana|"
        "nos|les|mi|yo|él|ella|sé|hay|fue|ha|era|sus|los|las|una|para|con|sin|nunca|"
        "siempre|ya|todavía|aquí|tengo|puedo|quiero|vamos|gracias|sí|eso|esto|nada"
    )
)
_PARTICLE_WORDS = frozenset(w for p in data.PARTICLES for w in p.split())
#: Given names that are also words or places ("Frank", "Dick", "Florence").
WORD_LIKE = data.AMBIGUOUS | data.NAME_WORDS | data.PLACES


def regnal(first: str, after: str) -> float:
    """Evidence from a regnal number after the given name ``first``, ``after`` being the text
    that follows the number: 1.5, or none (see the module docstring)."""
    if first in data.NOT_REGNAL or first.lower() in data.COMMON:
        return 0.0
    nxt = _NEXT.match(after)
    return 0.0 if nxt and nxt.group(1).lower() in data.CENTURY else 1.5


def word_first_bonus(first: str, last: str, length: int, start: bool) -> float:
    """0.5 for a word-like first name inside a sentence (not ``start``) before a known surname
    that is no word, place or given name, in a name of two tokens ("with Serena Williams",
    "Rose McGowan"; not "Will Power", "Rose Garden"): the pair is then as good as a plain given
    name before an unknown word."""
    if start or first not in data.AMBIGUOUS or length != 2 or last not in data.SURNAMES:
        return 0.0
    if last.lower() in data.COMMON or last in data.PLACES or last in data.GIVEN:
        return 0.0
    return 0.5


#: What follows a name that goes on as a sentence: a possessive, a comma or a lower-case word.
_CLAUSE_GOES_ON = re.compile(r"^(?:['’]s(?!\w)|,[ ]|[ ]+[a-zß-öø-ÿ])")
#: Word-like given names that are modal verbs first ("Will Smith attend?", "May Brown join?").
_MODAL_FIRST = frozenset(["Will", "May"])


def clause_subject(first: str, last: str, length: int, after: str) -> bool:
    """Whether a word-first given name at the start of a sentence ("Grace Hollingsworth was
    promoted", "Jack Brannigan, you owe me") stands before a surname that is no word, and the
    sentence goes on in lower case, a comma or a possessive: the name then counts as it does
    inside a sentence. Not a modal ("Will Smith attend?"), a surname that is a word, place or
    month ("Rose Garden is"), nor a Title Case run (a heading)."""
    if length != 2 or first not in data.AMBIGUOUS or first in _MODAL_FIRST:
        return False
    if not _CLAUSE_GOES_ON.match(after):
        return False
    lower = last.lower()
    if lower in data.COMMON or last in data.PLACES or last in data.AMBIGUOUS:
        return False
    if last in data.SURNAMES:
        return lower not in data.WORDS or last in data.GIVEN
    return lower not in data.WORDS and last not in data.GIVEN and last not in data.NOT_NAME


def german_text(around: str) -> bool:
    """Whether ``around`` (the text around a name) is German, where nouns are capitalised too:
    a German word there, or two different ones of those other languages write as well ("du" of
    French, "am" and "im" of English: "du mail et retire Baptiste" is French)."""
    found = _GERMAN.intersection(_WORDS.findall(around.lower()))
    return bool(found - _SHARED_WORDS) or len(found) > 1


#: Spanish words other languages hold too right after "Ella" ("Ella no longer", "Ella a
#: rendez-vous", "Ella me dit"): the Spanish word only with another Spanish word after them.
_SPANISH_SHARED = frozenset(("no", "se", "me", "te", "lo", "le", "si", "en", "a"))


def spanish_word(token: str, after: str) -> bool:
    """Whether ``token``, one of ``SPANISH_WORD_NAMES``, is the Spanish word in ``after`` (the
    text after it): a Spanish word right after it, a word Spanish shares with others and a
    Spanish one later, or two Spanish words ("Ella tiene fiebre", "Pero no lo sé"; not "Ella
    Fitzgerald", "Ella is my daughter", "Ella no longer lives here")."""
    if token not in SPANISH_WORD_NAMES:
        return False
    following = _WORDS.findall(after.lower())
    if following[:1] and (following[0] in _SPANISH or following[0] == "es"):
        return True  # "Ella tiene", "Ella es" (German writes "Ella, es …")
    if following[:1] and following[0] in _SPANISH_SHARED:
        return bool(_SPANISH.intersection(following[1:]))  # "Ella me dijo", "Pero no lo sé"
    return len(_SPANISH.intersection(following)) > 1


def rare_after_word_first(first: str, last: str, inside: bool) -> bool:
    """Whether a word-like given name (a word first, an everyday word or a place) inside a
    sentence (``inside``: right after a lower-case word) stands before a capitalised token that
    is no word of any language we list, place, month or given name ("signed with Kim
    Vandersloot", "pracował Ernst Volkenrath"; not "Will Power", "the Frank Discussion", "we
    visited Van Gelderen"). The caller rules out German nouns in German text ("mit Max
    Verwaltung") and Title Case runs."""
    if not inside or first not in WORD_LIKE or first not in data.GIVEN:
        return False
    if first.lower() in _PARTICLE_WORDS or first.lower() in data.PLACE_WORDS:
        return False  # "Van Boxtel", "Nova Genera"
    lower = last.lower()
    if lower in data.COMMON or lower in data.WORDS or last in data.GIVEN:
        return False
    if brand_like(last):  # "Chelsea Wharf", "Victoria Metrics", "Stella Artois"
        return False
    return last not in data.PLACES and last not in data.NOT_NAME and len(last) > 2


def heading(before: str, after: str) -> bool:
    """Whether a name between ``before`` and ``after`` sits in Title Case words that are not
    names ("Getting Started With Julia Programming And Data Science"): three of the six words
    around it, on its line, and no list of names."""
    before = before.rsplit("\n", 1)[-1]
    after = after.split("\n", 1)[0]
    if _name_item(before[:-2].split()[-2:] if before.endswith(", ") else []):
        return False  # a list of names ("Guido Ceronetti, Pietro Citati, Paul Celan")
    if _name_item(after[2:].split()[:2] if after.startswith(", ") else []):
        return False
    around = _WORDS.findall(before)[-3:] + _WORDS.findall(after)[:3]
    if any(w[0].islower() for w in around):  # a sentence ("Kant, Martin Heidegger e Karl")
        return False
    caps = sum(
        1 for w in around if w[0].isupper() and w not in data.GIVEN and w not in data.SURNAMES
    )
    return caps >= 3


def _name_item(item: list[str]) -> bool:
    """Whether a neighbouring list item (its two words) is a known given name and a
    capitalised word."""
    return len(item) == 2 and item[0] in data.GIVEN and item[1][:1].isupper()


def prev_word(before: str) -> str:
    """The word right before a name, past one ``.``, ``:`` or ``,`` and spaces or tabs (and a
    final line break), or "" when something else comes between."""
    text = (before[:-1] if before.endswith("\n") else before).rstrip(" \t")
    if text.endswith((".", ":", ",")):
        text = text[:-1]
    word = _REVERSED_WORD.match(text[::-1])
    return word.group()[::-1] if word else ""


def role_before(word: str, before: str) -> bool:
    """Whether ``word``, the word right before a name (``before`` being the text up to the
    name), is a role: in lower case, after an elided article ("l'attrice"), or a German noun
    inside a sentence ("der Trainer")."""
    role = word.replace("’", "'").rsplit("'", 1)[-1]
    if role.islower():
        return role in data.ROLES
    return role.lower() in data.ROLES and prev_word(before[: -len(word) - 1]).islower()


#: German finite verbs before an inverted subject ("Gestern hat Lukas mir geschrieben").
_FINITE = frozenset(
    words(
        "hat|hatte|hätte|ist|war|wäre|will|wollte|kann|konnte|könnte|muss|musste|müsste|wird|"
        "würde|soll|sollte|darf|durfte|möchte|kommt|kam|geht|ging|sagt|sagte|meint|meinte|"
        "schreibt|schrieb|fragt|fragte|braucht|brauchte|findet|fand|weiß|wusste|ruft|rief"
    )
)
_LOWER_NEXT = re.compile(r"[ ]+[a-zäöüß]")


def inverted_subject(word: str, after: str, name: str) -> bool:
    """Whether a lone given name in German text is the subject after a finite verb, followed
    by a lower-case word ("hat Lukas mir geschrieben", "kann Henrike nicht"): a noun there
    would take an article ("hat der Kunde"); not a firm, a club or a plant named like a person
    ("hat Douglas neue Filialen", "hat Hertha gewonnen", "hat Flora ihre Blütezeit")."""
    if name in _NOT_INVERTED:
        return False
    return word in _FINITE and _LOWER_NEXT.match(after) is not None


#: Firms, clubs, plants and instruments named like a person, often after a German verb.
_NOT_INVERTED = frozenset(
    words(
        "Douglas|Melitta|Linde|Ariel|Zara|Flora|Viola|Hertha|Viktoria|Fortuna|Borussia|"
        "Eintracht|Alemannia|Germania|Concordia|Mercedes|Heide|Adler|Fielmann|"
        # a bank and voice assistants asked things ("Ask Chase to refund", "Ask Alexa if")
        "Chase|Alexa|Siri|Cortana"
    )
)
#: Firms, clubs and shops named like a person, as other detectors read them too.
FIRMS_LIKE_PEOPLE = _NOT_INVERTED


def spanish_after_ir(token: str) -> bool:
    """Whether the token after "ir." is a Spanish word opening a sentence ("Te", "Le", "De",
    "Me", "Luego"): "ir." ends a Spanish sentence ("vamos a ir.") as often as it titles a
    Dutch engineer ("ir. Ng", "ir. Jansen")."""
    return token.lower() in SPANISH_OPENERS or token.lower() in data.SPANISH_WORDS


SPANISH_OPENERS = frozenset(words("te|le|les|lo|la|los|las|me|se|nos|os|de|en|y|a|el|un|una"))
