"""Given names typed in lower case after a request to pass a message on (sixteenth session):
"dis à maxime et à clem que …", "frag mal jannik ob …". Pronouns, kin words, everyday words and
places in the same frame are no names. Also Dutch courtesy titles written in lower case with
their dot ("dhr. Kees Bruinsma"), but not "sig." (significant) or "mw." (megawatt).

Rows are written by hand for these tests.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("dis à maxime et à clem que la réunion est décalée à 15h", ["maxime", "clem"]),
    ("di a giacomo che stasera la cena è alle 8", ["giacomo"]),
    ("avisa a dani y a la rocío que mañana la reunión es a las 9", ["dani", "rocío"]),
    ("frag mal jannik ob er morgen kommt, und sag ferhat bescheid", ["jannik", "ferhat"]),
    ("tell jannik that the build is green", ["jannik"]),
    ("vraag even aan ruben of hij de sleutels heeft", ["ruben"]),
    ("Diëtistverslag opschonen: dhr. Kees Bruinsma, BMI 36", ["Kees Bruinsma"]),
    ("mevr. Truus de Boer belde vanochtend", ["Truus de Boer"]),
]
NOT_FOUND = [
    "tell everyone that the build is green",
    "dis à maman que je rentre tard",
    "ask nana if she wants tea",
    "sag allen bescheid dass wir gehen",
    "dile a ella que no",
    "ask will if he can come",
    "tell paris that it is lovely",
    "zeg tegen iedereen dat we stoppen",
    "frag mal nach ob das geht",
    "the sig. Figure 3 shows the spectrum",
    "The effect was not sig. Bonferroni correction applied.",
    "Generated 500 mw. Siemens supplied the turbines.",
    "ask gemma whether this works",
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_lower_case_recipients_are_found(
    classifier: Classifier, text: str, names: list[str]
) -> None:
    """Every recipient the row names is a name finding."""
    spans = found(classifier, text, NAME)
    assert all(name in spans for name in names)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_pronouns_kin_words_and_places_are_no_recipients(classifier: Classifier, text: str) -> None:
    """No name finding."""
    assert found(classifier, text, NAME) == []
