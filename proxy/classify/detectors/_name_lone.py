"""A lone known given name as the person someone writes to, calls or asks: "mail Tom about it",
"Can you write a reply to Tom?", "frag Ute", "demande à Léa", "bel Sanne", "zadzwoń do Ani".

A lone name of three letters ("Tom", "Ute", "Léa") is none of the bare detector's candidates
(too many three-letter words), and a longer one needs a sentence around it. Here the cue is a
communication verb right before the name ("mail", "frag", "appelle", "chiama", "bel", "zapytaj"),
or a preposition ("to", "an", "à", "a", "aan", "do") with a communication word of the same
language earlier in the sentence ("reply … to", "Mail … an", "écris … à", "napisz … do").

The name is a known given name (``GIVEN``) that is no word of the languages we list, no word
first ("Will", "Mark", "Rose", "Pat"), no everyday word ("Hope"), place, product, month or
salutation, and not a German noun in German text; no capitalised token follows that could make
it part of a longer name or a title ("mail Tom Jones" is the bare detector's); the exclusions
of ``_bare_names`` hold (streets, companies, brands).

The prefilter is a verb and a capital, or a communication word (the window reaches 64
characters past it, to the preposition and the name: a gap in a hyperscan pattern of this size
makes a database too large to compile).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german as german
from proxy.classify.detectors._bare_names import _Tok as Tok
from proxy.classify.detectors._name_things import PLACE_GIVEN

#: Verbs whose object is the person written to, called or asked (imperatives and infinitives,
#: lower case), per language.
VERBS = words(
    "mail|email|e-mail|text|call|phone|ring|ask|tell|message|ping|remind|thank|contact|cc|bcc|"
    "inform|notify|invite|dm|"
    "frag|frage|fragt|fragen|ruf|rufe|ruft|anrufen|maile|mailt|mailen|informiere|informieren|"
    "erinnere|erinnern|kontaktiere|kontaktieren|danke|grüß|grüße|"
    "appelle|appelez|appeler|contacte|contactez|contacter|préviens|prévenez|prévenir|remercie|"
    "remerciez|remercier|rappelle|rappelez|rappeler|relance|relancez|relancer|informe|informez|"
    "chiama|chiamate|chiamare|contatta|contattate|contattare|ringrazia|ringraziare|avvisa|"
    "avvisare|informa|saluta|"
    "llama|llamar|contacta|contactar|avisa|avisar|"
    "vraag|bel|bellen|mailen|app|sms|informeer|bedank|contacteer|herinner|"
    "zapytaj|zapytać|poproś|podziękuj|przypomnij|poinformuj|zawiadom|powiadom"
)
#: Per language: the prepositions before the person and the communication words that must come
#: earlier in the same sentence.
_LANGUAGES = (
    (
        "to|with|from|for",
        "reply|replies|answer|message|messages|mail|email|e-mail|emails|letter|note|call|talk|"
        "speak|spoke|chat|write|wrote|send|sent|forward|reach out|invite|invitation|thank|thanks|"
        "text|dm|ping|reminder|respond|greetings|introduce|introduction",
    ),
    (
        "an|mit|von|für",
        "mail|e-mail|nachricht|brief|antwort|antworte|antworten|schreib|schreibe|schreiben|"
        "sprich|sprechen|telefoniere|telefonieren|anruf|schicke|schick|sende|senden|leite|"
        "weiterleiten|einladung|grüße|gruß|dank",
    ),
    (
        "à|avec|de|pour",
        "message|mail|courriel|lettre|réponse|réponds|répondre|écris|écrire|parle|parler|"
        "appel|envoie|envoyer|transmets|transmettre|demande|demander|dis|invitation|remercie",
    ),
    (
        "a|con|di|per",
        "messaggio|mail|lettera|risposta|rispondi|rispondere|scrivi|scrivere|parla|parlare|"
        "chiamata|manda|mandare|inoltra|inoltrare|invia|inviare|chiedi|chiedere|invito",
    ),
    (
        "a|con|de|para",
        "mensaje|correo|carta|respuesta|responde|responder|escribe|escribir|habla|hablar|"
        "llamada|envía|enviar|manda|mandar|reenvía|pregunta|preguntar|dile|decirle|invitación",
    ),
    (
        "aan|met|van|voor",
        "bericht|mail|mailtje|brief|antwoord|schrijf|schrijven|spreek|spreken|praat|praten|"
        "gesprek|stuur|sturen|vraag|vragen|uitnodiging|doorsturen",
    ),
    (
        "do|z|od|dla",
        "wiadomość|wiadomości|mail|maila|maile|list|odpowiedź|odpowiedz|napisz|napisać|"
        "porozmawiaj|rozmawiaj|zadzwoń|zadzwonić|wyślij|wysłać|prześlij|przesłać|zaproszenie",
    ),
)
_PREPS = frozenset(p for preps, _ in _LANGUAGES for p in preps.split("|"))
_CONTEXT = [
    (frozenset(preps.split("|")), re.compile(rf"(?<!\w)(?:{alternation(words(ctx))})(?!\w)"))
    for preps, ctx in _LANGUAGES
]
_ALL_CONTEXT = [w for _, ctx in _LANGUAGES for w in ctx.split("|")]
_VERB_SET = frozenset(VERBS)
_NAME = rf"[{UP}](?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)*"
_PATTERN = re.compile(
    rf"(?<![\w'’-])(?P<cue>(?i:{alternation([*VERBS, *_PREPS])}))[ ]+"
    rf"(?P<name>{_NAME})(?![\w'’@-])"
)
_NEXT = re.compile(rf"^[ ]+([{UP}][\w’'-]*)")
_SENTENCE_END = re.compile(r"[.!?\n]")
#: Given names that are never a lone person here (words, places, products, months).
_NOT_LONE = (
    data.AMBIGUOUS
    | data.NAME_WORDS
    | data.PLACES
    | PLACE_GIVEN
    | data.PRODUCT_NAMES
    | data.NOT_NAME
)


def _name_ok(name: str) -> bool:
    """Whether a lone token is a known given name and nothing else."""
    if name not in data.GIVEN or name in _NOT_LONE or len(name) < 3:
        return False
    lower = name.lower()
    return lower not in data.COMMON and lower not in data.SALUTATIONS


def _context(cue: str, before: str) -> bool:
    """Whether a preposition ``cue`` has a communication word of its language earlier in the
    sentence (``before``: the text before the cue)."""
    sentence = _SENTENCE_END.split(before)[-1].lower()
    return any(cue in preps and rx.search(sentence) for preps, rx in _CONTEXT)


def _lone(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lone given name after a communication verb, or after a preposition in a sentence
    about writing, calling or asking."""
    cue, name = m.group("cue"), m.group("name")
    if not _name_ok(name):
        return
    lower = cue.lower()
    if lower not in _VERB_SET and not (
        cue.islower() and _context(lower, scan.before(m.start(), 64))
    ):
        return
    after = scan.after(m.end(), 40)
    if after[:1] in ".," and after[1:2].isalnum():  # "Tom.pdf", "tom.smith@"
        return
    nxt = _NEXT.match(after)
    if nxt and not (nxt.group(1).lower() in data.COMMON or data.german_noun(nxt.group(1))):
        return  # "mail Tom Jones", "frag Ute Kirchner": a longer name, the bare detector's
    tok = Tok(name, m.start("name"), m.end("name"))
    if data.german_noun(name) and german([tok], scan):
        return
    if excluded([tok], scan):
        return
    yield Hit("pii.person_name", None, tok.start, tok.end)


LONE = Detector(
    "person_name.lone",
    rf"(?:{hs_words(VERBS)} (?-i:[A-Z\xC3-\xC5])|{hs_words(_ALL_CONTEXT)})",
    _PATTERN,
    _lone,
    back=24,
    ahead=64,
    caseless=True,
    unicode=True,
)
DETECTORS = (LONE,)
