"""Given names typed in lower case in chat prompts: "met with tariq and noor re the q3
budget", "réunion avec margaux et le fournisseur", "call mit svenja", "chloé veut partir".

People who write prompts in a hurry leave out the capitals, and then no capitalised-name
detector sees the name. What stands in for the capital is a frame around a token that can only
be a name, in a text written without capitals:

- the part is written in lower case: its first letter is, and no sentence in the head starts
  with a capital ("Garnish the soup with basil" is ordinary writing, "basil" a herb there);
- the token is a known given name that is no word of any list we hold (``_word``), no place,
  product, pronoun or kinship word, and none of the everyday words the lists miss
  (``_NOT_NAMES``: "olive", "basil", "corona", "iva", "lora"); or two known given names joined
  by a hyphen, one of them such a name ("marie-solène");
- a word of address stands right before it ("remind", "ask", "email", "frag", "przypomnij"),
  or a greeting or thanks with no comma after it ("hey maaike", "salut margaux", "cześć gosia";
  not "hi, undo doesn't work"), or a message noun and its addressee's preposition ("a reply to
  priyanka", "eine nachricht an svenja", "wiadomość do kasi"; not "write a sonata", "a message
  to harden the config"), or a word of company after a meeting or a call ("call with", "lunch
  with", "termin mit", "overleg met", "spotkanie z", or "y con" when the clause named a call or
  a meeting earlier: "llamada con la sra. montenegro y con álvaro"; not "with conn:", "fresas
  con nata", "dane z maila", "pranzo con insalata e con mela"), or a Dutch question before a
  verb that takes a person ("kun je femke herinneren"), or it joins a name found so ("tariq
  and noor"), or it opens a clause before a verb of saying, wanting or thinking ("and jonas
  said", "chloé veut"; not "is" or "has": "sherry is sweeter"); or it owns what only a person
  owns after its "'s" ("sanne's laptop"; not "lloyd's of london", "newton's laws"). "for",
  "from", "für", "von", "per", "para" are no cues: what follows them is as often a thing ("from
  jail"). Some assistants are named like people: "jarvis" is in ``_NOT_NAMES``, "claude" and
  "alexa" are words of the lists.

The word lists miss many everyday words that are given names somewhere (no open word list with
a licence compatible with Apache-2.0 was found), so the frame and the lower-case gate carry the
precision; ``_NOT_NAMES`` holds the words seen in review.

Such prompts are short, so the detector reads the first ``_HEAD`` characters of each part, and
at most ``_MAX_NAMES`` names there (the level needs one; the cost stays bounded): its
prefilter fires once at the start of every part of eight characters or more that starts in
lower case (``per_part``: not counted against the hit budget, not run on seam groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_words import NOT_AFTER_OWNED, OWNED
from proxy.classify.detectors._lower_titles import _LOWER, _word
from proxy.classify.detectors._name_chat_acts import acts, written_to
from proxy.classify.detectors._name_requests_lower import _NOT_RECIPIENT, _given_name
from proxy.classify.detectors._nicknames import ARTICLE_NICKNAMES

#: How much of each text part is read, and how many names there at most.
_HEAD = 1024
_MAX_NAMES = 8
#: Everyday words (or their lower-case use) that are given names in the lists too.
_NOT_NAMES = frozenset(
    words(
        "olive|jade|coral|ivy|hazel|violet|blessing|otto|frode|hasta|deja|viking|enel|basel|jarvis|"
        "ramadan|nazi|hung|rave|tore|fares|reto|keit|jene|ferne|starke|marino|africana|ruta|"
        "cali|pol|milton|honey|sunny|cherry|ginger|pepper|sage|river|storm|royal|prince|king|"
        "major|bishop|duke|earl|baron|sterling|chance|hope|faith|grace|joy|patience|mercy|"
        # seen in review: herbs, food, clothes, cars, places, tools and everyday words
        "basil|rosemary|precious|fancy|harm|jail|joke|autumn|lora|bert|roberta|jina|otter|"
        "miro|luigi|tauri|marian|gabor|ada|suivi|prudence|constance|essence|veste|corona|"
        "ernst|augen|grau|kader|iva|pepe|fiori|luci|piscina|custodia|gara|viola|celeste|ida|"
        "dolores|soledad|remedios|tenis|capa|toro|cristal|mollie|clio|megane|fabia|zara|levi|"
        "eugene|augusta|quincy|marion|santiago|sofia|rosario|fatima|rein|guida|ley|tan|cita|"
        # flowers, stones and views
        "tara|perla|ambra|pearl|ruby|amber|crystal|marina|iris|dahlia|daisy|poppy|lily|"
        "jasmine|magnolia|camelia|azalea|erica|heather|myrtle|laurel|holly|fern|flora|rosa|"
        "roos|róża|różą|róży|różę|"
        # endearments and characters after a greeting ("hey sunshine", "dear santa")
        "sunshine|darling|bunny|kitty|santa|sweetie|babe|baby|buddy|sweetheart|cutie|champ|"
        "nena|nene|buster|linda|reina|morena|moreno|mijo|mija|guapa|guapo|cariño|tesoro|cielo|"
        "abby|maila|"
        # software, food and words seen in review after a cue ("reply to ping", "cara mela")
        "ping|pong|undo|grep|raid|emit|octave|cadence|sonata|piper|willow|maxim|dusty|harmony|"
        "destiny|melody|serenity|trinity|mentor|blend|nail|lean|harden|devin|mela|almendra|"
        "oliva|cordero|romero|margherita|sherry|brandy|okta|hugo|kirby"
    )
)
#: Words after which a name is whom one addresses ("remind sanne", "frag jannik").
_ADDRESS = frozenset(
    words(
        "remind|tell|ask|ping|call|cc|email|message|text|dm|thank|invite|rappelle|préviens|"
        "appelle|remercie|sag|frag|erinnere|chiedi|ricorda|ringrazia|llama|avisa|bel|herinner|"
        "vraag|stuur|bedank|przypomnij|przypomnieć|zadzwoń|podziękuj"
    )
)
#: Forms of "say" before "tegen" ("zeg ff tegen sanne"): the addressee, not an opponent.
_SAY = frozenset(words("zeg|zegt|zeggen|gezegd"))
#: Greetings and thanks right before a name ("hey sanne", "salut margaux", "cześć kasia",
#: "thanks priya").
_GREETINGS = frozenset(
    words(
        "hi|hey|hello|dear|thanks|thx|congrats|salut|bonjour|coucou|cher|chère|merci|hallo|"
        "moin|servus|danke|ciao|buongiorno|caro|cara|grazie|hola|buenas|querido|querida|"
        "gracias|hoi|bedankt|cześć|witaj|dzięki|dziękuję|hej"
    )
)
#: A message noun and the preposition of its addressee before a name ("a reply to priyanka",
#: "un message à chloé", "eine nachricht an svenja", "een berichtje naar daan", "wiadomość do
#: kasi"); no verb ("write a sonata") and no reminder or note ("a reminder to undo").
_MESSAGES = frozenset(
    words(
        "reply|message|msg|email|mail|answer|réponse|mot|nachricht|antwort|messaggio|risposta|"
        "mensaje|correo|respuesta|bericht|berichtje|antwoord|wiadomość|odpowiedź|maila|"
        "sms|smsa|sms-a|appje|whatsapp|whatsappje|msj|mensajito|messaggino"
    )
)
_TO = frozenset(words("to|à|an|a|aan|naar|do"))
#: Words after which a token after "to" is a verb, not an addressee ("a message to harden the
#: config").
_OBJECTS = frozenset(words("the|a|an|my|our|your|his|her|their|these|those|it|them"))
#: Articles that Italian and Spanish chat puts before a nickname ("alla giusy", "el chema", "a
#: la yoli"; ``_nicknames.ARTICLE_NICKNAMES`` only: "la clara", "el pilar" are nouns), and German
#: chat before any first name of ``_NAMES`` ("dem lukas"; not "der horst des adlers").
_ARTICLES = frozenset(words("il|lo|la|alla|dalla|della|al|del|el"))
_GERMAN_ARTICLES = frozenset(words("der|dem|den"))
_NOT_AFTER_ARTICLE = frozenset(words("horst|mark|frank|heide|wolf|kai"))
#: Words of company: a name after them only where a meeting or a call is named right before
#: ("lunch with priyanka", "termin mit jannik", "overleg met maarten"; not "with conn:",
#: "bouquet met gerbera", "fresas con nata", "dane z maila").
_COMPANY = frozenset(words("with|w/|avec|mit|con|met|z|ze"))
_MEETINGS = frozenset(
    words(
        "call|calls|lunch|dinner|coffee|meeting|meet|met|sync|chat|talk|talked|spoke|1:1|"
        "catch-up|catchup|interview|session|standup|termin|treffen|gespräch|telefonat|"
        "réunion|rdv|point|déjeuner|dîner|appel|café|riunione|incontro|chiamata|pranzo|cena|"
        "reunión|cita|llamada|comida|almuerzo|overleg|afspraak|gesprek|spotkanie|rozmowa|"
        "obiad|kawa|kawę|spotkałem|spotkałam|rozmawiałem|rozmawiałam"
    )
)
#: The meetings that are no meal, named earlier in a clause before "and with" (``_cued``).
_CALLS = frozenset(
    words(
        "call|calls|meeting|sync|interview|session|standup|termin|gespräch|telefonat|réunion|"
        "rdv|appel|riunione|incontro|chiamata|reunión|llamada|overleg|afspraak|gesprek|"
        "spotkanie|rozmowa"
    )
)
_JOIN_WORDS = (["and"], ["y"], ["e"], ["et"], ["und"], ["en"], ["i"])
_CLAUSE_SPLIT = re.compile(r"[,;:!?\n]")
#: Subjects before the English verb "met" ("we met tariq"; Dutch "met" is "with").
_MET_SUBJECTS = frozenset(words("i|we|he|she|they|you|just|also|finally|already"))
#: Two-word cues: a Dutch question puts its object after the pronoun, then the verb ("kun je
#: femke herinneren"; not "kun je marge toevoegen").
_CUE_PAIRS = frozenset(words("kun je|kan je|wil je|zou je|kunt u|wilt u|kun jij|kan jij"))
_PAIR_VERBS = frozenset(
    words("herinneren|bellen|mailen|appen|vragen|laten|informeren|uitnodigen|helpen|sturen")
)
#: Words that join two names ("tariq and noor", "margaux et chloé").
_JOINS = frozenset(words("and|&|et|und|e|y|en|i|oraz|or|ou|oder|o|of|lub"))
#: Words after which a clause starts ("…, and jonas said", "flagging that priya hasnt").
_CLAUSE = frozenset(words("and|but|et|mais|und|aber|y|pero|en|maar|ma|e|ale|that|dass|que|che|dat"))
#: Verbs of saying, wanting and thinking after a name that opens a clause (not "is", "has":
#: "sherry is sweeter", "octave is free").
_VERBS = frozenset(
    words(
        "said|says|wants|thinks|told|asked|wrote|veut|dit|pense|trouve|sagt|meint|findet|"
        "vuole|dice|pensa|quiere|piensa|zegt|vindt|chce|mówi|uważa"
    )
)
_TOKEN = re.compile(
    rf"(?<![\w'’@#/.\-])(?P<name>[{_LOWER}]{{2,}}(?:-[{_LOWER}]{{2,}})?)"
    rf"(?P<owner>['’]s(?=[ ]+[{_LOWER}]))?(?![\w'’@\-]|\.\w)"
)
#: What the quick check splits a word at: a hyphen, and a possessive "'s" ("marie-solène",
#: "sanne's").
_PIECES = re.compile(r"-|['’]s\Z")
#: A colleague's things in a chat ("sanne's pr", "fix maaike's ticket", "priyanka's car").
_CHAT_OWNED = words("email|mail|pr|ticket|tickets|car|phone|bike|flat|room|bag|keys|branch|task")
#: What only a person owns, after a name's "'s" (``_lone_words.OWNED`` and ``_CHAT_OWNED``),
#: with no company word after it ("sanne's laptop"; not "lloyd's of london").
_OWNED = re.compile(
    rf"(?i:[ ]+(?:{alternation((*OWNED, *_CHAT_OWNED))})(?![\w-])"
    rf"(?![ ]+(?:{alternation(NOT_AFTER_OWNED)})(?!\w)))"
)
_PREV = re.compile(r"([\w/&'’]+)[ ]*(,?)[ ]*\Z")
_PREV_PAIR = re.compile(r"(\w+)[ ]+(\w+)[ ]*\Z")
_NEXT = re.compile(r"[ ]+([\w'’]+)")
_PARTICLES = frozenset(p.lower() for p in data.PARTICLES)
#: Punctuation stripped from whitespace-split words for the quick check.
_PUNCT = ",.;:!?()[]{}\"'«»„“”‘’/\\|<>*_=+#@…–—"
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL_START = re.compile(
    r"(?:[.!?;]|\n)\s*(?:[-*•>#]+\s*|\d+[.)]\s*|\[[ xX]\]\s*)*[\"'«„“(]?[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ]"
)
_WORD_GOES_ON = re.compile(r"[\w'’@\-]")
_WORDS = re.compile(r"[\w:'’-]+")
_CLAUSE_END = re.compile(r"(?:\A|[.!?:;,])\s*\Z")


def _is_name(token: str) -> bool:
    """A known given name, no word, place, product, pronoun or kinship word."""
    return (
        token not in _NOT_NAMES
        and token not in _NOT_RECIPIENT
        and not _word(token)
        and _given_name(token[:1].upper() + token[1:])
    )


#: Every lower-case form ``_is_name`` accepts (one set lookup per token of the head).
_NAMES = frozenset(
    lower for name in data.GIVEN if len(name) >= 3 for lower in (name.lower(),) if _is_name(lower)
)


#: Given names that ``_word`` refuses only because a word list holds them as well ("anna",
#: "daniel", "laura": ``_names_data.LIST_NAMES``): in a frame, but not as an owner ("st. ann's
#: college", "ben & jerry's order").
_LIST_NAMES = frozenset(
    name
    for not_names in (data.PLACES | data.NOT_NAME | data.NAME_WORDS | data.AMBIGUOUS,)
    for name in data.LIST_NAMES
    if name not in _NAMES
    and name not in _NOT_NAMES
    and name not in _NOT_RECIPIENT
    and name not in data.COMMON
    and name not in data.ROLES
    and name.capitalize() not in not_names
)


def _names(head: str) -> list[tuple[int, int]]:
    """The spans of lower-case given names in their frame (see the module docstring)."""
    if not _lower_case(head):
        return []  # ordinary writing: a capital opens a sentence within a line or two
    stripped = [word.strip(_PUNCT) for word in head.split()]
    pieces = (p for w in stripped if "-" in w or w[-1:] == "s" for p in _PIECES.split(w))
    if (
        _NAMES.isdisjoint(stripped)
        and _NAMES.isdisjoint(pieces)
        and _LIST_NAMES.isdisjoint(stripped)
    ):
        return []  # the common case, about 20 µs per KB (the token pattern takes twice that)
    found: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(head):
        start, end = m.span("name")
        name = m.group("name")
        listed = _is_token_name(name)
        if (listed and _owner(head, m)) or (
            (listed or name in _LIST_NAMES) and _framed(head, start, end, found)
        ):
            found.append((start, _with_surname(head, end)))
            if len(found) == _MAX_NAMES:
                break
    return found


def _owner(head: str, m: re.Match[str]) -> bool:
    """Whether the name owns what only a person owns after its "'s" (``_lone_words.OWNED``:
    "sanne's laptop"; not "lloyd's of london", "newton's laws", "macy's parade")."""
    return bool(m.group("owner")) and _OWNED.match(head, m.end()) is not None


def _is_token_name(token: str) -> bool:
    """A name of ``_NAMES``, or a double given name whose parts are known given names, one of
    them in ``_NAMES`` ("marie-solène", "anne-sophie")."""
    if token in _NAMES:
        return True
    if "-" not in token:
        return False
    parts = token.split("-")
    return any(p in _NAMES for p in parts) and all(p.capitalize() in data.GIVEN for p in parts)


def _lower_case(head: str) -> bool:
    """Whether the text is written without capitals: its first letter is lower case, and no
    sentence starts with a capital."""
    first = _FIRST_LETTER.search(head)
    return bool(first and first.group().islower()) and _CAPITAL_START.search(head) is None


def _framed(head: str, start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """Whether the token at ``start`` stands after a cue, joins a name found, or opens a
    clause before a verb."""
    before = head[max(0, start - 60) : start]
    prev = _PREV.search(before)
    word, comma = (prev.group(1).lower(), bool(prev.group(2))) if prev else ("", False)
    name = head[start:end]
    earlier = before[: prev.start()] if prev else ""
    if not comma and (
        word in _GREETINGS or _cued(word, earlier) or written_to(word, earlier, name)
    ):
        return True  # "hey maaike", "remind sanne"; not "hi, undo doesn't work"
    if (word in _ARTICLES and name in ARTICLE_NICKNAMES) or (
        word in _GERMAN_ARTICLES and name in _NAMES and name not in _NOT_AFTER_ARTICLE
    ):
        return True  # "el chema ha vuelto", "alla giusy", "sag dem lukas"
    pair = _PREV_PAIR.search(before)
    if pair and pair.group(2).lower() in _TO and pair.group(1).lower() in _MESSAGES:
        nxt = _NEXT.match(head, end)  # "a reply to priyanka"; not "a message to harden the …"
        return nxt is None or pair.group(2).lower() != "to" or nxt.group(1).lower() not in _OBJECTS
    if pair and f"{pair.group(1)} {pair.group(2)}".lower() in _CUE_PAIRS:
        nxt = _NEXT.match(head, end)
        return nxt is not None and nxt.group(1).lower() in _PAIR_VERBS
    if found and (word in _JOINS or comma):
        between = head[found[-1][1] : start].strip(" ,").lower()
        if between in _JOINS or not between:
            return True
    if not (_CLAUSE_END.search(before) is not None or (word in _CLAUSE and not comma)):
        return False
    nxt = _NEXT.match(head, end)
    return (nxt is not None and nxt.group(1).lower() in _VERBS) or acts(head, end)


def _cued(word: str, before: str) -> bool:
    """Whether ``word`` (lower case) addresses the name, or keeps company with it where one of
    the two words before it names a meeting ("call with", "lunch today with"), or a call or a
    meeting named earlier in the clause before "and" ("llamada con … y con álvaro")."""
    if word == "tegen":  # "zeg ff tegen sanne"; not "speelt tegen milan"
        return not _SAY.isdisjoint(w.lower() for w in _WORDS.findall(before)[-2:])
    if word in _ADDRESS:
        return True
    if word not in _COMPANY:
        return False
    earlier = [w.lower() for w in _WORDS.findall(before)[-2:]]
    if word == "met" and earlier and earlier[-1] in _MET_SUBJECTS:
        return True  # "we met tariq"
    if any(w in _MEETINGS for w in earlier):
        return True
    # "y con" after a call or meeting named earlier in the clause (not a meal: "pranzo con
    # insalata e con mela"): "llamada con la sra. montenegro y con álvaro"
    clause = [w.lower() for w in _WORDS.findall(_CLAUSE_SPLIT.split(before)[-1])[-9:]]
    return clause[-1:] in _JOIN_WORDS and not _CALLS.isdisjoint(clause)


def _with_surname(head: str, end: int) -> int:
    """The end of the name: after a lower-case known surname that is no word ("luca badoer")."""
    nxt = _NEXT.match(head, end)
    if nxt is None:
        return end
    token = nxt.group(1)
    if token in _PARTICLES:  # "lorenzo de luca": the given name alone
        return end
    if token.islower() and token.capitalize() in data.SURNAMES and not _word(token):
        return nxt.end()
    return end


def _chat_names(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The lower-case names at the start of a part (the window's first match only)."""
    if m.start() != scan.lo:
        return
    head = m.group()
    if m.end() < scan.hi and _WORD_GOES_ON.match(scan.text, m.end()):
        head = head[: head.rfind(" ") + 1] if " " in head else ""  # a token cut: not read
    for start, end in _names(head):
        yield Hit("pii.person_name", None, m.start() + start, m.start() + end)


CHAT_LOWER = Detector(
    "person_name.chat_lower",
    # the start of the scanned text, or of a part after the engine's separator, when the
    # part's first letter (after up to 32 bytes of digits, marks or emoji: "14:00 call with")
    # is lower case (an ASCII letter, or the lead byte of a Latin-1 or Latin Extended-A letter)
    # and eight characters or more follow: no window for "Hello!" or "ok"
    r"(?:\A|\n\x00\n)[^\x00A-Za-z\xC3-\xC5]{0,32}[a-z\xC3-\xC5][^\x00]{7}",
    re.compile(rf"(?s).{{1,{_HEAD}}}"),
    _chat_names,
    back=40,
    ahead=_HEAD,
    per_part=True,
)

DETECTORS = (CHAT_LOWER,)
