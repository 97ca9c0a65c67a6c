"""A clinical document about one patient: a header line that labels the patient by name
("Patient: Tomasz Wierzbicki", "Paziente: sig. Mario Esposito", "Patientin: Frau Hanna Weiß",
"Pacjent: Jan Nowak") above the health terms, within a page. A discharge letter, a lab report
or a referral lists diagnoses, drugs and values in lines that are not sentences about anyone;
its header is their anchor. So is a patient named with a title inside a dictated letter's run-on
sentence ("ihre patientin frau hatice arslan"). A "Name:" line alone is not (a form, a contact
card), nor a patient label before a placeholder ("Patient: John Doe").
"""

from __future__ import annotations

import re

#: How far back the header is looked for (a page of a letter or report).
REACH = 3000
_TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Herr|Herrn|Frau|Mme|M\.|Sig\.ra|Sig\.|Sr\.|Sra\.|Dhr\.|Mevr\.|Pan|Pani|"
    r"sig\.ra|sig\.|Sig|sig)\.?[ ]+"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][\w'’-]+"
#: A patient label, an optional title and a name of two capitalised tokens or more (surname
#: first in capitals too: "PENHALIGON, Harriet").
_HEADER = re.compile(
    r"(?m)^[ \t]*(?i:patient|patiente|patientin|paziente|paciente|patiënt|pacjent|pacjentka|"
    r"pat\.|patient name|nom du patient|nome del paziente|nombre del paciente|naam patiënt|"
    r"imię i nazwisko pacjenta)[ \t]*:[ \t]*"
    rf"(?:{_TITLE})?(?P<name>{_CAP}(?:,?[ ]+(?:[a-z]{{1,3}}[ ]+)?{_CAP}){{1,3}})"
)
#: Names of examples and templates.
_PLACEHOLDER = re.compile(r"(?i)\b(?:doe|mustermann|musterfrau|bloggs|rossi mario|test|sample)\b")


#: A patient named with a title inside a sentence, in any case, as a dictated letter runs on
#: ("wir berichten über ihre patientin frau hatice arslan", "pacjentka pani teresa michalak",
#: "our patient Mrs Joan Hale"): the letter is about that patient.
_INLINE = re.compile(
    r"(?i:(?<![\w-])(?:patient|patiente|patienten|patientin|paziente|paciente|patiënt|patiënte|"
    r"pacjent|pacjentka|pacjenta|pacjentki)[ \t:,]+"
    r"(?:mr|mrs|ms|herr|herrn|frau|pan|pani|pana|mme|madame|monsieur|signora|signor|sig\.ra|"
    r"sig|señora|señor|sra|sr|mevrouw|meneer|dhr|mevr)\.?[ \t]+)"
    r"(?P<name>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?)"
)


def patient_document(before: str) -> bool:
    """Whether the text before a health term (up to ``REACH`` characters) holds a patient's
    header line naming someone, or a patient named with a title in a sentence."""
    page = before[-REACH:]
    headers = list(_HEADER.finditer(page)) or list(_INLINE.finditer(page))
    return bool(headers) and _PLACEHOLDER.search(headers[-1].group("name")) is None


#: A medicine's leaflet or label, whose schedules, warnings and contraindications are rules for
#: any reader, not a prescription or a diagnosis (not the English "notice": "until further
#: notice").
LEAFLET = re.compile(
    r"(?<!\w)(?:leaflet|package insert|(?:la|cette|une|de la) notice|beipackzettel|"
    r"packungsbeilage|gebrauchsinformation|foglietto illustrativo|bugiardino|prospecto|"
    r"bijsluiter|ulotk\w+)(?!\w)",
    re.I,
)
#: The writer or a relative in a sentence, the anchor a term needs after a leaflet: the
#: leaflet's "if you have …", "se soffre di …", "si padece …", "informazioni per lei" are none.
#: Only forms no leaflet uses for its reader ("ma mère", not "ma" alone: Italian "but").
_OWN = re.compile(
    r"(?<!\w)(?:I|I'm|I've|(?i:my|mon|ich|mein\w*|mio|mia|yo|ik|mijn|mój|moja|moje|mojej|"
    r"mojego|moją|he|she|his|hij|elle|él|ella|lui|ona|jego|jej|(?:ma|mes|mi|mis)[ ]+(?:mère|"
    r"fille|sœur|soeur|femme|tante|grand-mère|madre|hija|hermana|abuela|esposa|tía|padre|hijo|"
    r"hermano|abuelo|marido|esposo|tío|pareja|novia|novio)))(?!\w)"
)


#: Parts of the leaflet words that ``in`` finds in microseconds (the regular expression takes
#: over 100 µs on 3,000 characters): the words without their first letter, in lower and upper
#: case.
_HINTS = tuple(
    hint
    for word in ("leaflet", "package insert", "notice", "beipackzettel", "packungsbeilage",
                 "gebrauchsinformation", "foglietto illustrativo", "bugiardino", "prospecto",
                 "bijsluiter", "ulotk")
    for hint in (word[1:], word[1:].upper())
)  # fmt: skip


def after_leaflet(before: str) -> bool:
    """Whether a medicine's leaflet is named in the text before a term (``LEAFLET``)."""
    return any(hint in before for hint in _HINTS) and LEAFLET.search(before) is not None


#: The conditions of a leaflet's warnings and indications ("se soffre di", "si padece", "if
#: you have", "wenn Sie", "en cas de", "jeśli"); the impersonal Italian "si" ("Si usa per").
_CONDITIONAL = re.compile(
    r"(?<!\w)(?:if|unless|si|s'il|se|wenn|falls|als|indien|wanneer|jeśli|jeżeli|gdy|en cas de|"
    r"in caso di|en caso de|in case of|w przypadku)(?!\w)",
    re.I,
)


def conditional(sentence: str) -> bool:
    """Whether a sentence states a condition (a leaflet's warning or indication)."""
    return _CONDITIONAL.search(sentence) is not None


def own(sentence: str) -> bool:
    """Whether a sentence after a leaflet speaks of the writer or a relative of theirs."""
    return _OWN.search(sentence) is not None
