"""A lone known name after a word that takes a person: a preposition of company ("with
Kowalski", "mit Kowalski", "avec Dubois", "con Bianchi", "met Janssens", "z Nowakiem") or a
verb of asking, telling, calling and writing ("ask Dubois whether", "forward this to Nguyen",
"ruf Müller an", "demande à Dupont", "chiama Rossi", "llama a García", "bel Janssens",
"zadzwoń do Kowalskiego"), in the seven languages, inside a sentence or opening it.

The token is a known surname or given name that is no word of any list, place, month, brand,
product, company or eponym (``_lone_names._kind``: "with Siemens", "mit Porsche", "ask Alexa",
"call Uber", "to Paris", "with Python" are none). After a Polish cue it may also be a regular
case form of such a name ("do Kowalskiego", "Pokaż Tomkowi", "Daj Ani": ``_polish_forms``),
even when the form is an everyday word in lower case ("do Marka", "marka" a brand). The token
ends the capitalised run (a capital after it makes a longer name, left to the other
detectors) and no code is glued to it ("with Foo.bar", "to Nguyen_id").

The prefilter is the cue alternation, a space and a capital, as ``_name_requests``' is; a
lower-case cue in running text ("with the", "mit dem") does not wake the detector.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_names as lone_names
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _LEAD as LEAD
from proxy.classify.detectors._bare_names import LO, UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._name_evidence import german_text
from proxy.classify.detectors._name_requests import _COPULA_AFTER as COPULA_AFTER
from proxy.classify.detectors._name_things import brand_like
from proxy.classify.detectors._polish_forms import nominatives, polish_text

#: English verbs whose addressee follows "to", a few words later ("send the slides to").
_TO_VERBS = words(
    "forward|forwarded|send|sent|pass|passed|give|gave|hand|handed|show|showed|mention|"
    "mentioned|explain|explained|introduce|introduced|say hi|say hello|reach out|reached out|"
    "talk|talked|speak|spoke|spoken|reply|replied|write|wrote|report|reports|reported|mail|"
    "mailed|email|emailed|e-mail|assign|assigned|delegate|delegated|escalate|escalated|"
    "submit|submitted|return|returned|pay|paid|owe|lend|lent|sell|sold|apologize|apologise|"
    "apologized|apologised|deliver|delivered|hand over|handed over|pass on|passed on"
)
#: English cues: a preposition, verbs taking the person as object, verbs with "to".
_EN = (
    *words(
        "with|together with|alongside|met|meet|meeting|ask|asked|tell|told|call|called|email|"
        "emailed|e-mail|text|texted|ping|pinged|remind|reminded|cc|bcc|invite|invited|thank|"
        "thanked|contact|contacted|message|messaged|notify|notified|inform|informed|phone|"
        "phoned|warn|warned|brief|briefed|interview|interviewed|hire|hired|loop in|cc'd|"
        "on behalf of|talk with|spoke with|speak with|check with|on a call with"
    ),
)
_DE = words(
    "mit|zusammen mit|frag|frage|fragen Sie|fragte|sag|sage|sagen Sie|ruf|rufe|rufen Sie|rief|"
    "schreib|schreibe|schreiben Sie|schrieb|Mail an|E-Mail an|Nachricht an|schick|schicke|"
    "schicken Sie|treffe|traf|trafen|erinnere|informiere|kontaktiere|bitte|bat|danke|Brief an"
)
_FR = words(
    "avec|demande à|demandez à|demandé à|appelle|appelez|appelé|appeler|écris à|écrivez à|"
    "écrit à|écrire à|dis à|dites à|dit à|dire à|envoie à|envoyez à|envoyé à|envoyer à|parle à|"
    "parlez à|parlé à|parler à|transmets à|transmettez à|transmis à|rappelle à|contacte|"
    "contactez|contacté|rencontré|rencontre|préviens|prévenez|remercie|remerciez|de la part de|"
    "mail à|message à|courriel à|lettre à|réponse à"
)
_IT = words(
    "con|chiedi a|chieda a|chiesto a|chiedere a|chiama|chiami|chiamato|chiamare|scrivi a|"
    "scriva a|scritto a|scrivere a|di' a|dì a|dica a|detto a|dire a|manda a|mandi a|mandato a|"
    "inviato a|inoltra a|inoltrato a|incontrato|ringrazia|avvisa|avvisato|contatta|contattato|"
    "mail a|email a|messaggio a|lettera a|risposta a"
)
_ES = words(
    "con|pregunta a|pregúntale a|pregúntele a|preguntar a|preguntado a|preguntó a|llama a|"
    "llame a|llamar a|llamé a|llamó a|escribe a|escríbele a|escribir a|escribí a|escribió a|"
    "dile a|dígale a|decir a|dije a|envía a|envíale a|enviar a|envié a|reenvía a|avisa a|"
    "avisé a|contacta a|contacté a|conocí a|vi a|correo a|mensaje a|carta a|respuesta a|"
    "pídele a|pídale a|pide a|pedirle a|pedí a|pidió a"
)
_NL = words(
    "met|samen met|vraag|vroeg|vragen|bel|belde|bellen|mail|mailde|mailen|stuur naar|"
    "stuurde naar|zeg tegen|zei tegen|spreek|sprak|gesproken met|herinner|bedank|informeer|"
    "mail naar|mail aan|bericht naar|bericht aan|brief aan|sturen naar"
)
#: Polish cues: prepositions and verbs that take a person in an oblique case.
_PL = words(
    "z|ze|do|od|dla|u|zapytaj|zapytać|zapytałem|zapytałam|zapytał|zapytała|zadzwoń do|"
    "zadzwonię do|zadzwonić do|zadzwoniłem do|zadzwoniłam do|napisz do|napisać do|napiszę do|"
    "napisałem do|napisałam do|powiedz|powiedzieć|powiedziałem|powiedziałam|pokaż|pokazać|daj|"
    "dać|dałem|dałam|przekaż|przekazać|wyślij|wysłać|poproś|poprosić|podziękuj|przypomnij|"
    "spotkałem|spotkałam|pomóż|pomóc"
)
_POLISH = frozenset(_PL)
#: What thanks also go to that is no name: terms of endearment, family and groups ("Thanks
#: Mate!", "Merci Maman !", "Bedankt Allen!").
_ADDRESSED = frozenset(
    words(
        "darling|love|mate|gang|santa|allen|maman|papa|mama|mamma|mutti|vati|papi|mami|guys|"
        "team|folks|everyone|all|babe|honey|dear|sweetie|buddy|bro|boss|doc|chef|mum|mom|dad|"
        "nonna|nonno|abuela|abuelo|oma|opa|tía|tío|zia|zio|tante|onkel|jongens|meiden|"
        "ragazzi|chicos|amigos|amici|leute|kinder|kids|ladies|lads|bestie|"
        "obama|god|dios|dio|gott|dieu|jezus|jesus|lord"
    )
)
#: Thanks before the person thanked ("Thanks Sarah!", "Merci Claire !", "Grazie Giulia",
#: "¡Gracias Lucía!", "Bedankt Sanne", "Dzięki Agnieszka"; the Polish ones with the name's
#: base form, as chat writes it).
_THANKS = words(
    "thanks|thank you|many thanks|cheers|vielen dank|Vielen Dank|danke schön|merci|"
    "merci beaucoup|grazie|grazie mille|gracias|muchas gracias|bedankt|dank je|dank u|"
    "dankjewel|dzięki|dziękuję"
)
#: A workflow's participle and its agent ("Reviewed by Navarro", "Relu par Dubois", "Geprüft
#: von Schneider", "Rivisto da Ferri", "Nagekeken door Verhoeven"); not authorship ("written
#: by", "created by": books and software), which ``_lone_names`` reads for creative works.
_BY = words(
    "reviewed by|approved by|signed by|checked by|prepared by|requested by|submitted by|"
    "countersigned by|validated by|relu par|validé par|signé par|vérifié par|préparé par|"
    "demandé par|approuvé par|contresigné par|geprüft von|freigegeben von|unterschrieben von|"
    "angefordert von|genehmigt von|gegengezeichnet von|rivisto da|approvato da|firmato da|"
    "verificato da|preparato da|richiesto da|controllato da|revisado por|aprobado por|"
    "firmado por|verificado por|preparado por|solicitado por|nagekeken door|"
    "goedgekeurd door|ondertekend door|gecontroleerd door|opgesteld door|aangevraagd door"
)
#: German cues led by a noun, capitalised anywhere ("eine Mail an Hoffmann").
_NOUNS = frozenset(words("Mail an|E-Mail an|Nachricht an|Brief an"))
#: The Polish prepositions, which are words of other languages too ("do Rocha", Portuguese).
_PREPOSITIONS = frozenset(words("z|ze|do|od|dla|u"))
_CUES = tuple(
    {c for c in (*_EN, *_DE, *_FR, *_IT, *_ES, *_NL, *_PL, *_THANKS, *_BY)}
    | {c[0].upper() + c[1:] for c in (*_EN, *_DE, *_FR, *_IT, *_ES, *_NL, *_PL, *_THANKS, *_BY)}
)
_TOKEN = rf"[{UP}](?:['’][{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)?(?:['’]s)?"
#: What ends the token: a lower-case word, punctuation, the line's end; not a capital.
_END = r"(?=[ ]+[^\s" + UP + r"-]|[ ]+-[ ]|[ ]*[,;:!?)–—]|[ ]*\.(?!\w)|[ ]*\n|\Z)"
_PATTERN = re.compile(rf"{LEAD}(?P<cue>{alternation(_CUES)})[ ](?P<name>{_TOKEN}){_END}")
#: Nouns after a surname that make it an eponym ("with Kalman filter", "mit Gauss-Verteilung"
#: is refused by its hyphen): a method, a law or a unit, not a person.
_EPONYM_NOUNS = frozenset(
    words(
        "filter|filters|transform|transforms|distribution|distributions|test|tests|method|"
        "methods|algorithm|algorithms|equation|equations|theorem|law|laws|effect|process|"
        "model|models|matrix|function|functions|series|number|numbers|constant|curve|curves|"
        "integral|operator|space|spaces|norm|criterion|index|coefficient|coefficients|scale|"
        "principle|conjecture|inequality|problem|rule|rules|code|codes|loss|noise|kernel|"
        "kernels|window|smoothing|decomposition|sampling|estimator|correction|regression|"
        "approximation|polynomial|polynomials|interpolation|iteration|scheme|formula|bound|"
        "bounds|statistic|statistics|score|distance|similarity|metric|plot|diagram|tree|trees|"
        "graph|graphs|encoding|cipher|style|notation|format|syntax|pattern|type|machine|ring|"
        "field|fields|group|groups|bracket|brackets|symbol|symbols|chain|chains|walk|motion|"
        "numbers|units|unit|style|quotes|order|ordering|sort|hash|hashing|heap|net|nets|"
        "networks|network|random|api|library|package|module|plugin|format|file|files|client|"
        "server|database|method's|filtering|theory|mechanics|optics|coding|correlation|"
        "correlations|coefficient's|tables|table|diagrams|integrals|identity|identities"
    )
)
#: Software, languages and assistants named like persons ("with Kafka", "to Jenkins", "mit
#: Swift"): after a cue of company they are tools, not colleagues.
_SOFTWARE = frozenset(
    words(
        "Kafka|Rails|Sass|Revel|Swift|Ada|Curry|Dash|Lean|Hudson|Okta|Jarvis|Julia|Ruby|Perl|"
        "Rust|Elm|Crystal|Jenkins|Travis|Hugo|Jekyll|Gatsby|Sphinx|Flask|Django|Celery|Dask|"
        "Helm|Envoy|Caddy|Phoenix|Spring|Grails|Gin|Echo|Fiber|Buffalo|Falcon|Bottle|Tornado|"
        "Sanic|Jest|Mocha|Jasmine|Karma|Cypress|Selenium|Apache|Tomcat|Jetty|Redis|Mongo|"
        "Cassandra|Hadoop|Spark|Flink|Beam|Luigi|Airflow|Prefect|Pandas|Arrow|Thrift|Ghost|"
        "Drupal|Joomla|Pelican|Vault|Consul|Nomad|Packer|Vagrant|Chef|Puppet|Salt|Ansible|"
        "Heroku|Vercel|Sentry|Grafana|Kibana|Prometheus|Watson|Siri|Cortana|Alexa|Claude|"
        "Gemini|Llama|Mistral|Copilot|Cursor|Bard|Isabelle|Agda|Idris|Coq|Haskell|Pascal|"
        "Delphi|Fortran|Cobol|Scala|Kotlin|Dart|Lua|Nim|Zig|Odin|Gleam|Clojure|Racket|Erlang|"
        "Elixir|Groovy|Miranda|Mercury|Logo|Simula|Algol|Prolog|Smalltalk|Scheme|Lisp|Maven|"
        "Gradle|Bazel|Babel|Webpack|Docker|Podman|Jira|Trello|Asana|Notion|Figma|Sketch|"
        "Blender|Unity|Godot|Electron|Flutter|Ionic|Cordova|Angular|React|Vue|Svelte|Ember|"
        "Backbone|Knockout|Meteor|Express|Koa|Hapi|Nest|Deno|Bun|Node|Java|Python|Shiny|Dplyr|"
        "Keras|Torch|Theano|Caffe|Chainer|Jax|Flax|Haiku|Optax|Sonnet|Opus|Ollama|Marvin|Eliza"
    )
)
#: After the token of a preposition of purpose: a full stop and a lower-case word (it was an
#: abbreviation: "per Ned. vat") or a number (a month: "for Jan 2025").
_ABBREVIATED = re.compile(r"\.[ ]+[a-zà-ÿ]|[ ]+\d")
_NEXT_WORD = re.compile(r"[ ]+([\w'’]+)")
#: What may stand right before a capitalised cue: the start of a line or a sentence.
_OPENS = re.compile(r"(?:^|[.!?¡¿:;\n\"“„«(*•>-])[ \t]*\Z")


def _known(text: str, polish: bool) -> bool:
    """Whether a token (no possessive) is a known name standing alone, or after a Polish cue
    the case form of one (see the module docstring)."""
    if len(text) < 3:
        return False
    if "-" in text:  # "Kalman-Filter": every part a name ("Schulze-Brandt")
        return all(p in data.SURNAMES or p in data.GIVEN for p in text.split("-"))
    if polish:  # a case form only: "do Ribeiro" is Portuguese, "z Niemiec" a country
        return any(_polish_name(base) for base in nominatives(text))
    lower = text.lower()
    plain = text not in lone_names._NOT_ALONE and text not in _SOFTWARE and lower not in data.COMMON
    return plain and lower not in data.WORDS and lone_names._known(text)


def _given_word(tok: Token, scan: Scan) -> bool:
    """Whether a token is a given name that only the loose word list holds ("Tom", "Mia",
    "Eva", "Emma": a word of some language there), not an everyday word, place, brand, tool or
    German noun: after a cue that takes a person it is the person ("reply to Mia")."""
    text = tok.text
    if text not in data.GIVEN or text in lone_names._NOT_ALONE or text in _SOFTWARE:
        return False
    if text in data.PLACES:
        return False
    if text.lower() in data.COMMON or brand_like(text):
        return False
    return not (german_text(scan.around(tok.start, tok.end, 60)) and data.german_noun(text))


def _polish_name(base: str) -> bool:
    """Whether a derived nominative is a known name that is no word, place or product."""
    if base in lone_names._NOT_ALONE or base.lower() in data.COMMON or base.lower() in data.WORDS:
        return False
    return base in data.GIVEN or base in data.SURNAMES


def _foreign(cue: str, m: re.Match[str], scan: Scan) -> bool:
    """Whether a Polish preposition stands in text with no Polish letter or word around it."""
    if cue.lower() not in _PREPOSITIONS:
        return False
    return not polish_text(scan.around(m.start(), m.end(), 60))


def _cued(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The known name after a cue that takes a person (see the module docstring)."""
    cue = m.group("cue")
    if cue[0].isupper() and cue not in _NOUNS and not _OPENS.search(scan.before(m.start(), 8)):
        return  # "Ask Me Anything", "With Love": a title's words
    name = m.group("name")
    stem = name[:-2] if name.endswith(("'s", "’s")) else name
    polish = cue.lower() in _POLISH
    if _foreign(cue, m, scan) or (cue.lower() in _FOR and stem not in data.GIVEN):
        return
    tok = Token(stem, m.start("name"), m.start("name") + len(stem))
    if stem.lower() in _ADDRESSED or stem in _SOFTWARE:
        return  # "Thanks Mate!", "Approved by Okta"
    if not (_known(stem, polish) or (not polish and _given_word(tok, scan))):
        return
    if excluded([tok], scan):
        return
    if not polish and lone_names._kind(tok, scan) != "known" and not _given_word(tok, scan):
        return  # a German noun in German text ("mit Koch")
    after = scan.after(tok.end, 24)
    if cue.lower() in _FOR and _ABBREVIATED.match(after):
        return  # "per Ned. vat", "for Jan 2025": an abbreviation or a month
    if COPULA_AFTER.match(after):
        return  # a work's title as a subject: "Call Saul is a prequel"
    nxt = _NEXT_WORD.match(after)
    if nxt and nxt.group(1) in _EPONYM_NOUNS:
        return  # "with Kalman filter", "with Bessel functions"
    yield Hit("pii.person_name", None, tok.start, tok.end)


CUED = Detector(
    "person_name.lone_cued",
    # the capital after the cue (ASCII, or the lead byte of a Latin-1 or Latin Extended-A
    # capital): "with the", "mit dem" do not wake the detector
    hs_words(_CUES) + " [A-Z\\xC3-\\xC5]",
    _PATTERN,
    _cued,
    back=max(len(c) for c in _CUES) + 4,
    ahead=48,
)

_TO_PATTERN = re.compile(
    rf"(?<![\w'’-])(?i:{alternation(_TO_VERBS)})(?:[ ][\w'’-]+){{0,4}}?[ ](?P<cue>to)"
    rf"[ ](?P<name>{_TOKEN}){_END}"
)
#: "to", a space and a capital; the exact pattern looks back for the verb, up to four words
#: before it ("forward this to", "send the signed copy to").
TO = Detector(
    "person_name.lone_cued_to",
    "\\bto [A-Z\\xC3-\\xC5]",
    _TO_PATTERN,
    _cued,
    back=64,
    ahead=48,
)

#: Prepositions of purpose ("a card for Mia", "un mail pour Léa", "ein Geschenk für Jonas"):
#: weaker cues, so only a given name after them is a person ("for Windows", "per Roma").
_FOR = frozenset(words("for|pour|für|per|para|voor"))
_FOR_CUES = tuple(_FOR | {c[0].upper() + c[1:] for c in _FOR})
_FOR_PATTERN = re.compile(rf"{LEAD}(?P<cue>{alternation(_FOR_CUES)})[ ](?P<name>{_TOKEN}){_END}")
FOR = Detector(
    "person_name.lone_for",
    hs_words(_FOR_CUES) + " [A-Z\\xC3-\\xC5]",
    _FOR_PATTERN,
    _cued,
    back=8,
    ahead=48,
)

DETECTORS = (CUED, TO, FOR)
