"""A given name addressed by a request: right after an imperative that opens a sentence ("Tell
Maria the meeting moved", "Frag Jonas, ob er kommt", "Chiedi a Marco se viene", "Pregúntale a
Lucía", "Zapytaj Annę"). Inside a sentence a lone given name is found already
(``_bare_names._single``: "Please tell Maria"); at a sentence's start it is not, as a capitalised
word before it could be part of a longer run ("Tell Tale Heart").

The name is a known given name that is no everyday word, place, product or company of the lists
``_single`` uses ("Ask Alexa", "Tell Me More", "Call Center" are none); a known surname or an
unknown capitalised token right after it joins the span ("Tell Maria Okafor"). A surname
standing alone counts too (``_lone_surnames``: known or of a surname's shape, and no word,
place, role, firm or organisation: "Ricorda a Bortolotti"; not "Call Ford", "Ask Gartner"),
unless a capital or a copula follows ("Tell Henderson Street"). The imperatives
are hand-written, six to twenty per language, in their informal and formal forms; the
prefilter is one of them, a space and a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _SENTENCE as SENTENCE
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _WORDLIKE as WORDLIKE
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _german
from proxy.classify.detectors._bare_names import _given as given
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._lone_surnames import lone_surname
from proxy.classify.detectors._name_evidence import FIRMS_LIKE_PEOPLE
from proxy.classify.detectors._name_things import PLACE_GIVEN

_IMPERATIVES = words(
    # English
    "Tell|Ask|Call|Email|E-mail|Text|Remind|Ping|Thank|Send|Let|Invite|Inform|Notify|Message|"
    "Phone|Congratulate|Introduce|Forward to|Reply to|Write to|Cc|Pay|Warn|Brief|Update|"
    "Contact|Help|Thank you|Say hi to|Say hello to|Greet|Pass this to|Check with|Follow up with|"
    "Give|Show|Meet|Meet with|"
    # French
    "Dis à|Dites à|Demande à|Demandez à|Rappelle à|Rappelez à|Écris à|Écrivez à|Envoie à|"
    "Envoyez à|Réponds à|Répondez à|Transmets à|Transmettez à|Explique à|Expliquez à|Appelle|"
    "Appelez|Remercie|Remerciez|Préviens|Prévenez|Informe|Informez|Invite|Invitez|Relance|"
    "Relancez|Contacte|Contactez|Félicite|Félicitez|Donne à|Donnez à|Montre à|Montrez à|Aide|Aidez|"
    # German
    "Sag|Sage|Sagen Sie|Frag|Frage|Fragen Sie|Ruf|Rufe|Rufen Sie|Schreib|Schreibe|Schreiben Sie|"
    "Erinnere|Erinnern Sie|Schick|Schicke|Schicken Sie|Danke|Informiere|Informieren Sie|"
    "Kontaktiere|Kontaktieren Sie|Lade|Laden Sie|Gratuliere|Grüß|Grüße|Antworte|Gib|Geben Sie|"
    "Zeig|Zeige|Zeigen Sie|Hilf|Helfen Sie|"
    # Italian
    "Chiedi a|Chieda a|Di' a|Dì a|Di a|Dici a|Dica a|Scrivi a|Scriva a|Manda a|Mandi a|Rispondi a|"
    "Risponda a|Ricorda a|Spiega a|Chiama|Chiami|Ringrazia|Ringrazi|Avvisa|Avvisi|Informa|"
    "Invita|Saluta|Contatta|Contatti|Dai a|Dia a|Mostra a|Mostri a|Aiuta|Aiuti|"
    # Spanish
    "Dile a|Dígale a|Pregúntale a|Pregúntele a|Pregunta a|Escribe a|Escríbele a|Escríbale a|"
    "Llama a|Llame a|Envía a|Envíale a|Avisa a|Avísale a|Recuérdale a|Recuerda a|Agradece a|"
    "Invita a|Contacta a|Contacte a|Saluda a|Informa a|Infórmale a|Responde a|Respóndele a|"
    "Dale a|Dele a|Muéstrale a|Ayuda a|Avisa también a|Dile también a|Pregúntale también a|"
    # Dutch
    "Vraag|Vraag aan|Vraag even aan|Vraag even|Zeg even tegen|Zeg ff tegen|Zeg maar tegen|"
    "Bel|Mail|Stuur|Bedank|Herinner|Laat|Zeg tegen|Zeg|Informeer|"
    "Nodig|Feliciteer|"
    "Vertel|Groet|Antwoord|Schrijf|Schrijf aan|Stuur naar|Mail naar|Geef|Help|Waarschuw|App|"
    # Polish
    "Zapytaj|Powiedz|Zadzwoń do|Napisz do|Przypomnij|Podziękuj|Wyślij|Poproś|Poinformuj|"
    "Zaproś|Pogratuluj|Odpisz|Przekaż|Daj|Pokaż|Pomóż|Napisz"
)
#: The imperative in either case: prompts are often typed in lower case ("schreib Emma kurz
#: zurück", "stuur Sanne een berichtje"); the validator still wants it to open a sentence.
_PATTERN = re.compile(
    rf"(?<![\w'’-])(?i:{alternation(_IMPERATIVES)})[ ]+({TOK})(?:[ ]({TOK}))?(?=[\s,.;:!?)]|\Z)"
)
#: After the name, a copula or (but in German, where nouns are capitalised: "Sag Emma
#: Bescheid") another capitalised word: the imperative opens a work's title.
_COPULA_AFTER = re.compile(r"[ ]+(?:is|was|are|were|ist|war|est|était|è|era|es|fue|jest|był)\b")
_CAPITAL_AFTER = re.compile(r"[ ]+[A-Z]")


#: What a message's recipient is followed by: a message ("een kort berichtje", "eine
#: Nachricht", "a quick note") or the message itself ("that", "dass", "que", ", że"). Not
#: "back" or "know": "Call Chase back", "Let Corona know" name a bank and a beer as often.
_FRAME = re.compile(
    r"(?i:[ ]+(?:(?:kurz|schnell|noch|mal|even|snel|kort|vite|quickly)[ ]+)?"
    r"(?:(?:a|an|eine?|een|un|une|una|uno)[ ]+"
    r"(?:(?:quick|short|kurze|korte?|snel|petit|breve)[ ]+)?"
    r"(?:message|note|text|line|e-?mail|nachricht|sms|bericht(?:je)?|mail(?:tje)?|appje|mot"
    r"|messaggio|mensaje|correo|courriel|whatsapp)"
    r"|that|dass|dat|que|de que|che|wiadomość|maila|sms-a)(?![\w-])"
    r"|,[ ]*(?:dass|dat|que|che|że|that)(?![\w-])"
    r"|,?[ ]+qu[’'](?=\w))"
)
#: After an imperative of asking or reminding only ("Ask", "Remind", "Vraag", "Chiedi a",
#: ``_ASKING``): a question put to the recipient ("Ask Summer if", "Vraag Hope of ze",
#: "Zapytaj Wiktorię, czy"), or what to do ("Ask Summer to send"); not "Update Nova to
#: version 27", "Show Amber if latency …", "Give Hope to families".
_ASK_FRAME = re.compile(
    r"(?i:,?[ ]+(?:if|whether|ob|of|si|se|czy)[ ]+(?=\w)"
    r"|[ ]+to[ ]+(?!(?:the|a|an|my|our|your|his|her|their|this|that|it|them|me|us)(?!\w))"
    r"[a-z]+[ ])"
)
_ASKING = frozenset(
    words(
        "ask|remind|tell|ping|email|e-mail|message|text|demande|demandez|rappelle|rappelez|frag|"
        "frage|fragen|erinnere|erinnern|chiedi|chieda|ricorda|pregúntale|pregúntele|pregunta|"
        "recuérdale|recuerda|vraag|herinner|"
        "zapytaj|przypomnij|poproś"
    )
)
_LOWER_TAIL = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
#: What follows the recipient of a verb of telling or asking: the message as a clause ("dis à
#: Traoré que", "zeg even tegen Hoogeveen dat", "Sag Wendland bitte, dass", "tell Whitcombe
#: that"). There a surname of the second-tier list or of a surname's shape is the recipient too
#: (``_told``).
_TOLD = re.compile(
    r"(?i:(?:[ ]+(?:bitte|even|ff|maar|please|stp|svp|per favore|por favor|proszę))?"
    r",?[ ]+(?:that|dass|dat|que|che|że)(?![\w-])|,?[ ]+qu[’'](?=\w))"
)
_TELLING = frozenset(
    words(
        "tell|ask|remind|dis|dites|demande|demandez|rappelle|rappelez|sag|sage|sagen|frag|frage|"
        "fragen|erinnere|erinnern|di'|dì|di|dici|dica|chiedi|chieda|ricorda|dile|dígale|"
        "pregúntale|pregúntele|recuérdale|zeg|vraag|herinner|powiedz|zapytaj|przypomnij"
    )
)

#: Tokens after an imperative that are no person though a given name ("Let May", "Call Will").
_NOT_ALONE = WORDLIKE | data.NOT_NAME | data.PRODUCT_NAMES | data.PLACES


def _name_ok(text: str) -> bool:
    """Whether a token after the imperative is a person's given name (see the docstring)."""
    if len(text) < 3 or not given(text) or text in _NOT_ALONE:
        return False
    return text.lower() not in data.COMMON


def _recipient_ok(text: str) -> bool:
    """Whether a token that a message frame follows is its recipient: a given name, even one
    that is a word too ("stuur Bas een berichtje", "Dis à Rose qu'elle …"), but no place,
    product or listed non-name ("Tell Paris that").
    An unknown token is not enough: "tell Jira that", "Schreib Folgendes eine Nachricht" have
    the same shape as "text Bex that", "schreib Ege eine Nachricht". No firm named like a person
    ("Ask Chase to refund")."""
    if len(text) < 3 or not _LOWER_TAIL.fullmatch(text) or not given(text):
        return False
    others = PLACE_GIVEN, data.NOT_NAME, data.PRODUCT_NAMES, FIRMS_LIKE_PEOPLE
    return not any(text in group for group in others)


def _surname_ok(text: str, german: bool) -> bool:
    """Whether a capitalised token after the given name is its surname: a known surname, or a
    token that is no word, place or product ("Tell Maria Okafor", not "Tell Maria Monday"), and
    no German noun in German text ("Sag Emma Bescheid")."""
    if german and data.german_noun(text):
        return False
    if text in data.SURNAMES:
        return text.lower() not in data.COMMON
    lower = text.lower()
    return not (lower in data.WORDS or lower in data.COMMON or text in _NOT_ALONE)


def _told(m: re.Match[str], scan: Scan) -> bool:
    """Whether the token after a verb of telling or asking is its recipient because the message
    follows as a clause (``_TOLD``): a surname of the second-tier list or of a surname's shape
    that is no word, place, firm or German noun of our lists ("dis à Traoré que"; not "tell
    Jira that", "Sag Vertrieb, dass"). (A known surname is ``lone_surname``'s already.)"""
    token = m.group(1)
    if m.group(0).split()[0].lower() not in _TELLING or not _LOWER_TAIL.fullmatch(token):
        return False
    if not _TOLD.match(scan.text, m.end(1), min(scan.hi, m.end(1) + 24)):
        return False
    if token not in data.SURNAMES_MORE and not data.shaped(token):
        return False  # a department or a tool: "Sag Vertrieb, dass", "Tell Payroll that"
    return lone_surname(token, unknown=True) and token.lower() not in data.SPANISH_WORDS


def _request(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The given name (and its surname) after an imperative opening a sentence."""
    before = scan.before(m.start(), 40)
    if before.strip() and not SENTENCE.search(before):
        return
    name = [Token(m.group(1), m.start(1), m.end(1))]
    if not _name_ok(m.group(1)):
        framed = _FRAME.match(scan.text, m.end(1), min(scan.hi, m.end(1) + 40)) or (
            m.group(0).split()[0].lower() in _ASKING
            and _ASK_FRAME.match(scan.text, m.end(1), min(scan.hi, m.end(1) + 40))
        )
        alone = lone_surname(m.group(1)) or _told(m, scan)
        after = scan.after(m.end(1), 12)
        if alone and (_CAPITAL_AFTER.match(after) or _COPULA_AFTER.match(after)):
            return  # "Tell Henderson Street", "Remind Castellano is a novel"
        if ((framed and _recipient_ok(m.group(1))) or alone) and not excluded(name, scan):
            yield Hit("pii.person_name", None, m.start(1), m.end(1))
        return
    german = _german(name, scan)
    if m.group(2) and _surname_ok(m.group(2), german):
        name.append(Token(m.group(2), m.start(2), m.end(2)))
    after = scan.after(name[-1].end, 12)
    if _COPULA_AFTER.match(after) or (_CAPITAL_AFTER.match(after) and not german):
        return  # a work's title as a subject: "Call Saul is a prequel", "Tell Laura I Love Her"
    if not excluded(name, scan):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


REQUEST = Detector(
    "person_name.request",
    # the capital after the imperative (ASCII, or the lead byte of a Latin-1 or Latin
    # Extended-A capital): "Let me", "Call the" do not wake the detector
    # (byte mode folds ASCII case only: "écris à" needs its own lower-case form)
    hs_words({*_IMPERATIVES, *(w[:1].lower() + w[1:] for w in _IMPERATIVES)})
    + " (?-i:[A-Z\\xC3-\\xC5])",
    _PATTERN,
    _request,
    back=max(len(w) for w in _IMPERATIVES) + 4,
    ahead=64,
    caseless=True,
)

DETECTORS = (REQUEST,)
