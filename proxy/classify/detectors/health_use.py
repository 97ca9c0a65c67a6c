"""Alcohol and drug use said of a person in everyday words (issue 11, family 4), in EN FR DE
IT ES NL PL.

Relatives and colleagues describe a habit before anyone names a dependence: "my husband drinks
too much", "mon frère boit tous les jours", "mein Vater trinkt jeden Tag eine Flasche Schnaps",
"brat pije od rana", "mijn zoon gebruikt elk weekend xtc en ghb", "my son smokes weed every
day". Three shapes:

- ``health.drinking``: a verb of drinking with a measure of excess or habit within three words
  after it ("drinks too much", "beve ogni giorno", "pije od rana"), or before it in the
  languages that put it there ("te veel drinkt"), or a bottle a day ("getting through a bottle
  of vodka most days"); not of water, coffee, cola or milk;
- ``health.drug_use``: a verb of taking with an illicit drug within three words after it
  ("snorts cocaine", "gebruikt xtc", "bierze amfetaminę"), woken by the drug;
- ``health.drug_smoking``: a verb of smoking with a drug named like a plant ("smokes weed",
  "fume de l'herbe", "pali trawkę").

The person is the verb's subject, right before it: a pronoun, "I", or a relation word ("my
husband drinks", "Mein Vater trinkt"; not "my car drinks too much", "my thesis uses cocaine as
a case study"). General text stays public ("People who drink too much …", "If you drink …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, by_first_letter, hs_words, words
from proxy.classify.detectors._health_symptom_words import RELATIVES_NEAR
from proxy.classify.detectors._relation_words import RELATIONS

_DRINK = words(
    "drink|drinks|drinking|drank|boit|buvait|trinkt|trank|beve|beveva|bebe|bebía|drinkt|dronk|"
    "pije|pił|piła|chleje"
)
_EXCESS = (
    r"too much|heavily|every (?:day|night|evening)|daily|most days|all day|"
    r"from the morning|"
    r"trop|beaucoup trop|tous les (?:jours|soirs)|dès le matin|comme un trou|"
    r"zu viel|jeden (?:tag|abend)|täglich|schon morgens|"
    r"troppo|ogni (?:giorno|sera)|tutti i giorni|dalla mattina|"
    r"demasiado|todos los días|cada (?:día|noche)|desde por la mañana|"
    r"te veel|elke (?:dag|avond)|dagelijks|'s ochtends al|"
    r"za dużo|codziennie|od rana|bez przerwy|na umór"
)
_TAKE = words(
    "uses|used|takes|took|smokes|smoked|snorts|snorted|injects|injected|consomme|prend|fume|"
    "sniffe|s'injecte|nimmt|konsumiert|raucht|kifft|spritzt|schnupft|usa|prende|fuma|sniffa|"
    "si fa di|consuma|toma|consume|esnifa|se inyecta|gebruikt|neemt|rookt|snuift|spuit|bierze|"
    "pali|wciąga|ćpa|brał|brała|palił|paliła"
)
_DRUGS = (
    r"cocaine|heroin|mdma|ecstasy|xtc|ghb|ketamine?|amphetamines?|meth|crystal meth|cannabis|"
    r"marijuana|lsd|magic mushrooms|crack cocaine|"
    r"cocaïne|héroïne|kétamine|amphétamines?|"
    r"kokain|haschisch|amphetamin|"
    r"cocaina|eroina|ketamina|anfetamine|"
    r"cocaína|heroína|marihuana|anfetaminas?|"
    r"heroïne|wiet|hasj|"
    r"kokain[aęy]|heroin[aęy]|amfetamin[aęy]|marihuan[aęy]|dopalacze|mefedron"
)
#: Drugs named like plants and things: only after a verb of smoking ("smokes weed", "fume de
#: l'herbe", "raucht Gras", "pali trawkę"; not "uses weed killer").
_SMOKE = words(
    "smokes|smoked|fume|fumait|raucht|rauchte|fuma|fumava|fumaba|rookt|rookte|pali|palił|paliła"
)
_SMOKED = r"weed|herbe|beuh|gras|erba|canne|porros?|hierba|trawk[aęi]|skręty"
_DRINKING_RE = re.compile(
    rf"(?<!\w)(?P<verb>{by_first_letter('|'.join(_DRINK))})(?!\w)(?:\s+\S+){{0,3}}?\s+(?:{_EXCESS})(?!\w)|"
    rf"(?<!\w)(?:{_EXCESS})\s+(?P<late>drinkt|trinkt|pije)(?!\w)|"
    r"(?<!\w)(?:getting through|goes through|finishes|downs) (?:a|half a|one|two) bottles? of "
    r"\w+ (?:a day|every day|most days|every night|a night)(?!\w)",
    re.I,
)
_TAKEN_RE = re.compile(
    rf"(?<!\w)(?P<verb>{by_first_letter('|'.join(_TAKE))})(?!\w)(?:\s+[^\s.,;!?]+){{0,3}}?"
    rf"\s+(?:l['’])?(?:{by_first_letter(_DRUGS)})(?!\w)",
    re.I,
)
_SMOKED_RE = re.compile(
    rf"(?<!\w)(?:{by_first_letter('|'.join(_SMOKE))})(?!\w)(?:\s+[^\s.,;!?]+){{0,2}}?"
    rf"\s+(?:l['’])?(?:{by_first_letter(_SMOKED)})(?!\w)",
    re.I,
)
#: Words that make the sentence general or about a rule, not a habit of someone.
_GENERAL = re.compile(
    r"(?<!\w)(?:people|someone|anyone|users|patients|students|adults|teens|teenagers|"
    r"personnes|gens|leute|menschen|persone|personas|mensen|ludzie|osoby|if|si|wenn|als|"
    r"jeśli|jeżeli|never|jamais|nie wolno)(?!\w)",
    re.I,
)


def _someone(m: re.Match[str], scan: Scan) -> bool:
    """Whether a habit is a particular person's: a person is the verb's subject, right before
    it ("my husband drinks", "I drink", "Mein Vater trinkt"; not "my car drinks", "my thesis
    uses"), and the sentence is no general one."""
    head = scan.before(m.start(), 60).rsplit("\n", 1)[-1]
    clause = re.split(r"[.;!?]", head)[-1]
    if _GENERAL.search(clause):
        return False
    words = [w for w in _WORD.findall(clause) if w.lower() not in _AUXILIARIES]
    return bool(words) and (words[-1] == "I" or words[-1].lower() in _SUBJECTS)


_AUXILIARIES = frozenset(("is", "was", "s", "keeps", "still", "always", "often", "again"))


_WORD = re.compile(r"[^\W\d_]+")
#: Persons who drink or take drugs, as the subject right before the verb.
_SUBJECTS = (
    RELATIONS
    | frozenset(w.lower() for w in RELATIVES_NEAR)
    | frozenset(
        words(
            "he|she|je|il|elle|ich|er|sie|io|lui|lei|yo|él|ella|ik|hij|zij|ze|ja|on|ona|"
            "husband|wife|partner|son|daughter|father|mother|dad|mum|mom|brother|sister|"
            "boyfriend|girlfriend|friend|colleague|uncle|aunt|grandpa|grandma|mari|femme|fils|"
            "fille|père|mère|frère|sœur|copain|copine|mann|frau|sohn|tochter|vater|mutter|"
            "bruder|schwester|freund|freundin|marito|moglie|figlio|figlia|padre|madre|fratello|"
            "sorella|esposo|esposa|hijo|hija|hermano|hermana|novio|novia|man|vrouw|zoon|dochter|"
            "vader|moeder|broer|zus|vriend|vriendin|mąż|żona|syn|córka|ojciec|matka|brat|siostra"
        )
    )
)


#: What people drink much of without harm ("drinks a lot of water", "trinkt täglich Kaffee").
_HARMLESS = re.compile(
    r"(?<!\w)(?:water|coffee|tea|milk|juice|soda|coke|cola|fluids|formula|smoothies?|shakes?|"
    r"protein|fuel|ink|refrescos?|coca-col\w*|kefir|chocomel|limonade|ranja|energy|"
    r"eau|café|thé|lait|jus|wasser|kaffee|tee|milch|"
    r"saft|acqua|caffè|tè|latte|succo|agua|té|leche|zumo|koffie|thee|melk|sap|wod[ęya]|"
    r"kaw[ęya]|herbat[ęya]|mleko|sok)(?!\w)",
    re.I,
)


def _use(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A person's drinking or drug use; not of water or coffee."""
    if _HARMLESS.search(m.group(0) + scan.after(m.end(), 30)):
        return
    if _someone(m, scan):
        yield Hit("health", "diagnosis", m.start(), m.end())


DRINKING = Detector(
    "health.drinking",
    hs_words((*_DRINK, "bottle of", "bottles of")),
    _DRINKING_RE,
    _use,
    back=40,
    ahead=80,
    caseless=True,
    unicode=True,
)
#: Woken by the drug (rarer than the verbs of taking), the verb up to three words before.
DRUG_USE = Detector(
    "health.drug_use",
    r"\b(?:" + _DRUGS + ")",
    _TAKEN_RE,
    _use,
    back=80,
    ahead=16,
    caseless=True,
    unicode=True,
)
SMOKING = Detector(
    "health.drug_smoking",
    hs_words(_SMOKE),
    _SMOKED_RE,
    _use,
    back=16,
    ahead=60,
    caseless=True,
    unicode=True,
)
DETECTORS = (DRINKING, DRUG_USE, SMOKING)
