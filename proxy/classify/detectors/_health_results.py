"""Results of a clinical note written without units: an analyte or a vital sign by the short name
clinicians write, then a number ("sats 91% 2L NC, RR 22", "CRP 120, Hb 85", "creat 142 (was
198)", "last hba1c was 71", "FEVG 30 %", "Krea 1,8").

Handovers, referrals and messages leave the units out, so the unit detectors (``health.LAB``,
``_health_labs``) do not read them. Three kinds of names:

- names only the clinic uses (CRP, eGFR, HbA1c, SpO2, troponin, créatinine, Blutzucker): with a
  number they are a result of someone's when a person is anchored (``health.personal``, a
  possessive) or beside another result on the line or after a lab-report word;
- names that are clinical in a note and other things elsewhere (sats, Hb, INR, urea, PSA, BNP,
  ALT): only beside another result on the line or after a lab-report word ("I have 100 sats",
  "PSA 10 Charizard", "INR 12 lakh" are none);
- names that are other things too (HR, RR, BP, K, Na, T, TA, FC, GCS): only beside a result of a
  clinical name on the same line ("sats 91%, RR 22, HR 104"); "HR 2024", "RR 3" alone are none.

Values must be plausible for the name (a saturation is a percentage of 50 to 100, "SATs 105" is
a school test; an INR is below 15, "INR 500" is rupees; "BNP 2024" is a year). Reference
values, targets and study figures stay general (``health.reference``). Each name wakes the scan
by pure literals (the name and a space or a colon), so the multi-pattern pass gains no regular
expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import DIGIT, Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import health

#: Names of analytes and measures that only the clinic uses, any case, seven languages: with a
#: number they are someone's result when a person is anchored.
CLINICAL = words(
    "spo2|sao2|sato2|crp|hba1c|a1c|egfr|creat|créat|créatinine|creatinine|creatinina|kreatinin|"
    "kreatinine|kreatynina|krea|kreat|wcc|neuts|troponin|troponine|troponina|nt-probnp|tsh|ft4|"
    "ferritin|ferritine|ferritina|ferrytyna|fevg|lvef|hct|glycémie|glycemia|glicemia|glucemia|"
    "blutzucker|bloedsuiker|hémoglobine|hämoglobin|emoglobina|hemoglobina"
)
#: Names that are clinical in a note but other things elsewhere (satoshis and school tests,
#: pencils, rupees, a bank, card grades, a funder, Polish verbs, photo settings, enzymes whose
#: letters are words): only beside another result on the line or after a lab-report word.
PANEL_ONLY = words(
    "sats|hb|hgb|inr|urea|urée|harnstoff|mocznik|lactate|lactaat|laktat|lattati|bili|bilirubin|"
    "gfr|dfg|leucos|leukos|wbc|plt|plts|saturacja|glukoza"
)
PANEL_ONLY_CAPS = words("ALT|AST|ALP|GGT|LDH|CK|PSA|BNP")
#: Names that are other things too, as notes write them (case kept), with a plausible range
#: each (``_RANGES``): rates, pressures, temperature, electrolytes, the Glasgow scale.
SHARED = words("HR|RR|BP|TA|PA|FC|T|Temp|temp|K|K+|Na|Na+|GCS|Puls|pulse|puls|pols|tętno")
_ANCHORED = frozenset(CLINICAL)
_PANEL = frozenset(PANEL_ONLY) | frozenset(PANEL_ONLY_CAPS)
#: What stands between the name and its value ("CRP: 120", "Hb=85", "hba1c was 71", "creat of").
_SEP = (
    r"(?:[ ]?[:=][ ]?|[ ](?:was|is|of|now|at|à|de|di|von|van|bei|era|était|war|wynosi|jest|è|"
    r"es|ist|is nu|à peine)[ ]|[ ])"
)
_RESULT_RE = re.compile(
    rf"(?<![\w/.\-+])(?P<name>(?i:{alternation(CLINICAL + PANEL_ONLY)})|"
    rf"{alternation(PANEL_ONLY_CAPS + SHARED)})"
    rf"{_SEP}(?P<num>[<>~≈]?\d{{1,4}}(?:[.,]\d{{1,2}})?(?:/\d{{2,3}})?)(?P<pct>[ ]?%)?"
    r"(?![.,]?\d|[^\W\d_])"
)
#: Plausible ranges of a value, by name (lower case): a saturation in per cent, an INR, a
#: temperature, a heart or breathing rate, electrolytes, the Glasgow scale.
_RANGES = {
    **dict.fromkeys(("sats", "spo2", "sao2", "sato2", "saturacja"), (50.0, 100.0)),
    "inr": (0.5, 15.0),
    **dict.fromkeys(("t", "temp"), (33.0, 43.0)),
    **dict.fromkeys(("hr", "fc", "puls", "pulse", "pols", "tętno"), (25.0, 250.0)),
    "gcs": (3.0, 15.0),
    **dict.fromkeys(("k", "k+"), (1.5, 9.0)),
    **dict.fromkeys(("na", "na+"), (100.0, 180.0)),
}
#: Saturations written without the per-cent sign are at least this ("sats 94 on air").
_BARE_SATURATION = 70.0
_YEAR = re.compile(r"(?:19[5-9]|20[0-9])\d")


def _plausible(m: re.Match[str]) -> bool:
    """Whether the value can be of the name: in its range, a saturation with its sign, a blood
    pressure as two figures."""
    name = m.group("name").lower()
    raw = m.group("num").lstrip("<>~≈")
    pressure = "/" in raw
    if name in ("bp", "ta", "pa") or (name == "rr" and pressure):
        return pressure  # "BP 150/90", "RR 140/90" (German notes write RR for blood pressure)
    if pressure:
        return False
    if _YEAR.fullmatch(raw) and name not in _ANCHORED:
        return False  # "BNP 2024 results", "INR 2019 budget": a year
    value = float(raw.replace(",", "."))
    low, high = _RANGES.get(name, (0.0, 10_000.0))
    if not low <= value <= high:
        return False
    if low == 50.0 and not m.group("pct"):  # a saturation
        return value >= _BARE_SATURATION
    return True


def _tier(m: re.Match[str]) -> int:
    """2 for a name only the clinic uses, 1 for one that counts in a panel only, 0 for a shared
    name (as written: "SATs" is a school test, "HB" a halfback)."""
    name = m.group("name")
    if name in SHARED:
        return 0
    lower = name.lower()
    if lower in _ANCHORED:
        return 2
    return 1 if name in _PANEL or (lower in _PANEL and name != "SATs") else 0


def _result(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A result of someone's: a clinic-only name with a person or beside another result on its
    line; a panel-only name beside another result or after a lab-report word; a shared name only
    beside a result of a clinical name."""
    tier = _tier(m)
    if not _plausible(m) or (tier == 1 and _MONEY.match(m.string, m.end())):
        return
    head, line = health.line_of(m, scan)
    if health.reference(line):
        return
    name = m.group("name").lower()
    pairs = (o for o in _RESULT_RE.finditer(line) if o.group("name").lower() != name)
    others = [_tier(o) for o in pairs if _plausible(o)]
    # a shared name needs a clinical one beside it; a clinical one any other result
    found = any(others) if tier == 0 else bool(others) or health.lab_report(head)
    if tier == 2 and not found:
        found = health.personal(scan, m.start(), m.end()) or health.possessive(scan, m.start())
    if found:
        yield Hit("health", "lab_result", m.start(), m.end())


#: Amounts of money after a number ("INR 12 lakh").
_MONEY = re.compile(r"[ ]?(?:lakh|lac|crore|k\b|million|mn|bn|billion|thousand)", re.I)


def _detector(literal: str, caseless: bool) -> Detector:
    """The detector woken by one pure literal (a name and what follows it). Without hyperscan's
    UTF-8 flag a caseless literal folds its ASCII letters and keeps "é" as written, so it stays
    a literal ("créat ", "CRÉAT " is not read)."""
    return Detector(
        "health.result",
        re.escape(literal),
        _RESULT_RE,
        _result,
        back=100,
        ahead=100,
        caseless=caseless,
        needs=DIGIT,
    )


DETECTORS = tuple(
    _detector(name + tail, caseless)
    for names_, caseless in ((CLINICAL + PANEL_ONLY, True), (PANEL_ONLY_CAPS, False))
    for name in names_
    for tail in (" ", ":")
)
