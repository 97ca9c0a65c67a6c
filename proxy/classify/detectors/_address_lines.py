"""Postcode-and-town lines of the postal-address detector, and street lines without a street word.

A postcode line extends a street line found before it (same line or the next ones); the shapes
per country: FR/DE/IT/ES/FI/HR 5 digits, AT/BE/CH/DK/HU/LI/LU/NO/SI 4 digits, NL "1015 CS",
PL "00-950", PT "1000-001", SE/CZ/SK/GR "114 55", prefixed "L-1637", "LV-1009", UK "SW1A 2AA",
IE Eircode "D02 X285", US "Town, ST 12345".

After an address cue ("Anschrift:", "my address is"), a postcode and town count alone, and a
street line counts without a street word ("Adresa: Vinohradská 12"): ``CUED`` matches either.
"""

from __future__ import annotations

import re

from proxy.classify._base import alternation, words
from proxy.classify.detectors import _address_words as w
from proxy.classify.detectors._address_words import UP as _UP

#: Postcodes whose shape alone says postcode: SE/CZ/SK/GR "114 55", PL "00-950", NL "1015 CS",
#: PT "1000-001", prefixed "LV-1009", "L-1637"; others (4 or 5 digits) only on their own line.
DISTINCT = r"(?:\d{3} \d{2}|\d{2}-\d{3}|\d{4} ?[A-Z]{2}|\d{4}-\d{3}|[A-Z]{1,2}-\d{4,5})(?![\w-])"
LINE_BREAK = r"[ \t]*,?[ \t]*\r?\n[ \t]*"
BARE_NEXT = rf"(?:{LINE_BREAK}(?P<own>{DISTINCT}|\d{{4,5}}(?![\w-]))|[ \t]*,?[ \t]*{DISTINCT})"
BARE = re.compile(  # a name and a number, then a postcode and town ("Husova 12/5\n602 00 Brno")
    rf"(?<![\w'’.-])[{_UP}][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){{0,3}}?[ ]+"
    rf"(?P<num>\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}}[a-zA-Z]?)?)(?=(?:{BARE_NEXT})[ ]+[{_UP}])"
)
#: Lower-case words a street's name holds between capitalised ones ("Rua da Prata", "Via dei
#: Mille", "Calle de la Reina", "Plac na Groblach"); any other lower-case word ends a sentence's
#: words before the street ("Mijn adres is Dorpsstraat 8").
_STREET_LOWER = frozenset(
    words(
        "da|de|del|della|dei|degli|di|do|dos|das|du|des|la|le|les|van|von|der|den|het|ten|ter|y|"
        "e|i|na|nad|pod|przy|al|am|an|auf|im|zum|zur|sur|sous|en"
    )
)


def bare_start(street: str) -> int:
    """Where the street's name starts in a bare street match: after the last lower-case word
    that no street name holds ("Mijn adres is Dorpsstraat 8" → "Dorpsstraat 8")."""
    words = street.split(" ")
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word[:1].islower() and word not in _STREET_LOWER and words[i + 1][:1].isupper():
            cut = i + 1
    return len(" ".join(words[:cut])) + (1 if cut else 0)


BARE_TOWN = re.compile(rf"(?:{BARE_NEXT})[ ]+(?P<town>[{_UP}][\w'’-]*)")
TOWN = (
    rf"['’]?[{_UP}][\w'’]*(?:[ -](?:(?:am|an|der|de|del|la|le|les|sur|sous|en|aan|den|di|"
    rf"nad|upon|on|im|do|da|dos)[ -]){{0,2}}[{_UP}(][\w'’)]*){{0,4}}"
)
UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b"
POSTCODE = (
    r"(?:\d{4}-\d{3}|(?:[A-Z]{1,2}-)?\d{5}|\d{4} ?[A-Z]{2}\b|\d{3} \d{2}|\d{2}-\d{3}"
    r"|(?:[A-Z]{1,2}-)?\d{4})(?!\d)"
)
POSTLINE = (
    rf"{POSTCODE},?[ ]+{TOWN}"
    rf"|(?:{UK_POSTCODE}|{EIRCODE})(?:[ ]+{TOWN})?"
    rf"|{TOWN},[ ]*(?:[A-Z]{{2}}[ ]+)?\d{{5}}\b"
    rf"|{TOWN},?[ ]+[A-Z]{{1,2}}-\d{{4,5}}\b"
    rf"|{TOWN}(?:[ \t]*(?:\r?\n|\|)[ \t]*|,[ ]*|[ ]+)(?:{UK_POSTCODE}|{EIRCODE})"
)
POSTCITY = re.compile(rf"^[^\n|]{{0,30}}?(?:[ \t]*(?:,|\||\r?\n)[ \t]*|[ ]+)(?:{POSTLINE})")
CUE_POSTCODE = re.compile(
    r"(?<!mail )(?<!mail-)(?<!ip )(?<!mac )(?<!web )"  # not "e-mail address", "IP address"
    rf"(?i:{alternation(w.POSTCODE_CUES)})\b[ \t]*"
    r"(?:[:\-–]|(?i:is|ist|est|è|es|jest|é|er|är|lautet|in|en|a|à|w|na)\b)?[ \t:]*"
    r"(?:(?P<street>[^\n\d]{2,60}?)(?:,[ \t]*|[ \t]*\r?\n[ \t]*))?"
    rf"(?P<post>{POSTLINE})"
)
CUE_STREET = re.compile(  # "Adres: Długa 5", "Osoite:\nAleksanterinkatu 15"
    r"(?i:(?<!mail )(?<!mail-)(?<!ip )(?<!mac )(?<!web ))"
    rf"(?i:{alternation(w.POSTCODE_CUES)})\b[ \t]*"
    r"(?:[:\-–]|(?i:is|ist|est|è|es|jest|é|er|är|lautet)\b)[ \t]*(?:\r?\n[ \t]*)?"
    rf"(?P<bare>[{_UP}][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){{0,3}}?)[ ]+"
    r"(?P<num>\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?)(?![\w/-])"
)
CUED = re.compile(f"{CUE_POSTCODE.pattern}|{CUE_STREET.pattern}")


#: Words that make a street line the writer's or a person's address (moved from ``addresses``).
PERSONAL_CUES = re.compile(
    r"(?i:address|adresse|anschrift|wohnhaft|indirizzo|residente|domicilio|dirección|direccion|"
    r"\badres\b|woonachtig|zamieszkał|lives? at|living at|\blive in|habite|j'habite|wohne|wohnt|"
    r"abito|abita|\bvivo\b|vive en|\bwoon|mieszka|domicilié|domiciliée|morada|endereço|"
    r"send .{0,20}to|ship to|deliver to)"
)

#: Words that make a street line a company's, a shop's or an institution's.
COMPANY_CUES = re.compile(
    r"\b(?:GmbH|AG|SAS?|SARL|Ltd|Inc|LLC|B\.V|S\.p\.A|S\.r\.l|S\.L|plc|sp\. z o\.o)\b|"
    r"(?i:\b(?:headquarters|HQ|head office|our offices?|offices|siège|firmensitz|sitz|sede|"
    r"oficinas|kantoor|siedziba|registered office|located at|visit us|store|shop|filiale|"
    r"öffnungszeiten|opening hours|branch|agence|museum|musée|hotel|restaurant|university|"
    r"université|universität|università|universidad|universiteit|uniwersytet)\b)"
)

#: A legal form or a company register's number on the line of an address or a number: a firm's
#: letterhead or invoice footer ("Drukarnia Wisła Sp. z o.o. · ul. Długa 5, … · KRS …"). Read
#: on that line only: a firm named on the line above may employ the person whose address
#: follows.
FIRM_LINE = re.compile(
    r"\b(?:GmbH|B\.V\.?|N\.V\.?|S\.p\.A|S\.r\.l|SARL|SAS|Ltd|LLC|Inc|plc|[Ss]p\. z o\.o|"
    r"KRS|KvK|HRB|RCS|SIRE[NT])(?!\w)"
)

#: An institution or a firm whose name heads the text right before a street line: a hospital's,
#: a law firm's or an employer's address ("Hôpital européen Georges-Pompidou, 20 rue Leblanc",
#: "Arbeitgeber: Robert-Bosch-Krankenhaus, Auerbachstraße 110", "Bianchi & Associati, Via …").
_INSTITUTION = re.compile(
    r"(?i:(?<!\w)(?:hospital|hôpital|krankenhaus|klinikum|klinik|clinic|clinique|clinica|clínica|"
    r"policlinico|ospedale|ziekenhuis|szpital|health cent(?:re|er)|medical cent(?:re|er)|"
    r"ambulanz|poliklinik|kanzlei|studio legale|kancelaria|advocatenkantoor|bufete|law firm|"
    r"arbeitgeber|employer|pracodawca|werkgever|datore di lavoro|empleador|employeur)(?!\w))"
    r"|(?<!\w)(?:&|and|und|et|e|y|en|i)[ ](?:Partners?|Associati|Associés|Asociados|Wspólnicy)"
    r"(?!\w)"
)
#: Between the institution's word and the street: the rest of its name (capitalised words,
#: particles, one lower-case adjective: "Hôpital européen Georges-Pompidou"), not a clause
#: ("sort de l'hôpital et rentre chez lui, …") and no home ("thuisadres", "residenza").
_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ0-9&]"
    r"|(?:de|del|della|di|du|des|la|le|van|der|den|von|zu|y|e|et|und|of|the|ul\.)$"
)
#: A sentence's end (a dot after an abbreviation, "ul.", "Dr.", is none).
_END = re.compile(r"(?:(?<=[a-zà-ÿąćęłńśźż]{3})\.|[!?])(?=\s)")
_HOME = re.compile(r"(?i:home|thuis|privat|domicil|residen|wohn|woon|chez|casa|mieszk)")


def institution_before(line: str) -> bool:
    """Whether an institution's name ends the text of the line before a street line."""
    heads = list(_INSTITUTION.finditer(line))
    if not heads or _HOME.search(line, heads[-1].start()):
        return False
    tail = _END.split(line[heads[-1].end() :])
    if len(tail) > 1:
        return False  # a sentence ends between
    lower = [w for w in re.findall(r"[^\s,:;()–-]+", tail[0]) if not _NAME_WORD.match(w)]
    return len(lower) <= 1 and len(tail[0]) <= 90


#: Opening hours after a street line: a place's address, not a person's.
PLACE_AFTER = re.compile(
    r"(?i:\b(?:is|are) (?:closed|open)|\bopens\b|\bcloses\b|geöffnet|geschlossen|\bchiuso|"
    r"\baperto|\bcerrado|\babierto|\bouvert|\bfermé|gesloten|geopend|otwart|zamknięt)"
)

#: A preposition of time before a number after a street's name ("in Piazza Cavour alle 7",
#: "en la Plaza de Colón a las 8", "am Marktplatz um 9", "op het Plein om 8").
AT_HOUR = re.compile(
    r"(?<!\w)(?:(?i:alle|verso le|a las|a la|hacia las|sobre las|à|vers|um|gegen|om|rond|at|"
    r"around|about|około|ok\.|ore)|o)[ ]+\Z"
)
