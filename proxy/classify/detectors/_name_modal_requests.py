"""A person named as the one to address in a request put as a question or a polite form, and
the people added to or taken off a message: "Tu peux relancer Lefebvre sur le dossier ?",
"Could you remind Okafor about the invoice?", "Puoi chiedere a Esposito se …", "¿Puedes avisar a
Nerea?", "Kannst du Müller fragen, ob …", "Kun je Jansen vragen of …", "Możesz zapytać
Kowalczyka?", "Pon a Nerea en copia y quita a Iñaki", "Setz Ingrid in CC und nimm Jannik raus".

- After a modal opener ("can you", "tu peux", "puoi", "puedes", "możesz", also with "please",
  "stp", "bitte", "per favore", "por favor"), an infinitive of addressing someone ("ask",
  "relancer", "chiedere a", "avisar a", "zapytać") and the name; in German and Dutch, whose
  infinitive ends the clause, the name right after the opener and the infinitive within a few
  words after it ("Kannst du Müller morgen fragen").
- At a sentence's start or after "and" ("y", "et", "und", "e", "en", "i"), an imperative that
  adds someone to or takes someone off a message ("add", "mets", "setz", "metti", "pon a",
  "zet", "dodaj"; "remove", "retire", "nimm", "togli", "quita a", "haal", "usuń").

The name is a known given name that is no word, place, product or company (``_name_requests``'
test) nor a firm named like a person ("Douglas", "Linde", "Zara"); after a verb of addressing
also a surname standing alone (``_lone_surnames``: known or of a surname's shape: "relancer
Lefebvre"), not after adding or removing ("add Jenkins to the pipeline" names a tool as often).
A capitalised token after it joins it, and the two are no eponym, firm or product ("call Morgan
Stanley", "ajoute Victor Hugo", "ping Travis CI"). Adding or removing names the message after
the name ("in CC", "en copia", "to the thread"). The prefilter is the openers and imperatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _SENTENCE as SENTENCE
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._lone_surnames import lone_surname
from proxy.classify.detectors._name_evidence import FIRMS_LIKE_PEOPLE
from proxy.classify.detectors._name_requests import _name_ok as name_ok

#: Modal openers of a request, per language (lower case; matched in any case).
_MODALS = words(
    "can you|could you|would you|can u|could u|tu peux|tu pourrais|peux-tu|pourrais-tu|"
    "vous pouvez|pouvez-vous|pourriez-vous|merci de|puoi|potresti|può|potrebbe|mi puoi|"
    "puedes|podrías|puede|podría|me puedes|możesz|mógłbyś|mogłabyś|czy możesz|proszę"
)
_POLITE = r"(?:(?:please|pls|stp|bitte|mal|per favore|por favor|even|ff|proszę)[ ]+)?"
#: Infinitives of addressing someone after a modal opener (English, French, Italian,
#: Spanish, Polish).
_ADDRESS = words(
    "ask|tell|remind|email|e-mail|call|ping|text|message|chase|nudge|thank|invite|contact|"
    "update|brief|relancer|demander à|appeler|prévenir|rappeler|contacter|remercier|informer|"
    "écrire à|répondre à|inviter|chiedere a|scrivere a|mandare a|ricordare a|avvisare|chiamare|"
    "sentire|contattare|ringraziare|informare|rispondere a|preguntar a|preguntarle a|"
    "escribir a|escribirle a|avisar a|avisarle a|llamar a|llamarle a|recordar a|recordarle a|"
    "contactar a|agradecer a|informar a|responder a|responderle a|zapytać|napisać do|"
    "zadzwonić do|przypomnieć|poinformować|poprosić|podziękować"
)
#: German and Dutch openers, the name right after them, and the infinitive that ends the clause.
_MODALS_LAST = words(
    "kannst du|könntest du|können sie|könnten sie|kun je|kan je|kunt u|zou je|wil je|kun jij"
)
_ADDRESS_LAST = words(
    "fragen|anrufen|erinnern|informieren|anschreiben|einladen|kontaktieren|vragen|bellen|"
    "mailen|herinneren|informeren|uitnodigen|appen|benaderen"
)
#: Imperatives that add someone to a message or take someone off it.
_COPY = words(
    "add|remove|mets|mettez|ajoute|ajoutez|retire|retirez|enlève|enlevez|setz|setze|nimm|"
    "füg|füge|metti|aggiungi|togli|rimuovi|inserisci|pon a|ponga a|añade a|agrega a|quita a|"
    "quite a|saca a|incluye a|zet|voeg|haal|dodaj|usuń|wpisz|wykreśl"
)
_AND = r"(?:y|et|und|e|en|i|and)"
_MODAL_RE = re.compile(
    rf"(?<![\w-])(?i:(?:{alternation(_MODALS)})[ ]+{_POLITE}(?:{alternation(_ADDRESS)}))"
    rf"[ ]+({TOK})(?![\w'’-])"
)
_LAST_RE = re.compile(
    rf"(?<![\w-])(?i:(?:{alternation(_MODALS_LAST)})[ ]+{_POLITE})({TOK})"
    rf"(?=(?:[ ][\w-]+){{0,3}}?[ ](?i:{alternation(_ADDRESS_LAST)})(?!\w))"
)
_COPY_RE = re.compile(
    rf"(?<![\w-])(?i:(?P<and>{_AND}[ ]+)?(?:{alternation(_COPY)}))[ ]+({TOK})(?![\w'’-])"
)


def _person(m: re.Match[str], scan: Scan, *, surname: bool) -> Iterator[Hit]:
    """The name of the last group, if a given name (or, with ``surname``, a lone surname) and no
    firm named like a person ("Kannst du Douglas anrufen"); with the capitalised token after it
    ("Can you ask Maria Okafor"), unless the two are an eponym, a firm or a product ("Can you
    call Morgan Stanley", "Ajoute Victor Hugo", "ping Travis CI")."""
    group = m.lastindex or 1
    text = m.group(group)
    if text in FIRMS_LIKE_PEOPLE or not (name_ok(text) or (surname and lone_surname(text))):
        return
    run = [Token(text, m.start(group), m.end(group))]
    nxt = _NEXT_CAP.match(scan.text, run[0].end, scan.hi)
    if nxt:
        run.append(Token(nxt.group(1), nxt.start(1), nxt.end(1)))
        if nxt.group(1).isupper() or " ".join(t.text for t in run).lower() in data.EPONYMS:
            return
    if not excluded(run, scan):
        yield Hit("pii.person_name", None, run[0].start, run[-1].end)


_NEXT_CAP = re.compile(r"[ ]([A-Z\xC0-\xDE][\w'’-]*)")


def _modal(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The one a modal request addresses (see the module docstring)."""
    yield from _person(m, scan, surname=True)


def _copied(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The one added to or taken off a message, by an imperative opening a sentence or after
    "and" (a given name only), with the message named after it ("in CC", "en copia", "to the
    thread", "aus dem Verteiler"; not "Add Xavier initializer to the layer")."""
    before = scan.before(m.start(), 40)
    if m.group("and") is None and before.strip() and SENTENCE.search(before) is None:
        return
    after = _SENTENCE_END.split(scan.after(m.end(), 60), 1)[0]
    if _MESSAGE.search(after) is None:
        return
    yield from _person(m, scan, surname=False)


_SENTENCE_END = re.compile(r"[.!?\n]")
#: What a person is added to or taken off: a copy, a mail, a thread, a group, a meeting.
_MESSAGE = re.compile(
    r"(?i)(?<!\w)(?:cc|bcc|dw|copy|copie|copia|kopi\w*|thread|e-?mail\w*|mail\w*|correo|"
    r"courriel|chat|group|groep|grupa|gruppo|grupo|groupe|verteiler|distribution|loop|invite|"
    r"call|meeting|réunion|riunione|reunión|vergadering|spotkani\w*|raus|hinzu|toe|uit|team|"
    r"équipe|squadra|equipo|project|projekt|proyecto|progetto|projet)(?!\w)"
)


DETECTORS = (
    *(
        Detector(
            "person_name.modal_request",
            hs_words(openers) + " ",
            pattern,
            _modal,
            back=max(map(len, openers)) + 2,
            ahead=ahead,
            caseless=True,
            unicode=True,
        )
        for openers, pattern, ahead in ((_MODALS, _MODAL_RE, 80), (_MODALS_LAST, _LAST_RE, 96))
    ),
    Detector(
        "person_name.copy_request",
        hs_words(_COPY) + " (?-i:[A-Z\\xC3-\\xC5])",
        _COPY_RE,
        _copied,
        back=max(map(len, _COPY)) + 8,
        ahead=40,
        caseless=True,
    ),
)
