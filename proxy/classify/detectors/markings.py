"""Classification markings; the subtype is the level the marking signals.

Markings are formal: an upper-case protective marking, a TLP label, a "Classification:" field,
or a marking alone on its line (a header or footer). Running prose ("I'll keep it
confidential", "confidential computing", e-mail disclaimers) and "500 Internal Server Error" are
not markings; public markings (TLP:CLEAR, "Classification: Public") are not findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, literal_alternation, words
from proxy.classify.detectors._marking_cues import CUE, CUE_BEFORE
from proxy.classify.detectors._marking_defined import defined
from proxy.classify.detectors._marking_phrases import PHRASE
from proxy.classify.detectors._marking_tags import TAG
from proxy.classify.detectors._marking_tiers import TIER

#: Always-formal markings (matched case-sensitively as written) and the level each signals.
_FORMAL: dict[str, str] = {
    "RESTREINT UE": "restricted",
    "EU RESTRICTED": "restricted",
    "CONFIDENTIEL UE": "restricted",
    "CONFIDENTIAL UE": "restricted",
    "CONFIDENTIEL DÉFENSE": "restricted",
    "Confidentiel Défense": "restricted",
    "Secret Défense": "restricted",
    "SEGRETO": "restricted",
    "SECRETO": "restricted",
    "Difusión Limitada": "restricted",
    "STG. CONFIDENTIEEL": "restricted",
    "Stg. CONFIDENTIEEL": "restricted",
    "Stg. GEHEIM": "restricted",
    "STG. ZEER GEHEIM": "restricted",
    "Stg. ZEER GEHEIM": "restricted",
    "Departementaal Vertrouwelijk": "restricted",
    "ŚCIŚLE POUFNE": "restricted",
    "EU CONFIDENTIAL": "restricted",
    "SECRET UE": "restricted",
    "EU SECRET": "restricted",
    "TRÈS SECRET UE": "restricted",
    "EU TOP SECRET": "restricted",
    "TOP SECRET": "restricted",
    "NATO SECRET": "restricted",
    "NATO CONFIDENTIAL": "restricted",
    "NATO RESTRICTED": "restricted",
    "COSMIC TOP SECRET": "restricted",
    "OFFICIAL-SENSITIVE": "confidential",
    "OFFICIAL SENSITIVE": "confidential",
    "Diffusion restreinte": "restricted",
    "NUR FÜR DEN DIENSTGEBRAUCH": "restricted",
    "Nur für den Dienstgebrauch": "restricted",
    "SECRET DÉFENSE": "restricted",
    "TRÈS SECRET": "restricted",
    "Diffusion Restreinte": "restricted",
    "DIFFUSION RESTREINTE": "restricted",
    "VS-NUR FÜR DEN DIENSTGEBRAUCH": "restricted",
    "VS-Nur für den Dienstgebrauch": "restricted",
    "VS-NfD": "restricted",
    "VS-VERTRAULICH": "restricted",
    "STRENG GEHEIM": "restricted",
    "GEHEIM": "restricted",
    "RISERVATISSIMO": "restricted",
    "SEGRETISSIMO": "restricted",
    "RISERVATO": "confidential",
    "DIFUSIÓN LIMITADA": "restricted",
    "RESERVADO": "restricted",
    "ALTO SECRETO": "restricted",
    "STAATSGEHEIM": "restricted",
    "STG. GEHEIM": "restricted",
    "DEPARTEMENTAAL VERTROUWELIJK": "restricted",
    "ŚCIŚLE TAJNE": "restricted",
    "TAJNE": "restricted",
    "ZASTRZEŻONE": "restricted",
    "POUFNE": "confidential",
    "STRICTLY CONFIDENTIAL": "restricted",
    "STRICTEMENT CONFIDENTIEL": "restricted",
    "STRENG VERTRAULICH": "restricted",
    "STRETTAMENTE RISERVATO": "restricted",
    "ESTRICTAMENTE CONFIDENCIAL": "restricted",
    "STRIKT VERTROUWELIJK": "restricted",
    "CONFIDENTIAL": "confidential",
    "CONFIDENTIEL": "confidential",
    "VERTRAULICH": "confidential",
    "CONFIDENZIALE": "confidential",
    "CONFIDENCIAL": "confidential",
    "VERTROUWELIJK": "confidential",
    "INTERNAL USE ONLY": "internal",
    "FOR INTERNAL USE ONLY": "internal",
    "USAGE INTERNE": "internal",
    "NUR FÜR DEN INTERNEN GEBRAUCH": "internal",
    "USO INTERNO": "internal",
    "USO INTERNO EXCLUSIVO": "internal",
    "ALLEEN VOOR INTERN GEBRUIK": "internal",
    "DO UŻYTKU WEWNĘTRZNEGO": "internal",
    # National variants as written on documents (spacing, case, full and abbreviated forms).
    "TRÈS SECRET DÉFENSE": "restricted",
    "TRES SECRET DEFENSE": "restricted",
    "Très Secret Défense": "restricted",
    "TRES SECRET UE": "restricted",
    "SECRET": "restricted",
    "VS – VERTRAULICH": "restricted",
    "VS - VERTRAULICH": "restricted",
    "VS-Vertraulich": "restricted",
    "VS – NUR FÜR DEN DIENSTGEBRAUCH": "restricted",
    "VS - NUR FÜR DEN DIENSTGEBRAUCH": "restricted",
    "VS – NfD": "restricted",
    "VS - NfD": "restricted",
    "ZEER GEHEIM": "restricted",
    "Staatsgeheim ZEER GEHEIM": "restricted",
    "Staatsgeheim GEHEIM": "restricted",
    "Staatsgeheim CONFIDENTIEEL": "restricted",
    "STAATSGEHEIM ZEER GEHEIM": "restricted",
    "STAATSGEHEIM GEHEIM": "restricted",
    "STAATSGEHEIM CONFIDENTIEEL": "restricted",
    "Departementaal VERTROUWELIJK": "restricted",
    "Dep. Vertrouwelijk": "restricted",
    "Dep. VERTROUWELIJK": "restricted",
    "DEP. VERTROUWELIJK": "restricted",
    "RESTRINGIDO": "restricted",
    # Caveats that travel with a level (UK national caveat, US dissemination control) and the
    # Austrian lowest level; Dutch state-secret levels as they are typed in running text.
    "UK EYES ONLY": "confidential",
    "NOFORN": "restricted",
    "EINGESCHRÄNKT": "restricted",
    "Stg. Confidentieel": "restricted",
    "Stg. Geheim": "restricted",
    "Stg. Zeer Geheim": "restricted",
    "Staatsgeheim Confidentieel": "restricted",
    "Staatsgeheim Geheim": "restricted",
    "Staatsgeheim Zeer Geheim": "restricted",
}
_TLP = {"RED": "restricted", "AMBER+STRICT": "confidential", "AMBER": "confidential"}
_TLP["GREEN"] = "internal"

#: Words after a "Classification:" field, lower case, and the level they signal.
_FIELD_VALUES: dict[str, str] = {}
for _words, _level in (
    ("public|publique|öffentlich|pubblico|público|publiek|openbaar|publiczne|jawne", ""),
    (
        "internal|interne|intern|interno|interna|internal use|internal use only|wewnętrzne|general|"
        "internal only|"
        "uso interno|usage interne|nur intern|intern gebruik|do użytku wewnętrznego|tlp:green|"
        "à usage interne|usage interne uniquement|ad uso interno|do użytku służbowego",
        "internal",
    ),
    (
        "confidential|confidentiel|vertraulich|confidenziale|riservato|confidencial|"
        "vertrouwelijk|poufne|company confidential|sensitive|sensible|sensibel|sensibile|"
        "tajemnica przedsiębiorstwa",
        "confidential",
    ),
    (
        "restricted|strictly confidential|highly confidential|secret|top secret|"
        "streng vertraulich|geheim|"
        "strictement confidentiel|restreint|diffusion restreinte|riservatissimo|reservado|"
        "restringido|zastrzeżone|tajne|geheim|vs-nfd|strikt vertrouwelijk|ściśle poufne|"
        "ściśle tajne|segreto|secreto|vs-vertraulich|streng geheim|stg. geheim|"
        "stg. confidentieel|confidentiel défense|secret défense|difusión limitada|eingeschränkt|"
        "highly sensitive|secret spécial france|secret uk eyes only",
        "restricted",
    ),
):
    _FIELD_VALUES.update(dict.fromkeys(_words.split("|"), _level))

_FIELDS = (
    r"classification|classified|security classification|data classification|sensitivity|"
    r"marking|label|classement|classification de sécurité|niveau de confidentialité|"
    r"einstufung|klassifizierung|vertraulichkeit|schutzstufe|classificazione|"
    r"livello di riservatezza|clasificación|nivel de confidencialidad|classificatie|"
    r"rubricering|klauzula|klasyfikacja|vertraulichkeitsstufe|schutzklasse|klassifizierungsstufe|"
    r"geheimhaltungsstufe|sicherheitsstufe|informationsklasse|schutzbedarf|"
    r"niveau de classification|niveau de sensibilité|mention de protection|"
    r"livello di classificazione|grado di riservatezza|nivel de clasificación|"
    r"grado de clasificación|"
    r"vertrouwelijkheidsniveau|classificatieniveau|rubriceringsniveau|poziom poufności|"
    r"klauzula tajności|klasa informacji|poziom klasyfikacji|confidentiality level|"
    r"confidentiality|sensitivity label|protective marking|security marking|"
    r"information classification"
)

FORMAL = Detector(
    "marking.formal",
    r"(?:" + literal_alternation(_FORMAL) + r")|TLP ?: ?(?:RED|AMBER|GREEN)",
    re.compile(
        r"(?<![\w-])(?:(" + alternation(_FORMAL) + r")|TLP ?: ?(RED|AMBER\+STRICT|AMBER|GREEN))"
        r"(?![\w-])"
    ),
    lambda m, s: _formal(m, s),
    back=40,
    ahead=16,
    unicode=True,
)
#: Markings that are never ordinary words, so they count in running prose too.
_DISTINCT = frozenset({"RISERVATISSIMO", "SEGRETISSIMO", "STAATSGEHEIM", "NOFORN"})
#: Markings that are also everyday words ("EL SECRETO DE LA ABUELA", "PRAWA ZASTRZEŻONE"):
#: they count only with no upper-case word next to them on their line.
_COMMON = frozenset(
    words(
        "SEGRETO|SECRETO|ZASTRZEŻONE|TAJNE|GEHEIM|RESERVADO|RISERVATO|RESTRINGIDO|ZEER GEHEIM|"
        "EINGESCHRÄNKT"
    )
)
#: Markings that are also everyday English ("SECRET SANTA", "It's no SECRET"): only alone on
#: their line (a header or footer, France's SECRET since 2021).
_LINE_ONLY = frozenset({"SECRET"})
_CAPS_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ]{2,}[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+\w")
_PROSE_AFTER = re.compile(r"^\s*[a-zà-ÿ]")
#: A caveat after a level, which makes "SECRET" a marking wherever it stands: "SECRET UK EYES
#: ONLY", "SECRET//NOFORN", "SECRET - SPÉCIAL FRANCE", "SECRET REL TO USA, GBR".
#: A caveat after SECRET; a bare release community (UK, UE, EU, NATO) only after a separator
#: ("SECRET - UE", "SECRET//NATO"; "SECRET EU summit ends" is a headline).
_CAVEAT = re.compile(
    r"[ \t]*(?:(?:[-–—/]{1,2}[ \t]*)?(?:(?:[A-Z]{2,3}/)*[A-Z]{2,3} EYES ONLY|NOFORN|ORCON|"
    r"REL TO|SP[ÉE]CIAL FRANCE)|[-–—/]{1,2}[ \t]*(?:UK|UE|EU|NATO))\b"
)
_SHOUTING = re.compile(r"[A-Z]{3,}\s+[A-Z]{3,}\s+[A-Z]{3,}\s+[A-Z]{3,}\s*$")


def _formal(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A formal marking, unless it is a word inside a shouted sentence (a disclaimer)."""
    if m.group(2):
        yield Hit("marking", _TLP[m.group(2)], m.start(), m.end())
        return
    word = m.group(1)
    level = _FORMAL[word]
    line_before = scan.before(m.start(), 60).rsplit("\n", 1)[-1]
    line_after = scan.after(m.end(), 60).split("\n", 1)[0]
    if (
        " " not in word
        and "-" not in word
        and word not in _DISTINCT
        and (
            _SHOUTING.search(line_before + " " + word + " ")
            or re.match(r"\s+[A-Z]{3,}\s+[A-Z]{3,}", line_after)
            or _PROSE_AFTER.match(line_after)
        )
    ):
        return
    if word in _COMMON and (_CAPS_BEFORE.search(line_before) or _WORD_AFTER.match(line_after)):
        return
    if word == "TOP SECRET" and re.match(r"[ \t]+[A-Z]{3,}[ \t]+[A-Z]{2,}", line_after):
        return  # "TOP SECRET RECIPES FOR …": a shouted title
    alone = not (line_before.strip(" \t*#_[(") or line_after.strip(" \t*#_])"))
    if word in _LINE_ONLY and not alone and not _CAVEAT.match(line_after):
        return  # "SECRET SANTA"; "SECRET UK EYES ONLY" carries a caveat
    if not alone and defined(scan, m.start(), m.end()):
        return  # "NOFORN means …", "Staatsgeheim Geheim is the second-highest level"
    yield Hit("marking", level, m.start(), m.end())


FIELD = Detector(
    "marking.field",
    r"\b(?:" + _FIELDS + r")\s*:",
    re.compile(
        r"(?<!\w)(?:" + _FIELDS + r")\s*:\s*\**\s*(" + alternation(_FIELD_VALUES) + r")(?!\w)",
        re.I,
    ),
    lambda m, s: _field(m),
    back=50,
    ahead=40,
    caseless=True,
    unicode=True,
)


#: A lower-case word after a field's value that makes it a sentence ("Confidentiality:
#: sensitive data must be encrypted"), unless it qualifies a use ("internal use only").
_PROSE_AFTER = re.compile(r"[ ]+(?!use\b|only\b|uso\b|usage\b|gebrauch\b)[a-zà-ÿ]")


def _field(m: re.Match[str]) -> Iterator[Hit]:
    """``Classification: Internal`` and its equivalents; public values are not findings, nor a
    value that starts a sentence."""
    level = _FIELD_VALUES[m.group(1).lower()]
    if level and not _PROSE_AFTER.match(m.string, m.end()):
        yield Hit("marking", level, m.start(), m.end())


_LINE_WORDS: dict[str, str] = {
    "confidential": "confidential",
    "strictly confidential": "restricted",
    "confidentiel": "confidential",
    "strictement confidentiel": "restricted",
    "vertraulich": "confidential",
    "streng vertraulich": "restricted",
    "riservato": "confidential",
    "strettamente riservato": "restricted",
    "confidencial": "confidential",
    "estrictamente confidencial": "restricted",
    "vertrouwelijk": "confidential",
    "strikt vertrouwelijk": "restricted",
    "poufne": "confidential",
    "ściśle poufne": "restricted",
    "stg. geheim": "restricted",
    "stg. confidentieel": "restricted",
    "departementaal vertrouwelijk": "restricted",
    "vs-vertraulich": "restricted",
    "streng geheim": "restricted",
    "diffusion restreinte": "restricted",
    "difusión limitada": "restricted",
    "confidentiel défense": "restricted",
    "secret défense": "restricted",
    "internal": "internal",
    "internal only": "internal",
    "internal use only": "internal",
    "usage interne": "internal",
    "à usage interne": "internal",
    "usage interne uniquement": "internal",
    "à usage interne uniquement": "internal",
    "zastrzeżone": "restricted",
    "tajne": "restricted",
    "ściśle tajne": "restricted",
    "riservatissimo": "restricted",
    "reservado": "restricted",
    "vs-nfd": "restricted",
    "company confidential": "confidential",
    "proprietary and confidential": "confidential",
    "proprietary & confidential": "confidential",
    "confidential information": "confidential",
    "highly confidential": "restricted",
    "interne": "internal",
    "intern": "internal",
    "nur für den internen gebrauch": "internal",
    "uso interno": "internal",
    "solo per uso interno": "internal",
    "uso interno exclusivo": "internal",
    "alleen voor intern gebruik": "internal",
    "do użytku wewnętrznego": "internal",
    "private and confidential": "confidential",
    "private & confidential": "confidential",
    "personal and confidential": "confidential",
    "personal & confidential": "confidential",
    "business confidential": "confidential",
    "commercial in confidence": "confidential",
    "confidentiel entreprise": "confidential",
    "strictly private and confidential": "restricted",
}
ALONE = Detector(
    "marking.line",
    r"(?:^|\n)[ \t*#_\[(]*(?:"
    + literal_alternation(_LINE_WORDS)
    + r")[ \t*#_\])]*(?:$|\n|[–—:(-])",
    re.compile(
        r"(?:^|(?<=\n))[ \t*#_\[(]*(" + alternation(_LINE_WORDS) + r")[ \t*#_\])]*"
        r"(?=$|\n|[ \t]*[–—-]|(?P<colon>[ \t]*:)|(?P<paren>[ \t]*\())",
        re.I | re.M,
    ),
    lambda m, s: _alone(m, s),
    back=60,
    ahead=8,
    caseless=True,
    unicode=True,
)


#: A level followed by the scheme it belongs to: "INTERN (Klassifizierung gemäss ISchV)".
_SCHEME_NOTE = re.compile(r"[(\[][ \t]*(?:" + _FIELDS + r"|ischv|vsa|bsi)\b", re.I)
_NOT_SO = re.compile(r"\s*(?:no|non|nein|nee|nie|false|true|none|n/a|0|1)\b", re.I)


def _labels_line(word: str, prefix: str, rest: str) -> bool:
    """Whether "<marking>: <rest>" marks what follows: the marking in capitals or a qualified
    one ("Company Confidential"), with text after it; not a heading ("## Confidential: …"), a
    title ("Confidential: A Novel"), a contract's defined term ("Confidential Information:"),
    an empty field or a configuration value."""
    if "#" in prefix or not rest.strip() or _NOT_SO.match(rest):
        return False
    if word.lower() == "confidential information":
        return False
    return word.isupper() or " " in word


def _alone(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A marking word alone on its line (a document header or footer).

    "Internal" followed by more text on its line is a heading ("# Internal -- parse ..."), not
    a marking; stronger words may carry a trailing note ("Confidential – do not forward").
    """
    level = _LINE_WORDS[m.group(1).lower()]
    rest = scan.after(m.end(), 80).split("\n", 1)[0].strip(" \t*#_])")
    if m.group("paren") is not None:
        if not _SCHEME_NOTE.match(rest):
            return  # "Confidential (see below)": a heading; "INTERN (Klassifizierung …)": marks
    elif level == "internal" and (rest or "#" in m.group(0)):
        return
    if m.group("colon") is not None and not _labels_line(m.group(1), m.group(0), rest[1:]):
        return
    yield Hit("marking", level, m.start(1), m.end(1))


DETECTORS = (FORMAL, FIELD, ALONE, TIER, CUE, CUE_BEFORE, TAG, PHRASE)
