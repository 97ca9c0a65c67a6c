"""A given name addressed in a sentence: opening it before a comma and a second-person word
("Tobias, your report was late again", "Anna, kannst du mir helfen?", "Marco, puoi chiamarmi?",
"Kasia, czy możesz zadzwonić?"), as messages and the drafts people ask a model to rewrite write
them.

A capitalised word before a comma opens many sentences ("However, you …", "Paris, tu es
belle"), so the word must be a known given name that is no everyday word, place, product or
company (the tests of ``_name_requests``), at the start of a line or a sentence or after an
opening quotation mark; a known surname right after it joins the span ("Maria Okafor, could
you …"). The second-person words are hand-written per language.

A given name that is also a word ("Pierre", "Rose", "Else", "Hope") is addressed only before a
second-person pronoun ("Pierre, tu peux …", "Else, du hast …", "Rose, you left …"), not before
"please" or "thanks", and never a place or product ("Paris, tu es belle", "Victoria, …"), nor
an exclamation, endearment or title ("Jesus, you …", "Cara, tu …").

``VOCATIVE_OPEN`` takes the name without an address word where a quoted message or a line
opens with it and a clause in lower case follows ("« Léa, ça fait trois fois que … »").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import LO
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._name_requests import _name_ok as name_ok
from proxy.classify.detectors._name_things import PLACE_GIVEN

#: Words that address the one named: pronouns, possessives, modal verbs, "please", "thanks".
_ADDRESS = words(
    "you|your|you're|you’re|you've|you’ve|you'll|you’ll|can|could|would|will|please|thanks|"
    "thank|tu|toi|ton|ta|tes|vous|votre|vos|peux|pourrais|pouvez|pourriez|merci|du|dein|deine|"
    "deinen|deinem|dir|dich|kannst|könntest|hast|bist|bitte|danke|ti|tuo|tua|tuoi|puoi|potresti|"
    "hai|sei|grazie|te|tú|puedes|podrías|tienes|eres|gracias|jij|je|jouw|kun|kan|kunt|heb|ben|"
    "bedankt|ty|ihr|u|usted|ustedes|vosotros|wy|pan|pani|voi|twój|twoja|twoje|czy|możesz|mógłbyś|mogłabyś|masz|jesteś|dziękuję|dzięki|proszę"
)
_PATTERN = re.compile(
    rf"(?<![\w'’-])({TOK})(?:[ ]({TOK}))?,[ ]+(?:¿[ ]*)?(?i:{alternation(_ADDRESS)})(?![\w'’])"
)
#: Second-person pronouns: after them a given name that is also a word is addressed too
#: ("Pierre, tu peux …", "Max, du hast …", "Rose, you …"); after "can", "please" or "thanks"
#: it is not ("Summer, please", "Hope, thanks").
_PRONOUNS = frozenset(
    # not "je", French "I" as well as Dutch "you" ("Pierre, je pense …")
    words("you|tu|vous|du|ihr|jij|u|tú|usted|ustedes|vosotros|ty|wy|pan|pani|voi")
)
#: Given names that are first of all exclamations, endearments or titles ("Jesus, you scared
#: me", "Angel, you …", "Cara, tu …", "Duke, you …").
_EXCLAMATIONS = frozenset(
    words(
        "Jesus|Christ|God|Lord|Santa|Madonna|Allah|Buddha|Mercy|Gosh|Angel|Cara|Caro|Queen|"
        "King|Prince|Princess|Duke|Earl|Lucky|Honey|Baby|Darling|Sugar|Love|Dear|Chief|Boss|"
        "Doc|Buddy|Don|Sir|Dude|Amore|Tesoro|Cariño|Schatz|Chérie|Chéri|Bella|Bello|Mate|Mira|Dai"
    )
)
#: What may stand before the name: nothing on its line, a sentence's end, an opening quote.
_OPENING = re.compile(r"(?:^|\n|[.!?…][ \t]+|[\"“„«‚‘'][ \t]*)[ \t>*•-]*\Z")


def _vocative(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The given name (and a known surname) opening a sentence addressed to its bearer."""
    if not _OPENING.search(scan.before(m.start(), 8)) or m.group(1) in _EXCLAMATIONS:
        return
    if not name_ok(m.group(1)) and not (m.group(2) is None and _word_name(m)):
        return
    name = [Token(m.group(1), m.start(1), m.end(1))]
    surname = m.group(2)
    if surname:
        if surname not in data.SURNAMES or surname.lower() in data.COMMON:
            return  # "Anna Karenina, you …" is judged elsewhere
        name.append(Token(surname, m.start(2), m.end(2)))
    if not excluded(name, scan):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


def _word_name(m: re.Match[str]) -> bool:
    """Whether a given name that is also a word ("Pierre", "Rose", "Max") is addressed: a
    second-person pronoun follows the comma, and it is no place, product or exclamation."""
    name = m.group(1)
    if len(name) < 3 or name not in data.GIVEN or name in _EXCLAMATIONS:
        return False
    if name in data.PLACES or name in PLACE_GIVEN or name in data.PRODUCT_NAMES:
        return False
    pronoun = m.group(0).rsplit(" ", 1)[-1].lstrip("¿").lower()
    return name not in data.NOT_NAME and pronoun in _PRONOUNS


VOCATIVE = Detector(
    "person_name.vocative",
    # a capital-led word (ASCII or a Latin-1 or Latin Extended-A lead byte), a comma and an
    # address word in lower case
    r"[A-Z\xC3-\xC5][a-z\x80-\xBF\xC3-\xC5]+, (?:\xC2\xBF ?)?(?:" + hs_words(_ADDRESS) + ")",
    _PATTERN,
    _vocative,
    back=40,
    ahead=48,
)

#: A message quoted for rewriting often opens by naming whom it is written to, then goes on
#: in lower case with no address word ("Léa, ça fait trois fois que …", "Jan, die Zahlen
#: fehlen", "Ola, trzeci raz proszę"): ``VOCATIVE_OPEN``, at the start of a line or right after
#: an opening quotation mark (one preceded by a space, a colon or a bracket, not the closing one
#: of '"We should go," Marcus, the older one, said').
_OPEN_PATTERN = re.compile(rf"(?<![\w'’-])({TOK})(?:[ ]({TOK}))?,[ ]+(?=[{LO}])")
_OPEN_BEFORE = re.compile(r"(?:\n|[\s:(>][\"“„«‚‘'][ \t]*)[ \t>*-]*\Z")
#: What follows the comma in a definition, a list or an address rather than a message: an
#: indefinite article ("Gemma, a family of models"), a word and a comma or "and" ("Pearl, ruby,
#: sapphire", "Rosemary, thyme and sage"), a US state and ZIP code ("Charlotte, nc 28202").
_NOT_MESSAGE = re.compile(
    r"(?:a|an|un|une|ein|eine|einer|uno|una|een)\b|\w+(?:,| (?:and|und|et|e|y|i|en|oraz)\b)"
    r"|[a-z]{2} \d{5}"
)
#: A message goes on for a few words before its first stop ("Linde, der Baum." is a gloss).
_CLAUSE = re.compile(r"[^.;:!?\n]*")


def _opening(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The given name (and a known surname) opening a quoted message or a line: no word,
    place, product or exclamation, before a clause of four words or more."""
    first, surname = m.group(1), m.group(2)
    before = scan.before(m.start(), 12)
    if m.start() - len(before) <= scan.lo:  # the part starts here: as a line's start
        before = "\n" + before
    if not _OPEN_BEFORE.search(before) or first in _EXCLAMATIONS:
        return
    if not name_ok(first) or first in PLACE_GIVEN or first in data.PRODUCT_NAMES:
        return
    after = scan.after(m.end(), 80)
    clause = _CLAUSE.match(after)
    if _NOT_MESSAGE.match(after) or clause is None or len(clause.group().split()) < 4:
        return
    name = [Token(first, m.start(1), m.end(1))]
    if surname:
        if surname not in data.SURNAMES or surname.lower() in data.COMMON:
            return
        name.append(Token(surname, m.start(2), m.end(2)))
    if not excluded(name, scan):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


VOCATIVE_OPEN = Detector(
    "person_name.vocative_open",
    # a line's start or an opening quote (ASCII, or the UTF-8 of “ „ ‚ ‘ «), one or two
    # capital-led tokens (ASCII, or a lead byte of Latin-1 to Latin Extended-B), a comma, a space
    # and a second space or a lower-case letter: a superset of what ``_OPEN_PATTERN`` takes
    r"(?:^|[\n\"']|\xE2\x80[\x98\x9A\x9C\x9E]|\xC2\xAB)[ \t>*-]*"
    r"[A-Z\xC3-\xC9][^\s,]*(?: [A-Z\xC3-\xC9][^\s,]*)?, (?: |[a-z\xC3-\xC9])",
    _OPEN_PATTERN,
    _opening,
    back=48,
    ahead=48,
)

DETECTORS = (VOCATIVE, VOCATIVE_OPEN)
