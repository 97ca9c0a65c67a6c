"""Person names, tenth session: cues that are everyday words too. A lower-case "to:" (and
"an:", "de:", "van:" ...) is a header field at the start of a line, after quote or bullet marks;
elsewhere (the Polish "to" means "are": "Nasze oddziały to: Gniezno, Koło") it takes a known
name only. A capitalised "From:" or "To:" is a header anywhere. The Italian "sono" introduces a
speaker at a sentence's start, after a greeting's comma or after "io"; elsewhere (it also means
"they are": "Le vette più alte sono Ortles e Cevedale") a known name only. The rows are written
by hand.
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
    ("> to: Brannagh\n> Subject: diagnosis", "Brannagh"),
    ("- an: Wexford", "Wexford"),
    ("Forwarded. From: Pembrook, Sent: Monday", "Pembrook"),
    ("Nasi dostawcy to: Brzozowski i Wilczyński.", "Brzozowski"),
    ("Ciao, sono Marco Bianchi e ho una domanda.", "Marco Bianchi"),
    ("Buongiorno, sono Giulia Romano.", "Giulia Romano"),
    ("Sono Giulia Romano, la nuova collega.", "Giulia Romano"),
    ("Io sono Alessandro Ferraro.", "Alessandro Ferraro"),
    ("Grazie per la pazienza, sono Bellucci.", "Bellucci"),
]

NOT_FOUND = [
    "Nasze oddziały to: Gniezno, Koło i Turek.",
    "Le vette più alte della zona sono Ortles e Cevedale.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_cue_in_its_place_finds_the_name(classifier: Classifier, text: str, name: str) -> None:
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_cue_word_used_as_a_verb_finds_no_name(classifier: Classifier, text: str) -> None:
    assert found(classifier, text, NAME) == []
