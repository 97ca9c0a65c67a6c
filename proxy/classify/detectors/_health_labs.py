"""Lab values and clinical scores known by their shape, whatever the analyte is called.

The analytes of a lab report are thousands, named in each language and abbreviated at will
("BNP", "T4 libre", "vitamine B12", "pCO2"), but their units are few and belong to the clinic:
picomoles per litre, nanograms per millilitre, millimetres of mercury. A value in such a unit,
in a sentence about a person or among the person's other results, is a lab result
("Explique-moi ces résultats de ma mère : T4 libre 9 pmol/L"). Units that other fields use as
much (grams or milligrams per litre, per cent) are left to the named analytes of ``health.LAB``.

Clinical scores have no unit but a name that means nothing else: "MMSE 21/30", "NEWS2 score
7", "EDSS 3,5", "PHQ-9: 18". Words that are surnames or products too (Berg, Norton, Gleason)
are not among them, nor words that are also names of things ("NEWS 24", "EMV", "CGI").

Reference values, targets, criteria, averages and studies are general, as for ``health.LAB``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import DIGIT, Detector, Hit, Scan, hs_words, words
from proxy.classify.detectors import health

#: Units of clinical chemistry, haematology and vital signs that other fields rarely use.
_UNITS = (
    r"[pnµμu]mol/l|mmol/l|mmol/mol|m(?:eq|val)/l|[pn]g/ml|[µμu]g/dl|mg/dl|g/dl|m[ui]u/l|"
    r"mu/l|[µμu]i?u/ml|[µμu]ui/ml|u/l|ui/l|iu/l|mm ?hg|/[µμu]l|/nl|x ?10\^?9/l|x ?10⁹/l"
)
_UNIT_RE = re.compile(
    r"(?<![\w.,])(?:(?P<name>[^\W_][\w+-]{0,15})[ ]?[:=]?[ ]?)?"
    r"\d+(?:[.,]\d+)?[ ]?(?:" + _UNITS + r")(?![\w/])",
    re.I,
)
#: Scores read only in clinical notes (case as written; "score" may follow the name).
SCORES = words(
    "MMSE|MoCA|NEWS2|GCS|EDSS|PHQ-9|PHQ9|GAD-7|GAD7|HADS|BDI|BDI-II|NIHSS|mRS|ECOG|Apgar|"
    "APGAR|VAS|NRS|CHA2DS2-VASc|HAS-BLED|AUDIT-C|CIWA|CIWA-Ar|MADRS|HAM-D|HAMD|Y-BOCS|qSOFA|"
    "SOFA|MELD|Child-Pugh|Karnofsky|Barthel-Index|FEV1|CDAI|DAS28|IPSS|EVA|NPRS|PANSS|YMRS|"
    "MMST|BMI"
)
_SCORE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in sorted(SCORES, key=len, reverse=True)) + r")"
    r"(?:[ -](?:[Ss]core|[Ss]kala|[Ii]ndex|punteggio|puntuación|[Ww]ert))?"
    r"[ ]?(?:[:=]|of|von|de|di|van|wynik)?[ ]?\d+(?:[.,]\d+)?(?:[ ]?/[ ]?\d+)?(?![\w.,]\d)"
)
#: Words of thresholds and scales in general, besides ``health.reference``.
_THRESHOLD = re.compile(
    r"(?<!\w)(?:cut-?offs?|thresholds?|seuil|schwellenwert|soglia|umbral|drempel\w*|próg\w*|"
    r"scale|échelle|skala|scala|escala|schaal|ranges? from|va de|reicht von|ranges)(?!\w)",
    re.I,
)


def _about_person(m: re.Match[str], scan: Scan) -> bool:
    """Whether a value is someone's: not a reference, and said of a person, after a possessive,
    in a lab report, or beside another of the person's values on its line."""
    head, line = health.line_of(m, scan)
    if health.reference(line) or _THRESHOLD.search(line):
        return False
    if health.personal(scan, m.start(), m.end()) or health.possessive(scan, m.start()):
        return True
    if health.lab_report(head):
        return True
    others = [o for o in _UNIT_RE.finditer(line) if o.group(0) != m.group(0)]
    return bool(others) or any(o.group(0) != m.group(0) for o in _SCORE_RE.finditer(line))


def _unit(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A value in a clinical unit, of a person."""
    if _about_person(m, scan):
        yield Hit("health", "lab_result", m.start(), m.end())


def _score(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A clinical score with its value, of a person."""
    if m.group(0).startswith("BMI") and not health.possessive(scan, m.start()):
        return  # "BMI 30 and above": the body-mass index is everywhere; someone's needs a "his"
    if _about_person(m, scan):
        yield Hit("health", "lab_result", m.start(), m.end())


UNIT = Detector(
    "health.lab_unit",
    r"\d ?(?:(?:[pnumgi]|\xC2\xB5|\xCE\xBC)[a-z\xB5\xBC\xC2\xCE]{0,4}/[a-z]{0,2}l|mm ?hg|"
    r"/(?:\xC2\xB5|\xCE\xBC|[un])l|x ?10)",
    _UNIT_RE,
    _unit,
    back=40,
    ahead=12,
    caseless=True,
    needs=DIGIT,
)
SCORE = Detector(
    "health.score",
    hs_words(SCORES),
    _SCORE_RE,
    _score,
    back=16,
    ahead=30,
    needs=DIGIT,
)

DETECTORS = (UNIT, SCORE)
