"""Person names, tenth session: cues that are everyday words too. "to:" is a header field
("To: Anna Nowak") only at the start of a line (the Polish "to" means "are": "Największe
jaskinie to: Mroźna i Raptawicka"); the Italian "sono" introduces a speaker ("Ciao, sono Marco
Bianchi") only at a sentence's start, after a greeting's comma or after "io" (it also means
"they are": "Le città più grandi sono Bressanone e Merano"). The rows are written by hand.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    ("To: Anna Nowakowska\nSubject: contract", "Anna Nowakowska"),
    ("Subject: invoice\nFrom: Jonas Weber <jonas@example.org>", "Jonas Weber"),
    ("Von: Jonas Weber", "Jonas Weber"),
    ("Ciao, sono Marco Bianchi e ho una domanda.", "Marco Bianchi"),
    ("Buongiorno, sono Giulia Romano.", "Giulia Romano"),
    ("Sono Giulia Romano, la nuova collega.", "Giulia Romano"),
    ("Io sono Alessandro Ferraro.", "Alessandro Ferraro"),
]

NOT_FOUND = [
    "Największe jaskinie to: Mroźna i Raptawicka.",
    "Najbliższe wsie to: Kowalewo i Brzozowo.",
    "Le città più grandi sono Bressanone e Merano.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_cue_in_its_place_finds_the_name(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_cue_word_used_as_a_verb_finds_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
