"""Which country's numbering plan reads a national phone number, by the ``phonenumbers`` library.

The hint (the cue word's language, else the language of the words around the number) is tried
first: its reading decides, preferring the plan whose own grouping the number has. Without a
hint, a main country whose grouping the number has (the North American form and a slash after
the area code put their countries first), else the first reading in a fixed order, unless it
is a service number that most main plans read as a person's (fail closed: "Tel. 0891234567"
is a Munich line, not only a French premium number).

Cost: a plan is parsed only when the digits can be one of its numbers (the library's general
pattern for the country, with or without its trunk prefix), and readings are cached, so a dense
contact list does not pay for a dozen full parses per number.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType

from proxy.classify._base import words

REGIONS = words("FR|DE|IT|ES|NL|BE|PL|AT|SE|DK|FI|PT|IE|GB|CH")
#: Further countries whose national formats count only after a phone cue ("My Israeli number").
CUED_REGIONS = (*REGIONS, *words("NO|LU|CZ|GR|RO|HU|US|CA|IL|JP|CN|IN|AU|BR|TR|MA|UA"))
_MAIN = frozenset(REGIONS)
#: The North American written form, "(415) 555-2671" or "415-555-2671": its plan is tried first.
_NANP = re.compile(r"\(?[2-9]\d{2}\)?[ .\-]?[2-9]\d{2}[ .\-]\d{4}")
#: Where a slash after the area code is usual (DIN 5008 before 2011, Austria, Belgium, Italy).
_SLASH_REGIONS = words("DE|AT|CH|BE|IT")
_NOT_PERSONAL = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
        PhoneNumberType.VOICEMAIL,
    }
)
#: Ranges reserved for fiction: NANP 555-01xx, Ofcom's drama numbers (07700 900xxx, 020 7946 0xxx,
#: 0113-0118 and 0121-0161 496 0xxx, 0191 498 0xxx, 01632 960xxx, 029 2018 0xxx), French 01 99.
#: One list of Ofcom's ranges (national significant digits, before the last three) serves both
#: the international form and the national one (``fictional``).
_UK_DRAMA = r"(?:7700900|1632960|2079460|11[3-8]4960|1[2-6]14960|1914980|2920180)"
_FICTIONAL = re.compile(
    rf"^\+(?:1555\d{{7}}|1\d{{3}}55501\d{{2}}|33199\d{{6}}|44{_UK_DRAMA}\d{{3}})$"
)


class _Plan(NamedTuple):
    """What a country's metadata says about the digits its national numbers can have."""

    general: re.Pattern[str]  # every valid national significant number matches it
    prefix: str  # the trunk prefix stripped when parsing ("" when none)
    simple: bool  # the prefix is a plain literal (no carrier codes, no transform rule)
    country_code: str
    international: re.Pattern[str]  # the international call prefix ("00", "011")


def _plan(region: str) -> _Plan:
    """The plan of one country, from the library's metadata."""
    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        raise ValueError(f"no numbering plan for {region}")
    prefix = meta.national_prefix_for_parsing or ""
    simple = prefix.isdigit() or not prefix
    simple = simple and meta.national_prefix_transform_rule is None
    return _Plan(
        re.compile(meta.general_desc.national_number_pattern or "$^"),
        prefix,
        simple,
        str(meta.country_code),
        re.compile(meta.international_prefix or "$^"),
    )


_PLANS = {region: _plan(region) for region in CUED_REGIONS}


def _viable(digits: str, region: str) -> bool:
    """Whether the digits can be a number of the country: its general pattern matches them with
    or without the trunk prefix. A necessary condition of the library's validity (it checks the
    general pattern first); digits the library may read otherwise (a country or international
    prefix, a carrier code) are left to it."""
    plan = _PLANS[region]
    if not plan.simple or digits.startswith(plan.country_code) or plan.international.match(digits):
        return True
    if plan.general.fullmatch(digits):
        return True
    if not plan.prefix or not digits.startswith(plan.prefix):
        return False
    return plan.general.fullmatch(digits[len(plan.prefix) :]) is not None


class Reading(NamedTuple):
    """A valid number as one plan reads it."""

    number: phonenumbers.PhoneNumber
    kind: int  # its PhoneNumberType
    e164: str


@lru_cache(maxsize=4096)
def read(raw: str, region: str | None) -> Reading | None:
    """The valid reading of the text in a country's plan (``None``: international), or None.
    Cached: a conversation sends the same numbers again with every turn."""
    if region in _PLANS and not _viable(re.sub(r"\D", "", raw), region):
        return None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    kind = phonenumbers.number_type(number)  # UNKNOWN exactly when the number is not valid
    if kind == PhoneNumberType.UNKNOWN:
        return None
    e164 = f"+{number.country_code}{phonenumbers.national_significant_number(number)}"
    return Reading(number, kind, e164)


def is_mobile(reading: Reading) -> bool:
    """Whether the number is a mobile's."""
    return reading.kind == PhoneNumberType.MOBILE


#: Ofcom's drama ranges as written at home, whatever country the digits are read in
#: ("01632 960000" without an English word around it reads as a German mobile).
_FICTIONAL_NATIONAL = re.compile(rf"^0{_UK_DRAMA}\d{{3}}$")


def personal(reading: Reading | None) -> bool:
    """Whether a valid number can be a person's (not toll-free, premium, fictional, or a blank
    whose digits after the first are all one)."""
    if reading is None or reading.kind in _NOT_PERSONAL:
        return False
    if _FICTIONAL.match(reading.e164):
        return False
    national = str(reading.number.national_number)
    return len(set(national[1:])) > 1  # "06 00 00 00 00": a form's blank


def fictional(raw: str) -> bool:
    """Whether a number written in the national form is in Ofcom's drama ranges, whatever its
    grouping."""
    return _FICTIONAL_NATIONAL.match(re.sub(r"\D", "", raw)) is not None


def written_as_phone(raw: str, reading: Reading) -> bool:
    """Whether the digits are grouped exactly as the country writes phone numbers (any of
    space, dot, dash or slash between the groups)."""
    national = phonenumbers.format_number(reading.number, phonenumbers.PhoneNumberFormat.NATIONAL)
    groups = re.findall(r"\d+", national)
    return len(groups) > 1 and "  " not in raw and re.findall(r"\d+", raw) == groups


def area_grouped(raw: str, reading: Reading) -> bool:
    """Whether the number is written as its area code (with the trunk zero, as the country
    writes it) and then the subscriber's digits in groups of two to four, the way people
    write their own line ("010-486 22 71", "020 - 624 81 37", "01872 553 910")."""
    national = phonenumbers.format_number(reading.number, phonenumbers.PhoneNumberFormat.NATIONAL)
    area = re.match(r"\d+", national)
    groups = re.findall(r"\d+", raw)
    return (
        area is not None
        and len(groups) > 2
        and groups[0] == area.group(0)
        and groups[0].startswith("0")
        and all(2 <= len(group) <= 4 for group in groups[1:])
    )


def _group_counts(region: str) -> frozenset[int]:
    """How many digit groups the country's national formats write (a trunk prefix set apart,
    "0 800 …", makes one more)."""
    meta = PhoneMetadata.metadata_for_region(region)
    counts: set[int] = set()
    for form in meta.number_format if meta else ():
        groups = (form.format or "").count("\\")
        spaced = re.search(r"0\D+\\1", form.national_prefix_formatting_rule or "")
        counts.update((groups, groups + 1) if spaced else (groups,))
    return frozenset(counts)


_GROUP_COUNTS = {region: _group_counts(region) for region in CUED_REGIONS}


def _grouped_as(
    raw: str, groups: int, regions: tuple[str, ...], people: bool = False
) -> Reading | None:
    """The first reading, in the given order, whose grouping is the country's own (countries
    whose formats never have that many groups are not parsed); with ``people`` (after a phone
    cue), a person's before a service's ("mob 087 314 2298" is an Irish mobile before a Dutch
    UAN grouped alike; without a cue, "hoofdkantoor: 087 314 2298" stays the Dutch one).
    Failing that, the first reading written as an area code and groups (``area_grouped``);
    in pairs after the area code ("010-482 17 35", four groups or more), a person's such
    reading before a service's grouped alike (a Swedish UAN is written so): fail closed."""
    first = None
    for region in regions:
        if groups in _GROUP_COUNTS[region]:
            number = read(raw, region)
            if number is None or not written_as_phone(raw, number):
                continue
            if personal(number) and (people or first is None):
                return number
            first = first or number
            if not people:
                break  # without a cue the first country's own grouping decides
    if not raw.startswith("0") or groups < (3 if first is None else 4):
        return first
    if first is not None and personal(first):
        return first
    area = (n for r in regions if (n := read(raw, r)) is not None and area_grouped(raw, n))
    return next((n for n in area if first is None or personal(n)), first)


def national(raw: str, hint: tuple[str, ...], *, cued: bool) -> Reading | None:
    """The reading of a national number: the hint's countries first (the one whose own
    grouping the number has, else the first where it is valid), then a main country whose
    grouping it has (a slash puts its countries first), then the first in the fixed order
    (``_most_personal``). Without a cue, only a mobile or a number grouped as its country
    writes it counts."""
    if fictional(raw):
        return None
    groups = len(re.findall(r"\d+", raw))
    if groups > 1 and len(hint) > 1 and (own := _grouped_as(raw, groups, hint)):
        return own
    hinted = next((n for r in hint if (n := read(raw, r)) is not None), None)
    if hinted is not None:
        return hinted
    shaped = ("US",) if _NANP.fullmatch(raw) else _SLASH_REGIONS if "/" in raw else ()
    main = tuple(dict.fromkeys((*shaped, *REGIONS)))
    if groups > 1 and (own := _grouped_as(raw, groups, main, cued)):
        return own
    for region in dict.fromkeys((*shaped, *(CUED_REGIONS if cued else REGIONS))):
        number = read(raw, region)
        if number is not None and (cued or is_mobile(number)):
            return number if personal(number) else _most_personal(raw, number)
    return None


def _most_personal(raw: str, first: Reading) -> Reading:
    """With no hint, a number the first plan reads as a service number ("0891234567", French
    premium rate) is the first personal reading when the main plans read it as a person's at
    least as often as a service's (Munich, Salerno): fail closed. Toll-free and premium
    prefixes shared across Europe ("0800 …", "0900 …") stay service numbers."""
    readings = [n for r in REGIONS if (n := read(raw, r)) is not None]
    people = [n for n in readings if personal(n)]
    return people[0] if people and 2 * len(people) >= len(readings) else first
