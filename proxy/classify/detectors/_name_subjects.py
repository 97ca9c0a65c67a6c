"""Whether a given name opening a sentence is its subject (for ``_bare_names._single``): what
follows it is a verb a person does, as messages and notes about colleagues, patients and family
open ("Sophie will join the call", "Noah won't be in tomorrow", "Lukas hat mir geschrieben",
"Jordi no viene hoy", "Bram ligt in het ziekenhuis", "Kuba czeka na mnie"), or an age ("Callum
34yo", "Sebastian 38 lat", "Davide, 27 anni", "Tom (42)").

- an auxiliary or modal verb and a lower-case word ("Marco ha chiamato", "Kasia ma gorączkę");
- a negation and a lower-case word ("Jordi no viene", "Léa ne vient pas", "Ola nie może"), or an
  English negated contraction ("Marek can't come", "Noah won't be in");
- a verb in the third person of those everyday messages use, hand-written per language ("starts",
  "kommt", "inizia", "viene", "ligt", "czeka"), and a team the person is from ("Chiara from my
  team", "Jonas aus meinem Team");
- an age: a number and a word for years, or a number in parentheses.

A name that is a place, product, everyday word or German noun is none ("Victoria is a state",
"Julia is a language", "Rose ist rot"), nor one that a copula makes a place, firm or thing
("Breda is a city", "Laura was a ship").
"""

from __future__ import annotations

import re

from proxy.classify.detectors import _names_data as data

_LOWER = r"[a-zà-öø-ÿąćęłńóśźż]"
_AUX = (
    r"will|would|can|could|should|must|has|had|is|was|needs|wants|asked|told|sent|"
    r"wird|hat|ist|war|kann|muss|soll|möchte|hatte|a|est|va|doit|peut|veut|était|avait|"
    r"ha|è|deve|può|vuole|aveva|tiene|está|es|debe|puede|quiere|era|tenía|heeft|wil|kan|"
    r"moet|gaat|zal|ma|jest|będzie|musi|może|chce|był|była|miał|miała"
)
_NEGATION = r"no|non|nie|niet|nicht|ne|n['’]\w+|not|never|nunca|jamais|mai|nooit|nigdy"
_CONTRACTED = r"(?:won|can|isn|wasn|doesn|didn|hasn|hadn|couldn|wouldn|shouldn|hasn)['’]t"
_VERBS = (
    r"starts|started|comes|came|goes|went|works|worked|says|said|left|leaves|joins|joined|"
    r"called|rang|texted|emailed|messaged|got|gets|feels|felt|thinks|just|still|keeps|missed|"
    r"forgot|broke|lost|is off|has been|vient|arrive|part|attend|dit|fait|travaille|commence|"
    r"reste|revient|sera|aura|kommt|geht|liegt|arbeitet|fängt|bleibt|sagt|braucht|fehlt|"
    r"schreibt|inizia|comincia|viene|arriva|lavora|resta|torna|dice|sta|sarà|llega|empieza|"
    r"trabaja|dice|sigue|vuelve|va|se ha|ligt|komt|werkt|begint|blijft|zegt|zit|wordt|"
    r"czeka|pracuje|zaczyna|mówi|leży|wraca|przychodzi|przyjdzie|jedzie|chodzi"
)
_TEAM = (
    r"from (?:my|our|the) team|aus (?:meinem|unserem) Team|de (?:mon|notre) équipe|"
    r"del (?:mio|nostro) team|de mi equipo|uit (?:mijn|ons) team|z (?:mojego|naszego) zespołu"
)
_AGE = (
    r",?[ ]?\(?\d{1,2}[ ]?(?:yo|y/o|y\.o\.|yrs?|years?|ans|Jahre|J\.|anni|años|jaar|lat|"
    r"latek|lata)(?![\w])|[ ]\(\d{1,2}\)"
)
_SUBJECT_AFTER = re.compile(
    rf"(?:[ ]+(?:{_AUX}|{_NEGATION})[ ]+{_LOWER}|[ ]+{_CONTRACTED}(?![\w])|"
    rf"[ ]+(?:{_VERBS}|{_TEAM})(?![\w])|{_AGE})"
)

#: What a name is when it is no person: a place, a body of water, a firm, a work or a thing.
_THING_AFTER = re.compile(
    r"[ ]+(?:is|was|ist|war|est|était|è|era|es|fue|jest|był|była)[ ]+(?:\w+[ ]+)?"
    r"(?:city|town|village|municipality|country|river|lake|island|region|province|county|"
    r"company|firm|brand|band|film|movie|album|song|novel|opera|ship|language|library|"
    r"framework|tool|app|game|Stadt|Gemeinde|Dorf|Fluss|Insel|Firma|Marke|Schiff|ville|"
    r"commune|fleuve|rivière|île|société|marque|città|comune|paese|fiume|isola|"
    r"azienda|ciudad|municipio|pueblo|río|isla|empresa|marca|stad|gemeente|dorp|rivier|"
    r"eiland|bedrijf|merk|miasto|gmina|wieś|rzeka|wyspa|firma|marka)(?![\w])"
)


def subject(text: str, after: str) -> bool:
    """Whether a given name opening a sentence is the subject of what follows it: a name that
    is no everyday word, place, product or German noun."""
    if not _SUBJECT_AFTER.match(after) or text in data.PLACES or data.german_noun(text):
        return False
    if _THING_AFTER.match(after):
        return False  # "Breda is a city in Brabant", "Laura was a ship"
    return text not in data.PRODUCT_NAMES and text.lower() not in data.COMMON
