"""Whether the name of an infection (``_health_words.INFECTIONS``: the flu, chickenpox, measles,
as parents and employees write them) is said of no one, so that ``health_everyday`` reports no
condition for it even near a personal word.

- A campaign, a vaccine, a season or an outbreak right after it ("the flu shot clinic", "flu
  season", "grippe-sou"); not after a dash that opens a clause ("measles - outbreak at the
  nursery too": the child still has measles).
- Its topic: "about", "sur", "sobre", "sul", "what is", "qu'est-ce que", "was ist", "qué es",
  "wat is", "czym jest" right before ("a blog post about the flu"), or a vaccine or campaign
  word and "against" ("vaccination contre la grippe"; "luchando contra la gripe" stays ill).
- Its plural ("gripes", "flues"): the names are singular; the English "gripe" (a complaint) and
  the French verb "gripper" ("ma serrure grippe"), eye make-up ("pink eye shadow") and the
  MUMPS programming language.

Pure; plain checks of the text around the name.
"""

from __future__ import annotations

import re

from proxy.classify._base import Scan
from proxy.classify.detectors._health_words import INFECTIONS

_NAMES = frozenset(INFECTIONS)
_AFTER = re.compile(
    r"^(?:-|[ ])(?:shots?|jabs?|vaccines?|vaccinations?|vaccins?|vaccini|vacunas?|vaccinatie|"
    r"impfung|impfstoff|szczepion\w*|seasons?|saison|stagione|temporada|seizoen|clinics?|"
    r"campaigns?|campagne|campagna|campaña|outbreaks?|epidemics?|pandemics?|waves?|welle|"
    r"ondata|strains?|surveillance|statistics|sou|shadow|eyeshadow|liner|eyeliner|make-?up|"
    r"palette)(?!\w)"
    # the Polish "mieć coś w nosie": not to care about it ("mam grypę w nosie")
    r"|^[ ]w[ ]nosie(?!\w)",
    re.I,
)
_ARTICLE = r"(?:\s+(?:the|la|le|les|die|der|den|il|lo|el|los|las|de|het))?"
_BEFORE = re.compile(
    r"\b(?:about|sur|sobre|sul|sulla|what\s+is|qu['’]est-ce\s+que|was\s+(?:ist|sind)|"
    r"cos['’]è|qué\s+es|wat\s+(?:is|zijn)|czym\s+jest|co\s+to\s+jest)" + _ARTICLE + r"\s+$"
    r"|\b(?:vacc\w*|vacun\w*|impf\w*|szczepi\w*|campa\w*|kampagne)\b[^.!?\n]{0,30}"
    r"\b(?:against|contre|gegen|contro|contra|tegen|przeciw(?:ko)?)" + _ARTICLE + r"\s+$",
    re.I,
)
#: The English "gripe" (a complaint): after a determiner or adjective English puts before it,
#: or before the words that follow a complaint ("my main gripe with", "a gripe about").
_ENGLISH_GRIPE = re.compile(
    r"\b(?:a|the|my|your|his|her|their|our|main|biggest|big|only|one|real|minor|major|small|"
    r"little|no|any|another|same|common|legitimate|valid|personal|old)\s+$",
    re.I,
)
_AFTER_GRIPE = re.compile(r"^\s+(?:about|with|is|was|that|against|of|here|there)\b", re.I)
#: The French noun "grippe" after its article or preposition ("la grippe", "une grippe",
#: "de grippe"), or capitalised as German writes it ("Grippe"); the verb: "ma serrure grippe".
_GRIPPE_NOUN = re.compile(
    r"\b(?:la|une|de|d['’]|ma|ta|sa|cette|avec|en|grosse|petite|vraie|bonne|sale|the|a)\s+$",
    re.I,
)


def infection(word: str, listed: frozenset[str]) -> bool:
    """Whether a condition word found (lower case, maybe with a plural ending) is an
    infection's name or its plural; a word ``listed`` as a condition of its own ("otites")
    is no plural."""
    if word in _NAMES:
        return True
    return word not in listed and (word[:-1] in _NAMES or word[:-2] in _NAMES)


def said_of_no_one(text: str, scan: Scan, start: int, end: int) -> bool:
    """Whether the infection's name ``text`` (as written) at ``start``-``end`` names no one's
    illness (see the module docstring)."""
    word = text.lower()
    if word not in _NAMES:
        return True  # a plural: "gripes", "flues"
    if text == "MUMPS" or _AFTER.match(scan.after(end, 24)):
        return True
    before = scan.before(start, 48)
    if before.lower().endswith(("l'", "l’")):  # "sur l'angine", "contre l'otite"
        before = before[:-2] + "la "
    if _BEFORE.search(before):
        return True
    if word == "gripe":
        return bool(_ENGLISH_GRIPE.search(before) or _AFTER_GRIPE.match(scan.after(end, 12)))
    if word == "grippe":
        return not (text[0] == "G" or _GRIPPE_NOUN.search(before))
    return False
