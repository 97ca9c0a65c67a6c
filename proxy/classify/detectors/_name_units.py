"""A lone name followed by the unit the person works in or writes from, as colleagues name
each other: "Sarah from HR", "Mitchell from accounting", "Claire de la compta", "Katrin aus
der Buchhaltung", "Giulia dell'amministrazione", "Lucía de contabilidad", "Sanne van de
boekhouding", "Agnieszka z księgowości".

A department, a desk or an office a person belongs to follows only a person (a report, an
update or a request "from HR" is an everyday word, which the token test refuses). The token is
``_lone_names``' weak case: a known given name or surname (also one the word lists hold, as
before what a person owns: "Sarah", "Tom"), or a token no list holds shaped like a surname, that
opens the sentence or follows a lower-case word; never a word, place, brand, product, month or
eponym ("Greetings from Accounting!").

The prefilters are the phrases, a space before them ("  from accounting"), pure literals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _LEAD as LEAD
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._cued_names import _SOFTWARE as SOFTWARE
from proxy.classify.detectors._lone_names import _person as person


def _phrases(prepositions: str, units: str) -> tuple[str, ...]:
    """Every preposition before every unit (an elided one without a space: "dell'ufficio")."""
    return tuple(
        p + ("" if p.endswith(("'", "’")) else " ") + u
        for p, u in product(words(prepositions), words(units))
    )


_EN = (
    *_phrases(
        "from|in|at",
        "HR|IT|QA|accounting|accounts|finance|payroll|sales|marketing|legal|support|procurement|"
        "purchasing|logistics|reception|compliance|facilities|operations|ops|engineering|admin|"
        "billing|helpdesk|customer service|customer support|Accounting|Finance|Payroll|Sales|"
        "Marketing|Legal|Support|Procurement|Purchasing|Reception|Compliance|Facilities|"
        "human resources|Human Resources|Accounts",
    ),
    *_phrases(
        "from the|at the|in the",
        "bank|council|school|nursery|agency|insurer|letting agency|front desk|warehouse|"
        "surgery|pharmacy|clinic|helpdesk|service desk|accounts team|sales team|finance team|"
        "HR team|IT team|support team|legal team|payroll team|finance department|"
        "HR department|IT department|accounts department|sales department",
    ),
    *_phrases("from our", "HR team|IT team|finance team|sales team|support team|legal team"),
)
_FR = (
    *_phrases(
        "de la|à la",
        "compta|comptabilité|paie|DSI|direction|logistique|sécurité|banque|mairie|crèche|"
        "mutuelle|réception|communication",
    ),
    *_phrases(
        "du|au",
        "service RH|service client|service juridique|juridique|support|marketing|commercial|"
        "service informatique|service comptable|service achats|standard|secrétariat|cabinet|"
        "service comptabilité|service paie",
    ),
    *_phrases("des|aux", "RH|achats|ventes|ressources humaines"),
    *_phrases("de l'|de l’|à l'|à l’", "accueil|informatique|agence|école|assurance|IT|équipe"),
)
_DE = (
    *_phrases(
        "aus der|von der|in der",
        "Buchhaltung|Personalabteilung|Rechtsabteilung|IT|Verwaltung|Lohnbuchhaltung|"
        "Finanzabteilung|Bank|Versicherung|Schule|Kita|Hausverwaltung|Poststelle|Zentrale|"
        "IT-Abteilung|HR-Abteilung",
    ),
    *_phrases(
        "aus dem|vom|im",
        "Vertrieb|Einkauf|Marketing|Controlling|Lager|Support|Kundenservice|Sekretariat|"
        "Personalwesen|Empfang|Team|Backoffice|Personalbüro",
    ),
    *_phrases("aus|von|vom|aus dem", "HR|IT"),
)
_IT = (
    *_phrases(
        "dell'|dell’|all'|all’",
        "ufficio|amministrazione|ufficio tecnico|ufficio acquisti|ufficio legale|"
        "ufficio personale|assistenza|IT|HR|agenzia|assicurazione|anagrafe|Amministrazione|"
        "Ufficio Acquisti|Ufficio Tecnico|Ufficio Legale",
    ),
    *_phrases("dall'|dall’", "amministrazione|ufficio|assistenza"),
    *_phrases(
        "della|alla",
        "contabilità|segreteria|logistica|banca|scuola|reception|direzione|ragioneria",
    ),
    *_phrases("del|al", "personale|commerciale|marketing|magazzino|legale|comune|centralino"),
    *_phrases("delle|dalle", "risorse umane|vendite"),
    *_phrases("degli", "acquisti"),
)
_ES = (
    *_phrases(
        "de",
        "contabilidad|RRHH|recursos humanos|IT|informática|sistemas|ventas|compras|marketing|"
        "legal|soporte|atención al cliente|recepción|almacén|administración|nóminas|logística",
    ),
    *_phrases(
        "de la",
        "gestoría|asesoría|oficina|agencia|inmobiliaria|aseguradora|guardería|secretaría",
    ),
    *_phrases("del", "banco|seguro|colegio|ayuntamiento|departamento|servicio técnico"),
)
_NL = (
    *_phrases(
        "van|bij",
        "HR|IT|ICT|financiën|sales|verkoop|inkoop|marketing|juridische zaken|support|"
        "personeelszaken|school|facilitair",
    ),
    *_phrases(
        "van de|bij de",
        "boekhouding|receptie|administratie|salarisadministratie|bank|verzekering|gemeente|"
        "klantenservice|helpdesk|servicedesk|verhuurder|woningcorporatie|crèche|balie",
    ),
    *_phrases("van het|bij het", "magazijn|team|secretariaat|kantoor|makelaarskantoor"),
    *_phrases("van de afdeling|bij de afdeling", "HR|IT|ICT|financiën|inkoop|verkoop|sales"),
)
_PL = _phrases(
    "z|ze",
    "księgowości|kadr|HR|IT|działu IT|działu kadr|działu sprzedaży|działu prawnego|"
    "działu obsługi klienta|sprzedaży|zakupów|marketingu|recepcji|magazynu|administracji|"
    "banku|sekretariatu|obsługi klienta|biura|urzędu|szkoły|przedszkola|serwisu|supportu|"
    "helpdesku|zespołu|działu płac|płac|działu HR|działu księgowości|Księgowości|Kadr",
)
_PHRASES = tuple(sorted({*_EN, *_FR, *_DE, *_IT, *_ES, *_NL, *_PL}))
_PATTERN = re.compile(rf"{LEAD}({TOK})[ ]+(?:{alternation(_PHRASES)})(?![\w'’-])")


#: Institutions, not departments: a letter, a loan or a canteen comes from them as well
#: ("Courrier de la mairie", "Loan from the bank", "Mensa della scuola"), so a given name only.
_INSTITUTION = re.compile(
    r"(?i:bank|banque|banca|banco|mairie|comune|ayuntamiento|gemeente|urzędu|school|"
    r"école|schule|scuola|colegio|szkoły|council|agency|agence|agenzia|agencia|kita|crèche|"
    r"nursery|przedszkola|guardería|versicherung|assurance|assicurazione|aseguradora|seguro|"
    r"verzekering|mutuelle|insurer|surgery|pharmacy|clinic|anagrafe|inmobiliaria|gestoría|"
    r"asesoría|verhuurder|woningcorporatie|landlord|letting agency|hausverwaltung|stadt)\Z"
)


def _unit(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The lone token before the unit, when it is a person (see the module docstring); before
    an institution a given name only, and never a tool ("Install Okta from IT")."""
    tok = Token(m.group(1), m.start(1), m.end(1))
    if tok.text in SOFTWARE:
        return
    if _INSTITUTION.search(m.group(0)) and tok.text not in data.GIVEN:
        return
    if person(tok, scan, strong=False, owner=True):
        yield Hit("pii.person_name", None, tok.start, tok.end)


DETECTORS = tuple(
    Detector("person_name.unit", " " + phrase, _PATTERN, _unit, back=len(phrase) + 48, ahead=4)
    for phrase in _PHRASES
)
