"""Health data about a specific person: diagnoses, ICD-10 codes beside them, dosed medications,
lab results.

A medical term alone is not health data: "what are the symptoms of diabetes?" is a general
question. A finding needs a personal anchor in the surrounding text (a patient, a relative, the
writer, a pronoun, a named person, a result). ICD-like codes count only beside a diagnosis or an
ICD cue, never in chess openings, seat or part numbers, or vitamin B12.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import CODES, DIGIT, Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors._handover_names import ROOM_LABELS
from proxy.classify.detectors._health_anchor import named, personally_anchored, subject
from proxy.classify.detectors._health_budget import bounded
from proxy.classify.detectors._health_documents import (
    REACH,
    after_leaflet,
    conditional,
    own,
    patient_document,
)
from proxy.classify.detectors._health_letters import addressed
from proxy.classify.detectors._health_person_words import DRUG_CLASSES
from proxy.classify.detectors._health_shorthand import shorthand_person
from proxy.classify.detectors._health_wishes import wished
from proxy.classify.detectors._health_words import BRANDS, POSSESSIVES, SCHOLARLY, TRAINING
from proxy.classify.detectors._name_requests import _name_ok as name_ok
from proxy.classify.detectors.lexicons import (
    DIAGNOSES,
    DRUGS,
    GENERAL_QUESTION,
    LABS,
    SCHEDULE,
)

_SCHEDULE = re.compile(SCHEDULE, re.I)
_POSSESSIVE = re.compile(r"(?<!\w)(?:" + alternation(POSSESSIVES) + r")(?!\w)", re.I)
_DIAGNOSIS_RE = re.compile(r"(?<!\w)(?:" + alternation(DIAGNOSES) + r")(?:e?s)?(?!\w)", re.I)
_CONTEXT = 160


_GENERAL_QUESTION = re.compile(GENERAL_QUESTION, re.I)
_SENTENCE_END = re.compile(r"[.?!\n]")


def _personal(scan: Scan, start: int, end: int) -> bool:
    """Whether the text around the span is about a specific person (``_anchored``); in a
    conditional sentence after a package leaflet ("se soffre di …", "si padece …", "if you
    have …") only when it speaks of the writer or a relative: the leaflet speaks to any
    reader. The leaflet is looked for last: most terms have no anchor."""
    before, after = scan.before(start, _CONTEXT), scan.after(end, _CONTEXT)
    head = _SENTENCE_END.split(before)[-1]
    stop = _SENTENCE_END.search(after)
    sentence = head + scan.text[start:end] + (after[: stop.start()] if stop else after)
    if not _anchored(scan, start, end, sentence, head, stop):
        return False
    return not (conditional(sentence) and after_leaflet(scan.before(start, REACH))) or own(sentence)


def _anchored(
    scan: Scan, start: int, end: int, sentence: str, head: str, stop: re.Match[str] | None
) -> bool:
    """Whether the term (in ``sentence``, ``head`` its part before the term) has an anchor.

    A sentence that asks a general question ("what are the symptoms of ...?") with no personal
    anchor of its own is general, whatever the neighbouring sentences say. A person named by
    given name and surname in the term's sentence is an anchor too ("Anna Schmidt has
    diabetes"), unless named as an author, lecturer or discoverer.
    """
    if personally_anchored(sentence) or wished(sentence):
        return True
    question = (stop is not None and stop.group(0) == "?") or "¿" in head
    if question and _GENERAL_QUESTION.search(sentence) is not None:
        # a question about how to word something on a person ("Comment expliquer que Baptiste
        # a une sclérose en plaques ?") is personal when a given name is the condition's subject
        return subject(sentence) and not SCHOLARLY.search(sentence)
    before = scan.before(start, _CONTEXT)
    if personally_anchored(before + scan.text[start:end] + scan.after(end, _CONTEXT)):
        return True
    # a named person in the term's own sentence, unless as author, lecturer or discoverer
    if named(sentence, len(head), len(head) + end - start) and not SCHOLARLY.search(sentence):
        return True
    if _record(before) or addressed(scan.before(start, 1500), sentence):
        return True
    return patient_document(scan.before(start, REACH))  # "Patient: Tomasz Wierzbicki" above


#: ``_personal`` with bounded work per text (``_health_budget``): what every detector calls.
personal = bounded(_personal, reach=REACH, context=_CONTEXT)


def _record(before: str) -> bool:
    """Whether the term is in the lines of a record whose header, a line above, names its person
    beside a bed number, a patient label, a birth-date label with its date or an age with its
    unit (``_HEADER``: "bed 12 Tomasz Wiśniewski dob 03/11/1951⏎T2DM - insulin sliding scale",
    "Zi. 7 Fr. Hildegard Sommer, geb. 19.06.1936⏎- Hb 8,9 g/dl"): a note's lines are not
    sentences, so its header is the anchor; or whose own line opens with a room and a titled or
    given name (``_HANDOVER_LINE``), not a talk's ("Zimmer 3 – Hr. Müller hält einen Vortrag")."""
    lines = before.split("\n")
    here = lines.pop()  # the term's own line: a handover's room and person before it
    line = _HANDOVER_LINE.match(here)
    titled = line is not None and (line.group("given") is None or name_ok(line.group("given")))
    if titled and not (SCHOLARLY.search(here) or TRAINING.search(here)):
        return True  # "pok. 7 – p. Kubiak, glikemia 320 mg/dl", "Room 14 – Edna, dementia"
    return any(
        _HEADER.search(line) is not None
        and (_TITLED_PAIR.search(line) is not None or named(line, len(line), len(line)))
        for line in lines[-8:]
    ) and not SCHOLARLY.search(before)


#: A title before a capitalised pair: "Fr. Hildegard Sommer", "dhr. Ahmet Yıldırım".
_TITLED_PAIR = re.compile(
    r"(?<!\w)(?i:fr|hr|frau|herr|mr|mrs|ms|mme|dhr|mevr|sig|sig\.ra|sra|dña|pan|pani)\.?[ ]+"
    r"[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][\w-]+[ ]+[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ]"
)
#: A care handover's line: at the line's start a room or bed with its number, then a titled
#: name ("pok. 7 – p. Kubiak", "Ch. 8 – M. Bouvier", "Zi. 3 Frau Schäfer", "Room 12 – Mr
#: Patel"; titles as written, with their dots: not "MS Teams", "1 hr", "P Block"), or a known
#: given name before a comma or a dash ("Room 14 – Edna, dementia"; ``_handover_names``).
_HANDOVER_LINE = re.compile(
    rf"\A[ \t]*(?i:{ROOM_LABELS})[ ]?\d{{1,4}}[a-z]?[ \t]*[–—:,-]?[ \t]*"
    r"(?:(?:Fr\.|Hr\.|Frau|Herr|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Dhr\.|Mevr\.|Sig\.(?:ra)?|Sra\.|"
    r"Sr\.|Dña\.|D\.|Pan|Pani|p\.)[ ]+[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][a-zß-öø-ÿąćęłńśźż-]+"
    r"|(?P<given>[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ][a-zß-öø-ÿąćęłńśźż]{2,})(?=[ \t]*[,:;–—-]))"
)
#: What makes a line a patient record's header besides the name: a bed or room number with
#: its label, a patient label with its colon, a birth-date label with a full date, or an age
#: with its unit (not "Patients' guide", "Bed & Breakfast", "geb. 1685", "Room 204 - Workshop").
_HEADER = re.compile(
    r"(?<!\w)(?:(?i:bed|zi\.|zimmer|kamer|hab\.?|habitación|letto|łóżko)[ ]?\d|"
    r"(?i:patient|patiente|patientin|paziente|paciente|patiënt|pacjent|pacjentka)[ ]?:|"
    r"(?i:pat\.)[ ]|"
    r"(?:(?i:dob|d\.o\.b\.|geb\.|née?|nat[ao]|nacid[ao]|ur\.)|FN)[ ]?:?[ ]?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? \w+ \d{4})|"
    # an age, not the end of a range of them ("kobiety w wieku 45-74 lat": a population)
    r"(?<!\d)(?<!\d[-–])\d{1,3} ?(?i:j\.|jr|yo|y/o|ans|anni|años|jaar|lat)(?!\w))"
)


def possessive(scan: Scan, start: int) -> bool:
    """Whether a possessive or pronoun stands before a value in its sentence ("Sein HbA1c …",
    "sa glycémie …"): enough to tie a measured value or a dose to a person."""
    head = _SENTENCE_END.split(scan.before(start, _CONTEXT))[-1]
    return _POSSESSIVE.search(head) is not None


#: Two prefilters, each half of the terms: one alternation of all of them (with their
#: unaccented spellings) exceeds hyperscan's pattern length.
DIAGNOSIS = tuple(
    Detector(
        "health.diagnosis",
        hs_words(half, suffixes=True),
        _DIAGNOSIS_RE,
        lambda m, s: _diagnosis(m, s),
        back=48,
        ahead=8,
        caseless=True,
        unicode=True,
    )
    for half in (DIAGNOSES[: len(DIAGNOSES) // 2], DIAGNOSES[len(DIAGNOSES) // 2 :])
)
_UPPER_ONLY = frozenset(
    words(
        "aids|avc|hiv|sida|vih|copd|bpco|epoc|adhd|tdah|ptsd|tspt|ptbs|alt|ast|gpt|hb|t4|crp|psa|tsh|"
        "ldl|hdl|bmi|imc|inr|wbc|ggt|cd4|egfr|dfg|ft4|ocd|hpv|adhs|ad(h)s|ptss|tept|"
        "sucht"  # the German noun has its capital; "sucht" is the verb ("sucht einen Job")
    )
)
_POLISH = re.compile(r"[ąćęłńśźż]|\b(?:pan|pani|ma|mam|jest)\b", re.I)


def lowercase_abbreviation(word: str) -> bool:
    """Whether a word is a medical abbreviation written in lower case, an ordinary word then
    ("aids", "ast", "alt")."""
    return word.islower() and word in _UPPER_ONLY


def _ambiguous(term: str, scan: Scan, start: int, end: int) -> bool:
    """Whether a short term is an ordinary word here ("aids", "rak"), not a medical term."""
    lower = term.lower()
    if lower in _UPPER_ONLY and term.islower():
        return True
    return lower == "rak" and not polish(scan, start, end)


def polish(scan: Scan, start: int, end: int) -> bool:
    """Whether the text around a span is Polish (for names that are other words elsewhere)."""
    return _POLISH.search(scan.around(start, end, 80)) is not None


def _diagnosis(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A diagnosis term with a personal anchor nearby, or a shorthand for its patient ("63M
    with type 2 diabetes": ``_health_shorthand``)."""
    if _ambiguous(m.group(0), scan, m.start(), m.end()) or FIELD_AFTER.match(
        scan.after(m.end(), 16)
    ):
        return
    if personal(scan, m.start(), m.end()) or shorthand_person(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start(), m.end())


#: A condition naming a field of work or a body, not anyone's illness ("a cancer researcher",
#: "our diabetes nurse", "the asthma charity"; "my cancer care", "a cancer patient" stay).
FIELD_AFTER = re.compile(
    r"[ -](?:researchers?|research|nurses|nurse|specialists?|clinics?|cent(?:re|er)s?|"
    r"charit(?:y|ies)|foundations?|societ(?:y|ies)|associations?|awareness|experts?|doctors?|"
    r"consultants?|registry|statistics|institutes?|department|patients|organi[sz]ations?)\b",
    re.I,
)


_ICD_CUE = re.compile(
    r"(?:\bicd(?:-?10)?\b|\bcim(?:-?10)?\b|\bdiagnos|\bdx\b|\bcode\b|\bkod\b|\bcodice\b|"
    r"\bcódigo\b|\bschlüssel\b)",
    re.I,
)
_ICD_NEGATIVE = re.compile(
    r"vitamin[ea]?\s*$|chess|échecs|schach|scacchi|ajedrez|schaak|szach|opening|ouverture|"
    r"eröffnung|apertura|defen[cs]e|sicilian|caro|seat|row|gate|siège|platz|posto|asiento|stoel|"
    r"miejsce|part|sku|model|art\.?-?nr|ref|flight|vol\b|flug|volo|vuelo|vlucht|lot\b|room|"
    r"salle|raum|aula|sala|zaal|sala|motorway|autoroute|autobahn|road|route",
    re.I,
)
ICD10 = Detector(
    "health.icd10",
    CODES,
    re.compile(r"\b[A-TV-Z]\d{2}(?:\.\d{1,2}[A-Z]?)?\b"),
    lambda m, s: _icd10(m, s),
    back=8,
    ahead=8,
)


def _icd10(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An ICD-10 code written beside a diagnosis or an ICD cue, about a person."""
    before = scan.before(m.start(), 40)
    if _ICD_NEGATIVE.search(before) or _ICD_NEGATIVE.search(scan.after(m.end(), 30)):
        return
    near = scan.around(m.start(), m.end(), 80)
    if not (_ICD_CUE.search(before) or _DIAGNOSIS_RE.search(near)):
        return
    if personal(scan, m.start(), m.end()):
        yield Hit("health", "icd10", m.start(), m.end())


DOSE_UNIT = (
    r"mg|mcg|µg|μg|g|ml|iu|ui|ie|units?|einheiten|unités|unità|unidades|eenheden|jednostek|"
    r"mg/d|mg/j|mg/tag"
)
#: Counted forms of a medicine, before its name only ("2 tablets of ibuprofen").
_TABLETS = (
    r"tablets?|tabs?|pills?|capsules?|tabletten?|kapseln?|comprimés?|gélules?|compresse|"
    r"compressa|capsule|pastillas?|comprimidos?|cápsulas?|pillen|capsules|tabletki|tabletkę|"
    r"kapsułki|kapsułkę"
)
MEDICATION = Detector(
    "health.medication",
    hs_words(DRUGS + BRANDS + DRUG_CLASSES),  # classes: for health_person.TAKEN, same pattern
    re.compile(
        r"(?<!\w)(?:" + alternation(DRUGS + BRANDS) + r")(?!\w)[^\n\d]{0,20}?"
        r"\d+(?:[.,]\d+)?\s?(?:" + DOSE_UNIT + r")(?!\w)"
        # the dose first: "50mg sertraline", "20 mg Citalopram", "2 tablets of ibuprofen"
        r"|(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:" + DOSE_UNIT + "|" + _TABLETS + r")\s+"
        r"(?:(?:of|de|di|van|von|du|des|del|della|d['’])\s*)?"
        r"(?:" + alternation(DRUGS + BRANDS) + r")(?!\w)",
        re.I,
    ),
    lambda m, s: medication(m, s),
    back=64,
    ahead=60,
    caseless=True,
    unicode=True,
)


def medication(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A drug with a dose, taken by a person (personal anchor or a dosing schedule)."""
    near = scan.around(m.start(), m.end(), 60)
    # a schedule alone makes the drug-first form a prescription ("Ramipril 5 mg 1-0-0"); the
    # dose-first form with a schedule is as often a leaflet's instruction ("Take 500 mg
    # paracetamol every 4 hours"), so it needs a person
    scheduled = not m.group(0)[0].isdigit() and _SCHEDULE.search(near) is not None
    if scheduled and after_leaflet(scan.before(m.start(), REACH)):
        scheduled = False  # a leaflet's dosing rule ("Explique cette notice : Amoxicilline 1 g")
    if personal(scan, m.start(), m.end()) or scheduled or possessive(scan, m.start()):
        yield Hit("health", "medication", m.start(), m.end())


_LAB_UNIT = (
    r"%|mg/dl|mmol/l|mmol/mol|g/dl|g/l|µmol/l|umol/l|μmol/l|mu/l|miu/l|mui/l|ng/ml|pg/ml|iu/l|"
    r"u/l|ui/l|µg/l|ug/l|giga/l|g/µl|/µl|/nl|x ?10\^?9/l|/mm3|mmhg|bpm|ml/min(?:/1[.,]73 ?m2)?|"
    r"copies/ml|kopien/ml|copie/ml|kg/m2|kg/m²"
)
_LAB_RE = re.compile(
    r"(?<!\w)(?:" + alternation(LABS) + r")(?!\w)[^\n\d]{0,25}?"
    r"\d+(?:[.,]\d+)?(?:/\d{2,3})?\s?(?:" + _LAB_UNIT + r")(?![\w/])",
    re.I,
)
LAB = Detector(
    "health.lab",
    hs_words(LABS),
    _LAB_RE,
    lambda m, s: _lab(m, s),
    back=64,
    ahead=70,
    caseless=True,
    unicode=True,
    needs=DIGIT,
)
_GENERAL = re.compile(
    r"normal|reference|référence|referenz|riferimento|referencia|referentie|norma|target|"
    r"cible|zielwert|obiettivo|objetivo|streefwaarde|should be|below|above|less than|"
    r"greater than|range|plage|bereich|intervallo|rango|bereik|zakres",
    re.I,
)


#: Words that introduce someone's own lab results ("Laborwerte: HbA1c 9,1 %"), seven languages.
_LAB_REPORT = re.compile(
    r"(?<!\w)(?:lab(?:oratory)? (?:values|results|work|report)|blood ?work|blood tests?|"
    r"laborwerte|laborbefund|blutwerte|blutbild|bilan sanguin|prise de sang|bilan biologique|"
    r"esami del sangue|analisi del sangue|esami ematici|análisis de sangre|analítica|"
    r"bloedonderzoek|bloedwaarden|labwaarden|labuitslagen|badania krwi|wyniki badań)(?!\w)",
    re.I,
)


#: Values of a group, not of one person ("on average", "median", "cohort").
_AVERAGE = re.compile(
    r"(?<!\w)(?:average|mean|median|cohort|participants|durchschnitt\w*|mittelwert|moyenne|"
    r"médiane|cohorte|media|mediana|promedio|gemiddeld\w*|mediaan|średni\w*|średnio)(?!\w)",
    re.I,
)


#: Thresholds, criteria and specifications: values of a rule or a device, not of a person.
_CRITERIA = re.compile(
    r"[≥≤<>]|(?<!\w)(?:or (?:higher|more|above|greater|lower|less)|up to|defines?|defined|"
    r"criteria|criterion|guidelines?|richtlijn\w*|leitlinie\w*|kriterien|critères|criteri|"
    r"criterios|kryteri\w*|wytyczn\w*|linee guida|guía|recommandations?|empfehlung\w*|"
    r"tracks?|measures?|calibrat\w*|accuracy|device|sensor|smartwatch|meter|oder mehr|ou plus|"
    r"o più|o más|of meer|lub więcej|bis zu|jusqu'à|fino a|hasta|tot)(?!\w)",
    re.I,
)


def line_of(m: re.Match[str], scan: Scan) -> tuple[str, str]:
    """The text of a match's line before it (up to 100 characters), and that line around the
    match without it."""
    head = scan.before(m.start(), 100).rsplit("\n", 1)[-1]
    return head, head + " " + scan.after(m.end(), 100).split("\n", 1)[0]


def reference(line: str) -> bool:
    """Whether a line states reference values, targets, criteria, averages or a study's
    figures: values of a rule or of a group, not of one person."""
    return any(p.search(line) for p in (_GENERAL, SCHOLARLY, _AVERAGE, _CRITERIA))


def lab_report(head: str) -> bool:
    """Whether a lab-report word ("Laborwerte", "prise de sang") opens the line before a value."""
    return _LAB_REPORT.search(head) is not None


def _report(m: re.Match[str], scan: Scan) -> bool:
    """Whether a lab value is part of someone's results: after a lab-report word on its line, or
    beside the value of another analyte there (a panel: "HbA1c 9,1 %, Blutzucker 240 mg/dl").
    Reference and target values stay general ("Zielwerte: HbA1c < 7 %, LDL 100 mg/dl")."""
    head, line = line_of(m, scan)
    if reference(line):
        return False
    if lab_report(head):
        return True
    first = m.group(0).split(None, 1)[0].lower()
    return any(
        other.group(0).split(None, 1)[0].lower() != first for other in _LAB_RE.finditer(line)
    )


def _lab(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A lab value with a unit about a person (or in a person's results), not a reference."""
    if _GENERAL.search(m.group(0)):
        return
    if not (personal(scan, m.start(), m.end()) or possessive(scan, m.start()) or _report(m, scan)):
        return
    if _ambiguous(re.split(r"[^\w-]", m.group(0))[0], scan, m.start(), m.end()):
        return
    yield Hit("health", "lab_result", m.start(), m.end())


DETECTORS = (*DIAGNOSIS, ICD10, MEDICATION, LAB)
