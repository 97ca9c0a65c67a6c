"""Everyday complaints said with a verb, of a person (issue 11, family 4), in EN FR DE IT ES NL
PL: feeling dizzy or sick, throwing up, coughing, not sleeping for weeks.

People tell a school, a doctor's office or HR what is wrong with a verb more often than with a
name of an illness: "Tom was sick twice in the night and still feels nauseous", "Jonas hat sich
heute Nacht zweimal übergeben", "je tousse toute la nuit", "mir ist schwindlig", "Daan is nog
misselijk", "kann seit Wochen nicht richtig schlafen", "nie mogę spać od dwóch tygodni". The
``health.complaint`` detector finds:

- a state of feeling dizzy, nauseous or faint ("feels nauseous", "me siento mareada", "mir ist
  übel", "jest mi niedobrze", "ik ben misselijk");
- having thrown up ("threw up", "a vomi", "hat sich übergeben", "ha vomitato", "heeft
  overgegeven", "wymiotowała");
- coughing in the first person or of someone ("je tousse", "ich huste", "kaszlę", "has been
  coughing"; not "coughing up cash", not "Mein Auto hustet");
- not sleeping, with a span of time in the sentence ("haven't slept properly in two weeks",
  "nie mogę spać od dwóch tygodni"; not "I can't sleep until this bug is fixed").

The person is the speaker (a first-person form in the phrase, or a finite verb with no subject
before it) or the clause's subject (``health_episodes.of_person``); not sleeping only of the
speaker. Out: general sentences ("if you feel dizzy, sit down", "Feeling dizzy? …"), states with
a cause ("misselijk van die politiek", "übel bei diesem Code"), throwing up an object ("threw
up my hands", "heeft het stokje overgegeven", "hat den Schlüssel übergeben"), sleep put off ("I
can't sleep on this decision").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan
from proxy.classify.detectors._health_symptom_words import ANIMALS
from proxy.classify.detectors.health_episodes import of_person

_GAP = r"(?:[^\W\d_]+\s+){0,3}?"
_STATE = (
    r"(?:feel|feels|feeling|felt)\s+(?:so\s+|really\s+|very\s+|a bit\s+|quite\s+)?"
    r"(?:dizzy|nauseous|nauseated|queasy|light-?headed|feverish)|"
    r"(?:me sens|se sent|me sentais|se sentait)\s+(?:très\s+|un peu\s+)?"
    r"(?:nauséeux|nauséeuse|fiévreux|fiévreuse|étourdie?)|"
    r"(?:mir|ihm|ihr)\s+(?:ist|war|wird)\s+" + _GAP + r"(?:übel|schwindlig|schwindelig)|"
    r"(?:mi sento|si sente|mi sentivo|si sentiva)\s+(?:un po'\s+)?(?:stordit[oa]|nause[ao])|"
    r"(?:sono|è)\s+(?:ancora\s+)?stitic[oa]|"
    r"(?:me siento|se siente|estoy|está|ando|anda)\s+(?:muy\s+|un poco\s+)?"
    r"(?:maread[oa]|con náuseas|con mareos)|"
    r"(?:ben|is|was|voel me|voelt zich)\s+" + _GAP + r"(?:misselijk|duizelig|kortademig)|"
    r"(?:jest|było)\s+mi\s+(?:ciągle\s+|bardzo\s+)?(?:niedobrze|słabo)|kręci mi się w głowie"
)
_THROWN_UP = (
    r"threw up|throwing up|thrown up|vomited|been vomiting|been sick (?:twice|all night)|"
    r"(?:a|ai) vomi|(?:hat|habe|hab)\s+(?:sich|mich)\s+" + _GAP + r"übergeben|"
    r"(?:ha|ho)\s+" + _GAP + r"vomitato|(?:ha|he)\s+vomitado|"
    r"(?:heeft|heb)\s+" + _GAP + r"overgegeven|wymiotował[aoe]?m?|wymiotuj[eę]"
)
_COUGH = (
    r"(?:been|keeps|keep|is|am|was)\s+coughing(?!\s+up(?!\s+(?:blood|phlegm|mucus)))|(?:je|il|elle)\s+tousse|ich\s+huste|"
    r"tossisco|kaszlę"
)
_SLEEP = (
    r"(?:can't|cannot|couldn't)\s+sleep|(?:haven't|hasn't|have not)\s+slept|"
    r"n['’]arrive\s+(?:pas|plus)\s+à\s+dormir|ne\s+dors\s+plus|"
    r"kann\s+" + _GAP + r"nicht\s+(?:mehr\s+)?(?:richtig\s+)?(?:ein)?schlafen|"
    r"non\s+riesco\s+(?:più\s+)?a\s+dormire|no\s+(?:puedo|consigo)\s+dormir|"
    r"kan\s+" + _GAP + r"niet\s+(?:meer\s+)?slapen|nie\s+mogę\s+" + _GAP + r"spać"
)
_COMPLAINT_RE = re.compile(
    rf"(?<!\w)(?:(?P<state>{_STATE})|(?P<up>{_THROWN_UP})|(?P<cough>{_COUGH})|"
    rf"(?P<sleep>{_SLEEP}))(?!\w)",
    re.I,
)
#: A span of time that makes not sleeping a complaint ("for two weeks", "seit Wochen").
_TIME = re.compile(
    r"(?<!\w)(?:weeks?|months?|nights?|days?|semaines?|mois|nuits?|wochen|monaten|nächte[n]?|"
    r"tagen|settimane|mesi|notti|giorni|semanas|meses|noches|días|weken|maanden|nachten|dagen|"
    r"tygodni\w*|miesięcy|miesiąc\w*|noc\w*|dni)(?!\w)",
    re.I,
)
#: First-person words in the phrase: the speaker's own complaint.
_FIRST = re.compile(
    r"(?<!\w)(?:i|je|j|me|mir|mich|ich|mi sento|ho|he|ai|sono|estoy|ando|ben|heb|hab|habe|ik|mnie|"
    r"voel|nie mogę|kaszlę|tossisco|wymiotuję|wymiotowałam|wymiotowałem)(?!\w)",
    re.I,
)
_GENERAL = re.compile(r"(?<!\w)(?:if|si|wenn|als|se|jeśli|when you|quand on)(?!\w)", re.I)
#: "sick of", "dizzy with joy": figures, not complaints.
_FIGURE = re.compile(r"\s+(?:with (?:joy|excitement|happiness|love)|of (?:it|this|that|you))", re.I)


def _complaint(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A complaint of a particular person (see the module docstring)."""
    clause = re.split(r"[.;!?\n]", scan.before(m.start(), 60))[-1]
    after = scan.after(m.end(), 24)
    if _GENERAL.search(clause) or _FIGURE.match(after) or _CAUSE.match(after):
        return
    if m.group("up") is not None and (_OBJECT.match(after) or _HANDED.search(m.group(0))):
        return  # "threw up my hands", "heeft zich overgegeven", "het stokje overgegeven"
    if m.group("sleep") is not None and (_DEFER.match(after) or not _speaks(m, clause)):
        return  # "can't sleep until the release", "my laptop can't sleep"
    if not ANIMALS.isdisjoint(re.findall(r"\w+", clause.lower())):
        return  # "My cat has been vomiting all night"
    if m.group("sleep") is not None:
        sentence = re.split(r"[.!?\n]", clause + m.group(0) + scan.after(m.end(), 60))
        if not any(_TIME.search(part) for part in sentence[-2:]):
            return
    if _speaks(m, clause) or of_person(scan, m.start(), ""):
        yield Hit("health", "diagnosis", m.start(), m.end())


def _speaks(m: re.Match[str], clause: str) -> bool:
    """Whether the writer speaks of themself: a first-person word, or no subject before a
    finite verb ("Kann seit Wochen nicht schlafen"; not "Feeling dizzy? Sit down")."""
    if _FIRST.search(m.group(0)) or _FIRST.search(clause[-12:]):
        return True
    return not clause.strip() and not m.group(0).lower().startswith("feel")


#: What makes a state a figure: its cause ("übel bei diesem Code", "misselijk van die
#: politiek", "mareado con tantos números", "stordito da tutte queste notizie").
_CAUSE = re.compile(
    r"\s+(?:bei|von|van|con|par|por|with|by|from|over|z|"
    r"da(?!\s+(?:ieri|oggi|stamattina|stanotte|giorni|settimane|\d)))(?!\w)",
    re.I,
)
_OBJECT = re.compile(r"\s+(?:a|an|the|my|his|her|our|their|some|this|that|its|up)(?!\w)", re.I)
_HANDED = re.compile(r"(?<!\w)(?:zich|me|mij|het|de|een|den|die|das|dem)(?!\w)", re.I)
_DEFER = re.compile(r"\s+(?:on|until|till|before|over)(?!\w)", re.I)


#: Woken by the complaint word, not by the verbs of being and feeling around it; not sleeping
#: by its negation ("nicht schlafen": "schlafen", "dormir" alone are everywhere).
COMPLAINT = Detector(
    "health.complaint",
    r"(?:übel\b|übergeben|étourdi)|"
    r"\b(?:dizzy|nauseous|nauseated|queasy|headed|faint|feverish|nauséeu|fiévreu|"
    r"schwindlig|schwindelig|stordit|nause|stitic|maread|náuseas|mareos|misselijk|"
    r"duizelig|kortademig|niedobrze|słabo\b|kręci mi|threw up|throwing up|thrown up|vomi|"
    r"overgegeven|wymiotow|wymiotuj|coughing|tousse\b|huste|tossisc|kaszl|"
    r"can't sleep|cannot sleep|couldn't sleep|haven't slept|hasn't slept|have not slept|"
    r"dors plus|riesco (?:più )?a dormire|(?:puedo|consigo) dormir|mogę (?:\S+ ){0,2}spać)|"
    r"(?:nicht (?:mehr |richtig |gut )*(?:ein)?schlafen|niet (?:meer |goed )*slapen\b|"
    r"(?:pas|plus) à dormir)",
    _COMPLAINT_RE,
    _complaint,
    back=80,
    ahead=80,
    caseless=True,
    unicode=True,
)
DETECTORS = (COMPLAINT,)
