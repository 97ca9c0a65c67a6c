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
a case study"), also with an age between ("mijn zoon van 22 gebruikt"), or the person opening
a sentence whose second verb it is ("brat gra w automaty i pije od rana"), or the
first-person form of a language that drops the pronoun, with the drug right after it ("Biorę
amfetaminę", "Consumo cocaína"; not "Consumo e spaccio di cocaina", "Prendo ad esempio la
cocaina"). The French "je" counts only before a French verb (the Dutch
"je" is "you"). General text stays public ("People who drink too much …", "If you drink …"),
and so do drugs as examples, data or code ("I use MDMA as a case study", "use LSD radix sort").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, by_first_letter, hs_words, words
from proxy.classify.detectors._health_symptom_words import RELATIVES_NEAR
from proxy.classify.detectors._relation_words import RELATIONS

_DRINK = words(
    "drink|drinks|drinking|drank|boit|buvait|bois|trinkt|trank|trinke|beve|beveva|bevo|bebe|"
    "bebía|bebo|drinkt|dronk|pije|pił|piła|piję|piłem|piłam|chleje"
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
    "pali|wciąga|ćpa|brał|brała|palił|paliła|"
    # first person: after I / ich / ik / je, or alone in the languages that drop it
    "use|take|smoke|snort|inject|prends|nehme|konsumiere|rauche|kiffe|gebruik|neem|rook|snuif|"
    "prendo|fumo|consumo|tomo|biorę|palę|ćpam|brałem|brałam|paliłem|paliłam"
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
    "smokes|smoked|fume|fumait|raucht|rauchte|fuma|fumava|fumaba|rookt|rookte|pali|palił|paliła|"
    "smoke|rauche|fumo|rook|palę|paliłem|paliłam"
)
_SMOKED = r"weed|herbe|beuh|gras|erba|canne|porros?|hierba|trawk[aęi]|skręty"
_DRINKING_RE = re.compile(
    rf"(?<!\w)(?P<verb>{by_first_letter('|'.join(_DRINK))})(?!\w)(?:\s+\S+){{0,3}}?\s+(?:{_EXCESS})(?!\w)|"
    rf"(?<!\w)(?:{_EXCESS}|dużo|sporo)\s+(?P<late>drinkt|trinkt|pije|piję)(?!\w)|"
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
    rf"(?<!\w)(?P<verb>{by_first_letter('|'.join(_SMOKE))})(?!\w)(?:\s+[^\s.,;!?]+){{0,2}}?"
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
    uses"), or the verb's own first-person ending says who ("Biorę amfetaminę", "Bevo troppo";
    not "Consumo de cocaína en España"), and the sentence is no general one."""
    head = scan.before(m.start(), 60).rsplit("\n", 1)[-1]
    clause = re.split(r"[.;!?]", head)[-1]
    if _GENERAL.search(clause):
        return False
    verb = (m.groupdict().get("verb") or m.groupdict().get("late") or "").lower()
    words = [w for w in _WORD.findall(clause) if w.lower() not in _AUXILIARIES]
    if verb in _SELF:  # "Consumo cocaína"; not "El consumo de cocaína", "Tomo nota de la …"
        gap = m.string[m.end("verb") : m.end()] if m.groupdict().get("verb") else ""
        if m.re is not _DRINKING_RE and len(gap.split()) > 1:
            return False  # the drug right after the verb: "Prendo ad esempio la cocaina"
        return not (words and words[-1].lower() in _ARTICLES) and not _OF.search(gap)
    if not words:
        return False
    if words[-1].lower() in _AGE_WORDS and _AGED.search(clause):  # "mijn zoon van 22 gebruikt"
        words = _WORD.findall(_AGED.sub("", clause))
    elif words[-1] != "I" and words[-1].lower() in _COORDINATORS:  # "brat gra … i pije"
        return _opens_with_subject(scan, m.start())
    if not words:
        return False
    subject = words[-1]
    if subject.lower() == "je":  # the French "I", not the Dutch "you" ("weet je of je drinkt")
        return verb in _FRENCH
    return subject == "I" or subject.lower() in _SUBJECTS


#: An age put after the subject: "mijn zoon van 22", "my son, 19,", "mój brat (17)".
_AGED = re.compile(
    r"(?:\s*,)?\s+\(?(?:(?:van|von|de|di|of|aged|âgé|âgée|z|lat)\s+)?\d{1,3}\s*"
    r"(?:jaar|jahre(?: alt)?|años|anni|ans|years?(?: old)?|lat|l\.|j\.)?\s*\)?\s*,?\s*$",
    re.I,
)
_AGE_WORDS = frozenset(
    words("van|von|de|di|of|aged|âgé|âgée|z|jaar|jahre|alt|años|anni|ans|year|years|old|lat|l|j")
)
#: Words that join a second verb to the subject of the first ("… und trinkt", "…, do tego pije").
_COORDINATORS = frozenset(
    words("and|und|en|et|e|y|i|a|oraz|tego|also|auch|ook|anche|también|też|aussi|poi|dann|then")
)


def _opens_with_subject(scan: Scan, pos: int) -> bool:
    """Whether the sentence before ``pos`` opens with a person as its subject ("Mein Vater",
    "brat"; not the writer, whose verb would be in the first person): the subject a
    coordinated verb shares. Not found when the sentence began more than 160 characters back."""
    before = scan.before(pos, 160)
    pieces = re.split(r"[.;:!?\n]", before)
    if len(pieces) == 1 and len(before) == 160:
        return False
    head = [w for w in _WORD.findall(pieces[-1])[:3] if w.lower() not in _OPENERS]
    # the writer's "I" and its kin would take a first-person verb ("I think he … uses meth")
    return bool(head) and head[0].lower() in _SUBJECTS and head[0].lower() not in _FIRST_PRONOUNS


_FIRST_PRONOUNS = frozenset(words("i|ich|je|ik|io|yo|ja"))
#: Words that may open a sentence before its subject ("My husband", "Mein Vater", "Il mio").
_OPENERS = frozenset(
    words(
        "my|mein|meine|mon|ma|mes|il|la|mio|mia|mi|el|mijn|onze|mój|moja|moj|our|unser|"
        "unsere|notre|nostro|nuestro|nuestra|also|and|but|so|now|ora|ahora|nu|teraz|jetzt"
    )
)


#: First-person forms that carry the person in the languages that drop the pronoun.
_SELF = frozenset(
    words(
        "bevo|bebo|piję|piłem|piłam|prendo|fumo|consumo|tomo|biorę|palę|ćpam|brałem|brałam|"
        "paliłem|paliłam"
    )
)
#: Before such a form, an article makes it a noun ("il consumo", "el tomo"); so does "di" right
#: after it, or a Spanish "de" before the drug ("Consumo de cocaína", "Tomo nota de la cocaína").
_ARTICLES = frozenset(words("il|lo|el|un|uno|del|dello|al|su|mio|mi|tu|suo"))
_OF = re.compile(r"^\s+(?:di|d')(?!\w)|(?<!\w)(?:de|del|nota)(?!\w)", re.I)
#: French verbs after "je" ("je bois", "je fume"); "je" before other verbs is the Dutch "you".
_FRENCH = frozenset(
    words("bois|buvais|boit|prends|prenais|fume|fumais|consomme|sniffe|m'injecte|prend")
)


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


#: A drug's name that is code or a seizure, not a habit ("use LSD radix sort", "use meth()",
#: "take heroin seizures seriously").
_NOT_TAKEN = re.compile(
    r"\(|\s+(?:radix|sort|algorithm|seizures?|trafficking|smuggling|shipments?|haul|busts?|"
    r"killer|prices|datasets?|legali[sz]ation|seriously|first|to denote|poco|little|peu|wenig|"
    r"weinig|mało|(?:as|als|comme|come|como|jako)\s+(?:an?\s+|un\s+|una\s+)?(?:example|case|"
    r"metaphor|proxy|beispiel|exemple|voorbeeld|esempio|ejemplo|przykład))(?!\w)",
    re.I,
)


def _use(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A person's drinking or drug use; not of water or coffee."""
    if _HARMLESS.search(m.group(0) + scan.after(m.end(), 30)):
        return
    if _NOT_TAKEN.match(scan.after(m.end(), 16)):
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
