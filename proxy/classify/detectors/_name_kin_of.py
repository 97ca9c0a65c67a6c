"""A person named as someone's relative with "of": "la moglie di Bianchi", "la femme de
Vandersloot", "el hijo de Méndez", "de vrouw van Jansen", "die Tochter von Krüger", "the widow
of Hargreaves".

A kin noun and its preposition (hand-written per language, a pure literal each) stand before
one or two capitalised tokens. The first token must be a known given name or surname, or a
token no word list holds (``_lone_names``' test: no word, place, month, brand, product or
company, no German noun in German text); no god and no listed place ("la madre de Dios"); and
the exclusions of ``_name_tokens`` must not hold ("hija de Telefónica"); no product's inner
capital ("GitLab"). A second token that is a known or surname-shaped surname joins it ("la
femme de Pierre Dubreuil"; not "der Tochter von Krüger Blumen").

A daughter or mother is also a firm's subsidiary or parent in German and Dutch ("Tochter von
Bosch", "dochter van Shell"), and a father or mother may have invented a thing ("the father of
Bitcoin"): after these nouns, only a known name that is no firm named like a person is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors._bare_names import _TOK as TOK
from proxy.classify.detectors._bare_names import _excluded as excluded
from proxy.classify.detectors._bare_names import _Tok as Token
from proxy.classify.detectors._lone_names import _kind as kind
from proxy.classify.detectors._name_evidence import FIRMS_LIKE_PEOPLE

#: Kin nouns and the preposition after them, per language. Hand-written.
_KIN_OF = words(
    "wife of|husband of|son of|daughter of|mother of|father of|widow of|widower of|"
    "brother of|sister of|fiancée of|fiancé of|"
    "femme de|mari de|épouse de|époux de|fils de|fille de|mère de|père de|frère de|sœur de|"
    "soeur de|veuve de|veuf de|compagne de|compagnon de|conjoint de|conjointe de|enfants de|"
    "grand-mère de|grand-père de|petit-fils de|petite-fille de|neveu de|nièce de|oncle de|"
    "tante de|belle-mère de|beau-père de|"
    "moglie di|marito di|figlio di|figlia di|madre di|padre di|fratello di|sorella di|"
    "vedova di|compagna di|compagno di|nonna di|nonno di|nipote di|zio di|zia di|cugino di|"
    "cugina di|suocera di|suocero di|genitori di|figli di|mamma di|papà di|fidanzata di|"
    "fidanzato di|"
    "esposa de|esposo de|mujer de|marido de|hijo de|hija de|madre de|padre de|hermano de|"
    "hermana de|viuda de|viudo de|abuela de|abuelo de|nieto de|nieta de|tío de|tía de|"
    "suegra de|suegro de|hijos de|novia de|novio de|mamá de|papá de|"
    "vrouw van|echtgenote van|echtgenoot van|zoon van|dochter van|moeder van|vader van|"
    "broer van|zus van|weduwe van|oma van|opa van|ouders van|kinderen van|vriendin van|"
    "Ehefrau von|Ehemann von|Sohn von|Tochter von|Mutter von|Vater von|Bruder von|"
    "Schwester von|Witwe von|Eltern von|Kinder von|Freundin von|Lebensgefährtin von|"
    "Lebensgefährte von|Oma von|Opa von|Enkel von|Enkelin von"
)
#: A capital inside a token, as products write it ("GitLab"), not a name's prefix ("McAllister").
_CAMEL = re.compile(r"(?<!^Mc)(?<!^Mac)(?<!^De)(?<!^Di)(?<!^La)(?<!^Le)[a-z][A-Z]")
#: Gods, whose sons and mothers are no one's relatives here ("la madre de Dios").
_GODS = frozenset(words("God|Gott|Dieu|Dio|Dios|Deus|Bóg|Boga|Allah|Zeus|Jupiter|Odin"))
#: Kin nouns that also name a firm's subsidiary or parent company, or an inventor ("Tochter
#: von Bosch", "the father of Bitcoin", "il padre di Internet"): a known name only after them.
_KNOWN_ONLY = frozenset(
    words("tochter|mutter|vater|dochter|moeder|vader|father|mother|père|mère|padre|madre")
)
_KIN_RE = re.compile(
    rf"(?<!\w)(?P<kin>{alternation(_KIN_OF)})[ ](?P<first>{TOK})(?:[ ](?P<second>{TOK}))?"
    r"(?![\w'’-])",
    re.IGNORECASE,
)


def _kin_of(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """The relative's name after the kin noun, if it is a person's (see the module docstring)."""
    first = m.group("first")
    if not first[0].isupper() or first in _GODS or _CAMEL.search(first):
        return  # a god, or a product: "The sister of GitLab"
    tok = Token(first, m.start("first"), m.end("first"))
    what = kind(tok, scan)  # None for a word, listed place, month, brand or company
    if what is None:
        return
    if m.group("kin").split()[0].lower() in _KNOWN_ONLY and (
        what != "known" or first in FIRMS_LIKE_PEOPLE
    ):
        return
    toks = [tok]
    second = m.group("second")
    if second and (second in data.SURNAMES or data.shaped(second)):
        toks.append(Token(second, m.start("second"), m.end("second")))  # not "Krüger Blumen"
    if not excluded(toks, scan):
        yield Hit("pii.person_name", None, toks[0].start, toks[-1].end)


DETECTORS = tuple(
    Detector(
        "person_name.kin_of",
        phrase + " ",
        _KIN_RE,
        _kin_of,
        back=len(phrase) + 2,
        ahead=48,
        caseless=True,
    )
    for phrase in sorted(set(_KIN_OF))
)
