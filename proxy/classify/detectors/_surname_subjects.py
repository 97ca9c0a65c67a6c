"""A surname standing alone as the subject, where ``_lone_names`` (known names and surname
shapes before the verbs people and firms share) does not reach: colleagues written about in
work messages ("Benhamou trouve que c'est trop risqué", "En gros, Le Guennec veut migrer", "Lo
Iacono riesce a riprodurre il bug", "Dell'Aquila è stufo").

- Before a verb only a person is the subject of, in the seven languages (thinking or believing
  that, complaining, being fed up or annoyed: "trouve que", "beschwert sich", "è stufo", "se
  queja", "klaagt", "narzeka"), an unknown token too: a firm, a city or a paper rarely "thinks
  that" or "is fed up".
- Before the shared verbs of ``_lone_names`` ("veut", "riesce a", "said", "hasn't"), a surname
  with its particle ("Le Guennec", "Lo Iacono", "Dell'Aquila", "Van Dijk"): a particle and a
  capitalised token make a surname's shape of their own.

The token opens a sentence or a clause (after ", ", "and", "et", "und", "que", "dass" ...) and is
none of the word lists (everyday words of the seven languages, places, months, products, firms
named like people), no German noun, and none of the firms, agencies and products below ("Le
Figaro veut", "Bruxelles pense que").

The prefilter is a lower-case letter, spaces and one of the verbs (``_name_verbs``' shape).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._name_tokens import LO, UP
from proxy.classify.detectors._org_roles import COMPANIES

#: Verbs and phrases only a person is the subject of, per language. Hand-written.
_PERSON_ONLY = words(
    "thinks that|believes that|feels that|is fed up|is annoyed|is upset|is angry|complains|"
    "keeps complaining|trouve que|pense que|estime que|croit que|se plaint|en a marre|"
    "est agacé|est agacée|est fâché|est fâchée|glaubt, dass|denkt, dass|meint, dass|"
    "findet, dass|beschwert sich|ist genervt|ist sauer|pensa che|crede che|trova che|"
    "si lamenta|è stufo|è stufa|è arrabbiato|è arrabbiata|piensa que|cree que|opina que|"
    "se queja|está harto|está harta|está enfadado|está enfadada|vindt dat|denkt dat|meent dat|"
    "klaagt|baalt|is boos|uważa, że|myśli, że|twierdzi, że|narzeka|jest zły|jest zła|ma dość"
)
#: The shared verbs of ``_lone_names``, before which only a particle surname counts here.
_SHARED = (*lone.SHARED_VERBS, *lone.NEGATED)
_WRITTEN = (*_PERSON_ONLY, *_SHARED)
#: Each verb with either apostrophe ("hasn't", "hasn’t").
_VERBS = tuple(sorted({verb.replace("'", mark) for verb in _WRITTEN for mark in "'’"}))
_STRONG = frozenset(verb.replace("'", mark) for verb in _PERSON_ONLY for mark in "'’")
#: Firms, papers, agencies, institutions and AI products that are the subject of such verbs in
#: news and work messages ("Reuters said", "Gartner thinks", "Nvidia wants", "Copilot
#: suggests") and are no word of the lists. Hand-written.
_NOT_PERSON = frozenset(
    words(
        "Reuters|Bloomberg|Gartner|Forrester|Nielsen|Ipsos|Gallup|Statista|Destatis|Insee|"
        "Istat|Eurostat|Europol|Frontex|Interpol|Nasa|Nato|Unicef|Unesco|Fifa|Uefa|Opec|Ofcom|"
        "Ofgem|Ofsted|Kremlin|Pentagon|Downing|Whitehall|Westminster|Brussels|Bruxelles|Brüssel|"
        "Bruselas|Bruksela|Brussel|Nvidia|Openai|Anthropic|Microsoft|Amazon|Samsung|Huawei|"
        "Xiaomi|Oracle|Intel|Spotify|Netflix|Uber|Airbnb|Zalando|Allianz|Lufthansa|Ryanair|"
        "Easyjet|Stellantis|Volkswagen|Fiat|Unilever|Nestlé|Danone|Carrefour|Lidl|Aldi|Ikea|"
        "Heineken|Adidas|Puma|Vodafone|Telekom|Telefónica|Deloitte|Accenture|Capgemini|Atos|"
        "Salesforce|Atlassian|Gitlab|Github|Stripe|Klarna|Revolut|Adyen|Mollie|Barclays|"
        "Unicredit|Intesa|Rabobank|Paribas|Commerzbank|Generali|Wikipedia|Twitter|Facebook|"
        "Instagram|Tiktok|Youtube|Linkedin|Whatsapp|Telegram|Zoom|Notion|Figma|Canva|Dropbox|"
        "Perplexity|Deepseek|Llama|Grok|Cursor|Replit|Vercel|Netlify|Cloudflare|Akamai|Azure|"
        "Bedrock|Vertex|Ollama|Figaro|Libération|Spiegel|Zeit|Repubblica|Corriere|Guardian|"
        "Telegraph|Volkskrant|Trouw|Wyborcza|Politico|Euractiv|Moody|Fitch|Bundesbank|Ecb|Bce|"
        "Labour|Tories|Fidesz|Podemos|Vox|Syriza|Sejm|Bundestag|Bundesrat|Senato|Congreso|"
        "Tesla|Apple|Google|Meta|Shell|Orange|Santander|Ing|Axa|Ergo|Español|Inglés|Francés|Alemán|"
        # firms of the seven countries named in work messages
        "Mercadona|Inditex|Iberdrola|Repsol|Bbva|Caixabank|Endesa|Naturgy|Ferrovial|Acciona|"
        "Mapfre|Eni|Enel|Mediobanca|Fincantieri|Esselunga|Engie|Sncf|Michelin|Decathlon|Fnac|"
        "Darty|Leclerc|Auchan|Bouygues|Vinci|Thales|Safran|Dassault|Rewe|Edeka|Henkel|Tchibo|"
        "Ahold|Jumbo|Asml|Coolblue|Kpn|Orlen|Allegro|Biedronka|Żabka|Inpost|Lotos|"
        # tools whose alerts and checks "say" and "want" things
        "Datadog|Splunk|Nagios|Zabbix|Dynatrace|Sonarqube|Snyk|Dependabot|Renovate|Mypy|Pylint|"
        "Eslint|Webpack|Gradle|Bazel|Pytest|Postgres|Postgresql|Mongo|Mongodb|Mysql|Redis|Kafka|"
        "Nginx|Sentry|Prometheus|Vault|Okta|Auth0|Intune|Outlook|Gmail"
    )
)
_PARTICLE = (
    r"(?:De la|De los|Van der|Van den|Van de|Von der|Della|Dell['’]|Dall['’]|Del|De|Di|Da|Le|"
    r"La|Lo|Van|Von|Ten|Ter|D['’])"
)
#: What may stand right before the subject: the start of the text, a sentence's or a clause's
#: end, or a conjunction that opens a clause.
_LEAD = re.compile(
    r"(?:\A|[.!?:;]\s+|\n\s*|,[ ]|(?<![\w])(?:and|but|while|that|et|mais|que|und|aber|dass|"
    r"e|ma|che|mentre|y|pero|en|maar|dat|terwijl|i|ale|że)[ ])\Z"
)
_SUBJECT_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>(?P<particle>{_PARTICLE}[ ]?)?[{UP}][{LO}]{{3,}}(?:-[{UP}][{LO}]+)?)"
    rf",?[ ]+(?P<verb>{alternation(_VERBS)})(?!\w)"
)


#: Particles that are no article: the surname after them may be a word ("De la Fuente", "Della
#: Valle", "Van Dam"); after "Le", "La", "Lo" and Dutch "De" it may not ("Le Monde", "De Morgen").
_NOT_ARTICLE = (
    "Van",
    "Von",
    "Di",
    "Da",
    "Del",
    "Della",
    "Dell",
    "Dall",
    "De la",
    "De los",
    "D’",
    "D'",
)


def _person(name: str) -> bool:
    """Whether the token a particle may open is no word, place, product, firm or German noun."""
    last = re.split(r"[ '’]", name)[-1]
    word_ok = name.startswith(_NOT_ARTICLE) and name != last
    for part in last.split("-"):
        lower = part.lower()
        if part in data.NOT_NAME or part in data.PRODUCT_NAMES or part in data.PLACES:
            return False
        if part in _NOT_PERSON or part in COMPANIES or part in lone.COMPANIES:
            return False
        if data.german_noun(part):
            return False
        if word_ok:
            continue
        if lower in data.WORDS or lower in data.COMMON or lower in data.SPANISH_WORDS:
            return False
    return True


def _subject(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A surname opening a sentence or clause before a person's verb (see the module)."""
    name = m.group("name")
    if m.group("verb") not in _STRONG and not m.group("particle"):
        return  # a lone token before a shared verb: ``_lone_names``' case
    if not _LEAD.search(scan.before(m.start("name"), 12)) or not _person(name):
        return
    if name.startswith(("Le ", "La ")) and name[3:] in data.GIVEN:
        return  # a town named after a saint or a woman: "La Rochelle a annoncé"
    yield Hit("pii.person_name", None, m.start("name"), m.end("name"))


SURNAME_SUBJECT = Detector(
    "person_name.surname_subject",
    r"[a-zà-ÿ] +" + hs_words(_VERBS),
    _SUBJECT_RE,
    _subject,
    back=48,
    ahead=40,
    unicode=True,
)

DETECTORS = (SURNAME_SUBJECT,)
