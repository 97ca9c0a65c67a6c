"""A medicine the lists do not hold, known by its dose: a capitalised name right before an
amount in a medicine's unit, said of a person ("Mijn moeder slikt Ascal 80 mg", "Spiriva
2,5 µg twee keer per dag voor mijn vader"), combinations too ("Entresto 49/51 mg").

Brands are many and national (no open list with a licence we can ship covers them), but a
capitalised word followed by milligrams or micrograms is a medicine or a nutrient, and both are
health data when the sentence is about someone (``health.personal``: a possessive, a relative,
a patient, a named person). Nutrition labels and product sheets ("Sodium 120 mg per serving")
have no such anchor. Only the units of medicines (mg, mcg, µg), not grams or millilitres:
"Pasta 500 g", "Milch 200 ml".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, words
from proxy.classify.detectors import _names_data as data
from proxy.classify.detectors import health

_DOSED_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?:[ -][A-Z]{1,4})?)®?[ ]"
    r"\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?[ ]?(?:mg|mcg|µg|μg)(?![\w/])"
)
#: Words before an amount that name no medicine: totals, limits, ranges, columns.
_NOT_A_NAME = frozenset(
    words(
        "total|totale|gesamt|insgesamt|max|maximum|min|minimum|dose|dosis|dosering|dawka|"
        "dosage|posologie|dosaggio|tagesdosis|between|zwischen|entre|tra|tussen|między|from|"
        "von|de|da|van|od|bis|to|und|and|et|e|y|en|oder|or|ou|per|pro|par|je|ca|circa|etwa|"
        "about|environ|around|approx|approximately|ungefähr|ongeveer|około|now|jetzt|maintenant|"
        "ora|ahora|nu|teraz|only|nur|seulement|solo|sólo|alleen|tylko"
    )
)


def _dosed(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A capitalised name and a dose, in a sentence about a person."""
    name = m.group("name")
    lower = name.split()[0].lower()
    if lower in _NOT_A_NAME or name in data.PLACES or name in data.GIVEN:
        return  # "Total 80 mg", "Paris 20 mg"; "Anna 5 mg" is a name and a dose
    if health.personal(scan, m.start(), m.end()):
        yield Hit("health", "medication", m.start(), m.end())


DOSED = Detector(
    "health.dosed",
    r"\d ?(?:mg|mcg|\xC2\xB5g|\xCE\xBCg)",
    _DOSED_RE,
    _dosed,
    back=40,
    ahead=4,
    caseless=True,
)

DETECTORS = (DOSED,)
