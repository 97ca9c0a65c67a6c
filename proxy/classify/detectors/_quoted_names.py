"""The speaker named after a quotation: a closing quotation mark (and its comma), a verb of
saying, and one or two capitalised tokens ('"We are ready," said Okonkwo', '„Gut so“, sagte
Axelrod', '« Non », répond Durandeau', '"Basta", disse Bertolazzi', '"Ya", dijo Etxeberria',
'"Klaar", zei Vermeulen', '"Dobrze", powiedział Nowakowski').

A verb of saying right after a quotation or its comma puts its subject after it; the token is a
known name or a token unknown to every word list, never a place, brand or company
(``_lone_names._kind``), and a title there ("said Mr Smith") is left to the title detectors. The
prefilter is the verb alternation, a space and a capital; the exact pattern checks what comes
before the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_names as lone_names
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token

#: Verbs of saying that put their subject after them, in the seven languages.
_VERBS = words(
    "said|says|asked|asks|replied|replies|added|adds|explained|explains|recalled|recalls|"
    "told|wrote|writes|insisted|continued|answered|"
    "dit|répond|répondit|ajoute|ajouta|explique|expliqua|déclare|déclara|affirme|affirma|"
    "raconte|raconta|poursuit|poursuivit|demande|demanda|précise|précisa|"
    "sagte|sagt|meinte|meint|fragte|fragt|antwortete|antwortet|erklärte|erklärt|fügte|"
    "betonte|betont|rief|schrieb|ergänzte|"
    "disse|dice|chiese|chiede|rispose|risponde|aggiunse|aggiunge|spiegò|spiega|"
    "dijo|preguntó|pregunta|respondió|responde|añadió|añade|explicó|explica|afirmó|"
    "zei|zegt|vroeg|vraagt|antwoordde|antwoordt|voegde|legde|"
    "powiedział|powiedziała|mówi|zapytał|zapytała|odpowiedział|odpowiedziała|dodał|dodała|"
    "wyjaśnił|wyjaśniła"
)
#: A closing quotation mark, with or without a comma on either side of it, then the verb: a
#: comma alone is no quotation ("Demand is weak, says Gartner" names a firm as often).
_PATTERN = re.compile(
    rf"(?:[\"”“»'’],?|,[\"”»'’])[ ]*(?:{alternation(_VERBS)})[ ]+({TOK})(?:[ ]({TOK}))?"
    rf"(?![\w'’-])"
)
_TITLES = frozenset(data.SALUTATIONS) | frozenset(words("Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Sir|Lady"))


def _speaker(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The one or two tokens after a verb of saying that follows a quotation."""
    first = Token(m.group(1), m.start(1), m.end(1))
    if first.text in _TITLES or first.text.lower() in _TITLES:
        return
    name = [first]
    if m.group(2):
        last = Token(m.group(2), m.start(2), m.end(2))
        if lone_names._kind(last, scan) is None:
            return  # "said Google Cloud", "sagte Berlin Mitte": a thing
        name.append(last)
    if len(name) == 1 and lone_names._kind(first, scan) is None:
        return
    if len(name) == 2 and first.text not in data.GIVEN and lone_names._kind(first, scan) is None:
        return
    if not excluded(name, scan):
        yield Hit("pii.person_name", None, name[0].start, name[-1].end)


SPEAKER = Detector(
    "person_name.quoted_speaker",
    hs_words(_VERBS) + " [A-Z\\xC3-\\xC5]",  # "said Okonkwo", not "said the"
    _PATTERN,
    _speaker,
    back=max(len(verb) for verb in _VERBS) + 8,
    ahead=72,
)

DETECTORS = (SPEAKER,)
