"""Two more frames for a given name typed in lower case in a chat prompt (``_name_chat_lower``):

- the name opens a clause and what follows says the person is away or off sick, did
  something in the Polish past tense (in Polish text: "benvenuto negli uffici" is Italian), or
  has not yet replied, sent or paid ("jonas ist heut nicht da", "sophie is off sick today",
  "chloé est malade", "bartek znowu nie rozładował zmywarki", "gosia napisała", "priya still
  hasnt sent"; not "felix doesnt load the bundle"); "że" opens no clause here: a plant's past
  tense has a gender too ("że kaktus uschnął");
- the name follows the Polish "do" after a verb of writing or calling in its clause ("napisz do
  gosi", "napisz do niego i do kasi", "zadzwoń do bartka"; not "dane do maila").

Both only judge a token ``_name_chat_lower`` already holds for a given name that is no word of
any list, in a text written without capitals.
"""

from __future__ import annotations

import re

from proxy.classify._base import alternation, words
from proxy.classify.detectors._polish_forms import polish_text
from proxy.classify.detectors._surname_subjects import _AWAY

#: Being away or off sick, as chat writes it, seven languages: the phrases the capitalised
#: subjects take (``_surname_subjects._AWAY``), lower case, and the colloquial ones.
_AWAY_CHAT = tuple(
    sorted(
        {phrase.lower() for phrase in _AWAY}
        | set(
            words(
                "is out today|is off today|is off sick|is out sick|is sick today|is ill today|"
                "'s out today|'s off today|'s off sick|'s out sick|'s sick today|'s ill today|"
                "ist heut nicht da|ist heute nicht da|ist nicht da|ist heut krank|"
                "ist heute krank|hat heute frei|ist heute im homeoffice|"
                "est pas là|n'est pas là|est malade aujourd'hui|est absent aujourd'hui|"
                "est absente aujourd'hui|oggi non c'è|non c'è oggi|è malato oggi|è malata oggi|"
                "no viene hoy|hoy no viene|está malo|está mala|"
                "is er niet|is er vandaag niet|is vandaag ziek|heeft vandaag vrij|heeft vrij|"
                "dziś nie przyjdzie|dzisiaj nie przyjdzie|nie przyjdzie dziś|"
                "nie przyjdzie dzisiaj|jest dziś chory|jest dziś chora"
            )
        ),
        key=len,
        reverse=True,
    )
)
_AWAY_RE = re.compile(
    r"(?:[ ]+|(?=['’]))(?:"
    + "|".join(re.escape(a).replace("'", "['’]") for a in _AWAY_CHAT)
    + r")(?![\w-])"
)
#: A person who has not yet replied, sent, signed or paid, after the name ("priya still hasnt
#: sent", "priya has not replied", "jonas hat sich noch nicht gemeldet", "chloé n'a toujours pas
#: répondu", "marco non ha ancora mandato", "femke heeft nog steeds niet gereageerd"): verbs a
#: tool is not said to omit ("felix doesnt load the bundle", "sophia isnt the right model").
_NOT_YET = (
    r"sent|replied|answered|responded|called|signed|approved|confirmed|paid|come back|"
    r"got back|gotten back|shown up|showed up|turned up|send|reply|answer|respond|call|sign|"
    r"approve|confirm|pay|show up|turn up|get back|"
    r"geantwortet|gemeldet|geschickt|unterschrieben|bezahlt|zurückgerufen|reagiert|"
    r"répondu|envoyé|rappelé|signé|payé|confirmé|validé|"
    r"risposto|mandato|inviato|firmato|pagato|richiamato|confermato|"
    r"contestado|respondido|enviado|mandado|firmado|pagado|llamado|confirmado|"
    r"gereageerd|geantwoord|gestuurd|getekend|betaald|teruggebeld|bevestigd"
)
_NEGATED_RE = re.compile(
    r"(?:[ ]+(?:still|just|also|really|apparently|probably|todavía|aún))?[ ]+"
    r"(?:hasn['’]?t|has not|didn['’]?t|did not|haven['’]?t|"
    r"hat(?:[ ]+sich)?(?:[ ]+immer)?[ ]+noch[ ]+nicht(?:[ ]+\w+){0,3}|"
    r"n['’]a[ ]+(?:toujours[ ]+|pas[ ]+encore[ ]+)?pas(?:[ ]+encore)?|"
    r"non[ ]+ha(?:[ ]+ancora)?|(?:todavía[ ]+|aún[ ]+)?no[ ]+ha|"
    r"heeft(?:[ ]+nog)?(?:[ ]+steeds)?[ ]+niet(?:[ ]+\w+){0,3})"
    rf"(?:[ ]+(?:yet|encore|ancora|todavía|aún))?[ ]+(?:{_NOT_YET})(?![\w'’])"
)
#: A Polish verb in the past tense after the name, up to three adverbs or a negation before it
#: ("bartek znowu nie rozładował", "gosia w końcu napisała", "kuba już wyszedł"): its "-ł",
#: "-ła", "-li" ending has a person's gender; a few nouns share the ending and stand after
#: subjects too ("stół", "popiół" have "ó" before it, excluded by shape).
_ADVERBS = words(
    "znowu|znów|nie|już|jeszcze|też|także|chyba|dziś|dzisiaj|wczoraj|rano|wreszcie|"
    "w końcu|nadal|ciągle|właśnie|znowuż|sam|sama"
)
_POLISH_PAST = re.compile(
    rf"(?:[ ]+(?:{alternation(_ADVERBS)}))*[ ]+[a-ząćęłńóśźż]{{2,}}[^ó\W](?:ł|ła|li)(?![\w-])"
)
#: Polish verbs of writing or calling before "do" (``written_to``).
_WRITE_TO = frozenset(
    words(
        "napisz|napisać|napiszesz|odpisz|odpisać|zadzwoń|zadzwonić|zadzwonisz|wyślij|"
        "wysłać|przypomnij|napiszmy|pisz|dzwoń"
    )
)
#: Polish months in the genitive that are given names too.
_MONTHS = frozenset(words("maja"))
_WORDS = re.compile(r"[\w'’]+")
_CLAUSE_SPLIT = re.compile(r"[,;:!?.\n]")


def acts(head: str, end: int) -> bool:
    """Whether what follows a name that opens a clause says its person is away, off sick, did
    something in the Polish past tense, or has not yet replied, sent or paid."""
    if _AWAY_RE.match(head, end) is not None or _NEGATED_RE.match(head, end) is not None:
        return True
    return _POLISH_PAST.match(head, end) is not None and polish_text(head)


def written_to(word: str, before: str, name: str) -> bool:
    """Whether ``word`` is the Polish "do" after a verb of writing or calling in its clause
    ("napisz do", "napisz do niego i do"), and the name no month's genitive ("napisz raport do
    maja" is "by May")."""
    if word != "do" or name in _MONTHS:
        return False
    clause = [w.lower() for w in _WORDS.findall(_CLAUSE_SPLIT.split(before)[-1])[-6:]]
    return not _WRITE_TO.isdisjoint(clause)
