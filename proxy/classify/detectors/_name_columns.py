"""Person names in the columns and keys a record names: a CSV or TSV header and its rows
("id,full_name,dob", "cognome;nome;nascita", "nazwisko,imie,pesel": the table detector,
``_table_columns``, reads the rows with ``column_kinds`` and ``person_value``), a JSON key
('"nom": "Kouassi", "prenom": "Aminata"'), an unquoted key of JavaScript or YAML ('firstName:
"Malte"', "last_name: Thiessen"), a key and "=" in a log or an SQL comparison ("client=Guillaume
Lefèvre", "WHERE achternaam = 'Uijttewaal'", 'deudor="Urrutia Aldama, Begoña"') and a flattened
form's labels without their colon ("cognome Greco, nome Salvatore", "apellidos Morales Vidal,
nombre Sergio"), as people paste the data an import, a validator or a form chokes on. A record
or row with an e-mail at a documentation domain is a sample's (``SAMPLE``).

A label is of a full name ("full_name", "nom_complet"), a given name ("first_name", "prenom",
"vorname", "imie", "voornaam") or a surname ("last_name", "cognome", "nachname", "nazwisko").
"name", "nom", "nome", "nombre" and "naam" name things as often ("name,price"), and so do the
roles a record is about ("cardholder", "intestatario", "kredytobiorca", "cliente", "patient": a
firm is a customer too): they take a person's name only beside a given name's or surname's
label (the surname then: "nom" next to "prenom"), or else a value that holds a known given name
or surname and no everyday word, or a known surname then a given name ("Russo Salvatore").

A value is one to four capitalised tokens (capitals, particles and apostrophes allowed: "Ben Ó
Súilleabháin", "Le Goff"), never a number, an address or a placeholder ("N/A", "Test"). Rows
are read to the first blank line or line of another width.

Prefilters: a quoted key and its colon ('"prenom":'), a surname label before a capital
("cognome G"): text other than data holds almost none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, literal_alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._lone_words import COMPANIES
from proxy.classify.detectors._name_evidence import FIRMS_LIKE_PEOPLE
from proxy.classify.detectors._name_tokens import COMPANY, WORDLIKE

_FULL = frozenset(
    words(
        "full_name|fullname|full name|name_full|nom_complet|nom complet|nome_completo|"
        "nome completo|nombre_completo|nombre completo|volledige_naam|volledige naam|"
        "imie_nazwisko|imię i nazwisko|imie i nazwisko|nome e cognome|nom et prénom|"
        "vollständiger name|employee_name|patient_name|customer_name|client_name|contact_name|"
        # both parts in one cell, either order ("Villalobos Peña, Jorge")
        "apellidos_nombre|apellidos y nombre|nombre_apellidos|nom_prenom|nom prénom|"
        "nome_cognome|cognome_nome|cognome e nome|nazwisko_imie|nazwisko i imię|name_surname|"
        "surname_name|naam_voornaam|achternaam_voornaam|nachname_vorname|name, vorname"
    )
)
_GIVEN = frozenset(
    words(
        "first_name|firstname|first name|given_name|givenname|given name|forename|prenom|"
        "prénom|vorname|imie|imię|voornaam|voornamen|nombre_pila|first"
    )
)
_SURNAME = frozenset(
    words(
        "last_name|lastname|last name|surname|family_name|familyname|family name|cognome|"
        "nachname|familienname|nazwisko|apellido|apellidos|achternaam|nom_famille|"
        "nom de famille|primer_apellido|segundo_apellido|last"
    )
)
#: Labels of a name that name things too: a person's only beside a given name's label.
_LOOSE = frozenset(
    words(
        "name|nom|nome|nombre|naam|nazwa|"
        # the person a record is about, by role: a holder, borrower, debtor, customer, patient
        "cardholder|card_holder|account_holder|holder|titular|titulaire|intestatario|"
        "kontoinhaber|inhaber|rekeninghouder|posiadacz|borrower|emprunteur|kreditnehmer|"
        "mutuatario|prestatario|kredytobiorca|debtor|deudor|débiteur|debitore|schuldner|"
        "dłużnik|customer|client|cliente|kunde|klant|klient|patient|paziente|paciente|pacjent|"
        "patiënt|applicant|demandeur|antragsteller|richiedente|solicitante|aanvrager|"
        "wnioskodawca|employee|salarié|mitarbeiter|dipendente|empleado|medewerker|pracownik|"
        "insured|assuré|versicherter|assicurato|asegurado|verzekerde|ubezpieczony"
    )
)
_LABELS = (_FULL | _GIVEN | _SURNAME | _LOOSE) - {"first", "last", "nazwa"}
_PARTS = frozenset(words("de|da|di|du|del|della|van|von|der|den|le|la|ten|ter|y|i|bin|ibn|al|el"))
_NOT_VALUE = frozenset(
    words(
        "n/a|na|none|null|unknown|test|example|sample|tbd|todo|xxx|nan|true|false|name|"
        # a label's word as a sample's value ("MARTIN;Prénom")
        "prénom|prenom|nom|vorname|nachname|nome|cognome|nombre|apellido|apellidos|naam|"
        "voornaam|achternaam|imię|imie|nazwisko|firstname|lastname|surname|first name|"
        "last name|given name"
    )
)
#: An e-mail address at a documentation domain, the localised ones too: the record or row it
#: stands in is a sample ("DUPONT;Jean;jean.dupont@exemple.fr", '"imie": "Jan", …,
#: "email": "jan.kowalski@example.com"').
SAMPLE = re.compile(
    r"@(?:[\w-]+\.)*(?:example|exemple|beispiel|esempio|ejemplo|voorbeeld|przyklad|przykład)"
    r"\.(?:com|org|net|fr|de|it|es|nl|pl|at|be|ch)\b|@[\w.-]+\.(?:example|test|invalid)\b",
    re.I,
)
#: Placeholder surnames of examples ("John Doe", "Max Mustermann", "Joe Bloggs").
_PLACEHOLDERS = frozenset(words("doe|mustermann|musterfrau|bloggs|placeholder|example"))
_TOKEN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][’']?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*|[a-zà-ÿ]{1,4}")


def person_value(value: str, strict: bool) -> bool:
    """Whether a cell or quoted value is a person's name: capitalised tokens (particles in lower
    case between them), no digits; with ``strict`` (a loose label alone) one of them a known
    given name or surname and none an everyday word, place or product."""
    value = value.strip().strip("\"'").strip()
    toks = value.replace(", ", " ").split()  # "Villalobos Peña, Jorge": surnames first
    if not 1 <= len(toks) <= 4 or value.lower() in _NOT_VALUE:
        return False
    for tok in toks:
        if not _TOKEN.fullmatch(tok) or (tok[:1].islower() and tok not in _PARTS):
            return False
    if not toks[0][:1].isupper() or not toks[-1][:1].isupper():
        return False
    if toks[-1].lower() in _PLACEHOLDERS:
        return False
    if not strict:
        return True
    caps = [t for t in toks if t[:1].isupper()]
    if _firm(caps):
        return False  # a customer or holder that is a firm: "Bosch", "Morgan Stanley"
    last = caps[-1]
    if len(caps) > 1 and caps[0] in data.GIVEN and (last in data.SURNAMES or data.shaped(last)):
        return True  # "Anna Kowalska"
    if len(caps) > 1 and last in data.GIVEN and caps[0].title() in data.SURNAMES:
        return True  # surname first, as registers write it: "Russo Salvatore"
    if any(_thing(t) for t in caps):
        return False
    return any(t in data.GIVEN or t.title() in data.SURNAMES for t in caps)


def _firm(caps: list[str]) -> bool:
    """Whether capitalised tokens name a firm: a listed company or brand, a firm named like a
    person, or a company word after the name ("Rossi Ltd")."""
    return any(t in COMPANIES or t in FIRMS_LIKE_PEOPLE for t in caps) or any(
        COMPANY.match(t) for t in caps[1:]
    )


def _thing(token: str) -> bool:
    """Whether a token is an everyday word, a place or a product before it is a name."""
    lower = token.lower()
    return (
        lower in data.COMMON
        or lower in data.WORDS
        or token in WORDLIKE
        or token in data.PRODUCT_NAMES
        or token in data.NOT_NAME
    )


def column_kinds(labels: list[str]) -> dict[int, bool]:
    """The columns holding a person's name and whether each needs a strict value: a loose label
    ("name", "nom") is strict unless a given name's or surname's label stands beside it."""
    paired = any(label in _GIVEN or label in _SURNAME for label in labels)
    cols = {}
    for i, label in enumerate(labels):
        if label in _FULL or label in _GIVEN or label in _SURNAME:
            cols[i] = False
        elif label in _LOOSE:
            cols[i] = not paired
    return cols


_LABEL_RE = alternation(sorted(_LABELS))
_KEY_VALUE = re.compile(
    rf"(?i)[\"'](?P<key>{_LABEL_RE})[\"'][ ]?[:=][ ]?[\"'](?P<value>[^\"'\n]{{1,60}})[\"']"
)


def _named(
    m: re.Match[str], scan: Scan, loose: frozenset[str], paired: re.Pattern[str], reach: int
) -> Iterator[Hit]:
    """The value under a key naming a person's name; a loose key only beside a given name's or
    surname's key in the same record (``paired`` within ``reach``), or with a strict value;
    none in a sample's record (``SAMPLE``)."""
    record = scan.around(m.start(), m.end(), reach)
    if SAMPLE.search(_enclosing(scan, m.start(), m.end(), reach)):
        return
    strict = m.group("key").lower() in loose
    if strict and paired.search(record.lower()):
        strict = False
    if person_value(m.group("value"), strict):
        yield Hit("pii.person_name", None, m.start("value"), m.end("value"))


def _enclosing(scan: Scan, start: int, end: int, reach: int) -> str:
    """The record around a key within ``reach``: from its opening brace to its closing one when
    it has them (a JSON object), else the lines around it."""
    before, after = scan.before(start, reach), scan.after(end, reach)
    opening, closing = before.rfind("{"), after.find("}")
    head = before[opening + 1 :] if opening >= 0 else before
    tail = after[:closing] if closing >= 0 else after
    return head + scan.text[start:end] + tail


#: A given name's or surname's key in the record: quoted ('"prenom"'), or before "=".
_PAIR_QUOTED = re.compile(rf"[\"'](?:{alternation(sorted(_GIVEN | _SURNAME))})[\"']")
#: ("first" and "last" are pagination parameters of query strings too: "?first=20&name=…").
_PAIR_EQ = re.compile(
    rf"(?<!\w)(?:{alternation(sorted((_GIVEN | _SURNAME) - {'first', 'last'}))}) ?="
)


def _keyed(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A quoted value under a quoted key naming a person's name ("name" loose)."""
    return _named(m, scan, _LOOSE, _PAIR_QUOTED, 240)


#: The prefilter stops at the key's closing quote: with the " ?[:=]" after it, hyperscan took
#: 3.7 s to compile it (0.4 s without, 2026-12-07); the exact pattern checks the colon.
KEYED = Detector(
    "person_name.keyed",
    rf"[\"'](?:{literal_alternation(_LABELS)})[\"']",
    _KEY_VALUE,
    _keyed,
    back=40,
    ahead=82,
    caseless=True,
    unicode=True,
)

#: A flattened form: a surname's label and the name, then (within the record) a given name's.
_FORM_SURNAME = words("cognome|apellidos|apellido|nazwisko|nachname|achternaam|surname|nom")
_FORM_GIVEN = words("nome|nombre|imię|imie|vorname|voornaam|prénom|prenom|first name|given name")
_CAPS = r"[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][\w’'-]+(?:[ ][A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][\w’'-]+){0,2}"
_FORM = re.compile(
    rf"(?<!\w)(?i:{alternation(_FORM_SURNAME)})[ ]+(?P<last>{_CAPS}),[ ]+"
    rf"(?i:{alternation(_FORM_GIVEN)})[ ]+(?P<given>{_CAPS})(?=[ ]*(?:[,;.\n]|$))"
)


def _form(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The surname and the given name of a flattened form's two labels."""
    for group in ("last", "given"):
        if person_value(m.group(group), False):
            yield Hit("pii.person_name", None, m.start(group), m.end(group))


FORM = Detector(
    "person_name.form_pair",
    rf"(?:{literal_alternation(_FORM_SURNAME)}) [A-ZÀ-ÞĄĆČĘŁŃŚŠŹŻŽ]",
    _FORM,
    _form,
    back=20,
    ahead=120,
    caseless=False,
    unicode=True,
)

#: Keys of an unquoted "key=value" record (an export line, a log, a query string): the name
#: labels, and the roles a record names a person by, which take a strict value ("client=
#: Guillaume Lefèvre", but not "client=Acme").
_ROLE_KEYS = frozenset(
    words(
        "client|cliente|klant|klient|kunde|customer|patient|paziente|paciente|pacjent|patiënt|"
        "employee|mitarbeiter|dipendente|empleado|medewerker|pracownik|contact|kontakt|contatto|"
        "contacto|titular|titulaire|holder|owner|beneficiary|insured|assuré|versicherter"
    )
)
_EQ_KEYS = _LABELS | _ROLE_KEYS
_EQ_LOOSE = _LOOSE | _ROLE_KEYS
_EQ_VALUE = re.compile(
    rf"(?<![\w.\-])(?P<key>(?i:{alternation(sorted(_EQ_KEYS))}))[ ]?=[ ]?"
    # quoted, as SQL compares ("WHERE achternaam = 'Uijttewaal'"), or bare to the record's end
    rf"(?:(?P<q>['\"])(?P<quoted>{_CAPS}(?:[ ](?:{alternation(sorted(_PARTS))})[ ]{_CAPS})?"
    rf"(?:,[ ]{_CAPS})?)(?P=q)|"
    rf"(?P<value>{_CAPS}(?:[ ](?:{alternation(sorted(_PARTS))})[ ]{_CAPS})?)"
    r"(?=[ \t]*(?:[;,&|\r\n]|$)|[ \t]+[\w.]+=))"
)


def _eq_value(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A name after a name's or a person's key and "=". A loose or role key ("name",
    "client") alone takes a full name only: a known given name that is no word or firm and a
    surname ("client=Guillaume Lefèvre"; not "client=Gucci", "name=Gemma", "customer=Morgan
    Stanley"), since configurations and query strings name models, brands and products so."""
    group = "value" if m.group("value") is not None else "quoted"
    surname, comma, given = m.group(group).partition(", ")
    value = f"{given} {surname}" if comma else surname  # "Urrutia Aldama, Begoña"
    loose = m.group("key").lower() in _EQ_LOOSE
    if loose and not _PAIR_EQ.search(scan.around(m.start(), m.end(), 160).lower()):
        found = _full_person(value)
    else:
        found = person_value(value, False)
    if found:
        yield Hit("pii.person_name", None, m.start(group), m.end(group))


def _full_person(value: str) -> bool:
    """Whether a value is a full name: a given name that is no word or firm, and a surname."""
    caps = [t for t in value.split() if t[:1].isupper()]
    if len(caps) < 2 or not person_value(value, False):  # the shape; the rest is checked here
        return False
    first = caps[0]
    if first not in data.GIVEN or first in data.AMBIGUOUS or first in COMPANIES:
        return False
    if first.lower() in _PARTS:  # an article: "El Salvador", "La Paz"
        return False
    if " ".join(caps).lower() in data.EPONYMS:
        return False
    return any(t in data.SURNAMES or data.shaped(t) for t in caps[1:])  # "Urrutia Aldama"


EQ = Detector(
    "person_name.key_equals",
    rf"(?:{literal_alternation(sorted(_EQ_KEYS))}) ?= ?['\"]?[A-Z\xC3-\xC5]",
    _EQ_VALUE,
    _eq_value,
    back=40,
    ahead=100,
    caseless=True,
    unicode=True,
)

#: The labels of a name column, for the table detector (``_table_columns``).
LABELS = _LABELS

#: A key without quotes before a colon, as JavaScript objects and YAML write it ("firstName:
#: "Malte"", "last_name: Thiessen"): its value quoted or up to the line's end or a comma.
_BARE_KEY_VALUE = re.compile(
    rf"(?i)(?<![\w.\-\"'])(?P<key>{_LABEL_RE})[ \t]*:[ \t]*"
    rf"(?:(?P<q>[\"'])(?P<value>[^\"'\n]{{1,60}})(?P=q)|(?P<bare>[^\"'\n,;#{{}}]{{1,60}}?))"
    r"[ \t]*(?=[,;}\r\n]|$)"
)


def _bare_keyed(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The value under an unquoted key naming a person's name; under a loose key ("name",
    "client") with no given name's or surname's key beside it, a full name only ("name:
    'Santiago'" names a city)."""
    group = "value" if m.group("value") is not None else "bare"
    value, record = m.group(group), scan.around(m.start(), m.end(), 240)
    if SAMPLE.search(_enclosing(scan, m.start(), m.end(), 240)) or not value[:1].isupper():
        return
    if m.group("key").isupper() or (value.isupper() and " " not in value):
        return  # constants: "CLIENT: IDLE"
    loose = m.group("key").lower() in _LOOSE and not _PAIR_BARE.search(record.lower())
    if _full_person(value) if loose else person_value(value, False):
        yield Hit("pii.person_name", None, m.start(group), m.end(group))


#: A given name's or surname's unquoted key in the record ("firstName:", "last_name:").
_PAIR_BARE = re.compile(rf"(?<![\w.\-])(?:{alternation(sorted(_GIVEN | _SURNAME))})[ \t]*:")
BARE_KEYED = Detector(
    "person_name.bare_keyed",
    rf"(?:{literal_alternation(_LABELS)})[ \t]?:",
    _BARE_KEY_VALUE,
    _bare_keyed,
    back=40,
    ahead=80,
    caseless=True,
    unicode=True,
)
DETECTORS = (KEYED, FORM, EQ, BARE_KEYED)
