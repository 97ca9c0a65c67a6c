"""Pain said of oneself or of someone, in the words people use: "me duele la espalda", "mi
fanno male i polpacci", "mir tut der Rücken weh", "ik heb al weken pijn in mijn knie", "boli
mnie głowa", "my knee hurts".

The forms carry their person (a dative or a possessive: "me", "mi", "mir", "mnie", "my"), so
they are health data about the writer or the one named, as "j'ai mal au dos" is for the
conditions list. Figurative pain is left out where a clause follows instead of a body part
("me duele que no llames", "boli mnie, że…", "it hurts that…", "ça me fait mal au cœur"),
and the German "tut mir leid" (sorry) never matches: the verb needs its "weh".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, hs_words, words

_DATIVE = r"(?:me|te|le|nos|les|mi|ti|gli|ci|vi)"
_PAIN_RE = re.compile(
    r"(?<!\w)(?:"
    # Spanish and Italian: "me duele(n)", "mi fa(nno) male", "ho (un) dolore", "tengo dolor"
    rf"{_DATIVE} duel(?:e|en)|{_DATIVE} fa(?:nno)? (?:molto |tanto )?male|"
    r"(?:ho|ha) (?:un |dei |forti )?dolor[ei]|(?:tengo|tiene) (?:un |mucho )?dolor(?:es)?|"
    # French: "ça me fait mal", "(il|elle) a mal au"
    r"(?:me|lui|leur) fai(?:t|sait) (?:très |trop )?mal|"
    r"(?:il|elle|on) a (?:très )?mal (?:au|à|aux)|"
    # German: "tut mir der Rücken weh", "mir tut alles weh", "habe Schmerzen"
    r"(?:tut|tun|tat|taten) (?:mir|ihm|ihr|uns) [^\n.!?]{0,30}? weh|"
    r"(?:mir|ihm|ihr) (?:tut|tun|tat|taten) [^\n.!?]{0,30}? weh|"
    r"(?:habe|hat|hatte) (?:starke |seit \w+ |ständig |oft )?schmerzen|"
    # Dutch: "ik heb pijn", "mijn knie doet pijn"
    r"(?:heb|heeft|had) (?:al \w+ |veel |erge |vaak )?pijn|"
    r"(?:mijn|zijn|haar) \w+ (?:doet|doen|deed|deden) (?:erg |zo'n |veel )?pijn|"
    # Polish: "boli mnie głowa", "bolą ją plecy", "mam bóle"
    r"(?:boli|bolą|bolała|bolał|bolały) (?:mnie|go|ją|ich|je)|(?:mam|ma) (?:silne |ciągłe )?bóle|"
    # English: "my knee hurts", "I'm in pain", "pain in my"
    r"(?:my|his|her) \w+ (?:hurts|hurt|aches|ache|is sore|are sore|is killing me)|"
    r"(?:i'm|i am|he's|she's|he is|she is) in (?:a lot of |so much )?pain|"
    r"(?:pain|aching|swelling) in (?:my|his|her) \w+"
    r")(?!\w)",
    re.I,
)
#: A clause after the verb: the pain is figurative ("me duele que…", "boli mnie, że…").
_CLAUSE_AFTER = re.compile(
    r"^,?\s*(?:que|che|that|dass|dat|że|zo te zien|to see|de voir|ver)\b|^\s*au c(?:œ|oe)ur",
    re.I,
)
#: Words of the prefilter: the verbs of pain in the seven languages.
_CUES = words(
    "duele|duelen|male|dolore|dolori|dolor|dolores|mal|weh|schmerzen|pijn|boli|bolą|bolała|"
    "bolał|bolały|bóle|hurts|hurt|aches|ache|sore|pain|aching|swelling"
)


def _pain(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """Pain of a person, unless a clause makes it figurative."""
    if _CLAUSE_AFTER.match(scan.after(m.end(), 16)):
        return
    yield Hit("health", "diagnosis", m.start(), m.end())


PAIN = Detector(
    "health.pain",
    hs_words(_CUES),
    _PAIN_RE,
    _pain,
    back=48,
    ahead=24,
    caseless=True,
    unicode=True,
)

DETECTORS = (PAIN,)
