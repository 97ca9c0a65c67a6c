"""Addresses from two address parsers' test suites (pelias ``parser``, libpostal), MIT.

Each case is an input a person typed and its labelled components, read as text (never run).
What counts as a positive, a clean negative or is left out is decided in ``_addresses``.
Components are found in the input in order (libpostal lower-cases them, so caselessly); a case
whose components cannot all be found is left out.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from benchmarks.recall._addresses import COUNTRIES, NOT_ADDRESS, kind, place
from benchmarks.recall._common import Mirror, Record

PELIAS_COUNTRIES = {
    "deu": "de", "fra": "fr", "nld": "nl", "esp": "es", "pol": "pl", "prt": "pt", "gbr": "gb",
    "cze": "cz", "hrv": "hr", "nor": "no", "rom": "ro", "svk": "sk", "swe": "se",
}  # fmt: skip
_PELIAS_CASE = re.compile(r"assert\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*\[(.*?)\]\s*\)", re.S)
_PELIAS_PART = re.compile(r"\{\s*(\w+)\s*:\s*'((?:[^'\\]|\\.)*)'\s*\}")
_C_FUNCTION = re.compile(r"^TEST test_([a-z]{2})_parses\(void\)", re.M)
_C_CASE = re.compile(
    r'test_parse_result_equals\(\s*(?:(?://[^\n]*|/\*.*?\*/)\s*)*"((?:[^"\\]|\\.)*)"\s*,'
    r"\s*options\s*,\s*\d+\s*,(.*?)\)\s*\);",
    re.S,
)
_C_PART = re.compile(r'\{\s*"(\w+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\}')
#: Where a several-line form breaks the line (", " before the first of these).
_BREAK_BEFORE = ("postcode", "locality", "city", "city_district", "suburb")
#: libpostal's country aliases ("da" is Denmark's language, its function name).
_LIBPOSTAL_CC = {"da": "dk"}


def _unescape(value: str) -> str:
    return value.encode("latin-1", "backslashreplace").decode("unicode_escape")


def _locate(text: str, parts: list[tuple[str, str]]) -> list[tuple[str, int, int]] | None:
    """(label, start, end) of each component, found in order; None when one is missing."""
    found, pos = [], 0
    for label, value in parts:
        m = re.compile(re.escape(value), re.I).search(text, pos)
        if m is None:
            return None
        found.append((label, m.start(), m.end()))
        pos = m.end()
    return found


def _record(source: str, cc: str, text: str, parts: list[tuple[str, str]]) -> Record | None:
    components = dict(parts)
    what = kind(components)
    where = _locate(text, parts)
    if what is None or where is None:
        return None
    key = f"{source}|{cc}|{text}"
    if what == "place":
        return place(source, cc, key, text.strip(" ,"), None, clean=True)
    inside = [(label, s, e) for label, s, e in where if label not in NOT_ADDRESS]
    start, end = inside[0][1], inside[-1][2]
    address = text[start:end]
    lines = None
    brk = next((s for label, s, _ in inside if label in _BREAK_BEFORE and s > start), None)
    if brk is not None:
        head = text[start:brk].rstrip()
        if head.endswith(","):
            lines = head[:-1] + "\n" + text[brk:end]
    return place(source, cc, key, address, lines, clean=False)


def pelias_records(mirror: Mirror) -> Iterator[Record]:
    """``assert('input', [{label: 'value'}, …])`` cases of the European address tests."""
    for iso3, cc in PELIAS_COUNTRIES.items():
        path = f"test/address.{iso3}.test.js"
        if path not in mirror.ls("test"):
            continue
        for m in _PELIAS_CASE.finditer(mirror.read(path)):
            text = _unescape(m.group(1))
            parts = [(k, _unescape(v)) for k, v in _PELIAS_PART.findall(m.group(2))]
            rec = _record("pelias", cc, text, parts)
            if rec is not None:
                yield rec


def libpostal_records(mirror: Mirror) -> Iterator[Record]:
    """``test_parse_result_equals`` cases in the ``test_<cc>_parses`` functions of Europe."""
    source = mirror.read("test/test_parser.c")
    heads = list(_C_FUNCTION.finditer(source))
    for i, head in enumerate(heads):
        cc = _LIBPOSTAL_CC.get(head.group(1), head.group(1))
        if cc not in COUNTRIES:
            continue
        body = source[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(source)]
        for m in _C_CASE.finditer(body):
            text = _unescape(m.group(1))
            parts = [(k, _unescape(v)) for k, v in _C_PART.findall(m.group(2))]
            rec = _record("libpostal", cc, text, parts)
            if rec is not None:
                yield rec


ILIB = "iLib-js/ilib-mono"
_ILIB_CASE = re.compile(
    r'new Address\("((?:[^"\\]|\\.)*)"\s*,\s*\{locale:\s*\'[\w-]+\'\}\);(.*?)test\.done', re.S
)
_ILIB_FIELD = re.compile(r'test\.equal\(parsedAddress\.(\w+),\s*"((?:[^"\\]|\\.)*)"\)')


def ilib_records(mirror: Mirror) -> Iterator[Record]:
    """iLib's address parsing tests (``testaddress_<CC>.js``): an input and its street line.

    The suite writes one address several ways (with and without postcode or country, on one
    line, with stray whitespace); one way per address is kept, chosen by a hash, so no address
    is in both halves. Positive when its street line has a house number (a digit)."""
    folder = "packages/ilib-address/test"
    files = set(mirror.ls(folder))
    for cc in COUNTRIES:
        path = f"{folder}/testaddress_{cc.upper()}.js"
        if path not in files:
            continue
        variants: dict[str, list[tuple[str, dict[str, str]]]] = {}
        for m in _ILIB_CASE.finditer(mirror.read(path)):
            fields = {k: _unescape(v) for k, v in _ILIB_FIELD.findall(m.group(2))}
            street = " ".join(fields.get("streetAddress", "").split())
            if re.search(r"\d", street):
                variants.setdefault(street, []).append((_unescape(m.group(1)), fields))
        for street, cases in variants.items():
            key = f"ilib|{cc}|{street}"
            text, fields = cases[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(cases)]
            text = text.strip()
            country = fields.get("country")
            if country and text.endswith(country):
                text = text[: -len(country)].rstrip(" ,\t\r\n")
            yield place("ilib", cc, key, text, None, clean=False)
