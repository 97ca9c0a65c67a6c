"""Results of a clinical note written without units: an analyte or a vital sign by the short name
clinicians write, then a number ("sats 91% 2L NC, RR 22", "CRP 120, Hb 85", "creat 142 (was
198)", "last hba1c was 71", "FEVG 30 %", "Krea 1,8").

Handovers, referrals and messages leave the units out, so the unit detectors (``health.LAB``,
``_health_labs``) do not read them. Two kinds of names:

- names only the clinic uses (CRP, eGFR, HbA1c, SpO2, troponin, créatinine, Blutzucker): with a
  number they are a result of someone's when a person is anchored (``health.personal``, a
  possessive, a lab-report word on the line) or when another result stands on the same line;
- names that are other things too (HR, RR, BP, K, Na, T, TA, FC, GCS, PCR): only beside a
  clinic-only result on the same line ("sats 91%, RR 22, HR 104"); "HR 2024", "RR 3" alone
  are none.

Values must be plausible for the name (a saturation is a percentage of 50 to 100, "SATs 105" is
a school test; an INR is below 15, "INR 500" is rupees). Reference values, targets and study
figures stay general (``health.reference``). Each name wakes the scan by pure literals (the name
and a space or a colon), so the multi-pattern pass gains no regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import DIGIT, Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import health

#: Names of analytes and measures that only the clinic uses, any case, seven languages.
CLINICAL = words(
    "sats|spo2|sao2|sato2|sat|crp|hb|hgb|hba1c|a1c|egfr|gfr|dfg|creat|créat|créatinine|"
    "creatinine|creatinina|kreatinin|kreatinine|kreatynina|krea|kreat|urea|urée|harnstoff|"
    "mocznik|inr|wcc|wbc|leucos|leukos|plt|plts|neuts|troponin|troponine|troponina|lactate|"
    "lactaat|laktat|lattati|nt-probnp|tsh|ft4|bili|bilirubin|ferritin|ferritine|ferritina|"
    "ferrytyna|fevg|lvef|hct|pco2|po2|hco3|glycémie|glycemia|glicemia|glucemia|blutzucker|"
    "bloedsuiker|glukoza|saturacja|hemoglobina|hémoglobine|hämoglobin|emoglobina"
)
#: Names written in capitals only: in lower case they are words ("alt", "ast", Polish "psa").
CLINICAL_CAPS = words("ALT|AST|ALP|GGT|GPT|GOT|LDH|CK|PSA|BNP")
#: Names that are other things too, as notes write them (case kept): rates, pressures,
#: electrolytes, temperature, scales.
SHARED = words(
    "HR|RR|BP|TA|PA|FC|FR|SF|T|Temp|temp|K|K+|Na|Na+|Mg|Ca|pH|BE|EF|BM|BMs|CBG|BZ|GCS|PCR|Puls|"
    "pulse|puls|pols|tętno"
)
_STRONG = frozenset(CLINICAL) | frozenset(CLINICAL_CAPS)
#: What stands between the name and its value ("CRP: 120", "Hb=85", "hba1c was 71", "creat of").
_SEP = (
    r"(?:[ ]?[:=][ ]?|[ ](?:was|is|of|now|at|à|de|di|von|van|bei|era|était|war|wynosi|jest|è|"
    r"es|ist|is nu|à peine)[ ]|[ ])"
)
_RESULT_RE = re.compile(
    rf"(?<![\w/.\-+])(?P<name>(?i:{alternation(CLINICAL)})|{alternation(CLINICAL_CAPS + SHARED)})"
    rf"{_SEP}(?P<num>[<>~≈]?\d{{1,4}}(?:[.,]\d{{1,2}})?(?:/\d{{2,3}})?)(?P<pct>[ ]?%)?"
    r"(?![.,]?\d|[^\W\d_])"
)
#: Plausible ranges of a value, by name (lower case): a saturation in per cent, an INR, a
#: temperature, a heart or breathing rate, electrolytes, the Glasgow scale.
_RANGES = {
    **dict.fromkeys(("sats", "spo2", "sao2", "sato2", "sat", "saturacja"), (50.0, 100.0)),
    "inr": (0.5, 15.0),
    **dict.fromkeys(("t", "temp"), (33.0, 43.0)),
    **dict.fromkeys(("hr", "fc", "puls", "pulse", "pols", "tętno"), (25.0, 250.0)),
    "gcs": (3.0, 15.0),
    **dict.fromkeys(("k", "k+"), (1.5, 9.0)),
    **dict.fromkeys(("na", "na+"), (100.0, 180.0)),
}
#: Saturations written without the per-cent sign are at least this ("sats 94 on air"); "sat"
#: (Saturday) needs the sign.
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
    if pressure or _YEAR.fullmatch(raw):
        return False  # "BNP 2024 results", "INR 2019 budget": a year
    value = float(raw.replace(",", "."))
    low, high = _RANGES.get(name, (0.0, 10_000.0))
    if not low <= value <= high:
        return False
    if low == 50.0 and not m.group("pct"):  # a saturation
        return name != "sat" and value >= _BARE_SATURATION
    return True


def _strong(m: re.Match[str]) -> bool:
    """Whether the name is one only the clinic uses."""
    name = m.group("name")
    return name in _STRONG or (name.lower() in _STRONG and name not in SHARED)


def _result(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A result of someone's: a clinic-only name with a person or beside another result on its
    line; a shared name only beside a clinic-only result."""
    if not _plausible(m):
        return
    head, line = health.line_of(m, scan)
    if health.reference(line):
        return
    name = m.group("name").lower()
    others = [o for o in _RESULT_RE.finditer(line) if o.group("name").lower() != name]
    others = [o for o in others if _plausible(o)]
    if _strong(m):
        found = bool(others) or health.lab_report(head)
        found = found or health.personal(scan, m.start(), m.end())
        found = found or health.possessive(scan, m.start())
    else:
        found = any(_strong(o) for o in others)
    if found:
        yield Hit("health", "lab_result", m.start(), m.end())


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
    for names_, caseless in ((CLINICAL, True), (CLINICAL_CAPS, False))
    for name in names_
    for tail in (" ", ":")
)
