"""A marking stated in a sentence: "classified as SECRET", "marked confidential", "classé
secret défense", "eingestuft als VS-NfD", "classificato riservato", "clasificado como
reservado", "gerubriceerd als Stg. Geheim", "oznaczony klauzulą „zastrzeżone”".

The cue and the level's name must both be there (any case, the name possibly quoted); the level
is the name's. "Internal" after a cue is too weak a signal ("marked as internal link") and public
levels are no finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, alternation, hs_words, words

_VALUES: dict[str, str] = {}
for _names, _level in (
    (
        "confidential|confidentiel|confidentielle|vertraulich|riservato|riservata|confidenziale|"
        "confidencial|vertrouwelijk|poufne",
        "confidential",
    ),
    (
        "restricted|strictly confidential|highly confidential|secret|top secret|très secret|"
        "tres secret|secret défense|très secret défense|confidentiel défense|"
        "diffusion restreinte|restreint ue|eu restricted|geheim|streng geheim|vs-nfd|"
        "vs-vertraulich|vs-nur für den dienstgebrauch|nur für den dienstgebrauch|segreto|"
        "segretissimo|riservatissimo|riservatissima|secreto|alto secreto|reservado|restringido|"
        "difusión limitada|zeer geheim|stg. geheim|stg. confidentieel|stg. zeer geheim|"
        "departementaal vertrouwelijk|zastrzeżone|tajne|ściśle tajne|ściśle poufne|eingeschränkt|"
        "secret spécial france|secret uk eyes only",
        "restricted",
    ),
):
    _VALUES.update(dict.fromkeys(words(_names), _level))

_CUES = (
    r"classified(?: as)?|marked(?: as)?|labell?ed(?: as)?|"
    r"class[ée]e?s?(?: comme)?|marqu[ée]e?s?(?: comme)?|eingestuft als|"
    r"classificat[oaie](?: come)?|clasificad[oa]s?(?: como)?|gerubriceerd(?: als)?|"
    r"klauzul[aąięy]|o klauzuli|klassifiziert als|gekennzeichnet als|markiert als|"
    r"contrassegnat[oaie] come|marcad[oa]s? como|gemarkeerd als|geclassificeerd als|"
    r"oznaczon[yaei] jako|sklasyfikowan[yaei] jako"
)
_QUOTE = r"[\"'„“”«»‚‘’]?"
CUE = Detector(
    "marking.cue",
    r"\b(?:" + _CUES + r")[ \t]+" + _QUOTE + r"[ \t]*" + hs_words(_VALUES),
    re.compile(
        r"(?<!\w)(?:" + _CUES + r")[ \t]+" + _QUOTE + r"[ \t]*(" + alternation(_VALUES) + r")"
        r"(?![\w-])",
        re.I,
    ),
    lambda m, s: _cue(m),
    back=60,
    ahead=8,
    caseless=True,
    unicode=True,
)


def _cue(m: re.Match[str]) -> Iterator[Hit]:
    """The level's name after its cue, spanned as the name."""
    yield Hit("marking", _VALUES[m.group(1).lower()], m.start(1), m.end(1))


#: The German and Dutch word order: the level's name between "als" and the verb ("als
#: EINGESCHRÄNKT eingestuft", "als intern klassifiziert", "als Stg. Geheim gerubriceerd"). The
#: verb closes the phrase, so an internal level counts here too.
_BEFORE_VALUES = {**_VALUES, **dict.fromkeys(words("intern|interne|internal"), "internal")}
_VERBS = (
    r"eingestuft|klassifiziert|gekennzeichnet|markiert|gerubriceerd|geclassificeerd|"
    r"gemarkeerd|aangemerkt"
)
CUE_BEFORE = Detector(
    "marking.cue_before",
    r"\bals[ \t]+" + _QUOTE + hs_words(_BEFORE_VALUES) + _QUOTE + r"[ \t]+(?:" + _VERBS + r")\b",
    re.compile(
        r"(?<!\w)als[ \t]+"
        + _QUOTE
        + r"("
        + alternation(_BEFORE_VALUES)
        + r")"
        + _QUOTE
        + r"[ \t]+(?:"
        + _VERBS
        + r")(?!\w)",
        re.I,
    ),
    lambda m, s: _before(m),
    back=90,
    ahead=8,
    caseless=True,
    unicode=True,
)


def _before(m: re.Match[str]) -> Iterator[Hit]:
    """The level's name before its verb, spanned as the name."""
    yield Hit("marking", _BEFORE_VALUES[m.group(1).lower()], m.start(1), m.end(1))
