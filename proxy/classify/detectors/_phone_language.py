"""The language of the words around a phone number, when its cue word names none.

"Tel.", "mobile", "GSM" or "WhatsApp" are written in every language, so they suggest no
numbering plan; the small words around the number often do ("bitte unter Tel. 0891234567
anrufen" is German: Munich, not a French premium number). Only words of one language count
(not "de", "la", "il", "es", "die", "is", which several languages share, nor English ones:
English is written everywhere). The language with most such words wins; a tie names none.
"""

from __future__ import annotations

import re

from proxy.classify._base import words

_WORDS = {
    ("DE", "AT", "CH"): "und|oder|ist|bin|bitte|mich|mir|ich|nicht|auch|mit|für|unter|das|dem|"
    "ein|eine|einen|sie|wir|sind|noch|nach|bei|zu|wie|im|vom|zum|zur|aber|morgen|heute|danke|"
    "gerne|anrufen|erreichbar|büro|abends|tagsüber",
    ("FR", "BE", "CH"): "et|ou|est|je|suis|moi|vous|nous|pour|avec|sur|les|des|du|au|aux|mon|"
    "ma|mes|votre|merci|pas|ce|cette|sont|qui|demain|bonjour|bureau|soir",
    ("IT", "CH"): "della|dello|degli|che|sono|gli|alle|allo|anche|grazie|oppure|mio|mia|è|ed|"
    "ho|hai|domani|oggi|buongiorno|ufficio|sera|chiamare",
    ("ES",): "el|los|las|y|para|por|gracias|estoy|pero|mañana|hoy|llamar|hola|también|oficina|"
    "tarde|noche|dirección|calle|correo|móvil|señora|vecina|vecino|firmado",
    ("NL", "BE"): "het|een|met|voor|mij|niet|ik|ben|bij|graag|mijn|uw|bellen|vandaag|alvast|"
    "dank|ook|naar|maar|kantoor|avond",
    ("PL",): "jest|się|nie|mnie|jestem|lub|albo|proszę|mój|moja|dziękuję|jutro|dzisiaj|przez|"
    "dla|że|biuro|wieczorem",
}
_LANGUAGE_OF = {word: regions for regions, text in _WORDS.items() for word in words(text)}
_WORD = re.compile(r"[^\W\d_]+")


def text_regions(text: str) -> tuple[str, ...]:
    """The countries of the language most words around the number belong to, or ()."""
    votes: dict[tuple[str, ...], int] = {}
    for word in _WORD.findall(text.lower()):
        regions = _LANGUAGE_OF.get(word)
        if regions is not None:
            votes[regions] = votes.get(regions, 0) + 1
    if not votes:
        return ()
    ranked = sorted(votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return ()
    return max(votes, key=lambda regions: votes[regions])
