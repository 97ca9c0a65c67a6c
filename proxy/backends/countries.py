"""The codes a hop's ``operator_hq``, ``parent_hq`` and ``location`` may use.

ISO 3166-1 alpha-2: the 249 officially assigned country codes. ``location`` may also be one of
:data:`REGIONS`, each documented: a provider that guarantees processing inside a region without
naming the country.
"""

from __future__ import annotations

_ALPHA2 = (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW"
)
COUNTRIES: frozenset[str] = frozenset(_ALPHA2.split())

#: Region codes a hop's ``location`` may use, and what each means.
REGIONS: dict[str, str] = {
    "EU": "somewhere in the EU: the provider guarantees EU processing without naming the country",
}


def country(value: str | None) -> str | None:
    """``value`` upper-cased if it is an ISO 3166-1 alpha-2 code; ``ValueError`` otherwise."""
    if value is None:
        return None
    code = value.upper()
    if code not in COUNTRIES:
        hint = " (a region is a location, not a headquarters)" if code in REGIONS else ""
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code{hint}")
    return code


def location(value: str) -> str:
    """A country code, or one of :data:`REGIONS`."""
    code = value.upper()
    if code in REGIONS:
        return code
    if code not in COUNTRIES:
        regions = ", ".join(REGIONS)
        raise ValueError(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code nor a region ({regions})"
        )
    return code
