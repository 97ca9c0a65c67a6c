"""Postal addresses of EU/EEA/UK/CH countries from address-parsing test suites, in our sentences.

Sources (all MIT; read from the fetched mirrors, nothing of them is committed):

- OpenCage ``address-formatting`` ``testcases/countries/<cc>.yaml``: each case's ``expected``
  is an address formatted the way its country writes it (multi-line), with its components.
- pelias ``parser`` ``test/address.<iso3>.test.js``: literal ``assert('<input>', [components])``
  cases, a query as a person types it (one line) with its street, house number, postcode, town.
- libpostal ``test/test_parser.c``: literal ``test_parse_result_equals("<input>", …)`` cases with
  their labelled components, in ``test_<cc>_parses`` functions.

What counts (decided here, the same for the three):

- **Positive**: the case has a house number *and* a road. The span is the address from its first
  component to its last, without a venue or building name before it (the shop or brewery a
  parser test names is an organisation) and without a trailing country.
- **Clean negative**: only place components (town, district, region, country), no road, house
  number, postcode or PO box: "Paris, France" in "please send the parcel to …" is a place,
  not a person's address. Expected ``public``.
- **Left out**: a road without a house number ("Rue Montmartre"), a postcode with a town only,
  PO boxes, intersections, categories ("book stores near me"): a reader can argue either way.

Each address goes into one of our sentences in its country's language (English where we have
none), chosen by a hash of the case: plain ("Please send the parcel to …") or labelled
("Adresse : …"), on one line (OpenCage lines joined with ", ") or on several (pelias and libpostal
break before the postcode or town when a comma stands there). The record's ``lang`` is the
address's language; ``context`` is ``<plain|labelled>-<one|multi>``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

import yaml

from benchmarks.recall._common import LABELLED, Mirror, Record, span

OPENCAGE = "OpenCageData/address-formatting"
PELIAS = "pelias/parser"
LIBPOSTAL = "openvenues/libpostal"
ADDRESS = "pii.postal_address"

#: EU, EEA, UK and Switzerland: country code -> language of its addresses (None: by street word).
COUNTRIES: dict[str, str | None] = {
    "at": "de", "be": None, "bg": "bg", "ch": None, "cy": "el", "cz": "cs", "de": "de",
    "dk": "da", "ee": "et", "es": "es", "fi": "fi", "fr": "fr", "gb": "en", "gr": "el",
    "hr": "hr", "hu": "hu", "ie": "en", "is": "is", "it": "it", "li": "de", "lt": "lt",
    "lu": "fr", "lv": "lv", "mt": "en", "nl": "nl", "no": "no", "pl": "pl", "pt": "pt",
    "ro": "ro", "se": "sv", "si": "sl", "sk": "sk",
}  # fmt: skip
_FR_STREET = re.compile(r"(?i)\b(?:rue|avenue|boulevard|chemin|place|chaussée|allée|quai)\b")
_IT_STREET = re.compile(r"(?i)\b(?:via|viale|piazza|corso)\b")

#: Our sentences: (plain, one line) and (plain, several lines); labelled ones use LABELLED.
PLAIN = {
    "en": ("Please send the parcel to {x}.", "Please send the parcel to:\n{x}\nThanks!"),
    "fr": ("Merci d'envoyer le colis à {x}.", "Merci d'envoyer le colis à :\n{x}\nMerci !"),
    "de": ("Bitte schick das Paket an {x}.", "Bitte schick das Paket an:\n{x}\nDanke!"),
    "it": ("Per favore spedisci il pacco a {x}.", "Per favore spedisci il pacco a:\n{x}\nGrazie!"),
    "es": ("Por favor, envía el paquete a {x}.", "Por favor, envía el paquete a:\n{x}\n¡Gracias!"),
    "nl": ("Stuur het pakket alsjeblieft naar {x}.", "Stuur het pakket naar:\n{x}\nBedankt!"),
    "pl": ("Wyślij proszę paczkę na {x}.", "Wyślij proszę paczkę na:\n{x}\nDziękuję!"),
}
LABEL = {
    "en": "Address",
    "fr": "Adresse",
    "de": "Adresse",
    "it": "Indirizzo",
    "es": "Dirección",
    "nl": "Adres",
    "pl": "Adres",
}
_MULTI_LABELLED = "{label}:\n{x}\n"

#: Component names that are a road, a house number, or only a place (per source vocabulary).
ROADS = {"road", "street", "pedestrian", "footway", "path", "residential", "square", "cycleway"}
NUMBERS = {"house_number", "housenumber"}
PLACES = {
    "city", "town", "village", "locality", "state", "region", "country", "country_code",
    "county", "suburb", "city_district", "neighbourhood", "hamlet", "state_district",
    "country_name", "island", "archipelago", "continent", "dependency", "municipality",
}  # fmt: skip
NOT_ADDRESS = {"venue", "house", "building", "country", "category", "near"} | PLACES - {
    "city",
    "town",
    "village",
    "locality",
    "suburb",
    "city_district",
    "state",
    "region",
}


def language(cc: str, address: str) -> str:
    """The language an address of country ``cc`` is written in (BE, CH by their street word)."""
    lang = COUNTRIES[cc]
    if lang is not None:
        return lang
    if _FR_STREET.search(address):
        return "fr"
    if cc == "ch" and _IT_STREET.search(address):
        return "it"
    return "nl" if cc == "be" else "de"


def _bit(key: str, salt: str) -> bool:
    return hashlib.sha256((salt + key).encode()).digest()[0] % 2 == 1


def place(source: str, cc: str, key: str, one_line: str, lines: str | None, clean: bool) -> Record:
    """A record with ``one_line`` (or ``lines``, its several-line form) in one of our sentences."""
    lang = language(cc, one_line)
    say = lang if lang in PLAIN else "en"
    labelled, multi = _bit(key, "ctx"), lines is not None and _bit(key, "lines")
    value = lines if multi and lines is not None else one_line
    if labelled:
        template = _MULTI_LABELLED if multi else LABELLED[say]
        template = template.replace("{label}", LABEL[say])
    else:
        template = PLAIN[say][1 if multi else 0]
    start = template.index("{x}")
    text = template.replace("{x}", value)
    context = f"{'labelled' if labelled else 'plain'}-{'multi' if chr(10) in value else 'one'}"
    rec = Record(source, lang, text, key, annotated=(ADDRESS,), context=context)
    if clean:
        rec.clean = True
    else:
        rec.spans = [span(start, start + len(value), ADDRESS)]
    return rec


def kind(components: dict[str, Any]) -> str | None:
    """``address`` (house number and road), ``place`` (place components only), else None."""
    keys = set(components)
    if keys & NUMBERS and keys & ROADS:
        return "address"
    if keys and keys <= PLACES:
        return "place"
    return None


def opencage_records(mirror: Mirror) -> Iterator[Record]:
    """Formatted addresses of the EU/EEA/UK/CH test cases."""
    for cc in COUNTRIES:
        path = f"testcases/countries/{cc}.yaml"
        if path not in mirror.ls("testcases/countries"):
            continue
        for case in yaml.safe_load_all(mirror.read(path)):
            if not isinstance(case, dict) or not isinstance(case.get("components"), dict):
                continue
            rec = _opencage(cc, case)
            if rec is not None:
                yield rec


def _opencage(cc: str, case: dict[str, Any]) -> Record | None:
    components = {k: str(v) for k, v in case["components"].items()}
    what = kind(components)
    lines = [line.strip() for line in str(case.get("expected", "")).strip().splitlines()]
    lines = [line for line in lines if line]
    if what is None or not lines:
        return None
    key = f"opencage|{cc}|{chr(10).join(lines)}"
    if what == "place":
        return place("opencage", cc, key, ", ".join(lines), None, clean=True)
    if len(lines) > 1 and not re.search(r"\d", lines[-1]):
        lines = lines[:-1]  # the country line
    number = next(components[k] for k in NUMBERS if k in components)
    road = next(components[k] for k in ROADS if k in components)
    first = next((i for i, line in enumerate(lines) if road in line or number in line), None)
    if first is None:
        return None
    lines = lines[first:]
    return place("opencage", cc, key, ", ".join(lines), "\n".join(lines), clean=False)
