"""Lab values and clinical scores known by their shape, whatever the analyte is called.

The analytes of a lab report are thousands, named in each language and abbreviated at will
("BNP", "T4 libre", "vitamine B12", "pCO2"), but their units are few and belong to the clinic:
picomoles per litre, nanograms per millilitre, millimetres of mercury. A value in such a unit,
in a sentence about a person or among the person's other results, is a lab result
("Explique-moi ces résultats de ma mère : T4 libre 9 pmol/L"). Units that other fields use as
much (grams or milligrams per litre, per cent) are left to the named analytes of ``health.LAB``.

Clinical scores have no unit but a name: "MMSE 21/30", "NEWS2 score 7", "EDSS 3,5", "PHQ-9:
18". Words that are surnames or products too (Berg, Norton, Gleason) are not among them, nor
words that are also names of things ("NEWS 24", "EMV", "CGI"); names shared with other things
(GCS, VAS, EVA, SOFA) count only with the word "score" or a maximum ("VAS 5/10").

Reference values, targets, criteria, averages and studies are general, as for ``health.LAB``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import DIGIT, Detector, Hit, Scan, hs_words, words
from proxy.classify.detectors import health

#: Units of clinical chemistry, haematology and vital signs that other fields rarely use.
_UNITS = (
    r"[pnµμu]mol/l|mmol/l|mmol/mol|m(?:eq|val)/l|[pn]g/m?l|[µμu]g/dl|mg/dl|g/dl|m[ui]u/l|"
    r"mu/l|[µμu]i?u/ml|[µμu]ui/ml|u/l|ui/l|iu/l|mm ?hg|/[µμu]l|/nl|x ?10\^?9/l|x ?10⁹/l|"
    # antibody and enzyme titres, the sedimentation rate, urine albumin-to-creatinine ratio
    r"u/ml|iu/ml|ui/ml|ku/l|mm/h|mg/mmol"
)
_UNIT_RE = re.compile(
    r"(?<![\w.,])(?:(?P<name>[^\W_][\w+-]{0,15})[ ]?[:=]?[ ]?)?"
    r"\d+(?:[.,]\d+)?[ ]?(?:" + _UNITS + r")(?![\w/])",
    re.I,
)
#: Scores read only in clinical notes (case as written).
SCORES = words(
    "MMSE|MoCA|NEWS2|EDSS|PHQ-9|GAD-7|NIHSS|Apgar|APGAR|CHA2DS2-VASc|HAS-BLED|AUDIT-C|CIWA-Ar|"
    "MADRS|HAM-D|Y-BOCS|qSOFA|Child-Pugh|Karnofsky|Barthel-Index|DAS28|PANSS|YMRS|MMST|NPRS"
)
#: Scores whose letters name other things too ("EVA 01", "GCS bucket", "SOFA 3 seater", "VAS
#: 5054", "GCS: 3 buckets"): only with the word "score" or a maximum ("VAS 5/10", "GCS 14/15").
AMBIGUOUS_SCORES = words("GCS|VAS|EVA|NRS|SOFA|MELD|BDI|BDI-II|ECOG|HADS|CDAI|IPSS|mRS|PHQ9|GAD7")
_NAMES = "|".join(re.escape(s) for s in sorted((*SCORES, *AMBIGUOUS_SCORES), key=len, reverse=True))
_SCORE_WORD = r"[ -](?:[Ss]core|[Ss]kala|[Ii]ndex|punteggio|puntuación|[Ww]ert)"
_SCORE_RE = re.compile(
    rf"(?<![\w-])(?P<score>{_NAMES})(?P<word>{_SCORE_WORD})?"
    r"(?P<sep>[ ]?[:=][ ]?|[ ](?:of|von|de|di|van|wynik)[ ]|[ ])"
    r"\d+(?:[.,]\d+)?(?P<max>[ ]?/[ ]?\d+)?(?![\w.,]\d)"
)
#: Words of thresholds and scales in general, besides ``health.reference``.
_THRESHOLD = re.compile(
    r"(?<!\w)(?:cut-?offs?|thresholds?|seuil|schwellenwert|soglia|umbral|drempel\w*|próg\w*|"
    r"scale|échelle|skala|scala|escala|schaal|ranges? from|va de|reicht von|ranges)(?!\w)",
    re.I,
)


#: Things measured in the same units: water, solutions, samples, pools, weather, machines.
_THING = re.compile(
    r"(?<!\w)(?:aquarium|pool|water|wasser|eau|acqua|agua|woda|sea ?water|buffer|solution|"
    r"lösung|soluzione|solución|oplossing|roztw\w*|samples?|probe|échantillon|campione|"
    r"muestra|monster|próbk\w*|soil|boden|tank|brew\w*|mash|beer|bier|rain\w*|barometer|"
    r"baromètre|tyres?|tires?|reifen|pneu\w*|vacuum|vakuum|pumps?|pumpe|pompe|assay|hplc|lod|"
    r"loq|cmax|volunteers|chlor\w*|nitrat\w*|nitrate|sulfat\w*|sulphate|hardness|härte|"
    r"dryer|freeze|recipe|medium|culture|reactor|chamber|engine|gauge|manometer|compressor|"
    r"cells?|mice|rats)(?!\w)",
    re.I,
)


def _about_person(m: re.Match[str], scan: Scan) -> bool:
    """Whether a value is someone's: not a reference or a thing's, and said of a person, after a
    possessive, or in a lab report."""
    head, line = health.line_of(m, scan)
    if health.reference(line) or _THRESHOLD.search(line) or _THING.search(_clause(head, m, scan)):
        return False
    owned = health.possessive(scan, m.start())
    if _THING.search(head) and not owned:  # "my aquarium water … Calcium was 2.5 mmol/L"
        return False
    if owned or health.personal(scan, m.start(), m.end()):
        return True
    return health.lab_report(head)


def _clause(head: str, m: re.Match[str], scan: Scan) -> str:
    """The value with the words of its own clause around it (up to 40 characters before and 30
    after): what it measures is named there, not in another sentence of the line."""
    before = _CLAUSE_END.split(head)[-1][-40:]
    return before + m.group(0) + _CLAUSE_END.split(scan.after(m.end(), 30))[0]


_CLAUSE_END = re.compile(r"[;!?\n]|\.\s")


def _unit(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A value in a clinical unit, of a person; not after an abbreviation in lower case ("my ast
    was 45 U/L": the issue's semantics read a lower-case "ast" as a word)."""
    near = _WORD.findall(scan.before(m.start(), 24) + " " + (m.group("name") or ""))[-3:]
    if any(health.lowercase_abbreviation(word) for word in near):
        return
    if _about_person(m, scan):
        yield Hit("health", "lab_result", m.start(), m.end())


_AMBIGUOUS = frozenset(AMBIGUOUS_SCORES)
_WORD = re.compile(r"[^\W\d_]+")


def _score(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A clinical score with its value, of a person; a score named like other things only with
    the word "score" or a maximum."""
    plain = not (m.group("word") or m.group("max"))
    if m.group("score") in _AMBIGUOUS and plain:
        return
    if _about_person(m, scan):
        yield Hit("health", "lab_result", m.start(), m.end())


UNIT = Detector(
    "health.lab_unit",
    r"\d ?(?:(?:[pnumgi]|\xC2\xB5|\xCE\xBC)[a-z\xB5\xBC\xC2\xCE]{0,4}/[a-z]{0,2}l|mm ?hg|"
    r"/(?:\xC2\xB5|\xCE\xBC|[un])l|x ?10|ku/l|mm/h|mg/mmol)",
    _UNIT_RE,
    _unit,
    back=40,
    ahead=12,
    caseless=True,
    needs=DIGIT,
)
SCORE = Detector(
    "health.score",
    hs_words((*SCORES, *AMBIGUOUS_SCORES)),
    _SCORE_RE,
    _score,
    back=16,
    ahead=30,
    needs=DIGIT,
)

DETECTORS = (UNIT, SCORE)
