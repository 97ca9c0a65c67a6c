"""Markings written as a phrase in running text: "ce document est à usage interne uniquement",
"nur für den internen Gebrauch bestimmt", "documento ad uso interno", "solo para uso interno",
"alleen voor intern gebruik", "do użytku wewnętrznego", "Dokument stanowi tajemnicę
przedsiębiorstwa", "protégé par le secret des affaires".

Each phrase carries its own restriction, so an everyday use of the same words is no marking:
"un outil à usage interne" (what a tool is for), "per uso interno" (how a medicine is taken),
"Daten nur für interne Zwecke" (a purpose), "what is a trade secret?" (a question). The level
is the phrase's: internal-use phrases signal internal, trade-secret phrases confidential, the
German "nur für den Dienstgebrauch" (VS-NfD) restricted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, hs_words, words

#: What a document is called, before "(ad|per|de|voor) … uso interno / intern gebruik".
_DOCS = (
    r"document[oi]?|documents|dokument|nota|note|notitie|memo|materiale|material|bozza|borrador|"
    r"presentazione|presentación|présentation|presentatie|circolare|circular|informe|rapport|"
    r"report|fichier|file|slides?|deck|draft|e-?mail|stuk|verslag|support|comunicazione"
)
_ONLY = r"solo|sólo|soltanto|esclusivamente|unicamente|únicamente|exclusivamente"
_INTERNAL = (
    # French: a qualifier, or a document "à usage interne"
    r"(?:à|pour)[ \t]+(?:un[ \t]+)?usage[ \t]+(?:strictement[ \t]+|exclusivement[ \t]+)?interne"
    r"[ \t]+(?:uniquement|seulement|exclusivement)"
    r"|(?:à|pour)[ \t]+usage[ \t]+(?:strictement|exclusivement)[ \t]+interne"
    r"|réservée?s?[ \t]+à[ \t]+(?:un[ \t]+|l'|l’)usage[ \t]+interne"
    rf"|(?:{_DOCS})[ \t]+(?:à|pour|ad|per|de|para|voor)[ \t]+(?:usage[ \t]+interne|uso[ \t]+interno"
    r"|intern[ \t]+gebruik)"
    # German
    r"|(?:nur|ausschlie(?:ß|ss)lich)[ \t]+(?:für[ \t]+den|zum)[ \t]+"
    r"(?:internen|innerbetrieblichen)[ \t]+gebrauch"
    # Italian and Spanish
    rf"|(?:{_ONLY})[ \t]+(?:per|ad|para|de)[ \t]+uso[ \t]+interno"
    r"|riservat[oaie][ \t]+(?:all'|all’|ad[ \t]+|a[ \t]+)uso[ \t]+interno"
    r"|uso[ \t]+interno[ \t]+(?:esclusivo|riservato)"
    r"|para[ \t]+uso[ \t]+exclusivamente[ \t]+interno"
    # Dutch
    r"|(?:alleen|uitsluitend|enkel|slechts|bestemd)[ \t]+voor[ \t]+intern[ \t]+gebruik"
    # Polish
    r"|do[ \t]+użytku[ \t]+(?:wewnętrznego|służbowego)"
    # English: said of a document, not of a function ("this helper is for internal use only")
    rf"|(?:{_DOCS})s?[ \t]+(?:is[ \t]+|are[ \t]+)?(?:strictly[ \t]+)?(?:for[ \t]+)?internal"
    r"[ \t]+(?:use|distribution)[ \t]+only"
    r"|not[ \t]+for[ \t]+external[ \t]+(?:distribution|circulation|release)"
    r"|for[ \t]+internal[ \t]+distribution[ \t]+only"
)
_CONFIDENTIAL = (
    r"(?:^|(?<=\n))[ \t*#_\[(]*tajemnica[ \t]+przedsiębiorstwa"
    r"|(?-i:TAJEMNICA[ \t]+PRZEDSIĘBIORSTWA)"
    r"|(?:stanowi|stanowią|objęt[yaei]|zawiera|zawierają|chronion[yaei])[ \t]+"
    r"(?:[\w]+[ \t]+){0,2}tajemnic[aęyą][ \t]+przedsiębiorstwa"
    r"|(?:protégée?s?|couverte?s?|soumise?s?)[ \t]+(?:par|au)[ \t]+(?:le[ \t]+)?secret[ \t]+des"
    r"[ \t]+affaires|relève[ \t]+du[ \t]+secret[ \t]+des[ \t]+affaires"
    r"|betriebs-[ \t]+und[ \t]+geschäftsgeheimnis(?:se)?"
    r"|(?:enthält|enthalten|unterliegt|unterliegen)[ \t]+(?:[\w]+[ \t]+){0,2}"
    r"geschäftsgeheimnisse?"
    r"|(?:copert[oaie]|tutelat[oaie]|protett[oaie])[ \t]+da(?:l)?[ \t]+segreto[ \t]+"
    r"(?:aziendale|industriale|commerciale)"
    r"|(?:sujet[oa]s?|protegid[oa]s?|amparad[oa]s?)[ \t]+(?:al|por[ \t]+el)[ \t]+secreto[ \t]+"
    r"(?:empresarial|comercial|industrial)"
    r"|(?:bevat|bevatten)[ \t]+bedrijfsgeheimen|bedrijfsvertrouwelijk(?![\w-])"
    r"|(?:contains|contain|constitutes)[ \t]+(?:[\w]+[ \t]+){0,2}trade[ \t]+secrets?"
)
_RESTRICTED = r"nur[ \t]+für[ \t]+den[ \t]+dienstgebrauch"
#: The literal at the heart of each phrase (the prefilter; the exact pattern checks the rest).
_CORES = words(
    "usage interne|uso interno|internen gebrauch|innerbetrieblichen gebrauch|intern gebruik|"
    "użytku wewnętrznego|użytku służbowego|internal use only|internal distribution only|"
    "external distribution|external circulation|external release|przedsiębiorstwa|"
    "secret des affaires|geschäftsgeheimnis|geschäftsgeheimnisse|segreto aziendale|"
    "segreto industriale|segreto commerciale|secreto empresarial|secreto comercial|"
    "secreto industrial|bedrijfsgeheimen|bedrijfsvertrouwelijk|trade secret|trade secrets|"
    "dienstgebrauch"
)
PHRASE = Detector(
    "marking.phrase",
    hs_words(_CORES),
    re.compile(
        rf"(?<![\w-])(?:(?P<internal>{_INTERNAL})|(?P<confidential>{_CONFIDENTIAL})"
        rf"|(?P<restricted>{_RESTRICTED}))(?![\w-])",
        re.I | re.M,
    ),
    lambda m, s: _phrase(m),
    back=90,
    ahead=30,
    caseless=True,
    unicode=True,
)


def _phrase(m: re.Match[str]) -> Iterator[Hit]:
    """The phrase, with the level of the group it matched."""
    level = m.lastgroup or "internal"
    start = m.start()
    while m.string[start] in " \t*#_[(\n":
        start += 1
    yield Hit("marking", level, start, m.end())
