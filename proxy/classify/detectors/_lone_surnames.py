"""Whether a capitalised token standing alone can be a person's surname, for the detectors that
find one without a given name or a title (``_surname_subjects``, ``_name_requests``,
``_name_with_me``): a known surname or one of a surname's shape ("Bortolotti", "Nowakowski"),
that is none of what stands in the same places in messages and news:

- a word of a list we hold (everyday words of the seven languages, Spanish ones among them),
  a place, a month, a product, a role ("Vermieter", "Prezes", "Tenant") or a German noun;
- a firm named like a person (``_org_roles.COMPANIES``, ``_lone_words.COMPANIES``);
- one of ``ORGANISATIONS``: papers, agencies, banks, clubs, parties, tools, AI products and the
  seats of governments that "say", "want", "think" and "complain" in news and tickets
  ("Reuters said", "Gartner thinks", "Matignon estime que", "Schalke beschwert sich").

Hand-written lists; pure.
"""

from __future__ import annotations

from proxy.classify._base import words
from proxy.classify.detectors import _lone_words as lone
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._org_roles import COMPANIES
from proxy.classify.detectors._relation_words import RELATIONS, ROLES

ORGANISATIONS = frozenset(
    words(
        # papers, agencies, analysts, institutions
        "Reuters|Bloomberg|Gartner|Forrester|Nielsen|Ipsos|Gallup|Statista|Destatis|Insee|"
        "Istat|Eurostat|Europol|Frontex|Interpol|Nasa|Nato|Unicef|Unesco|Fifa|Uefa|Opec|Ofcom|"
        "Ofgem|Ofsted|Figaro|Libération|Parisien|Spiegel|Zeit|Repubblica|Corriere|Guardian|"
        "Telegraph|Volkskrant|Trouw|Telegraaf|Wyborcza|Politico|Euractiv|Moody|Fitch|Bundesbank|"
        "Citi|Macquarie|Natixis|Berenberg|Jefferies|Nomura|Barclays|Unicredit|Intesa|Rabobank|"
        "Paribas|Commerzbank|Generali|Santander|Ing|Axa|Ergo|Mapfre|Mediobanca|Verdi|"
        # seats of governments
        "Kremlin|Pentagon|Downing|Whitehall|Westminster|Brussels|Bruxelles|Brüssel|Bruselas|"
        "Bruksela|Brussel|Matignon|Bercy|Élysée|Elysée|Moncloa|Chigi|Farnesina|Quirinale|"
        "Beijing|Peking|Pékin|Kyiv|Kiev|Kijów|Moscow|Moscou|Moskau|Mosca|Moscú|Moskwa|Tehran|"
        "Teheran|Ankara|Pyongyang|Washington|Warszawa|Labour|Tories|Fidesz|Podemos|Vox|Syriza|"
        "Sejm|Bundestag|Bundesrat|Senato|Congreso|"
        # towns a particle opens ("Le Mans", "Le Havre", "La Défense")
        "Mans|Havre|Creusot|Touquet|Bourget|Défense|Rochelle|Spezia|Coruña|Haya|Monte|"
        # firms and clubs
        "Nvidia|Openai|Anthropic|Microsoft|Amazon|Samsung|Huawei|Xiaomi|Oracle|Intel|Spotify|"
        "Netflix|Uber|Airbnb|Zalando|Allianz|Lufthansa|Ryanair|Easyjet|Stellantis|Volkswagen|"
        "Fiat|Unilever|Nestlé|Danone|Carrefour|Lidl|Aldi|Ikea|Heineken|Adidas|Puma|Vodafone|"
        "Telekom|Telefónica|Deloitte|Accenture|Capgemini|Atos|Salesforce|Atlassian|Gitlab|"
        "Github|Stripe|Klarna|Revolut|Adyen|Mollie|Tesla|Apple|Google|Meta|Shell|Orange|"
        "Mercadona|Inditex|Iberdrola|Repsol|Bbva|Caixabank|Endesa|Naturgy|Ferrovial|Acciona|"
        "Eni|Fincantieri|Esselunga|Engie|Sncf|Michelin|Decathlon|Fnac|Darty|Auchan|Bouygues|"
        "Vinci|Thales|Safran|Dassault|Rewe|Edeka|Henkel|Tchibo|Ahold|Jumbo|Asml|Coolblue|Kpn|"
        "Orlen|Allegro|Biedronka|Żabka|Inpost|Lotos|Oord|Lanschot|Heusen|Creuset|Redoute|"
        "Schalke|Feyenoord|Osasuna|Juve|Fiorentina|Sampdoria|Ajax|Benfica|Porto|Celtic|"
        # tools and AI products
        "Wikipedia|Twitter|Facebook|Instagram|Tiktok|Youtube|Linkedin|Whatsapp|Telegram|Zoom|"
        "Notion|Figma|Canva|Dropbox|Perplexity|Deepseek|Llama|Grok|Cursor|Replit|Vercel|"
        "Netlify|Cloudflare|Akamai|Azure|Bedrock|Vertex|Ollama|Datadog|Splunk|Nagios|Zabbix|"
        "Dynatrace|Sonarqube|Snyk|Dependabot|Renovate|Mypy|Pylint|Eslint|Webpack|Gradle|Bazel|"
        "Pytest|Postgres|Postgresql|Mongo|Mongodb|Mysql|Redis|Kafka|Nginx|Sentry|Prometheus|"
        "Vault|Okta|Auth0|Intune|Outlook|Gmail|Maven|Ruff|Clippy|Pyright|Valgrind|Rubocop|"
        # nationalities opening a Spanish sentence
        "Español|Inglés|Francés|Alemán"
    )
)
_NOT_SURNAME = (
    ORGANISATIONS
    | COMPANIES
    | lone.COMPANIES
    | data.NOT_NAME
    | data.PRODUCT_NAMES
    | data.PLACES
    | data.AMBIGUOUS
)
_ROLES = data.ROLES | frozenset(r.lower() for r in (*ROLES, *RELATIONS))


def no_surname(token: str, everyday: bool = True, german: bool = True) -> bool:
    """Whether a capitalised token is something other than a person's surname: a place, month,
    product, role, firm or organisation, (with ``german``) a German noun, or (with
    ``everyday``) a word of a list we hold (see the module docstring)."""
    lower = token.lower()
    if token in _NOT_SURNAME or lower in _ROLES or (german and data.german_noun(token)):
        return True
    return everyday and (lower in data.WORDS or lower in data.COMMON or lower in data.SPANISH_WORDS)


def lone_surname(token: str, *, unknown: bool = False) -> bool:
    """Whether a capitalised token standing alone is a surname: known (a double surname: one
    part known, "Mbeki-Clarke") or of a surname's shape (or, with ``unknown``, any token),
    of four letters or more, and nothing else (``no_surname``)."""
    known = token in data.SURNAMES or any(part in data.SURNAMES for part in token.split("-"))
    if len(token) < 4 or not (known or unknown or data.shaped(token)):
        return False
    return not any(no_surname(part) for part in token.split("-"))
