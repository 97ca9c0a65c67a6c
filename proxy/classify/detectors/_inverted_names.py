"""A person named after the verb: the inverted subject of a verb of saying or of winning, in
the languages whose word order puts it there.

- after a quotation and a dash ('"Dobrze" – powiedział Nowak', '« Non » — dit Dupont'): the
  tokens ``_quoted_names`` takes after a quotation and a comma (a known name or a token unknown
  to every word list);
- inside a sentence, after an adverb or a clause (German and Dutch V2: "Gestern sagte Müller,
  dass …", "Toen zei Janssens"; Italian, Spanish and Polish: "ha detto Rossi", "según dijo
  García", "powiedział Nowak"; a fronted object: "Den Sieg errang Müller"): a known given name
  or surname only, that is no word, place, brand or company (``_lone_names._kind``: "sagte
  Apple", "zei Rabobank" are none), and ends the clause (a comma, a sentence's end, a lower-case
  word). English is left out: "says Gartner" names a firm as often as a person.

The prefilter is the verbs, a space and a capital; "sagte der Sprecher" does not wake it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, hs_words, words
from proxy.classify.detectors import _lone_names as lone_names
from proxy.classify.detectors import _quoted_names as quoted
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import UP
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token

#: Verbs of saying and proposing whose subject follows them (no English), and German and Dutch
#: verbs of winning and scoring after a fronted object.
_ENGLISH = frozenset(
    words(
        "said|says|asked|asks|replied|replies|added|adds|explained|explains|recalled|recalls|"
        "told|wrote|writes|insisted|continued|answered"
    )
)
_VERBS = (
    *(verb for verb in quoted._VERBS if verb not in _ENGLISH),
    *words(
        "ha detto|ha spiegato|ha risposto|ha aggiunto|ha dichiarato|ha chiesto|ha dicho|ha "
        "explicado|ha respondido|ha añadido|ha preguntado|a dit|a expliqué|a répondu|a ajouté|"
        "a déclaré|a demandé|heeft gezegd|zei|vroeg|errang|gewann|siegte|erzielte|schoss|holte|"
        "verlor|belegte|erreichte|won|scoorde|behaalde|vinse|ganó|marcó|wygrał|wygrała|"
        "strzelił|zdobył|zdobyła|"
        # meeting notes: "Gestern präsentierte Hoffmann die Zahlen"
        "präsentierte|widersprach|presenteerde|ha presentato|ha proposto|presentó|propuso|"
        "przedstawił|przedstawiła|zaproponował|zaproponowała"
    ),
)
_DASHED = re.compile(
    rf"[\"”“»'’],?[ ]*[–—-][ ]*(?:{alternation(quoted._VERBS)})[ ]+({TOK})(?:[ ]({TOK}))?"
    rf"(?![\w'’-])"
)
_INVERTED = re.compile(
    rf"(?<![\w'’-])(?:{alternation(_VERBS)})[ ]+({TOK})"
    rf"(?=[ ]*[,.;:!?)–—](?!\w)|[ ]+[^\s{UP}\"“„«(]|[ ]*\n|\Z)"
)


def _inverted(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The known name after a verb inside a sentence (see the module docstring)."""
    if m.re is _DASHED:
        yield from quoted._speaker(m, scan)
        return
    text = m.group(1)
    stem = text[:-2] if text.endswith(("'s", "’s")) else text
    tok = Token(stem, m.start(1), m.start(1) + len(stem))
    if lone_names._kind(tok, scan) == "known" and not excluded([tok], scan):
        yield Hit("pii.person_name", None, tok.start, tok.end)


_CAPITAL = " [A-Z\\xC3-\\xC5]"
DASHED = Detector(
    "person_name.quoted_dashed",
    hs_words(quoted._VERBS) + _CAPITAL,
    _DASHED,
    _inverted,
    back=max(len(v) for v in quoted._VERBS) + 12,
    ahead=72,
)
INVERTED = Detector(
    "person_name.inverted",
    hs_words(_VERBS) + _CAPITAL,
    _INVERTED,
    _inverted,
    back=max(len(v) for v in _VERBS) + 4,
    ahead=48,
)

DETECTORS = (DASHED, INVERTED)
