"""Health data in short forms: abbreviations that are other words elsewhere, and the
shorthand of clinical notes.

- ``health.abbreviation``: an ambiguous abbreviation in capitals said of someone with a verb of
  having ("My wife has MS and…", "Il a la SEP.", "tiene ELA", "ma SM"), ending there (a
  punctuation mark, "and", "since"): "MS Word", "Ms Smith", "has MS Teams open", "an MS in
  physics" are no condition;
- ``health.shorthand``: the capitals of clinical notes (CABG, T2DM, HTN, HFrEF, NSTEMI…); the
  ones that are also other things (MI, CAD, AF, PE) only beside a note's history cue (hx, h/o,
  s/p, PMH, dx) or another shorthand term: "MI5", "Detroit, MI", "CAD drawings" are none.

Both need the personal anchor of ``health.personal`` (a patient, "Pat.", "pt", a history cue).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, words
from proxy.classify.detectors import health
from proxy.classify.detectors._names_data import COMMON, GIVEN
from proxy.classify.detectors._relation_words import RELATIONS

#: Abbreviations of conditions that are also other words or names (multiple sclerosis in seven
#: languages, ALS, attention deficit, cystic fibrosis, rheumatoid arthritis) and the German
#: sick note (AU, Arbeitsunfähigkeitsbescheinigung: "Frau Meier hat eine AU bis Freitag").
AMBIGUOUS = words("MS|SM|EM|SEP|ALS|SLA|ELA|ADS|CF|RA|IBS|BPD|CFS|ME|AU")
#: Verbs of having a condition, and the articles French, Italian, German and Spanish put
#: before one ("Il a la SEP", "ha la SLA", "hat eine MS"); English "an" is left out (an MS).
_HAVE = (
    r"has|had|have|has got|'s got|’s got|suffers from|diagnosed with|a|avait|ont|souffre d['’]une|"
    r"hat|hatte|habe|haben|ha|aveva|hanno|ho|soffre di|tiene|tenía|tengo|tienen|padece|sufre|"
    r"heeft|heb|hebben|lijdt aan|ma|mam|miał|miała|choruje na|cierpi na"
)
_ARTICLE = r"(?:la|une|une forme de|die|eine|una|een|l['’])"
#: What follows a condition said of someone: the end of a clause, "and", "since", "for years".
_END = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|since|for|but|und|seit|aber|et|depuis|mais|e|da|dal|ma|"
    r"y|desde|pero|en|sinds|maar|i|od|ale|until|bis|jusqu|fino|hasta|tot|do)\b)"
)
_ABBREVIATION_RE = re.compile(
    rf"(?<!\w)(?i:{_HAVE})\s+(?:(?i:{_ARTICLE})\s*)?(?P<abbr>{'|'.join(AMBIGUOUS)}){_END}"
)
#: The phrases before an abbreviation as typed, for the literal prefilters ("has MS", "a la SEP").
HAVE_PHRASES = words(
    "has|had|have|has got|'s got|suffers from|diagnosed with|a|avait|ont|a la|a une|avait la|"
    "avait une|ont la|souffre d'une|hat|hatte|habe|haben|hat eine|hatte eine|habe eine|hat die|"
    "ha|aveva|hanno|ho|ha la|aveva la|ho la|ha una|soffre di|tiene|tenía|tengo|tienen|tiene la|"
    "padece|sufre|heeft|heb|hebben|heeft een|lijdt aan|ma|mam|miał|miała|choruje na|cierpi na"
)
#: One pure literal per phrase and abbreviation ("has MS", "ha la SLA"): the literal database
#: scans them at no measurable cost, where ``\bMS\b`` cost about a millisecond per MB.
ABBREVIATION = tuple(
    Detector(
        "health.abbreviation",
        re.escape(f"{phrase} {abbr}"),
        _ABBREVIATION_RE,
        lambda m, s: _abbreviation(m, s),
        back=len(phrase) + len(abbr) + 8,
        ahead=16,
    )
    for phrase in HAVE_PHRASES
    for abbr in AMBIGUOUS
)


#: Who can have a condition, as the subject before the verb: pronouns, titles, patients (the
#: relation words ``_relation_words.RELATIONS`` and known given names count too). Seven languages.
_PERSONS = (
    frozenset(
        words(
            "i|he|she|we|they|who|il|elle|je|j|nous|ils|elles|qui|ich|er|sie|wir|io|lui|lei|noi|"
            "loro|chi|yo|él|ella|nosotros|ellos|ellas|quien|ik|hij|zij|ze|wij|wie|ja|on|ona|oni|"
            "kto|patient|patientin|paziente|paciente|patiënt|pacjent|pacjentka|frau|herr|mr|mrs|ms|"
            "mme|m|sig|sig.ra|sr|sra|pan|pani|dhr|mevr|child|kid|baby|kind|enfant|bambino|niño|"
            "dziecko|schoonmoeder|schoonvader|schoonzus|teściowa|teść|szwagier|szwagierka|"
            "schwiegermutter|schwiegervater|schwager|schwägerin|belle-mère|beau-père|suocera|"
            "suocero|cognato|cognata|suegra|suegro|cuñado|cuñada|mother-in-law|father-in-law|"
            "brother-in-law|sister-in-law|stepmother|stepfather|stiefmutter|stiefvater"
        )
    )
    | RELATIONS
)
_CLAUSE = re.compile(r"[.!?;:\n(]")
_SUBJECT_WORD = re.compile(r"[^\W\d_]+(?:\.(?=\s))?")
#: Another capitalised acronym right after the abbreviation: a list ("CF, AWS and GCP",
#: "ME and AMT", "AU, NZ and UK") names accounts, products or regions, not conditions.
_ACRONYM_AFTER = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bi\b)\s*[A-Z]{2,}\b")


def _given(word: str) -> bool:
    """A known given name of three letters or more that is no everyday word ("Anna", not
    "My")."""
    return len(word) > 2 and word[:1].isupper() and word in GIVEN and word.lower() not in COMMON


def _person(word: str) -> bool:
    """Whether a word before the verb makes its subject a person."""
    lower = word.lower()
    return lower in _PERSONS or lower.rstrip(".") in _PERSONS or _given(word)


def _abbreviation(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An ambiguous abbreviation said of someone with a verb of having: the subject before the
    verb is a person (or, as Italian, Spanish and Polish allow, there is none), and no other
    acronym follows as in a list."""
    if _ACRONYM_AFTER.match(scan.after(m.end("abbr"), 24)):
        return
    clause = _CLAUSE.split(scan.before(m.start(), 60))[-1]
    subject = _SUBJECT_WORD.findall(clause)
    if subject and not any(_person(w) for w in subject):
        return
    if health.personal(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start("abbr"), m.end("abbr"))


#: Shorthand of clinical notes that is nothing else.
CLINICAL = words(
    "CABG|T2DM|T1DM|DM2|NIDDM|IDDM|HTN|HFrEF|HFpEF|CKD|NSTEMI|STEMI|AFib|COPD|PTCA|TAVR|"
    "LVEF|PAOD|pAVK|KHK|"
    # ward notes (acute kidney injury, resuscitation orders, chest infections, ketoacidosis,
    # reflux in British spelling) and the French, Polish forms of COPD and type 2 diabetes
    "AKI|DNACPR|DNAR|LRTI|URTI|DKA|GORD|IECOPD|HFmrEF|T1D|T2D|BPCO|DT2|POChP|ChNS"
)
#: Shorthand that is also something else: Michigan, computer-aided design, physical education,
#: Swiss francs (CHF), PCI slots and PCI DSS, Siemens TIA Portal, a DVT build, an OSA exam; a
#: cap and the EU's farm policy (CAP), credit valuation adjustment (CVA), identity and access
#: management (IAM), health technology assessment (HTA), a chat network (IRC).
CLINICAL_AMBIGUOUS = words(
    "MI|CAD|AF|PE|DM|RA|MS|CF|HF|ACS|EF|PAD|CHF|PCI|TIA|OSA|DVT|TAVI|IHD|GERD|BPH|ESRD|"
    "CAP|CCF|CVA|AVC|IRC|FA|IAM|EPOC|TVT|LAE|NOF|IDM|VTE|HTA|ZUM"
)
#: A clinical note's history cue, as notes write it: "dx" and "pt" in lower case ("DX" is
#: developer experience, "pt-BR" a locale), the others in any case.
_HISTORY = re.compile(
    r"(?<!\w)(?:(?i:hx|h/o|s/p|pmh|ddx|pat\.|history of|z\.n\.|antécédents? d[e'’]|atcd|"
    r"anamnesi|antecedentes? de|voorgeschiedenis|w wywiadzie)|[dD]x|pt(?=[ .:]))(?![\w-])|"
    r"\b(?:" + "|".join(CLINICAL) + r")\b"
)
_SHORTHAND_RE = re.compile(
    r"(?<![\w/])(?:" + "|".join(CLINICAL + CLINICAL_AMBIGUOUS) + r")(?![\w/])"
)
_AMBIGUOUS_SHORTHAND = frozenset(CLINICAL_AMBIGUOUS)
#: The literals that wake the shorthand detector: a term that is nothing else, or a history
#: cue (a term that is also something else counts only beside one); one pure literal each.
_TRIGGERS = (
    *((term, False) for term in CLINICAL),
    *(
        (cue, True)
        for cue in words(
            "hx|h/o|s/p|pmh|dx|z.n.|atcd|pat.|pt |history of|antécédent|anamnesi|antecedentes|"
            "voorgeschiedenis|w wywiadzie"
        )
    ),
)
SHORTHAND = tuple(
    Detector(
        "health.shorthand",
        re.escape(text),
        _SHORTHAND_RE,
        lambda m, s: _shorthand(m, s),
        back=64,
        ahead=56,
        caseless=caseless,
    )
    for text, caseless in _TRIGGERS
)


def _shorthand(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A clinical shorthand term about a patient."""
    if m.group(0) in _AMBIGUOUS_SHORTHAND:
        before, after = scan.before(m.start(), 40), scan.after(m.end(), 40)
        if not (_HISTORY.search(before) or _HISTORY.search(after)):
            return
    if health.personal(scan, m.start(), m.end()):
        yield Hit("health", "diagnosis", m.start(), m.end())


DETECTORS = (*ABBREVIATION, *SHORTHAND)
