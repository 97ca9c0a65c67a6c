"""Postal addresses of people, by the shapes of address lines in each country.

A street line (a street word and a house number: "12 rue de la Paix", "Hauptstraße 5",
"Via Roma, 12", "ul. Kwiatowa 3/4", "10 Downing Street") counts with a postcode and city after
it, or after a personal address cue ("my address", "wohnhaft", "abito in"). An address presented
as a company's (a legal form, "our office", "Sitz", "sede") is not personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, literal_alternation, words

_UP = "A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ"
_I = r"(?i:"
_PREFIX_STREETS = words(
    "rue|avenue|av.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square|via|viale|piazza|"
    "piazzale|corso|vicolo|largo|strada|borgo|contrada|canale|incrocio|rotonda|stretto|calle|c/|"
    "avenida|avda.|avda|plaza|paseo|pasaje|pasadizo|carrera|camino|ronda|rambla|travesía|glorieta|"
    "alameda|urbanización|vial|acceso|callejón|cañada|carretera|cuesta|vía|ul.|ulica|al.|aleja|plac|"
    "os.|osiedle"
)
_SUFFIX_STREETS = words(
    "straße|strasse|str.|gasse|weg|allee|platz|ring|damm|ufer|chaussee|straat|laan|gracht|singel|"
    "kade|plein|dijk|steeg|boulevard|hof|pad|markt|park|baan|dreef|erf|wal|veld"
)
_NUMBER = r"(?:n[º°o.]\s*)?\d{1,5}[a-zA-Z]?(?:[-/]\d{1,5}[a-zA-Z]?)?\b"
_WORD = r"[A-ZÀ-Þ][\w'’-]*"
_STREET = (
    rf"\b\d{{1,5}}(?:\s?(?:bis|ter))?,?[ ]+{_I}{alternation(_PREFIX_STREETS)})(?!\w)[ ]+"
    rf"[^\n\d,;|]{{2,40}}"
    rf"|(?<!\w){_I}{alternation(_PREFIX_STREETS)})(?!\w)[ ]+[^\n\d,;|]{{2,40}}?,?[ ]+{_NUMBER}"
    rf"|\b[{_UP}][\w'’.-]*?{_I}{alternation(_SUFFIX_STREETS)})[ ]+{_NUMBER}"
    rf"|\b(?:(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite)[ ]+\d{{1,4}}[a-zA-Z]?,?[ ]+)?"
    rf"\d{{1,5}}[a-zA-Z]?[ ]+(?:{_WORD}[ ]+){{0,3}}{_WORD}(?=,|\n|[ ]+[A-Z]{{1,2}}\d)"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
_POSTCITY = re.compile(
    r"^[^\n|]{0,30}?(?:[ \t]*(?:,|\||\r?\n)[ \t]*|[ ]+)(?:"
    r"(?:\d{5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}|[A-Z]-\d{4,5})"
    r",?[ ]+[A-ZÀ-Þ'][^\n,|.]{1,30}"
    rf"|{_UK_POSTCODE}(?:[ ]+{_WORD}(?:[ ]+{_WORD}){{0,2}})?"
    rf"|{_WORD}(?:[ ]+{_WORD}){{0,2}},[ ]*(?:[A-Z]{{2}}[ ]+)?\d{{5}}\b"
    rf"|{_WORD}(?:[ ]+{_WORD}){{0,2}}(?:[ \t]*(?:\r?\n|\|)[ \t]*|,[ ]*|[ ]+){_UK_POSTCODE}"
    r")"
)
_PERSONAL_CUES = re.compile(
    r"(?i:address|adresse|anschrift|wohnhaft|indirizzo|residente|domicilio|dirección|direccion|"
    r"\badres\b|woonachtig|zamieszkał|lives? at|living at|\blive in|habite|j'habite|wohne|wohnt|"
    r"abito|abita|\bvivo\b|vive en|\bwoon|mieszka|domicilié|domiciliée|send .{0,20}to)"
)
_COMPANY_CUES = re.compile(
    r"\b(?:GmbH|AG|SAS?|SARL|Ltd|Inc|LLC|B\.V|S\.p\.A|S\.r\.l|S\.L|plc|sp\. z o\.o)\b|"
    r"(?i:\b(?:headquarters|HQ|head office|our offices?|offices|siège|firmensitz|sitz|sede|"
    r"oficinas|kantoor|siedziba|registered office|located at|visit us|store|shop|filiale|"
    r"öffnungszeiten|opening hours|branch|agence|museum|musée|hotel|restaurant|university|"
    r"université|universität|università|universidad|universiteit|uniwersytet)\b)"
)


def _last(pattern: re.Pattern[str], text: str) -> int:
    """The end of the last match of the pattern in the text (-1 when none)."""
    end = -1
    for m in pattern.finditer(text):
        end = m.end()
    return end


ADDRESS = Detector(
    "postal_address",
    rf"(?:{literal_alternation(_PREFIX_STREETS)})[ ][^\n\d]{{1,40}}\d"
    rf"|(?:{literal_alternation(_SUFFIX_STREETS)})[ ]+\d"
    rf"|\b{_UK_POSTCODE}|, [A-Z]{{2}} \d{{5}}\b",
    re.compile(_STREET),
    lambda m, s: _address(m, s),
    back=90,
    ahead=90,
    caseless=True,
    unicode=True,
)


def _address(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A street line with a postcode and city, or after an address cue; not a company's."""
    value = m.group(0).rstrip()
    if not re.search(rf"[{_UP}]", value) or not re.search(r"\d", value):
        return
    before = scan.before(m.start(), 100)
    personal, company = _last(_PERSONAL_CUES, before), _last(_COMPANY_CUES, before)
    if company > personal:
        return
    end = m.start() + len(value)
    post = _POSTCITY.match(scan.after(end, 90))
    if post:
        end += len(post.group(0).rstrip())
    elif personal < 0:
        return
    if personal < 0 and _COMPANY_CUES.search(scan.after(end, 40).split("\n", 1)[0]):
        return
    yield Hit("pii.postal_address", None, m.start(), end)


DETECTORS = (ADDRESS,)
